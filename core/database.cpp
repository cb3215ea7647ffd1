// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "database.h"

#include "dberror.h"
#include "livefiles.h"
#include "logging.h"
#include "metrics.h"
#include "migrations.h"
#include "sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace stevedore {

using Clock = std::chrono::steady_clock;

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
        if (!readOnly) {
            // Before anything writes to the file (WAL mode is kept in the file itself).
            try {
                Migrations::refuseForeign(sql, url.path);
            } catch (const DbError &) {
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(connectionName);
                throw;
            }
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
static DbUrl writableUrl(DbUrl url)
{
    const bool chosen = std::any_of(url.params.begin(), url.params.end(), [](const auto &param) {
        return param.first == QLatin1String("target_session_attrs");
    });
    if (url.hosts().size() > 1 && !chosen)
        url.params.append({QStringLiteral("target_session_attrs"), QStringLiteral("read-write")});
    return url;
}

// Watches every replica from its own thread with its own connections: health, and lag
// measured by comparing WAL positions (an idle primary makes time-based lag grow forever).
class Database::ReplicaMonitor
{
public:
    struct Entry
    {
        DbUrl url;
        ConnectionPool *pool = nullptr;
        bool healthy = false;
        double lagMs = -1;
        Clock::time_point checkedAt;
        QDateTime checkedAtWall;
        Clock::time_point retryAfter;
        QString error;
    };

    ReplicaMonitor(const DatabaseOptions &options, std::vector<Entry> entries)
        : m_options(options)
        , m_entries(std::move(entries))
    {
        m_thread = std::thread([this] { loop(); });
    }

    ~ReplicaMonitor()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    // Waits up to bound until every replica has been found usable or not. False when the
    // time ran out first.
    bool waitForVerdicts(std::chrono::milliseconds bound)
    {
        std::unique_lock lock(m_mutex);
        return m_checked.wait_for(lock, bound, [this] {
            return std::all_of(m_entries.begin(), m_entries.end(), [](const Entry &entry) {
                return entry.checkedAtWall.isValid() && (!entry.healthy || entry.lagMs >= 0);
            });
        });
    }

    ConnectionPool *pick()
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        for (size_t i = 0; i < m_entries.size(); ++i) {
            Entry &entry = m_entries[(m_next + i) % m_entries.size()];
            if (usable(entry, now)) {
                m_next = (m_next + i + 1) % m_entries.size();
                return entry.pool;
            }
        }
        return nullptr;
    }

    void markDown(ConnectionPool *pool, const QString &why)
    {
        std::lock_guard lock(m_mutex);
        for (Entry &entry : m_entries) {
            if (entry.pool == pool) {
                entry.healthy = false;
                entry.error = why;
                entry.retryAfter = Clock::now() + std::chrono::seconds(2);
            }
        }
    }

    QList<ReplicaStatus> status()
    {
        std::lock_guard lock(m_mutex);
        QList<ReplicaStatus> out;
        const auto now = Clock::now();
        for (const Entry &entry : m_entries) {
            ReplicaStatus s;
            s.name = entry.url.shortName();
            s.healthy = entry.healthy;
            s.usable = usable(entry, now);
            s.lagMs = entry.lagMs;
            s.lastError = entry.error;
            s.checkedAt = entry.checkedAtWall;
            out << s;
        }
        return out;
    }

private:
    bool usable(const Entry &entry, Clock::time_point now) const
    {
        if (!entry.healthy || entry.lagMs < 0)
            return false;
        // The replica may have fallen further behind since it was checked.
        const double sinceCheck = double(
            std::chrono::duration_cast<std::chrono::milliseconds>(now - entry.checkedAt).count());
        return entry.lagMs + sinceCheck <= double(m_options.maxReplicaLag.count());
    }

    static quint64 parseLsn(const QString &text)
    {
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        if (slash < 0)
            return 0;
        return (text.left(slash).toULongLong(nullptr, 16) << 32)
               | text.mid(slash + 1).toULongLong(nullptr, 16);
    }

    static DbUrl quick(DbUrl url)
    {
        url.params.removeIf(
            [](const auto &p) { return p.first == QLatin1String("connect_timeout"); });
        url.params.append({QStringLiteral("connect_timeout"), QStringLiteral("2")});
        return url;
    }

    void loop();
    void checkReplicas(Clock::time_point now, quint64 primaryLsn, bool primaryKnown);

    DatabaseOptions m_options;
    std::vector<Entry> m_entries;
    std::deque<std::pair<Clock::time_point, quint64>> m_primarySamples;
    std::vector<QString> m_connectionNames;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_checked; // a round of checks ended
    bool m_stop = false;
    size_t m_next = 0;
    std::thread m_thread;
};

