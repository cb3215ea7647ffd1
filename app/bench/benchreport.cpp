// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "benchreport.h"

#include "charts/chartexport.h"
#include "charts/chartfactory.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <memory>

namespace stevedore::bench {

namespace {

// A chart of the report: rendered (png and svg set) or skipped (skipped says why).
struct Chart
{
    QString title;
    QString png;
    QString svg;
    QString skipped;
};

QString statsText(const Stats &stats)
{
    return QStringLiteral("%1 (%2–%3)")
        .arg(formatValue(stats.median), formatValue(stats.min), formatValue(stats.max));
}

QString ratioText(const BenchResult &result)
{
    return result.ratio ? QStringLiteral("×") + formatValue(*result.ratio) : QStringLiteral("–");
}

// The one rule of the Ratio column (BenchResult::computeRatio), for both report files.
QString ratioRule()
{
    return QStringLiteral(
        "Ratio: how many times better the optimised side is than the baseline, in every row: "
        "baseline median ÷ optimised median for times (lower is better), optimised ÷ baseline "
        "for rates (higher is better), so above 1 is a win and below 1 a loss. In the anchor "
        "rows (import.anchor.*) the baseline is an external tool loading the same CSV into a "
        "plain table (sqlite3 .import, psql \\copy) and the optimised side Stevedore's import: "
        "above 1, Stevedore is faster. The formats rows read alike: in formats.xlsx the "
        "baseline is csvkit's in2csv converting the workbook to CSV (no database), in "
        "formats.csv_gz zcat piped into sqlite3 .import; in formats.gz_overhead both sides are "
        "Stevedore's import, of the plain CSV (baseline) and of the same CSV gzip-compressed, "
        "so its ratio is below 1 by what decompression costs (overhead_percent in the "
        "details).");
}

QString changeText(const MetricChange &change)
{
    QString text = QStringLiteral("%1%2 %")
                       .arg(change.change >= 0 ? QStringLiteral("+") : QString())
                       .arg(change.change * 100, 0, 'f', 1);
    if (change.regression)
        text += QStringLiteral(" REGRESSION");
    return text;
}

const MetricChange *changeOf(const ReportInput &input, const QString &name)
{
    if (!input.changes)
        return nullptr;
    for (const MetricChange &change : *input.changes) {
        if (change.name == name)
            return &change;
    }
    return nullptr;
}

// The table: one row per result. cells[0] is the header.
QList<QStringList> tableRows(const ReportInput &input)
{
    QStringList header{QStringLiteral("Case"),
                       QStringLiteral("What is compared"),
                       QStringLiteral("Unit"),
                       QStringLiteral("Baseline median (min–max)"),
                       QStringLiteral("Optimised median (min–max)"),
                       QStringLiteral("Ratio (> 1: optimised better)")};
    if (input.changes)
        header << QStringLiteral("Change of optimised median vs %1").arg(input.comparedWith);
    QList<QStringList> rows{header};
    for (const BenchResult &result : input.results) {
        QStringList row{
            result.name,
            result.title,
            result.unit
                + (result.higherIsBetter ? QStringLiteral(" (higher is better)") : QString()),
            result.baseline ? statsText(*result.baseline) : QStringLiteral("–"),
            statsText(result.optimized),
            ratioText(result)};
        if (input.changes) {
            const MetricChange *change = changeOf(input, result.name);
            row << (change ? changeText(*change) : QStringLiteral("new"));
        }
        rows << row;
    }
    return rows;
}

// Whole numbers as they are (counts), others with three significant digits.
QString jsonText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (!value.isDouble())
        return value.toString();
    const double number = value.toDouble();
    if (number == std::floor(number) && std::abs(number) < 1e15)
        return QString::number(qint64(number));
    return formatValue(number);
}

QString extraText(const QJsonObject &extra)
{
    QStringList parts;
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (it.value().isArray())
            continue; // series are charted, not printed
        const QJsonValue value = it.value();
        parts << it.key() + QLatin1Char('=') + jsonText(value);
    }
    return parts.join(QStringLiteral(", "));
}

