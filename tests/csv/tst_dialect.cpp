// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "dialect.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace stevedore;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024);
}

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QStringEncoder encoder(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE,
                           bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder.encode(text);
}

QByteArray utf32(const QString &text, bool bigEndian)
{
    QStringEncoder encoder(bigEndian ? QStringEncoder::Utf32BE : QStringEncoder::Utf32LE,
                           QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

// "c1,c2,...": a header line longer than the 64 KiB detection sample, behind prefix, whose
// sample cuts its last name into a prefix of an earlier name ("c123" becomes "c12").
QByteArray longHeader(const QByteArray &prefix, char delimiter)
{
    QByteArray line = prefix;
    for (int i = 1; line.size() < 80 * 1024; ++i)
        line += (i > 1 ? QByteArray(1, delimiter) : QByteArray()) + "c" + QByteArray::number(i);
    return line;
}

} // namespace

class TestDialect : public QObject
{
    Q_OBJECT

private slots:
    void delimiter_data();
    void delimiter();
    void header_data();
    void header();
    void encoding_data();
    void encoding();
    void confidence_data();
    void confidence();
    void overrides();
    void quoteOverride();
    void peerCorpora_data();
    void peerCorpora();
    void degenerateSamples_data();
    void degenerateSamples();
    void headerLongerThanTheSample();
    void quotedHeaderLongerThanTheSample();
    void binaryContent_data();
    void binaryContent();

    void toJson();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void encodingNames_data();
    void encodingNames();
};

void TestDialect::delimiter_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ',';
    QTest::newRow("semicolon, decimal commas")
        << QByteArray("name;price;qty\nwidget;1,50;3\ngadget;12,00;1\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2,5\t3\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b\n1|x, y\n2|z\n") << '|';
    QTest::newRow("semicolons inside quotes do not count")
        << QByteArray("a,b\n\"x;y;z\",1\n\"p;q;r\",2\n") << ',';
    QTest::newRow("quoted newlines respected")
        << QByteArray("a;b\n\"line1,\nline2,x\";1\n2;3\n") << ';';
    QTest::newRow("ragged rows: most common count wins")
        << QByteArray("a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11\n") << ',';
    QTest::newRow("CRLF") << QByteArray("a;b\r\n1;2\r\n3;4\r\n") << ';';
    QTest::newRow("one column falls back to comma") << QByteArray("name\nalice\nbob\n") << ',';
}

void TestDialect::delimiter()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QCOMPARE(detectDialect(sample).delimiter, delimiter);
}

void TestDialect::header_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<bool>("hasHeader");
    QTest::newRow("names over numbers") << QByteArray("id,price\n1,2.5\n2,3.75\n") << true;
    QTest::newRow("names over dates") << QByteArray("when,n\n2024-01-02,1\n2024-02-03,2\n") << true;
    QTest::newRow("numbers from the first row") << QByteArray("1,2.5\n2,3.75\n3,1\n") << false;
    QTest::newRow("date in the first row") << QByteArray("2024-01-02,x\n2024-01-03,y\n") << false;
    QTest::newRow("repeated first-row names") << QByteArray("x,x\nabc,d\nef,ghij\n") << false;
    QTest::newRow("text columns, header length differs")
        << QByteArray("code,country\nAB,Abcd\nCD,Efgh\nEF,Ijkl\n") << true;
    QTest::newRow("inconclusive defaults to header") << QByteArray("a,b\nc,d\n") << true;
    QTest::newRow("single row of names") << QByteArray("a,b,c\n") << true;
    QTest::newRow("single row of numbers") << QByteArray("1,2,3\n") << false;
}

void TestDialect::header()
{
    QFETCH(QByteArray, sample);
    QFETCH(bool, hasHeader);
    QCOMPARE(detectDialect(sample).hasHeader, hasHeader);
}

