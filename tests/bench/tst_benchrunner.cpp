// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "benchcases.h"
#include "benchreport.h"
#include "benchrunner.h"
#include "charts/chartexport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::bench;

namespace {

BenchResult row(const QString &name, double baseline, double optimized, bool higherIsBetter = false)
{
    return makeResult(name,
                      higherIsBetter ? QStringLiteral("records/s") : QStringLiteral("ms"),
                      name,
                      {baseline},
                      {optimized},
                      higherIsBetter);
}

// An import row with extra.throughput_runs: one run per list of [epoch ms, records/s] points,
// the run started at its first point's time (runs without points at t0).
BenchResult importRow(const QList<QList<QPointF>> &runs, qsizetype medianRun = 0)
{
    BenchResult import = row(QStringLiteral("import"), 40, 4);
    QJsonArray jsonRuns;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        QJsonArray points;
        for (const QPointF &p : runs[i])
            points.append(QJsonArray{qint64(p.x()), p.y()});
        QJsonObject run{
            {QStringLiteral("start_ms"), runs[i].isEmpty() ? 0 : qint64(runs[i].first().x())},
            {QStringLiteral("points"), points}};
        if (i == medianRun)
            run.insert(QStringLiteral("median"), true);
        jsonRuns.append(run);
    }
    import.extra = {{QStringLiteral("records"), 20000},
                    { QStringLiteral("throughput_runs"),
                      jsonRuns }};
    return import;
}

// True when a ratio above 1 means the optimised side did better, and the ratio is the rule's.
bool ratioFollowsRule(const QJsonObject &result, QString *why)
{
    const double baseline = result.value(QStringLiteral("baseline"))
                                .toObject()
                                .value(QStringLiteral("median"))
                                .toDouble();
    const double optimized = result.value(QStringLiteral("optimized"))
                                 .toObject()
                                 .value(QStringLiteral("median"))
                                 .toDouble();
    const bool higherIsBetter = result.value(QStringLiteral("higher_is_better")).toBool();
    const double ratio = result.value(QStringLiteral("ratio")).toDouble();
    const bool optimisedBetter = higherIsBetter ? optimized > baseline : optimized < baseline;
    const double expected = higherIsBetter ? optimized / baseline : baseline / optimized;
    *why = QStringLiteral("%1: baseline %2, optimised %3, ratio %4")
               .arg(result.value(QStringLiteral("name")).toString())
               .arg(baseline)
               .arg(optimized)
               .arg(ratio);
    return (ratio > 1) == optimisedBetter && qAbs(ratio - expected) <= 1e-9 * expected;
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(test::readFile(path)).object();
}

QStringList missingLinks(const QString &report)
{
    QStringList missing;
    for (const QString &link : reportLinks(report)) {
        if (!QFileInfo::exists(QFileInfo(report).dir().filePath(link)))
            missing << link;
    }
    return missing;
}

} // namespace

class TestBenchRunner : public QObject
{
    Q_OBJECT

private slots:
    void stats_data();
    void stats();
    void ratio_data();
    void ratio();
    void anchorRatio_data();
    void anchorRatio();
    void gzOverheadRow_data();
    void gzOverheadRow();
    void readsEarlierResults();
    void alternation();
    void jsonShape();
    void compare_data();
    void compare();
    void ratioChart();
    void throughputChart_data();
    void throughputChart();
    void emptyThroughputChart_data();
    void emptyThroughputChart();
    void reportLinksResolve();
    void smokeRun();
    void formatsSmokeRun();
};

void TestBenchRunner::stats_data()
{
    QTest::addColumn<QList<double>>("samples");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::newRow("one") << QList<double>{4} << 4.0 << 4.0 << 4.0;
    QTest::newRow("odd, unsorted") << QList<double>{5, 1, 3} << 3.0 << 1.0 << 5.0;
    QTest::newRow("even: mean of the middle two") << QList<double>{4, 1, 3, 2} << 2.5 << 1.0 << 4.0;
    QTest::newRow("an outlier leaves the median")
        << QList<double>{10, 11, 12, 13, 900} << 12.0 << 10.0 << 900.0;
    QTest::newRow("empty") << QList<double>{} << 0.0 << 0.0 << 0.0;
}

