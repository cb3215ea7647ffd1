// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "benchcases.h"

#include "benchcontext.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "import/importer.h"
#include "store/recordstore.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>

namespace stevedore::bench {

namespace {

std::unique_ptr<Database> openDatabase(const DbUrl &url)
{
    DatabaseOptions options;
    options.primary = url;
    options.applicationName = QStringLiteral("stevedore-bench");
    auto database = std::make_unique<Database>(options);
    database->open();
    return database;
}

// Two imports of the same CSV at once through database; seconds until both are done.
double twoConcurrentImports(
    BenchContext &ctx, Database &database, const QString &csv, int batchSize, qint64 records)
{
    QThreadPool threads;
    threads.setMaxThreadCount(2);
    const auto importAs = [&](const QString &fileName) {
        ImportOptions options;
        options.project = ctx.scratchProject();
        options.path = csv;
        options.fileName = fileName;
        options.batchSize = batchSize;
        return Importer(database, options).run();
    };
    const qint64 start = nowNanos();
    QFuture<ImportResult> a = QtConcurrent::run(&threads, importAs, QStringLiteral("pooler-a.csv"));
    QFuture<ImportResult> b = QtConcurrent::run(&threads, importAs, QStringLiteral("pooler-b.csv"));
    const ImportResult ra = a.result();
    const ImportResult rb = b.result();
    const double seconds = elapsedMicros(start) / 1e6;
    for (const ImportResult &r : {ra, rb}) {
        if (r.outcome != ImportResult::Outcome::Imported || r.records != records)
            throw DbError(
                DbError::Kind::Permanent,
                QStringLiteral("an import through the pooler did not finish: %1").arg(r.message));
    }
    ctx.dropFile(ra.fileId);
    ctx.dropFile(rb.fileId);
    return seconds;
}

} // namespace

QList<BenchResult> cases::pooler(BenchContext &ctx)
{
    if (!ctx.isPostgres() || !ctx.options().pooler->isPostgres())
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("the pooler case needs a PostgreSQL --db and --pooler"));
    ctx.scratchProjectId();
    const qint64 records = ctx.scaled(100000, 10000);
    const QString csv = ctx.csvOf(records);
    // The same pooler twice: told it is a transaction pooler, the importer commits mini-batches
    // (at most 5,000 records); told nothing, it is given one batch for the whole file.
    DbUrl direct = *ctx.options().pooler;
    direct.pooler = PoolerMode::None;
    DbUrl pooled = direct;
    pooled.pooler = PoolerMode::Transaction;
    const auto longDb = openDatabase(direct);
    const auto miniDb = openDatabase(pooled);
    const int oneBatch = int(records) + 1;
    const auto samples
        = alternate({[&] { return twoConcurrentImports(ctx, *longDb, csv, oneBatch, records); },
                     [&] {
                         return twoConcurrentImports(ctx, *miniDb, csv, 0, records);
                     }},
                    ctx.rounds());
    BenchResult result = makeResult(QStringLiteral("pooler"),
                                    QStringLiteral("s"),
                                    QStringLiteral("Two concurrent imports of %1 records through "
                                                   "PgBouncer: one transaction each vs committed "
                                                   "mini-batches")
                                        .arg(records),
                                    samples[0],
                                    samples[1]);
    result.extra
        = {{QStringLiteral("records_per_import"), records},
           {QStringLiteral("transactions_per_import_baseline"), 1},
           {QStringLiteral("transactions_per_import_optimized"), qint64((records + 4999) / 5000)},
           {QStringLiteral("pooler"), ctx.options().pooler->redacted()}};
    return {result};
}

namespace {

// Keeps importing the CSV in the background (the load the reads run under) until stopped.
class BackgroundImport
{
public:
    BackgroundImport(BenchContext &ctx, const QString &csv)
        : m_ctx(ctx)
    {
        m_threads.setMaxThreadCount(1);
        m_done = QtConcurrent::run(&m_threads, [this, csv] { loop(csv); });
    }
    ~BackgroundImport() { stop(); }
    BackgroundImport(const BackgroundImport &) = delete;
    BackgroundImport &operator=(const BackgroundImport &) = delete;

