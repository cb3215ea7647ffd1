// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/jobcharts.h"

#include "charts/chartaxis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace stevedore {

namespace {

struct JobCharts
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::JobCharts)
};

QString jobTitle(const QString &what, const JobRecord &job)
{
    if (job.jobId <= 0) // no job chosen yet
        return what;
    return JobCharts::tr("%1 — job %2, %3").arg(what).arg(job.jobId).arg(job.fileName);
}

// The job's time 0: its start, else (a record without one) its first run or sample.
qint64 jobOrigin(const JobMetrics &metrics)
{
    if (metrics.job.startedAt > 0)
        return metrics.job.startedAt;
    qint64 first = 0;
    for (const QList<QPointF> &points : metrics.series) {
        if (!points.isEmpty() && (first == 0 || points.first().x() < double(first)))
            first = qint64(points.first().x());
    }
    return first;
}

// The time of the job's last sample.
qint64 lastSample(const JobMetrics &metrics)
{
    qint64 last = 0;
    for (const QString &metric : {importjobs::recordsMetric, importjobs::rateMetric}) {
        const QList<QPointF> points = metrics.series.value(metric);
        if (!points.isEmpty())
            last = std::max(last, qint64(points.last().x()));
    }
    return last;
}

// The points taken from `start` until before `before`.
QList<QPointF> samplesBetween(const QList<QPointF> &points, double start, double before)
{
    QList<QPointF> inRun;
    for (const QPointF &p : points) {
        if (p.x() >= start && p.x() < before)
            inRun << p;
    }
    return inRun;
}

// The job's end: when it finished, else its last sample.
qint64 jobEnd(const JobMetrics &metrics)
{
    return metrics.job.finishedAt > 0 ? metrics.job.finishedAt : lastSample(metrics);
}

// Where run `i` (started at starts[i]) ended: at its last sample before the next run, or, the
// last run, where the job ended.
qint64 runEnd(const JobMetrics &metrics, const QList<QPointF> &starts, qsizetype i)
{
    if (i + 1 == starts.size())
        return jobEnd(metrics);
    const QList<QPointF> run = samplesBetween(
        metrics.series.value(importjobs::recordsMetric), starts[i].x(), starts[i + 1].x());
    return qint64(run.isEmpty() ? starts[i].x() : run.last().x());
}

// How long the job ran, its runs' times added up: the outages between runs left out.
qint64 runningTime(const JobMetrics &metrics, qint64 origin)
{
    const QList<QPointF> starts = metrics.series.value(importjobs::runStartMetric);
    if (starts.size() < 2)
        return std::max<qint64>(0, jobEnd(metrics) - origin);
    qint64 total = 0;
    for (qsizetype i = 0; i < starts.size(); ++i)
        total += std::max<qint64>(0, runEnd(metrics, starts, i) - qint64(starts[i].x()));
    return total;
}

double meanRate(const JobMetrics &metrics, qint64 origin)
{
    const qint64 running = runningTime(metrics, origin);
    return running > 0 ? double(metrics.job.records) * 1000.0 / double(running) : 0;
}