QString envLine(const QJsonObject &env)
{
    const QJsonObject machine = env.value(QStringLiteral("machine")).toObject();
    const QJsonObject versions = env.value(QStringLiteral("versions")).toObject();
    QStringList versionParts;
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
        versionParts << it.key() + QLatin1Char(' ') + it.value().toString();
    QStringList settings;
    const QJsonObject server = env.value(QStringLiteral("server_settings")).toObject();
    for (auto it = server.constBegin(); it != server.constEnd(); ++it)
        settings << it.key() + QLatin1Char('=') + it.value().toString();
    return QStringLiteral("%1 run on %2, %3 cores, %4 MiB; %5; engine %6 (%7); %8")
        .arg(env.value(QStringLiteral("quick")).toBool() ? QStringLiteral("Quick")
                                                         : QStringLiteral("Full"),
             machine.value(QStringLiteral("cpu")).toString(),
             QString::number(machine.value(QStringLiteral("cores")).toInt()),
             QString::number(machine.value(QStringLiteral("memory_mib")).toInteger()),
             env.value(QStringLiteral("os")).toString(),
             env.value(QStringLiteral("engine")).toString(),
             settings.join(QStringLiteral(", ")),
             versionParts.join(QStringLiteral(", ")));
}

// --- Charts ---------------------------------------------------------------------------------

const BenchResult *findResult(const QList<BenchResult> &results, const QString &name)
{
    const auto it = std::find_if(
        results.cbegin(), results.cend(), [&](const BenchResult &r) { return r.name == name; });
    return it == results.cend() ? nullptr : &*it;
}

// A value with three significant digits as formatValue(), in the locale the chart's axes use.
QString localeValue(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1000)
        return QLocale().toString(qint64(std::llround(value)));
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return QLocale().toString(value, 'f', decimals);
}

// Renders the chart as dir/baseName.png and .svg (chartexport's default size).
Chart renderChart(QChart *owned,
                  const QString &dir,
                  const QString &baseName,
                  const QString &title,
                  QString *problem)
{
    const std::unique_ptr<QChart> chart(owned);
    Chart out{title, baseName + QStringLiteral(".png"), baseName + QStringLiteral(".svg"), {}};
    QString error;
    if (!chartexport::writePng(chart.get(),
                               QDir(dir).filePath(out.png),
                               chartexport::defaultSize,
                               chartexport::defaultDevicePixelRatio,
                               &error)
        || !chartexport::writeSvg(
            chart.get(), QDir(dir).filePath(out.svg), chartexport::defaultSize, &error)) {
        *problem = error;
        return {title, {}, {}, QStringLiteral("not written: ") + error};
    }
    return out;
}

Chart skippedChart(const QString &title, const QString &why)
{
    return {title, {}, {}, why};
}

// Every chart of the report, rendered or skipped with the reason. *problem: why none could be
// rendered at all (no QApplication), or the last write error.
QList<Chart> renderCharts(const QString &dir, const QList<BenchResult> &results, QString *problem)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        *problem = QStringLiteral("charts need a QApplication (QtCharts is widget-based); this "
                                  "process runs without one");
        return {};
    }
    QList<Chart> charts;
    const BarChartData ratios = ratioChartData(results);
    charts << (ratios.categories.isEmpty()
                   ? skippedChart(ratios.title,
                                  QStringLiteral("no row compares a baseline with an optimised "
                                                 "path"))
                   : renderChart(chartfactory::createBarChart(ratios),
                                 dir,
                                 QStringLiteral("ratios"),
                                 ratios.title,
                                 problem));
    const TimeSeriesData throughput = throughputChartData(results);
    charts << (hasPoints(throughput) ? renderChart(chartfactory::createTimeSeriesChart(throughput),
                                                   dir,
                                                   QStringLiteral("import-throughput"),
                                                   throughput.title,
                                                   problem)
                                     : skippedChart(throughput.title, throughput.emptyReason));
    return charts;
}

// --- Markdown and HTML --------------------------------------------------------------------

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|"));
}

