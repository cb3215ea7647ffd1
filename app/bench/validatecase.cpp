// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "benchcases.h"

#include "benchcontext.h"
#include "childprocess.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "schema/mappingservice.h"
#include "schema/schemaservice.h"
#include "store/catalog.h"
#include "store/recordcodec.h"
#include "store/recordwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stevedore::bench {

namespace {

const QString project = QStringLiteral("bench-validate");
const QString checkedName = QStringLiteral("checked.csv");
const QString otherName = QStringLiteral("other.csv");
const QString columnPrefix = QStringLiteral("validate_");
const QStringList header{QStringLiteral("sku"), QStringLiteral("qty"), QStringLiteral("code")};

// The five rules: sku matches a pattern and is unique across the project, qty lies within
// bounds, code has at most eight characters.
constexpr int minQty = 5;
constexpr int maxQty = 994;
constexpr int maxCodeLength = 8;
const QString skuPattern = QStringLiteral("SK-\\d{7}");
// The same check for the naive queries: SQLite has no regular expressions, GLOB says the same.
const QString skuGlob = QStringLiteral("SK-[0-9][0-9][0-9][0-9][0-9][0-9][0-9]");
const QString skuRegex = QStringLiteral("^SK-[0-9]{7}$");

// Record i of the checked file. Every cell breaks at most one rule, so that counting per rule
// (the naive way) and per cell (Stevedore's first broken check) agree.
QList<QByteArray> checkedRecord(qint64 i)
{
    const QByteArray number = QByteArray::number(i).rightJustified(7, '0');
    return {(i % 997 == 0 ? "sk-" : "SK-") + number,
            QByteArray::number((i * 7919) % 1000),
            "C" + number + (i % 500 == 0 ? "X" : "")};
}

// Record j of the other file: every tenth holds the sku of the checked file's record 10 j.
QList<QByteArray> otherRecord(qint64 j)
{
    const QByteArray sku = j % 10 == 0 ? "SK-" + QByteArray::number(j * 10).rightJustified(7, '0')
                                       : "OT-" + QByteArray::number(j).rightJustified(7, '0');
    return {sku, "1", "C0000000"};
}

qint64 expectedFailures(qint64 records)
{
    qint64 failures = 0;
    for (qint64 i = 0; i < records; ++i) {
        const qint64 qty = (i * 7919) % 1000;
        failures += i % 997 == 0;                 // pattern
        failures += i % 100 == 0 && i % 997 != 0; // unique-in-project (other file)
        failures += qty < minQty || qty > maxQty; // min, max
        failures += i % 500 == 0;                 // max-length
    }
    return failures;
}

qint64 createFile(const Sql &sql,
                  qint64 projectId,
                  const QString &name,
                  qint64 records,
                  QList<QByteArray> (*record)(qint64))
{
    const QString headerJson = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(header)).toJson(QJsonDocument::Compact));
    const qint64 fileId = sql.scalar(QStringLiteral("INSERT INTO files (project_id, name, header, "
                                                    "record_count, status, created_at) VALUES "
                                                    "(?, ?, ?, ?, 'imported', ?) RETURNING id"),
                                     {projectId, name, headerJson, records, catalog::nowMs()})
                              .toLongLong();
    constexpr qint64 batchRecords = 20000;
    for (qint64 first = 0; first < records; first += batchRecords) {
        RecordBatch batch;
        for (qint64 i = first; i < std::min(records, first + batchRecords); ++i)
            batch.appendRecord(i + 1, i + 2, record(i));
        writeRecords(sql, fileId, batch, 0, batch.rows.size(), 0);
    }
    return fileId;
}

struct Fixture
{
    qint64 checked = 0;
    qint64 other = 0;
    QList<SchemaColumn> columns; // the schema's columns before the case added its own
};

