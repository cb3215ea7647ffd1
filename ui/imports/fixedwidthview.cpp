// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/fixedwidthview.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace stevedore {

namespace {

constexpr int margin = 6;
constexpr int visibleLinesHint = 8;
constexpr int minimumLinesHint = 3;
constexpr int columnsHint = 80;

// Control characters have no glyph of one cell: a tab is an arrow, the others a dot, so that
// every character of the line keeps its own cell under the ruler.
QString displayed(const QString &line)
{
    QString text = line;
    for (QChar &c : text) {
        if (c == QLatin1Char('\t'))
            c = QChar(0x2192);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(0xb7);
    }
    return text;
}

} // namespace

FixedWidthView::FixedWidthView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::SplitHCursor);
    viewport()->setBackgroundRole(QPalette::Base);
}

void FixedWidthView::setLines(const QStringList &lines)
{
    m_lines.clear();
    m_length = 0;
    for (const QString &line : lines) {
        m_lines << displayed(line);
        m_length = std::max(m_length, int(line.size()));
    }
    setCaret(m_caret);
    updateScrollBars();
    viewport()->update();
}

void FixedWidthView::setBoundaries(const QList<int> &boundaries)
{
    QList<int> sorted = boundaries;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    m_boundaries = sorted;
    viewport()->update();
}

void FixedWidthView::toggleBoundary(int position)
{
    if (position <= 0 || position >= m_length)
        return;
    const auto at = std::lower_bound(m_boundaries.begin(), m_boundaries.end(), position);
    if (at != m_boundaries.end() && *at == position)
        m_boundaries.erase(at);
    else
        m_boundaries.insert(at, position);
    viewport()->update();
    emit boundariesChanged(m_boundaries);
}

int FixedWidthView::positionAt(const QPoint &point) const
{
    if (!viewport()->rect().contains(point))
        return -1;
    const int position
        = int(std::lround((point.x() + horizontalScrollBar()->value() - margin) / charWidth()));
    return position > 0 && position < m_length ? position : -1;
}

QPoint FixedWidthView::pointAt(int position) const
{
    return QPoint(int(std::lround(xOf(position))), rulerHeight() + lineHeight() / 2);
}

QSize FixedWidthView::sizeHint() const
{
    const int frame = 2 * frameWidth();
    return QSize(int(columnsHint * charWidth()) + 2 * margin + frame,
                 rulerHeight() + visibleLinesHint * lineHeight() + margin + frame
                     + horizontalScrollBar()->sizeHint().height());
}

QSize FixedWidthView::minimumSizeHint() const
{
    const int frame = 2 * frameWidth();
    return QSize(int(20 * charWidth()) + frame,
                 rulerHeight() + minimumLinesHint * lineHeight() + frame
                     + horizontalScrollBar()->sizeHint().height());
}

void FixedWidthView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const qreal left = xOf(0);
    paintColumns(painter, left);
    paintLines(painter, left);
    paintRuler(painter, left);
    paintMarks(painter, left);
}

// Every other column is tinted, so that the columns read as bands before any is named.
void FixedWidthView::paintColumns(QPainter &painter, qreal left) const
{
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(28);
    const qreal top = rulerHeight();
    const qreal height = viewport()->height() - top;
    int start = 0;
    for (int i = 0; i <= m_boundaries.size(); ++i) {
        const int end = i < m_boundaries.size() ? m_boundaries[i] : m_length;
        if (i % 2 == 1)
            painter.fillRect(
                QRectF(left + start * charWidth(), top, (end - start) * charWidth(), height), tint);
        start = end;
    }
}

void FixedWidthView::paintLines(QPainter &painter, qreal left) const
{
    const int top = rulerHeight();
    const int height = lineHeight();
    painter.save();
    painter.setClipRect(QRect(0, top, viewport()->width(), viewport()->height() - top));
    painter.setPen(palette().color(QPalette::Text));
    const int scrolled = verticalScrollBar()->value();
    const int first = std::max(0, scrolled / height);
    const int ascent = fontMetrics().ascent();
    for (int i = first; i < m_lines.size(); ++i) {
        const int y = top + margin / 2 + i * height - scrolled;
        if (y > viewport()->height())
            break;
        painter.drawText(QPointF(left, y + ascent), m_lines[i]);
    }
    painter.restore();
}

