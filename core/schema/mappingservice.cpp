// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/mappingservice.h"

#include "schema/filevalidation.h"

#include "cache/cachescope.h"
#include "db/dberror.h"
#include "db/osuser.h"
#include "db/sql.h"
#include "store/recordcodec.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QHash>

#include <limits>
#include <memory>

namespace stevedore {

namespace {

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

// A null QString binds as SQL NULL on SQLite; file_column is NOT NULL and may be "".
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant optionalToVariant(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariantList rulesToVariant(const QList<ColumnRule> &rules)
{
    QVariantList out;
    for (const ColumnRule &rule : rules)
        out << columnrules::toVariant(rule);
    return out;
}

bool isDateType(ColumnType type)
{
    return type == ColumnType::Date || type == ColumnType::DateTime;
}

void checkExpectedVersion(const FileMapping &current, std::optional<int> expectVersion)
{
    if (expectVersion && *expectVersion != current.version)
        throw DbError(DbError::Kind::Conflict,
                      QStringLiteral("mapping version conflict for file %1: expected version %2 "
                                     "but it is at version %3; show it again and retry")
                          .arg(quotedName(current.fileName))
                          .arg(*expectVersion)
                          .arg(current.version));
}

// Applies one edit to `next` (indexed like current.columns); returns the problem instead when
// the edit is invalid, leaving `next` unchanged.
std::optional<QString> applyEdit(const Schema &schema,
                                 const FileMapping &current,
                                 const MappingEdit &edit,
                                 QList<ColumnMapping> &next)
{
    QList<int> positions;
    for (const ColumnMapping &column : current.columns) {
        if (column.fileColumn == edit.fileColumn)
            positions << column.position;
    }
    if (positions.isEmpty())
        return QStringLiteral("unknown file column %1").arg(quotedName(edit.fileColumn));
    if (positions.size() > 1)
        return QStringLiteral("file column %1 is ambiguous (it appears %2 times in the "
                              "header)")
            .arg(quotedName(edit.fileColumn))
            .arg(positions.size());
    ColumnMapping &column = next[positions.first()];
    const SchemaColumn *target = edit.schemaColumnId != 0      ? schema.byId(edit.schemaColumnId)
                                 : edit.schemaColumn.isEmpty() ? nullptr
                                                               : schema.byName(edit.schemaColumn);
    if (!target && (edit.schemaColumnId != 0 || !edit.schemaColumn.isEmpty()))
        return edit.schemaColumnId != 0
                   ? QStringLiteral("no schema column with id %1").arg(edit.schemaColumnId)
                   : QStringLiteral("unknown schema column %1").arg(quotedName(edit.schemaColumn));
    QString error;
    const std::optional<ValueTransform> transform = ValueTransform::parse(edit.transform, &error);
    if (!transform)
        return QStringLiteral("file column %1: %2").arg(quotedName(edit.fileColumn), error);
    if (target && transform->hasDateStep() && !isDateType(target->type))
        return QStringLiteral("file column %1: transform %2 needs a date or datetime "
                              "column, and %3 is %4")
            .arg(quotedName(edit.fileColumn),
                 transform->toString(),
                 quotedName(target->name),
                 columnTypeName(target->type));
    QList<ColumnRule> rules;
    if (target && edit.rules) {
        rules = *edit.rules;
        QStringList names;
        for (const SchemaColumn &other : schema.columns)
            names << other.name;
        const QStringList problems
            = columnrules::problems(target->type, target->name, rules, names);
        if (!problems.isEmpty())
            return QStringLiteral("file column %1: %2")
                .arg(quotedName(edit.fileColumn), problems.join(QStringLiteral(", ")));
    } else if (target && target->id == column.schemaColumnId) {
        rules = column.rules; // still the same schema column: its rules stay
    }
    column.schemaColumnId = target ? target->id : 0;
    column.schemaColumn = target ? target->name : QString();
    column.transform = target ? transform->toString() : QString();
    column.confidence = target ? edit.confidence : std::nullopt;
    column.rules = rules;
    return std::nullopt;
}

// One problem per schema column that two file columns would feed.
QStringList doubleFeeds(const QList<ColumnMapping> &next)
{
    QStringList problems;
    QHash<qint64, QString> fedBy;
    for (const ColumnMapping &column : next) {
        if (!column.isMapped())
            continue;
        if (fedBy.contains(column.schemaColumnId))
            problems << QStringLiteral("schema column %1 would be fed by both %2 and %3")
                            .arg(quotedName(column.schemaColumn),
                                 quotedName(fedBy[column.schemaColumnId]),
                                 quotedName(column.fileColumn));
        fedBy.insert(column.schemaColumnId, column.fileColumn);
    }
    return problems;
}

// Writes the rows of `after` that differ from `before` (same indexes); `wrote` is called after
// every statement.
void writeColumnMappings(const Sql &sql,
                         qint64 fileId,
                         const QList<ColumnMapping> &before,
                         const QList<ColumnMapping> &after,
                         const std::function<void()> &wrote)
{
    for (qsizetype i = 0; i < after.size(); ++i) {
        const ColumnMapping &old = before[i];
        const ColumnMapping &now = after[i];
        if (old.schemaColumnId == now.schemaColumnId && old.transform == now.transform
            && old.confidence == now.confidence && old.rules == now.rules)
            continue;
        if (!now.isMapped()) {
            sql.exec(QStringLiteral("DELETE FROM column_mappings WHERE file_id = ? AND "
                                    "file_column = ?"),
                     {fileId, nonNull(now.fileColumn)});
        } else {
            sql.exec(
                QStringLiteral("INSERT INTO column_mappings (file_id, file_column, position, "
                               "schema_column_id, transform, confidence, rules) VALUES (?, ?, ?, "
                               "?, ?, ?, ?) ON CONFLICT (file_id, file_column) DO UPDATE SET "
                               "position = excluded.position, schema_column_id = "
                               "excluded.schema_column_id, transform = excluded.transform, "
                               "confidence = excluded.confidence, rules = excluded.rules"),
                {fileId,
                 nonNull(now.fileColumn),
                 now.position,
                 now.schemaColumnId,
                 nullIfEmpty(now.transform),
                 optionalToVariant(now.confidence),
                 columnrules::toStorage(now.rules)});
        }
        wrote();
    }
}
} // namespace

qint64 ValidationReport::invalidValues() const
{
    qint64 total = 0;
    for (const ColumnValidation &column : columns)
        total += column.invalid;
    return total;
}

QStringList MappingPlan::header() const
{
    QStringList out;
    for (const Column &column : columns)
        out << column.name;
    return out;
}

QStringList mappedRecord(const MappingPlan &plan,
                         const QList<QByteArray> &fields,
                         int *invalidCells,
                         QStringList *reasons)
{
    QList<QByteArray> transformed(plan.columns.size());
    QList<QByteArrayView> values(plan.columns.size());
    for (qsizetype i = 0; i < plan.columns.size(); ++i) {
        const MappingPlan::Column &column = plan.columns[i];
        if (column.source < 0)
            continue;
        const QByteArrayView raw = column.source < fields.size()
                                       ? QByteArrayView(fields[column.source])
                                       : QByteArrayView();
        if (column.transform.isNone()) {
            values[i] = raw;
        } else {
            transformed[i] = column.transform.apply(raw, column.type);
            values[i] = transformed[i];
        }
    }
    QStringList out;
    out.reserve(plan.columns.size());
    for (qsizetype i = 0; i < plan.columns.size(); ++i) {
        out << QString::fromUtf8(values[i]);
        if (!invalidCells && !reasons)
            continue;
        const std::optional<CellFailure> failure = checkCell(plan, i, values);
        if (invalidCells && failure)
            ++*invalidCells;
        if (reasons)
            *reasons << (failure ? failure->message : QString());
    }
    return out;
}

MappingService::MappingService(const Sql &sql)
    : m_sql(sql)
{}

void MappingService::lockFile(qint64 fileId) const
{
    // SQLite holds the write lock since BEGIN IMMEDIATE; PostgreSQL locks the file's row so
    // that concurrent saves of one file queue and each reads what the other committed.
    if (m_sql.engine() == Engine::Postgres)
        m_sql.exec(QStringLiteral("SELECT mapping_version FROM files WHERE id = ? FOR UPDATE"),
                   {fileId});
}

void MappingService::wrote(int &statements) const
{
    ++statements;
    if (m_statementHook)
        m_statementHook(statements);
}

FileMapping MappingService::load(qint64 fileId) const
{
    const SqlResult file = m_sql.exec(
        QStringLiteral("SELECT name, header, mapping_version, mapping_saved_at, mapping_saved_by, "
                       "mapping_origin FROM files WHERE id = ?"),
        {fileId});
    if (file.isEmpty())
        throw DbError(DbError::Kind::NotFound, QStringLiteral("no file with id %1").arg(fileId));
    FileMapping mapping;
    mapping.fileId = fileId;
    mapping.fileName = file.value(0, 0).toString();
    mapping.version = file.value(0, 2).toInt();
    mapping.savedAt = file.value(0, 3).toLongLong();
    mapping.savedBy = file.value(0, 4).toString();
    mapping.origin = file.value(0, 5).toString();
    const QStringList header
        = recordcodec::parseJsonArrayToStrings(file.value(0, 1).toString().toUtf8());
    for (int i = 0; i < header.size(); ++i)
        mapping.columns << ColumnMapping{header[i], i, 0, QString(), QString(), std::nullopt};

    const SqlResult rows = m_sql.exec(
        QStringLiteral("SELECT m.file_column, m.position, s.id, s.name, m.transform, m.confidence, "
                       "m.rules FROM column_mappings m LEFT JOIN schema_columns s "
                       "ON s.id = m.schema_column_id WHERE m.file_id = ?"),
        {fileId});
    for (const QVariantList &row : rows.rows) {
        if (row[2].isNull())
            continue; // its schema column is gone: unmapped
        const QString name = row[0].toString();
        // A header may repeat a name; the stored position says which one is mapped.
        qsizetype index = row[1].toInt();
        if (index < 0 || index >= header.size() || header[index] != name)
            index = header.indexOf(name);
        if (index < 0)
            continue;
        ColumnMapping &column = mapping.columns[index];
        column.schemaColumnId = row[2].toLongLong();
        column.schemaColumn = row[3].toString();
        column.transform = row[4].toString();
        column.confidence = optionalDouble(row[5]);
        column.rules = columnrules::fromStorage(row[6].toString());
    }
    return mapping;
}

FileMapping MappingService::save(qint64 fileId,
                                 const QList<MappingEdit> &edits,
                                 std::optional<int> expectVersion,
                                 const QString &origin) const
{
    SqlTransaction transaction(m_sql);
    FileMapping saved = saveLocked(fileId, edits, expectVersion, origin);
    transaction.commit();
    return saved;
}

FileMapping MappingService::saveLocked(qint64 fileId,
                                       const QList<MappingEdit> &edits,
                                       std::optional<int> expectVersion,
                                       const QString &origin) const
{
    lockFile(fileId);
    // Also reaches a Database's cache when the caller bypassed SchemaStore.
    CacheScope::invalidateAfterWrite(CacheScope::mappingKey(fileId));
    const FileMapping current = load(fileId);
    checkExpectedVersion(current, expectVersion);
    const Schema schema = SchemaService(m_sql).load();

    QStringList problems;
    QList<ColumnMapping> next = current.columns;
    for (const MappingEdit &edit : edits) {
        if (const std::optional<QString> problem = applyEdit(schema, current, edit, next))
            problems << *problem;
    }
    problems << doubleFeeds(next);
    if (!problems.isEmpty())
        throw DbError(DbError::Kind::Invalid, problems.join(QStringLiteral("; ")));

    int statements = 0;
    writeColumnMappings(
        m_sql, fileId, current.columns, next, [this, &statements] { wrote(statements); });
    if (statements == 0)
        return current;
    m_sql.exec(QStringLiteral("UPDATE files SET mapping_version = mapping_version + 1, "
                              "mapping_saved_at = ?, mapping_saved_by = ?, mapping_origin = ? "
                              "WHERE id = ?"),
               {QDateTime::currentMSecsSinceEpoch(), currentOsUser(), nonNull(origin), fileId});
    wrote(statements);
    return load(fileId);
}

AutoMapResult MappingService::autoMap(qint64 fileId, double threshold, bool dryRun) const
{
    std::optional<SqlTransaction> transaction;
    if (!dryRun) {
        transaction.emplace(m_sql);
        lockFile(fileId);
    }
    AutoMapResult result;
    result.mapping = load(fileId);
    const Schema schema = SchemaService(m_sql).load();

    QSet<qint64> used;
    QHash<QString, int> occurrences;
    for (const ColumnMapping &column : std::as_const(result.mapping.columns)) {
        if (column.isMapped())
            used.insert(column.schemaColumnId);
        ++occurrences[column.fileColumn];
    }
    QList<SchemaColumn> available;
    for (const SchemaColumn &column : schema.columns) {
        if (!used.contains(column.id))
            available << column;
    }
    QStringList names;
    for (const ColumnMapping &column : std::as_const(result.mapping.columns)) {
        if (!column.isMapped())
            names << column.fileColumn;
    }
    result.suggestions = AutoMatch::suggest(names, available);

    QList<MappingEdit> edits;
    for (const MatchSuggestion &suggestion : std::as_const(result.suggestions)) {
        // A name the header repeats cannot be addressed; it stays for a person to decide.
        if (suggestion.schemaColumnId != 0 && suggestion.confidence >= threshold
            && occurrences.value(suggestion.fileColumn) == 1)
            edits << MappingEdit{suggestion.fileColumn,
                                 suggestion.schemaColumnId,
                                 QString(),
                                 QString(),
                                 suggestion.confidence};
    }
    result.applied = int(edits.size());
    if (dryRun || edits.isEmpty())
        return result;
    result.mapping = saveLocked(fileId, edits, std::nullopt, QString());
    transaction->commit();
    return result;
}

MappingPlan MappingService::plan(const Schema &schema, const FileMapping &mapping)
{
    MappingPlan plan;
    for (const SchemaColumn &column : schema.columns) {
        MappingPlan::Column planned;
        planned.schemaColumnId = column.id;
        planned.name = column.name;
        planned.type = column.type;
        planned.required = column.required;
        planned.validator = column.validator();
        planned.rules = column.rules;
        for (const ColumnMapping &mapped : mapping.columns) {
            if (mapped.schemaColumnId == column.id) {
                planned.source = mapped.position;
                planned.fileColumn = mapped.fileColumn;
                planned.transform
                    = ValueTransform::parse(mapped.transform).value_or(ValueTransform());
                for (const ColumnRule &rule : mapped.rules) {
                    // A file's required-with/-without rule whose other column has been renamed
                    // or removed since it was saved no longer says anything: left out.
                    if (!columnrules::takesColumn(rule.kind) || schema.byName(rule.column))
                        planned.rules << rule;
                }
                break;
            }
        }
        planned.cellRules = CellRules(column.type, planned.rules);
        for (const ColumnRule &rule : std::as_const(planned.rules)) {
            const SchemaColumn *other
                = rule.column.isEmpty() ? nullptr : schema.byName(rule.column);
            planned.ruleColumns << (other ? other - schema.columns.constData() : -1);
        }
        plan.columns << planned;
    }
    return plan;
}

MappingPlan MappingService::plan(qint64 fileId) const
{
    return plan(SchemaService(m_sql).load(), load(fileId));
}

ValidationReport MappingService::validate(qint64 fileId, const FailureSink &sink) const
{
    const FileMapping mapping = load(fileId);
    return validate(plan(SchemaService(m_sql).load(), mapping), mapping, sink);
}

ValidationReport MappingService::validate(const MappingPlan &plan,
                                          const FileMapping &mapping,
                                          const FailureSink &sink) const
{
    return validateFile(m_sql, mapping.fileId, mapping.fileName, plan, sink, 5, m_pageSize);
}

qint64 MappingService::scan(qint64 fileId,
                            const QList<CellCheck> &checks,
                            QList<CellCheckResult> &results,
                            int maxExamples) const
{
    return scanCells(m_sql, fileId, checks, results, maxExamples, m_pageSize);
}

std::optional<MappingEdit> MappingService::parseAssignment(const QString &argument,
                                                           const QStringList &fileColumns,
                                                           const Schema &schema,
                                                           QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!argument.contains(QLatin1Char('=')))
        return fail(QStringLiteral("expected FILE_COLUMN=SCHEMA_COLUMN[:TRANSFORM], got %1")
                        .arg(quotedName(argument)));
    QString unknownSchema;
    for (qsizetype eq = argument.indexOf(QLatin1Char('=')); eq >= 0;
         eq = argument.indexOf(QLatin1Char('='), eq + 1)) {
        const QString fileColumn = argument.left(eq);
        if (!fileColumns.contains(fileColumn))
            continue;
        const QString right = argument.mid(eq + 1);
        MappingEdit edit{fileColumn, 0, QString(), QString(), std::nullopt};
        if (right.isEmpty())
            return edit;
        if (const SchemaColumn *target = schema.byName(right)) {
            edit.schemaColumnId = target->id;
            edit.schemaColumn = target->name;
            return edit;
        }
        for (qsizetype colon = right.indexOf(QLatin1Char(':')); colon >= 0;
             colon = right.indexOf(QLatin1Char(':'), colon + 1)) {
            const SchemaColumn *target = schema.byName(right.left(colon));
            const QString transform = right.mid(colon + 1);
            if (!target)
                continue;
            QString transformError;
            if (!ValueTransform::parse(transform, &transformError))
                return fail(QStringLiteral("file column %1: %2")
                                .arg(quotedName(fileColumn), transformError));
            edit.schemaColumnId = target->id;
            edit.schemaColumn = target->name;
            edit.transform = transform;
            return edit;
        }
        if (unknownSchema.isEmpty())
            unknownSchema = right;
    }
    if (!unknownSchema.isEmpty())
        return fail(QStringLiteral("unknown schema column %1").arg(quotedName(unknownSchema)));
    return fail(QStringLiteral("unknown file column %1")
                    .arg(quotedName(argument.left(argument.indexOf(QLatin1Char('='))))));
}

QVariantMap MappingService::toVariant(const FileMapping &mapping)
{
    QVariantList columns;
    for (const ColumnMapping &column : mapping.columns)
        columns << QVariantMap{
            {QStringLiteral("file_column"), column.fileColumn},
            {QStringLiteral("schema_column"),
             column.isMapped() ? QVariant(column.schemaColumn) : QVariant()},
            {QStringLiteral("transform"),
             column.isMapped() ? nullIfEmpty(column.transform) : QVariant()},
            {QStringLiteral("confidence"),
             column.isMapped() ? optionalToVariant(column.confidence) : QVariant()},
            {QStringLiteral("rules"), rulesToVariant(column.rules)}};
    return {{QStringLiteral("file"), mapping.fileName},
            {QStringLiteral("version"), mapping.version},
            {QStringLiteral("saved_at"),
             mapping.savedAt > 0 ? QVariant(
                 QDateTime::fromMSecsSinceEpoch(mapping.savedAt, Qt::UTC).toString(Qt::ISODate))
                                 : QVariant()},
            {QStringLiteral("saved_by"), nullIfEmpty(mapping.savedBy)},
            {QStringLiteral("origin"), nullIfEmpty(mapping.origin)},
            {QStringLiteral("mappings"), columns}};
}

QVariantMap MappingService::toVariant(const ValidationReport &report)
{
    QVariantList columns;
    for (const ColumnValidation &column : report.columns) {
        QVariantList examples;
        for (const InvalidValue &example : column.examples)
            examples << QVariantMap{{QStringLiteral("line"), example.lineNo},
                                    {QStringLiteral("value"), example.value},
                                    {QStringLiteral("reason"), example.reason}};
        QVariantMap byRule;
        for (auto it = column.byRule.cbegin(); it != column.byRule.cend(); ++it)
            byRule.insert(it.key(), it.value());
        columns << QVariantMap{{QStringLiteral("file_column"), column.fileColumn},
                               {QStringLiteral("schema_column"), column.schemaColumn},
                               {QStringLiteral("type"), columnTypeName(column.type)},
                               {QStringLiteral("transform"), nullIfEmpty(column.transform)},
                               {QStringLiteral("invalid"), column.invalid},
                               {QStringLiteral("by_rule"), byRule},
                               {QStringLiteral("examples"), examples}};
    }
    return {{QStringLiteral("file"), report.fileName},
            {QStringLiteral("records"), report.records},
            {QStringLiteral("valid"), report.isValid()},
            {QStringLiteral("invalid_values"), report.invalidValues()},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("unmapped_required"), report.unmappedRequired}};
}

} // namespace stevedore
