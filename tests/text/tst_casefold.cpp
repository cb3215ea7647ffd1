// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "text/casefold.h"

#include <QtTest>

using namespace stevedore;

class TestCaseFold : public QObject
{
    Q_OBJECT

private slots:
    void folds_data();
    void folds();
    void asciiAtEveryAlignment();
};

void TestCaseFold::folds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("folded");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("ascii") << QByteArray("Hello, WORLD [@`{]") << QByteArray("hello, world [@`{]");
    QTest::newRow("latin") << QByteArray("ÉMILE Zoë ÅNGSTRÖM") << QByteArray("émile zoë ångström");
    QTest::newRow("greek") << QByteArray("ΣΟΦΊΑ ς") << QByteArray("σοφία σ");
    QTest::newRow("cyrillic") << QByteArray("МОСКВА Ёж") << QByteArray("москва ёж");
    QTest::newRow("sharp s") << QByteArray("Straße STRAẞE") << QByteArray("strasse strasse");
    QTest::newRow("kelvin sign") << QByteArray("\u212A") << QByteArray("k");
    QTest::newRow("supplementary") << QByteArray("\U00010400") << QByteArray("\U00010428");
    QTest::newRow("CJK unchanged") << QByteArray("東京") << QByteArray("東京");
    QTest::newRow("invalid bytes kept") << QByteArray("A\xff\xc3") << QByteArray("a\xff\xc3");
}

void TestCaseFold::folds()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, folded);
    QCOMPARE(text::caseFoldedUtf8(text), folded);
}

void TestCaseFold::asciiAtEveryAlignment()
{
    // Eight bytes at a time where it can: every ASCII byte at every offset, against one at a time.
    QByteArray all;
    for (int c = 0; c < 128; ++c)
        all.append(char(c));
    all += all;
    for (qsizetype offset = 0; offset < 128; ++offset) {
        const QByteArray text = all.mid(offset, 100);
        QByteArray expected = text;
        for (char &c : expected)
            c = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
        QCOMPARE(text::caseFoldedUtf8(text), expected);
    }
}

QTEST_GUILESS_MAIN(TestCaseFold)
#include "tst_casefold.moc"
