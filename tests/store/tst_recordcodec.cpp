// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "store/recordcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace stevedore;

class TestRecordCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void malformed_data();
    void malformed();
    void invalidUtf8StoredAsReplacement();
};

void TestRecordCodec::roundTrip_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("empty record") << QStringList{};
    QTest::newRow("one empty field") << QStringList{QString()};
    QTest::newRow("plain") << QStringList{"a", "007", "1e5", "TRUE", "NULL", " spaced "};
    QTest::newRow("quotes and escapes") << QStringList{"say \"hi\"", "back\\slash", "tab\there"};
    QTest::newRow("newlines") << QStringList{"a\nb", "c\r\nd", "\r"};
    QTest::newRow("control") << QStringList{QString(QChar(1)) + "x" + QChar(0x1f)};
    QTest::newRow("unicode") << QStringList{"José", "中国", "😀 emoji", "\u2028"};
}

void TestRecordCodec::roundTrip()
{
    QFETCH(QStringList, fields);
    QList<QByteArray> utf8;
    for (const QString &f : fields)
        utf8 << f.toUtf8();
    QList<QByteArrayView> views(utf8.begin(), utf8.end());
    QByteArray json;
    recordcodec::appendJsonArray(json, views);
    // What we write is JSON that Qt's parser reads back identically...
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY2(doc.isArray(), json.constData());
    QStringList viaQt;
    for (const QJsonValue &v : doc.array())
        viaQt << v.toString();
    QCOMPARE(viaQt, fields);
    // ...and our parser reads what Qt writes.
    const QByteArray qtJson = QJsonDocument(QJsonArray::fromStringList(fields)).toJson();
    QCOMPARE(recordcodec::parseJsonArrayToStrings(qtJson), fields);
    QCOMPARE(recordcodec::parseJsonArrayToStrings(json), fields);
}

void TestRecordCodec::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not array") << QByteArray("{}");
    QTest::newRow("unterminated") << QByteArray("[\"abc");
    QTest::newRow("number") << QByteArray("[1]");
    QTest::newRow("bad escape") << QByteArray("[\"\\x\"]");
    QTest::newRow("missing comma") << QByteArray("[\"a\" \"b\"]");
}

void TestRecordCodec::malformed()
{
    QFETCH(QByteArray, json);
    QList<QByteArray> fields;
    QVERIFY(!recordcodec::parseJsonArray(json, fields));
}

// Records are valid JSON whatever the bytes: the same writer as the JSON log lines.
void TestRecordCodec::invalidUtf8StoredAsReplacement()
{
    QByteArray json;
    recordcodec::appendJsonArray(json, {QByteArrayView("a\xFF"), QByteArrayView("\xC3")});
    QCOMPARE(json, QByteArray("[\"a\xEF\xBF\xBD\",\"\xEF\xBF\xBD\"]"));
    QCOMPARE(recordcodec::parseJsonArrayToStrings(json),
             (QStringList{QStringLiteral("a\uFFFD"), QStringLiteral("\uFFFD")}));
}

QTEST_GUILESS_MAIN(TestRecordCodec)
#include "tst_recordcodec.moc"
