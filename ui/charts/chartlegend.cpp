// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartlegend.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace stevedore {

namespace {

constexpr int maxRows = 2;

} // namespace

ChartLegend::ChartLegend(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{}

void ChartLegend::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    update();
}

void ChartLegend::setFont(const QFont &font)
{
    m_font = font;
    update();
}

void ChartLegend::setTextColor(const QColor &color)
{
    m_textColor = color;
    update();
}

qreal ChartLegend::lineHeight() const
{
    return std::ceil(QFontMetricsF(m_font).height() * 1.35);
}

qreal ChartLegend::swatchWidth() const
{
    return QFontMetricsF(m_font).height() * 1.6;
}

// Between a swatch and its name, and twice that between entries.
qreal ChartLegend::spacing() const
{
    return QFontMetricsF(m_font).height() * 0.4;
}

qreal ChartLegend::entryWidth(const QString &text) const
{
    return swatchWidth() + spacing() + QFontMetricsF(m_font).horizontalAdvance(text);
}

// Entries left to right at their natural width, rows centred; false when that needs more than
// maxRows rows.
bool ChartLegend::flow(qreal width, int rows)
{
    QList<QList<qsizetype>> lines{{}};
    QList<qreal> lineWidths{0};
    const qreal gap = 3 * spacing();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const qreal w = entryWidth(m_entries[i].text);
        const qreal needed = lines.last().isEmpty() ? w : lineWidths.last() + gap + w;
        if (needed > width && !lines.last().isEmpty()) {
            lines.append(QList<qsizetype>());
            lineWidths.append(0);
        }
        lineWidths.last() = lines.last().isEmpty() ? w : lineWidths.last() + gap + w;
        lines.last().append(i);
    }
    if (lines.size() > rows)
        return false;
    m_placed.clear();
    for (qsizetype row = 0; row < lines.size(); ++row) {
        qreal x = std::max(0.0, (width - lineWidths[row]) / 2);
        for (const qsizetype i : std::as_const(lines[row])) {
            m_placed << Placed{QPointF(x, double(row) * lineHeight()), m_entries[i].text};
            x += entryWidth(m_entries[i].text) + gap;
        }
    }
    m_rows = int(lines.size());
    return true;
}

// Too many names for maxRows rows at their width: equal columns, names elided to fit.
void ChartLegend::grid(qreal width, int rows)
{
    const QFontMetricsF metrics(m_font);
    const qsizetype columns = (m_entries.size() + rows - 1) / rows;
    const qreal gap = 2 * spacing();
    const qreal cell = (width - gap * double(columns - 1)) / double(columns);
    const qreal textWidth = std::max(0.0, cell - swatchWidth() - spacing());
    m_placed.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const qsizetype row = i / columns;
        const qsizetype column = i % columns;
        m_placed << Placed{QPointF(double(column) * (cell + gap), double(row) * lineHeight()),
                           metrics.elidedText(m_entries[i].text, Qt::ElideRight, textWidth)};
    }
    m_rows = rows;
}

qreal ChartLegend::layoutFor(qreal width)
{
    prepareGeometryChange();
    m_placed.clear();
    m_rows = 0;
    if (!m_entries.isEmpty() && !flow(width, maxRows))
        grid(width, maxRows);
    m_size = QSizeF(width, m_rows * lineHeight());
    update();
    return m_size.height();
}

QStringList ChartLegend::shownTexts() const
{
    QStringList texts;
    for (const Placed &placed : m_placed)
        texts << placed.text;
    return texts;
}

QRectF ChartLegend::boundingRect() const
{
    return QRectF(QPointF(), m_size);
}

void ChartLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QFontMetricsF metrics(m_font);
    const qreal swatch = swatchWidth();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // In pixels, as it was measured: a font in points would be drawn at the painter's
    // resolution (a PDF's 72 dpi: three quarters of the size the layout made room for).
    QFont font = m_font;
    if (font.pixelSize() <= 0)
        font.setPixelSize(std::max(1, QFontInfo(m_font).pixelSize()));
    painter->setFont(font);
    for (qsizetype i = 0; i < m_placed.size() && i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        const QPointF at = m_placed[i].at;
        const qreal middle = at.y() + lineHeight() / 2;
        if (entry.fill.style() != Qt::NoBrush) {
            const qreal h = metrics.height() * 0.6;
            painter->setPen(entry.pen);
            painter->setBrush(entry.fill);
            painter->drawRect(QRectF(at.x(), middle - h / 2, swatch, h));
        } else {
            QPen pen = entry.pen;
            pen.setWidthF(std::clamp(pen.widthF(), 1.0, 3.0));
            pen.setCapStyle(Qt::FlatCap);
            painter->setPen(pen);
            painter->drawLine(QPointF(at.x(), middle), QPointF(at.x() + swatch, middle));
        }
        painter->setPen(m_textColor);
        const qreal baseline = middle + (metrics.ascent() - metrics.descent()) / 2;
        painter->drawText(QPointF(at.x() + swatch + spacing(), baseline), m_placed[i].text);
    }
    painter->restore();
}

} // namespace stevedore
