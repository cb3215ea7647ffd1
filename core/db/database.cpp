// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/database.h"

#include "db/dberror.h"
#include "db/livefiles.h"
#include "db/migrations.h"
#include "db/replicamonitor.h"
#include "db/sql.h"
#include "db/sqlitefunctions.h"
#include "logging/logging.h"
#include "logging/metrics.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>

namespace stevedore {

QSqlDatabase Database::openConnection(const DbUrl &url,
                                      const QString &connectionName,
                                      const QString &applicationName,
                                      bool readOnly)
{
    if (url.engine == Engine::Sqlite) {
        if (url.path != QLatin1String(":memory:"))
            QDir().mkpath(QFileInfo(url.path).absolutePath());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        url.configure(db);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            throw DbError(DbError::Kind::Connection,
                          QStringLiteral("cannot open SQLite database %1: %2").arg(url.path, why));
        }
        Sql sql(db);
        try {
            sqlitefunctions::install(sql.sqlite());
            // Before anything writes to the file (WAL mode is kept in the file itself).
            if (!readOnly)
                Migrations::refuseForeign(sql, url.path);
        } catch (const DbError &) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            throw;
        }
        if (!readOnly) {
            // Switching to WAL needs an exclusive lock and SQLite does not wait for it in the
            // busy handler: connections opening at the same moment meet here. Retry briefly.
            for (int attempt = 1;; ++attempt) {
                try {
                    sql.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
                    break;
                } catch (const DbError &) {
                    const int code = sqlite3_errcode(sql.sqlite());
                    if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || attempt >= 200)
                        throw;
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                }
            }
        }
        sql.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        sql.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        sql.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        // 32 MiB of page cache for the writer, 8 MiB for each reader: imports stay well under
        // 100 MB of memory with two batches in flight.
        sql.exec(readOnly ? QStringLiteral("PRAGMA cache_size = -8192")
                          : QStringLiteral("PRAGMA cache_size = -32768"));
        if (readOnly)
            sql.exec(QStringLiteral("PRAGMA query_only = ON"));
        return db;
    }

    DbUrl withName = url;
    bool hasName = false;
    for (const auto &param : std::as_const(withName.params))
        hasName = hasName || param.first == QLatin1String("application_name");
    if (!hasName && !applicationName.isEmpty())
        withName.params.append({QStringLiteral("application_name"), applicationName});
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    withName.configure(db);
    if (!db.open()) {
        // libpq's message spans lines and ends with Qt's "QPSQL: Unable to connect"; keep the
        // first line, which says what went wrong.
        const QString why
            = db.lastError().databaseText().trimmed().section(QLatin1Char('\n'), 0, 0);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw DbError(DbError::refusedConnectionKind(why),
                      QStringLiteral("cannot connect to %1: %2").arg(url.shortName(), why));
    }
    return db;
}

// A primary given as a host list must be the host that takes writes: without
// target_session_attrs libpq keeps the first host that accepts the connection, a standby too.
DbUrl detail::writableUrl(DbUrl url)
{
    const bool chosen = std::any_of(url.params.begin(), url.params.end(), [](const auto &param) {
        return param.first == QLatin1String("target_session_attrs");
    });
    if (url.hosts().size() > 1 && !chosen)
        url.params.append({QStringLiteral("target_session_attrs"), QStringLiteral("read-write")});
    return url;
}

Database::Database(DatabaseOptions options)
    : m_options(std::move(options))
{
    TtlCacheOptions cacheOptions;
    cacheOptions.name = QStringLiteral("lookups");
    cacheOptions.defaultTtl = m_options.cacheTtl;
    cacheOptions.maxEntries = m_options.cacheMaxEntries;
    m_cache = std::make_unique<Cache>(cacheOptions);
}

Database::~Database()
{
    close();
}