QString markdown(const ReportInput &input,
                 const QList<Chart> &charts,
                 const QString &chartProblem,
                 bool hasResultsJson)
{
    QString md = QStringLiteral("# Stevedore performance report\n\n");
    md += envLine(input.env) + QStringLiteral(".\n\n");
    md += QStringLiteral("Each baseline and its optimised path ran alternately on the same data "
                         "after a warm-up; medians of the measured rounds, with min–max. %1 "
                         "Other jobs on the machine add noise.\n\n")
              .arg(ratioRule());
    const QList<QStringList> rows = tableRows(input);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (const QString &cell : rows[r])
            cells << markdownCell(cell);
        md += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (r == 0)
            md += QStringLiteral("|") + QStringLiteral("---|").repeated(cells.size())
                  + QLatin1Char('\n');
    }
    md += QStringLiteral("\n## Details\n\n");
    for (const BenchResult &result : input.results) {
        if (!result.extra.isEmpty())
            md += QStringLiteral("- **%1**: %2\n").arg(result.name, extraText(result.extra));
    }
    for (const QString &note : input.notes)
        md += QStringLiteral("- %1\n").arg(note);
    md += QStringLiteral("\n## Charts\n\n");
    for (const Chart &chart : charts) {
        if (chart.png.isEmpty())
            md += QStringLiteral("%1: skipped: %2.\n\n").arg(chart.title, chart.skipped);
        else
            md += QStringLiteral("![%1](%2)\n\n[%1 (SVG)](%3)\n\n")
                      .arg(chart.title, chart.png, chart.svg);
    }
    if (charts.isEmpty() && !chartProblem.isEmpty())
        md += QStringLiteral("No charts: %1.\n").arg(chartProblem);
    if (hasResultsJson)
        md += QStringLiteral("\nRaw figures: [results.json](results.json)\n");
    return md;
}

QString html(const ReportInput &input,
             const QList<Chart> &charts,
             const QString &chartProblem,
             bool hasResultsJson)
{
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Stevedore performance report</title><style>"
        "body{font-family:sans-serif;max-width:80em;margin:2em auto;padding:0 1em}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .5em;"
        "vertical-align:top}td.num{text-align:right;white-space:nowrap}"
        ".regression{color:#b00;font-weight:bold}img{max-width:100%}"
        "</style></head><body>\n<h1>Stevedore performance report</h1>\n");
    out += QStringLiteral("<p>%1.</p>\n").arg(envLine(input.env).toHtmlEscaped());
    out += QStringLiteral("<p>Each baseline and its optimised path ran alternately on the same "
                          "data after a warm-up; medians of the measured rounds, with min–max. %1 "
                          "Other jobs on the machine add noise.</p>\n<table>\n")
               .arg(ratioRule().toHtmlEscaped());
    const QList<QStringList> rows = tableRows(input);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const QString &cell = rows[r][c];
            const QString cls = cell.endsWith(QLatin1String("REGRESSION"))
                                    ? QStringLiteral(" class=\"regression num\"")
                                : c >= 3 ? QStringLiteral(" class=\"num\"")
                                         : QString();
            out += r == 0 ? QStringLiteral("<th>%1</th>").arg(cell.toHtmlEscaped())
                          : QStringLiteral("<td%1>%2</td>").arg(cls, cell.toHtmlEscaped());
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n<h2>Details</h2>\n<ul>\n");
    for (const BenchResult &result : input.results) {
        if (!result.extra.isEmpty())
            out += QStringLiteral("<li><b>%1</b>: %2</li>\n")
                       .arg(result.name.toHtmlEscaped(), extraText(result.extra).toHtmlEscaped());
    }
    for (const QString &note : input.notes)
        out += QStringLiteral("<li>%1</li>\n").arg(note.toHtmlEscaped());
    out += QStringLiteral("</ul>\n<h2>Charts</h2>\n");
    for (const Chart &chart : charts) {
        if (chart.png.isEmpty())
            out += QStringLiteral("<p>%1: skipped: %2.</p>\n")
                       .arg(chart.title.toHtmlEscaped(), chart.skipped.toHtmlEscaped());
        else
            out += QStringLiteral("<figure><img src=\"%1\" alt=\"%2\"><figcaption>%2 "
                                  "(<a href=\"%1\">PNG</a>, <a href=\"%3\">SVG</a>)"
                                  "</figcaption></figure>\n")
                       .arg(chart.png, chart.title.toHtmlEscaped(), chart.svg);
    }
    if (charts.isEmpty() && !chartProblem.isEmpty())
        out += QStringLiteral("<p>No charts: %1.</p>\n").arg(chartProblem.toHtmlEscaped());
    if (hasResultsJson)
        out += QStringLiteral("<p>Raw figures: <a href=\"results.json\">results.json</a></p>\n");
    out += QStringLiteral("</body></html>\n");
    return out;
}

