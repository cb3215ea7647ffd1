// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/cellformat.h"

#include <QTest>

#include <limits>

using namespace stevedore;

class tst_CellFormat : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data();
    void numbers();
    void numbersRoundTrip();
    void serialDates_data();
    void serialDates();
};

void tst_CellFormat::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("negative zero") << -0.0 << QByteArray("0");
    QTest::newRow("integer") << 1000000.0 << QByteArray("1000000");
    QTest::newRow("negative") << -42.0 << QByteArray("-42");
    QTest::newRow("binary noise") << 1.27 << QByteArray("1.27");
    QTest::newRow("sum noise") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("small") << 0.0000127 << QByteArray("0.0000127");
    QTest::newRow("tiny") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("large integer") << 123456789012345678.0 << QByteArray("123456789012345680");
    QTest::newRow("huge") << 1.5e21 << QByteArray("1.5e+21");
    QTest::newRow("fraction") << 3.14159 << QByteArray("3.14159");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Infinity");
}

void tst_CellFormat::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(formatNumber(value), text);
}

void tst_CellFormat::numbersRoundTrip()
{
    for (double value : {1.27, 2.0 / 3.0, 1e-300, 6.02214076e23, -123.456, 9007199254740993.0}) {
        const QByteArray text = formatNumber(value);
        bool ok = false;
        QCOMPARE(text.toDouble(&ok), value);
        QVERIFY(ok);
    }
}

void tst_CellFormat::serialDates_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QByteArray>("text");
    const int date = int(DateTimeKind::Date);
    const int dateTime = int(DateTimeKind::DateTime);
    const int time = int(DateTimeKind::Time);
    QTest::newRow("first day") << 1.0 << date << false << QByteArray("1900-01-01");
    QTest::newRow("excel's 29 feb 1900") << 60.0 << date << false << QByteArray("1900-02-28");
    QTest::newRow("1 mar 1900") << 61.0 << date << false << QByteArray("1900-03-01");
    QTest::newRow("2026") << 46360.0 << date << false << QByteArray("2026-12-04");
    QTest::newRow("1904 system") << 0.0 << date << true << QByteArray("1904-01-01");
    QTest::newRow("date time") << 46360.5453703704 << dateTime << false
                               << QByteArray("2026-12-04T13:05:20");
    QTest::newRow("time") << 0.25 << time << false << QByteArray("06:00:00");
    QTest::newRow("milliseconds") << 0.5 + 0.25 / 86400 << time << false
                                  << QByteArray("12:00:00.250");
    QTest::newRow("almost midnight rounds up")
        << 1.99999999999 << dateTime << false << QByteArray("1900-01-02T00:00:00");
    QTest::newRow("negative") << -1.0 << date << false << QByteArray();
}

void tst_CellFormat::serialDates()
{
    QFETCH(double, serial);
    QFETCH(int, kind);
    QFETCH(bool, date1904);
    QFETCH(QByteArray, text);
    QCOMPARE(formatSerialDate(serial, DateTimeKind(kind), date1904), text);
}

QTEST_APPLESS_MAIN(tst_CellFormat)
#include "tst_cellformat.moc"
