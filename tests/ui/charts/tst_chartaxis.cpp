// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartaxis.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QtTest>

using namespace stevedore;

// What the axes of every chart say: round ticks, never milliseconds, numbers in the locale
// with SI prefixes.
class tst_ChartAxis : public QObject
{
    Q_OBJECT

private slots:
    void timeTicksAreRound_data();
    void timeTicksAreRound();
    void elapsedText_data();
    void elapsedText();
    void durationText_data();
    void durationText();
    void clockLabels();
    void midnightShowsTheDate();
    void siNumber_data();
    void siNumber();
    void siValue_data();
    void siValue();
    void valueScale_data();
    void valueScale();
    void fewerTicksWhenNarrow();

private:
    static QFontMetricsF metrics() { return QFontMetricsF(QFont()); }
};

static const qint64 second = 1000;
static const qint64 minute = 60 * second;
static const qint64 hour = 60 * minute;
static const qint64 day = 24 * hour;
// 2026-03-02 09:41:17.345 UTC: deliberately not round.
static const qint64 notRound = 1772444477345;

// Labels with milliseconds: a clock with a fraction of a second ("07:22:22.916"), a number with
// three decimals, or an "ms" unit.
static bool showsMilliseconds(const QString &label)
{
    static const QRegularExpression clock(QStringLiteral("\\d:\\d\\d[.,]\\d"));
    static const QRegularExpression decimals(QStringLiteral("\\d[.,]\\d\\d"));
    return clock.match(label).hasMatch() || decimals.match(label).hasMatch()
           || label.contains(QLatin1String("ms"));
}

void tst_ChartAxis::timeTicksAreRound_data()
{
    QTest::addColumn<TimeAxis>("kind");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qreal>("length");
    const QList<std::pair<const char *, qint64>> spans{{"300 ms", 300},
                                                       {"1 s", second},
                                                       {"7 s", 7 * second},
                                                       {"45 s", 45 * second},
                                                       {"10 min", 10 * minute},
                                                       {"25 min 17 s", 25 * minute + 17 * second},
                                                       {"5 h", 5 * hour},
                                                       {"3 d", 3 * day}};
    for (const auto &[name, span] : spans) {
        for (const qreal length : {300.0, 900.0}) {
            QTest::addRow("elapsed %s %d px", name, int(length))
                << TimeAxis::Elapsed << span << length;
            // A live window is a minute or more; a clock steps by whole seconds.
            if (span >= 5 * second)
                QTest::addRow("clock %s %d px", name, int(length))
                    << TimeAxis::WallClock << span << length;
        }
    }
}

// Ticks at multiples of a step from the list, from the origin (elapsed) or the clock; between
// two and eight of them, inside the range; labels without milliseconds that fit side by side.
void tst_ChartAxis::timeTicksAreRound()
{
    QFETCH(TimeAxis, kind);
    QFETCH(qint64, span);
    QFETCH(qreal, length);
    const qint64 from = notRound;
    const qint64 to = from + span;
    const QList<chartaxis::Tick> ticks
        = chartaxis::timeTicks(from, to, kind, from, length, metrics(), QLocale::c());
    QVERIFY2(ticks.size() >= 2 && ticks.size() <= 8, qPrintable(QString::number(ticks.size())));
    const QList<qint64> steps{100,        200,         500,         second,      2 * second,
                              5 * second, 10 * second, 15 * second, 30 * second, minute,
                              2 * minute, 5 * minute,  10 * minute, 15 * minute, 30 * minute,
                              hour,       2 * hour,    3 * hour,    6 * hour,    12 * hour,
                              day,        2 * day,     7 * day};
    const qint64 step = qint64(ticks[1].value - ticks[0].value);
    QVERIFY2(steps.contains(step), qPrintable(QString::number(step)));
    const qint64 offset = kind == TimeAxis::WallClock
                              ? QDateTime::fromMSecsSinceEpoch(from).offsetFromUtc() * second
                              : -from;
    qreal widest = 0;
    QStringList labels;
    for (const chartaxis::Tick &tick : ticks) {
        QVERIFY(tick.value >= double(from) && tick.value <= double(to));
        if (step < day)
            QCOMPARE((qint64(tick.value) + offset) % step, 0);
        QVERIFY2(!showsMilliseconds(tick.label), qPrintable(tick.label));
        // A clock repeats its times on another day ("12:00" twice in three days).
        if (kind == TimeAxis::Elapsed)
            QVERIFY2(!labels.contains(tick.label), qPrintable(tick.label));
        labels << tick.label;
        widest = std::max(widest, metrics().horizontalAdvance(tick.label));
    }
    QVERIFY2(widest * double(ticks.size()) < length || ticks.size() == 2,
             qPrintable(labels.join(QLatin1Char('|'))));
    if (kind == TimeAxis::Elapsed && span >= 10 * minute)
        QVERIFY(!labels.join(QString()).contains(QLatin1Char('.')));
}