bool writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
}

} // namespace

BarChartData ratioChartData(const QList<BenchResult> &results)
{
    QList<std::pair<QString, double>> values;
    for (const BenchResult &result : results) {
        if (result.ratio)
            values.append({result.name, *result.ratio});
    }
    // Baseline ÷ optimised time is also optimised ÷ baseline rate: the axis title holds for
    // every row of the rule.
    BarChartData data
        = BarChartData::namedValues(QStringLiteral("Speed-up of each comparison (above 1 is a "
                                                   "win)"),
                                    QStringLiteral("Speed-up, baseline ÷ optimised time"),
                                    QStringLiteral("×, > 1 is faster"),
                                    values);
    data.categoryTitle = QStringLiteral("Case");
    if (!data.sets.isEmpty())
        data.sets.first().name.clear(); // one set: the axis title says it, no legend
    return data;
}

TimeSeriesData throughputChartData(const QList<BenchResult> &results)
{
    TimeSeriesData data;
    data.title = QStringLiteral("Import throughput of each measured run");
    data.timeAxis = TimeAxis::Elapsed;
    data.timeTitle = QStringLiteral("Time since the run's start");
    data.valueTitle = QStringLiteral("Throughput");
    data.unit = QStringLiteral("records/s");
    const BenchResult *import = findResult(results, QStringLiteral("import"));
    if (!import) {
        data.emptyReason = QStringLiteral("no import results (the import case was not run or "
                                          "failed)");
        return data;
    }
    const QJsonArray runs = import->extra.value(QStringLiteral("throughput_runs")).toArray();
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QJsonObject run = runs[i].toObject();
        TimeSeries series;
        series.name = QStringLiteral("Run %1").arg(i + 1)
                      + (run.value(QStringLiteral("median")).toBool() ? QStringLiteral(" (median)")
                                                                      : QString());
        series.originMsecs = run.value(QStringLiteral("start_ms")).toInteger();
        for (const QJsonValue &point : run.value(QStringLiteral("points")).toArray())
            series.points << QPointF(point[0].toDouble(), point[1].toDouble());
        data.series << series;
    }
    if (!hasPoints(data)) {
        data.emptyReason = QStringLiteral("the importer reported no progress in any measured run");
        return data;
    }
    data.subtitle
        = (runs.size() == 1 ? QStringLiteral("%1 run of %2 records; median %3 %4")
                            : QStringLiteral("%1 runs of %2 records; median %3 %4"))
              .arg(QLocale().toString(runs.size()),
                   QLocale().toString(import->extra.value(QStringLiteral("records")).toInteger()),
                   localeValue(import->optimized.median),
                   import->unit);
    return data;
}

ReportFiles writeReport(const QString &dir, const ReportInput &input)
{
    ReportFiles files;
    const QList<Chart> charts = renderCharts(dir, input.results, &files.chartProblem);
    for (const Chart &chart : charts) {
        if (!chart.png.isEmpty())
            files.charts << QDir(dir).filePath(chart.png) << QDir(dir).filePath(chart.svg);
    }
    const QString md = QDir(dir).filePath(QStringLiteral("report.md"));
    const QString htmlPath = QDir(dir).filePath(QStringLiteral("report.html"));
    const bool hasResultsJson = QFile::exists(QDir(dir).filePath(QStringLiteral("results.json")));
    if (writeText(md, markdown(input, charts, files.chartProblem, hasResultsJson)))
        files.markdown = md;
    if (writeText(htmlPath, html(input, charts, files.chartProblem, hasResultsJson)))
        files.html = htmlPath;
    return files;
}

QStringList reportLinks(const QString &reportPath)
{
    QFile file(reportPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression pattern(
        QStringLiteral(R"re((?:href|src)="([^"#:]+)"|\]\(([^)#:]+)\))re"));
    QStringList links;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString link = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        if (!links.contains(link))
            links << link;
    }
    return links;
}

} // namespace stevedore::bench