void TestDialect::encoding_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("name,city\nZo\u00EB,K\u00F8benhavn\n");
    QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << "utf-8";
    QTest::newRow("utf-8") << text.toUtf8() << "utf-8";
    QTest::newRow("utf-8 BOM") << "\xEF\xBB\xBF" + text.toUtf8() << "utf-8-bom";
    QTest::newRow("utf-16le BOM") << utf16(text, false, true) << "utf-16le";
    QTest::newRow("utf-16be BOM") << utf16(text, true, true) << "utf-16be";
    QTest::newRow("utf-16le no BOM") << utf16(text, false, false) << "utf-16le";
    QTest::newRow("utf-16be no BOM") << utf16(text, true, false) << "utf-16be";
    QTest::newRow("latin-1 bytes") << QByteArray("name,city\nZo\xEB,K\xF8"
                                                 "benhavn\n")
                                   << "windows-1252";
    QTest::newRow("cp1252 euro") << QByteArray("item,price\nx,5\x80\n") << "windows-1252";
    // The sample may end in the middle of a multi-byte character.
    QTest::newRow("utf-8 cut by the sample end") << text.toUtf8().left(15) << "utf-8";
    QTest::newRow("one NUL is not UTF-16") << QByteArray("a,b\n\0,2\n", 8) << "utf-8";
    QTest::newRow("utf-32le BOM") << utf32(text, false) << "utf-32le";
    QTest::newRow("utf-32be BOM") << utf32(text, true) << "utf-32be";
    // One bad byte among many valid characters: the file is UTF-8 (the record holding the byte
    // is rejected), not Windows-1252, which would misread every other character.
    QByteArray oneBadByte = "name,city\n";
    for (int i = 0; i < 50; ++i)
        oneBadByte += QStringLiteral("Zo\u00EB %1,K\u00F8benhavn\n").arg(i).toUtf8();
    oneBadByte += "x\xFFy,z\n";
    QTest::newRow("utf-8 with one invalid byte") << oneBadByte << "utf-8";
    QTest::newRow("utf-8 with invalid bytes outnumbered two to one")
        << QStringLiteral("a,b\n\u00E9,\u00E8\n").toUtf8() + "\xE9,x\n"
        << "utf-8";
    // Latin-1 letters before a symbol byte can form a valid sequence ("\xDF\x93" is "ß“");
    // the other letters still outnumber them.
    QTest::newRow("windows-1252 with an accidental UTF-8 sequence")
        << QByteArray("a,b\nStra\xDF\x93,M\xFC\x6Cler\n\xC4rger,\xF6l\n") << "windows-1252";
}

void TestDialect::encoding()
{
    QFETCH(QByteArray, sample);
    QFETCH(QString, encoding);
    const Dialect dialect = detectDialect(sample);
    QCOMPARE(encodingName(dialect.encoding), encoding);
    QCOMPARE(dialect.delimiter, ',');
}

void TestDialect::confidence_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QByteArray clean = "id,name,score\n";
    for (int i = 0; i < 50; ++i)
        clean += QByteArray::number(i) + ",name" + QByteArray::number(i) + ","
                 + QByteArray::number(i * 1.5) + "\n";
    QTest::newRow("clean file") << clean << 0.9 << 1.0;
    QTest::newRow("ragged rows") << QByteArray("a,b,c\n1,2\n3,4,5,6\n7,8,9\n") << 0.0 << 0.6;
    QTest::newRow("single column") << QByteArray("a\nb\n") << 0.0 << 0.6;
    QTest::newRow("empty") << QByteArray() << 0.0 << 0.5;
}

void TestDialect::confidence()
{
    QFETCH(QByteArray, sample);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    const double confidence = detectDialect(sample).confidence;
    QVERIFY2(confidence >= minimum && confidence <= maximum,
             qPrintable(QString::number(confidence)));
}