// The rate a chart shows at each of a job's `records` samples: the records committed over a
// window of its run around the sample (the interval that ends at it, when that is as long). Short
// jobs are sampled at every batch, a few milliseconds apart, so a rate between two samples
// swings with the clock's millisecond and with commits that land in pairs (2.5 M, 5 M,
// 2.5 M records/s); over a window of a 25th of the run, at least 50 ms and at most 10 s, it
// shows the trend. The stored per-sample rates are the fallback for a job without record
// counts.
QList<QPointF> shownRates(const JobMetrics &metrics, qint64 origin)
{
    const QList<QPointF> records = metrics.series.value(importjobs::recordsMetric);
    if (records.isEmpty())
        return metrics.series.value(importjobs::rateMetric);
    QList<QPointF> starts = metrics.series.value(importjobs::runStartMetric);
    if (starts.isEmpty())
        starts << QPointF(double(origin), 0);
    QList<QPointF> rates;
    for (qsizetype run = 0; run < starts.size(); ++run) {
        const double before = run + 1 < starts.size() ? starts[run + 1].x()
                                                      : std::numeric_limits<double>::infinity();
        // The run's start is its first point: the records committed before it, at its time.
        QList<QPointF> points{starts[run]};
        points << samplesBetween(records, starts[run].x(), before);
        const qsizetype last = points.size() - 1;
        if (last < 1)
            continue;
        const double window = std::clamp((points[last].x() - points[0].x()) / 25.0, 50.0, 10000.0);
        for (qsizetype i = 1; i <= last; ++i) {
            // From the interval that ends at the sample, widened a point at a time on the side
            // nearer to it, until the window is covered or the run is.
            qsizetype a = i - 1;
            qsizetype b = i;
            while (points[b].x() - points[a].x() < window && (a > 0 || b < last)) {
                const bool earlier
                    = a > 0
                      && (b == last
                          || points[i].x() - points[a].x() <= points[b].x() - points[i].x());
                if (earlier)
                    --a;
                else
                    ++b;
            }
            const double ms = points[b].x() - points[a].x();
            if (ms > 0)
                rates << QPointF(points[i].x(),
                                 std::max(0.0, points[b].y() - points[a].y()) * 1000.0 / ms);
        }
    }
    return rates;
}

// The highest rate shown. A job's fastest moment is at least as fast as its mean, so the peak
// is never below the mean (the samples can miss a short burst).
double peakRate(const QList<QPointF> &rates, double mean)
{
    double peak = mean;
    for (const QPointF &p : rates)
        peak = std::max(peak, p.y());
    return peak;
}

// An unfinished job's status, as the summary says it.
QString statusText(const QString &status)
{
    if (status == QLatin1String("running"))
        return JobCharts::tr("still running");
    if (status == QLatin1String("cancelled"))
        return JobCharts::tr("cancelled");
    if (status == QLatin1String("failed"))
        return JobCharts::tr("failed");
    return status;
}

// "Started 4 Dec 2026 17:32 · 300,000 records, 12 rejected, in 2 min 5 s · mean 2.4 k, peak
// 3.1 k records/s": short enough for two lines above a card's plot.
QString summary(const JobMetrics &metrics, qint64 origin)
{
    const QLocale locale;
    const JobRecord &job = metrics.job;
    const double mean = meanRate(metrics, origin);
    QStringList parts{
        JobCharts::tr("Started %1")
            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(origin), QLocale::ShortFormat)),
        JobCharts::tr("%1 records, %2 rejected, in %3")
            .arg(locale.toString(job.records),
                 locale.toString(job.rejected),
                 chartaxis::durationText(std::max<qint64>(0, jobEnd(metrics) - origin), locale))};
    if (mean > 0)
        parts << JobCharts::tr("mean %1, peak %2 records/s")
                     .arg(chartaxis::siValue(mean, locale),
                          chartaxis::siValue(peakRate(shownRates(metrics, origin), mean), locale));
    if (!job.status.isEmpty() && job.status != QLatin1String("done"))
        parts << statusText(job.status);
    return parts.join(QStringLiteral(" · "));
}

// Where the job stopped and went on: paused at the last sample of a run another run follows,
// resumed at each run's start after the first, retried where a transient failure was retried.
QList<ChartMarker> markers(const JobMetrics &metrics)
{
    QList<ChartMarker> marks;
    const QList<QPointF> starts = metrics.series.value(importjobs::runStartMetric);
    QList<QPointF> samples = metrics.series.value(importjobs::recordsMetric);
    samples << metrics.series.value(importjobs::rateMetric);
    for (qsizetype i = 1; i < starts.size(); ++i) {
        const QList<QPointF> before = samplesBetween(samples, starts[i - 1].x(), starts[i].x());
        if (!before.isEmpty()) {
            const auto last = std::max_element(
                before.cbegin(), before.cend(), [](const QPointF &a, const QPointF &b) {
                    return a.x() < b.x();
                });
            marks << ChartMarker{ChartMarker::Kind::Paused, qint64(last->x()), {}};
        }
        marks << ChartMarker{ChartMarker::Kind::Resumed, qint64(starts[i].x()), {}};
    }
    for (const QPointF &retry : metrics.series.value(importjobs::retryMetric))
        marks << ChartMarker{ChartMarker::Kind::Retried, qint64(retry.x()), {}};
    return marks;
}

