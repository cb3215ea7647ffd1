// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "csvreader.h"
#include "dialect.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>

#include <cstring>

using namespace stevedore;

namespace {

const QString kSpectrum = QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csv-spectrum");
const QString kCsvkit = QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csvkit");

// One record on one line: "line-lastLine [fields as JSON]", then " ! error" when there is one.
QString describe(const CsvRecord &record)
{
    QString text = QStringLiteral("%1-%2 ").arg(record.line).arg(record.lastLine);
    text += QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(record.fields())).toJson(QJsonDocument::Compact));
    if (!record.error.isEmpty())
        text += QStringLiteral(" ! ") + record.error;
    return text;
}

struct Parsed
{
    QStringList rawHeader;
    QStringList header;
    QList<CsvRecord> records;
    QStringList described; // describe() of each record
    QString ioError;
    qint64 bytesRead = 0;
};

Parsed parse(const QByteArray &input,
             const Dialect &dialect,
             qsizetype chunkSize = 0,
             qsizetype maxRecordSize = 0)
{
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    if (chunkSize > 0)
        reader.setChunkSize(chunkSize);
    if (maxRecordSize > 0)
        reader.setMaxRecordSize(maxRecordSize);
    Parsed result;
    result.rawHeader = reader.rawHeader();
    result.header = reader.header();
    CsvRecord record; // reused on purpose, as the importer does
    while (reader.next(record)) {
        result.records.append(record);
        result.described.append(describe(record));
    }
    result.ioError = reader.errorString();
    result.bytesRead = reader.bytesRead();
    return result;
}

