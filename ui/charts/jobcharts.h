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

// Both charts of one job run on an elapsed time axis from the job's start (originMsecs), with
// a summary as subtitle: the start (locale date and time), records, rejects, duration, and the
// mean rate (records per second of running time: the outages between runs left out) and peak
// rate (the highest sample, never below the mean).

// records/s over time (left axis) with the records imported so far (right axis). A resumed
// job's series come as one TimeSeries per run (later ones continuesPrevious), so the chart has
// a gap where the job was stopped, marked paused at the last sample before it and resumed at
// the next run's start; a retried transient failure is marked retried.
TimeSeriesData throughput(const JobMetrics &metrics);
// The rows named cache_hit_ratio in percent (a stored ratio ≤ 1 is scaled by 100). With no
// such rows the chart has no series and its emptyReason says that the job made no cache
// lookups; *recorded tells which.
TimeSeriesData cacheHitRatio(const JobMetrics &metrics, bool *recorded = nullptr);

// The throughput of several jobs on one elapsed time axis, each from its own start (the
// series' originMsecs), one series per job ("#12 orders.csv, <start>"; split per run as in
// throughput()), their mean rates in the subtitle: compare a run before and after a change.
TimeSeriesData compare(const QList<JobMetrics> &jobs);

// "#12 orders.csv (sales), 2026-01-01 12:00" for lists.
QString label(const JobRecord &job);

} // namespace jobcharts
} // namespace stevedore
