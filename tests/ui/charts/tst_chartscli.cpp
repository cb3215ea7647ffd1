// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "importtest.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace stevedore;

// `stevedore charts` renders a job's charts headless (no display, offscreen platform).
class tst_ChartsCli : public QObject
{
    Q_OBJECT

private slots:
    void chartsOfTheLastImport();
    void unknownJob();
};

void tst_ChartsCli::chartsOfTheLastImport()
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("t.db"));
    const QString csv = dir.filePath(QStringLiteral("data.csv"));
    QVERIFY(importtest::writeText(csv, importtest::csvText(50000)));
    const test::CliResult imported = test::runCli({QStringLiteral("--db"),
                                                   db,
                                                   QStringLiteral("import"),
                                                   QStringLiteral("--project"),
                                                   QStringLiteral("p"),
                                                   QStringLiteral("--batch-size"),
                                                   QStringLiteral("5000"),
                                                   csv});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    const QString out = dir.filePath(QStringLiteral("charts"));
    // No display: the command must not need one.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    const test::CliResult charts = test::runCli({QStringLiteral("--db"),
                                                 db,
                                                 QStringLiteral("charts"),
                                                 QStringLiteral("--out"),
                                                 out,
                                                 QStringLiteral("--last")});
    qputenv("QT_QPA_PLATFORM", environment.value(QStringLiteral("QT_QPA_PLATFORM")).toUtf8());
    QVERIFY2(charts.exitCode == 0, charts.err.constData());
    // No cache figures are recorded per job: said on stderr, not invented.
    QVERIFY2(charts.err.contains("cache_hit_ratio"), charts.err.constData());

    for (const QString &stem :
         {QStringLiteral("job-1-throughput"), QStringLiteral("job-1-cache-hit-ratio")}) {
        const QString base = QDir(out).filePath(stem);
        QVERIFY2(charts.out.contains(base.toUtf8() + ".png"), charts.out.constData());
        const QByteArray png = test::readFile(base + QStringLiteral(".png"));
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(!QImage::fromData(png).isNull());
        QXmlStreamReader svg(test::readFile(base + QStringLiteral(".svg")));
        while (!svg.atEnd())
            svg.readNext();
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
        QVERIFY(test::readFile(base + QStringLiteral(".pdf")).startsWith("%PDF"));
    }
    // The throughput CSV holds metrics_history's rows: the last records value is the total.
    const QList<QByteArray> rows
        = test::readFile(QDir(out).filePath(QStringLiteral("job-1-throughput.csv")))
              .trimmed()
              .split('\n');
    QCOMPARE(rows.first().trimmed(), QByteArray("series,axis,time_ms,time_utc,value"));
    QVERIFY(rows.size() >= 3);
    QCOMPARE(rows.last().trimmed().split(',').last(), QByteArray("50000"));
    QCOMPARE(
        test::readFile(QDir(out).filePath(QStringLiteral("job-1-cache-hit-ratio.csv"))).trimmed(),
        QByteArray("series,axis,time_ms,time_utc,value"));
}

void tst_ChartsCli::unknownJob()
{
    QTemporaryDir dir;
    const test::CliResult result
        = test::runCli({QStringLiteral("--db"),
                        QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("t.db")),
                        QStringLiteral("charts"),
                        QStringLiteral("--out"),
                        dir.path(),
                        QStringLiteral("--job"),
                        QStringLiteral("42")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no import job 42"), result.err.constData());
}

QTEST_MAIN(tst_ChartsCli)
#include "tst_chartscli.moc"
