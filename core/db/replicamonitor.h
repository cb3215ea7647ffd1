// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "db/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace stevedore {

namespace detail {
// The primary's URL as the pools and the monitor connect to it: a host list gets
// target_session_attrs=read-write unless the URL sets it. Defined in database.cpp.
DbUrl writableUrl(DbUrl url);
} // namespace detail

// Watches every replica from its own thread with its own connections: health, and lag
// measured by comparing WAL positions (an idle primary makes time-based lag grow forever).
class Database::ReplicaMonitor
{
public:
    using Clock = std::chrono::steady_clock;

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

} // namespace stevedore
