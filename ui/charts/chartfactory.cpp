// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartfactory.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stevedore {

namespace {

// The translation context of this file's strings.
struct ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::ChartFactory)
};

// Series with fewer points than this show their points: a line of two dots says little.
constexpr qsizetype pointMarkerLimit = 30;

QDateTimeAxis *timeAxisOf(const QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis *>(axes.first());
}

QValueAxis *valueAxisOf(const QChart *chart, Qt::Alignment side)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (axis->alignment() == side)
            return qobject_cast<QValueAxis *>(axis);
    }
    return nullptr;
}

// A printf format that shows what matters at this magnitude (QValueAxis::labelFormat).
QString labelFormatFor(double maximum)
{
    const double m = std::abs(maximum);
    if (m >= 100)
        return QStringLiteral("%.0f");
    if (m >= 1)
        return QStringLiteral("%.1f");
    return QStringLiteral("%.3f");
}

struct Range
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    bool isEmpty() const { return low > high; }
    void add(double v)
    {
        low = std::min(low, v);
        high = std::max(high, v);
    }
};

void setValueRange(QValueAxis *axis, Range range, double floor, double ceiling)
{
    if (range.isEmpty())
        range = {0, 1};
    if (!std::isnan(floor))
        range.low = std::min(range.low, floor);
    if (ceiling > 0)
        range.high = std::max(range.high, ceiling);
    if (range.high - range.low < 1e-9)
        range.high = range.low + (range.low == 0 ? 1 : std::abs(range.low) * 0.1);
    axis->setRange(range.low, range.high);
    if (ceiling <= 0) // a fixed ceiling (100 %) must stay exact
        axis->applyNiceNumbers();
    axis->setLabelFormat(labelFormatFor(axis->max()));
}

void setTimeRange(QDateTimeAxis *axis, const TimeSeriesData &data)
{
    qint64 from = data.fromMsecs;
    qint64 to = data.toMsecs;
    if (from >= to) {
        Range range;
        for (const TimeSeries &series : data.series)
            for (const QPointF &p : series.points)
                range.add(p.x());
        if (range.isEmpty()) {
            to = QDateTime::currentMSecsSinceEpoch();
            from = to - 60 * 1000;
        } else {
            from = qint64(range.low);
            to = std::max(qint64(range.high), from + 1000);
        }
    }
    axis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    const qint64 span = to - from;
    // Labels must differ from tick to tick: finer units for shorter spans.
    axis->setFormat(span > 6 * 3600 * 1000 ? QStringLiteral("dd MMM HH:mm")
                    : span > 3600 * 1000   ? QStringLiteral("HH:mm")
                    : span > 20 * 1000     ? QStringLiteral("HH:mm:ss")
                                           : QStringLiteral("HH:mm:ss.zzz"));
}

// Marks a QLineSeries made for a TimeSeries with continuesPrevious.
const char continuesProperty[] = "stevedoreContinuesPrevious";

bool continuesPrevious(const QAbstractSeries *series)
{
    return series->property(continuesProperty).toBool();
}

// Series on the right-hand axis are dashed, so that a theme's colours (five, then repeating)
// still tell eight series apart; a series continuing the one before it after a gap takes its
// colour and leaves the legend to it. Themes reset pens: call it after every theme change.
void dashSecondarySeries(QChart *chart)
{
    QLineSeries *previous = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line)
            continue;
        bool right = false;
        for (QAbstractAxis *axis : line->attachedAxes())
            right = right || axis->alignment() == Qt::AlignRight;
        QPen pen = line->pen();
        const Qt::PenStyle style = right ? Qt::DashLine : Qt::SolidLine;
        const bool continues = previous && continuesPrevious(line);
        if (continues)
            pen.setColor(previous->pen().color());
        if (pen.style() != style || continues) {
            pen.setStyle(style);
            line->setPen(pen);
        }
        if (continues) {
            for (QLegendMarker *marker : chart->legend()->markers(line))
                marker->setVisible(false);
        }
        previous = line;
    }
}

bool sameShape(const QList<QAbstractSeries *> &existing,
               const QList<TimeSeries> &wanted,
               const QValueAxis *right)
{
    if (existing.size() != wanted.size())
        return false;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const bool onRight = existing[i]->attachedAxes().contains(right);
        if (existing[i]->name() != wanted[i].name || onRight != wanted[i].secondaryAxis
            || continuesPrevious(existing[i]) != wanted[i].continuesPrevious)
            return false;
    }
    return true;
}

} // namespace

bool hasPoints(const TimeSeriesData &data)
{
    return std::any_of(data.series.cbegin(), data.series.cend(), [](const TimeSeries &series) {
        return !series.points.isEmpty();
    });
}

