// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "logging/metrics.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>
#include <vector>

using namespace stevedore;

namespace {

// Nearest-rank percentile of a sorted sample, the definition LatencyHistogram approximates.
double exactPercentile(const std::vector<double> &sorted, double p)
{
    const auto rank
        = std::max<std::size_t>(1, std::size_t(std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted[rank - 1];
}

template<typename Function>
void runThreads(int count, Function function)
{
    std::vector<std::thread> threads;
    for (int t = 0; t < count; ++t)
        threads.emplace_back(function, t);
    for (std::thread &thread : threads)
        thread.join();
}

} // namespace

class tst_Metrics : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Metrics::instance().reset(); }

    void gaugesAndCounters();
    void concurrentCountersSumExactly();
    void handlesShareTheValue();
    void historyIsOrderedAndBounded();
    void historySince();
    void resetKeepsNames();
    void percentiles_data();
    void percentiles();
    void percentileOutOfRange();
    void emptyHistogram();
    void concurrentHistogram();
};

void tst_Metrics::gaugesAndCounters()
{
    Metrics &metrics = Metrics::instance();
    QCOMPARE(metrics.value(QStringLiteral("unknown")), 0.0);
    metrics.setGauge(QStringLiteral("pool.size"), 4);
    metrics.setGauge(QStringLiteral("pool.size"), 3);
    metrics.addCounter(QStringLiteral("import.rows"));
    metrics.addCounter(QStringLiteral("import.rows"), 41);
    QCOMPARE(metrics.value(QStringLiteral("pool.size")), 3.0);
    QCOMPARE(metrics.value(QStringLiteral("import.rows")), 42.0);
    const QStringList names = metrics.names();
    QVERIFY(names.contains(QStringLiteral("pool.size")));
    QVERIFY(names.contains(QStringLiteral("import.rows")));
    QVERIFY(std::is_sorted(names.begin(), names.end()));
}

void tst_Metrics::concurrentCountersSumExactly()
{
    constexpr int threadCount = 8;
    constexpr int perThread = 100000;
    Metrics &metrics = Metrics::instance();
    runThreads(threadCount, [&](int t) {
        const QString own = QStringLiteral("thread.%1").arg(t); // created concurrently
        for (int i = 0; i < perThread; ++i) {
            metrics.addCounter(QStringLiteral("shared.counter"));
            metrics.addCounter(own, 2);
        }
    });
    QCOMPARE(metrics.value(QStringLiteral("shared.counter")), double(threadCount * perThread));
    for (int t = 0; t < threadCount; ++t)
        QCOMPARE(metrics.value(QStringLiteral("thread.%1").arg(t)), 2.0 * perThread);
}

void tst_Metrics::handlesShareTheValue()
{
    constexpr int threadCount = 8;
    constexpr int perThread = 100000;
    Metrics &metrics = Metrics::instance();
    const MetricHandle handle = metrics.handle(QStringLiteral("handle.counter"));
    QVERIFY(handle.isValid());
    QVERIFY(!MetricHandle().isValid());
    runThreads(threadCount, [&](int) {
        for (int i = 0; i < perThread; ++i)
            handle.add();
    });
    metrics.addCounter(QStringLiteral("handle.counter"), 0.5);
    QCOMPARE(handle.value(), threadCount * perThread + 0.5);
    QCOMPARE(metrics.value(QStringLiteral("handle.counter")), handle.value());
    handle.set(7);
    QCOMPARE(metrics.value(QStringLiteral("handle.counter")), 7.0);
}

void tst_Metrics::historyIsOrderedAndBounded()
{
    Metrics metrics;
    const int total = int(Metrics::historyCapacity) + 200;
    for (int i = 0; i < total; ++i) {
        metrics.setGauge(QStringLiteral("g"), i * 10);
        metrics.sample(1000 + i);
    }
    const QList<MetricSample> history = metrics.history(QStringLiteral("g"));
    QCOMPARE(history.size(), Metrics::historyCapacity);
    for (qsizetype i = 0; i < history.size(); ++i) {
        QCOMPARE(history[i].msecsSinceEpoch, 1200 + i);
        QCOMPARE(history[i].value, (200.0 + double(i)) * 10);
    }
    QVERIFY(metrics.history(QStringLiteral("missing")).isEmpty());
}