void TestDialect::overrides()
{
    const QByteArray sample = "a;b\n1;2\n3;4\n";
    DialectOverrides overrides;
    overrides.delimiter = ',';
    Dialect dialect = detectDialect(sample, overrides);
    QCOMPARE(dialect.delimiter, ',');
    QCOMPARE(dialect.encoding, TextEncoding::Utf8);

    overrides = {};
    overrides.hasHeader = false;
    dialect = detectDialect(sample, overrides);
    QCOMPARE(dialect.delimiter, ';');
    QCOMPARE(dialect.hasHeader, false);

    overrides = {};
    overrides.encoding = TextEncoding::Windows1252;
    dialect = detectDialect(sample, overrides);
    QCOMPARE(dialect.encoding, TextEncoding::Windows1252);
    QCOMPARE(dialect.delimiter, ';');

    // Everything given: nothing was guessed.
    overrides.delimiter = '|';
    overrides.hasHeader = true;
    overrides.encoding = TextEncoding::Utf16BE;
    dialect = detectDialect(sample, overrides);
    QCOMPARE(dialect.delimiter, '|');
    QCOMPARE(dialect.hasHeader, true);
    QCOMPARE(dialect.encoding, TextEncoding::Utf16BE);
    QCOMPARE(dialect.confidence, 1.0);
}

// The quote is never guessed ('"'), only given; detection then samples with it.
void TestDialect::quoteOverride()
{
    // Single-quoted fields hold commas: read with '"' their rows split unevenly.
    const QByteArray sample = "a,b\n'x,y',1\n'p',2\n'q',3\n";
    const Dialect guessed = detectDialect(sample);
    QCOMPARE(guessed.quote, '"');
    DialectOverrides overrides;
    overrides.quote = '\'';
    Dialect dialect = detectDialect(sample, overrides);
    QCOMPARE(dialect.quote, '\'');
    QCOMPARE(dialect.delimiter, ',');
    QVERIFY2(
        dialect.confidence > guessed.confidence,
        qPrintable(QStringLiteral("%1 <= %2").arg(dialect.confidence).arg(guessed.confidence)));

    // No quoting: a double quote is text, so the quoted semicolon splits its row.
    const QByteArray doubleQuoted = "a;b\n\"x;y\";z\n1;2\n";
    overrides.quote = '\0';
    dialect = detectDialect(doubleQuoted, overrides);
    QCOMPARE(dialect.quote, '\0');
    QCOMPARE(dialect.delimiter, ';');
    QVERIFY(dialect.confidence < detectDialect(doubleQuoted).confidence);

    // A quote that is also a candidate delimiter is not tried as the delimiter.
    overrides.quote = '|';
    dialect = detectDialect("a,b\n|x,y|,z\n|1|,2\n", overrides);
    QCOMPARE(dialect.quote, '|');
    QCOMPARE(dialect.delimiter, ',');

    // The quote is stored with the file and read back.
    overrides.quote = '\'';
    dialect = detectDialect(sample, overrides);
    QCOMPARE(Dialect::fromJson(dialect.toJson()), std::optional<Dialect>(dialect));
}

void TestDialect::peerCorpora_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QString>("encoding");
    const QString spectrum = QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csv-spectrum/csvs/");
    for (const char *name : {"comma_in_quotes",
                             "empty",
                             "empty_crlf",
                             "escaped_quotes",
                             "json",
                             "location_coordinates",
                             "newlines",
                             "newlines_crlf",
                             "quotes_and_newlines",
                             "simple",
                             "simple_crlf",
                             "utf8"}) {
        QTest::newRow(name) << spectrum + QLatin1String(name) + QLatin1String(".csv") << ',' << true
                            << "utf-8";
    }
    const QString csvkit = QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csvkit/");
    const auto add = [&](const char *name, char delimiter, const char *encoding) {
        QTest::newRow(name) << csvkit + QLatin1String(name) << delimiter << true
                            << QString::fromLatin1(encoding);
    };
    add("FY09_EDU_Recipients_by_State.csv", ',', "utf-8");
    add("acs2012_5yr_population.csv", ',', "utf-8");
    add("bad.csv", ',', "utf-8");
    add("blanks.csv", ',', "utf-8");
    add("determination.csv", ',', "utf-8");
    add("dummy.tsv", '\t', "utf-8");
    add("ilgeo2010_excerpt.csv", ',', "utf-8");
    add("iris.csv", ',', "utf-8");
    add("ks_1033_data.csv", ',', "utf-8");
    add("mac_newlines.csv", ',', "utf-8");
    add("null_byte.csv", ',', "utf-8");
    add("sniff_limit.csv", ';', "utf-8");
    add("test_empty_columns.csv", ',', "utf-8");
    add("test_empty_columns_long_row.csv", ',', "utf-8");
    add("test_empty_columns_short_row.csv", ',', "utf-8");
    add("test_header_newline.csv", ',', "utf-8");
    add("test_latin1.csv", ',', "windows-1252");
    add("test_locale.csv", ',', "utf-8");
    add("test_precision.csv", ',', "utf-8");
    add("test_utf16_big.csv", ',', "utf-16be");
    add("test_utf16_little.csv", ',', "utf-16le");
    add("test_utf8.csv", ',', "utf-8");
    add("test_utf8_bom.csv", ',', "utf-8-bom");
    for (const char *name : {"sheetsxlsx_converted.csv",
                             "testfixed_converted.csv",
                             "testfixed_schema.csv",
                             "testjson_converted.csv",
                             "testjson_multiline_converted.csv",
                             "testjson_nested_converted.csv",
                             "testxlsx_converted.csv",
                             "testxlsx_noinference_converted.csv"})
        add(name, ',', "utf-8");
}

