// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/timeserieschart.h"

#include "charts/chartlegend.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QLegend>
#include <QLineSeries>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace stevedore {

namespace {

// Series with fewer points than this show their points: a line of two dots says little.
constexpr qsizetype pointMarkerLimit = 30;
// Above the plot's items: the legend and the empty note.
constexpr qreal overlayZ = 10;
// Around the chart: QChart's 20 px each side leave a dashboard card's plot too little room.
constexpr QMargins chartMargins(12, 10, 12, 8);
// Below this height (a dashboard card) the time axis goes without its title: its labels say
// their unit ("30 s", "17:45").
constexpr qreal compactHeight = 420;
// QtCharts gives a top or bottom axis at most this part of the chart's height (its layout's
// maxAxisPortion, shared by the two horizontal axes): the subtitle's room.
constexpr qreal horizontalAxisPortion = 0.2;

// The value of a series at x: linear between its points, 0 outside them (a stacked layer
// adds nothing where it has no data).
double valueAt(const QList<QPointF> &points, double x)
{
    if (points.isEmpty() || x < points.first().x() || x > points.last().x())
        return 0;
    const auto after = std::lower_bound(
        points.cbegin(), points.cend(), x, [](const QPointF &p, double v) { return p.x() < v; });
    if (after->x() == x || after == points.cbegin())
        return after->y();
    const QPointF &a = *(after - 1);
    const QPointF &b = *after;
    return a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
}

// QCategoryAxis keys its categories by label: a label seen before (a clock time on another
// day) gets empty HTML elements appended, which draw nothing.
QStringList uniqueLabels(const QList<chartaxis::Tick> &ticks)
{
    QStringList labels;
    for (const chartaxis::Tick &tick : ticks) {
        QString label = tick.label;
        while (labels.contains(label))
            label += QLatin1String("<span></span>");
        labels << label;
    }
    return labels;
}

bool sameTicks(QCategoryAxis *axis,
               const QStringList &labels,
               const QList<chartaxis::Tick> &ticks,
               double min)
{
    if (axis->startValue() != min || axis->categoriesLabels() != labels)
        return false;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (axis->endValue(labels[i]) != ticks[i].value)
            return false;
    }
    return true;
}

// Labels at the ticks' values; the axis runs from min to max whatever the ticks.
void setTicks(QCategoryAxis *axis, const QList<chartaxis::Tick> &ticks, double min, double max)
{
    const QStringList labels = uniqueLabels(ticks);
    // The first category starts at min: a grid line there, none outside the plot.
    if (!sameTicks(axis, labels, ticks, min)) {
        for (const QString &label : axis->categoriesLabels())
            axis->remove(label);
        axis->setStartValue(min);
        for (qsizetype i = 0; i < ticks.size(); ++i)
            axis->append(labels[i], ticks[i].value);
    }
    if (axis->min() != min || axis->max() != max)
        axis->setRange(min, max);
}

// A stacked layer: from the sum of the layers below (lower) to that plus its own values
// (upper). Series sampled at the same times stack exactly; others are interpolated at each
// series' own times.
std::pair<QList<QPointF>, QList<QPointF>> stack(const QList<QPointF> &points,
                                                const QList<QList<QPointF>> &below)
{
    QList<QPointF> upper;
    QList<QPointF> lower;
    for (const QPointF &p : points) {
        double base = 0;
        for (const QList<QPointF> &layer : below)
            base += valueAt(layer, p.x());
        lower << QPointF(p.x(), base);
        upper << QPointF(p.x(), base + p.y());
    }
    return {upper, lower};
}

struct TimeSeriesChartText
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::TimeSeriesChart)
};

