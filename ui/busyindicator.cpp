// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "busyindicator.h"

#include <QPainter>

namespace stevedore {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setToolTip(tr("Loading…"));
    m_timer.setInterval(80);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        QWidget::update();
    });
    update();
}

void BusyIndicator::start()
{
    ++m_count;
    update();
}

void BusyIndicator::stop()
{
    m_count = std::max(0, m_count - 1);
    update();
}

void BusyIndicator::setBusy(bool busy)
{
    m_count = busy ? 1 : 0;
    update();
}

void BusyIndicator::update()
{
    // Keep the space reserved so the layout does not jump when loading starts or stops.
    if (isBusy() && !m_timer.isActive())
        m_timer.start();
    else if (!isBusy())
        m_timer.stop();
    QWidget::update();
}

QSize BusyIndicator::sizeHint() const
{
    const int side = fontMetrics().height();
    return {side, side};
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    if (!isBusy())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height());
    const qreal pen = qMax(2.0, side / 8);
    const QRectF arc(
        (width() - side) / 2 + pen, (height() - side) / 2 + pen, side - 2 * pen, side - 2 * pen);
    painter.setPen(QPen(palette().color(QPalette::Highlight), pen, Qt::SolidLine, Qt::RoundCap));
    painter.drawArc(arc, -m_angle * 16, 270 * 16);
}

} // namespace stevedore
