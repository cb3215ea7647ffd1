// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartfactory.h"
#include "charts/jobcharts.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QtTest>

using namespace stevedore;

// A resumed job's throughput chart: one line per run, with a gap where the job was stopped.
class tst_JobCharts : public QObject
{
    Q_OBJECT

private slots:
    void resumedJobHasAGap();
    void singleRunIsOneLine();

private:
    static JobMetrics resumedJob();
};

JobMetrics tst_JobCharts::resumedJob()
{
    // Run 1 from t=1000 to 3000 (3,000 records), stopped; run 2 from t=60000.
    JobMetrics metrics;
    metrics.job.jobId = 7;
    metrics.series[importjobs::runStartMetric] = {{1000, 0}, {60000, 3000}};
    metrics.series[importjobs::rateMetric]
        = {{2000, 1500}, {3000, 1500}, {61000, 1000}, {62000, 1200}};
    metrics.series[importjobs::recordsMetric]
        = {{2000, 1500}, {3000, 3000}, {61000, 4000}, {62000, 5200}};
    return metrics;
}

void tst_JobCharts::resumedJobHasAGap()
{
    const TimeSeriesData data = jobcharts::throughput(resumedJob());
    QCOMPARE(data.series.size(), 4); // rate and records, each in two runs
    const QList<QPointF> firstRun{{2000, 1500}, {3000, 1500}};
    const QList<QPointF> secondRun{{61000, 1000}, {62000, 1200}};
    QCOMPARE(data.series[0].points, firstRun);
    QVERIFY(!data.series[0].continuesPrevious);
    QCOMPARE(data.series[1].points, secondRun);
    QVERIFY(data.series[1].continuesPrevious);
    QCOMPARE(data.series[1].name, data.series[0].name);
    QCOMPARE(data.series[2].points.last(), QPointF(3000, 3000));
    QVERIFY(!data.series[2].continuesPrevious && data.series[3].continuesPrevious);
    QCOMPARE(data.series[3].points.first(), QPointF(61000, 4000));

    // Drawn: a QLineSeries per run, a run continuing in its first run's colour, one legend entry.
    // Legend markers are shown only in a shown chart. The view owns the chart; setChart() on a
    // default-built view would leak the view's own first chart.
    QChart *chart = chartfactory::createTimeSeriesChart(data);
    QChartView view(chart);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QList<QAbstractSeries *> lines = chart->series();
    QCOMPARE(lines.size(), 4);
    const auto *rate = static_cast<QLineSeries *>(lines[0]);
    const auto *rateResumed = static_cast<QLineSeries *>(lines[1]);
    QCOMPARE(rateResumed->pen().color(), rate->pen().color());
    QCOMPARE(rate->points().last().x(), 3000.0);
    QCOMPARE(rateResumed->points().first().x(), 61000.0);
    QVERIFY(chart->legend()->markers(lines[0]).first()->isVisible());
    QVERIFY(!chart->legend()->markers(lines[1]).first()->isVisible());
    QVERIFY(!chart->legend()->markers(lines[3]).first()->isVisible());
    // A theme change resets pens: the continuation keeps its first run's colour.
    chartfactory::applyPalette(chart, QPalette(Qt::black));
    QCOMPARE(rateResumed->pen().color(), rate->pen().color());
}

void tst_JobCharts::singleRunIsOneLine()
{
    JobMetrics metrics = resumedJob();
    metrics.series[importjobs::runStartMetric] = {{1000, 0}};
    const TimeSeriesData data = jobcharts::throughput(metrics);
    QCOMPARE(data.series.size(), 2);
    QCOMPARE(data.series[0].points.size(), 4);
    // Jobs recorded before runs were marked have no run starts: one line each, as before.
    metrics.series.remove(importjobs::runStartMetric);
    QCOMPARE(jobcharts::throughput(metrics).series.size(), 2);
}

QTEST_MAIN(tst_JobCharts)
#include "tst_jobcharts.moc"
