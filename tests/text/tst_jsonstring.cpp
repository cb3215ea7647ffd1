// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "text/jsonstring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace stevedore;

// The one JSON string writer the record codec and the JSON log lines share. Its exact output
// matters: records are stored in it and searched by escaping the needle the same way.
class TestJsonString : public QObject
{
    Q_OBJECT

private slots:
    void writeString_data();
    void writeString();
};

void TestJsonString::writeString_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray() << QByteArray(R"("")");
    QTest::newRow("plain") << QByteArray("abc 007") << QByteArray(R"("abc 007")");
    QTest::newRow("quote and backslash")
        << QByteArray(R"(say "hi" C:\x)") << QByteArray(R"("say \"hi\" C:\\x")");
    QTest::newRow("short escapes") << QByteArray("a\nb\rc\td") << QByteArray(R"("a\nb\rc\td")");
    QTest::newRow("other controls as \\u00XX")
        << QByteArray("\x01\b\f\x1f", 4) << QByteArray(R"("\u0001\u0008\u000c\u001f")");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray(R"("a\u0000b")");
    QTest::newRow("del as it is") << QByteArray("a\x7f") << QByteArray("\"a\x7f\"");
    QTest::newRow("slash as it is") << QByteArray("a/b") << QByteArray(R"("a/b")");
    QTest::newRow("valid UTF-8 as it is")
        << QByteArray("Grüße 東京 🚢 \u2028") << QByteArray("\"Grüße 東京 🚢 \u2028\"");
    QTest::newRow("invalid byte") << QByteArray("a\xFF"
                                                "b")
                                  << QByteArray("\"a\xEF\xBF\xBD"
                                                "b\"");
    QTest::newRow("overlong: one U+FFFD per byte")
        << QByteArray("\xC0\xAF") << QByteArray("\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80")
                               << QByteArray("\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
    QTest::newRow("cut at the end")
        << QByteArray("x\xE2\x82") << QByteArray("\"x\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

void TestJsonString::writeString()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, json);
    std::string out;
    json::writeString(std::string_view(text.constData(), std::size_t(text.size())),
                      [&out](const char *data, std::size_t size) { out.append(data, size); });
    const QByteArray written = QByteArray::fromStdString(out);
    QCOMPARE(written, json);
    // Always valid JSON, whatever the input.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + written + ']', &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.array().at(0).toString(), QString::fromUtf8(text));
}

QTEST_GUILESS_MAIN(TestJsonString)
#include "tst_jsonstring.moc"