QString markerName(const ChartMarker &marker)
{
    if (!marker.label.isEmpty())
        return marker.label;
    switch (marker.kind) {
    case ChartMarker::Kind::Paused:
        return TimeSeriesChartText::tr("paused");
    case ChartMarker::Kind::Resumed:
        return TimeSeriesChartText::tr("resumed");
    case ChartMarker::Kind::Retried:
        return TimeSeriesChartText::tr("retried");
    }
    return {};
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QGraphicsItem *parent)
    : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    setLocalizeNumbers(true);    // "0,2" in German, as the rest of the window
    legend()->setVisible(false); // ChartLegend instead
    m_baseMargins = chartMargins;
    setMargins(m_baseMargins);
    createAxes();
    m_legend = new ChartLegend(this);
    m_legend->setZValue(overlayZ);
    m_note = new QGraphicsSimpleTextItem(this);
    m_note->setZValue(overlayZ);
    m_note->setVisible(false);
    connect(this, &QChart::plotAreaChanged, this, &TimeSeriesChart::relayout);
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::createAxes()
{
    m_time = new QCategoryAxis(this);
    m_left = new QCategoryAxis(this);
    m_right = new QCategoryAxis(this);
    m_subtitle = new QCategoryAxis(this);
    for (QCategoryAxis *axis : {m_time, m_left, m_right, m_subtitle}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        // Ticks are chosen so that their labels fit: never "07:1…".
        axis->setTruncateLabels(false);
    }
    addAxis(m_time, Qt::AlignBottom);
    addAxis(m_left, Qt::AlignLeft);
    addAxis(m_right, Qt::AlignRight);
    addAxis(m_subtitle, Qt::AlignTop);
    m_subtitle->setLineVisible(false);
    m_subtitle->setGridLineVisible(false);
    m_subtitle->setVisible(false);
    // An axis without a category is not laid out (its title stays in the chart's corner), and
    // one without visible labels leaves its title too little room: one blank label, in a
    // tiny font (restyle()).
    m_subtitle->setRange(0, 1);
    m_subtitle->append(QStringLiteral(" "), 1);
}

QCategoryAxis *TimeSeriesChart::valueAxis(Qt::Alignment side) const
{
    return side == Qt::AlignRight ? m_right : m_left;
}

qint64 TimeSeriesChart::origin() const
{
    if (m_data.originMsecs != 0)
        return m_data.originMsecs;
    if (m_data.fromMsecs < m_data.toMsecs)
        return m_data.fromMsecs;
    std::optional<qint64> first;
    for (const TimeSeries &series : m_data.series) {
        if (series.originMsecs == 0 && !series.points.isEmpty())
            first = std::min(first.value_or(std::numeric_limits<qint64>::max()),
                             qint64(series.points.first().x()));
    }
    return first.value_or(0);
}

qint64 TimeSeriesChart::originOf(qsizetype index) const
{
    const qint64 own = m_data.series.value(index).originMsecs;
    return own != 0 ? own : origin();
}

QString TimeSeriesChart::note() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

void TimeSeriesChart::setData(const TimeSeriesData &data)
{
    m_data = data;
    setTitles();
    const Shape shape = shapeOf(data);
    if (shape != m_shape || m_dataSeries.size() != data.series.size()) {
        m_shape = shape;
        rebuildSeries();
    }
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        if (m_dataSeries[i]->name() != data.series[i].name) // renamed (another language, say)
            m_dataSeries[i]->setName(data.series[i].name);
    }
    updateTimeRange();
    updatePoints();
    updateStyle();
    updateLegend();
    updateAxesVisibility();
    relayout();
}

void TimeSeriesChart::setTitles()
{
    setTitle(m_data.title);
    m_subtitle->setVisible(!m_data.subtitle.isEmpty());
    QString timeTitle = m_data.timeTitle;
    if (timeTitle.isEmpty())
        timeTitle = m_data.timeAxis == TimeAxis::Elapsed
                        ? TimeSeriesChartText::tr("Time since the start")
                        : TimeSeriesChartText::tr("Time");
    m_time->setTitleText(timeTitle);
    m_left->setTitleText(chartfactory::axisTitle(m_data.valueTitle, m_data.unit));
    m_right->setTitleText(chartfactory::axisTitle(m_data.secondaryTitle, m_data.secondaryUnit));
}

TimeSeriesChart::Shape TimeSeriesChart::shapeOf(const TimeSeriesData &data)
{
    Shape shape;
    for (const TimeSeries &series : data.series)
        shape.series << std::tuple(series.secondaryAxis, series.continuesPrevious);
    for (const ChartMarker &marker : data.markers)
        shape.markers << marker.kind;
    shape.stacked = data.stacked;
    return shape;
}

void TimeSeriesChart::rebuildSeries()
{
    removeAllSeries();
    m_dataSeries.clear();
    m_markerLines.clear();
    for (const TimeSeries &wanted : std::as_const(m_data.series)) {
        QAbstractSeries *series = nullptr;
        if (m_data.stacked && !wanted.secondaryAxis) {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            auto *area = new QAreaSeries(upper, lower);
            // The area is the upper line's child (QAreaSeries' constructor) until the chart
            // takes it: then nothing owns the lines.
            upper->setParent(area);
            lower->setParent(area);
            series = area;
        } else {
            series = new QLineSeries;
        }
        series->setName(wanted.name);
        addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(wanted.secondaryAxis ? m_right : m_left);
        m_dataSeries << series;
    }
    for (const ChartMarker &marker : std::as_const(m_data.markers)) {
        auto *line = new QLineSeries;
        line->setName(markerName(marker));
        addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_left);
        m_markerLines << line;
    }
}

