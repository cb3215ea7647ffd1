// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "charts/chartexport.h"
#include "charts/chartfactory.h"
#include "charts/jobcharts.h"
#include "clioptions.h"
#include "db/database.h"
#include "db/sql.h"
#include "language.h"
#include "store/importjobs.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QPalette>
#include <QRegularExpression>

#include <memory>
#include <optional>

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

std::optional<JobMetrics> readJob(Context &ctx, qint64 jobId)
{
    return ctx.database()
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
}

qint64 jobIdFrom(const QString &text, const QString &option)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{
            ChartsCommand::tr("--%1 takes job ids (positive numbers), not '%2'").arg(option, text)};
    return id;
}

JobMetrics loadJob(Context &ctx)
{
    const bool byId = ctx.isSet(QStringLiteral("job"));
    if (byId && ctx.isSet(QStringLiteral("last")))
        throw UsageError{ChartsCommand::tr("give either --job or --last")};
    const qint64 jobId
        = byId ? jobIdFrom(ctx.value(QStringLiteral("job")), QStringLiteral("job")) : 0;
    const std::optional<JobMetrics> metrics = readJob(ctx, jobId);
    if (!metrics)
        throw UsageError{jobId > 0 ? ChartsCommand::tr("no import job %1").arg(jobId)
                                   : ChartsCommand::tr("there is no import job yet")};
    return *metrics;
}

QList<qint64> compareIds(Context &ctx)
{
    if (ctx.isSet(QStringLiteral("job")) || ctx.isSet(QStringLiteral("last")))
        throw UsageError{ChartsCommand::tr("give either --compare or --job/--last")};
    QList<qint64> ids;
    for (const QString &part : ctx.value(QStringLiteral("compare")).split(QLatin1Char(',')))
        ids << jobIdFrom(part, QStringLiteral("compare"));
    if (ids.size() < 2)
        throw UsageError{ChartsCommand::tr("--compare takes two job ids or more (--compare 3,4)")};
    return ids;
}

QList<JobMetrics> loadJobs(Context &ctx, const QList<qint64> &ids)
{
    QList<JobMetrics> jobs;
    for (const qint64 id : ids) {
        const std::optional<JobMetrics> metrics = readJob(ctx, id);
        if (!metrics)
            throw UsageError{ChartsCommand::tr("no import job %1").arg(id)};
        jobs << *metrics;
    }
    return jobs;
}

// "1920x1200": pixels, each side from 100 to 16384.
QSize sizeFrom(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const QSize size
        = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (size.width() < 100 || size.height() < 100 || size.width() > 16384 || size.height() > 16384)
        throw UsageError{ChartsCommand::tr("--size takes WIDTHxHEIGHT in pixels, each from 100 "
                                           "to 16384 (e.g. 1920x1200), not '%1'")
                             .arg(text)};
    return size;
}

chartexport::ImageOptions imageOptions(Context &ctx)
{
    chartexport::ImageOptions options;
    if (ctx.isSet(QStringLiteral("size")))
        options.pixels = sizeFrom(ctx.value(QStringLiteral("size")));
    if (ctx.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        options.dpi = ctx.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || options.dpi < 24 || options.dpi > 1200)
            throw UsageError{ChartsCommand::tr("--dpi takes dots per inch from 24 to 1200 (e.g. "
                                               "192), not '%1'")
                                 .arg(ctx.value(QStringLiteral("dpi")))};
    }
    // The chart is laid out at pixels / (dpi / 96): below this nothing readable fits.
    const QSize logical = options.logicalSize();
    if (logical.width() < 240 || logical.height() < 160)
        throw UsageError{ChartsCommand::tr("--size %1x%2 at --dpi %3 leaves %4x%5 for the chart; "
                                           "give more pixels or fewer dpi (at least 240x160 at "
                                           "96 dpi)")
                             .arg(options.pixels.width())
                             .arg(options.pixels.height())
                             .arg(options.dpi)
                             .arg(logical.width())
                             .arg(logical.height())};
    return options;
}

// What a chart's file names and messages call it.
struct ChartOutput
{
    QString subject; // "job 3"
    QString name;    // "cache hit ratio"
    QString stem;    // file names without suffix
};

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

