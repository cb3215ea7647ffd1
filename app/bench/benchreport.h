// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "benchrunner.h"

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
    QStringList charts;   // the PNG and SVG files written
    QString chartProblem; // why charts are missing, empty when they were written
};

// Writes report.md and report.html into dir: a table of every comparison (and the change
// against an earlier run), the extras, and the charts (bar chart of the speed-ups, the import
// throughput over time) rendered offscreen with the shared chart code as PNG and SVG next to
// the report and linked from it. Charts need a QApplication (QtCharts is widget-based); without
// one the report says so and links none. Only files that exist are linked (results.json too).
// GUI thread only. Returns empty paths when dir cannot be written.
ReportFiles writeReport(const QString &dir, const ReportInput &input);

// The relative links (href/src, Markdown targets) of a report file, for checking them.
QStringList reportLinks(const QString &reportPath);

} // namespace stevedore::bench
