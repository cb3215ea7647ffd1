// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cache/ttlcache.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <chrono>
#include <optional>
#include <stdexcept>

using namespace std::chrono_literals;
using stevedore::CacheStats;
using stevedore::TtlCache;
using stevedore::TtlCacheOptions;

namespace {

// A clock the test moves by hand, so TTL tests never sleep. Atomic because background
// refreshes read it from the cache's pool.
class FakeClock
{
public:
    std::chrono::steady_clock::time_point now() const
    {
        return std::chrono::steady_clock::time_point(std::chrono::milliseconds(m_millis.load()));
    }
    void advance(std::chrono::milliseconds by) { m_millis += by.count(); }
    TtlCacheOptions::Clock function()
    {
        return [this] {
            return now();
        };
    }

private:
    std::atomic<qint64> m_millis{1'000'000};
};

TtlCacheOptions makeOptions(FakeClock &clock,
                            std::chrono::milliseconds ttl,
                            std::chrono::milliseconds staleWhileRevalidate = 0ms,
                            int maxEntries = 100)
{
    TtlCacheOptions options;
    options.name = QStringLiteral("test");
    options.maxEntries = maxEntries;
    options.defaultTtl = ttl;
    options.staleWhileRevalidate = staleWhileRevalidate;
    options.clock = clock.function();
    return options;
}

// Blocks a loader until `callers` threads have announced themselves on `arrived` and all of them
// have missed, i.e. are inside getOrLoad() waiting on the one flight. Bounded, so a broken cache
// fails the test instead of hanging it.
template<typename V>
bool holdUntilAllWaiting(const TtlCache<V> &cache, QSemaphore &arrived, int callers)
{
    if (!arrived.tryAcquire(callers, 30s))
        return false;
    const QDeadlineTimer deadline(30s);
    while (cache.stats().misses < quint64(callers)) {
        if (deadline.hasExpired())
            return false;
        QThread::yieldCurrentThread();
    }
    return true;
}

// Releases a gate on scope exit so a failing test never leaves a loader blocked, which would
// hang the cache's destructor.
class GateGuard
{
public:
    explicit GateGuard(QSemaphore &gate)
        : m_gate(gate)
    {}
    ~GateGuard() { m_gate.release(1000); }
    Q_DISABLE_COPY_MOVE(GateGuard)

private:
    QSemaphore &m_gate;
};

} // namespace

class TtlCacheTest : public QObject
{
    Q_OBJECT

private slots:
    void ttlExpiry_data();
    void ttlExpiry();
    void staleWhileRevalidateRefreshesOnce();
    void staleBeyondWindowLoadsInForeground();
    void failedRefreshKeepsStaleValue();
    void lruEviction_data();
    void lruEviction();
    void invalidatePrefix_data();
    void invalidatePrefix();
    void invalidationDuringLoadDropsResult_data();
    void invalidationDuringLoadDropsResult();
    void singleFlight();
    void loaderExceptionReachesAllWaiters();
    void statisticsForScriptedSequence();
};

void TtlCacheTest::ttlExpiry_data()
{
    QTest::addColumn<int>("defaultTtl");
    QTest::addColumn<int>("callTtl"); // -1: use the default
    QTest::addColumn<int>("advance");
    QTest::addColumn<bool>("reloads");

    QTest::newRow("fresh") << 100 << -1 << 99 << false;
    QTest::newRow("exactly at expiry") << 100 << -1 << 100 << true;
    QTest::newRow("past expiry") << 100 << -1 << 5000 << true;
    QTest::newRow("per-call ttl longer") << 100 << 1000 << 500 << false;
    QTest::newRow("per-call ttl shorter") << 1000 << 10 << 10 << true;
}

