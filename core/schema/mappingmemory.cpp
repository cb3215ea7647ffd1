// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/mappingmemory.h"

#include "db/dberror.h"
#include "db/sql.h"
#include "schema/automatch.h"
#include "store/recordcodec.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace stevedore {

namespace {

// Normalised names that occur once in the header; the others cannot be told apart.
QHash<QString, int> uniqueKeys(const QStringList &names)
{
    QHash<QString, int> count;
    QHash<QString, int> position;
    for (int i = 0; i < names.size(); ++i) {
        const QString key = AutoMatch::normalise(names[i]);
        if (key.isEmpty())
            continue;
        ++count[key];
        position.insert(key, i);
    }
    QHash<QString, int> out;
    for (auto it = position.cbegin(); it != position.cend(); ++it) {
        if (count.value(it.key()) == 1)
            out.insert(it.key(), it.value());
    }
    return out;
}

QStringList headerOf(const FileMapping &mapping)
{
    QStringList names;
    for (const ColumnMapping &column : mapping.columns)
        names << column.fileColumn;
    return names;
}

struct Candidate
{
    qint64 id = 0;
    QStringList header;
    qint64 savedAt = 0;
};

// The file's project and header; throws DbError(NotFound).
std::pair<qint64, QStringList> projectAndHeader(const Sql &sql, qint64 fileId)
{
    const SqlResult file
        = sql.exec(QStringLiteral("SELECT project_id, header FROM files WHERE id = ?"), {fileId});
    if (file.isEmpty())
        throw DbError(DbError::Kind::NotFound, QStringLiteral("no file with id %1").arg(fileId));
    return {file.value(0, 0).toLongLong(),
            recordcodec::parseJsonArrayToStrings(file.value(0, 1).toString().toUtf8())};
}

std::optional<MappingProposal>
proposalFrom(const Sql &sql, const QStringList &header, qint64 sourceFileId)
{
    MappingProposal proposal
        = mappingmemory::compare(header, MappingService(sql).load(sourceFileId));
    if (proposal.edits.isEmpty())
        return std::nullopt;
    // The earlier file's own rules come along, but not a required-with/-without rule whose
    // other column has been renamed or removed since (saving it would be refused).
    const Schema schema = SchemaService(sql).load();
    for (MappingEdit &edit : proposal.edits) {
        if (edit.rules)
            edit.rules->removeIf([&schema](const ColumnRule &rule) {
                return columnrules::takesColumn(rule.kind) && !schema.byName(rule.column);
            });
    }
    return proposal;
}

} // namespace

bool MappingProposal::isConfident() const
{
    return confidence >= confidentAt;
}

QString MappingProposal::matchName(Match match)
{
    switch (match) {
    case Match::SameHeader:
        return QStringLiteral("same header");
    case Match::Reordered:
        return QStringLiteral("reordered");
    case Match::Renamed:
        return QStringLiteral("renamed");
    case Match::OneAdded:
        return QStringLiteral("one added");
    case Match::OneDropped:
        return QStringLiteral("one dropped");
    case Match::OneReplaced:
        return QStringLiteral("one replaced");
    case Match::Partial:
        return QStringLiteral("partial");
    }
    return {};
}