void tst_Metrics::historySince()
{
    Metrics metrics;
    metrics.addCounter(QStringLiteral("c"));
    metrics.sample(1000);
    metrics.addCounter(QStringLiteral("c"));
    metrics.sample(2000);
    metrics.addCounter(QStringLiteral("c"));
    metrics.sample(3000);
    const QList<MetricSample> recent
        = metrics.history(QStringLiteral("c"), QDateTime::fromMSecsSinceEpoch(2000));
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent[0].msecsSinceEpoch, 2000);
    QCOMPARE(recent[0].value, 2.0);
    QCOMPARE(recent[1].value, 3.0);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    metrics.sample();
    const QList<MetricSample> all = metrics.history(QStringLiteral("c"));
    QCOMPARE(all.size(), 4);
    QVERIFY(all.last().msecsSinceEpoch >= before);
}

void tst_Metrics::resetKeepsNames()
{
    Metrics metrics;
    const MetricHandle handle = metrics.handle(QStringLiteral("h"));
    handle.add(5);
    metrics.sample(1);
    metrics.reset();
    QCOMPARE(metrics.names(), QStringList{QStringLiteral("h")});
    QCOMPARE(metrics.value(QStringLiteral("h")), 0.0);
    QVERIFY(metrics.history(QStringLiteral("h")).isEmpty());
    handle.add(1);
    QCOMPARE(metrics.value(QStringLiteral("h")), 1.0);
}

void tst_Metrics::percentiles_data()
{
    QTest::addColumn<QList<double>>("values");

    std::mt19937_64 random(20260101);
    const auto make = [&](const char *name, int count, auto distribution) {
        QList<double> values;
        for (int i = 0; i < count; ++i)
            values.append(distribution(random));
        QTest::newRow(name) << values;
    };
    make("uniform 1us-100ms", 20000, std::uniform_real_distribution<double>(1, 100000));
    make("lognormal around 2ms", 20000, std::lognormal_distribution<double>(std::log(2000), 1.0));
    make("exponential", 5000, std::exponential_distribution<double>(1.0 / 500));
    make("integers", 1000, [](auto &r) { return double(1 + r() % 1000); });
    make("near 60 s", 1000, std::uniform_real_distribution<double>(50e6, 59.9e6));
    QTest::newRow("single") << QList<double>{1234.5};
    QTest::newRow("constant") << QList<double>(500, 250.0);
}

void tst_Metrics::percentiles()
{
    QFETCH(QList<double>, values);
    LatencyHistogram histogram;
    for (double v : values)
        histogram.record(v);
    QCOMPARE(histogram.count(), quint64(values.size()));

    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    for (double p : {0.0, 1.0, 25.0, 50.0, 90.0, 95.0, 99.0, 99.9, 100.0}) {
        const double exact = exactPercentile(sorted, p);
        const double estimate = histogram.percentile(p);
        const double error = std::abs(estimate - exact) / exact;
        QVERIFY2(error <= LatencyHistogram::relativeError,
                 qPrintable(QStringLiteral("p%1: exact %2, estimate %3, error %4")
                                .arg(p)
                                .arg(exact)
                                .arg(estimate)
                                .arg(error)));
    }
    QCOMPARE(histogram.percentile(0), sorted.front());
    QCOMPARE(histogram.percentile(100), sorted.back());
}

void tst_Metrics::percentileOutOfRange()
{
    LatencyHistogram histogram;
    histogram.record(0.25);
    histogram.record(0.5);
    histogram.record(100);
    histogram.record(120e6);
    QCOMPARE(histogram.percentile(0), 0.25);
    QCOMPARE(histogram.percentile(50), 0.25); // below range: reported as the minimum
    QVERIFY(std::abs(histogram.percentile(75) - 100) <= 100 * LatencyHistogram::relativeError);
    QCOMPARE(histogram.percentile(100), 120e6);
}

void tst_Metrics::emptyHistogram()
{
    LatencyHistogram histogram;
    QCOMPARE(histogram.count(), quint64(0));
    QCOMPARE(histogram.percentile(50), 0.0);
    histogram.record(10);
    histogram.reset();
    QCOMPARE(histogram.count(), quint64(0));
    QCOMPARE(histogram.percentile(99), 0.0);
}

void tst_Metrics::concurrentHistogram()
{
    constexpr int threadCount = 8;
    constexpr int perThread = 50000;
    LatencyHistogram histogram;
    runThreads(threadCount, [&](int t) {
        for (int i = 0; i < perThread; ++i)
            histogram.record(double(1 + (i + t) % 1000));
    });
    QCOMPARE(histogram.count(), quint64(threadCount * perThread));
    QVERIFY(std::abs(histogram.percentile(50) - 500) <= 500 * LatencyHistogram::relativeError);
    QCOMPARE(histogram.percentile(100), 1000.0);
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
