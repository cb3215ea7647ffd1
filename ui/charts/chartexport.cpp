// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartexport.h"

#include "charts/timeserieschart.h"
#include "import/exporter.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QXYSeries>

#include <algorithm>
#include <optional>

namespace stevedore {

namespace {

struct ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::ChartExport)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Lays out now, not at the next event loop turn: the axes and series follow the layout. A
// TimeSeriesChart picks its ticks and legend for the new plot area, which lays it out again:
// a few passes until nothing changes (activate() returns at once when nothing did).
void settleLayout(QChart *chart)
{
    QGraphicsLayout *layout = chart->layout();
    if (!layout)
        return;
    layout->invalidate();
    for (int pass = 0; pass < 4; ++pass)
        layout->activate();
}

// Lays the chart out at size, lets paint(scene, sourceRect) draw it, then restores it.
template<typename Paint>
void paintChartAt(QChart *chart, QSizeF size, Paint paint)
{
    std::optional<QGraphicsScene> ownScene;
    QGraphicsScene *scene = chart->scene();
    if (!scene) {
        ownScene.emplace();
        scene = &*ownScene;
        scene->addItem(chart);
    }
    const QRectF oldGeometry = chart->geometry();
    const QRectF source(chart->pos(), size);
    chart->setGeometry(source);
    settleLayout(chart);
    paint(*scene, source);
    if (ownScene) {
        scene->removeItem(chart); // the scene must not delete the caller's chart
    } else {
        chart->setGeometry(oldGeometry);
        settleLayout(chart);
    }
}

void renderInto(QPainter &painter,
                QGraphicsScene &scene,
                const QRectF &source,
                const QRectF &target,
                const QBrush &background)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(target, background);
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
}

// The title of the axis that carries a series' values: the vertical one of a line series,
// the one that is not the categories of a bar series.
QString valueAxisTitle(QAbstractSeries *series)
{
    const bool bars = qobject_cast<QAbstractBarSeries *>(series) != nullptr;
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (bars ? !qobject_cast<QBarCategoryAxis *>(axis) : axis->orientation() == Qt::Vertical)
            return axis->titleText();
    }
    return {};
}

QBarCategoryAxis *categoryAxis(QAbstractSeries *series)
{
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories;
    }
    return nullptr;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}

void appendRow(QByteArray &out, const QList<QByteArray> &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendCsvField(out, fields[i]);
    }
    out.append("\r\n");
}

void appendXySeries(QByteArray &out, QXYSeries *series)
{
    const QByteArray name = series->name().toUtf8();
    const QByteArray axis = valueAxisTitle(series).toUtf8();
    const QList<QPointF> points = series->points();
    for (const QPointF &p : points)
        appendRow(out, {name, axis, number(p.x()), number(p.y())});
}

QByteArray timeSeriesCsv(const TimeSeriesChart &chart)
{
    QByteArray out;
    appendRow(out, {"series", "unit", "elapsed_s", "time_utc", "value"});
    const TimeSeriesData &data = chart.data();
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const TimeSeries &series = data.series[i];
        const QByteArray name = series.name.toUtf8();
        const QByteArray unit = (series.secondaryAxis ? data.secondaryUnit : data.unit).toUtf8();
        const qint64 origin = chart.originOf(i);
        const auto row = [&](qint64 ms, const QByteArray &value) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            appendRow(out,
                      {name,
                       unit,
                       number(double(ms - origin) / 1000.0),
                       time.toString(Qt::ISODateWithMs).toUtf8(),
                       value});
        };
        // A run after a gap: one row without a value half-way through the gap, so that a
        // spreadsheet's line chart breaks there as ours does instead of bridging the outage.
        const QList<QPointF> &before = i > 0 ? data.series[i - 1].points : series.points;
        if (series.continuesPrevious && i > 0 && !before.isEmpty() && !series.points.isEmpty())
            row((qint64(before.last().x()) + qint64(series.points.first().x())) / 2, {});
        for (const QPointF &p : series.points)
            row(qint64(p.x()), number(p.y()));
    }
    return out;
}

// Rows in the order the chart lists the categories from the top (a horizontal bar chart
// holds them bottom first).
void appendBarSeries(QByteArray &out, QAbstractBarSeries *series)
{
    QStringList categories;
    if (QBarCategoryAxis *axis = categoryAxis(series))
        categories = axis->categories();
    const bool bottomFirst = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    const QByteArray axis = valueAxisTitle(series).toUtf8();
    for (const QBarSet *set : series->barSets()) {
        for (int n = 0; n < set->count(); ++n) {
            const int i = bottomFirst ? set->count() - 1 - n : n;
            appendRow(out,
                      {set->label().toUtf8(),
                       axis,
                       categories.value(i, QString::number(i)).toUtf8(),
                       number(set->at(i))});
        }
    }
}

