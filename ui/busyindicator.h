// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

namespace stevedore {

// A small spinning arc shown while a view waits for the database. Calls nest: the indicator
// spins until every start() has been matched by a stop(). It animates only while busy.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void start();
    void stop();
    void setBusy(bool busy); // resets the nesting count
    bool isBusy() const { return m_count > 0; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void update();

    QTimer m_timer;
    int m_count = 0;
    int m_angle = 0;
};

} // namespace stevedore
