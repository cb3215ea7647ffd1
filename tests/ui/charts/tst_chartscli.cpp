// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/importer.h"
#include "importtest.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace stevedore;

// `stevedore charts` renders a job's charts headless (no display, offscreen platform).
class tst_ChartsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsOfTheLastImport();
    void sizeAndDpi();
    void badImageOptions_data();
    void badImageOptions();
    void compareJobs();
    void unknownJob();
    void millionRecordImportHasACurve();
    void pausedThenResumedHasAGap();
    void chartsSpeakTheLocalesLanguage();

private:
    // Runs `stevedore --db <db> charts args…` without a display (db: the one of initTestCase).
    test::CliResult charts(const QStringList &args, QString db = {}) const;

    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_locale = "C.UTF-8"; // the locale charts() runs the command in
};

void tst_ChartsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("t.db"));
    // Two imports: jobs 1 and 2.
    for (const QString &name : {QStringLiteral("data.csv"), QStringLiteral("more.csv")}) {
        const QString csv = m_dir.filePath(name);
        QVERIFY(importtest::writeText(csv, importtest::csvText(50000)));
        const test::CliResult imported = test::runCli({QStringLiteral("--db"),
                                                       m_db,
                                                       QStringLiteral("import"),
                                                       QStringLiteral("--project"),
                                                       QStringLiteral("p"),
                                                       QStringLiteral("--batch-size"),
                                                       QStringLiteral("5000"),
                                                       csv});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }
}

test::CliResult tst_ChartsCli::charts(const QStringList &args, QString db) const
{
    if (db.isEmpty())
        db = m_db;
    // No display: the command must not need one.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    // English charts: no language of the machine's or its user's (View → Language).
    const QByteArray locale = qgetenv("LC_ALL");
    const QByteArray config = qgetenv("XDG_CONFIG_HOME");
    qputenv("LC_ALL", m_locale);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    const test::CliResult result
        = test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("charts")} + args);
    qputenv("QT_QPA_PLATFORM", platform);
    qputenv("LC_ALL", locale);
    qputenv("XDG_CONFIG_HOME", config);
    return result;
}