Dialect dialectFor(TextEncoding encoding, bool hasHeader = true, char delimiter = ',')
{
    Dialect dialect;
    dialect.encoding = encoding;
    dialect.hasHeader = hasHeader;
    dialect.delimiter = delimiter;
    return dialect;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray encodeUtf16(const QString &text, bool bigEndian, bool bom)
{
    QStringEncoder encoder(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE,
                           bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder.encode(text);
}

QByteArray encodeUtf32(const QString &text, bool bigEndian, bool bom)
{
    QStringEncoder encoder(bigEndian ? QStringEncoder::Utf32BE : QStringEncoder::Utf32LE,
                           bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder.encode(text);
}

// A file of size bytes of 'a' (then tail), made as it is read, so that a test of the 64 MiB
// limit does not hold the whole input in memory too.
class GeneratedDevice : public QIODevice
{
public:
    GeneratedDevice(qint64 size, QByteArray tail)
        : m_size(size)
        , m_tail(std::move(tail))
    {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_size + m_tail.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 at = pos();
        const qint64 n = std::min(maxSize, size() - at);
        const qint64 letters = std::clamp<qint64>(m_size - at, 0, n);
        std::memset(data, 'a', size_t(letters));
        std::memcpy(
            data + letters, m_tail.constData() + (at + letters - m_size), size_t(n - letters));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    QByteArray m_tail;
};

// Enough of Windows-1252 for these tests: Latin-1 plus the euro sign.
QByteArray toCp1252(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text)
        bytes += c.unicode() == 0x20AC ? '\x80' : c.unicode() < 0x100 ? char(c.unicode()) : '?';
    return bytes;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void csvSpectrum_data();
    void csvSpectrum();
    void csvSpectrumStrayQuote();
    void csvkit_data();
    void csvkit();
    void csvkitAllCovered();

    void lineEndings_data();
    void lineEndings() { compareRecords(); }
    void quoting_data();
    void quoting() { compareRecords(); }
    void otherQuotes_data();
    void otherQuotes();
    void malformed_data();
    void malformed() { compareRecords(); }
    void blankLines_data();
    void blankLines() { compareRecords(); }
    void verbatimValues();

    void raw_data();
    void raw();
    void encodings_data();
    void encodings();
    void utf16Errors_data();
    void utf16Errors();
    void utf32Errors_data();
    void utf32Errors();
    void windows1252();

    void manyColumns();
    void hugeField();
    void recordSizeLimit_data();
    void recordSizeLimit();
    void recordSizeLimitIsTight_data();
    void recordSizeLimitIsTight();
    void defaultLimitBoundsALineWithoutNewline();
    void headerLongerThanTheLimit_data();
    void headerLongerThanTheLimit();
    void headerOnly_data();
    void headerOnly();
    void emptyInput_data();
    void emptyInput();
    void withoutHeader();
    void uniqueHeader_data();
    void uniqueHeader();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void progressAndNumbering();
    void ioError();

private:
    void compareRecords();
};

void TestCsvReader::csvSpectrum_data()
{
    QTest::addColumn<QString>("name");
    // Every file of the corpus but location_coordinates, whose JSON describes another file
    // (see SOURCES.md); csvSpectrumStrayQuote covers it.
    for (const char *name : {"comma_in_quotes",
                             "empty",
                             "empty_crlf",
                             "escaped_quotes",
                             "json",
                             "newlines",
                             "newlines_crlf",
                             "quotes_and_newlines",
                             "simple",
                             "simple_crlf",
                             "utf8"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestCsvReader::csvSpectrum()
{
    QFETCH(QString, name);
    const QString csvPath = kSpectrum + QStringLiteral("/csvs/") + name + QStringLiteral(".csv");
    const QString jsonPath = kSpectrum + QStringLiteral("/json/") + name + QStringLiteral(".json");
    QVERIFY2(QFile::exists(csvPath), qPrintable(csvPath));
    QVERIFY2(QFile::exists(jsonPath), qPrintable(jsonPath));
    const QByteArray input = readFile(csvPath);
    const QJsonArray expected = QJsonDocument::fromJson(readFile(jsonPath)).array();
    QVERIFY(!expected.isEmpty());

    const Dialect dialect = detectDialect(input);
    QCOMPARE(dialect.delimiter, ',');
    QVERIFY(dialect.hasHeader);
    for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(5)}) {
        const Parsed parsed = parse(input, dialect, chunk);
        QCOMPARE(parsed.records.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const CsvRecord &record = parsed.records.at(i);
            QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
            QJsonObject actual;
            for (int f = 0; f < record.fieldCount(); ++f)
                actual.insert(parsed.header.at(f), record.fieldString(f));
            QCOMPARE(actual, expected.at(i).toObject());
        }
    }
}

void TestCsvReader::csvSpectrumStrayQuote()
{
    const QString path = kSpectrum + QStringLiteral("/csvs/location_coordinates.csv");
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const Parsed parsed = parse(readFile(path), detectDialect(readFile(path)));
    QCOMPARE(parsed.header,
             QStringList({"Contact Phone Number", "Location Coordinates", "Cities", "Counties"}));
    QCOMPARE(parsed.records.size(), 1);
    const CsvRecord &record = parsed.records.first();
    // A quote inside an unquoted field is kept as written and is not an error.
    QCOMPARE(record.error, QString());
    QCOMPARE(record.fields(),
             QStringList({"2095257564",
                          QStringLiteral("37\uFFFD36'37.8\"N 121\uFFFD2'17.9\"W"),
                          "Modesto",
                          "Stanislaus"}));
}

void TestCsvReader::csvkit_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header"); // the first names of header()
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("errors"); // "line: error" of each malformed record
    // Values checked by hand against the files: "record,field=value" (0-based).
    QTest::addColumn<QStringList>("checks");

    QTest::newRow("FY09") << "FY09_EDU_Recipients_by_State.csv"
                          << "utf-8"
                          << "," << QStringList{"State Name", "State Abbreviate", "Code"} << 53
                          << QStringList{}
                          << QStringList{"0,0=ALABAMA", "0,2=01", "0,3=6,718", "0,9=", "52,0="};
    QTest::newRow("acs2012") << "acs2012_5yr_population.csv"
                             << "utf-8"
                             << "," << QStringList{"fips", "name", "total_population"} << 93
                             << QStringList{}
                             << QStringList{"0,1=Adams County, NE", "0,2=31299", "92,3=0"};
    QTest::newRow("bad") << "bad.csv"
                         << "utf-8"
                         << "," << QStringList{"column_a", "column_b", "column_c"} << 3
                         << QStringList{"2: expected 3 fields, found 4",
                                        "3: expected 3 fields, found 2"}
                         << QStringList{"0,3=I'm too long!",
                                        "1,1=I'm too short!",
                                        "2,1=mixed types.... uh oh",
                                        "2,2=17"};
    QTest::newRow("blanks") << "blanks.csv"
                            << "utf-8"
                            << "," << QStringList{"a", "b", "c", "d", "e", "f"} << 1
                            << QStringList{}
                            << QStringList{"0,0=", "0,1=NA", "0,2=N/A", "0,4=NULL", "0,5=."};
    QTest::newRow("determination")
        << "determination.csv"
        << "utf-8"
        << "," << QStringList{"AIANHH", "STATE", "COUNTY"} << 1555 << QStringList{}
        << QStringList{"0,0=0000", "0,17=U.S.", "0,20=TOTAL PERSONS"};
    QTest::newRow("dummy.tsv") << "dummy.tsv"
                               << "utf-8"
                               << "\t" << QStringList{"a", "b", "c"} << 1 << QStringList{}
                               << QStringList{"0,0=1", "0,2=3"};
    QTest::newRow("ilgeo2010") << "ilgeo2010_excerpt.csv"
                               << "utf-8"
                               << "," << QStringList{"FILEID", "STUSAB", "SUMLEV"} << 1000
                               << QStringList{}
                               << QStringList{"0,0=PLST", "0,2=040", "0,6=0000001"};
    QTest::newRow("iris") << "iris.csv"
                          << "utf-8"
                          << "," << QStringList{"sepal_length", "sepal_width"} << 150
                          << QStringList{}
                          << QStringList{"0,0=5.1", "0,4=Iris-setosa", "149,4=Iris-virginica"};
    QTest::newRow("ks_1033") << "ks_1033_data.csv"
                             << "utf-8"
                             << "," << QStringList{"state", "county", "fips", "nsn"} << 1575
                             << QStringList{}
                             << QStringList{"0,4=RIFLE,5.56 MILLIMETER",
                                            "0,9=5/19/2006 0:00:00",
                                            "0,13=Guns, through 30 mm"};
    QTest::newRow("mac_newlines") << "mac_newlines.csv"
                                  << "utf-8"
                                  << "," << QStringList{"a", "b", "c"} << 2 << QStringList{}
                                  << QStringList{"0,2=3", "1,0=Once upon\ra time", "1,2=6"};
    QTest::newRow("null_byte") << "null_byte.csv"
                               << "utf-8"
                               << "," << QStringList{"a", "b", "c"} << 1
                               << QStringList{"2: NUL byte at line 2, column 1"}
                               << QStringList{"0,1=2", "0,2=3"};
    QTest::newRow("sniff_limit") << "sniff_limit.csv"
                                 << "utf-8"
                                 << ";" << QStringList{"a", "b", "c"} << 1 << QStringList{}
                                 << QStringList{"0,0=1", "0,2=3"};
    QTest::newRow("empty_columns")
        << "test_empty_columns.csv"
        << "utf-8"
        << "," << QStringList{"a", "b", "c", "column_4", "column_5"} << 3
        << QStringList{"3: expected 5 fields, found 4"} << QStringList{"0,0=a", "1,2=c", "2,4="};
    QTest::newRow("empty_columns_long_row")
        << "test_empty_columns_long_row.csv"
        << "utf-8"
        << "," << QStringList{"a", "b", "c"} << 1 << QStringList{"2: expected 3 fields, found 4"}
        << QStringList{"0,3="};
    QTest::newRow("empty_columns_short_row")
        << "test_empty_columns_short_row.csv"
        << "utf-8"
        << "," << QStringList{"a", "b", "c"} << 1 << QStringList{"2: expected 3 fields, found 2"}
        << QStringList{"0,1="};
    QTest::newRow("header_newline")
        << "test_header_newline.csv"
        << "utf-8"
        << "," << QStringList{"\t\n\v\f\r start \t\n\v\f\r end \t\n\v\f\r", "b", "c"} << 1
        << QStringList{} << QStringList{"0,0=d", "0,2=f"};
    QTest::newRow("latin1") << "test_latin1.csv"
                            << "windows-1252"
                            << "," << QStringList{"a", "b", "c"} << 2 << QStringList{}
                            << QStringList{"0,0=1", QStringLiteral("1,2=\u00A9")};
    QTest::newRow("locale") << "test_locale.csv"
                            << "utf-8"
                            << "," << QStringList{"a", "b", "c"} << 1 << QStringList{}
                            << QStringList{"0,0=1,7", "0,1=200.000.000", "0,2="};
    QTest::newRow("precision") << "test_precision.csv"
                               << "utf-8"
                               << "," << QStringList{"a"} << 1 << QStringList{}
                               << QStringList{"0,0=1.234567"};
    QTest::newRow("utf16_big") << "test_utf16_big.csv"
                               << "utf-16be"
                               << "," << QStringList{"a", "b", "c"} << 2 << QStringList{}
                               << QStringList{"0,0=1", QStringLiteral("1,2=\u02A4")};
    QTest::newRow("utf16_little") << "test_utf16_little.csv"
                                  << "utf-16le"
                                  << "," << QStringList{"a", "b", "c"} << 2 << QStringList{}
                                  << QStringList{"0,0=1", QStringLiteral("1,2=\u02A4")};
    QTest::newRow("utf8") << "test_utf8.csv"
                          << "utf-8"
                          << "," << QStringList{"foo", "bar", "baz"} << 2 << QStringList{}
                          << QStringList{"0,0=1", QStringLiteral("1,2=\u02A4")};
    QTest::newRow("utf8_bom") << "test_utf8_bom.csv"
                              << "utf-8-bom"
                              << "," << QStringList{"foo", "bar", "baz"} << 2 << QStringList{}
                              << QStringList{"0,0=1", QStringLiteral("1,2=\u02A4")};
    // csvkit's conversions of other formats to CSV (see SOURCES.md).
    const QString unicode = QStringLiteral("Unicode! \u03A3");
    QTest::newRow("sheetsxlsx_converted")
        << "sheetsxlsx_converted.csv"
        << "utf-8"
        << "," << QStringList{"text", "date", "integer", "boolean"} << 5 << QStringList{}
        << QStringList{"0,0=Chicago Tribune",
                       "1,8=Extra data past headers will be trimmed",
                       "4,0=" + unicode,
                       "4,8="};
    QTest::newRow("testfixed_converted")
        << "testfixed_converted.csv"
        << "utf-8"
        << "," << QStringList{"text", "date", "integer"} << 4 << QStringList{}
        << QStringList{"0,6=1971-01-01T04:14:00", "3,0=Row with blanks", "3,7="};
    QTest::newRow("testfixed_schema")
        << "testfixed_schema.csv"
        << "utf-8"
        << "," << QStringList{"column", "start", "length"} << 8 << QStringList{}
        << QStringList{"0,0=text", "7,0=empty_column", "7,2=2"};
    QTest::newRow("testjson_converted")
        << "testjson_converted.csv"
        << "utf-8"
        << "," << QStringList{"text", "float", "datetime"} << 5 << QStringList{}
        << QStringList{"0,1=1.0", "3,0=This row has blanks", "4,0=" + unicode};
    QTest::newRow("testjson_multiline_converted")
        << "testjson_multiline_converted.csv"
        << "utf-8"
        << "," << QStringList{"a", "b", "d"} << 2 << QStringList{}
        << QStringList{"0,0=2", "0,2=", "1,0=", "1,2=4"};
    QTest::newRow("testjson_nested_converted")
        << "testjson_nested_converted.csv"
        << "utf-8"
        << "," << QStringList{"text", "float", "datetime", "boolean", "nested/time"} << 2
        << QStringList{} << QStringList{"1,0=Chicago Sun-Times", "1,6=63"};
    QTest::newRow("testxlsx_converted")
        << "testxlsx_converted.csv"
        << "utf-8"
        << "," << QStringList{"text", "date", "integer"} << 5 << QStringList{}
        << QStringList{"0,5=1971-01-01T04:14:00", "4,0=" + unicode};
    QTest::newRow("testxlsx_noinference_converted")
        << "testxlsx_noinference_converted.csv"
        << "utf-8"
        << "," << QStringList{"text", "date", "integer"} << 5 << QStringList{}
        << QStringList{"0,5=1971-01-01 04:14:00", "4,0=" + unicode};
}

void TestCsvReader::csvkit()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, header);
    QFETCH(int, count);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, checks);

    const QString path = kCsvkit + QLatin1Char('/') + file;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const QByteArray input = readFile(path);
    const Dialect dialect = detectDialect(input.left(64 * 1024));
    QCOMPARE(encodingName(dialect.encoding), encoding);
    QCOMPARE(QString(QLatin1Char(dialect.delimiter)), delimiter);
    QVERIFY(dialect.hasHeader);

    const Parsed parsed = parse(input, dialect);
    QCOMPARE(parsed.ioError, QString());
    QCOMPARE(parsed.header.mid(0, header.size()), header);
    QCOMPARE(parsed.records.size(), count);
    QStringList actualErrors;
    for (const CsvRecord &record : parsed.records) {
        QCOMPARE(record.number, qint64(&record - parsed.records.constData() + 1));
        if (!record.error.isEmpty())
            actualErrors.append(QStringLiteral("%1: %2").arg(record.line).arg(record.error));
        else
            QCOMPARE(record.fieldCount(), parsed.header.size());
    }
    QCOMPARE(actualErrors, errors);
    for (const QString &check : checks) {
        const qsizetype comma = check.indexOf(QLatin1Char(','));
        const qsizetype equals = check.indexOf(QLatin1Char('='));
        const int row = check.left(comma).toInt();
        const int field = check.mid(comma + 1, equals - comma - 1).toInt();
        QVERIFY2(field < parsed.records.at(row).fieldCount(), qPrintable(check));
        QCOMPARE(parsed.records.at(row).fieldString(field), check.mid(equals + 1));
    }
    // The same result whatever the chunk size.
    QCOMPARE(parse(input, dialect, 7).described, parsed.described);
}