    void stop()
    {
        m_stop.store(true);
        if (Importer *importer = m_running.load())
            importer->cancel();
        m_done.waitForFinished();
    }
    int imports() const { return m_imports.load(); }

private:
    void loop(const QString &csv)
    {
        for (int n = 1; !m_stop.load(); ++n) {
            ImportOptions options;
            options.project = m_ctx.scratchProject();
            options.path = csv;
            options.fileName = QStringLiteral("replica-load-%1.csv").arg(n);
            Importer importer(m_ctx.database(), options);
            m_running.store(&importer);
            if (m_stop.load())
                importer.cancel();
            const ImportResult result = importer.run();
            m_running.store(nullptr);
            if (result.outcome == ImportResult::Outcome::Imported)
                m_imports.fetch_add(1);
            if (result.fileId != 0)
                m_ctx.dropFile(result.fileId);
        }
    }

    BenchContext &m_ctx;
    QThreadPool m_threads;
    QFuture<void> m_done;
    std::atomic<bool> m_stop{false};
    std::atomic<Importer *> m_running{nullptr};
    std::atomic<int> m_imports{0};
};

// Imports `records` records for the replica case and waits (bounded) until a replica serves
// them, so that both sides read the same; returns the file's id.
qint64 seedReplicaFile(BenchContext &ctx, qint64 records)
{
    Database &db = ctx.database();
    ctx.scratchProjectId(); // the context's project, removed by its cleanUp()
    ImportOptions seed;
    seed.project = ctx.scratchProject();
    seed.path = ctx.csvOf(records);
    seed.fileName = QStringLiteral("replica-read.csv");
    const ImportResult seeded = Importer(db, seed).run();
    if (seeded.outcome != ImportResult::Outcome::Imported)
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("seeding failed: ") + seeded.message);
    const qint64 fileId = seeded.fileId;

    QElapsedTimer waited;
    waited.start();
    const auto replicaHasIt = [&] {
        return db
            .read([fileId](QSqlDatabase &conn) {
                const SqlResult r = Sql(conn).exec(
                    QStringLiteral("SELECT pg_is_in_recovery(), count(*) FROM record_blocks "
                                   "WHERE file_id = ?"),
                    {fileId});
                return r.value(0, 0).toString() == QLatin1String("t")
                       && r.value(0, 1).toLongLong() > 0;
            })
            .result();
    };
    while (!replicaHasIt() && waited.elapsed() < 30000)
        QThread::msleep(100);
    return fileId;
}

} // namespace

QList<BenchResult> cases::replica(BenchContext &ctx)
{
    if (!ctx.isPostgres())
        throw DbError(DbError::Kind::Invalid, QStringLiteral("the replica case needs PostgreSQL"));
    Database &db = ctx.database();
    const qint64 pageSource = ctx.scaled(20000, 5000);
    const qint64 fileId = seedReplicaFile(ctx, pageSource);

    const int reads = int(ctx.scaled(300, 100));
    int replicaServed = 0;
    int replicaAsked = 0;
    const auto readPages = [&](ReadConsistency consistency) {
        double total = 0;
        for (int i = 0; i < reads; ++i) {
            const qint64 after = (qint64(i) * 977) % (pageSource - 500);
            const qint64 start = nowNanos();
            const bool fromReplica
                = db.read(
                        [fileId, after](QSqlDatabase &conn) {
                            const Sql sql(conn);
                            const auto page = recordstore::readRecords(
                                sql, fileId, recordstore::Seek::After, after, 500);
                            return !page.isEmpty()
                                   && sql.scalar(QStringLiteral("SELECT pg_is_in_recovery()"))
                                              .toString()
                                          == QLatin1String("t");
                        },
                        consistency)
                      .result();
            total += elapsedMicros(start) / 1000;
            if (consistency == ReadConsistency::AllowReplica) {
                ++replicaAsked;
                replicaServed += fromReplica ? 1 : 0;
            }
        }
        return total / reads;
    };

    BackgroundImport load(ctx, ctx.importCsv());
    const auto samples = alternate({[&] { return readPages(ReadConsistency::Primary); },
                                    [&] {
                                        return readPages(ReadConsistency::AllowReplica);
                                    }},
                                   ctx.rounds());
    load.stop();
    BenchResult result = makeResult(QStringLiteral("replica"),
                                    QStringLiteral("ms/read"),
                                    QStringLiteral("Reading a 500-record page during a concurrent "
                                                   "import: from the primary vs routed to the "
                                                   "replica"),
                                    samples[0],
                                    samples[1]);
    result.extra = {{QStringLiteral("reads_per_sample"), reads},
                    {QStringLiteral("served_by_replica"),
                     replicaAsked > 0 ? double(replicaServed) / replicaAsked : 0.0},
                    {QStringLiteral("background_imports_finished"), load.imports()}};
    return {result};
}

} // namespace stevedore::bench