// Writes one chart in every format, or nothing when it has no point (saying why on stderr);
// returns false (after saying why) on the first failure.
bool writeChart(Context &ctx,
                const TimeSeriesData &data,
                const ChartOutput &output,
                const QString &dir,
                const chartexport::ImageOptions &options)
{
    if (!hasPoints(data)) {
        ctx.err(ChartsCommand::tr("%1: skipped the %2 chart: %3\n")
                    .arg(output.subject, output.name, lowerFirst(data.emptyReason)));
        return true;
    }
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data, exportPalette()));
    QString error;
    const QStringList written
        = chartexport::writeAll(chart.get(), dir, output.stem, options, &error);
    for (const QString &path : written)
        ctx.out(path + QLatin1Char('\n'));
    if (!error.isEmpty())
        ctx.err(error + QLatin1Char('\n'));
    return error.isEmpty();
}

bool writeJobCharts(Context &ctx, const QString &dir, const chartexport::ImageOptions &options)
{
    const JobMetrics metrics = loadJob(ctx);
    const QString subject = ChartsCommand::tr("job %1").arg(metrics.job.jobId);
    const QString prefix = QStringLiteral("job-%1-").arg(metrics.job.jobId);
    return writeChart(
               ctx,
               jobcharts::throughput(metrics),
               {subject, ChartsCommand::tr("throughput"), prefix + QStringLiteral("throughput")},
               dir,
               options)
           && writeChart(ctx,
                         jobcharts::cacheHitRatio(metrics),
                         {subject,
                          ChartsCommand::tr("cache hit ratio"),
                          prefix + QStringLiteral("cache-hit-ratio")},
                         dir,
                         options);
}

bool writeComparison(Context &ctx, const QString &dir, const chartexport::ImageOptions &options)
{
    const QList<qint64> ids = compareIds(ctx);
    const QList<JobMetrics> jobs = loadJobs(ctx, ids);
    QStringList names;
    for (const qint64 id : ids)
        names << QString::number(id);
    return writeChart(ctx,
                      jobcharts::compare(jobs),
                      {ChartsCommand::tr("jobs %1").arg(names.join(QStringLiteral(", "))),
                       ChartsCommand::tr("throughput comparison"),
                       QStringLiteral("compare-%1-throughput").arg(names.join(QLatin1Char('-')))},
                      dir,
                      options);
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
    const chartexport::ImageOptions options = imageOptions(ctx);
    // A chart is a document for people: its titles, legend and summary are in the interface's
    // language (View → Language, else the system's), as its numbers are in its locale. The
    // command's own lines stay English, as every command's do.
    language::installTranslators(*QCoreApplication::instance());
    if (!QDir().mkpath(dir))
        throw UsageError{ChartsCommand::tr("cannot create the folder %1").arg(dir)};
    const bool ok = ctx.isSet(QStringLiteral("compare")) ? writeComparison(ctx, dir, options)
                                                         : writeJobCharts(ctx, dir, options);
    return ok ? 0 : 1;
}

} // namespace

QList<Command> chartsCommands()
{
    return {
        {QStringLiteral("charts"),
         ChartsCommand::tr("Render an import job's charts from its recorded history (throughput "
                           "and cache hit ratio), or several jobs' throughput compared, as PNG, "
                           "SVG, PDF and CSV (series,unit,elapsed_s,time_utc,value), without a "
                           "display. Prints the files written; a chart without data is skipped, "
                           "saying why on stderr."),
         QStringLiteral("--out DIR [--job ID | --last | --compare ID,ID…] [--size WxH] [--dpi N]"),
         {{QStringLiteral("out"),
           ChartsCommand::tr("The folder to write into (created if "
                             "needed)."),
           QStringLiteral("dir")},
          {QStringLiteral("job"), ChartsCommand::tr("The import job's id."), QStringLiteral("id")},
          {QStringLiteral("last"), ChartsCommand::tr("The most recent import job (the default).")},
          {QStringLiteral("compare"),
           ChartsCommand::tr("Compare the throughput of these jobs, each from its own start "
                             "(compare-ID-ID-throughput.*)."),
           QStringLiteral("ids")},
          {QStringLiteral("size"),
           ChartsCommand::tr("The PNG's size in pixels (default 1920x1200)."),
           QStringLiteral("WxH")},
          {QStringLiteral("dpi"),
           ChartsCommand::tr("The PNG's dots per inch: how large text and lines are drawn "
                             "(default 192; 96 draws them half as large)."),
           QStringLiteral("n")}},
         chartsCommand,
         true},
    };
}

} // namespace stevedore::cli