void TestCsvReader::csvkitAllCovered()
{
    // A delimited file added to the corpus must get expectations in csvkit_data(). The folder
    // also holds other formats (workbooks, gzip, JSON, fixed-width), which are not CSV.
    const QStringList files = QDir(kCsvkit).entryList(
        {QStringLiteral("*.csv"), QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    QCOMPARE(files,
             QStringList({"FY09_EDU_Recipients_by_State.csv",
                          "acs2012_5yr_population.csv",
                          "bad.csv",
                          "blanks.csv",
                          "determination.csv",
                          "dummy.tsv",
                          "ilgeo2010_excerpt.csv",
                          "iris.csv",
                          "ks_1033_data.csv",
                          "mac_newlines.csv",
                          "null_byte.csv",
                          "sheetsxlsx_converted.csv",
                          "sniff_limit.csv",
                          "test_empty_columns.csv",
                          "test_empty_columns_long_row.csv",
                          "test_empty_columns_short_row.csv",
                          "test_header_newline.csv",
                          "test_latin1.csv",
                          "test_locale.csv",
                          "test_precision.csv",
                          "test_utf16_big.csv",
                          "test_utf16_little.csv",
                          "test_utf8.csv",
                          "test_utf8_bom.csv",
                          "testfixed_converted.csv",
                          "testfixed_schema.csv",
                          "testjson_converted.csv",
                          "testjson_multiline_converted.csv",
                          "testjson_nested_converted.csv",
                          "testxlsx_converted.csv",
                          "testxlsx_noinference_converted.csv"}));
}

// Shared body of the data-driven record tests: the input read as UTF-8 (with or without a
// header) gives exactly the expected records, with every chunk size.
void TestCsvReader::compareRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, hasHeader);
    QFETCH(QStringList, expected);
    const Dialect dialect = dialectFor(TextEncoding::Utf8, hasHeader);
    const Parsed parsed = parse(input, dialect);
    QCOMPARE(parsed.described, expected);
    for (qsizetype chunk = 1; chunk <= 4; ++chunk)
        QCOMPARE(parse(input, dialect, chunk).described, expected);
}

void TestCsvReader::lineEndings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QStringList>("expected");
    const QStringList twoRecords = {R"(2-2 ["1","2"])", R"(3-3 ["3","4"])"};
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4\n") << true << twoRecords;
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << true << twoRecords;
    QTest::newRow("CR") << QByteArray("a,b\r1,2\r3,4\r") << true << twoRecords;
    QTest::newRow("mixed") << QByteArray("a,b\r\n1,2\r3,4\n") << true << twoRecords;
    QTest::newRow("LF, no final newline") << QByteArray("a,b\n1,2\n3,4") << true << twoRecords;
    QTest::newRow("CRLF, no final newline")
        << QByteArray("a,b\r\n1,2\r\n3,4") << true << twoRecords;
    QTest::newRow("CR, no final newline") << QByteArray("a,b\r1,2\r3,4") << true << twoRecords;
    QTest::newRow("empty last field, no newline")
        << QByteArray("a,b\n1,") << true << QStringList{R"(2-2 ["1",""])"};
    QTest::newRow("LF CR is two line ends") << QByteArray("a,b\n1,2\n\r3,4\n") << true
                                            << QStringList{R"(2-2 ["1","2"])", R"(4-4 ["3","4"])"};
}