void tst_ChartAxis::elapsedText_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("tenths") << qint64(500) << QStringLiteral("0.5 s");
    QTest::newRow("30 s") << 30 * second << QStringLiteral("30 s");
    QTest::newRow("90 s") << 90 * second << QStringLiteral("1 min 30 s");
    QTest::newRow("1 h 5 min") << hour + 5 * minute << QStringLiteral("1 h 5 min");
    QTest::newRow("2 h") << 2 * hour << QStringLiteral("2 h");
    QTest::newRow("2 d 3 h") << 2 * day + 3 * hour << QStringLiteral("2 d 3 h");
    QTest::newRow("1 h 30 s") << hour + 30 * second << QStringLiteral("1 h 30 s");
}

void tst_ChartAxis::elapsedText()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, text);
    QCOMPARE(chartaxis::elapsedText(msecs, QLocale::c()), text);
}

void tst_ChartAxis::durationText_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("text");
    QTest::newRow("sub-second") << qint64(171) << QStringLiteral("0.17 s");
    QTest::newRow("seconds") << qint64(4230) << QStringLiteral("4.2 s");
    QTest::newRow("42 s") << qint64(42400) << QStringLiteral("42 s");
    QTest::newRow("minutes") << 2 * minute + 5 * second << QStringLiteral("2 min 5 s");
    QTest::newRow("whole minutes") << 25 * minute << QStringLiteral("25 min");
    QTest::newRow("hours") << 3 * hour + 7 * minute + 9 * second << QStringLiteral("3 h 7 min");
    QTest::newRow("days") << 2 * day + 5 * hour << QStringLiteral("2 d 5 h");
}

void tst_ChartAxis::durationText()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, text);
    QCOMPARE(chartaxis::durationText(msecs, QLocale::c()), text);
}

// Seconds only when the step is below a minute; the locale's clock either way.
void tst_ChartAxis::clockLabels()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const qint64 from = notRound;
    const QList<chartaxis::Tick> seconds
        = chartaxis::timeTicks(from, from + minute, TimeAxis::WallClock, 0, 900, metrics(), german);
    const QString first = QDateTime::fromMSecsSinceEpoch(qint64(seconds.first().value))
                              .toString(QStringLiteral("HH:mm:ss"));
    QCOMPARE(seconds.first().label, first);
    const QList<chartaxis::Tick> minutes = chartaxis::timeTicks(
        from, from + 15 * minute, TimeAxis::WallClock, 0, 900, metrics(), german);
    const QDateTime tick = QDateTime::fromMSecsSinceEpoch(qint64(minutes.first().value));
    QCOMPARE(tick.time().second(), 0);
    QCOMPARE(minutes.first().label, tick.toString(QStringLiteral("HH:mm")));
}

