// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartaxis.h"
#include "charts/chartfactory.h"

#include <QChart>
#include <QColor>
#include <QList>
#include <QMargins>
#include <QPen>

#include <algorithm>
#include <limits>
#include <tuple>

class QAbstractSeries;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QXYSeries;

namespace stevedore {

class ChartLegend;

// The chart chartfactory::createTimeSeriesChart() makes, drawing TimeSeriesData: round ticks
// with labels it writes itself (QCategoryAxis labels placed on chosen values), every series in
// a colour of a colour-blind-safe palette, left-axis series stacked when asked, a dashed line
// per marker, the subtitle under the title (the title of an otherwise empty top axis, so that
// the chart's layout makes room for it), a legend of at most two rows under the plot, and the
// empty reason in place of an empty plot. Ticks, legend and note follow the plot area when
// the chart is resized. It keeps its data: the CSV export writes it, not the drawn points
// (stacked areas draw running sums).
class TimeSeriesChart : public QChart
{
    Q_OBJECT

public:
    explicit TimeSeriesChart(QGraphicsItem *parent = nullptr);
    ~TimeSeriesChart() override;

    // Same series (count, axes, continuations, stacking, markers) as before: their points are
    // replaced in place, cheap enough for a 2 Hz redraw. Otherwise the series are rebuilt.
    void setData(const TimeSeriesData &data);
    const TimeSeriesData &data() const { return m_data; }

    // Time 0 of the chart: data().originMsecs, else the start of the shown range (fromMsecs),
    // else the first point of a series without an origin of its own.
    qint64 origin() const;
    // Time 0 of data().series[index]: its own originMsecs, else origin().
    qint64 originOf(qsizetype index) const;

    // Colours and fonts of what the chart theme does not know about; applyPalette() calls it
    // after setting the theme (which resets the series' pens).
    void restyle(const QPalette &palette);

    QCategoryAxis *timeAxis() const { return m_time; }
    QCategoryAxis *valueAxis(Qt::Alignment side) const;
    ChartLegend *chartLegend() const { return m_legend; }
    // The series drawn for data().series[index]: a QLineSeries, or a QAreaSeries when stacked.
    QAbstractSeries *seriesFor(qsizetype index) const { return m_dataSeries.value(index); }
    // One vertical line per marker, in the order of data().markers.
    const QList<QXYSeries *> &markerLines() const { return m_markerLines; }
    // What the plot says instead of a chart when no series has a point; empty otherwise.
    QString note() const;

private:
    struct Shape
    {
        QList<std::tuple<bool, bool>> series; // secondaryAxis, continuesPrevious
        QList<ChartMarker::Kind> markers;
        bool stacked = false;
        bool operator==(const Shape &) const = default;
    };
    static Shape shapeOf(const TimeSeriesData &data);
    // What an axis must show, before rounding to ticks.
    struct Extent
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

    void createAxes();
    void setTitles();
    void rebuildSeries();
    QList<QPointF> drawnPoints(qsizetype index) const;
    bool worthMarking(const QList<QPointF> &points) const;
    void updatePoints();
    void setValueBounds(Extent left, Extent right);
    void updateTimeRange();
    void updateStyle();
    void updateLegend();
    void updateAxesVisibility();
    void relayout();
    void updateTicks();
    void placeMarkers(double low, double high);
    void placeNote();
    void placeLegend();
    void fitSubtitle();
    QPen seriesPen(qsizetype index) const;
    QPen markerPen(ChartMarker::Kind kind) const;

    TimeSeriesData m_data;
    Shape m_shape;
    QCategoryAxis *m_time = nullptr;
    QCategoryAxis *m_left = nullptr;
    QCategoryAxis *m_right = nullptr;
    QCategoryAxis *m_subtitle = nullptr; // its title is the subtitle
    QList<QAbstractSeries *> m_dataSeries;
    QList<QXYSeries *> m_markerLines;
    ChartLegend *m_legend = nullptr;
    QGraphicsSimpleTextItem *m_note = nullptr;
    QMargins m_baseMargins;
    // What the axes must show: the drawn points' extent, before rounding to ticks.
    qint64 m_from = 0;
    qint64 m_to = 0;
    // Finite before the first data: restyle() lays the chart out before setData().
    Extent m_leftExtent{0, 1};
    Extent m_rightExtent{0, 1};
    bool m_dark = false;
    QColor m_text = Qt::black;
    bool m_relayouting = false;
};

} // namespace stevedore