void TestCsvReader::quoting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("delimiter in quotes")
        << QByteArray("a,b\n\"x,y\",z\n") << true << QStringList{R"(2-2 ["x,y","z"])"};
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << true
                                    << QStringList{R"(2-2 ["say \"hi\"","\""])"};
    QTest::newRow("empty quoted") << QByteArray("a,b\n\"\",\"\"\n") << true
                                  << QStringList{R"(2-2 ["",""])"};
    QTest::newRow("LF inside quotes") << QByteArray("a,b\n\"x\ny\",z\n1,2\n") << true
                                      << QStringList{R"(2-3 ["x\ny","z"])", R"(4-4 ["1","2"])"};
    QTest::newRow("CRLF inside quotes") << QByteArray("a,b\r\n\"x\r\ny\",z\r\n1,2\r\n") << true
                                        << QStringList{R"(2-3 ["x\r\ny","z"])", R"(4-4 ["1","2"])"};
    QTest::newRow("CR inside quotes") << QByteArray("a,b\r\"x\ry\",z\r1,2\r") << true
                                      << QStringList{R"(2-3 ["x\ry","z"])", R"(4-4 ["1","2"])"};
    QTest::newRow("blank lines inside quotes")
        << QByteArray("a,b\n\"\n\n\",z\n") << true << QStringList{R"(2-4 ["\n\n","z"])"};
    QTest::newRow("quoted last field, no newline")
        << QByteArray("a,b\n1,\"x\"") << true << QStringList{R"(2-2 ["1","x"])"};
    QTest::newRow("quoted field ending in doubled quote, no newline")
        << QByteArray("a,b\n1,\"x\"\"\"") << true << QStringList{R"(2-2 ["1","x\""])"};
    QTest::newRow("quoted header")
        << QByteArray("\"a,1\",\"b\nc\"\n1,2\n") << true << QStringList{R"(3-3 ["1","2"])"};
}

// Dialect::quote: a single quote, or none ('\0': every quote character is plain text).
void TestCsvReader::otherQuotes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("quote");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("single: delimiter and line end inside")
        << QByteArray("a,b\n'x,y','p\nq'\n1,2\n") << int('\'')
        << QStringList{R"(2-3 ["x,y","p\nq"])", R"(4-4 ["1","2"])"};
    QTest::newRow("single: doubled single quote, double quotes are text")
        << QByteArray("a,b\n'it''s',\"x\"\n") << int('\'')
        << QStringList{R"(2-2 ["it's","\"x\""])"};
    QTest::newRow("single: unterminated")
        << QByteArray("a,b\n1,'x\n2,3\n") << int('\'')
        << QStringList{R"(2-2 ["1","x"] ! unterminated quoted field starting at line 2)",
                       R"(3-3 ["2","3"])"};
    QTest::newRow("none: quotes are field text")
        << QByteArray("a,b\n\"x,y\"\n'p','q'\n") << 0
        << QStringList{R"(2-2 ["\"x","y\""])", R"(3-3 ["'p'","'q'"])"};
    QTest::newRow("none: an opening quote does not join lines")
        << QByteArray("a,b\n\"1,2\n3,4\"\n") << 0
        << QStringList{R"(2-2 ["\"1","2"])", R"(3-3 ["3","4\""])"};
}

void TestCsvReader::otherQuotes()
{
    QFETCH(QByteArray, input);
    QFETCH(int, quote);
    QFETCH(QStringList, expected);
    Dialect dialect;
    dialect.quote = char(quote);
    QCOMPARE(parse(input, dialect).described, expected);
    // Read a byte at a time, so that every construct is split by a chunk boundary.
    QCOMPARE(parse(input, dialect, 1).described, expected);
}

void TestCsvReader::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("unterminated quote at EOF, last line")
        << QByteArray("a,b\n1,2\n3,\"x") << true
        << QStringList{R"(2-2 ["1","2"])",
                       R"(3-3 ["3","x"] ! unterminated quoted field starting at line 3)"};
    // The record keeps the line where the quote opened; the lines after it are read again.
    QTest::newRow("unterminated quote, resynchronised")
        << QByteArray("a,b\n1,\"x\n2,3\n4,5\n") << true
        << QStringList{R"(2-2 ["1","x"] ! unterminated quoted field starting at line 2)",
                       R"(3-3 ["2","3"])",
                       R"(4-4 ["4","5"])"};
    QTest::newRow("unterminated quote opened on a record's second line")
        << QByteArray("a,b\n\"p\nq\",\"r\ns,t\n") << true
        << QStringList{R"(2-3 ["p\nq","r"] ! unterminated quoted field starting at line 3)",
                       R"(4-4 ["s","t"])"};
    QTest::newRow("unterminated quote, CRLF")
        << QByteArray("a,b\r\n1,\"x\r\n2,3\r\n") << true
        << QStringList{R"(2-2 ["1","x"] ! unterminated quoted field starting at line 2)",
                       R"(3-3 ["2","3"])"};
    QTest::newRow("unterminated quote in header")
        << QByteArray("a,\"b\n1,2\n") << true << QStringList{R"(2-2 ["1","2"])"};
    QTest::newRow("too many fields")
        << QByteArray("a,b\n1,2,3\n4,5\n") << true
        << QStringList{R"(2-2 ["1","2","3"] ! expected 2 fields, found 3)", R"(3-3 ["4","5"])"};
    QTest::newRow("too few fields") << QByteArray("a,b,c\n1,2\n") << true
                                    << QStringList{R"(2-2 ["1","2"] ! expected 3 fields, found 2)"};
    QTest::newRow("whitespace-only line is a record")
        << QByteArray("a,b\n \n1,2\n") << true
        << QStringList{R"(2-2 [" "] ! expected 2 fields, found 1)", R"(3-3 ["1","2"])"};
    QTest::newRow("ragged without header: the first record sets the count")
        << QByteArray("1,2\n3\n") << false
        << QStringList{R"(1-1 ["1","2"])", R"(2-2 ["3"] ! expected 2 fields, found 1)"};
    QTest::newRow("invalid UTF-8 byte")
        << QByteArray("a,b\n1,x\xFFy\n2,3\n") << true
        << QStringList{QStringLiteral(R"(2-2 ["1","x)") + QChar(0xFFFD)
                           + QStringLiteral(R"(y"] ! bytes invalid in UTF-8 at line 2, column 4)"),
                       R"(3-3 ["2","3"])"};
    QTest::newRow("UTF-8 sequence split by a delimiter")
        << QByteArray("a,b\n\xC3,\xA9\n") << true
        << QStringList{QStringLiteral(R"(2-2 [")") + QChar(0xFFFD) + QStringLiteral(R"(",")")
                       + QChar(0xFFFD)
                       + QStringLiteral(R"("] ! bytes invalid in UTF-8 at line 2, column 1)")};
    QTest::newRow("overlong UTF-8")
        << QByteArray("a\n\xC0\xAF\n") << true
        << QStringList{QStringLiteral(R"(2-2 [")") + QString(2, QChar(0xFFFD))
                       + QStringLiteral(R"("] ! bytes invalid in UTF-8 at line 2, column 1)")};
    QTest::newRow("UTF-8 surrogate")
        << QByteArray("a\nok\xED\xA0\x80\n") << true
        << QStringList{QStringLiteral(R"(2-2 ["ok)") + QString(3, QChar(0xFFFD))
                       + QStringLiteral(R"("] ! bytes invalid in UTF-8 at line 2, column 3)")};
    QTest::newRow("invalid byte on a record's second line")
        << QByteArray("a,b\n\"\xC3\xA9\n\xFE\",2\n") << true
        << QStringList{QStringLiteral(R"(2-3 ["é\n)") + QChar(0xFFFD)
                       + QStringLiteral(R"(","2"] ! bytes invalid in UTF-8 at line 3, column 1)")};
    QTest::newRow("NUL byte") << QByteArray("a,b\n1,x\0y\n2,3\n", 14) << true
                              << QStringList{
                                     R"(2-2 ["1","x\u0000y"] ! NUL byte at line 2, column 4)",
                                     R"(3-3 ["2","3"])"};
    QTest::newRow("NUL byte in quotes")
        << QByteArray("a,b\n1,\"\0\"\n", 10) << true
        << QStringList{R"(2-2 ["1","\u0000"] ! NUL byte at line 2, column 4)"};
    QTest::newRow("text after a closing quote")
        << QByteArray("a,b\n\"x\"y,2\n3,4\n") << true
        << QStringList{R"(2-2 ["xy","2"] ! unexpected text after a closing quote at line 2)",
                       R"(3-3 ["3","4"])"};
    QTest::newRow("several problems in one record")
        << QByteArray("a,b\n\0,1,2\n", 10) << true
        << QStringList{
               R"(2-2 ["\u0000","1","2"] ! NUL byte at line 2, column 1; expected 2 fields, found 3)"};
    QTest::newRow("stray quote kept literally") << QByteArray("a,b\n37.8\"N,x\"y\"z\n") << true
                                                << QStringList{R"(2-2 ["37.8\"N","x\"y\"z"])"};
    QTest::newRow("quote after leading space is literal")
        << QByteArray("a,b\n \"x\",y\n") << true << QStringList{R"(2-2 [" \"x\"","y"])"};
}

