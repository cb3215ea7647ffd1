// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/jobcharts.h"

#include <QCoreApplication>
#include <QDateTime>

namespace stevedore {

namespace {

struct JobCharts
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::JobCharts)
};

QString jobTitle(const QString &what, const JobRecord &job)
{
    return JobCharts::tr("%1 — job %2, %3").arg(what).arg(job.jobId).arg(job.fileName);
}

// The series as one line per run of the job: a resumed job's chart breaks between the last
// sample before the stop and the run that resumed it, rather than drawing a line across the
// time nothing ran. Later runs continue the first one's line (same colour, one legend entry).
QList<TimeSeries> perRun(const TimeSeries &series, const QList<QPointF> &runStarts)
{
    QList<TimeSeries> runs;
    qsizetype next = 0; // the first run start after the points taken so far
    for (const QPointF &point : series.points) {
        bool newRun = runs.isEmpty();
        while (next < runStarts.size() && runStarts[next].x() <= point.x()) {
            newRun = true;
            ++next;
        }
        if (newRun) {
            TimeSeries run = series;
            run.points.clear();
            run.continuesPrevious = !runs.isEmpty();
            runs << run;
        }
        runs.last().points << point;
    }
    return runs;
}

} // namespace

namespace jobcharts {

TimeSeriesData throughput(const JobMetrics &metrics)
{
    TimeSeriesData data;
    data.title = jobTitle(JobCharts::tr("Import throughput"), metrics.job);
    data.valueTitle = JobCharts::tr("Rate");
    data.unit = JobCharts::tr("records/s");
    data.secondaryTitle = JobCharts::tr("Imported");
    data.secondaryUnit = JobCharts::tr("records");
    const QList<QPointF> runStarts = metrics.series.value(importjobs::runStartMetric);
    data.series << perRun(
        TimeSeries{JobCharts::tr("records/s"), metrics.series.value(importjobs::rateMetric), false},
        runStarts);
    data.series << perRun(TimeSeries{JobCharts::tr("records imported"),
                                     metrics.series.value(importjobs::recordsMetric),
                                     true},
                          runStarts);
    return data;
}

TimeSeriesData cacheHitRatio(const JobMetrics &metrics, bool *recorded)
{
    TimeSeriesData data;
    data.valueTitle = JobCharts::tr("Hit ratio");
    data.unit = JobCharts::tr("%");
    data.valueCeiling = 100;
    QList<QPointF> points = metrics.series.value(importjobs::cacheRatioMetric);
    if (recorded)
        *recorded = !points.isEmpty();
    if (points.isEmpty()) {
        data.title = jobTitle(JobCharts::tr("Cache hit ratio (not recorded)"), metrics.job);
        // The job's time span, so the empty chart still says when.
        const QList<QPointF> span = metrics.series.value(importjobs::recordsMetric);
        if (!span.isEmpty()) {
            data.fromMsecs = qint64(span.first().x());
            data.toMsecs = qint64(span.last().x());
        }
        return data;
    }
    double maximum = 0;
    for (const QPointF &p : std::as_const(points))
        maximum = std::max(maximum, p.y());
    if (maximum <= 1.0) {
        for (QPointF &p : points)
            p.setY(p.y() * 100);
    }
    data.title = jobTitle(JobCharts::tr("Cache hit ratio"), metrics.job);
    data.series << TimeSeries{JobCharts::tr("hit ratio"), points, false};
    return data;
}

TimeSeriesData compare(const QList<JobMetrics> &jobs)
{
    TimeSeriesData data;
    data.title = JobCharts::tr("Import throughput compared");
    data.valueTitle = JobCharts::tr("Rate");
    data.unit = JobCharts::tr("records/s");
    data.timeAxis = TimeAxis::Elapsed;
    for (const JobMetrics &metrics : jobs) {
        TimeSeries series{label(metrics.job), metrics.series.value(importjobs::rateMetric)};
        series.originMsecs = metrics.job.startedAt;
        data.series << series;
    }
    return data;
}

QString label(const JobRecord &job)
{
    return JobCharts::tr("#%1 %2 (%3), %4")
        .arg(job.jobId)
        .arg(job.fileName,
             job.project,
             QDateTime::fromMSecsSinceEpoch(job.startedAt)
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace jobcharts
} // namespace stevedore
