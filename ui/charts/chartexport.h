// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QChart;
class QChartView;

namespace stevedore {

// Renders charts to files without a display (QT_QPA_PLATFORM=offscreen works; a QApplication
// must exist, QtCharts being widget-based). GUI thread only. A chart shown in a QChartView is
// rendered at the requested size and then given back its size in the view, so the view is not
// disturbed; a chart without a scene is put into a temporary one for the duration of the call.
// Errors come back as false plus an operator-readable, translated message in *error.
namespace chartexport {

enum class Format { Png, Svg, Pdf, Csv };

// The logical size used when none is given (a 16:10 page-width figure).
inline constexpr QSize defaultSize{960, 600};
inline constexpr qreal defaultDevicePixelRatio = 2.0;

// A PNG's size in pixels and its resolution. The dpi sets how large text and lines come out:
// the chart is laid out at pixels / (dpi / 96) logical pixels, each drawn as dpi / 96 device
// pixels, and the PNG records the dpi as its physical resolution. The default, 1920×1200 at
// 192 dpi, is defaultSize at defaultDevicePixelRatio. SVG and PDF are drawn at logicalSize().
struct ImageOptions
{
    QSize pixels{1920, 1200};
    int dpi = 192;

    qreal devicePixelRatio() const { return dpi / 96.0; }
    QSize logicalSize() const;
};

QString suffix(Format format); // "png", "svg", "pdf", "csv"
QList<Format> allFormats();    // in that order

// An image of size * devicePixelRatio pixels that reports size as its logical size.
QImage renderImage(QChart *chart,
                   QSize size = defaultSize,
                   qreal devicePixelRatio = defaultDevicePixelRatio);
QImage renderImage(QChartView *view, QSize size = {}, qreal devicePixelRatio = 0);

bool writePng(QChart *chart,
              const QString &path,
              QSize size = defaultSize,
              qreal devicePixelRatio = defaultDevicePixelRatio,
              QString *error = nullptr);
// Exactly options.pixels, with options.dpi as the PNG's dots per inch.
bool writePng(QChart *chart,
              const QString &path,
              const ImageOptions &options,
              QString *error = nullptr);
bool writeSvg(QChart *chart,
              const QString &path,
              QSize size = defaultSize,
              QString *error = nullptr);
// One page of exactly the chart's size (1 px = 1 pt), vector graphics.
bool writePdf(QChart *chart,
              const QString &path,
              QSize size = defaultSize,
              QString *error = nullptr);

// The chart's data points, UTF-8, RFC 4180 (CRLF line ends), one row per point:
//   time series charts (chartfactory::createTimeSeriesChart()):
//       series,unit,elapsed_s,time_utc,value
//     the series' points as given (a stacked chart's values, not their running sums), series
//     after series; "unit" is the unit of the axis the series is drawn against; "elapsed_s"
//     the seconds since the series' time 0 (TimeSeriesChart::originOf(): its own origin, else
//     the chart's: the job's start, or a live chart's window start), with up to millisecond
//     decimals; "time_utc" ISO 8601 in UTC with milliseconds. A gap (a job stopped and resumed)
//     is one row with an empty value half-way through it, so that a spreadsheet's line chart
//     breaks there too; nothing is filled in. A chart without points has the header only.
//   bar charts:  series,axis,category,value
//   other charts: series,axis,x,value
// "axis" is the title of the value axis the point belongs to, unit included. Numbers are
// machine-readable whatever the locale.
QByteArray csv(const QChart *chart);
bool writeCsv(const QChart *chart, const QString &path, QString *error = nullptr);

bool write(QChart *chart,
           Format format,
           const QString &path,
           QSize size = defaultSize,
           QString *error = nullptr);
bool write(QChart *chart,
           Format format,
           const QString &path,
           const ImageOptions &options,
           QString *error = nullptr);
// Writes dir/baseName.{png,svg,pdf,csv}; returns the paths written (all four unless an error
// stopped it, then *error says why).
QStringList writeAll(QChart *chart,
                     const QString &dir,
                     const QString &baseName,
                     QSize size = defaultSize,
                     QString *error = nullptr);
QStringList writeAll(QChart *chart,
                     const QString &dir,
                     const QString &baseName,
                     const ImageOptions &options,
                     QString *error = nullptr);

// Puts a PNG-quality image of the chart on the clipboard.
void copyToClipboard(QChart *chart, QSize size = defaultSize);

// A file name made of safe characters from a chart title ("Cache hit ratio" -> "cache-hit-ratio").
QString baseNameFor(const QString &title);

} // namespace chartexport
} // namespace stevedore