Fixture createFixture(Database &db, qint64 records)
{
    return db
        .write([records](QSqlDatabase &conn) {
            const Sql sql(conn);
            Fixture fixture;
            SchemaService schema(sql);
            fixture.columns = schema.load().columns;
            QList<SchemaColumn> desired = fixture.columns;
            auto add = [&](const QString &name, ColumnType type, QList<ColumnRule> rules) {
                SchemaColumn column;
                column.name = columnPrefix + name;
                column.type = type;
                column.rules = std::move(rules);
                desired << column;
            };
            add(QStringLiteral("sku"),
                ColumnType::Text,
                {{RuleKind::Pattern, skuPattern, {}, {}}, {RuleKind::UniqueInProject, {}, {}, {}}});
            add(QStringLiteral("qty"),
                ColumnType::Integer,
                {{RuleKind::Min, QString::number(minQty), {}, {}},
                 {RuleKind::Max, QString::number(maxQty), {}, {}}});
            add(QStringLiteral("code"),
                ColumnType::Text,
                {{RuleKind::MaxLength, QString::number(maxCodeLength), {}, {}}});
            schema.apply(desired);

            SqlTransaction transaction(sql);
            const qint64 projectId = catalog::ensureProject(sql, project);
            fixture.checked = createFile(sql, projectId, checkedName, records, checkedRecord);
            fixture.other = createFile(sql, projectId, otherName, records / 10, otherRecord);
            transaction.commit();
            QList<MappingEdit> edits;
            for (const QString &column : header)
                edits << MappingEdit{column, 0, columnPrefix + column, {}, std::nullopt};
            MappingService mappings(sql);
            mappings.save(fixture.checked, edits);
            mappings.save(fixture.other, edits);
            return fixture;
        })
        .result();
}

void dropFixture(Database &db, const Fixture &fixture)
{
    db.write([columns = fixture.columns](QSqlDatabase &conn) {
          const Sql sql(conn);
          catalog::deleteProject(sql, project);
          SchemaService(sql).apply(columns);
      }).waitForFinished();
}

// The naive way: one query per rule, each scanning the file's records and extracting the
// column from their JSON on the server. Returns the failures counted.
qint64 naiveCounts(const Sql &sql, qint64 checked, qint64 other)
{
    const bool pg = sql.engine() == Engine::Postgres;
    // Every record of file ? as r, and the record's cells sku, qty and code.
    const QString records = pg ? QStringLiteral("SELECT count(*) FROM record_blocks b "
                                                "CROSS JOIN LATERAL json_array_elements("
                                                "b.data::json) AS r(rec) WHERE b.file_id = ? ")
                               : QStringLiteral("SELECT count(*) FROM record_blocks b, "
                                                "json_each(b.data) AS r WHERE b.file_id = ? ");
    const QStringList checks
        = pg ? QStringList{QStringLiteral("AND (r.rec ->> 0) !~ ?"),
                           QStringLiteral("AND (r.rec ->> 0) IN (SELECT o.rec ->> 0 FROM "
                                          "record_blocks ob CROSS JOIN LATERAL "
                                          "json_array_elements(ob.data::json) AS o(rec) "
                                          "WHERE ob.file_id = ?)"),
                           QStringLiteral("AND CAST(r.rec ->> 1 AS bigint) < ?"),
                           QStringLiteral("AND CAST(r.rec ->> 1 AS bigint) > ?"),
                           QStringLiteral("AND length(r.rec ->> 2) > ?")}
             : QStringList{QStringLiteral("AND NOT ((r.value ->> 0) GLOB ?)"),
                           QStringLiteral("AND (r.value ->> 0) IN (SELECT o.value ->> 0 FROM "
                                          "record_blocks ob, json_each(ob.data) AS o "
                                          "WHERE ob.file_id = ?)"),
                           QStringLiteral("AND CAST(r.value ->> 1 AS INTEGER) < ?"),
                           QStringLiteral("AND CAST(r.value ->> 1 AS INTEGER) > ?"),
                           QStringLiteral("AND length(r.value ->> 2) > ?")};
    const QVariantList parameters{pg ? skuRegex : skuGlob, other, minQty, maxQty, maxCodeLength};
    qint64 failures = 0;
    for (qsizetype i = 0; i < checks.size(); ++i)
        failures += sql.scalar(records + checks[i], {checked, parameters[i]}).toLongLong();
    return failures;
}