void TestCsvReader::blankLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QStringList>("expected");
    const QStringList twoRecords = {R"(3-3 ["1","2"])", R"(6-6 ["3","4"])"};
    QTest::newRow("between records, LF")
        << QByteArray("a,b\n\n1,2\n\n\n3,4\n\n") << true << twoRecords;
    QTest::newRow("between records, CRLF")
        << QByteArray("a,b\r\n\r\n1,2\r\n\r\n\r\n3,4\r\n\r\n") << true << twoRecords;
    QTest::newRow("between records, CR")
        << QByteArray("a,b\r\r1,2\r\r\r3,4\r\r") << true << twoRecords;
    QTest::newRow("before the header")
        << QByteArray("\n\r\na,b\n1,2\n") << true << QStringList{R"(4-4 ["1","2"])"};
    QTest::newRow("one column: a blank line is an empty value")
        << QByteArray("a\n1\n\n2\n\n") << true
        << QStringList{R"(2-2 ["1"])", R"(3-3 [""])", R"(4-4 ["2"])", R"(5-5 [""])"};
    QTest::newRow("one column without header")
        << QByteArray("\n1\n\r\n2") << false
        << QStringList{R"(2-2 ["1"])", R"(3-3 [""])", R"(4-4 ["2"])"};
    QTest::newRow("only blank lines") << QByteArray("\n\n\r\n") << true << QStringList{};
}

void TestCsvReader::verbatimValues()
{
    const QByteArray input = "a,b,c,d,e,f,g,h\n007,1e5,TRUE,NULL, padded ,,\"\",\"  \"\n";
    const Parsed parsed = parse(input, dialectFor(TextEncoding::Utf8));
    QCOMPARE(parsed.records.size(), 1);
    QCOMPARE(parsed.records.first().fields(),
             QStringList({"007", "1e5", "TRUE", "NULL", " padded ", "", "", "  "}));
    QCOMPARE(parsed.records.first().error, QString());
}

void TestCsvReader::raw_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("plain") << QByteArray("a,b\n1,\"x\"\"\"\r\n") << "utf-8"
                           << QByteArray("1,\"x\"\"\"");
    QTest::newRow("multi-line") << QByteArray("a,b\n1,\"x\r\ny\"\n") << "utf-8"
                                << QByteArray("1,\"x\r\ny\"");
    QTest::newRow("invalid bytes escaped")
        << QByteArray("a,b\n\xFF,\xC3\n") << "utf-8" << QByteArray("\\xFF,\\xC3");
    QTest::newRow("NUL escaped") << QByteArray("a,b\n\0,1\n", 8) << "utf-8"
                                 << QByteArray("\\x00,1");
    QTest::newRow("valid UTF-8 kept")
        << QByteArray("a,b\n\xC3\xA9,1\n") << "utf-8" << QByteArray("\xC3\xA9,1");
    QTest::newRow("windows-1252 decoded")
        << QByteArray("a,b\n\x80,\xE9\n") << "windows-1252" << QByteArray("\xE2\x82\xAC,\xC3\xA9");
    QTest::newRow("unterminated: up to the line end")
        << QByteArray("a,b\n1,\"x\n2,3\n") << "utf-8" << QByteArray("1,\"x");
}

void TestCsvReader::raw()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, raw);
    const Parsed parsed = parse(input, dialectFor(*encodingFromName(encoding)));
    QVERIFY(!parsed.records.isEmpty());
    QCOMPARE(parsed.records.first().raw, raw);
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("name,city\r\n\"Zo\u00EB, \"\"Z\"\"\",K\u00F8benhavn\r\n"
                                        "\u20AC\u00A0,\"a\nb\"\n");
    QTest::newRow("utf-8") << text.toUtf8() << "utf-8";
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "utf-8-bom";
    QTest::newRow("utf-8 BOM read as utf-8")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "utf-8";
    QTest::newRow("utf-16le with BOM") << encodeUtf16(text, false, true) << "utf-16le";
    QTest::newRow("utf-16le") << encodeUtf16(text, false, false) << "utf-16le";
    QTest::newRow("utf-16be with BOM") << encodeUtf16(text, true, true) << "utf-16be";
    QTest::newRow("utf-16be") << encodeUtf16(text, true, false) << "utf-16be";
    QTest::newRow("utf-32le with BOM") << encodeUtf32(text, false, true) << "utf-32le";
    QTest::newRow("utf-32le") << encodeUtf32(text, false, false) << "utf-32le";
    QTest::newRow("utf-32be with BOM") << encodeUtf32(text, true, true) << "utf-32be";
    QTest::newRow("utf-32be") << encodeUtf32(text, true, false) << "utf-32be";
    QTest::newRow("windows-1252") << toCp1252(text) << "windows-1252";
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    const Dialect dialect = dialectFor(*encodingFromName(encoding));
    const QStringList expected = {
        QStringLiteral(R"(2-2 ["Zoë, \"Z\"","København"])"),
        QStringLiteral(R"(3-4 ["€)") + QChar(0xA0) + QStringLiteral(R"(","a\nb"])"),
    };
    for (const qsizetype chunk : {0, 1, 2, 3, 5, 6, 7}) {
        const Parsed parsed = parse(input, dialect, chunk);
        QCOMPARE(parsed.header, QStringList({"name", "city"}));
        QCOMPARE(parsed.described, expected);
        QCOMPARE(parsed.bytesRead, input.size());
    }
}

