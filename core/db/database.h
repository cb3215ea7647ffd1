// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/cachescope.h"
#include "db/connectionpool.h"
#include "db/dburl.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>

namespace stevedore {

class LiveFiles;

struct DatabaseOptions
{
    DbUrl primary;
    QList<DbUrl> replicas;
    std::chrono::milliseconds maxReplicaLag{2000};
    // Connections to the primary (PostgreSQL) or reader connections (SQLite, which also
    // gets exactly one writer connection).
    int poolSize = 4;
    int replicaPoolSize = 4;
    std::chrono::milliseconds acquireTimeout{10000};
    // How often replica health and lag are checked.
    std::chrono::milliseconds replicaCheckInterval{250};
    // How long open() waits for the replicas' first check, so that the first reads (all of a
    // one-shot command's) can already go to a caught-up replica. Bounds what an unreachable
    // or lagging replica adds to open(); its reads go to the primary until it is usable.
    std::chrono::milliseconds firstReplicaCheckWait{1500};
    QString applicationName = QStringLiteral("stevedore");
    // The lookup cache (Database::cache()): how long an entry lives, and how many are kept
    // (least recently used evicted). A zero TTL turns catalog caching off.
    std::chrono::milliseconds cacheTtl{5000};
    int cacheMaxEntries = 2000;
};

enum class ReadConsistency {
    AllowReplica, // may be served by a replica at most maxReplicaLag behind
    Primary       // must see every committed write (read-your-writes)
};

struct ReplicaStatus
{
    QString name; // redacted short name
    bool healthy = false;
    bool usable = false; // healthy and within the lag bound
    double lagMs = -1;   // -1: unknown
    QString lastError;
    QDateTime checkedAt;
};

// The application's handle on its database: pools on worker threads, migrations applied and
// validated once at open(), reads routed to healthy replicas, writes to the primary.
//
// It owns the in-process lookup cache (cache(), published as "cache.lookups.*"): project and
// file lists read through catalog:: inside read() tasks are served from it (see CacheScope),
// and every write() task invalidates them when it ends, so that a read in this process that
// starts after a write has returned never sees the state before it. Writes made by another
// process (another GUI, the CLI, SQL by hand) are not seen by this cache: they show after at
// most options().cacheTtl. SchemaStore(Database &) keeps the schema and mappings there too.
class Database
{
public:
    using Cache = TtlCache<QVariant>;

    explicit Database(DatabaseOptions options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Connects, applies and validates migrations. Blocks the calling thread until done (call
    // it from a worker in the GUI). Throws DbError with an operator-readable message.
    void open();
    void close();

    // Runs fn on the primary. When fn has returned (or thrown), the cached lists are
    // invalidated, before the future reports the result.
    // With cancel, a task still waiting for its connection to (re)open gives up within 50 ms
    // of *cancel turning true, failing with DbError::Kind::Cancelled (see ConnectionPool::Task).
    template<typename Fn>
    auto write(Fn fn, const std::atomic<bool> *cancel = nullptr)
        -> QFuture<std::invoke_result_t<Fn &, QSqlDatabase &>>
    {
        return m_writer->run(
            inScope(std::move(fn), CacheScope::Mode::Write), RetryPolicy::None, cancel);
    }

    // Reads are retried once on a fresh connection when the connection broke; a replica
    // that fails is skipped and the read goes to the primary.
    template<typename Fn>
    auto read(Fn fn, ReadConsistency consistency = ReadConsistency::AllowReplica)
        -> QFuture<std::invoke_result_t<Fn &, QSqlDatabase &>>;

    Engine engine() const;
    PoolerMode pooler() const;
    const DatabaseOptions &options() const;
    QString serverVersion() const;
    ConnectionPool &writerPool() const { return *m_writer; }
    ConnectionPool &readerPool() const { return *m_reader; }
    QList<ReplicaStatus> replicaStatus() const;
    // Publishes pool, replica and lookup cache figures to the metrics registry (called by a
    // timer).
    void publishMetrics() const;

    // Thread-safe; lives as long as this object. Stale-while-revalidate is off (CacheScope).
    Cache &cache() const { return *m_cache; }

    // Opens one connection on the calling thread (used by the pools and by tools that need
    // a private connection, e.g. the importer's native COPY path). Throws DbError.
    static QSqlDatabase openConnection(const DbUrl &url,
                                       const QString &connectionName,
                                       const QString &applicationName,
                                       bool readOnly);

private:
    // fn with a CacheScope on this database's cache (none when caching is off) around it.
    template<typename Fn>
    auto inScope(Fn fn, CacheScope::Mode mode) const
    {
        Cache *cache = m_options.cacheTtl.count() > 0 ? m_cache.get() : nullptr;
        return [cache, mode, fn = std::move(fn)](QSqlDatabase &db) mutable {
            const CacheScope scope(cache, mode);
            return fn(db);
        };
    }
    ConnectionPool *pickReplica() const;
    void submitRead(ConnectionPool::Task primaryTask,
                    ConnectionPool *replica,
                    ConnectionPool::Task replicaTask);

    class ReplicaMonitor;
    DatabaseOptions m_options;
    std::unique_ptr<ConnectionPool> m_writer;       // SQLite's one writer; PostgreSQL's primary
    std::unique_ptr<ConnectionPool> m_sqliteReader; // SQLite only
    ConnectionPool *m_reader = nullptr;             // m_sqliteReader, or m_writer on PostgreSQL
    std::vector<std::unique_ptr<ConnectionPool>> m_replicas;
    std::unique_ptr<ReplicaMonitor> m_monitor;
    QString m_serverVersion;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<LiveFiles> m_liveFiles; // SQLite: registered while open
};

template<typename Fn>
auto Database::read(Fn fn, ReadConsistency consistency)
    -> QFuture<std::invoke_result_t<Fn &, QSqlDatabase &>>
{
    using R = std::invoke_result_t<Fn &, QSqlDatabase &>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    ConnectionPool *replica
        = consistency == ReadConsistency::AllowReplica ? pickReplica() : nullptr;
    ConnectionPool::Task primaryTask = makePoolTask<R>(
        promise, inScope(fn, CacheScope::Mode::Read), RetryPolicy::OnConnectionLoss);
    if (!replica) {
        m_reader->submit(std::move(primaryTask));
        return future;
    }
    submitRead(std::move(primaryTask),
               replica,
               makePoolTask<R>(
                   promise, inScope(std::move(fn), CacheScope::Mode::HitsOnly), RetryPolicy::None));
    return future;
}

} // namespace stevedore
