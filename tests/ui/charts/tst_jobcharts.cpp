// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartexport.h"
#include "charts/chartfactory.h"
#include "charts/chartlegend.h"
#include "charts/jobcharts.h"
#include "charts/timeserieschart.h"
#include "guitest.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScopeGuard>
#include <QtTest>

using namespace stevedore;

// A resumed job's throughput chart: one line per run, with a gap where the job was stopped.
class tst_JobCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void resumedJobHasAGap();
    void singleRunIsOneLine();
    void markersWhereTheJobStopped();
    void csvHasTheGap();
    void summaryInTheSubtitle();
    void batchJitterIsSmoothed();
    void cacheWithoutLookupsIsNoChart();
    void compareFromEachStart();

private:
    static JobMetrics resumedJob();
};

JobMetrics tst_JobCharts::resumedJob()
{
    // Run 1 from t=1000 to 3000 (3,000 records), stopped; run 2 from t=60000.
    JobMetrics metrics;
    metrics.job.jobId = 7;
    metrics.job.fileName = QStringLiteral("orders.csv");
    metrics.job.startedAt = 1000;
    metrics.job.finishedAt = 62000;
    metrics.job.records = 5200;
    metrics.job.rejected = 12;
    metrics.job.status = QStringLiteral("done");
    metrics.series[importjobs::retryMetric] = {{61500, 1}};
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

    // Drawn: a QLineSeries per run, a run continuing in its first run's colour and style, one
    // legend entry per series. The view owns the chart; setChart() on a default-built view
    // would leak the view's own first chart.
    QChart *chart = chartfactory::createTimeSeriesChart(data);
    QChartView view(chart);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *timeChart = qobject_cast<TimeSeriesChart *>(chart);
    QVERIFY(timeChart);
    const auto *rate = static_cast<QLineSeries *>(timeChart->seriesFor(0));
    const auto *rateResumed = static_cast<QLineSeries *>(timeChart->seriesFor(1));
    QCOMPARE(rateResumed->pen(), rate->pen());
    QCOMPARE(rate->points().last().x(), 3000.0);
    QCOMPARE(rateResumed->points().first().x(), 61000.0);
    QStringList names;
    for (const ChartLegend::Entry &entry : timeChart->chartLegend()->entries())
        names << entry.text;
    QCOMPARE(names.count(data.series[0].name), 1);
    QCOMPARE(names.count(data.series[2].name), 1);
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

// Paused at the run's last sample, resumed where the next run started, retried where a
// transient failure was retried; on an elapsed axis from the job's start.
void tst_JobCharts::markersWhereTheJobStopped()
{
    const TimeSeriesData data = jobcharts::throughput(resumedJob());
    QCOMPARE(data.timeAxis, TimeAxis::Elapsed);
    QCOMPARE(data.originMsecs, qint64(1000));
    QCOMPARE(data.markers.size(), 3);
    QCOMPARE(data.markers[0].kind, ChartMarker::Kind::Paused);
    QCOMPARE(data.markers[0].atMsecs, qint64(3000));
    QCOMPARE(data.markers[1].kind, ChartMarker::Kind::Resumed);
    QCOMPARE(data.markers[1].atMsecs, qint64(60000));
    QCOMPARE(data.markers[2].kind, ChartMarker::Kind::Retried);
    QCOMPARE(data.markers[2].atMsecs, qint64(61500));
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    auto *timeChart = qobject_cast<TimeSeriesChart *>(chart.get());
    QCOMPARE(timeChart->markerLines().size(), 3);
    QCOMPARE(timeChart->markerLines()[1]->points().first().x(), 60000.0);
    QCOMPARE(timeChart->chartLegend()->entries().size(), 5); // 2 series, 3 kinds of marker
}

// The CSV of a paused-then-resumed job: no row between the runs, elapsed from the job's start.
void tst_JobCharts::csvHasTheGap()
{
    std::unique_ptr<QChart> chart(
        chartfactory::createTimeSeriesChart(jobcharts::throughput(resumedJob())));
    const QList<QByteArray> rows = chartexport::csv(chart.get()).trimmed().split('\n');
    QCOMPARE(rows.first().trimmed(), QByteArray("series,unit,elapsed_s,time_utc,value"));
    QList<double> rateTimes;
    QList<double> gapTimes; // rows without a value: where a spreadsheet breaks the line
    for (const QByteArray &row : rows.mid(1)) {
        const QList<QByteArray> fields = row.trimmed().split(',');
        QCOMPARE(fields.size(), 5);
        if (fields[0] != "records/s")
            continue;
        (fields[4].isEmpty() ? gapTimes : rateTimes) << fields[2].toDouble();
    }
    QCOMPARE(rateTimes, (QList<double>{1, 2, 60, 61}));
    QCOMPARE(gapTimes, (QList<double>{31})); // half-way between 2 s and 60 s
    for (const double t : rateTimes)
        QVERIFY(t <= 2 || t >= 59); // stopped from 2 s to 59 s: nothing drawn or written there
    // And the line is split there: no drawn segment crosses the outage.
    auto *timeChart = qobject_cast<TimeSeriesChart *>(chart.get());
    for (qsizetype i = 0; i < timeChart->data().series.size(); ++i) {
        const QList<QPointF> points = static_cast<QXYSeries *>(timeChart->seriesFor(i))->points();
        for (qsizetype p = 1; p < points.size(); ++p)
            QVERIFY(points[p].x() - points[p - 1].x() < 50000);
    }
}

void tst_JobCharts::summaryInTheSubtitle()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    JobMetrics metrics = resumedJob();
    metrics.job.records = 1234567;
    const QString subtitle = jobcharts::throughput(metrics).subtitle;
    QVERIFY2(subtitle.contains(QLatin1String("1,234,567 records, 12 rejected, in 1 min 1 s")),
             qPrintable(subtitle));
    // 1,234,567 records in 4 s of running (1 to 3 s and 60 to 62 s; the outage left out). The
    // sampled rates are lower: the peak is never below the mean.
    QVERIFY2(subtitle.contains(QLatin1String("mean 309 k, peak 309 k records/s")),
             qPrintable(subtitle));
    // The peak is that of the rates shown: 1,250,000 records in the half second after 62 s.
    metrics.series[importjobs::recordsMetric] << QPointF(62500, 5200 + 1250000);
    QVERIFY(jobcharts::throughput(metrics).subtitle.contains(
        QLatin1String("mean 309 k, peak 2.5 M records/s")));
    const QString started
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(1000), QLocale::ShortFormat);
    QVERIFY2(subtitle.contains(started), qPrintable(subtitle));
}

