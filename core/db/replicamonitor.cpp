// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/replicamonitor.h"

#include "db/dberror.h"
#include "db/sql.h"
#include "logging/logging.h"

#include <QSqlDatabase>

namespace stevedore {

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
                primary = openConnection(quick(detail::writableUrl(m_options.primary)),
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

} // namespace stevedore
