// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/connectionpool.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "testsupport.h"

#include <QMutex>
#include <QPromise>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>
#include <QtConcurrent>
#include <QtTest>

#include <atomic>
#include <set>
#include <thread>

using namespace stevedore;
using namespace std::chrono_literals;

// The pool against a real SQLite file: every task gets a connection that its worker thread
// opened, the pool enforces its limits, and it survives broken connections.
class TestConnectionPool : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void manyTasksSmallPool();
    void connectionStaysOnItsThread();
    void acquireTimeoutNamesThePool();
    void brokenConnectionIsReplaced();
    void retryOnConnectionLoss();
    void healthCheckAndMaxAge();
    void openFailureRetriesWithBackoffThenFails();
    void cancelEndsReconnectBackoff();
    void failedTaskHandsItsErrorOver();
    void shutdownFinishesOrCancels_data();
    void shutdownFinishesOrCancels();
    void concurrentSubmitters();
    void metricsAreConsistent();
    void sequentialCallerReusesOneConnection();

private:
    ConnectionPool *makePool(int size, std::chrono::milliseconds timeout = 5s);
    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionPool> m_pool;
    std::atomic<int> m_opens{0};
};

ConnectionPool *TestConnectionPool::makePool(int size, std::chrono::milliseconds timeout)
{
    PoolOptions options;
    options.name = QStringLiteral("testpool");
    options.maxSize = size;
    options.acquireTimeout = timeout;
    const DbUrl url = test::sqliteUrl(m_dir);
    m_pool = std::make_unique<ConnectionPool>(options, [this, url](const QString &name) {
        ++m_opens;
        return Database::openConnection(url, name, {}, false);
    });
    return m_pool.get();
}

void TestConnectionPool::init()
{
    m_pool.reset();
    m_opens = 0;
}

void TestConnectionPool::manyTasksSmallPool()
{
    ConnectionPool *pool = makePool(2);
    QList<QFuture<int>> futures;
    for (int i = 0; i < 500; ++i)
        futures << pool->run(
            [i](QSqlDatabase &db) { return Sql(db).scalar("SELECT ? + 1", {i}).toInt(); });
    for (int i = 0; i < futures.size(); ++i)
        QCOMPARE(futures[i].result(), i + 1);
    QVERIFY(m_opens <= 2);
    QCOMPARE(pool->metrics().tasks, quint64(500));
}

void TestConnectionPool::connectionStaysOnItsThread()
{
    ConnectionPool *pool = makePool(3);
    QMutex mutex;
    QHash<QString, QThread *> owner;
    bool mixed = false;
    QList<QFuture<void>> futures;
    for (int i = 0; i < 300; ++i)
        futures << pool->run([&](QSqlDatabase &db) {
            QMutexLocker lock(&mutex);
            QThread *&thread = owner[db.connectionName()];
            if (thread && thread != QThread::currentThread())
                mixed = true;
            thread = QThread::currentThread();
            if (QThread::currentThread() == qApp->thread())
                mixed = true;
        });
    for (auto &f : futures)
        f.waitForFinished();
    QVERIFY(!mixed);
    QVERIFY(owner.size() <= 3);
}

void TestConnectionPool::acquireTimeoutNamesThePool()
{
    ConnectionPool *pool = makePool(1, 150ms);
    QSemaphore release;
    QSemaphore started;
    QFuture<void> blocker = pool->run([&](QSqlDatabase &) {
        started.release();
        release.acquire();
    });
    started.acquire();
    QFuture<int> starved = pool->run([](QSqlDatabase &) { return 1; });
    try {
        starved.result();
        QFAIL("the starved task ran");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Timeout);
        QVERIFY2(error.message().contains(QLatin1String("testpool")), qPrintable(error.message()));
    }
    QCOMPARE(pool->metrics().timeouts, quint64(1));
    release.release();
    blocker.waitForFinished();
    QCOMPARE(pool->run([](QSqlDatabase &) { return 7; }).result(), 7); // usable again
}

void TestConnectionPool::brokenConnectionIsReplaced()
{
    ConnectionPool *pool = makePool(1);
    QCOMPARE(
        pool->run([](QSqlDatabase &db) { return Sql(db).scalar("SELECT 1").toInt(); }).result(), 1);
    // A task finds its connection dead (the server went away): it fails, the pool drops
    // the connection and the next task gets a fresh one.
    QFuture<void> broken = pool->run([](QSqlDatabase &db) {
        db.close();
        throw DbError(DbError::Kind::Connection, QStringLiteral("server closed the connection"));
    });
    QVERIFY_THROWS_EXCEPTION(DbError, broken.waitForFinished());
    QCOMPARE(
        pool->run([](QSqlDatabase &db) { return Sql(db).scalar("SELECT 2").toInt(); }).result(), 2);
    QCOMPARE(m_opens.load(), 2);
    QCOMPARE(pool->metrics().reconnects, quint64(1));
}

