// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/dberror.h"
#include "text/duration.h"

#include <QTest>

using namespace stevedore;

// --max-replica-lag's values, for the GUI and the commands alike.
class TestDuration : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
};

void TestDuration::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("milliseconds") << "500ms" << qint64(500);
    QTest::newRow("seconds") << "2s" << qint64(2000);
    QTest::newRow("bare number is ms") << "750" << qint64(750);
    QTest::newRow("fraction of a second") << "1.5s" << qint64(1500);
    QTest::newRow("fraction of a ms rounds down") << "2.9ms" << qint64(2);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("zero seconds") << "0s" << qint64(0);
    QTest::newRow("exponent") << "1e3ms" << qint64(1000);
    QTest::newRow("blanks around") << "  3s " << qint64(3000);
    QTest::newRow("blank before the unit") << "4 s" << qint64(4000);
    QTest::newRow("an hour") << "3600s" << qint64(3600000);
}

void TestDuration::accepted()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(parseDuration(text).count(), ms);
}

void TestDuration::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << " ";
    QTest::newRow("unit only") << "ms";
    QTest::newRow("negative") << "-1s";
    QTest::newRow("other unit") << "2m";
    QTest::newRow("minutes spelt out") << "2min";
    QTest::newRow("two units") << "2sms";
    QTest::newRow("words") << "two seconds";
    QTest::newRow("infinite") << "inf";
    QTest::newRow("not a number") << "nan";
    QTest::newRow("past a qint64 of ms") << "1e300s";
}

void TestDuration::refused()
{
    QFETCH(QString, text);
    try {
        parseDuration(text);
        QFAIL("accepted");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        QCOMPARE(error.message(), QStringLiteral("bad duration '%1' (e.g. 500ms, 2s)").arg(text));
    }
}

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