void TestBenchRunner::stats()
{
    QFETCH(QList<double>, samples);
    QFETCH(double, median);
    QFETCH(double, min);
    QFETCH(double, max);
    const Stats stats = Stats::of(samples);
    QCOMPARE(stats.median, median);
    QCOMPARE(stats.min, min);
    QCOMPARE(stats.max, max);
    QCOMPARE(stats.count, int(samples.size()));
}

void TestBenchRunner::ratio_data()
{
    QTest::addColumn<QList<double>>("baseline");
    QTest::addColumn<QList<double>>("optimized");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<double>("expected"); // -1: no ratio
    QTest::newRow("time: baseline ÷ optimised of the medians")
        << QList<double>{10, 12, 100} << QList<double>{2, 3, 4} << false << 4.0;
    QTest::newRow("time: slower is below 1")
        << QList<double>{1} << QList<double>{4} << false << 0.25;
    QTest::newRow("rate: optimised ÷ baseline")
        << QList<double>{1000, 2000} << QList<double>{6000} << true << 4.0;
    QTest::newRow("rate: lower is below 1")
        << QList<double>{4000} << QList<double>{1000} << true << 0.25;
    QTest::newRow("time, zero divisor: none")
        << QList<double>{5} << QList<double>{0} << false << -1.0;
    QTest::newRow("rate, zero divisor: none")
        << QList<double>{0} << QList<double>{5} << true << -1.0;
}

void TestBenchRunner::ratio()
{
    QFETCH(QList<double>, baseline);
    QFETCH(QList<double>, optimized);
    QFETCH(bool, higherIsBetter);
    QFETCH(double, expected);
    const BenchResult result = makeResult(
        QStringLiteral("x"), QStringLiteral("unit"), {}, baseline, optimized, higherIsBetter);
    QCOMPARE(result.ratio.has_value(), expected >= 0);
    if (result.ratio)
        QCOMPARE(*result.ratio, expected);
}

void TestBenchRunner::anchorRatio_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QList<double>>("anchor");    // µs/record
    QTest::addColumn<QList<double>>("stevedore"); // µs/record
    QTest::addColumn<double>("expected");
    QTest::newRow("Stevedore twice as fast as sqlite3")
        << QStringLiteral("sqlite3") << QList<double>{4, 5, 6} << QList<double>{2, 2.5, 3} << 2.0;
    QTest::newRow("Stevedore slower than psql")
        << QStringLiteral("psql") << QList<double>{1, 1, 9} << QList<double>{4, 4, 4} << 0.25;
}

// The anchor row reads like every other: anchor (baseline) ÷ Stevedore (optimised).
void TestBenchRunner::anchorRatio()
{
    QFETCH(QString, tool);
    QFETCH(QList<double>, anchor);
    QFETCH(QList<double>, stevedore);
    QFETCH(double, expected);
    const BenchResult result
        = importAnchorResult(tool, QStringLiteral("1.0"), 20000, anchor, stevedore);
    QCOMPARE(result.name, QStringLiteral("import.anchor.") + tool);
    QCOMPARE(result.unit, QStringLiteral("µs/record"));
    QVERIFY(!result.higherIsBetter);
    QVERIFY(result.baseline);
    QCOMPARE(result.baseline->median, Stats::of(anchor).median);
    QCOMPARE(result.optimized.median, Stats::of(stevedore).median);
    QVERIFY(result.ratio);
    QCOMPARE(*result.ratio, expected);
    QCOMPARE(*result.ratio > 1, result.optimized.median < result.baseline->median);
    QVERIFY2(!result.title.contains(QStringLiteral("Stevedore / anchor")),
             qPrintable(result.title));
    QCOMPARE(result.extra.value(QStringLiteral("anchor_rows")).toInteger(), 20000);
    QString why;
    QVERIFY2(ratioFollowsRule(result.toJson(), &why), qPrintable(why));
}

void TestBenchRunner::gzOverheadRow_data()
{
    QTest::addColumn<QList<double>>("plain"); // µs/record
    QTest::addColumn<QList<double>>("gz");    // µs/record
    QTest::addColumn<double>("overhead");     // percent
    QTest::addColumn<bool>("withinTarget");
    QTest::newRow("a quarter slower")
        << QList<double>{4, 4, 9} << QList<double>{5, 5, 1} << 25.0 << true;
    QTest::newRow("half again: over the target")
        << QList<double>{2} << QList<double>{3} << 50.0 << false;
    QTest::newRow("exactly the target is not under it")
        << QList<double>{10} << QList<double>{13} << 30.0 << false;
    QTest::newRow("faster compressed (a cold cache)")
        << QList<double>{4} << QList<double>{3} << -25.0 << true;
}

