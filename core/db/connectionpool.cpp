// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/connectionpool.h"

#include "db/dberror.h"
#include "db/sql.h"
#include "logging/logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace stevedore {

using Clock = std::chrono::steady_clock;

namespace {

struct QueuedTask
{
    ConnectionPool::Task task;
    Clock::time_point enqueued;
};

// The last 4096 acquire waits; percentiles are computed on demand from a copy.
class WaitSamples
{
public:
    void record(double micros)
    {
        m_samples[m_next % m_samples.size()] = micros;
        ++m_next;
    }
    double percentile(double p) const
    {
        const size_t n = std::min<size_t>(m_next, m_samples.size());
        if (n == 0)
            return 0;
        std::vector<double> copy(m_samples.begin(), m_samples.begin() + long(n));
        const size_t rank = std::min(n - 1, size_t(p / 100.0 * double(n)));
        std::nth_element(copy.begin(), copy.begin() + long(rank), copy.end());
        return copy[rank];
    }

private:
    std::array<double, 4096> m_samples{};
    size_t m_next = 0;
};

} // namespace

// Connection names must be unique in the process (QSqlDatabase keeps one global registry), also
// across several pools with the same name.
static quint64 nextConnectionSerial()
{
    static std::atomic<quint64> serial{0};
    return serial.fetch_add(1);
}

namespace detail {

// State shared by the pool's workers and its reaper; guarded by mutex unless atomic.
struct PoolState
{
    PoolOptions options;
    ConnectionOpener opener;

    mutable std::mutex mutex;
    std::condition_variable workAvailable;
    std::condition_variable reaperWake;
    std::deque<QueuedTask> queue;
    std::vector<std::thread> workers;
    std::thread reaper;
    bool stopping = false;
    int idleWorkers = 0;
    int busyWorkers = 0;
    int openConnections = 0;
    quint64 tasks = 0;
    quint64 timeouts = 0;
    quint64 reconnects = 0;
    quint64 healthChecks = 0;
    WaitSamples waits;

    void workerLoop(int index);
    void reaperLoop();
    DbError timeoutError() const;
};

} // namespace detail

class ConnectionPool::Private : public detail::PoolState
{
};

namespace {

// One worker's connection and its bookkeeping; lives on the worker's stack.
class WorkerConnection
{
public:
    WorkerConnection(detail::PoolState *pool, int index)
        : m_pool(pool)
        , m_index(index)
    {}
    ~WorkerConnection() { close(); }

    // Makes sure an open, healthy connection is there; throws DbError when it cannot, or
    // DbError::Kind::Cancelled when *cancel turns true while it is trying.
    QSqlDatabase &ensure(const std::atomic<bool> *cancel);
    void markBroken() { close(); }

private:
    void open(const std::atomic<bool> *cancel);
    void close();
    bool ping();

    detail::PoolState *m_pool;
    int m_index;
    QString m_name;
    QSqlDatabase m_db;
    Clock::time_point m_openedAt;
    Clock::time_point m_lastUsed;
    bool m_everOpened = false;
};

} // namespace

QSqlDatabase &WorkerConnection::ensure(const std::atomic<bool> *cancel)
{
    const auto now = Clock::now();
    if (m_db.isValid() && m_db.isOpen() && !connectionLooksAlive(m_db)) {
        logger(LogCategory::Pool)
            ->info("pool '{}': connection {} was closed by the server; reconnecting",
                   m_pool->options.name.toStdString(),
                   m_index);
        close();
    }
    if (m_db.isValid() && m_db.isOpen()) {
        if (now - m_openedAt > m_pool->options.maxAge) {
            logger(LogCategory::Pool)
                ->debug("pool '{}': recycling connection {}",
                        m_pool->options.name.toStdString(),
                        m_index);
            close();
        } else if (now - m_lastUsed > m_pool->options.healthCheckAfterIdle) {
            {
                std::lock_guard lock(m_pool->mutex);
                ++m_pool->healthChecks;
            }
            if (!ping()) {
                logger(LogCategory::Pool)
                    ->warn("pool '{}': connection {} failed its health check; reconnecting",
                           m_pool->options.name.toStdString(),
                           m_index);
                close();
            }
        }
    }
    if (!m_db.isValid() || !m_db.isOpen())
        open(cancel);
    m_lastUsed = Clock::now();
    return m_db;
}

static bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

static DbError cancelledError(const PoolOptions &options)
{
    return DbError(DbError::Kind::Cancelled,
                   QStringLiteral("pool '%1': cancelled while connecting").arg(options.name));
}

