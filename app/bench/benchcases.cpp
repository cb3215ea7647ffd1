// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "benchcases.h"

#include "benchcontext.h"
#include "db/connectionpool.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/migrations.h"
#include "db/sql.h"
#include "logging/logging.h"
#include "logging/metrics.h"
#include "store/catalog.h"
#include "store/importjobs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QScopeGuard>
#include <QThreadPool>
#include <QtConcurrent>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/spdlog.h>

namespace stevedore::bench {

QList<BenchCase> benchCases()
{
    const auto always = [](const BenchContext &) {
        return QString();
    };
    return {
        {QStringLiteral("pool"),
         QStringLiteral("new connection per operation vs the pool"),
         cases::pool,
         always},
        {QStringLiteral("import"),
         QStringLiteral("autocommit INSERT per record vs batched import"),
         cases::import,
         always},
        {QStringLiteral("formats"),
         QStringLiteral("file formats: workbook and compressed imports vs peer tools"),
         cases::formats,
         always},
        {QStringLiteral("files"),
         QStringLiteral("N+1 queries vs one listing query"),
         cases::files,
         always},
        {QStringLiteral("mapping"),
         QStringLiteral("commit per column vs one transaction"),
         cases::mapping,
         always},
        {QStringLiteral("tablecheck"),
         QStringLiteral("table check before every query vs validation at start-up"),
         cases::tableCheck,
         always},
        {QStringLiteral("schema"),
         QStringLiteral("rewrite whole schema vs differential update"),
         cases::schema,
         always},
        {QStringLiteral("cache"),
         QStringLiteral("uncached vs cached schema/mapping lookups"),
         cases::cache,
         always},
        {QStringLiteral("validate"),
         QStringLiteral("one SQL query per validation rule vs one streamed pass"),
         cases::validate,
         always},
        {QStringLiteral("logging"),
         QStringLiteral("synchronous per-line flush vs async deduplicated"),
         cases::logging,
         always},
        {QStringLiteral("pooler"),
         QStringLiteral("one long transaction vs mini-batches through the pooler"),
         cases::pooler,
         [](const BenchContext &ctx) {
             return !ctx.isPostgres()       ? QStringLiteral("needs a PostgreSQL --db")
                    : !ctx.options().pooler ? QStringLiteral("needs --pooler URL")
                                            : QString();
         }},
        {QStringLiteral("replica"),
         QStringLiteral("reads on the primary vs the replica under an import"),
         cases::replica,
         [](const BenchContext &ctx) {
             return ctx.options().replicas.isEmpty() ? QStringLiteral("needs --replica URL")
                                                     : QString();
         }},
    };
}

QStringList benchCaseNames()
{
    QStringList names;
    for (const BenchCase &benchCase : benchCases())
        names << benchCase.name;
    return names;
}

namespace {

const QString appName = QStringLiteral("stevedore-bench");

// Opens, queries and closes a connection `ops` times on the calling thread; µs per operation.
double directConnections(const DbUrl &url, int ops)
{
    static int serial = 0;
    const qint64 start = nowNanos();
    for (int i = 0; i < ops; ++i) {
        const QString name = QStringLiteral("stevedore-bench-direct-%1").arg(++serial);
        {
            QSqlDatabase db = Database::openConnection(url, name, appName, true);
            Sql(db).exec(QStringLiteral("SELECT 1"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    return elapsedMicros(start) / ops;
}

double pooledQueries(ConnectionPool &pool, int ops)
{
    const qint64 start = nowNanos();
    for (int i = 0; i < ops; ++i) {
        pool.run([](QSqlDatabase &db) {
                return Sql(db).exec(QStringLiteral("SELECT 1")).rows.size();
            })
            .waitForFinished();
    }
    return elapsedMicros(start) / ops;
}

// Runs client(ops) on `threads` threads at once and waits for all of them.
void onThreads(int threads, const std::function<void()> &client)
{
    if (threads == 1) {
        client();
        return;
    }
    QThreadPool callers;
    callers.setMaxThreadCount(threads);
    QList<QFuture<void>> running;
    for (int t = 0; t < threads; ++t)
        running << QtConcurrent::run(&callers, client);
    for (QFuture<void> &future : running)
        future.waitForFinished();
}

// Acquire + release of a pooled connection as a caller sees it: a task that does nothing,
// submitted and waited for. A private pool, so that the figures are the pool's alone.
BenchResult acquireRelease(const DbUrl &url,
                           int threads,
                           int connections,
                           int opsPerThread,
                           const QString &name,
                           const QString &title)
{
    PoolOptions options;
    options.name = QStringLiteral("bench-acquire");
    options.maxSize = connections;
    ConnectionPool pool(options, [url](const QString &connection) {
        return Database::openConnection(url, connection, appName, true);
    });
    LatencyHistogram histogram;
    bool record = false;
    const auto client = [&] {
        for (int i = 0; i < opsPerThread; ++i) {
            const qint64 start = nowNanos();
            pool.run([](QSqlDatabase &) { return 0; }).waitForFinished();
            if (record)
                histogram.record(elapsedMicros(start));
        }
    };
    onThreads(threads, client); // warm-up: opens the connections
    record = true;
    onThreads(threads, client);
    const PoolMetrics metrics = pool.metrics();
    pool.shutdown();

    BenchResult result = makeMeasurement(name, QStringLiteral("µs/op"), title, {});
    result.optimized = {histogram.percentile(50),
                        histogram.percentile(0),
                        histogram.percentile(100),
                        int(histogram.count())};
    result.extra = {{QStringLiteral("p50_us"), histogram.percentile(50)},
                    {QStringLiteral("p99_us"), histogram.percentile(99)},
                    {QStringLiteral("threads"), threads},
                    {QStringLiteral("connections"), connections},
                    {QStringLiteral("operations"), qint64(histogram.count())},
                    {QStringLiteral("pool_wait_p99_us"), metrics.waitP99},
                    {QStringLiteral("stats"),
                     QStringLiteral("median=p50, min=p0, max=p100 "
                                    "over all operations")}};
    return result;
}

} // namespace

QList<BenchResult> cases::pool(BenchContext &ctx)
{
    Database &db = ctx.database();
    const DbUrl url = db.options().primary;
    const int ops = int(ctx.isPostgres() ? ctx.scaled(100, 30) : ctx.scaled(500, 100));
    ConnectionPool &pool = db.readerPool();
    const auto samples = alternate({[&] { return directConnections(url, ops); },
                                    [&] {
                                        return pooledQueries(pool, ops);
                                    }},
                                   ctx.rounds());
    BenchResult main = makeResult(QStringLiteral("pool"),
                                  QStringLiteral("µs/op"),
                                  QStringLiteral("SELECT 1 on a new connection per operation vs "
                                                 "through the connection pool"),
                                  samples[0],
                                  samples[1]);
    main.extra = {{QStringLiteral("operations_per_sample"), ops}};

    const int acquireOps = int(ctx.scaled(5000, 1000));
    return {main,
            acquireRelease(url,
                           1,
                           4,
                           acquireOps,
                           QStringLiteral("pool.acquire_release.uncontended"),
                           QStringLiteral("Pool acquire+release (no-op task), one caller")),
            acquireRelease(url,
                           8,
                           4,
                           acquireOps / 4,
                           QStringLiteral("pool.acquire_release.8threads_4connections"),
                           QStringLiteral("Pool acquire+release (no-op task), 8 callers on 4 "
                                          "connections"))};
}

namespace {

// Creates `count` imported-looking files in the project, each with a finished job and three
// unmapped column mappings. Files and mappings are set-based so that setting up 10,000 takes a
// moment; the jobs go through the jobs store, as an import records them.
void createFiles(Database &db, qint64 projectId, int count)
{
    db.write([projectId, count](QSqlDatabase &conn) {
          Sql sql(conn);
          SqlTransaction transaction(sql);
          const qint64 now = catalog::nowMs();
          sql.exec(QStringLiteral(
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                       "CAST(? AS INTEGER)) "
                       "INSERT INTO files (project_id, name, header, raw_header, record_count, "
                       "byte_size, sha256, status, imported_at, created_at) "
                       "SELECT CAST(? AS BIGINT), 'bench-file-' || (100000 + i) || '.csv', "
                       "'[\"id\",\"name\",\"email\"]', '[\"id\",\"name\",\"email\"]', i * 10, "
                       "i * 1000, '', 'imported', CAST(? AS BIGINT), CAST(? AS BIGINT) FROM n"),
                   {count, projectId, now, now});
          for (const FileInfo &file : catalog::queryFiles(sql, projectId)) {
              // The columns' defaults: create() binds every one, and they are NOT NULL.
              const qint64 jobId = importjobs::create(sql,
                                                      projectId,
                                                      file.id,
                                                      file.name,
                                                      QStringLiteral(""),
                                                      QStringLiteral(""),
                                                      file.byteSize,
                                                      QStringLiteral("{}"));
              importjobs::advance(sql, jobId, {}, file.recordCount, file.id % 7, now);
              importjobs::markDone(sql, jobId, now);
          }
          sql.exec(QStringLiteral(
                       "INSERT INTO column_mappings (file_id, file_column, position) "
                       "SELECT f.id, c.name, c.position FROM files f CROSS JOIN "
                       "(SELECT 'id' AS name, 0 AS position UNION ALL SELECT 'name', 1 "
                       "UNION ALL SELECT 'email', 2) c WHERE f.project_id = CAST(? AS BIGINT)"),
                   {projectId});
          transaction.commit();
      }).waitForFinished();
}

struct Listing
{
    double millis = 0;
    quint64 statements = 0;
    qsizetype files = 0;
};

// The N+1 way: list the files, then ask for each file's counts with a query of its own.
Listing listNPlusOne(const Sql &sql, qint64 projectId)
{
    const quint64 before = Sql::statementCount();
    const qint64 start = nowNanos();
    const SqlResult files = sql.exec(
        QStringLiteral("SELECT id, project_id, name, header, record_count, byte_size, sha256, "
                       "dialect, status, coalesce(imported_at, 0), mapping_version FROM files "
                       "WHERE project_id = ? ORDER BY name"),
        {projectId});
    QList<FileInfo> out;
    for (const QVariantList &row : files.rows) {
        FileInfo info;
        info.id = row[0].toLongLong();
        info.name = row[2].toString();
        info.recordCount = row[4].toLongLong();
        const SqlResult counts = sql.exec(
            QStringLiteral("SELECT ") + importjobs::rejectedTotalExpr(QStringLiteral("?"))
                + QStringLiteral(", (SELECT count(*) FROM column_mappings WHERE file_id = ? AND "
                                 "schema_column_id IS NOT NULL)"),
            {info.id, info.id});
        info.rejectCount = counts.value(0, 0).toLongLong();
        info.mappedColumns = counts.value(0, 1).toInt();
        out << info;
    }
    return {elapsedMicros(start) / 1000, Sql::statementCount() - before, out.size()};
}

Listing listOnce(const Sql &sql, qint64 projectId)
{
    const quint64 before = Sql::statementCount();
    const qint64 start = nowNanos();
    // queryFiles: the one query itself, not the lookup cache in front of it (case "cache").
    const QList<FileInfo> files = catalog::queryFiles(sql, projectId);
    return {elapsedMicros(start) / 1000, Sql::statementCount() - before, files.size()};
}

} // namespace

QList<BenchResult> cases::files(BenchContext &ctx)
{
    Database &db = ctx.database();
    const qint64 projectId = ctx.scratchProjectId();
    const int count = int(ctx.scaled(10000, 1000));
    createFiles(db, projectId, count);
    Listing lastBaseline;
    Listing lastOptimized;
    const auto run = [&](bool optimized) {
        const Listing listing
            = db.read(
                    [projectId, optimized](QSqlDatabase &conn) {
                        const Sql sql(conn);
                        return optimized ? listOnce(sql, projectId) : listNPlusOne(sql, projectId);
                    },
                    ReadConsistency::Primary)
                  .result();
        (optimized ? lastOptimized : lastBaseline) = listing;
        return listing.millis;
    };
    const auto samples = alternate({[&] { return run(false); },
                                    [&] {
                                        return run(true);
                                    }},
                                   ctx.rounds());
    if (lastBaseline.files != lastOptimized.files || lastOptimized.files < count)
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("the two listings disagree (%1 vs %2 files)")
                          .arg(lastBaseline.files)
                          .arg(lastOptimized.files));
    BenchResult result = makeResult(QStringLiteral("files"),
                                    QStringLiteral("ms"),
                                    QStringLiteral("Listing %1 files with counts: N+1 queries vs "
                                                   "one query (catalog::queryFiles)")
                                        .arg(count),
                                    samples[0],
                                    samples[1]);
    result.extra = {{QStringLiteral("files"), qint64(lastOptimized.files)},
                    {QStringLiteral("queries_baseline"), qint64(lastBaseline.statements)},
                    {QStringLiteral("queries_optimized"), qint64(lastOptimized.statements)}};
    return {result};
}

QList<BenchResult> cases::tableCheck(BenchContext &ctx)
{
    Database &db = ctx.database();
    ctx.scratchProjectId();
    const QString project = ctx.scratchProject();
    // A catalog query per check on PostgreSQL costs milliseconds: fewer rounds there.
    const int queries = int(ctx.isPostgres() ? ctx.scaled(500, 100) : ctx.scaled(2000, 300));
    const auto run = [&](bool checkFirst) {
        return db
            .read(
                [project, queries, checkFirst](QSqlDatabase &conn) {
                    const Sql sql(conn);
                    const qint64 start = nowNanos();
                    for (int i = 0; i < queries; ++i) {
                        if (checkFirst)
                            Migrations::validate(sql);
                        // The query itself, not the lookup cache that would answer it.
                        sql.scalar(QStringLiteral("SELECT id FROM projects WHERE name = ?"),
                                   {project});
                    }
                    return elapsedMicros(start) / queries;
                },
                ReadConsistency::Primary)
            .result();
    };
    const auto samples = alternate({[&] { return run(true); },
                                    [&] {
                                        return run(false);
                                    }},
                                   ctx.rounds());
    BenchResult result = makeResult(QStringLiteral("tablecheck"),
                                    QStringLiteral("µs/query"),
                                    QStringLiteral("A lookup with a check that every table "
                                                   "exists before it vs validation once at "
                                                   "start-up"),
                                    samples[0],
                                    samples[1]);
    result.extra
        = {{QStringLiteral("queries_per_sample"), queries},
           {QStringLiteral("tables_checked"), qint64(Migrations::requiredTables().size())}};
    return {result};
}

namespace {

// A burst as an outage produces it: the same warning over and over, a distinct line now and
// then.
void logBurst(spdlog::logger &log, int lines)
{
    for (int i = 0; i < lines; ++i) {
        if (i % 50 == 49)
            log.info("imported batch {} of {}", i / 50, "customers.csv");
        else
            log.warn("read failed on replica-1; served by the primary instead: {}",
                     "connection refused");
    }
}

qint64 countLines(const QString &dir, const QString &pattern)
{
    qint64 lines = 0;
    for (const QFileInfo &info : QDir(dir).entryInfoList({pattern}, QDir::Files)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            lines += file.readAll().count('\n');
        file.remove();
    }
    return lines;
}

} // namespace

QList<BenchResult> cases::logging(BenchContext &ctx)
{
    const int lines = int(ctx.scaled(200000, 20000));
    const QString base = QStringLiteral("bench-%1-").arg(ctx.tag());
    auto sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(
        QFile::encodeName(ctx.path(base + QStringLiteral("sync.log"))).toStdString(), true);
    auto sync = std::make_shared<spdlog::logger>("bench-sync", sink);
    sync->flush_on(spdlog::level::trace);

    LogOptions async;
    async.level = QStringLiteral("info");
    async.filePath = ctx.path(base + QStringLiteral("async.log"));
    async.console = false;
    initLogging(async);
    const auto restore = qScopeGuard([&ctx] {
        if (ctx.options().restoreLogging)
            ctx.options().restoreLogging();
    });
    const quint64 droppedBefore = droppedLogMessages();
    QList<double> drains;
    const auto samples = alternate({[&] {
                                        const qint64 start = nowNanos();
                                        logBurst(*sync, lines);
                                        return elapsedMicros(start) / lines;
                                    },
                                    [&] {
                                        const auto log = logger(LogCategory::Db);
                                        const qint64 start = nowNanos();
                                        logBurst(*log, lines);
                                        const double perLine = elapsedMicros(start) / lines;
                                        const qint64 drainStart = nowNanos();
                                        flushLogging();
                                        drains << elapsedMicros(drainStart) / 1000;
                                        return perLine;
                                    }},
                                   ctx.rounds());
    const quint64 dropped = droppedLogMessages() - droppedBefore;
    sync.reset();
    sink.reset();
    flushLogging();
    const int bursts = ctx.rounds() + 1;
    const qint64 syncLines = countLines(ctx.options().outDir, base + QStringLiteral("sync*.log"));
    const qint64 asyncLines = countLines(ctx.options().outDir, base + QStringLiteral("async*.log"));

    BenchResult result = makeResult(QStringLiteral("logging"),
                                    QStringLiteral("µs/line"),
                                    QStringLiteral("Caller's cost per line in a burst of %1: "
                                                   "file sink flushed every line vs async "
                                                   "deduplicating pipeline")
                                        .arg(lines),
                                    samples[0],
                                    samples[1]);
    result.extra = {{QStringLiteral("lines_per_burst"), lines},
                    {QStringLiteral("file_lines_per_burst_baseline"), double(syncLines) / bursts},
                    {QStringLiteral("file_lines_per_burst_optimized"), double(asyncLines) / bursts},
                    {QStringLiteral("drain_ms_median"), Stats::of(drains).median},
                    {QStringLiteral("dropped_by_async_queue"), qint64(dropped)}};
    return {result};
}

} // namespace stevedore::bench
