// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "benchcases.h"

#include "benchcontext.h"
#include "cache/ttlcache.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "schema/mappingservice.h"
#include "schema/schemaservice.h"
#include "schema/schemastore.h"
#include "store/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace stevedore::bench {

namespace {

constexpr int schemaColumns = 200;
constexpr int fileColumns = 50;
constexpr int fixtureFiles = 10;
// The columns the differential case changes (their descriptions): 5 of 200.
constexpr std::array changedColumns{10, 50, 90, 130, 170};

QList<SchemaColumn> desiredSchema(int round)
{
    static constexpr std::array types{ColumnType::Text,
                                      ColumnType::Integer,
                                      ColumnType::Decimal,
                                      ColumnType::Date,
                                      ColumnType::Boolean,
                                      ColumnType::Email,
                                      ColumnType::Text,
                                      ColumnType::DateTime};
    QList<SchemaColumn> columns;
    for (int i = 0; i < schemaColumns; ++i) {
        SchemaColumn column;
        column.name = QStringLiteral("field_%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        column.type = types[size_t(i) % types.size()];
        column.description = QStringLiteral("Column %1 of the benchmark schema").arg(i + 1);
        column.position = i;
        columns << column;
    }
    if (round > 0) {
        for (const int index : changedColumns)
            columns[index].description = QStringLiteral("Changed in round %1").arg(round);
    }
    return columns;
}

// desired with the ids of the stored columns of the same names: `schema apply` treats a column
// without an id as new, so a differential update must name the columns it keeps by id.
QList<SchemaColumn> withStoredIds(Database &db, QList<SchemaColumn> desired)
{
    const Schema stored
        = db.read([](QSqlDatabase &conn) { return SchemaService(Sql(conn)).load(); },
                  ReadConsistency::Primary)
              .result();
    for (SchemaColumn &column : desired) {
        if (const SchemaColumn *existing = stored.byName(column.name))
            column.id = existing->id;
    }
    return desired;
}

QString fileColumnName(int i)
{
    return QStringLiteral("col_%1").arg(i + 1, 2, 10, QLatin1Char('0'));
}

// The schema (200 columns) and 10 files of 50 columns in the scratch database; the first call
// creates them. Returns the files' ids.
QList<qint64> prepareFixture(Database &db)
{
    return db
        .write([](QSqlDatabase &conn) {
            const Sql sql(conn);
            SchemaService schema(sql);
            if (schema.load().columns.size() != schemaColumns)
                schema.apply(desiredSchema(0));
            SqlTransaction transaction(sql);
            const qint64 projectId = catalog::ensureProject(sql, QStringLiteral("bench"));
            QStringList header;
            for (int i = 0; i < fileColumns; ++i)
                header << fileColumnName(i);
            const QString headerJson = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(header)).toJson(QJsonDocument::Compact));
            QList<qint64> ids;
            for (int f = 0; f < fixtureFiles; ++f) {
                const QString name = QStringLiteral("mapped-%1.csv").arg(f + 1);
                sql.exec(QStringLiteral("INSERT INTO files (project_id, name, header, raw_header, "
                                        "status, created_at) VALUES (?, ?, ?, ?, 'imported', ?) "
                                        "ON CONFLICT (project_id, name) DO NOTHING"),
                         {projectId, name, headerJson, headerJson, catalog::nowMs()});
                ids << sql.scalar(QStringLiteral("SELECT id FROM files WHERE project_id = ? AND "
                                                 "name = ?"),
                                  {projectId, name})
                           .toLongLong();
            }
            transaction.commit();
            return ids;
        })
        .result();
}

QList<MappingEdit> mappingEdits(const Schema &schema, int round)
{
    QList<MappingEdit> edits;
    for (int i = 0; i < fileColumns; ++i) {
        MappingEdit edit;
        edit.fileColumn = fileColumnName(i);
        edit.schemaColumnId = schema.columns.value(i).id;
        // A new confidence every round, so that every column is written every time.
        edit.confidence = 0.5 + 0.001 * (round % 400);
        edits << edit;
    }
    return edits;
}