// Plain CSV is the baseline, the .csv.gz import the optimised side: the ratio follows the one
// rule (below 1 by what decompression costs) and the overhead is of the medians.
void TestBenchRunner::gzOverheadRow()
{
    QFETCH(QList<double>, plain);
    QFETCH(QList<double>, gz);
    QFETCH(double, overhead);
    QFETCH(bool, withinTarget);
    const BenchResult row = gzOverheadResult(20000, plain, gz);
    QCOMPARE(row.name, QStringLiteral("formats.gz_overhead"));
    QCOMPARE(row.unit, QStringLiteral("µs/record"));
    QVERIFY(row.baseline);
    QCOMPARE(row.baseline->median, Stats::of(plain).median);
    QCOMPARE(row.optimized.median, Stats::of(gz).median);
    QString why;
    QVERIFY2(ratioFollowsRule(row.toJson(), &why), qPrintable(why));
    QVERIFY(qAbs(row.extra.value(QStringLiteral("overhead_percent")).toDouble() - overhead) < 1e-9);
    QCOMPARE(row.extra.value(QStringLiteral("within_target")).toBool(), withinTarget);
    QCOMPARE(row.extra.value(QStringLiteral("target_percent")).toDouble(), 30.0);
    QCOMPARE(row.extra.value(QStringLiteral("records")).toInteger(), 20000);
}

// A results.json of an earlier version held Stevedore ÷ anchor in its anchor rows: read back,
// every ratio follows the one rule, and --compare still compares optimised medians.
void TestBenchRunner::readsEarlierResults()
{
    const QByteArray earlier = R"({"env": {"engine": "sqlite", "quick": true}, "results": [
        {"name": "import", "unit": "µs/record", "title": "t",
         "baseline": {"median": 200, "min": 150, "max": 250, "n": 5},
         "optimized": {"median": 2, "min": 1.5, "max": 2.5, "n": 5},
         "ratio": 100, "ratio_kind": "baseline/optimized", "higher_is_better": false},
        {"name": "import.anchor.sqlite3", "unit": "µs/record", "title": "t",
         "baseline": {"median": 4, "min": 3, "max": 5, "n": 5},
         "optimized": {"median": 2, "min": 1.5, "max": 2.5, "n": 5},
         "ratio": 0.5, "ratio_kind": "optimized/baseline", "higher_is_better": false}]})";
    QString error;
    const auto old = readResults(earlier, nullptr, &error);
    QVERIFY2(old, qPrintable(error));
    QCOMPARE(old->size(), 2);
    QCOMPARE(old->at(0).ratio.value_or(-1), 100.0);
    QCOMPARE(old->at(1).ratio.value_or(-1), 2.0); // 4 ÷ 2, not the file's 0.5
    QVERIFY(!old->at(1).toJson().contains(QStringLiteral("ratio_kind")));

    const QList<BenchResult> now{
        importAnchorResult(QStringLiteral("sqlite3"), QStringLiteral("1.0"), 20000, {4}, {2.5})};
    const QList<MetricChange> changes = compareResults(*old, now);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].oldValue, 2.0); // Stevedore's µs/record then and now
    QCOMPARE(changes[0].newValue, 2.5);
    QVERIFY(changes[0].regression);
}

void TestBenchRunner::alternation()
{
    QStringList calls;
    QStringList cleanUps;
    int a = 0;
    int b = 0;
    const auto samples = alternate({[&] {
                                        calls << QStringLiteral("A");
                                        return double(++a);
                                    },
                                    [&] {
                                        calls << QStringLiteral("B");
                                        return double(100 + ++b);
                                    }},
                                   3,
                                   1,
                                   [&](int variant) { cleanUps << QString::number(variant); });
    QCOMPARE(calls.join(QString()), QStringLiteral("ABABABAB"));
    QCOMPARE(cleanUps.join(QString()), QStringLiteral("01010101"));
    // The warm-up's samples (1 and 101) are not kept.
    QCOMPARE(samples.size(), 2);
    QCOMPARE(samples[0], (QList<double>{2, 3, 4}));
    QCOMPARE(samples[1], (QList<double>{102, 103, 104}));
}

