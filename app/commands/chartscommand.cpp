// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "charts/chartexport.h"
#include "charts/chartfactory.h"
#include "charts/jobcharts.h"
#include "clioptions.h"
#include "db/database.h"
#include "db/sql.h"
#include "store/importjobs.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QPalette>

#include <memory>

namespace stevedore::cli {

namespace {

struct ChartsCommand
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::cli::ChartsCommand)
};

// Exported files look the same whatever the desktop's theme: a fixed light palette.
QPalette exportPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    return palette;
}

JobMetrics loadJob(Context &ctx)
{
    const bool byId = ctx.isSet(QStringLiteral("job"));
    if (byId && ctx.isSet(QStringLiteral("last")))
        throw UsageError{ChartsCommand::tr("give either --job or --last")};
    qint64 jobId = 0;
    if (byId) {
        bool ok = false;
        jobId = ctx.value(QStringLiteral("job")).toLongLong(&ok);
        if (!ok || jobId <= 0)
            throw UsageError{ChartsCommand::tr("--job takes a job id (a positive number)")};
    }
    const std::optional<JobMetrics> metrics
        = ctx.database()
              .read(
                  [jobId](QSqlDatabase &db) -> std::optional<JobMetrics> {
                      Sql sql(db);
                      const std::optional<JobRecord> job
                          = jobId > 0 ? importjobs::job(sql, jobId) : importjobs::lastJob(sql);
                      if (!job)
                          return std::nullopt;
                      return JobMetrics{*job, importjobs::history(sql, job->jobId)};
                  },
                  ReadConsistency::Primary)
              .result();
    if (!metrics)
        throw UsageError{jobId > 0 ? ChartsCommand::tr("no import job %1").arg(jobId)
                                   : ChartsCommand::tr("there is no import job yet")};
    return *metrics;
}

// Writes one chart in every format; returns false (after saying why) on the first failure.
bool writeChart(Context &ctx, const TimeSeriesData &data, const QString &dir, const QString &stem)
{
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data, exportPalette()));
    QString error;
    const QStringList written
        = chartexport::writeAll(chart.get(), dir, stem, chartexport::defaultSize, &error);
    for (const QString &path : written)
        ctx.out(path + QLatin1Char('\n'));
    if (!error.isEmpty())
        ctx.err(error + QLatin1Char('\n'));
    return error.isEmpty();
}

int chartsCommand(Context &ctx)
{
    const QString dir = ctx.required(QStringLiteral("out"));
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        ctx.err(ChartsCommand::tr("stevedore charts: this build starts commands without a "
                                  "QApplication; charts need one (see Command::needsWidgets "
                                  "in app/cli.h)\n"));
        return 1;
    }
    if (!QDir().mkpath(dir))
        throw UsageError{ChartsCommand::tr("cannot create the folder %1").arg(dir)};
    const JobMetrics metrics = loadJob(ctx);
    const QString prefix = QStringLiteral("job-%1-").arg(metrics.job.jobId);

    const TimeSeriesData throughput = jobcharts::throughput(metrics);
    if (metrics.series.value(importjobs::rateMetric).isEmpty())
        ctx.err(ChartsCommand::tr("job %1 has no recorded throughput; the throughput chart "
                                  "is empty\n")
                    .arg(metrics.job.jobId));
    bool recorded = false;
    const TimeSeriesData cache = jobcharts::cacheHitRatio(metrics, &recorded);
    if (!recorded)
        ctx.err(ChartsCommand::tr("job %1 has no recorded cache_hit_ratio; the cache hit "
                                  "ratio chart is rendered without data\n")
                    .arg(metrics.job.jobId));
    const bool ok = writeChart(ctx, throughput, dir, prefix + QStringLiteral("throughput"))
                    && writeChart(ctx, cache, dir, prefix + QStringLiteral("cache-hit-ratio"));
    return ok ? 0 : 1;
}

} // namespace

QList<Command> chartsCommands()
{
    return {
        {QStringLiteral("charts"),
         ChartsCommand::tr("Render an import job's charts from its recorded history (throughput "
                           "and cache hit ratio) as PNG, SVG, PDF and CSV, without a display."),
         QStringLiteral("--out DIR [--job ID | --last]"),
         {{QStringLiteral("out"),
           ChartsCommand::tr("The folder to write into (created if "
                             "needed)."),
           QStringLiteral("dir")},
          {QStringLiteral("job"), ChartsCommand::tr("The import job's id."), QStringLiteral("id")},
          {QStringLiteral("last"), ChartsCommand::tr("The most recent import job (the default).")}},
         chartsCommand,
         true},
    };
}

} // namespace stevedore::cli
