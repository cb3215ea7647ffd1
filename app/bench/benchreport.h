// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "benchrunner.h"
#include "charts/chartfactory.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stevedore::bench {

struct ReportInput
{
    QJsonObject env;
    QList<BenchResult> results;
    std::optional<QList<MetricChange>> changes; // with --compare
    QString comparedWith;                       // the old results.json
    QStringList notes;                          // skipped or failed cases, one line each
};

struct ReportFiles
{
    QString markdown;     // dir/report.md
    QString html;         // dir/report.html
    QStringList charts;   // the PNG and SVG files written (none for a skipped chart)
    QString chartProblem; // why charts could not be written (no QApplication, a write error)
};

// Writes report.md and report.html into dir: a table of every comparison with its ratio (one
// rule, BenchResult: above 1 is a win) and the change against an earlier run, the extras, and
// the charts (bar chart of every row's ratio, anchor rows included; the import throughput of
// each measured run on an elapsed time axis) rendered offscreen with the shared chart code as
// PNG and SVG at chartexport's default size next to the report and linked from it. A chart with
// no data is not rendered: the report says "<title>: skipped: <why>" in its place. Charts need
// a QApplication (QtCharts is widget-based); without one the report says so and links none.
// Only files that exist are linked (results.json too). GUI thread only. Returns empty paths
// when dir cannot be written.
ReportFiles writeReport(const QString &dir, const ReportInput &input);

// The report's charts as data, before they are drawn. ratioChartData: one bar per row with a
// ratio, anchor rows included, titled so that the chart says above 1 is a win.
// throughputChartData: one line per measured run of the import case (its
// extra.throughput_runs), each on an elapsed time axis from its own start, with a subtitle of
// runs, records and the median in the row's unit (numbers in QLocale()); when there is nothing
// to draw it has no points and emptyReason says why.
BarChartData ratioChartData(const QList<BenchResult> &results);
TimeSeriesData throughputChartData(const QList<BenchResult> &results);

// The relative links (href/src, Markdown targets) of a report file, for checking them.
QStringList reportLinks(const QString &reportPath);

} // namespace stevedore::bench