namespace {

PoolOptions poolOptions(const QString &name, int maxSize, std::chrono::milliseconds acquireTimeout)
{
    PoolOptions options;
    options.name = name;
    options.maxSize = maxSize;
    options.acquireTimeout = acquireTimeout;
    return options;
}

// Brings the schema up to date and returns the server's name and version ("SQLite 3.45.1").
QString migrate(QSqlDatabase &db)
{
    Sql sql(db);
    Migrations::apply(sql);
    Migrations::validate(sql);
    return sql.engine() == Engine::Sqlite
               ? QStringLiteral("SQLite ")
                     + sql.scalar(QStringLiteral("SELECT sqlite_version()")).toString()
               : QStringLiteral("PostgreSQL ")
                     + sql.scalar(QStringLiteral("SHOW server_version")).toString();
}

} // namespace

void Database::open()
{
    const DbUrl primary = detail::writableUrl(m_options.primary);
    const QString app = m_options.applicationName;
    // Before the first connection takes its locks: from then on nothing else in this process
    // may open the files (livefiles.h says why).
    if (!primary.isPostgres() && primary.path != QLatin1String(":memory:"))
        m_liveFiles = std::make_unique<LiveFiles>(primary.path);
    const PoolOptions writerOptions = poolOptions(
        primary.isPostgres() ? QStringLiteral("primary") : QStringLiteral("sqlite-writer"),
        primary.isPostgres() ? m_options.poolSize : 1,
        m_options.acquireTimeout);
    m_writer = std::make_unique<ConnectionPool>(writerOptions, [primary, app](const QString &name) {
        return openConnection(primary, name, app, false);
    });
    m_reader = m_writer.get();

    try {
        m_serverVersion = m_writer->run([](QSqlDatabase &db) { return migrate(db); }).result();
    } catch (...) {
        m_writer->shutdown(ConnectionPool::Shutdown::CancelQueued);
        throw;
    }

    if (!primary.isPostgres()) {
        const PoolOptions readerOptions = poolOptions(
            QStringLiteral("sqlite-readers"), m_options.poolSize, m_options.acquireTimeout);
        m_sqliteReader
            = std::make_unique<ConnectionPool>(readerOptions, [primary, app](const QString &name) {
                  return openConnection(primary, name, app, true);
              });
        m_reader = m_sqliteReader.get();
        return;
    }

    std::vector<ReplicaMonitor::Entry> entries;
    for (qsizetype i = 0; i < m_options.replicas.size(); ++i) {
        const DbUrl replica = m_options.replicas[i];
        if (!replica.isPostgres())
            throw DbError(DbError::Kind::Invalid,
                          QStringLiteral("--replica must be a postgresql:// URL"));
        PoolOptions replicaOptions = poolOptions(QStringLiteral("replica-%1").arg(i + 1),
                                                 m_options.replicaPoolSize,
                                                 m_options.acquireTimeout);
        replicaOptions.connectAttempts = 1; // a failing replica is skipped, not waited for
        m_replicas.push_back(
            std::make_unique<ConnectionPool>(replicaOptions, [replica, app](const QString &name) {
                return openConnection(replica, name, app, true);
            }));
        ReplicaMonitor::Entry entry;
        entry.url = replica;
        entry.pool = m_replicas.back().get();
        entries.push_back(entry);
    }
    if (entries.empty())
        return;
    m_monitor = std::make_unique<ReplicaMonitor>(m_options, std::move(entries));
    // Without this a short-lived process (a CLI command) reads before the first check has
    // found any replica usable, and so always from the primary.
    if (!m_monitor->waitForVerdicts(m_options.firstReplicaCheckWait))
        logger(LogCategory::Replica)
            ->info("replica check not done after {} ms; reads go to the primary until it is",
                   m_options.firstReplicaCheckWait.count());
}

void Database::close()
{
    m_monitor.reset();
    for (auto &replica : m_replicas)
        replica->shutdown();
    m_replicas.clear();
    if (m_sqliteReader)
        m_sqliteReader->shutdown();
    if (m_writer)
        m_writer->shutdown();
    m_sqliteReader.reset();
    m_writer.reset();
    m_reader = nullptr;
    m_liveFiles.reset();
}

Engine Database::engine() const
{
    return m_options.primary.engine;
}

PoolerMode Database::pooler() const
{
    return m_options.primary.pooler;
}