// What a save without a transaction does: each column's statement commits on its own.
void saveColumnByColumn(const Sql &sql, qint64 fileId, const QList<MappingEdit> &edits)
{
    for (int i = 0; i < edits.size(); ++i) {
        sql.exec(
            QStringLiteral("INSERT INTO column_mappings (file_id, file_column, position, "
                           "schema_column_id, transform, confidence) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (file_id, file_column) DO UPDATE SET "
                           "position = excluded.position, schema_column_id = "
                           "excluded.schema_column_id, transform = excluded.transform, "
                           "confidence = excluded.confidence"),
            {fileId,
             edits[i].fileColumn,
             i,
             edits[i].schemaColumnId,
             QVariant(),
             *edits[i].confidence});
    }
    sql.exec(QStringLiteral("UPDATE files SET mapping_version = mapping_version + 1 WHERE id = ?"),
             {fileId});
}

// The whole schema written again: delete every column, insert every column.
void rewriteSchema(const Sql &sql, const QList<SchemaColumn> &columns)
{
    SqlTransaction transaction(sql);
    sql.exec(QStringLiteral("SELECT version FROM schema_state WHERE id = 1")
             + (sql.engine() == Engine::Postgres ? QStringLiteral(" FOR UPDATE") : QString()));
    sql.exec(QStringLiteral("DELETE FROM schema_columns"));
    const qint64 now = catalog::nowMs();
    for (const SchemaColumn &column : columns) {
        sql.exec(QStringLiteral("INSERT INTO schema_columns (name, type, required, description, "
                                "position, enum_values, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, '[]', ?, ?)"),
                 {column.name,
                  columnTypeName(column.type),
                  int(column.required),
                  column.description,
                  column.position,
                  now,
                  now});
    }
    sql.exec(QStringLiteral("UPDATE schema_state SET version = version + 1 WHERE id = 1"));
    transaction.commit();
}

// Runs fn(sql) as a write on db; returns milliseconds and the statements it ran.
template<typename Fn>
std::pair<double, quint64> timedWrite(Database &db, Fn fn)
{
    return db
        .write([fn](QSqlDatabase &conn) {
            const Sql sql(conn);
            const quint64 before = Sql::statementCount();
            const qint64 start = nowNanos();
            fn(sql);
            return std::pair<double, quint64>{elapsedMicros(start) / 1000,
                                              Sql::statementCount() - before};
        })
        .result();
}

} // namespace

QList<BenchResult> cases::mapping(BenchContext &ctx)
{
    Database &db = ctx.schemaDatabase();
    const qint64 fileId = prepareFixture(db).first();
    const Schema schema
        = db.read([](QSqlDatabase &conn) { return SchemaService(Sql(conn)).load(); },
                  ReadConsistency::Primary)
              .result();
    // Variant 0: per-column autocommit; 1: MappingService::save; 2: the baseline's very
    // statements in one transaction (the commit batching alone, without the service's loads
    // and checks).
    enum Variant { PerColumn, Service, SameStatementsOneTransaction };
    int round = 0;
    quint64 statements[3] = {0, 0, 0};
    const auto run = [&](Variant variant) {
        const QList<MappingEdit> edits = mappingEdits(schema, ++round);
        const auto [millis, count] = timedWrite(db, [fileId, edits, variant](const Sql &sql) {
            if (variant == Service) {
                MappingService(sql).save(fileId, edits);
            } else if (variant == PerColumn) {
                saveColumnByColumn(sql, fileId, edits);
            } else {
                SqlTransaction transaction(sql);
                saveColumnByColumn(sql, fileId, edits);
                transaction.commit();
            }
        });
        statements[variant] = count;
        return millis;
    };
    const auto samples = alternate({[&] { return run(PerColumn); },
                                    [&] { return run(Service); },
                                    [&] {
                                        return run(SameStatementsOneTransaction);
                                    }},
                                   ctx.rounds());
    BenchResult result = makeResult(QStringLiteral("mapping"),
                                    QStringLiteral("ms"),
                                    QStringLiteral("Saving a %1-column mapping: a statement and a "
                                                   "commit per column vs MappingService::save in "
                                                   "one transaction")
                                        .arg(fileColumns),
                                    samples[PerColumn],
                                    samples[Service]);
    result.extra = {{QStringLiteral("columns"), fileColumns},
                    {QStringLiteral("statements_baseline"), qint64(statements[PerColumn])},
                    {QStringLiteral("statements_optimized"), qint64(statements[Service])}};
    BenchResult batching = makeResult(QStringLiteral("mapping.same_statements_one_transaction"),
                                      QStringLiteral("ms"),
                                      QStringLiteral("The same %1 statements: a commit each vs "
                                                     "one transaction (commit batching alone)")
                                          .arg(statements[PerColumn]),
                                      samples[PerColumn],
                                      samples[SameStatementsOneTransaction]);
    return {result, batching};
}

