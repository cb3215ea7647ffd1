// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QString>
#include <QStringList>

namespace stevedore {

// A chart's legend in at most two rows under the plot: QLegend lays a bottom legend out in a
// single row and elides every name once they do not fit, or takes half the card on the side.
// Each entry is a short stroke in the series' pen (its dashes show) or, for an area, a filled
// box, then the name. Names are elided only when two rows of them do not fit.
// A child item of the chart; the chart places it and reserves room for it (layoutFor()).
class ChartLegend : public QGraphicsItem
{
public:
    struct Entry
    {
        QString text;
        QPen pen;
        QBrush fill = Qt::NoBrush; // an area's
    };

    explicit ChartLegend(QGraphicsItem *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    void setFont(const QFont &font);
    void setTextColor(const QColor &color);

    // Lays the entries out in rows of `width`; returns their height (0 without entries).
    qreal layoutFor(qreal width);
    int rowCount() const { return m_rows; }
    // The names as drawn (elided when they had to be).
    QStringList shownTexts() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Placed
    {
        QPointF at; // the top left of the entry
        QString text;
    };
    qreal swatchWidth() const;
    qreal spacing() const;
    qreal entryWidth(const QString &text) const;
    qreal lineHeight() const;
    bool flow(qreal width, int rows);
    void grid(qreal width, int rows);

    QList<Entry> m_entries;
    QList<Placed> m_placed;
    QFont m_font;
    QColor m_textColor = Qt::black;
    QSizeF m_size;
    int m_rows = 0;
};

} // namespace stevedore