// A series' points in the chart's time: shifted by its own origin so that several jobs start
// together (compare()).
QList<QPointF> TimeSeriesChart::drawnPoints(qsizetype index) const
{
    QList<QPointF> points = m_data.series[index].points;
    const double shift = double(origin() - originOf(index));
    if (shift != 0) {
        for (QPointF &p : points)
            p.rx() += shift;
    }
    return points;
}

// Markers help a line of a few points say where its samples are; points crowded into a
// corner of the axis (a live chart's first seconds in its window) would only make a blob.
bool TimeSeriesChart::worthMarking(const QList<QPointF> &points) const
{
    if (points.size() >= pointMarkerLimit)
        return false;
    if (points.size() < 2)
        return true;
    const double span = double(m_to - m_from);
    const double extent = points.last().x() - points.first().x();
    return span > 0 && extent / span >= double(points.size() - 1) / 40.0;
}

void TimeSeriesChart::updatePoints()
{
    Extent left;
    Extent right;
    QList<QList<QPointF>> layers; // the stacked series so far
    for (qsizetype i = 0; i < m_data.series.size(); ++i) {
        const QList<QPointF> points = drawnPoints(i);
        Extent &range = m_data.series[i].secondaryAxis ? right : left;
        QList<QPointF> drawn = points;
        if (auto *area = qobject_cast<QAreaSeries *>(m_dataSeries[i])) {
            const auto [upper, lower] = stack(points, layers);
            area->upperSeries()->replace(upper);
            area->lowerSeries()->replace(lower);
            area->setPointsVisible(worthMarking(points));
            layers << points;
            drawn = upper + lower;
        } else {
            auto *line = static_cast<QLineSeries *>(m_dataSeries[i]);
            line->replace(points);
            line->setPointsVisible(worthMarking(points));
            line->setMarkerSize(6);
        }
        for (const QPointF &p : std::as_const(drawn))
            range.add(p.y());
    }
    setValueBounds(left, right);
}

// What the value axes must show: the drawn values, the floor and the left axis's ceiling.
void TimeSeriesChart::setValueBounds(Extent left, Extent right)
{
    for (Extent *range : {&left, &right}) {
        if (range->isEmpty())
            *range = {0, 1};
        if (!std::isnan(m_data.valueFloor))
            range->low = std::min(range->low, m_data.valueFloor);
    }
    if (m_data.valueCeiling > 0)
        left.high = std::max(left.high, m_data.valueCeiling);
    m_leftExtent = left;
    m_rightExtent = right;
}

void TimeSeriesChart::updateTimeRange()
{
    if (m_data.fromMsecs < m_data.toMsecs) {
        m_from = m_data.fromMsecs;
        m_to = m_data.toMsecs;
        return;
    }
    Extent range;
    for (qsizetype i = 0; i < m_data.series.size(); ++i) {
        for (const QPointF &p : drawnPoints(i))
            range.add(p.x());
    }
    if (range.isEmpty()) {
        m_from = m_data.originMsecs != 0 ? m_data.originMsecs
                                         : QDateTime::currentMSecsSinceEpoch() - 60 * 1000;
        m_to = m_from + 60 * 1000;
        return;
    }
    // An elapsed axis starts at 0 s; both end where the data ends.
    m_from = qint64(range.low);
    if (m_data.timeAxis == TimeAxis::Elapsed)
        m_from = std::min(m_from, origin());
    m_to = std::max(qint64(std::ceil(range.high)), m_from + 1);
    if (m_to - m_from < 2) // a single point: a second around it
        m_to = m_from + 1000;
}