void TestBenchRunner::jsonShape()
{
    BenchResult compared = row(QStringLiteral("files"), 40, 4);
    compared.extra = {{QStringLiteral("queries_baseline"), 10001}};
    const BenchResult plain = makeMeasurement(QStringLiteral("export"),
                                              QStringLiteral("records/s"),
                                              QStringLiteral("Export"),
                                              {900, 1000, 1100},
                                              true);
    const QJsonObject env{{QStringLiteral("engine"), QStringLiteral("sqlite")},
                          {QStringLiteral("quick"), true}};
    const QByteArray json = resultsJson(env, {compared, plain});

    const QJsonObject document = QJsonDocument::fromJson(json).object();
    QCOMPARE(document.value(QStringLiteral("env")).toObject(), env);
    const QJsonArray rows = document.value(QStringLiteral("results")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject first = rows[0].toObject();
    for (const QString &key : {QStringLiteral("name"),
                               QStringLiteral("unit"),
                               QStringLiteral("baseline"),
                               QStringLiteral("optimized"),
                               QStringLiteral("ratio"),
                               QStringLiteral("extra")})
        QVERIFY2(first.contains(key), qPrintable(key));
    for (const QString &side : {QStringLiteral("baseline"), QStringLiteral("optimized")}) {
        const QJsonObject stats = first.value(side).toObject();
        for (const QString &key :
             {QStringLiteral("median"), QStringLiteral("min"), QStringLiteral("max")})
            QVERIFY2(stats.value(key).isDouble(), qPrintable(side + QLatin1Char('.') + key));
    }
    QCOMPARE(first.value(QStringLiteral("ratio")).toDouble(), 10.0);
    const QJsonObject second = rows[1].toObject();
    QVERIFY(second.value(QStringLiteral("baseline")).isNull());
    QVERIFY(second.value(QStringLiteral("ratio")).isNull());
    QCOMPARE(second.value(QStringLiteral("optimized"))
                 .toObject()
                 .value(QStringLiteral("median"))
                 .toDouble(),
             1000.0);

    QJsonObject readEnv;
    QString error;
    const auto back = readResults(json, &readEnv, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->size(), 2);
    QCOMPARE(readEnv, env);
    QCOMPARE(back->at(0).toJson(), compared.toJson());
    QCOMPARE(back->at(1).toJson(), plain.toJson());
    QVERIFY(!readResults("{\"env\": {}}", nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestBenchRunner::compare_data()
{
    QTest::addColumn<double>("before");
    QTest::addColumn<double>("after");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<bool>("regression");
    QTest::newRow("time +15 %") << 10.0 << 11.5 << false << true;
    QTest::newRow("time +5 %: within noise") << 10.0 << 10.5 << false << false;
    QTest::newRow("time -30 %: better") << 10.0 << 7.0 << false << false;
    QTest::newRow("throughput -15 %") << 1000.0 << 850.0 << true << true;
    QTest::newRow("throughput +15 %: better") << 1000.0 << 1150.0 << true << false;
    QTest::newRow("exactly 10 %: not beyond") << 10.0 << 11.0 << false << false;
}

void TestBenchRunner::compare()
{
    QFETCH(double, before);
    QFETCH(double, after);
    QFETCH(bool, higherIsBetter);
    QFETCH(bool, regression);
    const QList<BenchResult> old{row(QStringLiteral("m"), 50, before, higherIsBetter),
                                 row(QStringLiteral("gone"), 1, 1)};
    const QList<BenchResult> now{row(QStringLiteral("m"), 50, after, higherIsBetter),
                                 row(QStringLiteral("new"), 1, 1)};
    const QList<MetricChange> changes = compareResults(old, now, 0.10);
    QCOMPARE(changes.size(), 1); // only metrics present in both runs
    QCOMPARE(changes[0].name, QStringLiteral("m"));
    QCOMPARE(changes[0].oldValue, before);
    QCOMPARE(changes[0].newValue, after);
    QVERIFY(qAbs(changes[0].change - (after - before) / before) < 1e-9);
    QCOMPARE(changes[0].regression, regression);
}

void TestBenchRunner::ratioChart()
{
    const BarChartData data = ratioChartData(
        {row(QStringLiteral("files"), 30, 3),
         importAnchorResult(QStringLiteral("sqlite3"), {}, 10, {3}, {2}),
         makeMeasurement(QStringLiteral("export"), QStringLiteral("records/s"), {}, {9}, true),
         row(QStringLiteral("rate"), 100, 150, true)});
    QCOMPARE(data.categories,
             (QStringList{QStringLiteral("files"),
                          QStringLiteral("import.anchor.sqlite3"),
                          QStringLiteral("rate")}));
    QCOMPARE(data.sets.size(), 1);
    QCOMPARE(data.sets[0].values, (QList<double>{10, 1.5, 1.5}));
    const QString said = data.title + u' ' + chartfactory::axisTitle(data.valueTitle, data.unit);
    QVERIFY2(said.contains(QStringLiteral("above 1 is a win")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("baseline ÷ optimised")), qPrintable(said));
    QVERIFY(!data.unit.isEmpty());
}

void TestBenchRunner::throughputChart_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("subtitle");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                             << QStringLiteral("2 runs of 20,000 records; median 4.00 µs/record");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("2 runs of 20.000 records; median 4,00 µs/record");
}

// Each measured run on an elapsed time axis from its own start, with units and a summary.
void TestBenchRunner::throughputChart()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, subtitle);
    const QLocale before;
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    const qint64 t0 = 1767225600000;
    const qint64 t1 = t0 + 60000;
    BenchResult import = importRow({{{double(t0), 1000}, {double(t0 + 500), 1000}},
                                    {{double(t1), 2000}, {double(t1 + 400), 2000}}},
                                   1);
    import.unit = QStringLiteral("µs/record");
    const TimeSeriesData data = throughputChartData({import});
    QCOMPARE(data.timeAxis, TimeAxis::Elapsed);
    QCOMPARE(data.series.size(), 2);
    QCOMPARE(data.series[0].originMsecs, t0);
    QCOMPARE(data.series[1].originMsecs, t1);
    QCOMPARE(data.series[0].name, QStringLiteral("Run 1"));
    QCOMPARE(data.series[1].name, QStringLiteral("Run 2 (median)"));
    QCOMPARE(data.series[1].points.first(), QPointF(double(t1), 2000));
    QCOMPARE(data.unit, QStringLiteral("records/s"));
    QVERIFY(!data.valueTitle.isEmpty());
    QVERIFY(!data.timeTitle.isEmpty());
    QCOMPARE(data.subtitle, subtitle);
    QVERIFY(data.emptyReason.isEmpty());
}

void TestBenchRunner::emptyThroughputChart_data()
{
    QTest::addColumn<QList<BenchResult>>("results");
    QTest::addColumn<QString>("why");
    QTest::newRow("runs without points")
        << QList<BenchResult>{importRow({{}, {}}), row(QStringLiteral("files"), 30, 3)}
        << QStringLiteral("the importer reported no progress in any measured run");
    QTest::newRow("no import row") << QList<BenchResult>{row(QStringLiteral("files"), 30, 3)}
                                   << QStringLiteral("no import results");
}

// Nothing empty pretends to be a chart: no file, and the report says why in its place.
void TestBenchRunner::emptyThroughputChart()
{
    QFETCH(QList<BenchResult>, results);
    QFETCH(QString, why);
    const TimeSeriesData data = throughputChartData(results);
    QVERIFY(!hasPoints(data));
    QVERIFY2(data.emptyReason.startsWith(why), qPrintable(data.emptyReason));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ReportInput input;
    input.results = results;
    const ReportFiles files = writeReport(dir.path(), input);
    QVERIFY2(files.chartProblem.isEmpty(), qPrintable(files.chartProblem));
    QCOMPARE(files.charts,
             (QStringList{dir.filePath(QStringLiteral("ratios.png")),
                          dir.filePath(QStringLiteral("ratios.svg"))}));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("import-throughput*")}), QStringList());
    const QString skipped = QStringLiteral("%1: skipped: %2").arg(data.title, why);
    for (const QString &report : {files.markdown, files.html}) {
        const QString text = QString::fromUtf8(test::readFile(report));
        QVERIFY2(text.contains(skipped), qPrintable(report));
        QVERIFY(!text.contains(QStringLiteral("import-throughput")));
    }
}