void TestDialect::peerCorpora()
{
    QFETCH(QString, path);
    QFETCH(char, delimiter);
    QFETCH(bool, hasHeader);
    QFETCH(QString, encoding);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const Dialect dialect = detectDialect(readFile(path));
    QCOMPARE(dialect.delimiter, delimiter);
    QCOMPARE(dialect.hasHeader, hasHeader);
    QCOMPARE(encodingName(dialect.encoding), encoding);
    QCOMPARE(dialect.quote, '"');
    QVERIFY(dialect.confidence > 0.0 && dialect.confidence <= 1.0);
}

void TestDialect::degenerateSamples_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("only newlines") << QByteArray("\n\r\n\r");
    QTest::newRow("only a quote") << QByteArray("\"");
    QTest::newRow("unterminated quote") << QByteArray("a,b\n\"1,2\n3,4\n");
    QTest::newRow("NULs") << QByteArray(100, '\0');
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary += char((i * 7919) % 251);
    QTest::newRow("binary") << binary;
}

void TestDialect::degenerateSamples()
{
    QFETCH(QByteArray, sample);
    const Dialect dialect = detectDialect(sample);
    QVERIFY(dialect.confidence >= 0.0 && dialect.confidence <= 1.0);
    QVERIFY(QByteArrayView(",;\t|").contains(dialect.delimiter));
    QVERIFY(Dialect::fromJson(dialect.toJson()) == dialect);
}

// A header line longer than the detection sample is still a header: the name the sample's end
// cut looks like a repeat of an earlier name, and must not turn the file headerless.
void TestDialect::headerLongerThanTheSample()
{
    const QByteArray header = longHeader("id,", ',');
    QByteArray file = header + "\n";
    for (int row = 0; row < 3; ++row) {
        for (int i = 0; i < header.count(',') + 1; ++i)
            file += (i > 0 ? "," : "") + QByteArray::number(row * i);
        file += "\n";
    }
    const QByteArray sample = file.left(64 * 1024);
    const QByteArray cutName = sample.mid(sample.lastIndexOf(',') + 1);
    // The premise: the sample cuts a name, and what is left of it repeats an earlier name.
    QVERIFY(header.at(sample.size()) != ',');
    QVERIFY2(header.contains("," + cutName + ","), cutName.constData());
    const Dialect dialect = detectDialect(sample);
    QCOMPARE(dialect.delimiter, ',');
    QVERIFY(dialect.hasHeader);

    DialectOverrides overrides;
    overrides.hasHeader = false;
    QVERIFY(!detectDialect(sample, overrides).hasHeader);
}