void tst_ChartAxis::midnightShowsTheDate()
{
    const QDateTime evening(QDate(2026, 3, 2), QTime(20, 10));
    const qint64 from = evening.toMSecsSinceEpoch();
    const QList<chartaxis::Tick> ticks = chartaxis::timeTicks(
        from, from + 10 * hour, TimeAxis::WallClock, 0, 900, metrics(), QLocale::c());
    QStringList labels;
    for (const chartaxis::Tick &tick : ticks)
        labels << tick.label;
    QVERIFY2(labels.contains(QStringLiteral("3 Mar")), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY(labels.contains(QStringLiteral("22:00")));
}

void tst_ChartAxis::siNumber_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("step");
    QTest::addColumn<QString>("text");
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("zero") << english << 0.0 << 2e5 << QStringLiteral("0");
    QTest::newRow("500 k") << english << 5e5 << 1e5 << QStringLiteral("500 k");
    QTest::newRow("1.2 M") << english << 1.2e6 << 2e5 << QStringLiteral("1.2 M");
    QTest::newRow("1,2 M German") << german << 1.2e6 << 2e5 << QStringLiteral("1,2 M");
    QTest::newRow("1 M, no trailing zero") << english << 1e6 << 2e5 << QStringLiteral("1 M");
    QTest::newRow("1.25 M") << english << 1.25e6 << 2.5e5 << QStringLiteral("1.25 M");
    QTest::newRow("3 G") << english << 3e9 << 1e9 << QStringLiteral("3 G");
    QTest::newRow("small") << english << 0.4 << 0.2 << QStringLiteral("0.4");
    QTest::newRow("small German") << german << 2.5 << 2.5 << QStringLiteral("2,5");
    QTest::newRow("negative") << english << -1500.0 << 500.0 << QStringLiteral("-1.5 k");
}

void tst_ChartAxis::siNumber()
{
    QFETCH(QLocale, locale);
    QFETCH(double, value);
    QFETCH(double, step);
    QFETCH(QString, text);
    QCOMPARE(chartaxis::siNumber(value, step, locale), text);
}

void tst_ChartAxis::siValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("mega") << 1764705.0 << QStringLiteral("1.76 M");
    QTest::newRow("kilo") << 980400.0 << QStringLiteral("980 k");
    QTest::newRow("rounds up a prefix") << 999999.0 << QStringLiteral("1 M");
    QTest::newRow("plain") << 12.5 << QStringLiteral("12.5");
    QTest::newRow("small") << 0.01234 << QStringLiteral("0.0123");
}

void tst_ChartAxis::siValue()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(chartaxis::siValue(value, QLocale::c()), text);
}

void tst_ChartAxis::valueScale_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("maxTicks");
    QTest::newRow("rates") << 0.0 << 1234567.0 << 7;
    QTest::newRow("percent") << 0.0 << 100.0 << 6;
    QTest::newRow("small") << 0.0 << 0.37 << 5;
    QTest::newRow("offset") << 1003.0 << 1017.0 << 8;
    QTest::newRow("flat") << 5.0 << 5.0 << 5;
    QTest::newRow("negative") << -40.0 << 75.0 << 6;
}

// Bounds on round multiples covering the data, labels distinct and in order.
void tst_ChartAxis::valueScale()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(int, maxTicks);
    const chartaxis::ValueScale scale = chartaxis::valueScale(low, high, maxTicks, QLocale::c());
    QVERIFY(scale.low <= low && scale.high >= high);
    QVERIFY(scale.ticks.size() >= 2 && scale.ticks.size() <= maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(scale.step)));
    const double mantissa = scale.step / magnitude;
    QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0)
                 || qFuzzyCompare(mantissa, 2.5) || qFuzzyCompare(mantissa, 5.0),
             qPrintable(QString::number(scale.step)));
    QCOMPARE(scale.ticks.first().value, scale.low);
    QCOMPARE(scale.ticks.last().value, scale.high);
    QSet<QString> labels;
    for (const chartaxis::Tick &tick : scale.ticks)
        labels.insert(tick.label);
    QCOMPARE(labels.size(), scale.ticks.size());
    if (high == 100.0)
        QCOMPARE(scale.high, 100.0); // a percentage axis ends at 100
}

void tst_ChartAxis::fewerTicksWhenNarrow()
{
    const qint64 from = notRound;
    const auto wide = chartaxis::timeTicks(
        from, from + 25 * minute, TimeAxis::Elapsed, from, 1200, metrics(), QLocale::c());
    const auto narrow = chartaxis::timeTicks(
        from, from + 25 * minute, TimeAxis::Elapsed, from, 250, metrics(), QLocale::c());
    QVERIFY2(narrow.size() < wide.size(),
             qPrintable(QStringLiteral("%1 vs %2").arg(narrow.size()).arg(wide.size())));
}

QTEST_MAIN(tst_ChartAxis)
#include "tst_chartaxis.moc"
