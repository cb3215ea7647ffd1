// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "connection/connectiontest.h"

#include "db/dberror.h"
#include "db/sql.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace stevedore {

namespace {

DbUrl withConnectTimeout(DbUrl url)
{
    // A test should answer within seconds, even for a host that drops packets.
    if (!url.isPostgres())
        return url;
    for (const auto &param : std::as_const(url.params)) {
        if (param.first == QLatin1String("connect_timeout"))
            return url;
    }
    url.params.append({QStringLiteral("connect_timeout"), QStringLiteral("5")});
    return url;
}

} // namespace

ConnectionTestResult testConnection(DatabaseOptions options)
{
    options.primary = withConnectTimeout(options.primary);
    for (DbUrl &replica : options.replicas)
        replica = withConnectTimeout(replica);
    options.poolSize = 1;
    options.replicaPoolSize = 1;
    options.applicationName = QStringLiteral("stevedore-test");
    ConnectionTestResult result;
    try {
        Database database(options);
        database.open();
        result.serverVersion = database.serverVersion();
        const QList<double> samples = database
                                          .read(
                                              [](QSqlDatabase &db) {
                                                  Sql sql(db);
                                                  QList<double> out;
                                                  for (int i = 0; i < 5; ++i) {
                                                      QElapsedTimer timer;
                                                      timer.start();
                                                      sql.ping();
                                                      out << double(timer.nsecsElapsed()) / 1e6;
                                                  }
                                                  return out;
                                              },
                                              ReadConsistency::Primary)
                                          .result();
        QList<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        result.latencyMs = sorted.at(sorted.size() / 2);
        // The replica monitor checks in the background; give it until every replica has been
        // checked once (it uses a 2 s connect timeout).
        const QDeadlineTimer deadline(std::chrono::seconds(5));
        while (!options.replicas.isEmpty()) {
            result.replicas = database.replicaStatus();
            const bool allChecked
                = std::all_of(result.replicas.cbegin(),
                              result.replicas.cend(),
                              [](const ReplicaStatus &s) { return s.checkedAt.isValid(); });
            if (allChecked || deadline.hasExpired())
                break;
            QThread::msleep(50);
        }
        database.close();
        result.ok = true;
    } catch (const DbError &error) {
        result.error = error.message();
    } catch (const std::exception &error) {
        result.error = QString::fromUtf8(error.what());
    }
    return result;
}

} // namespace stevedore