void TestBenchRunner::reportLinksResolve()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const qint64 t0 = 1767225600000;
    const BenchResult import = importRow(
        {{{double(t0), 100000}, {double(t0 + 250), 120000}, {double(t0 + 500), 110000}}});
    // Stevedore (optimised) at 2 µs/record, the anchor (baseline) at 4: twice as fast.
    const BenchResult anchor
        = importAnchorResult(QStringLiteral("sqlite3"), QStringLiteral("3"), 20000, {4}, {2});
    const QList<BenchResult> results{import, anchor, row(QStringLiteral("files"), 30, 3)};
    QVERIFY(
        test::writeFile(dir.filePath(QStringLiteral("results.json")), resultsJson({}, results)));
    ReportInput input;
    input.results = results;
    input.changes = compareResults({row(QStringLiteral("files"), 30, 2)}, results);
    input.comparedWith = QStringLiteral("old/results.json");
    const ReportFiles files = writeReport(dir.path(), input);

    QVERIFY(QFileInfo::exists(files.markdown));
    QVERIFY(QFileInfo::exists(files.html));
    QVERIFY2(files.chartProblem.isEmpty(), qPrintable(files.chartProblem));
    QCOMPARE(files.charts.size(), 4); // ratios and throughput, PNG and SVG each
    for (const QString &report : {files.markdown, files.html}) {
        const QStringList links = reportLinks(report);
        QVERIFY(links.contains(QStringLiteral("ratios.png")));
        QVERIFY(links.contains(QStringLiteral("ratios.svg")));
        QVERIFY(links.contains(QStringLiteral("import-throughput.png")));
        QVERIFY(links.contains(QStringLiteral("results.json")));
        QVERIFY2(missingLinks(report).isEmpty(), qPrintable(missingLinks(report).join(u',')));
    }
    const QString md = QString::fromUtf8(test::readFile(files.markdown));
    QVERIFY(md.contains(QStringLiteral("×10.0")));
    QVERIFY(md.contains(QStringLiteral("| ×2.00 |")));  // the anchor row, as the others
    QVERIFY(md.contains(QStringLiteral("REGRESSION"))); // files: 2 ms → 3 ms
    for (const QString &report : {files.markdown, files.html}) {
        const QString text = QString::fromUtf8(test::readFile(report));
        QVERIFY2(!text.contains(QStringLiteral("Stevedore/anchor")), qPrintable(report));
        QVERIFY2(text.contains(QStringLiteral("above 1 is a win")), qPrintable(report));
    }
    // The anchor row is in the ratio chart now that it reads the same way.
    QVERIFY(test::readFile(dir.filePath(QStringLiteral("ratios.svg")))
                .contains("import.anchor.sqlite3"));
    for (const QString &png :
         {QStringLiteral("ratios.png"), QStringLiteral("import-throughput.png")})
        QCOMPARE(QImage(dir.filePath(png)).size(),
                 chartexport::defaultSize * chartexport::defaultDevicePixelRatio);
}

