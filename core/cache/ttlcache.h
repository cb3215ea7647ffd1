// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QThreadPool>
#include <QtGlobal>

#include <chrono>
#include <exception>
#include <functional>
#include <future>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <utility>

namespace stevedore {

// Counters since construction or the last resetStats(). Every lookup is either a hit or a miss;
// staleHits is the part of hits served from an expired entry inside the stale-while-revalidate
// window. loads counts loader runs (foreground and background), loadFailures those that threw.
struct CacheStats
{
    quint64 hits = 0;
    quint64 misses = 0;
    quint64 staleHits = 0;
    quint64 evictions = 0;
    quint64 loads = 0;
    quint64 loadFailures = 0;
    double loadMillisTotal = 0.0;

    double hitRatio() const
    {
        const quint64 lookups = hits + misses;
        return lookups == 0 ? 0.0 : double(hits) / double(lookups);
    }
};

struct TtlCacheOptions
{
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    QString name;          // for statistics
    int maxEntries = 1000; // least recently used entries are evicted beyond it; 0 = no bound
    std::chrono::milliseconds defaultTtl = std::chrono::minutes(1);
    std::chrono::milliseconds staleWhileRevalidate{0}; // 0 = off
    Clock clock; // empty = steady_clock::now; must be thread-safe
};

// A thread-safe, in-process cache keyed by hierarchical strings ("project:12:files") with a
// time-to-live per entry, LRU eviction, single-flight loading and optional
// stale-while-revalidate. V must be copyable: every caller receives its own copy.
//
// Invalidation contract: once invalidate(), invalidatePrefix(), put() or clear() has returned,
// no read sees a value loaded before that call. Loads still in flight for the affected keys are
// detached: their callers get the value, but it is never stored, and later readers start a new
// load instead of joining the old one.
template<typename V>
class TtlCache
{
public:
    using Loader = std::function<V()>;
    using TimePoint = std::chrono::steady_clock::time_point;

    explicit TtlCache(TtlCacheOptions options = {})
        : m_options(std::move(options))
    {
        if (!m_options.clock)
            m_options.clock = [] {
                return std::chrono::steady_clock::now();
            };
    }

    // Waits for background refreshes; a foreground getOrLoad() must not outlive the cache.
    ~TtlCache() { m_refreshPool.waitForDone(); }

    Q_DISABLE_COPY_MOVE(TtlCache)

    // Returns the cached value for key, loading it with loader when it is missing or expired.
    // Concurrent callers for the same key share one loader run; if it throws, all of them get
    // the exception and nothing is cached. Within the stale-while-revalidate window the expired
    // value is returned at once and one background refresh runs loader on the cache's pool, so
    // loader must then own what it uses (capture by value). loader must not call back into the
    // cache for the same key.
    V getOrLoad(const QString &key,
                const Loader &loader,
                std::optional<std::chrono::milliseconds> ttl = {})
    {
        std::shared_ptr<Flight> flight;
        {
            std::unique_lock lock(m_mutex);
            const TimePoint now = m_options.clock();
            if (const auto it = m_entries.find(key); it != m_entries.end()) {
                Entry &entry = it->second;
                if (now < entry.freshUntil) {
                    ++m_stats.hits;
                    touch(entry);
                    return entry.value;
                }
                if (now < entry.staleUntil) {
                    ++m_stats.hits;
                    ++m_stats.staleHits;
                    touch(entry);
                    if (!m_flights.contains(key))
                        startRefresh(key, loader, ttl);
                    return entry.value;
                }
                erase(it);
            }
            ++m_stats.misses;
            if (const auto it = m_flights.find(key); it != m_flights.end()) {
                const std::shared_future<V> result = it->second->result;
                lock.unlock();
                return result.get();
            }
            flight = std::make_shared<Flight>();
            m_flights.emplace(key, flight);
            ++m_stats.loads;
        }
        return runFlight(key, loader, ttl, flight);
    }

    // Returns the value only while it is fresh; never loads and never serves stale values.
    std::optional<V> get(const QString &key)
    {
        std::lock_guard lock(m_mutex);
        const TimePoint now = m_options.clock();
        const auto it = m_entries.find(key);
        if (it == m_entries.end() || now >= it->second.freshUntil) {
            if (it != m_entries.end() && now >= it->second.staleUntil)
                erase(it);
            ++m_stats.misses;
            return std::nullopt;
        }
        ++m_stats.hits;
        touch(it->second);
        return it->second.value;
    }

    void put(const QString &key, V value, std::optional<std::chrono::milliseconds> ttl = {})
    {
        std::lock_guard lock(m_mutex);
        m_flights.erase(key);
        store(key, std::move(value), m_options.clock(), ttl);
    }

    void invalidate(const QString &key)
    {
        std::lock_guard lock(m_mutex);
        m_flights.erase(key);
        if (const auto it = m_entries.find(key); it != m_entries.end())
            erase(it);
    }