void expect(const QString &what, qint64 found, qint64 expected)
{
    if (found != expected)
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("validate: %1 found %2 failures, expected %3")
                          .arg(what)
                          .arg(found)
                          .arg(expected));
}

} // namespace

QList<BenchResult> cases::validate(BenchContext &ctx)
{
    Database &db = ctx.schemaDatabase();
    const qint64 records = ctx.scaled(1'000'000, 20'000);
    const qint64 expected = expectedFailures(records);
    ctx.progress(
        QStringLiteral("validate: writing %1 + %2 records").arg(records).arg(records / 10));
    const Fixture fixture = createFixture(db, records);
    QList<BenchResult> results;
    try {
        const auto naive = [&] {
            const qint64 start = nowNanos();
            const qint64 failures
                = db.read(
                        [&fixture](QSqlDatabase &conn) {
                            return naiveCounts(Sql(conn), fixture.checked, fixture.other);
                        },
                        ReadConsistency::Primary)
                      .result();
            const double seconds = elapsedMicros(start) / 1e6;
            expect(QStringLiteral("one query per rule"), failures, expected);
            return double(records) / seconds;
        };
        const auto service = [&] {
            const qint64 start = nowNanos();
            const ValidationReport report
                = db.read(
                        [&fixture](QSqlDatabase &conn) {
                            const Sql sql(conn);
                            return MappingService(sql).validate(fixture.checked);
                        },
                        ReadConsistency::Primary)
                      .result();
            const double seconds = elapsedMicros(start) / 1e6;
            expect(QStringLiteral("mapping validate"), report.invalidValues(), expected);
            return double(records) / seconds;
        };
        const QList<QList<double>> samples = alternate({naive, service}, ctx.rounds());
        BenchResult rate = makeResult(QStringLiteral("validate"),
                                      QStringLiteral("records/s"),
                                      QStringLiteral("one SQL query per rule vs one streamed "
                                                     "pass (5 rules, one unique across the "
                                                     "project)"),
                                      samples[0],
                                      samples[1],
                                      true);
        rate.extra = {{QStringLiteral("records"), records},
                      {QStringLiteral("other_file_records"), records / 10},
                      {QStringLiteral("rules"), 5},
                      {QStringLiteral("failures"), expected}};
        results << rate;

        // Peak RSS of the command operators run, in a child of its own.
        const ChildResult child
            = runChild(ctx.options().stevedoreBinary,
                       {QStringLiteral("mapping"),
                        QStringLiteral("validate"),
                        QStringLiteral("--project"),
                        project,
                        QStringLiteral("--file"),
                        checkedName,
                        QStringLiteral("--json")},
                       {{QStringLiteral("STEVEDORE_DB"), db.options().primary.toString()}},
                       ctx.options().outDir);
        const QJsonObject report = QJsonDocument::fromJson(child.out).object();
        if (!child.started || child.exitCode != 2)
            throw DbError(DbError::Kind::Permanent,
                          QStringLiteral("the child `mapping validate` failed (exit %1): %2")
                              .arg(child.exitCode)
                              .arg(QString::fromUtf8(child.err).trimmed() + child.error));
        expect(QStringLiteral("the child `mapping validate`"),
               report.value(QStringLiteral("invalid_values")).toInteger(),
               expected);
        BenchResult rss = makeMeasurement(QStringLiteral("validate.peak_rss"),
                                          QStringLiteral("MiB"),
                                          QStringLiteral("Peak RSS of `stevedore mapping "
                                                         "validate` of the %1-record file (child "
                                                         "process, wait4)")
                                              .arg(records),
                                          {child.peakRssMiB});
        rss.extra = {{QStringLiteral("records"), records},
                     {QStringLiteral("child_seconds"), child.seconds}};
        results << rss;
    } catch (...) {
        dropFixture(db, fixture);
        throw;
    }
    dropFixture(db, fixture);
    return results;
}

} // namespace stevedore::bench