// The sample's end may cut a long quoted header inside a name: the header still decides the
// delimiter instead of leaving no row to judge by.
void TestDialect::quotedHeaderLongerThanTheSample()
{
    QByteArray header;
    for (int i = 1; header.size() < 80 * 1024; ++i)
        header += (i > 1 ? ";" : "") + QByteArray("\"name ") + QByteArray::number(i) + "\"";
    const QByteArray sample = (header + "\n1;2\n").left(64 * 1024);
    QVERIFY(sample.count('"') % 2 == 1); // the premise: cut inside a quoted name
    const Dialect dialect = detectDialect(sample);
    QCOMPARE(dialect.delimiter, ';');
    QVERIFY(dialect.hasHeader);
}

void TestDialect::binaryContent_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QString>("reason"); // a part of the reason; empty: text
    const QString text = QStringLiteral("name,city\nZo\u00EB,K\u00F8benhavn\n1,2\n");
    const QString binary = QStringLiteral("binary content");
    const QString nul = QStringLiteral("mostly NUL");
    QTest::newRow("text") << text.toUtf8() << QString();
    QTest::newRow("text with a stray NUL") << QByteArray("a,b\n\0,2\n3,4\n", 12) << QString();
    QTest::newRow("utf-16le BOM") << utf16(text, false, true) << QString();
    QTest::newRow("utf-16be BOM") << utf16(text, true, true) << QString();
    QTest::newRow("utf-16le without BOM") << utf16(text, false, false) << QString();
    QTest::newRow("utf-16be without BOM") << utf16(text, true, false) << QString();
    QTest::newRow("utf-32le BOM") << utf32(text, false) << QString();
    QTest::newRow("utf-32be BOM") << utf32(text, true) << QString();
    QTest::newRow("all NUL, 64 KiB") << QByteArray(64 * 1024, '\0') << nul;
    QTest::newRow("all NUL, 3 bytes") << QByteArray(3, '\0') << nul;
    QTest::newRow("utf-16le BOM then NULs") << "\xFF\xFE" + QByteArray(4096, '\0') << nul;
    QTest::newRow("utf-32le BOM then NULs")
        << QByteArray("\xFF\xFE\0\0", 4) + QByteArray(4096, '\0') << nul;
    QTest::newRow("utf-16le text then NULs")
        << utf16(text, false, false) + QByteArray(4096, '\0') << nul;
    QTest::newRow("text then NULs") << text.toUtf8() + QByteArray(4096, '\0') << nul;
    QTest::newRow("utf-16le control characters")
        << utf16(text, false, true) + utf16(QString(64, QChar(1)), false, false) << binary;
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise += char((i * 7919) % 251);
    QTest::newRow("noise") << noise << binary;
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(100, 'x') << binary;
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\0", 4) + QByteArray(100, 'x') << binary;
}

void TestDialect::binaryContent()
{
    QFETCH(QByteArray, sample);
    QFETCH(QString, reason);
    const QString actual = binaryContentReason(sample);
    if (reason.isEmpty())
        QCOMPARE(actual, QString());
    else
        QVERIFY2(actual.contains(reason), qPrintable(actual));
}

void TestDialect::toJson()
{
    Dialect dialect;
    dialect.confidence = 0.93;
    QCOMPARE(
        dialect.toJson(),
        QStringLiteral(
            R"({"delimiter":",","quote":"\"","header":true,"encoding":"utf-8","confidence":0.93})"));
    dialect.delimiter = '\t';
    dialect.hasHeader = false;
    dialect.encoding = TextEncoding::Windows1252;
    dialect.confidence = 1;
    QCOMPARE(
        dialect.toJson(),
        QStringLiteral(
            R"({"delimiter":"\t","quote":"\"","header":false,"encoding":"windows-1252","confidence":1})"));
}

void TestDialect::jsonRoundTrip_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<double>("confidence");
    QTest::newRow("default") << ',' << '"' << true << int(TextEncoding::Utf8) << 1.0;
    QTest::newRow("semicolon") << ';' << '"' << false << int(TextEncoding::Utf8Bom) << 0.5;
    QTest::newRow("tab") << '\t' << '\'' << true << int(TextEncoding::Utf16LE) << 0.25;
    QTest::newRow("pipe") << '|' << '"' << true << int(TextEncoding::Utf16BE) << 0.0;
    QTest::newRow("backslash, no quoting")
        << '\\' << '\0' << true << int(TextEncoding::Windows1252) << 0.123456789;
    QTest::newRow("utf-32") << ',' << '"' << false << int(TextEncoding::Utf32BE) << 0.9;
}