// What every chart of one job shares: its elapsed time axis and its summary.
TimeSeriesData jobChart(const JobMetrics &metrics)
{
    TimeSeriesData data;
    data.timeAxis = TimeAxis::Elapsed;
    data.originMsecs = jobOrigin(metrics);
    if (metrics.job.jobId > 0)
        data.subtitle = summary(metrics, data.originMsecs);
    return data;
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
    TimeSeriesData data = jobChart(metrics);
    data.title = jobTitle(JobCharts::tr("Import throughput"), metrics.job);
    data.valueTitle = JobCharts::tr("Rate");
    data.unit = JobCharts::tr("records/s");
    data.secondaryTitle = JobCharts::tr("Imported");
    data.secondaryUnit = JobCharts::tr("records");
    const QList<QPointF> runStarts = metrics.series.value(importjobs::runStartMetric);
    data.series << perRun(
        TimeSeries{JobCharts::tr("records/s"), shownRates(metrics, data.originMsecs), false},
        runStarts);
    data.series << perRun(TimeSeries{JobCharts::tr("records imported"),
                                     metrics.series.value(importjobs::recordsMetric),
                                     true},
                          runStarts);
    data.markers = markers(metrics);
    data.emptyReason = metrics.job.jobId > 0
                           ? JobCharts::tr("No throughput was recorded for this job")
                           : JobCharts::tr("No import job to show yet");
    return data;
}

TimeSeriesData cacheHitRatio(const JobMetrics &metrics, bool *recorded)
{
    TimeSeriesData data = jobChart(metrics);
    data.title = jobTitle(JobCharts::tr("Cache hit ratio"), metrics.job);
    data.valueTitle = JobCharts::tr("Hit ratio");
    data.unit = JobCharts::tr("%");
    data.valueCeiling = 100;
    data.emptyReason = JobCharts::tr("No cache lookups during this job");
    QList<QPointF> points = metrics.series.value(importjobs::cacheRatioMetric);
    if (recorded)
        *recorded = !points.isEmpty();
    if (points.isEmpty())
        return data;
    double maximum = 0;
    for (const QPointF &p : std::as_const(points))
        maximum = std::max(maximum, p.y());
    if (maximum <= 1.0) {
        for (QPointF &p : points)
            p.setY(p.y() * 100);
    }
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
    data.emptyReason = JobCharts::tr("None of these jobs recorded its throughput");
    QStringList means{JobCharts::tr("Each job from its own start")};
    const QLocale locale;
    for (const JobMetrics &metrics : jobs) {
        const qint64 origin = jobOrigin(metrics);
        const QString name = JobCharts::tr("#%1 %2, %3")
                                 .arg(metrics.job.jobId)
                                 .arg(metrics.job.fileName,
                                      locale.toString(QDateTime::fromMSecsSinceEpoch(origin),
                                                      QLocale::ShortFormat));
        TimeSeries series{name, shownRates(metrics, origin)};
        series.originMsecs = origin;
        data.series << perRun(series, metrics.series.value(importjobs::runStartMetric));
        means << JobCharts::tr("#%1 mean %2 records/s")
                     .arg(metrics.job.jobId)
                     .arg(chartaxis::siValue(meanRate(metrics, origin), locale));
    }
    data.subtitle = means.join(QStringLiteral(" · "));
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
