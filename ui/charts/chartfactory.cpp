// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartfactory.h"

#include "charts/timeserieschart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
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

// A bar chart's value axis: from 0 (or below) to the tallest bar, nice numbers.
void setBarRange(QValueAxis *axis, double low, double high)
{
    low = std::min(low, 0.0);
    if (!(high - low > 1e-9))
        high = low + 1;
    axis->setRange(low, high);
    axis->applyNiceNumbers();
    axis->setLabelFormat(labelFormatFor(axis->max()));
}

void colourBars(QChart *chart, bool dark, const QColor &text)
{
    const QList<QColor> colors = chartfactory::seriesColors(dark);
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (qsizetype i = 0; i < sets.size(); ++i) {
            sets[i]->setColor(colors[i % colors.size()]);
            sets[i]->setBorderColor(colors[i % colors.size()]);
            sets[i]->setLabelColor(text);
        }
    }
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

// Okabe & Ito's colour-blind-safe palette ("Color Universal Design", 2008), reordered so that
// neighbours differ most, its black replaced by a grey that shows on either background. On a
// dark background its blue, green and vermillion are lightened; on a light one its yellow is
// darkened, which is otherwise too faint for a line on white.
QList<QColor> seriesColors(bool dark)
{
    if (dark)
        return {QColor(0x3a, 0x9a, 0xe0),
                QColor(0xe6, 0x9f, 0x00),
                QColor(0x1a, 0xc2, 0x93),
                QColor(0xf0, 0x6e, 0x2a),
                QColor(0xcc, 0x79, 0xa7),
                QColor(0x56, 0xb4, 0xe9),
                QColor(0xf0, 0xe4, 0x42),
                QColor(0xb0, 0xb0, 0xb0)};
    return {QColor(0x00, 0x72, 0xb2),
            QColor(0xe6, 0x9f, 0x00),
            QColor(0x00, 0x9e, 0x73),
            QColor(0xd5, 0x5e, 0x00),
            QColor(0xcc, 0x79, 0xa7),
            QColor(0x56, 0xb4, 0xe9),
            QColor(0xb8, 0xa9, 0x00),
            QColor(0x6e, 0x6e, 0x6e)};
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
        // Not the theme's bold: a long title fits beside a short plot.
        axis->setTitleFont(QApplication::font());
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        // A right-hand axis's ticks rarely align with the left one's: one grid is enough.
        if (axis->alignment() == Qt::AlignRight)
            axis->setGridLineVisible(false);
    }
    colourBars(chart, isDark(p), text);
    if (auto *timeChart = qobject_cast<TimeSeriesChart *>(chart))
        timeChart->restyle(p);
}

QChart *createTimeSeriesChart(const TimeSeriesData &data, const std::optional<QPalette> &palette)
{
    auto *chart = new TimeSeriesChart;
    applyPalette(chart, palette);
    chart->setData(data);
    return chart;
}

void setTimeSeriesData(QChart *chart, const TimeSeriesData &data)
{
    auto *timeChart = qobject_cast<TimeSeriesChart *>(chart);
    Q_ASSERT(timeChart);
    if (timeChart)
        timeChart->setData(data);
}

QChart *createBarChart(const BarChartData &data, const std::optional<QPalette> &palette)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // "0,2" in German, as the rest of the window
    chart->setTitle(data.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(data.sets.size() > 1 || !data.sets.value(0).name.isEmpty());
    // Horizontal bars: every category's name reads in full on the left, however many there
    // are. A horizontal bar chart draws its first category at the bottom, so the categories
    // go in reversed, to read from the top in the order given.
    auto *series = new QHorizontalBarSeries;
    double low = 0;
    double high = 0;
    for (const BarSet &wanted : data.sets) {
        auto *set = new QBarSet(wanted.name);
        for (auto value = wanted.values.crbegin(); value != wanted.values.crend(); ++value) {
            set->append(*value);
            low = std::min(low, *value);
            high = std::max(high, *value);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis(chart);
    QStringList reversed(data.categories.crbegin(), data.categories.crend());
    categories->append(reversed);
    categories->setTitleText(data.categoryTitle);
    categories->setTitleVisible(!data.categoryTitle.isEmpty());
    categories->setGridLineVisible(false);
    auto *values = new QValueAxis(chart);
    values->setTitleText(axisTitle(data.valueTitle, data.unit));
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    // Room beyond the longest bar for its label.
    setBarRange(values, low, high > 0 ? high * 1.1 : high);
    applyPalette(chart, palette);
    return chart;
}

} // namespace chartfactory
} // namespace stevedore
