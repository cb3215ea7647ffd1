// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/filevalidation.h"

#include "db/sql.h"
#include "store/recordcodec.h"
#include "store/recordstore.h"

#include <QByteArray>
#include <QHash>

#include <limits>

namespace stevedore {

namespace {

int ruleIndex(const MappingPlan::Column &column, RuleKind kind)
{
    for (int i = 0; i < column.rules.size(); ++i) {
        if (column.rules[i].kind == kind)
            return i;
    }
    return -1;
}

// The schema values of one record: each planned column's field, transformed. The views point
// into the parsed record or into `transformed`, valid until the next call.
class RecordValues
{
public:
    explicit RecordValues(const MappingPlan &plan)
        : m_plan(plan)
        , m_transformed(plan.columns.size())
        , m_values(plan.columns.size())
    {}

    bool read(QByteArrayView json)
    {
        const bool readable = recordcodec::parseJsonArray(json, m_text, m_ends);
        if (!readable)
            m_ends.clear(); // unreadable: every value counts as empty
        for (qsizetype i = 0; i < m_plan.columns.size(); ++i) {
            const MappingPlan::Column &column = m_plan.columns[i];
            const QByteArrayView raw = field(column.source);
            if (column.transform.isNone()) {
                m_values[i] = raw;
            } else {
                m_transformed[i] = column.transform.apply(raw, column.type);
                m_values[i] = m_transformed[i];
            }
        }
        return readable;
    }

    QByteArrayView field(int source) const
    {
        if (source < 0 || source >= m_ends.size())
            return {};
        const qsizetype begin = source == 0 ? 0 : m_ends[source - 1];
        return QByteArrayView(m_text).sliced(begin, m_ends[source] - begin);
    }

