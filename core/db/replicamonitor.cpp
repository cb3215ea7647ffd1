// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/replicamonitor.h"

#include "db/dberror.h"
#include "db/sql.h"
#include "logging/logging.h"

#include <QSqlDatabase>

namespace stevedore {

namespace {

// (Re)opens `connection` under `name` when it is not open.
void ensureOpen(QSqlDatabase &connection, const QString &name, const DbUrl &url)
{
    if (connection.isValid() && connection.isOpen())
        return;
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    connection = Database::openConnection(url, name, QStringLiteral("stevedore-monitor"), true);
}

void logHealthChange(const DbUrl &url, bool healthy, const QString &error)
{
    if (healthy)
        logger(LogCategory::Replica)->info("replica {} is up", url.shortName().toStdString());
    else
        logger(LogCategory::Replica)
            ->warn("replica {} is down; reads go to the primary: {}",
                   url.shortName().toStdString(),
                   error.toStdString());
}

} // namespace

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
        const std::optional<quint64> primaryLsn = samplePrimary(primary, primaryName, now);
        for (size_t i = 0; i < m_entries.size(); ++i) {
            Entry snapshot;
            {
                std::lock_guard guard(m_mutex);
                snapshot = m_entries[i];
            }
            if (now < snapshot.retryAfter)
                continue;
            const Probe probe = probeReplica(
                replicas[i], prefix + QString::number(i), snapshot.url, now, primaryLsn);
            if (probe.healthy != wasHealthy[i]) {
                logHealthChange(snapshot.url, probe.healthy, probe.error);
                wasHealthy[i] = probe.healthy;
            }
            record(i, probe, now);
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

std::optional<quint64> Database::ReplicaMonitor::samplePrimary(QSqlDatabase &primary,
                                                               const QString &name,
                                                               Clock::time_point now)
{
    quint64 primaryLsn = 0;
    try {
        ensureOpen(primary, name, quick(detail::writableUrl(m_options.primary)));
        primaryLsn = parseLsn(
            Sql(primary).scalar(QStringLiteral("SELECT pg_current_wal_lsn()::text")).toString());
    } catch (const DbError &error) {
        primary.close();
        logger(LogCategory::Replica)
            ->debug("replica monitor: primary not reachable: {}", error.message().toStdString());
        return std::nullopt;
    }
    m_primarySamples.emplace_back(now, primaryLsn);
    while (m_primarySamples.size() > 1
           && now - m_primarySamples.front().first > std::chrono::seconds(60))
        m_primarySamples.pop_front();
    return primaryLsn;
}

Database::ReplicaMonitor::Probe
Database::ReplicaMonitor::probeReplica(QSqlDatabase &replica,
                                       const QString &name,
                                       const DbUrl &url,
                                       Clock::time_point now,
                                       std::optional<quint64> primaryLsn) const
{
    Probe probe;
    try {
        ensureOpen(replica, name, quick(url));
        const SqlResult result
            = Sql(replica).exec(QStringLiteral("SELECT pg_is_in_recovery(), "
                                               "coalesce(pg_last_wal_replay_lsn()::text, '0/0')"));
        probe.healthy = true;
        const bool inRecovery = result.value(0, 0).toString() == QLatin1String("t");
        const quint64 replay = parseLsn(result.value(0, 1).toString());
        if (!inRecovery || (primaryLsn && replay >= *primaryLsn))
            probe.lag = 0;
        else if (primaryLsn)
            probe.lag = replayLag(replay, now);
    } catch (const DbError &dbError) {
        replica.close();
        probe.error = dbError.message();
    }
    return probe;
}

// The lag of a replica that replayed up to `replay`, behind the primary's newest sample.
double Database::ReplicaMonitor::replayLag(quint64 replay, Clock::time_point now) const
{
    // The first sample past the replay position; there is one, the newest.
    const auto behindSince
        = std::find_if(m_primarySamples.begin(),
                       m_primarySamples.end(),
                       [replay](const auto &sample) { return sample.second > replay; });
    const double lag = double(
        std::chrono::duration_cast<std::chrono::milliseconds>(now - behindSince->first).count());
    // Behind the oldest sample it may have been behind for far longer than the samples go back
    // (at the first check, for ever): unknown until that alone proves it beyond the bound.
    if (behindSince == m_primarySamples.begin() && lag <= double(m_options.maxReplicaLag.count()))
        return -1;
    return lag;
}

void Database::ReplicaMonitor::record(size_t index, const Probe &probe, Clock::time_point now)
{
    std::lock_guard guard(m_mutex);
    Entry &entry = m_entries[index];
    entry.healthy = probe.healthy;
    entry.lagMs = probe.lag;
    entry.error = probe.error;
    entry.checkedAt = now;
    entry.checkedAtWall = QDateTime::currentDateTimeUtc();
    entry.retryAfter = probe.healthy ? Clock::time_point() : now + std::chrono::seconds(2);
}

} // namespace stevedore