void TtlCacheTest::ttlExpiry()
{
    QFETCH(int, defaultTtl);
    QFETCH(int, callTtl);
    QFETCH(int, advance);
    QFETCH(bool, reloads);

    FakeClock clock;
    TtlCache<int> cache(makeOptions(clock, std::chrono::milliseconds(defaultTtl)));
    const std::optional<std::chrono::milliseconds> ttl
        = callTtl < 0 ? std::nullopt : std::optional(std::chrono::milliseconds(callTtl));
    int calls = 0;
    const auto loader = [&calls] {
        return ++calls;
    };

    QCOMPARE(cache.getOrLoad("k", loader, ttl), 1);
    clock.advance(std::chrono::milliseconds(advance));
    QCOMPARE(cache.get("k").has_value(), !reloads);
    QCOMPARE(cache.getOrLoad("k", loader, ttl), reloads ? 2 : 1);
    QCOMPARE(calls, reloads ? 2 : 1);
}

void TtlCacheTest::staleWhileRevalidateRefreshesOnce()
{
    FakeClock clock;
    TtlCache<int> cache(makeOptions(clock, 100ms, 1000ms));
    QCOMPARE(cache.getOrLoad("k", [] { return 1; }), 1);
    clock.advance(150ms);

    QSemaphore gate;
    GateGuard guard(gate);
    std::atomic<int> refreshCalls = 0;
    const auto refresh = [&gate, &refreshCalls] {
        ++refreshCalls;
        gate.acquire();
        return 2;
    };
    for (int i = 0; i < 10; ++i)
        QCOMPARE(cache.getOrLoad("k", refresh), 1); // stale, returned at once
    QCOMPARE(cache.stats().staleHits, quint64(10));
    QCOMPARE(cache.stats().loads, quint64(2));

    gate.release();
    QTRY_COMPARE(cache.get("k"), std::optional<int>(2));
    QCOMPARE(refreshCalls.load(), 1);
    QCOMPARE(cache.getOrLoad("k", refresh), 2);
    QCOMPARE(cache.stats().loads, quint64(2));
}

void TtlCacheTest::staleBeyondWindowLoadsInForeground()
{
    FakeClock clock;
    TtlCache<int> cache(makeOptions(clock, 100ms, 50ms));
    QCOMPARE(cache.getOrLoad("k", [] { return 1; }), 1);
    clock.advance(150ms);
    QCOMPARE(cache.getOrLoad("k", [] { return 2; }), 2);
    QCOMPARE(cache.stats().staleHits, quint64(0));
    QCOMPARE(cache.stats().misses, quint64(2));
}

void TtlCacheTest::failedRefreshKeepsStaleValue()
{
    FakeClock clock;
    TtlCache<int> cache(makeOptions(clock, 100ms, 1000ms));
    QCOMPARE(cache.getOrLoad("k", [] { return 1; }), 1);
    clock.advance(150ms);

    const auto failing = []() -> int {
        throw std::runtime_error("refresh failed");
    };
    QCOMPARE(cache.getOrLoad("k", failing), 1);
    QTRY_COMPARE(cache.stats().loadFailures, quint64(1));
    QCOMPARE(cache.size(), 1);

    // The failed refresh is no longer in flight, so the next stale hit tries again.
    QCOMPARE(cache.getOrLoad("k", [] { return 3; }), 1);
    QTRY_COMPARE(cache.get("k"), std::optional<int>(3));
    QCOMPARE(cache.stats().loads, quint64(3));
}

void TtlCacheTest::lruEviction_data()
{
    QTest::addColumn<QString>("touch"); // how "a" is used after a, b, c are stored
    QTest::addColumn<QString>("evicted");

    QTest::newRow("no use") << ""
                            << "a";
    QTest::newRow("get") << "get"
                         << "b";
    QTest::newRow("getOrLoad") << "getOrLoad"
                               << "b";
    QTest::newRow("put") << "put"
                         << "b";
}

void TtlCacheTest::lruEviction()
{
    QFETCH(QString, touch);
    QFETCH(QString, evicted);

    FakeClock clock;
    TtlCache<int> cache(makeOptions(clock, 100ms, 0ms, 3));
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("c", 3);
    if (touch == "get")
        QCOMPARE(cache.get("a"), std::optional<int>(1));
    else if (touch == "getOrLoad")
        QCOMPARE(cache.getOrLoad("a", [] { return -1; }), 1);
    else if (touch == "put")
        cache.put("a", 1);

    cache.put("d", 4);
    QCOMPARE(cache.size(), 3);
    QCOMPARE(cache.stats().evictions, quint64(1));
    for (const QString key : {"a", "b", "c", "d"})
        QCOMPARE(cache.get(key).has_value(), key != evicted);
}