void TestConnectionPool::retryOnConnectionLoss()
{
    ConnectionPool *pool = makePool(1);
    std::atomic<int> attempts{0};
    const int value
        = pool->run(
                  [&](QSqlDatabase &db) {
                      if (++attempts == 1)
                          throw DbError(DbError::Kind::Connection, QStringLiteral("lost"));
                      return Sql(db).scalar("SELECT 5").toInt();
                  },
                  RetryPolicy::OnConnectionLoss)
              .result();
    QCOMPARE(value, 5);
    QCOMPARE(attempts.load(), 2);
    // A permanent error is not retried.
    attempts = 0;
    QFuture<int> permanent = pool->run(
        [&](QSqlDatabase &db) {
            ++attempts;
            return Sql(db).scalar("SELECT * FROM no_such_table").toInt();
        },
        RetryPolicy::OnConnectionLoss);
    QVERIFY_THROWS_EXCEPTION(DbError, permanent.waitForFinished());
    QCOMPARE(attempts.load(), 1);
}

void TestConnectionPool::healthCheckAndMaxAge()
{
    PoolOptions options;
    options.name = QStringLiteral("aging");
    options.maxSize = 1;
    options.healthCheckAfterIdle = 0ms; // ping before every task
    const DbUrl url = test::sqliteUrl(m_dir);
    ConnectionPool pool(options, [this, url](const QString &name) {
        ++m_opens;
        return Database::openConnection(url, name, {}, false);
    });
    for (int i = 0; i < 5; ++i)
        pool.run([](QSqlDatabase &) {}).waitForFinished();
    QVERIFY(pool.metrics().healthChecks >= 4);
    QCOMPARE(m_opens.load(), 1);

    m_opens = 0;
    options.name = QStringLiteral("young");
    options.maxAge = 0ms; // recycle before every task
    ConnectionPool recycling(options, [this, url](const QString &name) {
        ++m_opens;
        return Database::openConnection(url, name, {}, false);
    });
    for (int i = 0; i < 5; ++i)
        recycling.run([](QSqlDatabase &) {}).waitForFinished();
    QCOMPARE(m_opens.load(), 5);
}

void TestConnectionPool::openFailureRetriesWithBackoffThenFails()
{
    PoolOptions options;
    options.name = QStringLiteral("unreachable");
    options.maxSize = 1;
    options.connectAttempts = 3;
    options.reconnectBackoff = 10ms;
    std::atomic<int> tries{0};
    ConnectionPool pool(options, [&](const QString &) -> QSqlDatabase {
        ++tries;
        throw DbError(DbError::Kind::Connection, QStringLiteral("cannot connect to db:5432"));
    });
    QFuture<int> future = pool.run([](QSqlDatabase &) { return 1; });
    try {
        future.result();
        QFAIL("ran without a connection");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Connection);
    }
    QCOMPARE(tries.load(), 3);
}

// The waiter reads the error a task's thread built. Under ThreadSanitizer that is a race unless
// the hand-over through QFuture's exception store is ordered (tests/sanitizers/
// tsan_qt_handover.cpp): through the pool, and through a promise kept by a bare thread, where
// no lock of ours orders anything (without the hand-over, ThreadSanitizer reports that one).
void TestConnectionPool::failedTaskHandsItsErrorOver()
{
    ConnectionPool *pool = makePool(2);
    for (int i = 0; i < 8; ++i) {
        QFuture<int> future = pool->run([i](QSqlDatabase &) -> int {
            throw DbError(DbError::Kind::Permanent, QStringLiteral("refused %1").arg(i));
        });
        try {
            future.result();
            QFAIL("a failing task returned a result");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Permanent);
            QCOMPARE(error.message(), QStringLiteral("refused %1").arg(i));
        }
    }
    // A promise kept by a thread of its own, joined only after the error was read.
    for (int i = 0; i < 8; ++i) {
        QPromise<int> promise;
        QFuture<int> future = promise.future();
        promise.start();
        std::thread thread([&promise, i] {
            try {
                throw DbError(DbError::Kind::Invalid, QStringLiteral("refused %1").arg(i));
            } catch (...) {
                promise.setException(std::current_exception());
            }
            promise.finish();
        });
        const auto joined = qScopeGuard([&thread] { thread.join(); });
        try {
            if (i % 2)
                future.waitForFinished();
            else
                future.result();
            QFAIL("a failing task returned a result");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Invalid);
        }
    }
}

