// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartaxis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>

namespace stevedore {

using chartaxis::Tick;

namespace {

struct ChartAxis
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::ChartAxis)
};

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

// "~5–8 ticks": fewer when the labels do not fit.
constexpr int maxTimeTicks = 8;

// The steps of a time axis, shortest first. Sub-second steps only on an elapsed axis (a
// sub-second job); a clock never shows less than a second.
QList<qint64> timeSteps(TimeAxis kind)
{
    QList<qint64> steps;
    if (kind == TimeAxis::Elapsed)
        steps << 100 << 200 << 500;
    steps << second << 2 * second << 5 * second << 10 * second << 15 * second << 30 * second
          << minute << 2 * minute << 5 * minute << 10 * minute << 15 * minute << 30 * minute << hour
          << 2 * hour << 3 * hour << 6 * hour << 12 * hour << day << 2 * day << 7 * day << 14 * day;
    for (qint64 step = 28 * day; step < 100000 * day; step *= 2)
        steps << step;
    return steps;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

qint64 offsetAt(qint64 msecs)
{
    return qint64(QDateTime::fromMSecsSinceEpoch(msecs).offsetFromUtc()) * second;
}

// The locale's short clock format, with seconds when the step needs them ("HH:mm:ss",
// "h:mm:ss AP").
QString clockFormat(const QLocale &locale, bool seconds)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (seconds && !format.contains(QLatin1Char('s')))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    if (!seconds)
        format.remove(QLatin1String(":ss"));
    return format;
}

QString dateLabel(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("d MMM"));
}

QList<Tick> elapsedTicks(qint64 from, qint64 to, qint64 origin, qint64 step, const QLocale &locale)
{
    QList<Tick> ticks;
    for (qint64 k = ceilDiv(from - origin, step); origin + k * step <= to; ++k)
        ticks << Tick{double(origin + k * step), chartaxis::elapsedText(k * step, locale)};
    return ticks;
}

// Local times at multiples of step (below a day), or local midnights every step / day days.
QList<qint64> clockTimes(qint64 from, qint64 to, qint64 step)
{
    QList<qint64> times;
    if (step < day) {
        const qint64 offset = offsetAt(from);
        for (qint64 local = ceilDiv(from + offset, step) * step; local - offset <= to;
             local += step) {
            // Across a change to or from summer time the offset changes: use the tick's own.
            times << local - offsetAt(local - offset);
        }
        return times;
    }
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(from);
    QDate date = start.date();
    if (start.time() != QTime(0, 0))
        date = date.addDays(1);
    for (;; date = date.addDays(step / day)) {
        const qint64 t = QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
        if (t > to)
            break;
        times << t;
    }
    return times;
}

QList<Tick> clockTicks(qint64 from, qint64 to, qint64 step, const QLocale &locale)
{
    const QString format = clockFormat(locale, step < minute);
    const bool spansDays
        = QDateTime::fromMSecsSinceEpoch(from).date() != QDateTime::fromMSecsSinceEpoch(to).date();
    QList<Tick> ticks;
    for (const qint64 t : clockTimes(from, to, step)) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(t);
        const bool midnight = local.time() == QTime(0, 0);
        const QString label = step >= day || (spansDays && midnight)
                                  ? dateLabel(local.date(), locale)
                                  : locale.toString(local.time(), format);
        ticks << Tick{double(t), label};
    }
    return ticks;
}

bool fits(const QList<Tick> &ticks, qreal length, const QFontMetricsF &metrics)
{
    qreal widest = 0;
    for (const Tick &tick : ticks)
        widest = std::max(widest, metrics.horizontalAdvance(tick.label));
    // At least an "m" between two labels.
    const qreal gap = metrics.horizontalAdvance(QLatin1Char('m')) * 1.5;
    return ticks.size() * (widest + gap) <= length;
}

int decimalsFor(double step)
{
    step = std::abs(step);
    for (int decimals = 0; decimals < 6; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return decimals;
    }
    return 6;
}

// The number as the locale writes it with `decimals` decimals, trailing zeros dropped.
QString trimmedNumber(double value, int decimals, const QLocale &locale)
{
    if (std::round(value * std::pow(10.0, decimals)) == 0)
        return locale.zeroDigit(); // never "-0"
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(locale.zeroDigit().size());
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

struct Prefix
{
    double scale;
    const char *symbol;
};

// The SI prefix a number of this magnitude is written with; scale 1 below 1,000.
Prefix prefixFor(double magnitude)
{
    static constexpr std::array<Prefix, 4> prefixes{
        {{1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}}};
    for (const Prefix &prefix : prefixes) {
        if (magnitude >= prefix.scale * (1 - 1e-12))
            return prefix;
    }
    return {1, ""};
}

QString withPrefix(const QString &number, const Prefix &prefix)
{
    return *prefix.symbol ? number + QLatin1Char(' ') + QLatin1String(prefix.symbol) : number;
}

QString unitsText(const QList<std::pair<qint64, QString>> &parts, const QLocale &locale)
{
    QStringList words;
    for (const auto &[count, format] : parts)
        words << format.arg(locale.toString(count));
    return words.join(QLatin1Char(' '));
}

} // namespace