// `stevedore bench --quick --only pool,import,files` through the binary, as an operator runs
// it: every ratio follows the one rule, the anchor row's included.
void TestBenchRunner::smokeRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("out"));
    QStringList arguments;
#ifdef STEVEDORE_TEST_PG
    test::PgScratch pg;
    STEVEDORE_REQUIRE_PG(pg);
    arguments << QStringLiteral("--db") << pg.primary().toString();
#endif
    arguments << QStringLiteral("--log-file") << dir.filePath(QStringLiteral("log.txt"))
              << QStringLiteral("bench") << QStringLiteral("--quick") << QStringLiteral("--only")
              << QStringLiteral("pool,import,files") << QStringLiteral("--out") << out;
    const test::CliResult run = test::runCli(arguments, 300000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // One progress line per case.
    QVERIFY2(run.err.contains("[1/3] pool: "), run.err.constData());
    QVERIFY2(run.err.contains("[2/3] import: "), run.err.constData());
    QVERIFY2(run.err.contains("[3/3] files: "), run.err.constData());
    // stdout names the three files, one a line: scripts and the bench dialog read it.
    QCOMPARE(QString::fromUtf8(run.out).split(u'\n'),
             (QStringList{QDir(out).filePath(QStringLiteral("results.json")),
                          QDir(out).filePath(QStringLiteral("report.md")),
                          QDir(out).filePath(QStringLiteral("report.html")),
                          QString()}));

    const QJsonObject results = readJson(QDir(out).filePath(QStringLiteral("results.json")));
    const QJsonObject env = results.value(QStringLiteral("env")).toObject();
#ifdef STEVEDORE_TEST_PG
    QCOMPARE(env.value(QStringLiteral("engine")).toString(), QStringLiteral("postgres"));
#else
    QCOMPARE(env.value(QStringLiteral("engine")).toString(), QStringLiteral("sqlite"));
#endif
    QCOMPARE(env.value(QStringLiteral("quick")).toBool(), true);
    for (const QString &key :
         {QStringLiteral("machine"), QStringLiteral("os"), QStringLiteral("versions")})
        QVERIFY2(env.contains(key), qPrintable(key));
    QStringList names;
    int ratios = 0;
    for (const QJsonValue &value : results.value(QStringLiteral("results")).toArray()) {
        const QJsonObject result = value.toObject();
        names << result.value(QStringLiteral("name")).toString();
        QVERIFY(result.value(QStringLiteral("optimized"))
                    .toObject()
                    .value(QStringLiteral("median"))
                    .toDouble()
                > 0);
        if (result.value(QStringLiteral("baseline")).isNull()) {
            QVERIFY(result.value(QStringLiteral("ratio")).isNull());
            continue;
        }
        QString why;
        QVERIFY2(ratioFollowsRule(result, &why), qPrintable(why));
        ++ratios;
    }
#ifdef STEVEDORE_TEST_PG
    const QString anchor = QStringLiteral("import.anchor.psql");
#else
    const QString anchor = QStringLiteral("import.anchor.sqlite3");
#endif
    // The anchor tools are install dependencies (scripts/install-deps): the row must be there.
    QCOMPARE(names,
             (QStringList{QStringLiteral("pool"),
                          QStringLiteral("pool.acquire_release.uncontended"),
                          QStringLiteral("pool.acquire_release.8threads_4connections"),
                          QStringLiteral("import"),
                          anchor,
                          QStringLiteral("import.peak_rss"),
                          QStringLiteral("export"),
                          QStringLiteral("files")}));
    QCOMPARE(ratios, 4); // pool, import, the anchor, files
    for (const QString &chart :
         {QStringLiteral("ratios.png"), QStringLiteral("import-throughput.png")})
        QVERIFY2(QFileInfo::exists(QDir(out).filePath(chart)), qPrintable(chart));
    for (const QString &report : {QStringLiteral("report.md"), QStringLiteral("report.html")}) {
        const QString path = QDir(out).filePath(report);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QVERIFY2(missingLinks(path).isEmpty(), qPrintable(missingLinks(path).join(u',')));
        QVERIFY(
            !QString::fromUtf8(test::readFile(path)).contains(QStringLiteral("Stevedore/anchor")));
    }
    // The scratch project (and, without --db, the scratch database) is gone.
#ifdef STEVEDORE_TEST_PG
    const auto db = test::openDatabase(pg.primary());
    const qint64 left = db->read([](QSqlDatabase &conn) {
                              return Sql(conn)
                                  .scalar(QStringLiteral("SELECT count(*) FROM projects WHERE "
                                                         "name LIKE 'stevedore-bench-%'"))
                                  .toLongLong();
                          }).result();
    QCOMPARE(left, 0);
#else
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.db"), QStringLiteral("*.csv")}, QDir::Files),
             QStringList());
