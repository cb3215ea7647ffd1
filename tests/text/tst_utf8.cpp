// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "text/utf8.h"

#include <QTest>

using namespace stevedore;

// The one UTF-8 check the CSV reader, dialect detection and the JSON writer share.
class TestUtf8 : public QObject
{
    Q_OBJECT

private slots:
    void sequenceLength_data();
    void sequenceLength();
};

void TestUtf8::sequenceLength_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expected");
    // Valid: the shortest and longest of each length, and the edges next to refused ranges.
    QTest::newRow("U+0080") << QByteArray("\xC2\x80") << 2;
    QTest::newRow("U+07FF") << QByteArray("\xDF\xBF") << 2;
    QTest::newRow("U+0800") << QByteArray("\xE0\xA0\x80") << 3;
    QTest::newRow("U+D7FF") << QByteArray("\xED\x9F\xBF") << 3;
    QTest::newRow("U+E000") << QByteArray("\xEE\x80\x80") << 3;
    QTest::newRow("U+FFFF") << QByteArray("\xEF\xBF\xBF") << 3;
    QTest::newRow("U+10000") << QByteArray("\xF0\x90\x80\x80") << 4;
    QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << 4;
    QTest::newRow("followed by more") << QByteArray("\xC3\xA9xyz") << 2;
    // Invalid.
    QTest::newRow("continuation as lead") << QByteArray("\x80\x80") << 0;
    QTest::newRow("overlong 2 bytes C0") << QByteArray("\xC0\xAF") << 0;
    QTest::newRow("overlong 2 bytes C1") << QByteArray("\xC1\xBF") << 0;
    QTest::newRow("overlong 3 bytes") << QByteArray("\xE0\x9F\xBF") << 0;
    QTest::newRow("overlong 4 bytes") << QByteArray("\xF0\x8F\xBF\xBF") << 0;
    QTest::newRow("surrogate D800") << QByteArray("\xED\xA0\x80") << 0;
    QTest::newRow("surrogate DFFF") << QByteArray("\xED\xBF\xBF") << 0;
    QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
    QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << 0;
    QTest::newRow("FF") << QByteArray("\xFF") << 0;
    QTest::newRow("ASCII where a continuation belongs") << QByteArray("\xC3(") << 0;
    QTest::newRow("bad third byte") << QByteArray("\xE2\x82(") << 0;
    QTest::newRow("bad fourth byte") << QByteArray("\xF0\x9F\x98(") << 0;
    // Cut by the end: valid so far, so the rest may follow.
    QTest::newRow("lead only") << QByteArray("\xE2") << utf8::cut;
    QTest::newRow("3 of 4 bytes") << QByteArray("\xF0\x9F\x98") << utf8::cut;
    QTest::newRow("2 of 3 bytes") << QByteArray("\xE2\x82") << utf8::cut;
    // Invalid before the end: no use waiting for more.
    QTest::newRow("cut after an invalid byte") << QByteArray("\xE0\x80") << 0;
}

void TestUtf8::sequenceLength()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, expected);
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    QCOMPARE(utf8::sequenceLength(p, p + bytes.size()), expected);
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