void TtlCacheTest::invalidatePrefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("remaining");

    QTest::newRow("project 1 only") << "project:1:" << QStringList{"project:12:files", "user:1"};
    QTest::newRow("bare prefix matches project 12 too") << "project:1" << QStringList{"user:1"};
    QTest::newRow("whole key") << "project:1:meta"
                               << QStringList{"project:1:files", "project:12:files", "user:1"};
    QTest::newRow("no match") << "group:"
                              << QStringList{"project:1:files",
                                             "project:1:meta",
                                             "project:12:files",
                                             "user:1"};
    QTest::newRow("empty prefix clears") << "" << QStringList{};
}

void TtlCacheTest::invalidatePrefix()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, remaining);

    FakeClock clock;
    TtlCache<int> cache(makeOptions(clock, 100ms));
    const QStringList keys{"project:1:files", "project:1:meta", "project:12:files", "user:1"};
    for (const QString &key : keys)
        cache.put(key, 1);

    QCOMPARE(cache.invalidatePrefix(prefix), keys.size() - remaining.size());
    for (const QString &key : keys)
        QCOMPARE(cache.get(key).has_value(), remaining.contains(key));
}

void TtlCacheTest::invalidationDuringLoadDropsResult_data()
{
    QTest::addColumn<QString>("how");

    QTest::newRow("invalidate") << "invalidate";
    QTest::newRow("invalidatePrefix") << "invalidatePrefix";
    QTest::newRow("clear") << "clear";
    QTest::newRow("put") << "put";
}

void TtlCacheTest::invalidationDuringLoadDropsResult()
{
    QFETCH(QString, how);
    const bool writeStoresValue = how == "put";

    FakeClock clock;
    TtlCache<QString> cache(makeOptions(clock, 100ms));
    const QString key = "project:1:files";
    QSemaphore oldStarted;
    QSemaphore oldGate;
    QSemaphore newStarted;
    QSemaphore newGate;
    QThreadPool pool; // destroyed before the cache: waits for both readers
    GateGuard oldGuard(oldGate);
    GateGuard newGuard(newGate);
    const auto load = [&cache, &key](QSemaphore &started, QSemaphore &gate, const QString &value) {
        return cache.getOrLoad(key, [&started, &gate, value] {
            started.release();
            gate.acquire();
            return value;
        });
    };

    QFuture<QString> before = QtConcurrent::run(
        &pool, [&] { return load(oldStarted, oldGate, QStringLiteral("before write")); });
    QVERIFY(oldStarted.tryAcquire(1, 30s));

    // The write happens while the old load is still running.
    if (how == "invalidate")
        cache.invalidate(key);
    else if (how == "invalidatePrefix")
        QCOMPARE(cache.invalidatePrefix(u"project:1:"), 0);
    else if (how == "clear")
        cache.clear();
    else if (how == "put")
        cache.put(key, QStringLiteral("after write"));

    // A reader after the write must not join the old load: it starts its own (or hits the value
    // the write stored).
    QFuture<QString> after = QtConcurrent::run(
        &pool, [&] { return load(newStarted, newGate, QStringLiteral("after write")); });
    if (!writeStoresValue)
        QVERIFY(newStarted.tryAcquire(1, 5s));

    // The old load finishes first, while the new one is still running: its caller gets its
    // value, but it must neither be stored nor end the new load's flight.
    oldGate.release();
    QCOMPARE(before.result(), QStringLiteral("before write"));
    QCOMPARE(cache.get(key),
             writeStoresValue ? std::optional<QString>("after write") : std::nullopt);

    newGate.release();
    QCOMPARE(after.result(), QStringLiteral("after write"));
    QCOMPARE(cache.get(key), std::optional<QString>("after write"));
}

