// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartfactory.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>

#include <optional>

namespace stevedore {

class Sql;

// One row of import_jobs, as the history combo and `stevedore charts` list it.
struct JobRecord
{
    qint64 jobId = 0;
    QString project;
    QString fileName;
    QString status;
    qint64 records = 0;
    qint64 rejected = 0;
    qint64 startedAt = 0;  // ms since epoch
    qint64 finishedAt = 0; // 0 when not finished
};

// A job's rows of metrics_history, by name ("records", "records_per_s", and
// "cache_hit_ratio" when something recorded it), each as (ts ms, value) oldest first.
struct JobMetrics
{
    JobRecord job;
    QMap<QString, QList<QPointF>> series;
};

// Past jobs' charts from metrics_history, for the dashboard's History and the headless
// `stevedore charts`. Query functions take an Sql inside a pool task and throw DbError.
namespace jobcharts {

// Finished jobs (status done), newest first.
QList<JobRecord> finishedJobs(const Sql &sql, int limit = 200);
// The most recent job of any status; nullopt when there is none.
std::optional<JobRecord> lastJob(const Sql &sql);
// nullopt when no such job.
std::optional<JobRecord> jobById(const Sql &sql, qint64 jobId);
JobMetrics loadMetrics(const Sql &sql, const JobRecord &job);

// records/s over time (left axis) with the records imported so far (right axis).
TimeSeriesData throughput(const JobMetrics &metrics);
// The rows named cache_hit_ratio in percent (a stored ratio ≤ 1 is scaled by 100). With no
// such rows the chart has no series and says so in its title; *recorded tells which.
TimeSeriesData cacheHitRatio(const JobMetrics &metrics, bool *recorded = nullptr);

// "#12 orders.csv (sales), 2026-01-01 12:00" for lists.
QString label(const JobRecord &job);

inline const QString recordsMetric = QStringLiteral("records");
inline const QString rateMetric = QStringLiteral("records_per_s");
inline const QString cacheRatioMetric = QStringLiteral("cache_hit_ratio");

} // namespace jobcharts
} // namespace stevedore