QList<BenchResult> cases::schema(BenchContext &ctx)
{
    Database &db = ctx.schemaDatabase();
    prepareFixture(db);
    int round = 0;
    quint64 statements[2] = {0, 0};
    const auto run = [&](bool optimized) {
        const QList<SchemaColumn> desired = withStoredIds(db, desiredSchema(++round));
        const auto [millis, count] = timedWrite(db, [desired, optimized](const Sql &sql) {
            if (optimized)
                SchemaService(sql).apply(desired);
            else
                rewriteSchema(sql, desired);
        });
        statements[optimized ? 1 : 0] = count;
        return millis;
    };
    const auto samples = alternate({[&] { return run(false); },
                                    [&] {
                                        return run(true);
                                    }},
                                   ctx.rounds());
    BenchResult result = makeResult(QStringLiteral("schema"),
                                    QStringLiteral("ms"),
                                    QStringLiteral("Applying a %1-column schema with %2 changed "
                                                   "descriptions: delete all + insert all vs "
                                                   "SchemaService::apply (differential)")
                                        .arg(schemaColumns)
                                        .arg(changedColumns.size()),
                                    samples[0],
                                    samples[1]);
    result.extra = {{QStringLiteral("columns"), schemaColumns},
                    {QStringLiteral("changed"), qint64(changedColumns.size())},
                    {QStringLiteral("statements_baseline"), qint64(statements[0])},
                    {QStringLiteral("statements_optimized"), qint64(statements[1])}};
    return {result};
}

