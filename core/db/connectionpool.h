// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QPromise>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <chrono>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace stevedore {

struct PoolOptions
{
    QString name = QStringLiteral("pool");
    int maxSize = 4;
    // A task that finds no free connection within this time fails with DbError::Timeout.
    std::chrono::milliseconds acquireTimeout{10000};
    // A connection idle longer than this is pinged before use.
    std::chrono::milliseconds healthCheckAfterIdle{1000};
    // A connection older than this is closed and reopened before its next task.
    std::chrono::milliseconds maxAge{std::chrono::minutes(30)};
    // Opening a connection is tried this many times, waiting backoff, 2*backoff, … (max 5 s).
    int connectAttempts = 4;
    std::chrono::milliseconds reconnectBackoff{100};
};

// Opens a connection on the calling thread under the given unique connection name and
// prepares it (pragmas, session settings). Throws DbError when it cannot.
using ConnectionOpener = std::function<QSqlDatabase(const QString &connectionName)>;

struct PoolMetrics
{
    int open = 0;
    int idle = 0;
    int busy = 0;
    int waiting = 0;
    quint64 tasks = 0;
    quint64 timeouts = 0;
    quint64 reconnects = 0;
    quint64 healthChecks = 0;
    // Time tasks waited for a connection, in microseconds.
    double waitP50 = 0;
    double waitP95 = 0;
    double waitP99 = 0;
};

enum class RetryPolicy {
    None,            // a task that fails is reported as failed
    OnConnectionLoss // a task that hit a broken connection runs once more on a fresh one
};

// A fixed-size set of worker threads, each owning one QtSql connection that it opens lazily
// and uses only on its own thread (Qt 6.4 cannot move a connection between threads, which is
// why this is a hand-made worker pool and not QThreadPool: work must go to the thread that
// owns a connection, and the pool must enforce acquire timeouts and health checks).
// Work is submitted as tasks that get the thread's QSqlDatabase and return a QFuture.
class ConnectionPool
{
public:
    struct Task
    {
        // Runs on a worker; returns nullptr on success (having stored its result) or the
        // exception it caught, leaving the promise untouched so the pool may retry.
        std::function<std::exception_ptr(QSqlDatabase &)> run;
        // Completes the promise after a successful run. Called once the worker counts itself
        // idle again, so that whoever waits on the future and submits the next task at once
        // finds that worker free instead of starting another connection.
        std::function<void()> finish;
        // Fails the promise (timeout, shutdown, final error).
        std::function<void(std::exception_ptr)> fail;
        RetryPolicy retry = RetryPolicy::None;
        // When set, the task gives up while its connection is being (re)opened: the backoff
        // between attempts ends within 50 ms of *cancel turning true, and the task fails with
        // DbError::Kind::Cancelled without running. Must outlive the task's future.
        const std::atomic<bool> *cancel = nullptr;
    };

    ConnectionPool(PoolOptions options, ConnectionOpener opener);
    ~ConnectionPool(); // shutdown(FinishQueued)
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    template<typename Fn>
    auto
    run(Fn fn, RetryPolicy retry = RetryPolicy::None, const std::atomic<bool> *cancel = nullptr)
        -> QFuture<std::invoke_result_t<Fn &, QSqlDatabase &>>;

    void submit(Task task);

    enum class Shutdown { FinishQueued, CancelQueued };
    // Stops accepting work, finishes or fails what is queued, waits for running tasks and
    // closes every connection on its own thread. Safe to call twice.
    void shutdown(Shutdown mode = Shutdown::FinishQueued);

    PoolMetrics metrics() const;
    const PoolOptions &options() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

// Wraps fn into a pool task fulfilling promise. Shared by ConnectionPool::run and Database.
template<typename R, typename Fn>
ConnectionPool::Task makePoolTask(std::shared_ptr<QPromise<R>> promise, Fn fn, RetryPolicy retry)
{
    ConnectionPool::Task task;
    task.retry = retry;
    // The result is handed to the promise only in finish(): QFuture::result() returns as soon
    // as a result is added, before the promise finishes.
    using Stored = std::conditional_t<std::is_void_v<R>, bool, R>;
    auto stored = std::make_shared<std::optional<Stored>>();
    task.run = [stored, fn = std::move(fn)](QSqlDatabase &db) mutable -> std::exception_ptr {
        try {
            if constexpr (std::is_void_v<R>) {
                fn(db);
                stored->emplace(true);
            } else {
                stored->emplace(fn(db));
            }
        } catch (...) {
            return std::current_exception();
        }
        return nullptr;
    };
    task.finish = [promise, stored] {
        if constexpr (!std::is_void_v<R>)
            promise->addResult(std::move(**stored));
        promise->finish();
    };
    task.fail = [promise](std::exception_ptr error) {
        promise->setException(error);
        promise->finish();
    };
    return task;
}

template<typename Fn>
auto ConnectionPool::run(Fn fn, RetryPolicy retry, const std::atomic<bool> *cancel)
    -> QFuture<std::invoke_result_t<Fn &, QSqlDatabase &>>
{
    using R = std::invoke_result_t<Fn &, QSqlDatabase &>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    ConnectionPool::Task task = makePoolTask<R>(promise, std::move(fn), retry);
    task.cancel = cancel;
    submit(std::move(task));
    return future;
}

} // namespace stevedore