void Database::ReplicaMonitor::loop()
{
    const QString prefix = QStringLiteral("stevedore-monitor-%1-").arg(quintptr(this), 0, 16);
    const QString primaryName = prefix + QStringLiteral("primary");
    QSqlDatabase primary;
    std::vector<QSqlDatabase> replicas(m_entries.size());
    std::vector<bool> wasHealthy(m_entries.size(), false);

    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        lock.unlock();
        const auto now = Clock::now();
        quint64 primaryLsn = 0;
        bool primaryKnown = false;
        try {
            if (!primary.isValid() || !primary.isOpen()) {
                primary = QSqlDatabase();
                QSqlDatabase::removeDatabase(primaryName);
                primary = openConnection(quick(writableUrl(m_options.primary)),
                                         primaryName,
                                         QStringLiteral("stevedore-monitor"),
                                         true);
            }
            primaryLsn = parseLsn(Sql(primary)
                                      .scalar(QStringLiteral("SELECT pg_current_wal_lsn()::text"))
                                      .toString());
            primaryKnown = true;
        } catch (const DbError &error) {
            primary.close();
            logger(LogCategory::Replica)
                ->debug("replica monitor: primary not reachable: {}",
                        error.message().toStdString());
        }
        if (primaryKnown) {
            m_primarySamples.emplace_back(now, primaryLsn);
            while (m_primarySamples.size() > 1
                   && now - m_primarySamples.front().first > std::chrono::seconds(60))
                m_primarySamples.pop_front();
        }

        for (size_t i = 0; i < m_entries.size(); ++i) {
            Entry snapshot;
            {
                std::lock_guard guard(m_mutex);
                snapshot = m_entries[i];
            }
            if (now < snapshot.retryAfter)
                continue;
            const QString name = prefix + QString::number(i);
            bool healthy = false;
            double lag = -1;
            QString error;
            try {
                if (!replicas[i].isValid() || !replicas[i].isOpen()) {
                    replicas[i] = QSqlDatabase();
                    QSqlDatabase::removeDatabase(name);
                    replicas[i] = openConnection(
                        quick(snapshot.url), name, QStringLiteral("stevedore-monitor"), true);
                }
                const SqlResult result
                    = Sql(replicas[i])
                          .exec(QStringLiteral("SELECT pg_is_in_recovery(), "
                                               "coalesce(pg_last_wal_replay_lsn()::text, '0/0')"));
                healthy = true;
                const bool inRecovery = result.value(0, 0).toString() == QLatin1String("t");
                const quint64 replay = parseLsn(result.value(0, 1).toString());
                if (!inRecovery || (primaryKnown && replay >= primaryLsn)) {
                    lag = 0;
                } else if (primaryKnown) {
                    // The first sample past the replay position; there is one, the newest.
                    const auto behindSince = std::find_if(
                        m_primarySamples.begin(),
                        m_primarySamples.end(),
                        [replay](const auto &sample) { return sample.second > replay; });
                    lag = double(std::chrono::duration_cast<std::chrono::milliseconds>(
                                     now - behindSince->first)
                                     .count());
                    // Behind the oldest sample it may have been behind for far longer than
                    // the samples go back (at the first check, for ever): unknown until that
                    // alone proves it beyond the bound.
                    if (behindSince == m_primarySamples.begin()
                        && lag <= double(m_options.maxReplicaLag.count()))
                        lag = -1;
                }
            } catch (const DbError &dbError) {
                replicas[i].close();
                error = dbError.message();
            }
            if (healthy != wasHealthy[i]) {
                if (healthy)
                    logger(LogCategory::Replica)
                        ->info("replica {} is up", snapshot.url.shortName().toStdString());
                else
                    logger(LogCategory::Replica)
                        ->warn("replica {} is down; reads go to the primary: {}",
                               snapshot.url.shortName().toStdString(),
                               error.toStdString());
                wasHealthy[i] = healthy;
            }
            std::lock_guard guard(m_mutex);
            Entry &entry = m_entries[i];
            entry.healthy = healthy;
            entry.lagMs = lag;
            entry.error = error;
            entry.checkedAt = now;
            entry.checkedAtWall = QDateTime::currentDateTimeUtc();
            entry.retryAfter = healthy ? Clock::time_point() : now + std::chrono::seconds(2);
        }
        m_checked.notify_all();
        lock.lock();
        m_wake.wait_for(lock, m_options.replicaCheckInterval, [this] { return m_stop; });
    }
    lock.unlock();
    primary = QSqlDatabase();
    QSqlDatabase::removeDatabase(primaryName);
    for (size_t i = 0; i < replicas.size(); ++i) {
        replicas[i] = QSqlDatabase();
        QSqlDatabase::removeDatabase(prefix + QString::number(i));
    }
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