#endif
}

// `stevedore bench --quick --only formats`: the workbook and compressed rows side by side, their
// extras, the report listing them, and nothing generated left behind. in2csv (csvkit),
// python3-openpyxl and sqlite3 are install dependencies (scripts/install-deps): every row the
// engine allows must be there.
void TestBenchRunner::formatsSmokeRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("out"));
    QStringList arguments;
#ifdef STEVEDORE_TEST_PG
    test::PgScratch pg;
    STEVEDORE_REQUIRE_PG(pg);
    arguments << QStringLiteral("--db") << pg.primary().toString();
#endif
    arguments << QStringLiteral("--log-file") << dir.filePath(QStringLiteral("log.txt"))
              << QStringLiteral("bench") << QStringLiteral("--quick") << QStringLiteral("--only")
              << QStringLiteral("formats") << QStringLiteral("--out") << out;
    const test::CliResult run = test::runCli(arguments, 280000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("[1/1] formats: "), run.err.constData());
    QVERIFY2(run.err.contains("writing the 20000-record workbook with openpyxl; this takes a "
                              "while"),
             run.err.constData());
    QVERIFY2(run.err.contains("decompression overhead of the .csv.gz import: "),
             run.err.constData());

    const QJsonObject results = readJson(QDir(out).filePath(QStringLiteral("results.json")));
    QMap<QString, QJsonObject> rows;
    QStringList names;
    for (const QJsonValue &value : results.value(QStringLiteral("results")).toArray()) {
        const QJsonObject row = value.toObject();
        names << row.value(QStringLiteral("name")).toString();
        rows.insert(names.last(), row);
        QCOMPARE(row.value(QStringLiteral("unit")).toString(), QStringLiteral("µs/record"));
        QString why;
        QVERIFY2(ratioFollowsRule(row, &why), qPrintable(why));
    }