namespace {

// What an operator's clicking costs: list the projects, open the project's files, open a
// file, show its mapping. Uncached: the query functions and services straight on the
// database. Cached: the same through the Database's lookup cache as the GUI and CLI use it
// (catalog:: in read() tasks, SchemaStore(Database &)), warm after the warm-up round; its hit
// ratio is over the measured rounds (entries still expire after the cache's TTL).
BenchResult browsing(Database &db, const QList<qint64> &files, int steps, int rounds)
{
    const auto browse = [&db, &files, steps](bool cached) {
        SchemaStore store(db);
        const qint64 start = nowNanos();
        for (int i = 0; i < steps; ++i) {
            const qint64 fileId = files[i % files.size()];
            const qint64 mapped
                = db.read(
                        [cached, fileId](QSqlDatabase &conn) {
                            const Sql sql(conn);
                            const qint64 projectId
                                = cached ? catalog::projectId(sql, QStringLiteral("bench"))
                                         : sql.scalar(QStringLiteral("SELECT id FROM "
                                                                     "projects WHERE name = "
                                                                     "?"),
                                                      {QStringLiteral("bench")})
                                               .toLongLong();
                            const auto projects
                                = cached ? catalog::listProjects(sql) : catalog::queryProjects(sql);
                            const auto listed = cached ? catalog::listFiles(sql, projectId)
                                                       : catalog::queryFiles(sql, projectId);
                            qint64 seen = projects.size() + listed.size();
                            if (!cached)
                                seen += MappingService(sql).load(fileId).columns.size();
                            return seen;
                        },
                        ReadConsistency::Primary)
                      .result();
            if (cached)
                (void)store.mapping(fileId);
            if (mapped <= 0)
                throw DbError(DbError::Kind::Permanent, QStringLiteral("nothing to browse"));
        }
        return elapsedMicros(start) / steps;
    };
    db.cache().clear();
    bool warm = false;
    const auto samples = alternate({[&] { return browse(false); },
                                    [&] {
                                        if (warm)
                                            return browse(true);
                                        warm = true; // the warm-up round: not in the ratio
                                        const double micros = browse(true);
                                        db.cache().resetStats();
                                        return micros;
                                    }},
                                   rounds);
    const CacheStats stats = db.cache().stats();
    BenchResult result = makeResult(QStringLiteral("cache.browsing"),
                                    QStringLiteral("µs/step"),
                                    QStringLiteral("Browsing (project id, list projects, list "
                                                   "files, show a file's mapping): straight "
                                                   "queries vs the Database's lookup cache"),
                                    samples[0],
                                    samples[1]);
    result.extra = {{QStringLiteral("steps_per_sample"), steps},
                    {QStringLiteral("hit_ratio"), stats.hitRatio()},
                    {QStringLiteral("hits"), qint64(stats.hits)},
                    {QStringLiteral("misses"), qint64(stats.misses)},
                    {QStringLiteral("ttl_ms"), qint64(db.options().cacheTtl.count())}};
    return result;
}

} // namespace

QList<BenchResult> cases::cache(BenchContext &ctx)
{
    Database &db = ctx.schemaDatabase();
    const QList<qint64> files = prepareFixture(db);
    const int lookups = int(ctx.scaled(1000, 200));
    CacheStats stats;
    const auto uncached = [&] {
        const qint64 start = nowNanos();
        for (int i = 0; i < lookups; ++i) {
            const qint64 fileId = files[i % files.size()];
            db.read([fileId](QSqlDatabase &conn) {
                  const Sql sql(conn);
                  return SchemaService(sql).load().columns.size()
                         + MappingService(sql).load(fileId).columns.size();
              }).waitForFinished();
        }
        return elapsedMicros(start) / lookups;
    };
    const auto cached = [&] {
        // A cold cache every round: its misses are part of the figure.
        SchemaStore::Cache cache(TtlCacheOptions{QStringLiteral("bench"),
                                                 1000,
                                                 std::chrono::minutes(1),
                                                 std::chrono::milliseconds(0),
                                                 {}});
        SchemaStore store(db, cache);
        const qint64 start = nowNanos();
        for (int i = 0; i < lookups; ++i) {
            store.schema();
            store.mapping(files[i % files.size()]);
        }
        const double perLookup = elapsedMicros(start) / lookups;
        stats = store.cacheStats();
        return perLookup;
    };
    const auto samples = alternate({uncached, cached}, ctx.rounds());
    BenchResult result = makeResult(QStringLiteral("cache"),
                                    QStringLiteral("µs/lookup"),
                                    QStringLiteral("Schema + file mapping lookup: read from the "
                                                   "database every time vs SchemaStore's "
                                                   "TtlCache (cold at the start of each sample)"),
                                    samples[0],
                                    samples[1]);
    result.extra = {{QStringLiteral("lookups_per_sample"), lookups},
                    {QStringLiteral("files"), qint64(files.size())},
                    {QStringLiteral("hit_ratio"), stats.hitRatio()},
                    {QStringLiteral("hits"), qint64(stats.hits)},
                    {QStringLiteral("misses"), qint64(stats.misses)}};
    return {result, browsing(db, files, int(ctx.scaled(300, 60)), ctx.rounds())};
}

} // namespace stevedore::bench