// A task whose caller cancels while its connection cannot be opened gives up at once instead of
// sleeping through the backoff (here 2 s, 4 s, 5 s) and trying again.
void TestConnectionPool::cancelEndsReconnectBackoff()
{
    PoolOptions options;
    options.name = QStringLiteral("unreachable");
    options.maxSize = 1;
    options.connectAttempts = 4;
    options.reconnectBackoff = 2s;
    std::atomic<bool> cancel{false};
    std::atomic<int> tries{0};
    ConnectionPool pool(options, [&](const QString &) -> QSqlDatabase {
        ++tries;
        cancel = true; // the operator presses Cancel while the first attempt fails
        throw DbError(DbError::Kind::Connection, QStringLiteral("cannot connect to db:5432"));
    });
    std::atomic<bool> ran{false};
    QFuture<int> future = pool.run(
        [&](QSqlDatabase &) {
            ran = true;
            return 1;
        },
        RetryPolicy::OnConnectionLoss,
        &cancel);
    try {
        future.result();
        QFAIL("ran without a connection");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Cancelled);
        QVERIFY2(error.message().contains(QLatin1String("unreachable")),
                 qPrintable(error.message()));
    }
    QCOMPARE(tries.load(), 1);
    QVERIFY(!ran.load());
}

void TestConnectionPool::shutdownFinishesOrCancels_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("finish queued") << false;
    QTest::newRow("cancel queued") << true;
}

void TestConnectionPool::shutdownFinishesOrCancels()
{
    QFETCH(bool, cancel);
    ConnectionPool *pool = makePool(1);
    QSemaphore release;
    QSemaphore started;
    QFuture<void> first = pool->run([&](QSqlDatabase &) {
        started.release();
        release.acquire();
    });
    started.acquire();
    QList<QFuture<int>> queued;
    for (int i = 0; i < 10; ++i)
        queued << pool->run([i](QSqlDatabase &) { return i; });
    QFuture<void> stopping = QtConcurrent::run([pool, cancel] {
        pool->shutdown(cancel ? ConnectionPool::Shutdown::CancelQueued
                              : ConnectionPool::Shutdown::FinishQueued);
    });
    if (cancel) {
        // Cancelled tasks fail at once, while the running one still runs.
        QTRY_VERIFY(queued.last().isFinished());
    }
    release.release();
    stopping.waitForFinished();
    first.waitForFinished();
    int done = 0;
    int failed = 0;
    for (auto &f : queued) {
        try {
            f.result();
            ++done;
        } catch (const DbError &) {
            ++failed;
        }
    }
    QCOMPARE(done, cancel ? 0 : 10);
    QCOMPARE(failed, cancel ? 10 : 0);
    // After shutdown new work fails instead of hanging.
    QVERIFY_THROWS_EXCEPTION(DbError, pool->run([](QSqlDatabase &) { return 1; }).result());
}

void TestConnectionPool::concurrentSubmitters()
{
    ConnectionPool *pool = makePool(4);
    std::atomic<int> sum{0};
    QList<QFuture<void>> submitters;
    for (int t = 0; t < 8; ++t)
        submitters << QtConcurrent::run([pool, &sum] {
            for (int i = 0; i < 200; ++i)
                sum += pool->run(
                               [](QSqlDatabase &db) { return Sql(db).scalar("SELECT 1").toInt(); })
                           .result();
        });
    for (auto &s : submitters)
        s.waitForFinished();
    QCOMPARE(sum.load(), 1600);
    QVERIFY(m_opens <= 4);
}

void TestConnectionPool::sequentialCallerReusesOneConnection()
{
    // One caller waiting for each task before submitting the next never needs a second
    // connection: the worker counts itself idle before the caller's future completes.
    ConnectionPool *pool = makePool(4);
    std::set<std::thread::id> threads;
    for (int i = 0; i < 300; ++i)
        threads.insert(
            pool->run([](QSqlDatabase &) { return std::this_thread::get_id(); }).result());
    QCOMPARE(threads.size(), size_t(1));
    QCOMPARE(m_opens.load(), 1);
    QCOMPARE(pool->metrics().open, 1);
}

void TestConnectionPool::metricsAreConsistent()
{
    ConnectionPool *pool = makePool(2);
    QSemaphore release;
    QSemaphore started;
    QList<QFuture<void>> running;
    for (int i = 0; i < 2; ++i)
        running << pool->run([&](QSqlDatabase &) {
            started.release();
            release.acquire();
        });
    started.acquire(2);
    QFuture<void> waiting = pool->run([](QSqlDatabase &) {});
    PoolMetrics m = pool->metrics();
    QCOMPARE(m.busy, 2);
    QCOMPARE(m.open, 2);
    QCOMPARE(m.waiting, 1);
    QCOMPARE(m.idle, 0);
    release.release(2);
    waiting.waitForFinished();
    for (auto &f : running)
        f.waitForFinished();
    QTRY_COMPARE(pool->metrics().busy, 0);
    m = pool->metrics();
    QCOMPARE(m.idle, 2);
    QVERIFY(m.waitP50 <= m.waitP95 && m.waitP95 <= m.waitP99);
}

QTEST_GUILESS_MAIN(TestConnectionPool)
#include "tst_connectionpool.moc"
