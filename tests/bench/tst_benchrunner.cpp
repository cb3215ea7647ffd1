// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "benchreport.h"
#include "benchrunner.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::bench;

namespace {

BenchResult row(const QString &name, double baseline, double optimized, bool higherIsBetter = false)
{
    BenchResult result = makeResult(name, QStringLiteral("ms"), name, {baseline}, {optimized});
    result.higherIsBetter = higherIsBetter;
    return result;
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
    void alternation();
    void jsonShape();
    void compare_data();
    void compare();
    void reportLinksResolve();
    void smokeRun();
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
    QTest::addColumn<bool>("relative");
    QTest::addColumn<double>("expected"); // -1: no ratio
    QTest::newRow("speed-up of medians")
        << QList<double>{10, 12, 100} << QList<double>{2, 3, 4} << false << 4.0;
    QTest::newRow("slower is below 1") << QList<double>{1} << QList<double>{4} << false << 0.25;
    QTest::newRow("relative: optimized/baseline")
        << QList<double>{2} << QList<double>{3} << true << 1.5;
    QTest::newRow("zero divisor: none") << QList<double>{5} << QList<double>{0} << false << -1.0;
}

void TestBenchRunner::ratio()
{
    QFETCH(QList<double>, baseline);
    QFETCH(QList<double>, optimized);
    QFETCH(bool, relative);
    QFETCH(double, expected);
    BenchResult result
        = makeResult(QStringLiteral("x"), QStringLiteral("ms"), {}, baseline, optimized);
    if (relative) {
        result.ratioKind = RatioKind::Relative;
        result.computeRatio();
    }
    QCOMPARE(result.ratio.has_value(), expected >= 0);
    if (result.ratio)
        QCOMPARE(*result.ratio, expected);
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

void TestBenchRunner::reportLinksResolve()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BenchResult import = row(QStringLiteral("import"), 40, 4);
    const qint64 t0 = 1767225600000;
    import.extra
        = {{ QStringLiteral("throughput_series"),
             QJsonArray {
                 QJsonArray{t0, 100000.0},
                 QJsonArray{t0 + 250, 120000.0},
                 QJsonArray {
                     t0 + 500,
                     110000.0
                 }
             } }};
    BenchResult anchor = row(QStringLiteral("import.anchor.sqlite3"), 2, 4);
    anchor.ratioKind = RatioKind::Relative;
    anchor.computeRatio();
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
    QVERIFY(md.contains(QStringLiteral("2.00 (Stevedore/anchor)")));
    QVERIFY(md.contains(QStringLiteral("REGRESSION"))); // files: 2 ms → 3 ms
}

// `stevedore bench --quick --only pool,files` through the binary, as an operator runs it.
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
              << QStringLiteral("pool,files") << QStringLiteral("--out") << out;
    const test::CliResult run = test::runCli(arguments, 300000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // One progress line per case.
    QVERIFY2(run.err.contains("[1/2] pool: "), run.err.constData());
    QVERIFY2(run.err.contains("[2/2] files: "), run.err.constData());
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
    for (const QJsonValue &value : results.value(QStringLiteral("results")).toArray()) {
        const QJsonObject result = value.toObject();
        names << result.value(QStringLiteral("name")).toString();
        QVERIFY(result.value(QStringLiteral("optimized"))
                    .toObject()
                    .value(QStringLiteral("median"))
                    .toDouble()
                > 0);
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("pool"),
                          QStringLiteral("pool.acquire_release.uncontended"),
                          QStringLiteral("pool.acquire_release.8threads_4connections"),
                          QStringLiteral("files")}));
    for (const QString &report : {QStringLiteral("report.md"), QStringLiteral("report.html")}) {
        const QString path = QDir(out).filePath(report);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QVERIFY2(missingLinks(path).isEmpty(), qPrintable(missingLinks(path).join(u',')));
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

QTEST_MAIN(TestBenchRunner)
#include "tst_benchrunner.moc"