void TestCsvReader::utf16Errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    // "a\n" + U+1F600 (a surrogate pair) + "\n" in UTF-16LE.
    QTest::newRow("surrogate pair") << QByteArray("a\0\n\0\x3D\xD8\x00\xDE\n\0", 10)
                                    << QStringList{QStringLiteral("2-2 [\"\U0001F600\"]")};
    QTest::newRow("lone high surrogate")
        << QByteArray("a\0\n\0x\0\x3D\xD8\n\0y\0\n\0", 14)
        << QStringList{QStringLiteral("2-2 [\"x") + QString(3, QChar(0xFFFD))
                           + QStringLiteral("\"] ! bytes invalid in UTF-16 at line 2, column 2"),
                       QStringLiteral(R"(3-3 ["y"])")};
    QTest::newRow("lone low surrogate")
        << QByteArray("a\0\n\0\x00\xDC\n\0", 8)
        << QStringList{QStringLiteral("2-2 [\"") + QString(3, QChar(0xFFFD))
                       + QStringLiteral("\"] ! bytes invalid in UTF-16 at line 2, column 1")};
    QTest::newRow("odd final byte")
        << QByteArray("a\0\n\0x\0y", 7)
        << QStringList{QStringLiteral("2-2 [\"x") + QChar(0xFFFD)
                       + QStringLiteral("\"] ! bytes invalid in UTF-16 at line 2, column 2")};
}

void TestCsvReader::utf16Errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    for (qsizetype chunk = 0; chunk <= 3; ++chunk)
        QCOMPARE(parse(input, dialectFor(TextEncoding::Utf16LE), chunk).described, expected);
}

void TestCsvReader::utf32Errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    // "a\n" then one record, in UTF-32LE.
    const QByteArray head("a\0\0\0\n\0\0\0", 8);
    const QByteArray x("x\0\0\0", 4);
    const QByteArray lf("\n\0\0\0", 4);
    QTest::newRow("astral character") << head + QByteArray("\x00\xF6\x01\x00", 4) + lf
                                      << QStringList{QStringLiteral("2-2 [\"\U0001F600\"]")};
    QTest::newRow("surrogate") << head + x + QByteArray("\x00\xD8\0\0", 4) + lf
                               << QStringList{QStringLiteral("2-2 [\"x") + QString(3, QChar(0xFFFD))
                                              + QStringLiteral("\"] ! bytes invalid in UTF-32 "
                                                               "at line 2, column 2")};
    QTest::newRow("past U+10FFFF")
        << head + x + QByteArray("\0\0\x11\0", 4) + lf + QByteArray("y\0\0\0", 4) + lf
        << QStringList{QStringLiteral("2-2 [\"x") + QChar(0xFFFD)
                           + QStringLiteral("\"] ! bytes invalid in UTF-32 at line 2, column 2"),
                       QStringLiteral(R"(3-3 ["y"])")};
    QTest::newRow("cut final unit")
        << head + x + QByteArray("y\0\0", 3)
        << QStringList{QStringLiteral("2-2 [\"x") + QChar(0xFFFD)
                       + QStringLiteral("\"] ! bytes invalid in UTF-32 at line 2, column 2")};
}

void TestCsvReader::utf32Errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    for (qsizetype chunk = 0; chunk <= 5; ++chunk)
        QCOMPARE(parse(input, dialectFor(TextEncoding::Utf32LE), chunk).described, expected);
}

void TestCsvReader::windows1252()
{
    QByteArray input = "c\n";
    for (int byte = 0x80; byte <= 0xFF; ++byte)
        input += char(byte);
    input += '\n';
    const Parsed parsed = parse(input, dialectFor(TextEncoding::Windows1252));
    QCOMPARE(parsed.records.size(), 1);
    const CsvRecord &record = parsed.records.first();
    QCOMPARE(record.error, QString()); // no byte is invalid in Windows-1252
    const QString value = record.fieldString(0);
    QCOMPARE(value.size(), 128);
    QCOMPARE(value.at(0), QChar(0x20AC)); // 0x80 euro sign
    QCOMPARE(value.at(1), QChar(0x81));   // undefined: C1 control of the same value
    QCOMPARE(value.at(0x99 - 0x80), QChar(0x2122));
    QCOMPARE(value.at(0xE9 - 0x80), QChar(0xE9));
    QCOMPARE(value.at(0x7F), QChar(0xFF));
}

void TestCsvReader::manyColumns()
{
    QStringList names;
    QStringList values;
    for (int i = 0; i < 300; ++i) {
        names.append(QStringLiteral("c%1").arg(i));
        values.append(QString::number(i * 7));
    }
    const QByteArray input
        = (names.join(QLatin1Char(',')) + QLatin1Char('\n') + values.join(QLatin1Char(','))
           + QLatin1Char('\n') + values.join(QLatin1Char(',')))
              .toUtf8();
    const Parsed parsed = parse(input, dialectFor(TextEncoding::Utf8));
    QCOMPARE(parsed.header, names);
    QCOMPARE(parsed.records.size(), 2);
    for (const CsvRecord &record : parsed.records) {
        QCOMPARE(record.error, QString());
        QCOMPARE(record.fields(), values);
    }
}

void TestCsvReader::hugeField()
{
    // 6 MiB with doubled quotes and line ends, bigger than many 256 KiB chunks.
    QByteArray value;
    QByteArray quoted = "\"";
    for (int i = 0; value.size() < 6 * 1024 * 1024; ++i) {
        const QByteArray piece = i % 1000 == 999 ? QByteArray("\"q\"\r\n") : QByteArray("abcdefgh");
        value += piece;
        quoted += QByteArray(piece).replace("\"", "\"\"");
    }
    quoted += "\"";
    const qint64 lineEnds = value.count("\r\n");
    const QByteArray input = "id,text\n1," + quoted + "\n2,end\n";
    for (const qsizetype chunk : {qsizetype(0), qsizetype(4096)}) {
        const Parsed parsed = parse(input, dialectFor(TextEncoding::Utf8), chunk);
        QCOMPARE(parsed.records.size(), 2);
        const CsvRecord &big = parsed.records.at(0);
        QCOMPARE(big.error, QString());
        QVERIFY(big.field(1) == value);
        QCOMPARE(big.line, 2);
        QCOMPARE(big.lastLine, 2 + lineEnds);
        QCOMPARE(parsed.described.at(1), QStringLiteral(R"(%1-%1 ["2","end"])").arg(3 + lineEnds));
    }
}