BarChartData BarChartData::namedValues(const QString &title,
                                       const QString &valueTitle,
                                       const QString &unit,
                                       const QList<std::pair<QString, double>> &values,
                                       const QString &setName)
{
    BarChartData data;
    data.title = title;
    data.valueTitle = valueTitle;
    data.unit = unit;
    BarSet set;
    set.name = setName.isEmpty() ? valueTitle : setName;
    for (const auto &[name, value] : values) {
        data.categories << name;
        set.values << value;
    }
    data.sets << set;
    return data;
}

namespace chartfactory {

QString axisTitle(const QString &title, const QString &unit)
{
    return unit.isEmpty() ? title : ChartFactory::tr("%1 (%2)").arg(title, unit);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void applyPalette(QChart *chart, const std::optional<QPalette> &palette)
{
    const QPalette p = palette.value_or(QApplication::palette());
    chart->setTheme(isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The themes' own backgrounds are gradients that clash with the window; use the palette's
    // and derive every text and line colour from it so both light and dark stay readable.
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.18f);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(QApplication::font().pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(QApplication::font());
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(QApplication::font());
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        // A right-hand axis's ticks rarely align with the left one's: one grid is enough.
        if (axis->alignment() == Qt::AlignRight)
            axis->setGridLineVisible(false);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(text);
        }
    }
    dashSecondarySeries(chart);
}

QChart *createTimeSeriesChart(const TimeSeriesData &data, const std::optional<QPalette> &palette)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // "0,2" in German, as the rest of the window
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *time = new QDateTimeAxis(chart);
    auto *left = new QValueAxis(chart);
    auto *right = new QValueAxis(chart);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    applyPalette(chart, palette);
    setTimeSeriesData(chart, data);
    return chart;
}

void setTimeSeriesData(QChart *chart, const TimeSeriesData &data)
{
    QDateTimeAxis *time = timeAxisOf(chart);
    QValueAxis *left = valueAxisOf(chart, Qt::AlignLeft);
    QValueAxis *right = valueAxisOf(chart, Qt::AlignRight);
    Q_ASSERT(time && left && right);
    chart->setTitle(data.title);
    time->setTitleText(data.timeTitle.isEmpty() ? ChartFactory::tr("Time") : data.timeTitle);
    left->setTitleText(axisTitle(data.valueTitle, data.unit));
    right->setTitleText(axisTitle(data.secondaryTitle, data.secondaryUnit));

    if (!sameShape(chart->series(), data.series, right)) {
        chart->removeAllSeries();
        for (const TimeSeries &wanted : data.series) {
            auto *series = new QLineSeries;
            series->setName(wanted.name);
            series->setProperty(continuesProperty, wanted.continuesPrevious);
            chart->addSeries(series);
            series->attachAxis(time);
            series->attachAxis(wanted.secondaryAxis ? right : left);
        }
        dashSecondarySeries(chart);
    }
    Range leftRange;
    Range rightRange;
    bool anyRight = false;
    const QList<QAbstractSeries *> all = chart->series();
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const TimeSeries &wanted = data.series[i];
        auto *series = static_cast<QLineSeries *>(all[i]);
        if (series->name() != wanted.name) // a series renamed (another language, say)
            series->setName(wanted.name);
        series->replace(wanted.points);
        series->setPointsVisible(wanted.points.size() < pointMarkerLimit);
        anyRight = anyRight || wanted.secondaryAxis;
        Range &range = wanted.secondaryAxis ? rightRange : leftRange;
        for (const QPointF &p : wanted.points)
            range.add(p.y());
    }
    // Many series: a legend on the right lists them in full instead of eliding a row of names.
    const auto named
        = std::count_if(data.series.cbegin(), data.series.cend(), [](const TimeSeries &series) {
              return !series.continuesPrevious;
          });
    chart->legend()->setAlignment(named > 4 ? Qt::AlignRight : Qt::AlignBottom);
    setTimeRange(time, data);
    setValueRange(left, leftRange, data.valueFloor, data.valueCeiling);
    setValueRange(right, rightRange, data.valueFloor, 0);
    right->setVisible(anyRight);
}

QChart *createBarChart(const BarChartData &data, const std::optional<QPalette> &palette)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // "0,2" in German, as the rest of the window
    chart->setTitle(data.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(data.sets.size() > 1 || !data.sets.value(0).name.isEmpty());
    auto *series = new QBarSeries;
    Range range;
    for (const BarSet &wanted : data.sets) {
        auto *set = new QBarSet(wanted.name);
        for (const double value : wanted.values) {
            set->append(value);
            range.add(value);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(data.categories);
    categories->setTitleText(data.categoryTitle);
    categories->setTitleVisible(!data.categoryTitle.isEmpty());
    auto *values = new QValueAxis(chart);
    values->setTitleText(axisTitle(data.valueTitle, data.unit));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    // Room above the tallest bar for its label.
    if (!range.isEmpty() && range.high > 0)
        range.high *= 1.12;
    setValueRange(values, range, 0, 0);
    applyPalette(chart, palette);
    return chart;
}

} // namespace chartfactory
} // namespace stevedore