#ifdef STEVEDORE_TEST_PG
    QCOMPARE(names,
             (QStringList{QStringLiteral("formats.xlsx"), QStringLiteral("formats.gz_overhead")}));
    QVERIFY2(run.err.contains("measured on SQLite only: no formats.csv_gz row"),
             run.err.constData());
#else
    QCOMPARE(names,
             (QStringList{QStringLiteral("formats.xlsx"),
                          QStringLiteral("formats.csv_gz"),
                          QStringLiteral("formats.gz_overhead")}));
    const QJsonObject gz
        = rows.value(QStringLiteral("formats.csv_gz")).value(QStringLiteral("extra")).toObject();
    QCOMPARE(gz.value(QStringLiteral("anchor_rows")).toInteger(), 20000);
    QVERIFY(gz.value(QStringLiteral("anchor_version")).toString().startsWith(QStringLiteral("3.")));
#endif
    const QJsonObject xlsx
        = rows.value(QStringLiteral("formats.xlsx")).value(QStringLiteral("extra")).toObject();
    QCOMPARE(xlsx.value(QStringLiteral("records")).toInteger(), 20000);
    QCOMPARE(xlsx.value(QStringLiteral("in2csv_rows")).toInteger(), 20000);
    QVERIFY(xlsx.value(QStringLiteral("peak_rss_mib")).toDouble() > 0);
    QVERIFY(xlsx.value(QStringLiteral("in2csv_peak_rss_mib")).toDouble() > 0);
    QVERIFY2(xlsx.value(QStringLiteral("in2csv_version")).toString().startsWith(u"in2csv "),
             qPrintable(xlsx.value(QStringLiteral("in2csv_version")).toString()));
    const QJsonObject overhead = rows.value(QStringLiteral("formats.gz_overhead"))
                                     .value(QStringLiteral("extra"))
                                     .toObject();
    QVERIFY(overhead.value(QStringLiteral("overhead_percent")).isDouble());
    QVERIFY(overhead.value(QStringLiteral("csv_gz_mib")).toDouble()
            < overhead.value(QStringLiteral("csv_mib")).toDouble());

    for (const QString &report : {QStringLiteral("report.md"), QStringLiteral("report.html")}) {
        const QString path = QDir(out).filePath(report);
        const QString text = QString::fromUtf8(test::readFile(path));
        for (const QString &name : std::as_const(names))
            QVERIFY2(text.contains(name), qPrintable(report + u' ' + name));
        QVERIFY2(text.contains(QStringLiteral("overhead_percent=")), qPrintable(report));
        QVERIFY2(text.contains(QStringLiteral("in2csv converting the workbook")),
                 qPrintable(report));
        QVERIFY2(missingLinks(path).isEmpty(), qPrintable(missingLinks(path).join(u',')));
    }
#ifdef STEVEDORE_TEST_PG
    // The scratch project the imports went to is gone.
    const auto db = test::openDatabase(pg.primary());
    const qint64 left = db->read([](QSqlDatabase &conn) {
                              return Sql(conn)
                                  .scalar(QStringLiteral("SELECT count(*) FROM projects WHERE "
                                                         "name LIKE 'stevedore-bench-%'"))
                                  .toLongLong();
                          }).result();
    QCOMPARE(left, 0);
#endif
    // The workbook, the CSV and its .gz, in2csv's output and the scratch databases are gone.
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.xlsx"),
                                  QStringLiteral("*.gz"),
                                  QStringLiteral("*.csv"),
                                  QStringLiteral("*.db"),
                                  QStringLiteral("child-*")},
                                 QDir::Files),
             QStringList());
}

QTEST_MAIN(TestBenchRunner)
#include "tst_benchrunner.moc"