// Ticks at every character, longer at every fifth, numbered at every tenth: the number of
// characters to the left of the tick.
void FixedWidthView::paintRuler(QPainter &painter, qreal left) const
{
    const int height = rulerHeight();
    painter.fillRect(QRect(0, 0, viewport()->width(), height), palette().color(QPalette::Button));
    painter.setPen(palette().color(QPalette::ButtonText));
    const qreal width = charWidth();
    const int first = std::max(0, int((-left) / width));
    for (int position = first; position <= m_length; ++position) {
        const qreal x = left + position * width;
        if (x > viewport()->width())
            break;
        const int tick = position % 10 == 0 ? height / 2 : position % 5 == 0 ? height / 3 : 3;
        painter.drawLine(QPointF(x, height - tick), QPointF(x, height));
        if (position % 10 == 0 && position > 0)
            painter.drawText(QPointF(x + 2, fontMetrics().ascent() + 1), QString::number(position));
    }
    painter.drawLine(0, height - 1, viewport()->width(), height - 1);
}

void FixedWidthView::paintMarks(QPainter &painter, qreal left) const
{
    const qreal bottom = viewport()->height();
    const qreal width = charWidth();
    if (m_hover > 0) {
        QColor hover = palette().color(QPalette::Highlight);
        hover.setAlpha(110);
        painter.setPen(QPen(hover, 1));
        painter.drawLine(QPointF(left + m_hover * width, 0),
                         QPointF(left + m_hover * width, bottom));
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    for (const int boundary : m_boundaries)
        painter.drawLine(QPointF(left + boundary * width, 0),
                         QPointF(left + boundary * width, bottom));
    if (hasFocus() && m_length > 1) {
        painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
        painter.drawLine(QPointF(left + m_caret * width, rulerHeight()),
                         QPointF(left + m_caret * width, bottom));
    }
}

void FixedWidthView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const int position = positionAt(event->position().toPoint());
    if (position < 0)
        return;
    setCaret(position);
    toggleBoundary(position);
    event->accept();
}

void FixedWidthView::mouseMoveEvent(QMouseEvent *event)
{
    const int position = positionAt(event->position().toPoint());
    if (position != m_hover) {
        m_hover = position;
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void FixedWidthView::leaveEvent(QEvent *event)
{
    m_hover = -1;
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
}

void FixedWidthView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setCaret(m_caret - 1);
        break;
    case Qt::Key_Right:
        setCaret(m_caret + 1);
        break;
    case Qt::Key_Home:
        setCaret(1);
        break;
    case Qt::Key_End:
        setCaret(m_length - 1);
        break;
    case Qt::Key_Space:
        toggleBoundary(m_caret);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FixedWidthView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void FixedWidthView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateScrollBars();
        updateGeometry();
    }
}

bool FixedWidthView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int position = positionAt(help->pos());
        if (position < 0) {
            QToolTip::hideText();
        } else {
            const QString tip = m_boundaries.contains(position)
                                    ? tr("Click to remove the boundary after character %1")
                                    : tr("Click to split the columns after character %1");
            QToolTip::showText(help->globalPos(), tip.arg(position), viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

qreal FixedWidthView::charWidth() const
{
    return std::max(1.0, QFontMetricsF(font()).horizontalAdvance(QLatin1Char('M')));
}

int FixedWidthView::lineHeight() const
{
    return fontMetrics().lineSpacing();
}

int FixedWidthView::rulerHeight() const
{
    return fontMetrics().height() + 8;
}

qreal FixedWidthView::xOf(int position) const
{
    return margin + position * charWidth() - horizontalScrollBar()->value();
}

void FixedWidthView::setCaret(int position)
{
    m_caret = std::clamp(position, 1, std::max(1, m_length - 1));
    // Keep the caret in view, with a character of room either side.
    const qreal x = xOf(m_caret);
    const int width = viewport()->width();
    QScrollBar *bar = horizontalScrollBar();
    if (x < charWidth())
        bar->setValue(bar->value() + int(std::floor(x - charWidth())));
    else if (x > width - charWidth())
        bar->setValue(bar->value() + int(std::ceil(x - width + charWidth())));
    viewport()->update();
}

void FixedWidthView::updateScrollBars()
{
    const QSize area = viewport()->size();
    const int contentWidth = int(std::ceil(m_length * charWidth())) + 2 * margin;
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    horizontalScrollBar()->setSingleStep(int(std::ceil(charWidth())));
    const int contentHeight = rulerHeight() + int(m_lines.size()) * lineHeight() + margin;
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - area.height()));
    verticalScrollBar()->setPageStep(std::max(1, area.height() - rulerHeight()));
    verticalScrollBar()->setSingleStep(lineHeight());
}

} // namespace stevedore