void tst_ChartsCli::chartsOfTheLastImport()
{
    const QString out = m_dir.filePath(QStringLiteral("charts"));
    const test::CliResult result = charts({QStringLiteral("--out"), out, QStringLiteral("--last")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // No cache lookups in this import: no empty cache chart, and stderr says which and why.
    QVERIFY2(result.err.contains(
                 "job 2: skipped the cache hit ratio chart: no cache lookups during this job"),
             result.err.constData());
    QVERIFY(QDir(out).entryList({QStringLiteral("*cache*")}, QDir::Files).isEmpty());
    QVERIFY(!result.out.contains("cache"));

    const QString base = QDir(out).filePath(QStringLiteral("job-2-throughput"));
    for (const char *suffix : {".png", ".svg", ".pdf", ".csv"})
        QVERIFY2(result.out.contains(base.toUtf8() + suffix), result.out.constData());
    const QByteArray png = test::readFile(base + QStringLiteral(".png"));
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(QImage::fromData(png).size(), QSize(1920, 1200)); // the default
    QXmlStreamReader svg(test::readFile(base + QStringLiteral(".svg")));
    while (!svg.atEnd())
        svg.readNext();
    QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
    QVERIFY(test::readFile(base + QStringLiteral(".pdf")).startsWith("%PDF"));
    // The throughput CSV holds metrics_history's rows, elapsed from the job's start: the last
    // records value is the total.
    const QList<QByteArray> rows
        = test::readFile(base + QStringLiteral(".csv")).trimmed().split('\n');
    QCOMPARE(rows.first().trimmed(), QByteArray("series,unit,elapsed_s,time_utc,value"));
    QVERIFY(rows.size() >= 3);
    const QList<QByteArray> last = rows.last().trimmed().split(',');
    QCOMPARE(last.first(), QByteArray("records imported"));
    QCOMPARE(last.last(), QByteArray("50000"));
    bool ok = false;
    const double elapsed = last[2].toDouble(&ok);
    QVERIFY(ok && elapsed >= 0 && elapsed < 600);
}

// --size is in pixels, --dpi sets the scale of text and the PNG's resolution.
void tst_ChartsCli::sizeAndDpi()
{
    const QString out = m_dir.filePath(QStringLiteral("small"));
    const test::CliResult result = charts({QStringLiteral("--out"),
                                           out,
                                           QStringLiteral("--job"),
                                           QStringLiteral("1"),
                                           QStringLiteral("--size"),
                                           QStringLiteral("800x500"),
                                           QStringLiteral("--dpi"),
                                           QStringLiteral("96")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QImage image(QDir(out).filePath(QStringLiteral("job-1-throughput.png")));
    QCOMPARE(image.size(), QSize(800, 500));
    QCOMPARE(image.dotsPerMeterX(), qRound(96 / 0.0254));
    // The SVG and PDF are drawn at the same layout: 800×500 at 96 dpi.
    QXmlStreamReader svg(
        test::readFile(QDir(out).filePath(QStringLiteral("job-1-throughput.svg"))));
    QVERIFY(svg.readNextStartElement());
    QCOMPARE(svg.attributes().value(QStringLiteral("viewBox")), QStringLiteral("0 0 800 500"));
}

void tst_ChartsCli::badImageOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("one number") << QStringList{QStringLiteral("--size"), QStringLiteral("800")}
                                << QByteArray("--size takes WIDTHxHEIGHT");
    QTest::newRow("words") << QStringList{QStringLiteral("--size"), QStringLiteral("big")}
                           << QByteArray("--size takes WIDTHxHEIGHT");
    QTest::newRow("too small") << QStringList{QStringLiteral("--size"), QStringLiteral("20x20")}
                               << QByteArray("--size takes WIDTHxHEIGHT");
    QTest::newRow("dpi") << QStringList{QStringLiteral("--dpi"), QStringLiteral("0")}
                         << QByteArray("--dpi takes dots per inch");
    QTest::newRow("nothing left") << QStringList{QStringLiteral("--size"),
                                                 QStringLiteral("200x150"),
                                                 QStringLiteral("--dpi"),
                                                 QStringLiteral("600")}
                                  << QByteArray("give more pixels or fewer dpi");
}

void tst_ChartsCli::badImageOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, message);
    const QString out = m_dir.filePath(QStringLiteral("bad"));
    const test::CliResult result = charts(QStringList{QStringLiteral("--out"), out} + options);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
}

// --compare: one chart, one series per job, each from its own start.
void tst_ChartsCli::compareJobs()
{
    const QString out = m_dir.filePath(QStringLiteral("compare"));
    const test::CliResult result = charts(
        {QStringLiteral("--out"), out, QStringLiteral("--compare"), QStringLiteral("1,2")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString csv = QDir(out).filePath(QStringLiteral("compare-1-2-throughput.csv"));
    QVERIFY2(result.out.contains(csv.toUtf8()), result.out.constData());
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("compare-1-2-throughput.png"))));
    QSet<QByteArray> series;
    const QList<QByteArray> rows = test::readFile(csv).trimmed().split('\n');
    QCOMPARE(rows.first().trimmed(), QByteArray("series,unit,elapsed_s,time_utc,value"));
    for (const QByteArray &row : rows.mid(1)) {
        QVERIFY(row.startsWith("\"#")); // "#1 data.csv, <start>": quoted, it has a comma
        series.insert(row.left(row.indexOf("\",")));
    }
    QCOMPARE(series.size(), 2);

    const test::CliResult unknown = charts(
        {QStringLiteral("--out"), out, QStringLiteral("--compare"), QStringLiteral("1,9")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("no import job 9"), unknown.err.constData());
    const test::CliResult both = charts({QStringLiteral("--out"),
                                         out,
                                         QStringLiteral("--compare"),
                                         QStringLiteral("1,2"),
                                         QStringLiteral("--last")});
    QCOMPARE(both.exitCode, 1);
}

void tst_ChartsCli::unknownJob()
{
    const test::CliResult result = charts(
        {QStringLiteral("--out"), m_dir.path(), QStringLiteral("--job"), QStringLiteral("42")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no import job 42"), result.err.constData());
}

namespace {

// The rows of a time chart's CSV by series: (elapsed_s, value), value empty for a gap.
QMap<QByteArray, QList<std::pair<double, QByteArray>>> csvRows(const QString &path)
{
    QMap<QByteArray, QList<std::pair<double, QByteArray>>> series;
    const QList<QByteArray> rows = test::readFile(path).trimmed().split('\n');
    if (rows.value(0).trimmed() != "series,unit,elapsed_s,time_utc,value")
        return {};
    for (const QByteArray &row : rows.mid(1)) {
        const QList<QByteArray> fields = row.trimmed().split(',');
        if (fields.size() == 5)
            series[fields[0]] << std::pair(fields[2].toDouble(), fields[4]);
    }
    return series;
}

// The text drawn in an SVG export (tick labels, titles, legend).
QStringList svgTexts(const QString &path)
{
    QStringList texts;
    QXmlStreamReader svg(test::readFile(path));
    while (!svg.atEnd()) {
        if (svg.readNext() == QXmlStreamReader::StartElement && svg.name() == u"text")
            texts << svg.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return texts;
}

} // namespace

// A 1,000,000-record import, however fast, has a real curve: at least 50 points of each
// series, elapsed from the job's start, and no tick says milliseconds.
void tst_ChartsCli::millionRecordImportHasACurve()
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("m.db"));
    const QString csv = dir.filePath(QStringLiteral("million.csv"));
    QVERIFY(importtest::writeText(csv, importtest::csvText(1000000)));
    const test::CliResult imported = test::runCli({QStringLiteral("--db"),
                                                   db,
                                                   QStringLiteral("import"),
                                                   QStringLiteral("--project"),
                                                   QStringLiteral("p"),
                                                   csv});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QFile::remove(csv);

    const QString out = dir.filePath(QStringLiteral("charts"));
    const test::CliResult result
        = charts({QStringLiteral("--out"), out, QStringLiteral("--last")}, db);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString base = QDir(out).filePath(QStringLiteral("job-1-throughput"));
    const auto series = csvRows(base + QStringLiteral(".csv"));
    QCOMPARE(series.keys(), (QList<QByteArray>{"records imported", "records/s"}));
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        QVERIFY2(
            it->size() >= 50,
            qPrintable(
                QStringLiteral("%1: %2 points").arg(QString::fromUtf8(it.key())).arg(it->size())));
        for (qsizetype i = 0; i < it->size(); ++i) {
            QVERIFY(!it->at(i).second.isEmpty()); // one run: no gap
            QVERIFY(it->at(i).first >= 0);
            if (i > 0)
                QVERIFY(it->at(i).first > it->at(i - 1).first);
        }
    }
    QCOMPARE(series.value("records imported").last().second, QByteArray("1000000"));

    const QStringList texts = svgTexts(base + QStringLiteral(".svg"));
    QVERIFY(texts.contains(QStringLiteral("0 s")));
    static const QRegularExpression millis(
        QStringLiteral("\\d:\\d\\d[.,]\\d{3}|\\d\\s*ms\\b|[.,]\\d{3}\\s*s\\b"));
    for (const QString &text : texts)
        QVERIFY2(!millis.match(text).hasMatch(), qPrintable(text));
}

// An import cancelled after two batches and then resumed: the CSV breaks the line where the
// job was not running (a row without a value between the runs), and the chart marks it.
void tst_ChartsCli::pausedThenResumedHasAGap()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("paused.csv"));
    QVERIFY(importtest::writeText(csv, importtest::csvText(20000)));
    {
        const std::unique_ptr<Database> database
            = test::openDatabase(test::sqliteUrl(dir, QStringLiteral("p.db")));
        ImportOptions options;
        options.project = QStringLiteral("p");
        options.path = csv;
        options.batchSize = 1000;
        {
            Importer importer(*database, options);
            importer.beforeCommitHook = [&importer](qint64 batch) {
                if (batch == 2)
                    importer.cancel();
            };
            QCOMPARE(importer.run().outcome, ImportResult::Outcome::Cancelled);
        }
        const ImportResult resumed = Importer(*database, options).run();
        QVERIFY2(resumed.outcome == ImportResult::Outcome::Imported, qPrintable(resumed.message));
        QVERIFY(resumed.resumed);
    }
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("p.db"));
    const QString out = dir.filePath(QStringLiteral("charts"));
    const test::CliResult result
        = charts({QStringLiteral("--out"), out, QStringLiteral("--last")}, db);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString base = QDir(out).filePath(QStringLiteral("job-1-throughput"));
    const auto series = csvRows(base + QStringLiteral(".csv"));
    QCOMPARE(series.size(), 2);
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        const QList<std::pair<double, QByteArray>> &rows = *it;
        qsizetype gaps = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!rows[i].second.isEmpty())
                continue;
            ++gaps;
            // Between the last point of the first run and the first of the second.
            QVERIFY(i > 0 && i + 1 < rows.size());
            QVERIFY(rows[i - 1].first <= rows[i].first && rows[i].first <= rows[i + 1].first);
        }
        QCOMPARE(gaps, 1);
    }
    QCOMPARE(series.value("records imported").last().second, QByteArray("20000"));
    const QStringList texts = svgTexts(base + QStringLiteral(".svg"));
    QVERIFY2(texts.contains(QStringLiteral("paused")) && texts.contains(QStringLiteral("resumed")),
             qPrintable(texts.join(QLatin1Char('|'))));
}

// Under a German locale the chart's words are German as its numbers are; the command's own
// lines stay English.
void tst_ChartsCli::chartsSpeakTheLocalesLanguage()
{
    const QString out = m_dir.filePath(QStringLiteral("deutsch"));
    m_locale = "de_DE.UTF-8";
    const test::CliResult result
        = charts({QStringLiteral("--out"), out, QStringLiteral("--job"), QStringLiteral("1")});
    m_locale = "C.UTF-8";
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("skipped the cache hit ratio chart"), result.err.constData());
    const QStringList texts = svgTexts(QDir(out).filePath(QStringLiteral("job-1-throughput.svg")));
    const QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("Importdurchsatz")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("50.000 Datensätze")), qPrintable(all));
}

QTEST_MAIN(tst_ChartsCli)
#include "tst_chartscli.moc"