    // Removes every entry whose key starts with prefix and returns how many were removed.
    // Matching is plain string prefix: pass "project:1:" so that "project:12:" is spared.
    int invalidatePrefix(QStringView prefix)
    {
        std::lock_guard lock(m_mutex);
        std::erase_if(m_flights,
                      [prefix](const auto &item) { return item.first.startsWith(prefix); });
        int removed = 0;
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->first.startsWith(prefix)) {
                it = erase(it);
                ++removed;
            } else {
                ++it;
            }
        }
        return removed;
    }

    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_flights.clear();
        m_entries.clear();
        m_lru.clear();
    }

    QString name() const { return m_options.name; }

    int size() const
    {
        std::lock_guard lock(m_mutex);
        return int(m_entries.size());
    }

    CacheStats stats() const
    {
        std::lock_guard lock(m_mutex);
        return m_stats;
    }

    void resetStats()
    {
        std::lock_guard lock(m_mutex);
        m_stats = {};
    }

private:
    using LruList = std::list<QString>; // most recently used first

    struct Entry
    {
        V value;
        TimePoint freshUntil;
        TimePoint staleUntil;
        typename LruList::iterator lruPosition;
    };

    // One loader run that callers of the same key wait on. The flight registered in m_flights
    // for a key is the only one allowed to store its result; invalidation removes it from there.
    struct Flight
    {
        std::promise<V> promise;
        std::shared_future<V> result = promise.get_future().share();
    };

    using Entries = std::unordered_map<QString, Entry>;

    // Runs loader outside the lock, publishes the outcome to the flight's waiters and returns
    // the value or rethrows.
    V runFlight(const QString &key,
                const Loader &loader,
                std::optional<std::chrono::milliseconds> ttl,
                const std::shared_ptr<Flight> &flight)
    {
        const TimePoint started = m_options.clock();
        std::optional<V> value;
        try {
            value.emplace(loader());
        } catch (...) {
            finishFlight(key, flight, started, nullptr, ttl);
            flight->promise.set_exception(std::current_exception());
            throw;
        }
        finishFlight(key, flight, started, &*value, ttl);
        flight->promise.set_value(*value);
        return std::move(*value);
    }

    // value is null when the loader threw; a failed load leaves any existing entry alone.
    void finishFlight(const QString &key,
                      const std::shared_ptr<Flight> &flight,
                      TimePoint started,
                      const V *value,
                      std::optional<std::chrono::milliseconds> ttl)
    {
        std::lock_guard lock(m_mutex);
        const TimePoint now = m_options.clock();
        m_stats.loadMillisTotal += std::chrono::duration<double, std::milli>(now - started).count();
        if (!value)
            ++m_stats.loadFailures;
        const auto it = m_flights.find(key);
        if (it == m_flights.end() || it->second != flight)
            return; // detached by an invalidation: the result may predate a write
        m_flights.erase(it);
        if (value)
            store(key, *value, now, ttl);
    }

    // Called with the lock held.
    void startRefresh(const QString &key,
                      const Loader &loader,
                      std::optional<std::chrono::milliseconds> ttl)
    {
        auto flight = std::make_shared<Flight>();
        m_flights.emplace(key, flight);
        ++m_stats.loads;
        m_refreshPool.start([this, key, loader, ttl, flight] {
            try {
                runFlight(key, loader, ttl, flight);
            } catch (...) {
                // The stale entry stays; the next stale hit tries again.
            }
        });
    }

    // Called with the lock held.
    void
    store(const QString &key, V value, TimePoint now, std::optional<std::chrono::milliseconds> ttl)
    {
        const TimePoint freshUntil = now + ttl.value_or(m_options.defaultTtl);
        const TimePoint staleUntil = freshUntil + m_options.staleWhileRevalidate;
        if (const auto it = m_entries.find(key); it != m_entries.end()) {
            it->second.value = std::move(value);
            it->second.freshUntil = freshUntil;
            it->second.staleUntil = staleUntil;
            touch(it->second);
            return;
        }
        m_lru.push_front(key);
        m_entries.emplace(key, Entry{std::move(value), freshUntil, staleUntil, m_lru.begin()});
        while (m_options.maxEntries > 0 && m_entries.size() > std::size_t(m_options.maxEntries)) {
            erase(m_entries.find(m_lru.back()));
            ++m_stats.evictions;
        }
    }

    void touch(Entry &entry) { m_lru.splice(m_lru.begin(), m_lru, entry.lruPosition); }

    typename Entries::iterator erase(typename Entries::iterator it)
    {
        m_lru.erase(it->second.lruPosition);
        return m_entries.erase(it);
    }

    TtlCacheOptions m_options;
    mutable std::mutex m_mutex;
    Entries m_entries;
    LruList m_lru;
    std::unordered_map<QString, std::shared_ptr<Flight>> m_flights;
    CacheStats m_stats;
    QThreadPool m_refreshPool; // last, so it is destroyed (and drained) first
};

} // namespace stevedore