// Palette colours in order, a run continuing a series in that series' colour. Series on the
// right axis are dashed, and past the palette's end the colours come round again dotted.
QPen TimeSeriesChart::seriesPen(qsizetype index) const
{
    const QList<QColor> colors = chartfactory::seriesColors(m_dark);
    qsizetype named = -1;
    for (qsizetype i = 0; i <= index; ++i) {
        if (i == 0 || !m_data.series[i].continuesPrevious)
            ++named;
    }
    const bool right = m_data.series[index].secondaryAxis;
    const qsizetype round = named / colors.size();
    Qt::PenStyle style = right ? Qt::DashLine : Qt::SolidLine;
    if (round > 0)
        style = right ? Qt::DashDotLine : Qt::DotLine;
    QPen pen(colors[named % colors.size()], 2.0, style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

// Neutral, told apart by their dashes: paused and resumed frame a gap, retried stands alone.
QPen TimeSeriesChart::markerPen(ChartMarker::Kind kind) const
{
    QColor color = m_text;
    color.setAlphaF(0.6f);
    const Qt::PenStyle style = kind == ChartMarker::Kind::Paused    ? Qt::DashLine
                               : kind == ChartMarker::Kind::Resumed ? Qt::DashDotLine
                                                                    : Qt::DotLine;
    QPen pen(color, 1.5, style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

void TimeSeriesChart::updateStyle()
{
    for (qsizetype i = 0; i < m_dataSeries.size(); ++i) {
        const QPen pen = seriesPen(i);
        if (auto *area = qobject_cast<QAreaSeries *>(m_dataSeries[i])) {
            QColor fill = pen.color();
            fill.setAlphaF(m_dark ? 0.45f : 0.35f);
            area->setPen(QPen(pen.color(), 1.5));
            area->setBrush(fill);
        } else {
            static_cast<QLineSeries *>(m_dataSeries[i])->setPen(pen);
        }
    }
    for (qsizetype i = 0; i < m_markerLines.size(); ++i)
        m_markerLines[i]->setPen(markerPen(m_data.markers[i].kind));
}

void TimeSeriesChart::updateLegend()
{
    QList<ChartLegend::Entry> entries;
    for (qsizetype i = 0; i < m_dataSeries.size(); ++i) {
        if (i > 0 && m_data.series[i].continuesPrevious)
            continue;
        if (auto *area = qobject_cast<QAreaSeries *>(m_dataSeries[i]))
            entries << ChartLegend::Entry{m_data.series[i].name, area->pen(), area->brush()};
        else
            entries << ChartLegend::Entry{m_data.series[i].name, seriesPen(i)};
    }
    // One entry per kind of marker, not per marker.
    for (const auto kind :
         {ChartMarker::Kind::Paused, ChartMarker::Kind::Resumed, ChartMarker::Kind::Retried}) {
        for (const ChartMarker &marker : std::as_const(m_data.markers)) {
            if (marker.kind == kind) {
                entries << ChartLegend::Entry{markerName(marker), markerPen(kind)};
                break;
            }
        }
    }
    m_legend->setEntries(entries);
}

// An empty chart shows no scale it does not have: no value axes, no grid; time labels only
// for a live window (its times are known without data).
void TimeSeriesChart::updateAxesVisibility()
{
    const bool points = hasPoints(m_data);
    const bool anyRight
        = std::any_of(m_data.series.cbegin(), m_data.series.cend(), [](const TimeSeries &series) {
              return series.secondaryAxis;
          });
    m_left->setVisible(points);
    m_left->setGridLineVisible(points);
    m_right->setVisible(points && anyRight);
    m_right->setGridLineVisible(false); // its ticks rarely meet the left one's: one grid
    m_time->setLabelsVisible(points || m_data.fromMsecs < m_data.toMsecs);
    m_time->setGridLineVisible(points);
}

void TimeSeriesChart::restyle(const QPalette &palette)
{
    m_dark = chartfactory::isDark(palette);
    m_text = palette.color(QPalette::WindowText);
    QFont subtitleFont = QGuiApplication::font();
    subtitleFont.setBold(false);
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 0.92);
    m_subtitle->setTitleFont(subtitleFont);
    m_subtitle->setTitleBrush(m_text);
    QFont blank = subtitleFont;
    blank.setPixelSize(1);
    m_subtitle->setLabelsFont(blank);
    QFont legendFont = QGuiApplication::font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.92);
    m_legend->setFont(legendFont);
    m_legend->setTextColor(m_text);
    QFont noteFont = QGuiApplication::font();
    noteFont.setPointSizeF(noteFont.pointSizeF() * 1.15);
    m_note->setFont(noteFont);
    m_note->setBrush(m_text);
    updateStyle();
    updateLegend();
    updateAxesVisibility();
    relayout();
}

void TimeSeriesChart::relayout()
{
    // Setting ticks and margins invalidates the layout; the next pass calls again, and stops
    // once nothing changes.
    if (m_relayouting)
        return;
    m_relayouting = true;
    m_time->setTitleVisible(size().height() >= compactHeight);
    placeLegend();
    fitSubtitle();
    updateTicks();
    placeNote();
    m_relayouting = false;
}

void TimeSeriesChart::updateTicks()
{
    const QRectF plot = plotArea();
    // Before the first layout: about the plot of a chart this size.
    const qreal width = plot.width() > 20 ? plot.width() : std::max(200.0, size().width() - 160);
    const qreal height
        = plot.height() > 20 ? plot.height() : std::max(120.0, size().height() - 200);
    const QFontMetricsF metrics(m_time->labelsFont());
    setTicks(
        m_time,
        chartaxis::timeTicks(m_from, m_to, m_data.timeAxis, origin(), width, metrics, locale()),
        double(m_from),
        double(m_to));
    // A label's height and more between two ticks.
    const int maxTicks = std::clamp(int(height / (metrics.height() * 2.5)) + 1, 3, 9);
    const chartaxis::ValueScale left
        = chartaxis::valueScale(m_leftExtent.low, m_leftExtent.high, maxTicks, locale());
    setTicks(m_left, left.ticks, left.low, left.high);
    const chartaxis::ValueScale right
        = chartaxis::valueScale(m_rightExtent.low, m_rightExtent.high, maxTicks, locale());
    setTicks(m_right, right.ticks, right.low, right.high);
    placeMarkers(left.low, left.high);
}

void TimeSeriesChart::placeMarkers(double low, double high)
{
    for (qsizetype i = 0; i < m_markerLines.size(); ++i) {
        const double x = double(m_data.markers[i].atMsecs);
        const QList<QPointF> line{{x, low}, {x, high}};
        if (m_markerLines[i]->points() != line)
            m_markerLines[i]->replace(line);
    }
}

void TimeSeriesChart::placeNote()
{
    const bool empty = !hasPoints(m_data);
    m_note->setVisible(empty);
    if (!empty)
        return;
    m_note->setText(m_data.emptyReason.isEmpty() ? TimeSeriesChartText::tr("No data")
                                                 : m_data.emptyReason);
    const QRectF plot
        = plotArea().isValid() && !plotArea().isEmpty() ? plotArea() : QRectF(QPointF(), size());
    m_note->setPos(plot.center() - m_note->boundingRect().center());
}

// As many lines as it takes to fit above the plot, broken after a " · ", as many as the
// layout has room for: parts that do not fit are left out, an ellipsis saying so (the axis
// title would elide a line too wide or too many lines in the middle of a word).
void TimeSeriesChart::fitSubtitle()
{
    const QFontMetricsF metrics(m_subtitle->titleFont());
    const qreal width = plotArea().width() > 20 ? plotArea().width() : size().width() - 160;
    const qreal room = horizontalAxisPortion
                           * (size().height() - margins().top() - margins().bottom()
                              - QFontMetricsF(titleFont()).height())
                       - metrics.height(); // the axis's paddings
    const qsizetype maxLines = std::max<qsizetype>(1, qsizetype(room / metrics.lineSpacing()));
    const QString separator = QStringLiteral(" · ");
    const QString ellipsis = QStringLiteral(" …");
    QStringList lines;
    for (const QString &part : m_data.subtitle.split(separator)) {
        const QString longer = lines.isEmpty() ? part : lines.last() + separator + part;
        if (!lines.isEmpty() && metrics.horizontalAdvance(longer) <= width) {
            lines.last() = longer;
        } else if (lines.size() < maxLines) {
            lines << part;
        } else {
            lines.last() += ellipsis;
            break;
        }
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    const QString html = lines.size() > 1 ? QStringLiteral("<div align=\"center\">%1</div>")
                                                .arg(lines.join(QLatin1String("<br>")))
                                          : lines.value(0);
    if (m_subtitle->titleText() != html)
        m_subtitle->setTitleText(html);
}

// Under the plot, across the chart's width; the bottom margin makes room for it.
void TimeSeriesChart::placeLegend()
{
    const qreal width = size().width() - m_baseMargins.left() - m_baseMargins.right();
    if (width <= 0)
        return;
    const int height = int(std::ceil(m_legend->layoutFor(width)));
    QMargins wanted = m_baseMargins;
    if (height > 0)
        wanted.setBottom(m_baseMargins.bottom() + height);
    if (margins() != wanted)
        setMargins(wanted);
    m_legend->setPos(m_baseMargins.left(), size().height() - m_baseMargins.bottom() - height);
}

} // namespace stevedore