// Sleeps delay in steps of at most 50 ms; false as soon as *cancel is true.
static bool sleepUnlessCancelled(std::chrono::milliseconds delay, const std::atomic<bool> *cancel)
{
    const auto end = Clock::now() + delay;
    while (!isCancelled(cancel)) {
        const auto left = end - Clock::now();
        if (left <= Clock::duration::zero())
            return true;
        std::this_thread::sleep_for(std::min<Clock::duration>(left, std::chrono::milliseconds(50)));
    }
    return false;
}

void WorkerConnection::open(const std::atomic<bool> *cancel)
{
    const PoolOptions &options = m_pool->options;
    auto delay = options.reconnectBackoff;
    for (int attempt = 1;; ++attempt) {
        if (isCancelled(cancel))
            throw cancelledError(options);
        m_name = QStringLiteral("stevedore-%1-%2-%3")
                     .arg(options.name)
                     .arg(m_index)
                     .arg(nextConnectionSerial());
        try {
            m_db = m_pool->opener(m_name);
            m_openedAt = Clock::now();
            std::lock_guard lock(m_pool->mutex);
            ++m_pool->openConnections;
            if (m_everOpened)
                ++m_pool->reconnects;
            m_everOpened = true;
            return;
        } catch (const DbError &error) {
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
            if (attempt >= options.connectAttempts || error.kind() != DbError::Kind::Connection)
                throw;
            logger(LogCategory::Pool)
                ->warn("pool '{}': connect attempt {} failed ({}); retrying in {} ms",
                       options.name.toStdString(),
                       attempt,
                       error.message().toStdString(),
                       delay.count());
            if (!sleepUnlessCancelled(delay, cancel))
                throw cancelledError(options);
            delay = std::min<std::chrono::milliseconds>(delay * 2, std::chrono::seconds(5));
        }
    }
}

void WorkerConnection::close()
{
    if (m_name.isEmpty())
        return;
    const bool wasOpen = m_db.isValid() && m_db.isOpen();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
    if (wasOpen) {
        std::lock_guard lock(m_pool->mutex);
        --m_pool->openConnections;
    }
}

bool WorkerConnection::ping()
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

ConnectionPool::ConnectionPool(PoolOptions options, ConnectionOpener opener)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->options.maxSize = std::max(1, d->options.maxSize);
    d->opener = std::move(opener);
    d->reaper = std::thread([this] { d->reaperLoop(); });
}

ConnectionPool::~ConnectionPool()
{
    shutdown(Shutdown::FinishQueued);
}

void ConnectionPool::submit(Task task)
{
    std::unique_lock lock(d->mutex);
    if (d->stopping) {
        lock.unlock();
        task.fail(std::make_exception_ptr(
            DbError(DbError::Kind::Permanent,
                    QStringLiteral("pool '%1' is shut down").arg(d->options.name))));
        return;
    }
    d->queue.push_back({std::move(task), Clock::now()});
    ++d->tasks;
    const int workerCount = int(d->workers.size());
    // Idle workers not yet claimed by queued tasks take this one at once: the acquire timeout
    // cannot expire, so the reaper is left asleep (waking it for every task cost a context
    // switch per task on a two-core machine).
    const bool mustWait = qsizetype(d->queue.size()) > d->idleWorkers;
    if (mustWait && workerCount < d->options.maxSize) {
        const int index = workerCount;
        d->workers.emplace_back([this, index] { d->workerLoop(index); });
    }
    lock.unlock();
    d->workAvailable.notify_one();
    if (mustWait)
        d->reaperWake.notify_one();
}