void TtlCacheTest::singleFlight()
{
    constexpr int callers = 16;
    FakeClock clock;
    TtlCache<int> cache(makeOptions(clock, 100ms));
    QSemaphore arrived;
    std::atomic<int> loaderRuns = 0;
    std::atomic<bool> allWaited = false;
    const auto loader = [&] {
        ++loaderRuns;
        allWaited = holdUntilAllWaiting(cache, arrived, callers);
        return 42;
    };

    QThreadPool pool;
    pool.setMaxThreadCount(callers);
    QList<QFuture<int>> results;
    for (int i = 0; i < callers; ++i) {
        results << QtConcurrent::run(&pool, [&] {
            arrived.release();
            return cache.getOrLoad("k", loader);
        });
    }
    for (QFuture<int> &result : results)
        QCOMPARE(result.result(), 42);

    QVERIFY(allWaited);
    QCOMPARE(loaderRuns.load(), 1);
    QCOMPARE(cache.stats().loads, quint64(1));
    QCOMPARE(cache.stats().misses, quint64(callers));
}

void TtlCacheTest::loaderExceptionReachesAllWaiters()
{
    constexpr int callers = 8;
    FakeClock clock;
    TtlCache<int> cache(makeOptions(clock, 100ms));
    QSemaphore arrived;
    std::atomic<int> loaderRuns = 0;
    const auto failing = [&]() -> int {
        ++loaderRuns;
        holdUntilAllWaiting(cache, arrived, callers);
        throw std::runtime_error("database down");
    };

    QThreadPool pool;
    pool.setMaxThreadCount(callers);
    QList<QFuture<QString>> errors;
    for (int i = 0; i < callers; ++i) {
        errors << QtConcurrent::run(&pool, [&] {
            arrived.release();
            try {
                cache.getOrLoad("k", failing);
            } catch (const std::runtime_error &error) {
                return QString::fromUtf8(error.what());
            }
            return QString();
        });
    }
    for (QFuture<QString> &error : errors)
        QCOMPARE(error.result(), QStringLiteral("database down"));

    QCOMPARE(loaderRuns.load(), 1);
    QCOMPARE(cache.stats().loadFailures, quint64(1));
    QCOMPARE(cache.get("k"), std::nullopt);
    QCOMPARE(cache.getOrLoad("k", [] { return 7; }), 7);
}

void TtlCacheTest::statisticsForScriptedSequence()
{
    FakeClock clock;
    TtlCache<int> cache(makeOptions(clock, 100ms, 50ms, 2));
    const auto failing = []() -> int {
        throw std::runtime_error("failed");
    };

    QCOMPARE(cache.getOrLoad("a",
                             [&clock] {
                                 clock.advance(5ms);
                                 return 1;
                             }),
             1);                                // miss, load of 5 ms
    QCOMPARE(cache.getOrLoad("a", failing), 1); // hit
    QCOMPARE(cache.get("a"), std::optional(1)); // hit
    QCOMPARE(cache.get("b"), std::nullopt);     // miss
    cache.put("b", 2);
    cache.put("c", 3); // evicts "a"
    clock.advance(120ms);
    QCOMPARE(cache.getOrLoad("b", failing), 2); // stale hit, refresh fails in the background
    QTRY_COMPARE(cache.stats().loadFailures, quint64(1));
    clock.advance(100ms);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, cache.getOrLoad("c", failing)); // miss

    const CacheStats stats = cache.stats();
    QCOMPARE(stats.hits, quint64(3));
    QCOMPARE(stats.misses, quint64(3));
    QCOMPARE(stats.staleHits, quint64(1));
    QCOMPARE(stats.evictions, quint64(1));
    QCOMPARE(stats.loads, quint64(3));
    QCOMPARE(stats.loadFailures, quint64(2));
    QCOMPARE(stats.loadMillisTotal, 5.0);
    QCOMPARE(stats.hitRatio(), 0.5);
    QCOMPARE(cache.name(), QStringLiteral("test"));

    cache.resetStats();
    QCOMPARE(cache.stats().hits + cache.stats().misses + cache.stats().loads, quint64(0));
    QCOMPARE(cache.stats().hitRatio(), 0.0);
}

QTEST_GUILESS_MAIN(TtlCacheTest)
#include "tst_ttlcache.moc"