void Database::open()
{
    const DbUrl primary = writableUrl(m_options.primary);
    const QString app = m_options.applicationName;
    // Before the first connection takes its locks: from then on nothing else in this process
    // may open the files (livefiles.h says why).
    if (!primary.isPostgres() && primary.path != QLatin1String(":memory:"))
        m_liveFiles = std::make_unique<LiveFiles>(primary.path);
    PoolOptions writerOptions;
    writerOptions.name
        = primary.isPostgres() ? QStringLiteral("primary") : QStringLiteral("sqlite-writer");
    writerOptions.maxSize = primary.isPostgres() ? m_options.poolSize : 1;
    writerOptions.acquireTimeout = m_options.acquireTimeout;
    m_writer = std::make_unique<ConnectionPool>(writerOptions, [primary, app](const QString &name) {
        return openConnection(primary, name, app, false);
    });
    m_reader = m_writer.get();

    try {
        m_serverVersion
            = m_writer
                  ->run([](QSqlDatabase &db) {
                      Sql sql(db);
                      Migrations::apply(sql);
                      Migrations::validate(sql);
                      return sql.engine() == Engine::Sqlite
                                 ? QStringLiteral("SQLite ")
                                       + sql.scalar(QStringLiteral("SELECT sqlite_version()"))
                                             .toString()
                                 : QStringLiteral("PostgreSQL ")
                                       + sql.scalar(QStringLiteral("SHOW server_version"))
                                             .toString();
                  })
                  .result();
    } catch (...) {
        m_writer->shutdown(ConnectionPool::Shutdown::CancelQueued);
        throw;
    }

    if (!primary.isPostgres()) {
        PoolOptions readerOptions;
        readerOptions.name = QStringLiteral("sqlite-readers");
        readerOptions.maxSize = m_options.poolSize;
        readerOptions.acquireTimeout = m_options.acquireTimeout;
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
        PoolOptions replicaOptions;
        replicaOptions.name = QStringLiteral("replica-%1").arg(i + 1);
        replicaOptions.maxSize = m_options.replicaPoolSize;
        replicaOptions.acquireTimeout = m_options.acquireTimeout;
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
    // The names the dashboard reads (ui/cachemetrics.h: cache.<name>.hits, .misses,
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