const DatabaseOptions &Database::options() const
{
    return m_options;
}

QString Database::serverVersion() const
{
    return m_serverVersion;
}

QList<ReplicaStatus> Database::replicaStatus() const
{
    return m_monitor ? m_monitor->status() : QList<ReplicaStatus>();
}

ConnectionPool *Database::pickReplica() const
{
    return m_monitor ? m_monitor->pick() : nullptr;
}

void Database::submitRead(ConnectionPool::Task primaryTask,
                          ConnectionPool *replica,
                          ConnectionPool::Task replicaTask)
{
    auto fallback = std::make_shared<ConnectionPool::Task>(std::move(primaryTask));
    auto fail = replicaTask.fail;
    ConnectionPool *primary = m_reader;
    ReplicaMonitor *monitor = m_monitor.get();
    replicaTask.fail = [fallback, fail, primary, monitor, replica](std::exception_ptr error) {
        QString why;
        try {
            std::rethrow_exception(error);
        } catch (const DbError &dbError) {
            if (dbError.kind() == DbError::Kind::Connection
                || dbError.kind() == DbError::Kind::Timeout
                || dbError.kind() == DbError::Kind::Transient)
                why = dbError.message();
        } catch (...) {
        }
        if (why.isEmpty()) {
            fail(error); // the query itself is wrong: the primary would refuse it too
            return;
        }
        monitor->markDown(replica, why);
        logger(LogCategory::Replica)
            ->warn("read failed on {}; served by the primary instead: {}",
                   replica->options().name.toStdString(),
                   why.toStdString());
        primary->submit(std::move(*fallback));
    };
    replica->submit(std::move(replicaTask));
}

void Database::publishMetrics() const
{
    Metrics &metrics = Metrics::instance();
    auto publish = [&metrics](const QString &prefix, const ConnectionPool &pool) {
        const PoolMetrics m = pool.metrics();
        metrics.setGauge(prefix + QStringLiteral(".open"), m.open);
        metrics.setGauge(prefix + QStringLiteral(".busy"), m.busy);
        metrics.setGauge(prefix + QStringLiteral(".idle"), m.idle);
        metrics.setGauge(prefix + QStringLiteral(".waiting"), m.waiting);
        metrics.setGauge(prefix + QStringLiteral(".wait_p95_us"), m.waitP95);
        metrics.setGauge(prefix + QStringLiteral(".timeouts"), double(m.timeouts));
        metrics.setGauge(prefix + QStringLiteral(".reconnects"), double(m.reconnects));
    };
    if (m_writer)
        publish(QStringLiteral("pool.") + m_writer->options().name, *m_writer);
    if (m_sqliteReader)
        publish(QStringLiteral("pool.") + m_sqliteReader->options().name, *m_sqliteReader);
    for (const auto &replica : m_replicas)
        publish(QStringLiteral("pool.") + replica->options().name, *replica);
    const QList<ReplicaStatus> replicas = replicaStatus();
    for (qsizetype i = 0; i < replicas.size(); ++i)
        metrics.setGauge(QStringLiteral("replica.%1.lag_ms").arg(i + 1), replicas[i].lagMs);
    // The names the dashboard reads (ui/dashboard/cachemetrics.h: cache.<name>.hits, .misses,
    // .hit_ratio), and the rest of the statistics beside them.
    const QString cache = QStringLiteral("cache.") + m_cache->name();
    const CacheStats stats = m_cache->stats();
    metrics.setGauge(cache + QStringLiteral(".hits"), double(stats.hits));
    metrics.setGauge(cache + QStringLiteral(".misses"), double(stats.misses));
    metrics.setGauge(cache + QStringLiteral(".hit_ratio"), stats.hitRatio());
    metrics.setGauge(cache + QStringLiteral(".evictions"), double(stats.evictions));
    metrics.setGauge(cache + QStringLiteral(".loads"), double(stats.loads));
    metrics.setGauge(cache + QStringLiteral(".load_ms_total"), stats.loadMillisTotal);
    metrics.setGauge(cache + QStringLiteral(".entries"), double(m_cache->size()));
}

} // namespace stevedore
