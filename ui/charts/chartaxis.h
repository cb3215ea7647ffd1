// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartfactory.h"

#include <QList>
#include <QLocale>
#include <QString>

class QFontMetricsF;

namespace stevedore {

// Where the labels of a chart's axes go and what they say: round values only, numbers in the
// window's locale. Plain functions, usable without a chart.
namespace chartaxis {

struct Tick
{
    double value = 0; // ms since the epoch (UTC) on a time axis
    QString label;
};

// Round ticks of a time axis from `from` to `to` (ms since the epoch, UTC) that is `length`
// pixels long, its labels measured with `metrics`: the smallest step of 1, 2, 5, 10, 15,
// 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, 1, 2, 7, 14 d, … whose labels fit side by
// side (an elapsed axis shorter than a few seconds also steps by 0.1, 0.2 or 0.5 s).
//   Elapsed: multiples of the step from `origin`, labelled by elapsedText() ("1 min 30 s").
//   WallClock: local clock times at multiples of the step ("17:32:30" below a minute's step,
//   "17:35" above), a tick at midnight showing the date ("5 Dec") instead.
// No label ever shows milliseconds.
QList<Tick> timeTicks(qint64 from,
                      qint64 to,
                      TimeAxis kind,
                      qint64 origin,
                      qreal length,
                      const QFontMetricsF &metrics,
                      const QLocale &locale = QLocale());

// A value axis: [low, high] widened to multiples of a round step (1, 2, 2.5 or 5 × 10ⁿ) with
// at most maxTicks ticks, labelled by siNumber().
struct ValueScale
{
    double low = 0;
    double high = 1;
    double step = 0.2;
    QList<Tick> ticks;
};
ValueScale valueScale(double low, double high, int maxTicks, const QLocale &locale = QLocale());

// A tick's number: locale-aware, with an SI prefix from 1,000 on ("500 k", "1.2 M", "3 G";
// "1,2 M" in German), as many decimals as `step` needs to tell neighbouring ticks apart and no
// trailing zeros.
QString siNumber(double value, double step, const QLocale &locale = QLocale());
// A single figure (a summary's rate) with three significant digits: "1.76 M", "980 k", "12.5".
QString siValue(double value, const QLocale &locale = QLocale());

// Time since a start on a tick: "0 s", "30 s", "1 min 30 s", "1 h 5 min", "2 d 3 h"; below a
// second's multiple in tenths ("0.5 s"). Units translated, numbers in the locale's digits.
QString elapsedText(qint64 msecs, const QLocale &locale = QLocale());
// A duration in a summary, its two largest units: "0.17 s", "4.2 s", "42 s", "1 min 30 s",
// "1 h 5 min", "2 d 3 h".
QString durationText(qint64 msecs, const QLocale &locale = QLocale());

} // namespace chartaxis
} // namespace stevedore