namespace chartaxis {

QList<Tick> timeTicks(qint64 from,
                      qint64 to,
                      TimeAxis kind,
                      qint64 origin,
                      qreal length,
                      const QFontMetricsF &metrics,
                      const QLocale &locale)
{
    if (to <= from)
        return {};
    QList<Tick> ticks;
    for (const qint64 step : timeSteps(kind)) {
        if ((to - from) / step + 1 > maxTimeTicks)
            continue;
        ticks = kind == TimeAxis::Elapsed ? elapsedTicks(from, to, origin, step, locale)
                                          : clockTicks(from, to, step, locale);
        // Two labels that touch say more than none.
        if (fits(ticks, length, metrics) || ticks.size() <= 2)
            break;
    }
    return ticks;
}

ValueScale valueScale(double low, double high, int maxTicks, const QLocale &locale)
{
    if (!(high > low))
        high = low + (low == 0 ? 1 : std::abs(low) * 0.1);
    maxTicks = std::max(2, maxTicks);
    const double raw = (high - low) / (maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    ValueScale scale;
    qint64 first = 0;
    qint64 last = 0;
    for (const double multiple : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        scale.step = multiple * magnitude;
        // A little slack: 0.6 / 0.2 is 2.9999999999999996.
        first = qint64(std::floor(low / scale.step + 1e-9));
        last = qint64(std::ceil(high / scale.step - 1e-9));
        if (last - first + 1 <= maxTicks)
            break;
    }
    scale.low = double(first) * scale.step;
    scale.high = double(last) * scale.step;
    for (qint64 k = first; k <= last; ++k) {
        const double value = double(k) * scale.step;
        scale.ticks << Tick{value, siNumber(value, scale.step, locale)};
    }
    return scale;
}

QString siNumber(double value, double step, const QLocale &locale)
{
    if (value == 0)
        return locale.zeroDigit();
    const Prefix prefix = prefixFor(std::abs(value));
    return withPrefix(trimmedNumber(value / prefix.scale, decimalsFor(step / prefix.scale), locale),
                      prefix);
}

QString siValue(double value, const QLocale &locale)
{
    if (value == 0 || !std::isfinite(value))
        return locale.toString(value);
    // Rounded to three significant digits first, so that 999,999 is "1 M", not "1,000 k".
    const double digits = std::floor(std::log10(std::abs(value)));
    const double unit = std::pow(10.0, digits - 2);
    const double rounded = std::round(value / unit) * unit;
    const Prefix prefix = prefixFor(std::abs(rounded));
    const double scaled = rounded / prefix.scale;
    const int decimals = std::clamp(2 - int(std::floor(std::log10(std::abs(scaled)))), 0, 9);
    return withPrefix(trimmedNumber(scaled, decimals, locale), prefix);
}

QString elapsedText(qint64 msecs, const QLocale &locale)
{
    if (msecs < 0)
        return locale.negativeSign() + elapsedText(-msecs, locale);
    if (msecs < 10 * second && msecs % second != 0)
        return ChartAxis::tr("%1 s").arg(trimmedNumber(double(msecs) / second, 1, locale));
    const qint64 total = (msecs + second / 2) / second;
    const QList<std::pair<qint64, QString>> units{{total / 86400, ChartAxis::tr("%1 d")},
                                                  {total / 3600 % 24, ChartAxis::tr("%1 h")},
                                                  {total / 60 % 60, ChartAxis::tr("%1 min")},
                                                  {total % 60, ChartAxis::tr("%1 s")}};
    QList<std::pair<qint64, QString>> parts;
    for (const auto &unit : units) {
        if (unit.first != 0)
            parts << unit;
    }
    if (parts.isEmpty())
        parts << units.last();
    return unitsText(parts, locale);
}

QString durationText(qint64 msecs, const QLocale &locale)
{
    if (msecs < 10 * second) {
        const int decimals = msecs < second ? 2 : 1;
        return ChartAxis::tr("%1 s").arg(trimmedNumber(double(msecs) / second, decimals, locale));
    }
    const qint64 total = (msecs + second / 2) / second;
    QList<std::pair<qint64, QString>> parts;
    if (total < 60)
        parts = {{total, ChartAxis::tr("%1 s")}};
    else if (total < 3600)
        parts = {{total / 60, ChartAxis::tr("%1 min")}, {total % 60, ChartAxis::tr("%1 s")}};
    else if (total < 86400)
        parts = {{total / 3600, ChartAxis::tr("%1 h")}, {total / 60 % 60, ChartAxis::tr("%1 min")}};
    else
        parts
            = {{total / 86400, ChartAxis::tr("%1 d")}, {total / 3600 % 24, ChartAxis::tr("%1 h")}};
    if (parts.size() > 1 && parts.last().first == 0)
        parts.removeLast();
    return unitsText(parts, locale);
}

} // namespace chartaxis
} // namespace stevedore