void TestCsvReader::recordSizeLimit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected"); // the text of a cut record is not compared
    const QByteArray line(40, 'x');
    QTest::newRow("long unquoted line is cut and skipped")
        << "a,b\n" + line + line + line + line + line + "," + line + "\n1,2\n"
        << QStringList{
               R"(2-2 [...] ! record longer than 64 bytes; the rest of line 2 is skipped; expected 2 fields, found 1)",
               R"(3-3 ["1","2"])"};
    QTest::newRow("long quoted line is cut and skipped")
        << "a,b\n1,\"" + line + line + line + line + line + "\"\n2,3\n"
        << QStringList{
               R"(2-2 [...] ! quoted field starting at line 2 not closed within 64 bytes; the rest of line 2 is skipped)",
               R"(3-3 ["2","3"])"};
    // A quote that never closes stops at the size limit and reading resumes on its next line.
    QTest::newRow("runaway quote resynchronises")
        << "a,b\n1,\"x\n" + line + "\n" + line + "\n2,3\n"
        << QStringList{
               R"(2-2 ["1","x"] ! quoted field starting at line 2 not closed within 64 bytes)",
               QStringLiteral(R"(3-3 ["%1"] ! expected 2 fields, found 1)").arg(QString(line)),
               QStringLiteral(R"(4-4 ["%1"] ! expected 2 fields, found 1)").arg(QString(line)),
               R"(5-5 ["2","3"])"};
}

void TestCsvReader::recordSizeLimit()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    for (const qsizetype chunk : {1, 16, 50}) {
        QStringList described = parse(input, dialectFor(TextEncoding::Utf8), chunk, 64).described;
        for (QString &text : described) {
            // How much of a too-long record is kept depends on the chunk size (at least the
            // limit, less than limit + chunk), so the fields of such a record are elided.
            if (text.contains(QLatin1String("is skipped")))
                text.replace(QRegularExpression(QStringLiteral(R"(\[.*\])")),
                             QStringLiteral("[...]"));
        }
        QCOMPARE(described, expected);
    }
}

// A record cut at the limit holds at most the limit plus one chunk, not up to twice the limit
// (reads grow with a long record), and keeps only the start of its raw text, which goes to
// the database with the reject.
void TestCsvReader::recordSizeLimitIsTight_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("after"); // the records after the cut one
    const qsizetype limit = 3 * 1024 * 1024 / 2;
    const QByteArray line(5 * limit / 2, 'a');
    QTest::newRow("unquoted, no newline")
        << line << limit
        << QStringLiteral("record longer than %1 bytes; the rest of line 1 is skipped").arg(limit)
        << QStringList{};
    QTest::newRow("unquoted, then a record")
        << line + "\n1\n"
        << limit
        << QStringLiteral("record longer than %1 bytes; the rest of line 1 is skipped").arg(limit)
        << QStringList{R"(2-2 ["1"])"};
    QTest::newRow("quoted, no newline")
        << "\"" + line << limit
        << QStringLiteral("quoted field starting at line 1 not closed within %1 bytes; the rest "
                          "of line 1 is skipped")
               .arg(limit)
        << QStringList{};
    QTest::newRow("limit of one chunk and a byte")
        << line << qsizetype(256 * 1024 + 1)
        << QStringLiteral("record longer than %1 bytes; the rest of line 1 is skipped")
               .arg(256 * 1024 + 1)
        << QStringList{};
}

void TestCsvReader::recordSizeLimitIsTight()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, limit);
    QFETCH(QString, error);
    QFETCH(QStringList, after);
    constexpr qsizetype chunk = 256 * 1024; // the default
    const Parsed parsed = parse(input, dialectFor(TextEncoding::Utf8, false), 0, limit);
    QVERIFY(!parsed.records.isEmpty());
    const CsvRecord &cut = parsed.records.first();
    QCOMPARE(cut.error, error);
    QVERIFY2(cut.data.size() >= limit - 1 && cut.data.size() < limit + chunk,
             qPrintable(QString::number(cut.data.size())));
    QCOMPARE(cut.raw, input.left(64 * 1024));
    QCOMPARE(parsed.described.mid(1), after);
    QCOMPARE(parsed.bytesRead, input.size());
}

// The 64 MiB default itself, on 70 MiB of one character without a line end: one record,
// rejected, and memory bounded by the limit (the input is generated as it is read).
void TestCsvReader::defaultLimitBoundsALineWithoutNewline()
{
    constexpr qint64 size = 70 * 1024 * 1024;
    constexpr qsizetype limit = 64 * 1024 * 1024;
    for (const bool withRecordAfter : {false, true}) {
        GeneratedDevice device(size, withRecordAfter ? QByteArray("\n1\n") : QByteArray());
        CsvReader reader(&device, dialectFor(TextEncoding::Utf8, false));
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.error,
                 QStringLiteral("record longer than %1 bytes; the rest of line 1 is skipped")
                     .arg(limit));
        QVERIFY(record.data.size() < limit + 256 * 1024);
        QCOMPARE(record.raw.size(), 64 * 1024);
        QCOMPARE(reader.next(record), withRecordAfter);
        if (withRecordAfter)
            QCOMPARE(describe(record), QStringLiteral(R"(2-2 ["1"])"));
        QVERIFY(!reader.next(record));
        QCOMPARE(reader.errorString(), QString());
        QCOMPARE(reader.bytesRead(), device.size());
    }
}

// A header cut at the limit would name the columns wrongly: nothing is read, and the reader
// says why.
void TestCsvReader::headerLongerThanTheLimit_data()
{
    QTest::addColumn<QByteArray>("input");
    const QByteArray name(100, 'n');
    QTest::newRow("one long name, no newline") << name + name;
    QTest::newRow("many names, then records") << name + "," + name + ",x\n1,2,3\n";
    QTest::newRow("a long quoted name") << "a,\"" + name + "\",b\n1,2,3\n";
}

void TestCsvReader::headerLongerThanTheLimit()
{
    QFETCH(QByteArray, input);
    for (const qsizetype chunk : {1, 16, 50}) {
        const Parsed parsed = parse(input, dialectFor(TextEncoding::Utf8), chunk, 64);
        QCOMPARE(parsed.rawHeader, QStringList());
        QCOMPARE(parsed.records.size(), 0);
        QCOMPARE(parsed.ioError, QString());
    }
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialectFor(TextEncoding::Utf8));
    reader.setChunkSize(16);
    reader.setMaxRecordSize(64);
    QCOMPARE(reader.header(), QStringList());
    QCOMPARE(reader.headerError(), QStringLiteral("the header (line 1) is longer than 64 bytes"));
    // Without a limit it is an ordinary header.
    QCOMPARE(parse(input, dialectFor(TextEncoding::Utf8)).rawHeader.isEmpty(), false);
}

void TestCsvReader::headerOnly_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("with newline") << QByteArray("a,b,c\n");
    QTest::newRow("without newline") << QByteArray("a,b,c");
    QTest::newRow("CRLF and blank lines") << QByteArray("a,b,c\r\n\r\n\r\n");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b,c\n");
}

void TestCsvReader::headerOnly()
{
    QFETCH(QByteArray, input);
    const Parsed parsed = parse(input, dialectFor(TextEncoding::Utf8));
    QCOMPARE(parsed.rawHeader, QStringList({"a", "b", "c"}));
    QCOMPARE(parsed.records.size(), 0);
    QCOMPARE(parsed.ioError, QString());
}