void detail::PoolState::workerLoop(int index)
{
    WorkerConnection connection(this, index);
    std::unique_lock lock(mutex);
    ++idleWorkers;
    for (;;) {
        workAvailable.wait(lock, [this] { return stopping || !queue.empty(); });
        --idleWorkers;
        if (queue.empty())
            break; // stopping and drained
        QueuedTask queued = std::move(queue.front());
        queue.pop_front();
        const auto waited = Clock::now() - queued.enqueued;
        waits.record(double(std::chrono::duration_cast<std::chrono::microseconds>(waited).count()));
        ++busyWorkers;
        lock.unlock();

        std::exception_ptr error;
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                QSqlDatabase &db = connection.ensure(queued.task.cancel);
                error = queued.task.run(db);
            } catch (...) {
                error = std::current_exception(); // could not open a connection
            }
            if (!error)
                break;
            bool connectionLost = false;
            try {
                std::rethrow_exception(error);
            } catch (const DbError &dbError) {
                connectionLost = dbError.kind() == DbError::Kind::Connection;
            } catch (...) {
            }
            if (!connectionLost)
                break;
            connection.markBroken();
            if (queued.task.retry != RetryPolicy::OnConnectionLoss)
                break;
            logger(LogCategory::Pool)
                ->info("pool '{}': connection lost; retrying the task on a fresh connection",
                       options.name.toStdString());
        }

        // Idle again before the caller learns the outcome (see Task::finish).
        lock.lock();
        --busyWorkers;
        ++idleWorkers;
        lock.unlock();
        if (error)
            queued.task.fail(error);
        else if (queued.task.finish)
            queued.task.finish();
        queued.task = {}; // release captured state before taking the lock
        lock.lock();
    }
}

DbError detail::PoolState::timeoutError() const
{
    return DbError(DbError::Kind::Timeout,
                   QStringLiteral("pool '%1': no connection became free within %2 ms "
                                  "(%3 busy of %4, %5 waiting)")
                       .arg(options.name)
                       .arg(options.acquireTimeout.count())
                       .arg(busyWorkers)
                       .arg(options.maxSize)
                       .arg(queue.size()));
}

void detail::PoolState::reaperLoop()
{
    std::unique_lock lock(mutex);
    while (!stopping) {
        if (queue.empty()) {
            reaperWake.wait(lock, [this] { return stopping || !queue.empty(); });
            continue;
        }
        const auto deadline = queue.front().enqueued + options.acquireTimeout;
        if (Clock::now() < deadline) {
            reaperWake.wait_until(lock, deadline);
            continue;
        }
        std::vector<ConnectionPool::Task> expired;
        const auto now = Clock::now();
        const DbError error = timeoutError();
        while (!queue.empty() && now - queue.front().enqueued >= options.acquireTimeout) {
            expired.push_back(std::move(queue.front().task));
            queue.pop_front();
            ++timeouts;
        }
        lock.unlock();
        logger(LogCategory::Pool)->warn("{}", error.message().toStdString());
        for (ConnectionPool::Task &task : expired)
            task.fail(std::make_exception_ptr(error));
        expired.clear();
        lock.lock();
    }
}

void ConnectionPool::shutdown(Shutdown mode)
{
    std::vector<Task> cancelled;
    std::vector<std::thread> workers;
    {
        std::lock_guard lock(d->mutex);
        if (d->stopping && d->workers.empty() && !d->reaper.joinable())
            return;
        d->stopping = true;
        if (mode == Shutdown::CancelQueued) {
            for (QueuedTask &queued : d->queue)
                cancelled.push_back(std::move(queued.task));
            d->queue.clear();
        }
        workers.swap(d->workers);
    }
    d->workAvailable.notify_all();
    d->reaperWake.notify_all();
    for (Task &task : cancelled)
        task.fail(std::make_exception_ptr(DbError(
            DbError::Kind::Permanent,
            QStringLiteral("pool '%1' shut down before the task ran").arg(d->options.name))));
    for (std::thread &worker : workers)
        worker.join();
    if (d->reaper.joinable())
        d->reaper.join();
    // Anything submitted between the swap and now was failed by submit(); anything a worker
    // left (none: workers drain the queue before exiting) would be failed here.
    std::deque<QueuedTask> rest;
    {
        std::lock_guard lock(d->mutex);
        rest.swap(d->queue);
    }
    for (QueuedTask &queued : rest)
        queued.task.fail(std::make_exception_ptr(DbError(
            DbError::Kind::Permanent,
            QStringLiteral("pool '%1' shut down before the task ran").arg(d->options.name))));
}

PoolMetrics ConnectionPool::metrics() const
{
    std::lock_guard lock(d->mutex);
    PoolMetrics m;
    m.open = d->openConnections;
    m.busy = d->busyWorkers;
    m.idle = std::max(0, d->openConnections - d->busyWorkers);
    m.waiting = int(d->queue.size());
    m.tasks = d->tasks;
    m.timeouts = d->timeouts;
    m.reconnects = d->reconnects;
    m.healthChecks = d->healthChecks;
    m.waitP50 = d->waits.percentile(50);
    m.waitP95 = d->waits.percentile(95);
    m.waitP99 = d->waits.percentile(99);
    return m;
}

const PoolOptions &ConnectionPool::options() const
{
    return d->options;
}

} // namespace stevedore
