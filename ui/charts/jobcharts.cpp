// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/jobcharts.h"

#include "db/sql.h"

#include <QCoreApplication>
#include <QDateTime>

namespace stevedore {

namespace {

struct JobCharts
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::JobCharts)
};

const QString jobColumns = QStringLiteral(
    "SELECT j.id, p.name, j.file_name, j.status, j.records_imported, j.records_rejected, "
    "j.started_at, j.finished_at FROM import_jobs j JOIN projects p ON p.id = j.project_id ");

QList<JobRecord> toJobs(const SqlResult &result)
{
    QList<JobRecord> jobs;
    for (const QVariantList &r : result.rows)
        jobs << JobRecord{r[0].toLongLong(),
                          r[1].toString(),
                          r[2].toString(),
                          r[3].toString(),
                          r[4].toLongLong(),
                          r[5].toLongLong(),
                          r[6].toLongLong(),
                          r[7].toLongLong()};
    return jobs;
}

QString jobTitle(const QString &what, const JobRecord &job)
{
    return JobCharts::tr("%1 — job %2, %3").arg(what).arg(job.jobId).arg(job.fileName);
}

} // namespace

namespace jobcharts {

QList<JobRecord> finishedJobs(const Sql &sql, int limit)
{
    return toJobs(
        sql.exec(jobColumns + QStringLiteral("WHERE j.status = 'done' ORDER BY j.id DESC LIMIT ?"),
                 {limit}));
}

std::optional<JobRecord> lastJob(const Sql &sql)
{
    const QList<JobRecord> jobs
        = toJobs(sql.exec(jobColumns + QStringLiteral("ORDER BY j.id DESC LIMIT 1")));
    return jobs.isEmpty() ? std::nullopt : std::optional<JobRecord>(jobs.first());
}

std::optional<JobRecord> jobById(const Sql &sql, qint64 jobId)
{
    const QList<JobRecord> jobs
        = toJobs(sql.exec(jobColumns + QStringLiteral("WHERE j.id = ?"), {jobId}));
    return jobs.isEmpty() ? std::nullopt : std::optional<JobRecord>(jobs.first());
}

JobMetrics loadMetrics(const Sql &sql, const JobRecord &job)
{
    JobMetrics metrics;
    metrics.job = job;
    const SqlResult result
        = sql.exec(QStringLiteral("SELECT name, ts, value FROM metrics_history WHERE job_id = ? "
                                  "ORDER BY name, ts"),
                   {job.jobId});
    for (const QVariantList &r : result.rows)
        metrics.series[r[0].toString()] << QPointF(r[1].toDouble(), r[2].toDouble());
    return metrics;
}

TimeSeriesData throughput(const JobMetrics &metrics)
{
    TimeSeriesData data;
    data.title = jobTitle(JobCharts::tr("Import throughput"), metrics.job);
    data.valueTitle = JobCharts::tr("Rate");
    data.unit = JobCharts::tr("records/s");
    data.secondaryTitle = JobCharts::tr("Imported");
    data.secondaryUnit = JobCharts::tr("records");
    data.series << TimeSeries{JobCharts::tr("records/s"), metrics.series.value(rateMetric), false};
    data.series << TimeSeries{
        JobCharts::tr("records imported"), metrics.series.value(recordsMetric), true};
    return data;
}

TimeSeriesData cacheHitRatio(const JobMetrics &metrics, bool *recorded)
{
    TimeSeriesData data;
    data.valueTitle = JobCharts::tr("Hit ratio");
    data.unit = JobCharts::tr("%");
    data.valueCeiling = 100;
    QList<QPointF> points = metrics.series.value(cacheRatioMetric);
    if (recorded)
        *recorded = !points.isEmpty();
    if (points.isEmpty()) {
        data.title = jobTitle(JobCharts::tr("Cache hit ratio (not recorded)"), metrics.job);
        // The job's time span, so the empty chart still says when.
        const QList<QPointF> span = metrics.series.value(recordsMetric);
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
