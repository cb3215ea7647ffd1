// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QChart;

namespace stevedore {

// One named line of a time series chart: x is milliseconds since the epoch (UTC), y the value.
struct TimeSeries
{
    QString name;
    QList<QPointF> points; // oldest first
    // Drawn against the right-hand axis (TimeSeriesData::secondaryTitle/secondaryUnit), for a
    // second quantity with another unit in the same chart (e.g. wait time beside counts).
    bool secondaryAxis = false;
    // A later part of the series before it, after a gap (a line does not cross it): drawn in
    // that series' colour, with no legend entry of its own.
    bool continuesPrevious = false;
    // Elapsed time axis: this series' own time 0 (several jobs compared, each from its own
    // start); 0: the chart's originMsecs.
    qint64 originMsecs = 0;
};

// How a time series chart's time axis reads.
enum class TimeAxis {
    // Live charts: clock time at round intervals (every 10 s, 1 min, …), in the window's
    // locale, never milliseconds.
    WallClock,
    // Job charts: time since originMsecs ("0 s", "30 s", "1 min 30 s"); the wall-clock start
    // belongs in the subtitle.
    Elapsed,
};

// A moment marked on the time axis: where a job paused, resumed or retried.
struct ChartMarker
{
    enum class Kind { Paused, Resumed, Retried };
    Kind kind = Kind::Resumed;
    qint64 atMsecs = 0; // milliseconds since the epoch (UTC), as TimeSeries x
    QString label;      // translated; empty: the kind's own name
};

// Plain data for a time series chart. Titles are shown as given (translate them first); the
// unit is appended to the axis title in brackets ("Throughput (records/s)").
struct TimeSeriesData
{
    QString title;
    // A second, smaller line under the title: a job's start, records, rejects, duration,
    // mean and peak rate.
    QString subtitle;
    TimeAxis timeAxis = TimeAxis::WallClock;
    // Time 0 of an Elapsed axis, and of the elapsed_s column of a CSV export (live charts: the
    // start of the window). 0: the first point's time (or fromMsecs when set).
    qint64 originMsecs = 0;
    QList<ChartMarker> markers;
    // Shown inside the plot when no series has a point ("No cache lookups during this job"):
    // nothing empty pretends to be a chart.
    QString emptyReason;
    // The series on the left axis are drawn as stacked areas (connections in use by pool).
    bool stacked = false;
    QString timeTitle;  // empty: "Time"
    QString valueTitle; // the left axis
    QString unit;
    QString secondaryTitle; // the right axis; only used when a series asks for it
    QString secondaryUnit;
    QList<TimeSeries> series;
    // The time range shown; when from >= to the range of the data is used.
    qint64 fromMsecs = 0;
    qint64 toMsecs = 0;
    // Lower bound of the value axes (throughput, counts and ratios start at 0). Set
    // std::numeric_limits<double>::quiet_NaN() for a range taken from the data alone.
    double valueFloor = 0;
    // Upper bound of the left axis when positive (100 for a percentage); 0: from the data.
    double valueCeiling = 0;
};

// True when any series has a point.
bool hasPoints(const TimeSeriesData &data);

// Plain data for a (grouped) bar chart: one bar per category in each set. A single set of
// named values (benchmark ratios) is the common case: see namedValues().

struct BarSet
{
    QString name;
    QList<double> values; // one per category, in order
};

struct BarChartData
{
    QString title;
    QString categoryTitle;
    QString valueTitle;
    QString unit;
    QStringList categories;
    QList<BarSet> sets;

    // categories = names, one set called setName holding values.
    static BarChartData namedValues(const QString &title,
                                    const QString &valueTitle,
                                    const QString &unit,
                                    const QList<std::pair<QString, double>> &values,
                                    const QString &setName = {});
};

// Builds QtCharts charts from plain data (a time series chart is a TimeSeriesChart, see
// timeserieschart.h for how it draws the data). Needs a QApplication (QtCharts is widget-based);
// works under QT_QPA_PLATFORM=offscreen. Every function is for the GUI thread only.
// Charts are returned without a parent: the caller owns them (a QChartView takes ownership
// with setChart()). No animations, so a chart can be rendered at once after an update.
namespace chartfactory {

QChart *createTimeSeriesChart(const TimeSeriesData &data,
                              const std::optional<QPalette> &palette = std::nullopt);
// Replaces the chart's series, titles and ranges with data (same number of series keeps the
// QLineSeries objects: a cheap replace() of their points, suitable for a 2 Hz redraw).
// chart must come from createTimeSeriesChart().
void setTimeSeriesData(QChart *chart, const TimeSeriesData &data);

QChart *createBarChart(const BarChartData &data,
                       const std::optional<QPalette> &palette = std::nullopt);

// Picks the light or dark chart theme from the palette's window colour (default: the
// application's), keeping text readable on both; call again on QEvent::PaletteChange.
void applyPalette(QChart *chart, const std::optional<QPalette> &palette = std::nullopt);
bool isDark(const QPalette &palette);
// The series colours, in order: eight colour-blind-safe colours, readable on the light or the
// dark background.
QList<QColor> seriesColors(bool dark);

// "Title (unit)", or the title alone when unit is empty.
QString axisTitle(const QString &title, const QString &unit);

} // namespace chartfactory
} // namespace stevedore