QString MappingProposal::reason() const
{
    const QString name = quotedName(sourceFile);
    QString text;
    switch (match) {
    case Match::SameHeader:
        text = QStringLiteral("same header as %1").arg(name);
        break;
    case Match::Reordered:
        text = QStringLiteral("same columns as %1 in another order").arg(name);
        break;
    case Match::Renamed:
        text = QStringLiteral("same columns as %1, renamed by case or spacing").arg(name);
        break;
    case Match::OneAdded:
        text = QStringLiteral("the columns of %1 and one more").arg(name);
        break;
    case Match::OneDropped:
        text = QStringLiteral("the columns of %1 but one").arg(name);
        break;
    case Match::OneReplaced:
        text = QStringLiteral("the columns of %1 with one replaced").arg(name);
        break;
    case Match::Partial:
        text = QStringLiteral("%1 column(s) in common with %2").arg(common).arg(name);
        break;
    }
    if (!mappedBy.isEmpty())
        text += QStringLiteral(", mapped by %1").arg(mappedBy);
    else if (mappedAt > 0)
        text += QStringLiteral(", mapped");
    if (mappedAt > 0)
        text += QStringLiteral(" on %1 UTC")
                    .arg(QDateTime::fromMSecsSinceEpoch(mappedAt, Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return text;
}

QVariantMap MappingProposal::toVariant() const
{
    QVariantList columns;
    for (const MappingEdit &edit : edits)
        columns << QVariantMap{{QStringLiteral("file_column"), edit.fileColumn},
                               {QStringLiteral("schema_column"), edit.schemaColumn},
                               {QStringLiteral("transform"),
                                edit.transform.isEmpty() ? QVariant() : QVariant(edit.transform)}};
    return {{QStringLiteral("from"), sourceFile},
            {QStringLiteral("match"), matchName(match)},
            {QStringLiteral("confidence"), confidence},
            {QStringLiteral("reason"), reason()},
            {QStringLiteral("columns"), columns}};
}

namespace mappingmemory {

MappingProposal compare(const QStringList &header, const FileMapping &sourceMapping)
{
    MappingProposal proposal;
    proposal.sourceFileId = sourceMapping.fileId;
    proposal.sourceFile = sourceMapping.fileName;
    proposal.mappedAt = sourceMapping.savedAt;
    proposal.mappedBy = sourceMapping.savedBy;

    const QStringList sourceHeader = headerOf(sourceMapping);
    const QHash<QString, int> mine = uniqueKeys(header);
    const QHash<QString, int> theirs = uniqueKeys(sourceHeader);
    int common = 0;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (theirs.contains(it.key()))
            ++common;
    }
    const int added = int(header.size()) - common;
    const int dropped = int(sourceHeader.size()) - common;
    proposal.common = common;
    if (common == 0)
        return proposal;

    QStringList sortedMine = header;
    QStringList sortedTheirs = sourceHeader;
    std::sort(sortedMine.begin(), sortedMine.end());
    std::sort(sortedTheirs.begin(), sortedTheirs.end());
    const double share = double(common) / double(common + added + dropped);
    if (header == sourceHeader) {
        proposal.match = MappingProposal::Match::SameHeader;
        proposal.confidence = 1.0;
    } else if (added == 0 && dropped == 0) {
        const bool sameNames = sortedMine == sortedTheirs;
        proposal.match
            = sameNames ? MappingProposal::Match::Reordered : MappingProposal::Match::Renamed;
        proposal.confidence = sameNames ? 0.97 : 0.95;
    } else if (added <= 1 && dropped <= 1) {
        proposal.match = added == 0     ? MappingProposal::Match::OneDropped
                         : dropped == 0 ? MappingProposal::Match::OneAdded
                                        : MappingProposal::Match::OneReplaced;
        proposal.confidence = std::min(0.9, share);
    } else {
        proposal.match = MappingProposal::Match::Partial;
        proposal.confidence = MappingProposal::confidentAt * share;
    }

    for (int i = 0; i < header.size(); ++i) {
        const QString key = AutoMatch::normalise(header[i]);
        if (mine.value(key, -1) != i || !theirs.contains(key))
            continue;
        const ColumnMapping &source = sourceMapping.columns[theirs.value(key)];
        if (!source.isMapped())
            continue;
        proposal.edits << MappingEdit{header[i],
                                      source.schemaColumnId,
                                      source.schemaColumn,
                                      source.transform,
                                      proposal.confidence,
                                      source.rules};
    }
    return proposal;
}

std::optional<MappingProposal> propose(const Sql &sql, qint64 fileId)
{
    const auto [projectId, header] = projectAndHeader(sql, fileId);
    // Only the headers are needed to rank the candidates; the best one's mapping is then read.
    const SqlResult rows = sql.exec(
        QStringLiteral("SELECT f.id, f.header, coalesce(f.mapping_saved_at, 0) FROM files f "
                       "WHERE f.project_id = ? AND f.id <> ? AND f.status = 'imported' AND "
                       "EXISTS (SELECT 1 FROM column_mappings m JOIN schema_columns s ON s.id = "
                       "m.schema_column_id WHERE m.file_id = f.id)"),
        {projectId, fileId});
    struct Ranked
    {
        double confidence;
        qint64 savedAt;
        qint64 id;
    };
    QList<Ranked> ranked;
    for (const QVariantList &row : rows.rows) {
        FileMapping unmapped;
        for (const QString &name : recordcodec::parseJsonArrayToStrings(row[1].toString().toUtf8()))
            unmapped.columns << ColumnMapping{name, 0, 0, QString(), QString(), std::nullopt};
        const MappingProposal byHeader = compare(header, unmapped);
        if (byHeader.common > 0)
            ranked << Ranked{byHeader.confidence, row[2].toLongLong(), row[0].toLongLong()};
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        if (a.savedAt != b.savedAt)
            return a.savedAt > b.savedAt;
        return a.id > b.id;
    });
    for (const Ranked &candidate : std::as_const(ranked)) {
        // The columns in common may all be unmapped in that file: then the next one.
        if (std::optional<MappingProposal> proposal = proposalFrom(sql, header, candidate.id))
            return proposal;
    }
    return std::nullopt;
}

std::optional<MappingProposal> proposeFrom(const Sql &sql, qint64 fileId, qint64 sourceFileId)
{
    return proposalFrom(sql, projectAndHeader(sql, fileId).second, sourceFileId);
}

FileMapping apply(const Sql &sql, qint64 fileId, const MappingProposal &proposal)
{
    MappingService service(sql);
    const FileMapping current = service.load(fileId);
    // The file ends up mapped as proposed: its other columns are unmapped (a name the header
    // repeats cannot be addressed, and cannot be mapped either).
    QList<MappingEdit> edits = proposal.edits;
    QHash<QString, int> seen;
    for (const ColumnMapping &column : current.columns)
        ++seen[column.fileColumn];
    for (const ColumnMapping &column : current.columns) {
        const bool proposed = std::any_of(edits.cbegin(), edits.cend(), [&](const MappingEdit &e) {
            return e.fileColumn == column.fileColumn;
        });
        if (!proposed && column.isMapped() && seen.value(column.fileColumn) == 1)
            edits << MappingEdit{column.fileColumn, 0, QString(), QString(), std::nullopt};
    }
    return service.save(fileId, edits, current.version, proposal.reason());
}

Outcome afterImport(const Sql &sql, qint64 fileId, const QString &mappingFrom)
{
    Outcome outcome;
    if (mappingFrom == QLatin1String("none"))
        return outcome;
    const QLocale c = QLocale::c();
    const auto percent = [&c](double confidence) {
        return c.toString(qRound(confidence * 100)) + QStringLiteral(" %");
    };
    if (mappingFrom.isEmpty() || mappingFrom == QLatin1String("auto")) {
        const FileMapping current = MappingService(sql).load(fileId);
        if (std::any_of(current.columns.cbegin(), current.columns.cend(), [](const auto &column) {
                return column.isMapped();
            }))
            return outcome; // mapped before (a replace keeps its mapping): left as it is
        outcome.proposal = propose(sql, fileId);
        if (!outcome.proposal)
            return outcome;
        if (!outcome.proposal->isConfident()) {
            outcome.message = QStringLiteral("mapping not applied: %1 (confidence %2, below %3); "
                                             "use --mapping-from %4 to apply it")
                                  .arg(outcome.proposal->reason(),
                                       percent(outcome.proposal->confidence),
                                       percent(MappingProposal::confidentAt),
                                       outcome.proposal->sourceFile);
            return outcome;
        }
    } else {
        const auto [projectId, header] = projectAndHeader(sql, fileId);
        const SqlResult source
            = sql.exec(QStringLiteral("SELECT id FROM files WHERE project_id = ? AND name = ?"),
                       {projectId, mappingFrom});
        if (source.isEmpty())
            throw DbError(DbError::Kind::NotFound,
                          QStringLiteral("--mapping-from: no file named %1 in this project")
                              .arg(quotedName(mappingFrom)));
        outcome.proposal = proposalFrom(sql, header, source.value(0, 0).toLongLong());
        if (!outcome.proposal) {
            outcome.message = QStringLiteral("mapping not applied: %1 has no mapped column in "
                                             "common with this file")
                                  .arg(quotedName(mappingFrom));
            return outcome;
        }
    }
    const FileMapping applied = apply(sql, fileId, *outcome.proposal);
    outcome.applied = true;
    outcome.message = QStringLiteral("mapping applied: %1 (confidence %2): %3 column(s) mapped, "
                                     "mapping version %4")
                          .arg(outcome.proposal->reason(), percent(outcome.proposal->confidence))
                          .arg(outcome.proposal->edits.size())
                          .arg(applied.version);
    return outcome;
}

} // namespace mappingmemory

} // namespace stevedore