bool saveBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        setError(error, ChartExport::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

namespace chartexport {

QString suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QList<Format> allFormats()
{
    return {Format::Png, Format::Svg, Format::Pdf, Format::Csv};
}

QSize ImageOptions::logicalSize() const
{
    return (QSizeF(pixels) / devicePixelRatio()).toSize();
}

// An image of exactly `pixels`, the chart laid out at pixels / devicePixelRatio.
QImage renderPixels(QChart *chart, QSize pixels, qreal devicePixelRatio)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    const QSizeF logical = QSizeF(pixels) / devicePixelRatio;
    paintChartAt(chart, logical, [&](QGraphicsScene &scene, const QRectF &source) {
        QPainter painter(&image);
        renderInto(painter, scene, source, QRectF(QPointF(), logical), chart->backgroundBrush());
    });
    return image;
}

QImage renderImage(QChart *chart, QSize size, qreal devicePixelRatio)
{
    return renderPixels(chart, size * devicePixelRatio, devicePixelRatio);
}

QImage renderImage(QChartView *view, QSize size, qreal devicePixelRatio)
{
    return renderImage(view->chart(),
                       size.isEmpty() ? view->size() : size,
                       devicePixelRatio > 0 ? devicePixelRatio : view->devicePixelRatioF());
}

bool writePng(
    QChart *chart, const QString &path, QSize size, qreal devicePixelRatio, QString *error)
{
    return writePng(
        chart, path, ImageOptions{size * devicePixelRatio, qRound(96 * devicePixelRatio)}, error);
}

bool writePng(QChart *chart, const QString &path, const ImageOptions &options, QString *error)
{
    QImage image = renderPixels(chart, options.pixels, options.devicePixelRatio());
    // Set once drawn: QPainter sizes text in points by the image's resolution.
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        setError(error, ChartExport::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool writeSvg(QChart *chart, const QString &path, QSize size, QString *error)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(), size));
    generator.setTitle(chart->title());
    generator.setDescription(ChartExport::tr("Chart exported by Stevedore"));
    bool ok = false;
    paintChartAt(chart, size, [&](QGraphicsScene &scene, const QRectF &source) {
        QPainter painter;
        if (!painter.begin(&generator))
            return;
        renderInto(
            painter, scene, source, QRectF(QPointF(), QSizeF(size)), chart->backgroundBrush());
        ok = painter.end();
    });
    if (!ok || !QFile::exists(path)) {
        setError(error, ChartExport::tr("Cannot write %1").arg(path));
        return false;
    }
    return true;
}

bool writePdf(QChart *chart, const QString &path, QSize size, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(chart->title());
    writer.setCreator(QStringLiteral("Stevedore"));
    // One point per logical pixel: the page is the chart, fonts keep their proportions.
    writer.setResolution(72);
    writer.setPageLayout(
        QPageLayout(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait,
                    QMarginsF()));
    bool ok = false;
    paintChartAt(chart, size, [&](QGraphicsScene &scene, const QRectF &source) {
        QPainter painter;
        if (!painter.begin(&writer))
            return;
        renderInto(painter,
                   scene,
                   source,
                   QRectF(0, 0, writer.width(), writer.height()),
                   chart->backgroundBrush());
        ok = painter.end();
    });
    if (!ok || !QFile::exists(path)) {
        setError(error, ChartExport::tr("Cannot write %1").arg(path));
        return false;
    }
    return true;
}

QByteArray csv(const QChart *chart)
{
    if (const auto *timeChart = qobject_cast<const TimeSeriesChart *>(chart))
        return timeSeriesCsv(*timeChart);
    QByteArray out;
    // From the chart's axes, so that a chart without data still gets the right header.
    const QList<QAbstractAxis *> axes = chart->axes();
    const bool bars = std::any_of(axes.cbegin(), axes.cend(), [](const QAbstractAxis *axis) {
        return qobject_cast<const QBarCategoryAxis *>(axis) != nullptr;
    });
    if (bars)
        appendRow(out, {"series", "axis", "category", "value"});
    else
        appendRow(out, {"series", "axis", "x", "value"});
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series))
            appendXySeries(out, xy);
        else if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series))
            appendBarSeries(out, barSeries);
    }
    return out;
}

bool writeCsv(const QChart *chart, const QString &path, QString *error)
{
    return saveBytes(path, csv(chart), error);
}

bool write(QChart *chart, Format format, const QString &path, QSize size, QString *error)
{
    return write(chart,
                 format,
                 path,
                 ImageOptions{size * defaultDevicePixelRatio, qRound(96 * defaultDevicePixelRatio)},
                 error);
}

bool write(
    QChart *chart, Format format, const QString &path, const ImageOptions &options, QString *error)
{
    switch (format) {
    case Format::Png:
        return writePng(chart, path, options, error);
    case Format::Svg:
        return writeSvg(chart, path, options.logicalSize(), error);
    case Format::Pdf:
        return writePdf(chart, path, options.logicalSize(), error);
    case Format::Csv:
        return writeCsv(chart, path, error);
    }
    return false;
}

QStringList
writeAll(QChart *chart, const QString &dir, const QString &baseName, QSize size, QString *error)
{
    return writeAll(
        chart,
        dir,
        baseName,
        ImageOptions{size * defaultDevicePixelRatio, qRound(96 * defaultDevicePixelRatio)},
        error);
}

QStringList writeAll(QChart *chart,
                     const QString &dir,
                     const QString &baseName,
                     const ImageOptions &options,
                     QString *error)
{
    QStringList written;
    if (!QDir().mkpath(dir)) {
        setError(error, ChartExport::tr("Cannot create the folder %1").arg(dir));
        return written;
    }
    for (const Format format : allFormats()) {
        const QString path = QDir(dir).filePath(baseName + QLatin1Char('.') + suffix(format));
        if (!write(chart, format, path, options, error))
            break;
        written << path;
    }
    return written;
}

void copyToClipboard(QChart *chart, QSize size)
{
    QGuiApplication::clipboard()->setImage(renderImage(chart, size, defaultDevicePixelRatio));
}

QString baseNameFor(const QString &title)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString name = title.toLower().replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("chart") : name;
}

} // namespace chartexport
} // namespace stevedore