void TestCsvReader::emptyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("hasHeader");
    QTest::newRow("empty") << QByteArray() << "utf-8" << true;
    QTest::newRow("empty, no header") << QByteArray() << "utf-8" << false;
    QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF") << "utf-8-bom" << true;
    QTest::newRow("UTF-16 BOM only") << QByteArray("\xFF\xFE") << "utf-16le" << true;
    QTest::newRow("blank lines only") << QByteArray("\r\n\n") << "utf-8" << false;
}

void TestCsvReader::emptyInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(bool, hasHeader);
    const Parsed parsed = parse(input, dialectFor(*encodingFromName(encoding), hasHeader));
    QCOMPARE(parsed.rawHeader, QStringList());
    QCOMPARE(parsed.header, QStringList());
    QCOMPARE(parsed.records.size(), 0);
    QCOMPARE(parsed.ioError, QString());
}

void TestCsvReader::withoutHeader()
{
    const QByteArray input = "1,2,3\n4,5,6\n";
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialectFor(TextEncoding::Utf8, false));
    QCOMPARE(reader.rawHeader(), QStringList({"column_1", "column_2", "column_3"}));
    QCOMPARE(reader.header(), QStringList({"column_1", "column_2", "column_3"}));
    CsvRecord record;
    QVERIFY(reader.next(record)); // the record read to learn the header is not lost
    QCOMPARE(describe(record), QStringLiteral(R"(1-1 ["1","2","3"])"));
    QCOMPARE(record.number, 1);
    QVERIFY(reader.next(record));
    QCOMPARE(describe(record), QStringLiteral(R"(2-2 ["4","5","6"])"));
    QCOMPARE(record.number, 2);
    QVERIFY(!reader.next(record));
}

void TestCsvReader::uniqueHeader_data()
{
    QTest::addColumn<QStringList>("raw");
    QTest::addColumn<QStringList>("unique");
    QTest::newRow("already unique") << QStringList{"a", "b"} << QStringList{"a", "b"};
    QTest::newRow("empty names") << QStringList{"a", "", ""}
                                 << QStringList{"a", "column_2", "column_3"};
    QTest::newRow("repeated") << QStringList{"x", "x", "x"} << QStringList{"x", "x_2", "x_3"};
    QTest::newRow("case-insensitive")
        << QStringList{"Name", "NAME", "name"} << QStringList{"Name", "NAME_2", "name_3"};
    QTest::newRow("suffix already taken")
        << QStringList{"a", "a", "a_2"} << QStringList{"a", "a_3", "a_2"};
    QTest::newRow("generated name taken")
        << QStringList{"", "column_1"} << QStringList{"column_1_2", "column_1"};
    QTest::newRow("spaces are kept") << QStringList{" a", "a"} << QStringList{" a", "a"};
    QTest::newRow("none") << QStringList{} << QStringList{};
}

void TestCsvReader::uniqueHeader()
{
    QFETCH(QStringList, raw);
    QFETCH(QStringList, unique);
    QCOMPARE(stevedore::uniqueHeader(raw), unique);
    const QByteArray input = (raw.join(QLatin1Char(',')) + QStringLiteral("\n")).toUtf8();
    if (!raw.isEmpty() && !(raw.size() == 1 && raw.first().isEmpty()))
        QCOMPARE(parse(input, dialectFor(TextEncoding::Utf8)).header, unique);
}

void TestCsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("hasHeader");
    // Every construct whose recognition needs a look-ahead byte, so that every split position
    // of the input falls on each of them with chunk size 1.
    const QString text = QStringLiteral("h1,h2,h3\r\n"
                                        "\"a\"\"b\",\"\",c\r"
                                        "\"x\r\ny\",\"p\rq\",\"\"\"\"\n"
                                        "\r\n\n"
                                        "\u00E9\u20AC,\U0001F600,\"\u00FC\"\r\n"
                                        "1,\"2\"x,3\n"
                                        "4\"5,6,\n"
                                        "7,8,\"unterminated\r\n"
                                        "9,10,11\r");
    QTest::newRow("utf-8") << text.toUtf8() << "utf-8" << true;
    QTest::newRow("utf-8 BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "utf-8" << true;
    QTest::newRow("utf-16le BOM") << encodeUtf16(text, false, true) << "utf-16le" << true;
    QTest::newRow("utf-16be") << encodeUtf16(text, true, false) << "utf-16be" << false;
    QTest::newRow("utf-32le BOM") << encodeUtf32(text, false, true) << "utf-32le" << true;
    QTest::newRow("windows-1252") << toCp1252(text.left(80)) << "windows-1252" << true;
    QTest::newRow("invalid and NUL")
        << QByteArray("a,b\r\n\xE2\x82,\0\r\n\xF0\x9F\x98\x80,\"\r", 18) << "utf-8" << false;
    QTest::newRow("one column") << QByteArray("a\r\n\r\n\r\r\n\"\"\r") << "utf-8" << true;
}

void TestCsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(bool, hasHeader);
    const Dialect dialect = dialectFor(*encodingFromName(encoding), hasHeader);
    const Parsed whole = parse(input, dialect);
    QVERIFY(whole.records.size() >= 2);
    for (qsizetype chunk = 1; chunk <= input.size(); ++chunk) {
        const Parsed split = parse(input, dialect, chunk);
        QCOMPARE(split.header, whole.header);
        QCOMPARE(split.described, whole.described);
        for (qsizetype i = 0; i < whole.records.size(); ++i)
            QCOMPARE(split.records.at(i).raw, whole.records.at(i).raw);
    }
}

void TestCsvReader::progressAndNumbering()
{
    QByteArray input = "n,v\n";
    for (int i = 1; i <= 5000; ++i)
        input += QByteArray::number(i) + (i % 10 == 0 ? ",\"x\ny\"\n" : ",x\n");
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialectFor(TextEncoding::Utf8));
    reader.setChunkSize(1000);
    CsvRecord record;
    qint64 previous = 0;
    qint64 count = 0;
    while (reader.next(record)) {
        ++count;
        QCOMPARE(record.number, count);
        QCOMPARE(record.fieldString(0), QString::number(count));
        QVERIFY(reader.bytesRead() >= previous);
        QVERIFY(reader.bytesRead() <= input.size());
        previous = reader.bytesRead();
    }
    QCOMPARE(count, 5000);
    QCOMPARE(reader.bytesRead(), input.size());
    QCOMPARE(record.lastLine, 5501);
}

namespace {

// A device that fails after its first read.
class FailingDevice : public QIODevice
{
public:
    FailingDevice() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_done) {
            setErrorString(QStringLiteral("disk on fire"));
            return -1;
        }
        m_done = true;
        const QByteArray chunk = "a,b\n1,2\n3,";
        const qint64 n = std::min<qint64>(maxSize, chunk.size());
        std::memcpy(data, chunk.constData(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool m_done = false;
};

} // namespace

void TestCsvReader::ioError()
{
    FailingDevice device;
    CsvReader reader(&device, dialectFor(TextEncoding::Utf8));
    CsvRecord record;
    QCOMPARE(reader.header(), QStringList({"a", "b"}));
    QVERIFY(reader.next(record));
    QCOMPARE(describe(record), QStringLiteral(R"(2-2 ["1","2"])"));
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.errorString(), QStringLiteral("disk on fire"));
    QVERIFY(!reader.next(record));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