    const QList<QByteArrayView> &values() const { return m_values; }

private:
    const MappingPlan &m_plan;
    QByteArray m_text;
    QList<qsizetype> m_ends;
    QList<QByteArray> m_transformed;
    QList<QByteArrayView> m_values;
};

// Values of schema column `column` that the project's other files hold, each with the first
// such file's name: those that this file holds too when `seen` is null (this file feeds the
// column as stored, so the server reads both sides), else those in `seen` (this file's
// values after its transform). Values of files that feed the column through a transform are
// made here and, without `seen`, all kept.
QHash<QByteArray, QString> findInOtherFiles(const Sql &sql,
                                            qint64 fileId,
                                            const MappingPlan::Column &column,
                                            const QHash<QByteArray, qint64> *seen)
{
    QHash<QByteArray, QString> found;
    const QVariant projectId
        = sql.scalar(QStringLiteral("SELECT project_id FROM files WHERE id = ?"), {fileId});
    const bool pg = sql.engine() == Engine::Postgres;
    // Files that feed the column as stored: the server matches their values with this file's,
    // read on the server too or sent once as a JSON array.
    QByteArray sent;
    if (seen) {
        sent = "[";
        for (auto it = seen->cbegin(); it != seen->cend(); ++it) {
            recordcodec::appendJsonString(sent, it.key());
            sent += ',';
        }
        if (sent.size() > 1)
            sent.chop(1);
        sent += ']';
    }
    const QVariantList theirsParameters{projectId, fileId, column.schemaColumnId};
    SqlResult matches;
    if (pg) {
        // Their distinct values (with the first file holding each) are materialized and
        // joined with this file's by hashing them. The join is forced for this statement: a
        // nested loop, which the planner picks when the statistics of freshly imported
        // records underestimate them, would compare every pair.
        const QString theirs = QStringLiteral(
            "WITH theirs AS MATERIALIZED (SELECT r.rec ->> m.position AS v, min(f.name) AS name "
            "FROM files f JOIN column_mappings m ON m.file_id = f.id "
            "JOIN record_blocks b ON b.file_id = f.id "
            "CROSS JOIN LATERAL json_array_elements(b.data::json) AS r(rec) "
            "WHERE f.project_id = ? AND f.id <> ? AND m.schema_column_id = ? "
            "AND COALESCE(m.transform, '') = '' GROUP BY 1) ");
        const QString mine
            = seen ? QStringLiteral("SELECT t.v, t.name FROM json_array_elements_text(?::json) "
                                    "AS x(v) JOIN theirs t ON t.v = x.v WHERE t.v <> ''")
                   : QStringLiteral("SELECT DISTINCT t.v, t.name FROM record_blocks xb "
                                    "CROSS JOIN LATERAL json_array_elements(xb.data::json) "
                                    "AS x(rec) JOIN theirs t ON t.v = (x.rec ->> ?::int) "
                                    "WHERE xb.file_id = ? AND t.v <> ''");
        const QVariantList mineParameters
            = seen ? QVariantList{QString::fromUtf8(sent)} : QVariantList{column.source, fileId};
        SqlTransaction transaction(sql); // rolled back: it only carries the settings
        sql.exec(QStringLiteral("SET LOCAL enable_nestloop = off"));
        sql.exec(QStringLiteral("SET LOCAL enable_mergejoin = off"));
        matches = sql.exec(theirs + mine, theirsParameters + mineParameters);
    } else {
        // SQLite builds an index of an IN list's values: of theirs, then of the few matches.
        const QString theirs
            = QStringLiteral("SELECT r.value ->> m.position FROM files f "
                             "JOIN column_mappings m ON m.file_id = f.id "
                             "JOIN record_blocks b ON b.file_id = f.id JOIN json_each(b.data) AS r "
                             "WHERE f.project_id = ? AND f.id <> ? AND m.schema_column_id = ? "
                             "AND COALESCE(m.transform, '') = ''");
        const SqlResult both
            = seen ? sql.exec(QStringLiteral("SELECT DISTINCT value FROM json_each(?) "
                                             "WHERE value <> '' AND value IN (")
                                  + theirs + QLatin1Char(')'),
                              QVariantList{QString::fromUtf8(sent)} + theirsParameters)
                   : sql.exec(QStringLiteral("SELECT DISTINCT x.value ->> ? FROM record_blocks xb, "
                                             "json_each(xb.data) AS x WHERE xb.file_id = ? "
                                             "AND (x.value ->> ?) <> '' AND (x.value ->> ?) IN (")
                                  + theirs + QLatin1Char(')'),
                              QVariantList{column.source, fileId, column.source, column.source}
                                  + theirsParameters);
        if (!both.rows.isEmpty()) {
            QByteArray values("[");
            for (const QVariantList &row : both.rows) {
                recordcodec::appendJsonString(values, row[0].toString().toUtf8());
                values += ',';
            }
            values.back() = ']';
            matches = sql.exec(QStringLiteral("SELECT r.value ->> m.position, min(f.name) FROM "
                                              "files f JOIN column_mappings m ON m.file_id = f.id "
                                              "JOIN record_blocks b ON b.file_id = f.id "
                                              "JOIN json_each(b.data) AS r "
                                              "WHERE f.project_id = ? AND f.id <> ? "
                                              "AND m.schema_column_id = ? "
                                              "AND COALESCE(m.transform, '') = '' "
                                              "AND (r.value ->> m.position) IN "
                                              "(SELECT value FROM json_each(?)) GROUP BY 1"),
                               theirsParameters + QVariantList{QString::fromUtf8(values)});
        }
    }
    for (const QVariantList &row : matches.rows)
        found.insert(row[0].toString().toUtf8(), row[1].toString());

    // Files that transform it: their values exist only after the transform, made here.
    const SqlResult transformed
        = sql.exec(QStringLiteral("SELECT f.id, f.name, m.position, m.transform FROM files f "
                                  "JOIN column_mappings m ON m.file_id = f.id "
                                  "WHERE f.project_id = ? AND f.id <> ? AND m.schema_column_id = ? "
                                  "AND COALESCE(m.transform, '') <> '' ORDER BY f.name, f.id"),
                   {projectId, fileId, column.schemaColumnId});
    QByteArray text;
    QList<qsizetype> ends;
    for (const QVariantList &row : transformed.rows) {
        const QString name = row[1].toString();
        const int source = row[2].toInt();
        const ValueTransform transform
            = ValueTransform::parse(row[3].toString()).value_or(ValueTransform());
        recordstore::forEachRecord(
            sql,
            row[0].toLongLong(),
            std::numeric_limits<qint64>::min(),
            [&](qint64, qint64, QByteArrayView data) {
                if (!recordcodec::parseJsonArray(data, text, ends) || source >= ends.size())
                    return;
                const qsizetype begin = source == 0 ? 0 : ends[source - 1];
                const QByteArray value = transform.apply(
                    QByteArrayView(text).sliced(begin, ends[source] - begin), column.type);
                if (value.isEmpty() || (seen && !seen->contains(value)))
                    return;
                const auto it = found.find(value);
                if (it == found.end())
                    found.insert(value, name);
                else if (name < *it)
                    *it = name;
            });
    }
    return found;
}

} // namespace

std::optional<CellFailure>
checkCell(const MappingPlan &plan, qsizetype index, const QList<QByteArrayView> &values)
{
    const MappingPlan::Column &column = plan.columns[index];
    const QByteArrayView value = values[index];
    if (value.isEmpty()) {
        if (column.required && column.source >= 0)
            return CellFailure{QStringLiteral("required"), column.validator.reason(value)};
        for (qsizetype i = 0; i < column.rules.size(); ++i) {
            const ColumnRule &rule = column.rules[i];
            if (rule.kind != RuleKind::RequiredWith && rule.kind != RuleKind::RequiredWithout)
                continue;
            const qsizetype other = column.ruleColumns.value(i, -1);
            const bool otherEmpty = other < 0 || values[other].isEmpty();
            if (otherEmpty == (rule.kind == RuleKind::RequiredWithout))
                return CellFailure{ruleKindName(rule.kind), columnrules::message(rule)};
        }
        return std::nullopt;
    }
    if (!column.validator.isValid(value))
        return CellFailure{column.type == ColumnType::Enum ? QStringLiteral("enum")
                                                           : QStringLiteral("type"),
                           column.validator.reason(value)};
    const int broken = column.cellRules.firstBroken(value);
    if (broken >= 0) {
        const ColumnRule &rule = column.rules[broken];
        return CellFailure{ruleKindName(rule.kind), columnrules::message(rule)};
    }
    return std::nullopt;
}

ValidationReport validateFile(const Sql &sql,
                              qint64 fileId,
                              const QString &fileName,
                              const MappingPlan &plan,
                              const FailureSink &sink,
                              int maxExamples,
                              int pageSize)
{
    ValidationReport report;
    report.fileId = fileId;
    report.fileName = fileName;

    // The columns to check: the mapped ones, and unmapped ones that a required-with/-without
    // rule can still make fail.
    const qsizetype n = plan.columns.size();
    QList<qsizetype> reportIndex(n, -1);
    QList<int> uniqueRule(n, -1), projectRule(n, -1);
    QList<qsizetype> checked;
    for (qsizetype i = 0; i < n; ++i) {
        const MappingPlan::Column &column = plan.columns[i];
        if (column.source < 0 && column.required)
            report.unmappedRequired << column.name;
        const bool rowRules = ruleIndex(column, RuleKind::RequiredWith) >= 0
                              || ruleIndex(column, RuleKind::RequiredWithout) >= 0;
        if (column.source < 0 && !rowRules)
            continue;
        reportIndex[i] = report.columns.size();
        checked << i;
        if (column.source >= 0) {
            uniqueRule[i] = ruleIndex(column, RuleKind::Unique);
            projectRule[i] = ruleIndex(column, RuleKind::UniqueInProject);
        }
        ColumnValidation validation;
        validation.fileColumn = column.fileColumn;
        validation.schemaColumn = column.name;
        validation.type = column.type;
        validation.transform = column.transform.toString();
        report.columns << validation;
    }

    RecordValues record(plan);
    auto fail = [&](qsizetype column, qint64 recordNo, qint64 lineNo, const CellFailure &failure) {
        ColumnValidation &validation = report.columns[reportIndex[column]];
        ++validation.invalid;
        ++validation.byRule[failure.rule];
        const QString raw = QString::fromUtf8(record.field(plan.columns[column].source));
        if (validation.examples.size() < maxExamples)
            validation.examples << InvalidValue{lineNo, recordNo, raw, failure.message};
        if (sink)
            sink(ValidationFailure{lineNo,
                                   recordNo,
                                   plan.columns[column].name,
                                   plan.columns[column].fileColumn,
                                   failure.rule,
                                   raw,
                                   failure.message});
    };

    // The first occurrence's line of every value of a column with a unique rule, and of a
    // unique-in-project column that a transform feeds (its values exist only here).
    QList<QHash<QByteArray, qint64>> seen(n);
    QList<bool> keepValues(n, false);
    for (const qsizetype i : std::as_const(checked))
        keepValues[i]
            = uniqueRule[i] >= 0 || (projectRule[i] >= 0 && !plan.columns[i].transform.isNone());

    // unique-in-project: the values other files hold. When this file feeds the column as
    // stored the server reads its values itself, so this comes first and the scan reports
    // them as it goes; otherwise the scan collects this file's values first and a second pass
    // reports them.
    QList<QHash<QByteArray, QString>> elsewhere(n);
    QList<bool> before(n, false);
    for (const qsizetype i : std::as_const(checked)) {
        if (projectRule[i] < 0 || !plan.columns[i].transform.isNone())
            continue;
        elsewhere[i] = findInOtherFiles(sql, fileId, plan.columns[i], nullptr);
        before[i] = !elsewhere[i].isEmpty();
    }
    auto failElsewhere = [&](qsizetype i, qint64 recordNo, qint64 lineNo, const QString &other) {
        const ColumnRule &rule = plan.columns[i].rules[projectRule[i]];
        fail(i,
             recordNo,
             lineNo,
             CellFailure{ruleKindName(rule.kind), columnrules::message(rule, other)});
    };

    report.records = 0;
    recordstore::forEachRecord(
        sql,
        fileId,
        std::numeric_limits<qint64>::min(),
        [&](qint64 recordNo, qint64 lineNo, QByteArrayView data) {
            ++report.records;
            record.read(data);
            const QList<QByteArrayView> &values = record.values();
            for (const qsizetype i : std::as_const(checked)) {
                if (const std::optional<CellFailure> failure = checkCell(plan, i, values)) {
                    fail(i, recordNo, lineNo, *failure);
                    continue;
                }
                if (values[i].isEmpty() || (!keepValues[i] && !before[i]))
                    continue;
                const QByteArray value
                    = QByteArray::fromRawData(values[i].data(), values[i].size());
                if (keepValues[i]) {
                    const auto it = seen[i].constFind(value);
                    if (it == seen[i].cend()) {
                        seen[i].insert(values[i].toByteArray(), lineNo);
                    } else if (uniqueRule[i] >= 0) {
                        const ColumnRule &rule = plan.columns[i].rules[uniqueRule[i]];
                        fail(i,
                             recordNo,
                             lineNo,
                             CellFailure{ruleKindName(rule.kind),
                                         columnrules::message(rule, QString::number(*it))});
                        continue;
                    }
                }
                if (before[i]) {
                    if (const auto other = elsewhere[i].constFind(value);
                        other != elsewhere[i].cend())
                        failElsewhere(i, recordNo, lineNo, *other);
                }
            }
        },
        pageSize);

    bool after = false;
    for (const qsizetype i : std::as_const(checked)) {
        if (projectRule[i] < 0 || plan.columns[i].transform.isNone() || seen[i].isEmpty())
            continue;
        elsewhere[i] = findInOtherFiles(sql, fileId, plan.columns[i], &seen[i]);
        after = after || !elsewhere[i].isEmpty();
    }
    if (!after)
        return report;
    recordstore::forEachRecord(
        sql,
        fileId,
        std::numeric_limits<qint64>::min(),
        [&](qint64 recordNo, qint64 lineNo, QByteArrayView data) {
            record.read(data);
            const QList<QByteArrayView> &values = record.values();
            for (const qsizetype i : std::as_const(checked)) {
                if (before[i] || elsewhere[i].isEmpty() || values[i].isEmpty())
                    continue;
                const QByteArray value
                    = QByteArray::fromRawData(values[i].data(), values[i].size());
                const auto other = elsewhere[i].constFind(value);
                if (other == elsewhere[i].cend())
                    continue;
                // Reported already: a failed check, or a duplicate within the file.
                if (checkCell(plan, i, values)
                    || (uniqueRule[i] >= 0 && seen[i].value(value) != lineNo))
                    continue;
                failElsewhere(i, recordNo, lineNo, *other);
            }
        },
        pageSize);
    return report;
}

} // namespace stevedore