// No cache lookups: no series, and the chart says why rather than "(not recorded)".
void tst_JobCharts::cacheWithoutLookupsIsNoChart()
{
    bool recorded = true;
    const TimeSeriesData data = jobcharts::cacheHitRatio(resumedJob(), &recorded);
    QVERIFY(!recorded);
    QVERIFY(!hasPoints(data));
    QVERIFY(!data.title.contains(QLatin1String("not recorded")));
    QCOMPARE(data.emptyReason, QStringLiteral("No cache lookups during this job"));
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    QCOMPARE(qobject_cast<TimeSeriesChart *>(chart.get())->note(), data.emptyReason);
    JobMetrics withCache = resumedJob();
    withCache.series[importjobs::cacheRatioMetric] = {{2000, 0.5}, {61000, 0.75}};
    const TimeSeriesData cache = jobcharts::cacheHitRatio(withCache, &recorded);
    QVERIFY(recorded);
    QCOMPARE(cache.series.first().points.last().y(), 75.0);
    QCOMPARE(cache.timeAxis, TimeAxis::Elapsed);
}

// One series per job, each from its own start: drawn side by side from 0 s, the CSV's
// elapsed_s counted per job.
void tst_JobCharts::compareFromEachStart()
{
    JobMetrics first = resumedJob();
    JobMetrics second;
    second.job.jobId = 9;
    second.job.fileName = QStringLiteral("orders.csv");
    second.job.startedAt = 500000;
    second.job.records = 3000;
    second.series[importjobs::rateMetric] = {{501000, 900}, {503000, 1100}};
    const TimeSeriesData data = jobcharts::compare({first, second});
    QCOMPARE(data.series.size(), 3); // the first job in two runs
    QCOMPARE(data.series[0].originMsecs, qint64(1000));
    QVERIFY(data.series[1].continuesPrevious);
    QCOMPARE(data.series[2].originMsecs, qint64(500000));
    QVERIFY(data.series[2].name.startsWith(QLatin1String("#9 ")));
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    auto *timeChart = qobject_cast<TimeSeriesChart *>(chart.get());
    const double firstStart = static_cast<QXYSeries *>(timeChart->seriesFor(0))->at(0).x();
    const double secondStart = static_cast<QXYSeries *>(timeChart->seriesFor(2))->at(0).x();
    QCOMPARE(firstStart, secondStart); // both 1 s after their job's start
    QCOMPARE(timeChart->chartLegend()->entries().size(), 2);
    const QList<QByteArray> rows = chartexport::csv(chart.get()).trimmed().split('\n');
    const QList<QByteArray> last = rows.last().trimmed().split(','); // the name has a comma
    QCOMPARE(last.at(last.size() - 3), QByteArray("3"));
}

// Qt's warnings (a NaN axis range, say) fail the test that caused them.
void tst_JobCharts::initTestCase()
{
    guitest::WarningTrap::install();
}

void tst_JobCharts::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

// A short job sampled at every batch: 20,000 records every 4 or 8 ms in turn, the clock's
// milliseconds making the rates between samples 5 M and 2.5 M records/s. The chart shows the
// trend, 3.33 M records/s, not the zigzag.
void tst_JobCharts::batchJitterIsSmoothed()
{
    JobMetrics metrics;
    metrics.job.jobId = 3;
    metrics.job.fileName = QStringLiteral("quick.csv");
    metrics.job.startedAt = 1000;
    metrics.job.records = 2000000;
    metrics.job.status = QStringLiteral("done");
    metrics.series[importjobs::runStartMetric] = {{1000, 0}};
    double t = 1000;
    for (int i = 1; i <= 100; ++i) {
        const double interval = i % 2 ? 4 : 8;
        t += interval;
        metrics.series[importjobs::recordsMetric] << QPointF(t, 20000.0 * i);
        metrics.series[importjobs::rateMetric] << QPointF(t, 20000.0 * 1000 / interval);
    }
    metrics.job.finishedAt = qint64(t);
    const TimeSeriesData data = jobcharts::throughput(metrics);
    const QList<QPointF> rates = data.series.first().points;
    QCOMPARE(rates.size(), 100); // a point at every sample
    for (const QPointF &p : rates) {
        if (p.x() - 1000 < 50) // the first window reaches back to the run's start
            continue;
        QVERIFY2(std::abs(p.y() - 20000.0 / 6 * 1000) < 0.1 * 20000.0 / 6 * 1000,
                 qPrintable(QStringLiteral("%1 records/s at %2 ms").arg(p.y()).arg(p.x())));
    }
    QVERIFY2(!data.subtitle.contains(QLatin1String("peak 5")), qPrintable(data.subtitle));
}

QTEST_MAIN(tst_JobCharts)
#include "tst_jobcharts.moc"
