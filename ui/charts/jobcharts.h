// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartfactory.h"
#include "store/importjobs.h"

#include <QString>

namespace stevedore {

// A job's history (importjobs::history()) with the job it belongs to.
struct JobMetrics
{
    JobRecord job;
    JobSeries series;
};

// Charts of past jobs' history, for the dashboard's History and the headless `stevedore charts`.
namespace jobcharts {

// records/s over time (left axis) with the records imported so far (right axis). A resumed
// job's series come as one TimeSeries per run (later ones continuesPrevious), so the chart has
// a gap where the job was stopped.
TimeSeriesData throughput(const JobMetrics &metrics);
// The rows named cache_hit_ratio in percent (a stored ratio ≤ 1 is scaled by 100). With no
// such rows the chart has no series and says so in its title; *recorded tells which.
TimeSeriesData cacheHitRatio(const JobMetrics &metrics, bool *recorded = nullptr);

// The throughput of several jobs on one elapsed-time axis (each from its own start), one
// series per job named by label(): compare a run before and after a setting change.
TimeSeriesData compare(const QList<JobMetrics> &jobs);

// "#12 orders.csv (sales), 2026-01-01 12:00" for lists.
QString label(const JobRecord &job);

} // namespace jobcharts
} // namespace stevedore