void TestDialect::jsonRoundTrip()
{
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(bool, hasHeader);
    QFETCH(int, encoding);
    QFETCH(double, confidence);
    Dialect dialect;
    dialect.delimiter = delimiter;
    dialect.quote = quote;
    dialect.hasHeader = hasHeader;
    dialect.encoding = TextEncoding(encoding);
    dialect.confidence = confidence;
    const std::optional<Dialect> back = Dialect::fromJson(dialect.toJson());
    QVERIFY2(back.has_value(), qPrintable(dialect.toJson()));
    QVERIFY(*back == dialect);
}

void TestDialect::fromJsonRejects_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("not JSON") << "{";
    QTest::newRow("array") << "[]";
    QTest::newRow("missing delimiter") << R"({"quote":"\"","header":true,"encoding":"utf-8"})";
    QTest::newRow("long delimiter")
        << R"({"delimiter":",,","quote":"\"","header":true,"encoding":"utf-8"})";
    QTest::newRow("empty delimiter")
        << R"({"delimiter":"","quote":"\"","header":true,"encoding":"utf-8"})";
    QTest::newRow("newline delimiter")
        << R"({"delimiter":"\n","quote":"\"","header":true,"encoding":"utf-8"})";
    QTest::newRow("delimiter is quote")
        << R"({"delimiter":"\"","quote":"\"","header":true,"encoding":"utf-8"})";
    QTest::newRow("non-Latin-1 delimiter")
        << R"({"delimiter":"€","quote":"\"","header":true,"encoding":"utf-8"})";
    QTest::newRow("header not bool")
        << R"({"delimiter":",","quote":"\"","header":"yes","encoding":"utf-8"})";
    QTest::newRow("unknown encoding")
        << R"({"delimiter":",","quote":"\"","header":true,"encoding":"ebcdic"})";
    QTest::newRow("confidence not number")
        << R"({"delimiter":",","quote":"\"","header":true,"encoding":"utf-8","confidence":"high"})";
}

void TestDialect::fromJsonRejects()
{
    QFETCH(QString, json);
    QVERIFY(!Dialect::fromJson(json).has_value());
}

void TestDialect::encodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("encoding"); // -1: rejected
    QTest::newRow("utf-8") << "utf-8" << int(TextEncoding::Utf8);
    QTest::newRow("UTF8") << "UTF8" << int(TextEncoding::Utf8);
    QTest::newRow("utf-8-bom") << "utf-8-bom" << int(TextEncoding::Utf8Bom);
    QTest::newRow("UTF-16LE") << "UTF-16LE" << int(TextEncoding::Utf16LE);
    QTest::newRow("utf-16be") << "utf-16be" << int(TextEncoding::Utf16BE);
    QTest::newRow("UTF-32LE") << "UTF-32LE" << int(TextEncoding::Utf32LE);
    QTest::newRow("utf-32be") << "utf-32be" << int(TextEncoding::Utf32BE);
    QTest::newRow("windows-1252") << "windows-1252" << int(TextEncoding::Windows1252);
    QTest::newRow("CP1252") << "CP1252" << int(TextEncoding::Windows1252);
    QTest::newRow("latin1") << "Latin1" << int(TextEncoding::Windows1252);
    QTest::newRow("iso-8859-1") << "ISO-8859-1" << int(TextEncoding::Windows1252);
    QTest::newRow("utf-16") << "utf-16" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestDialect::encodingNames()
{
    QFETCH(QString, name);
    QFETCH(int, encoding);
    const std::optional<TextEncoding> parsed = encodingFromName(name);
    if (encoding < 0) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(int(*parsed), encoding);
    QCOMPARE(encodingFromName(encodingName(*parsed)), parsed);
}

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
