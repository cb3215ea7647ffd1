// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/fixedwidthsource.h"

#include "csv/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTest>

#include <climits>
#include <cstring>

using namespace stevedore;

namespace {

const QString kCsvkit = QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csvkit");

// Gives out at most `step` bytes per read, so that characters, CRLF pairs and BOMs are cut
// between reads; after failAfter bytes (if >= 0) a read fails.
class SteppedDevice : public QIODevice
{
public:
    SteppedDevice(QByteArray data, qint64 step, qint64 failAfter = -1)
        : m_data(std::move(data))
        , m_step(step)
        , m_failAfter(failAfter)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failAfter >= 0 && m_at >= m_failAfter) {
            setErrorString(QStringLiteral("cable unplugged"));
            return -1;
        }
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_at});
        std::memcpy(data, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_failAfter;
    qint64 m_at = 0;
};

// Columns written "name@start+length|...", the form the expectations below use.
QList<FixedColumn> columns(const QString &text)
{
    QList<FixedColumn> result;
    for (const QString &part : text.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const qsizetype at = part.lastIndexOf(QLatin1Char('@'));
        const qsizetype plus = part.lastIndexOf(QLatin1Char('+'));
        result.append(
            {part.left(at), part.mid(at + 1, plus - at - 1).toInt(), part.mid(plus + 1).toInt()});
    }
    return result;
}

QString show(const QList<FixedColumn> &list)
{
    QStringList parts;
    for (const FixedColumn &column : list)
        parts.append(
            QStringLiteral("%1@%2+%3").arg(column.name).arg(column.start).arg(column.length));
    return parts.join(QLatin1Char('|'));
}

// "N L [f1|f2] ~ raw" for a record, "N L ! error ~ raw" for a rejected one.
QString describe(const CsvRecord &record)
{
    QString text = QStringLiteral("%1 %2 ").arg(record.number).arg(record.line);
    if (record.lastLine != record.line)
        text += QStringLiteral("(last line %1) ").arg(record.lastLine);
    if (record.error.isEmpty())
        text += QLatin1Char('[') + record.fields().join(QLatin1Char('|')) + QLatin1Char(']');
    else
        text += QStringLiteral("! ") + record.error;
    return text + QStringLiteral(" ~ ") + QString::fromUtf8(record.raw);
}

struct Read
{
    QStringList rawHeader;
    QStringList records;
    QString headerError;
    QString errorString;
    qint64 bytesRead = 0;
    bool fieldCountsMatch = true;
};

Read readAll(QIODevice *device, const QList<FixedColumn> &list, TextEncoding encoding)
{
    const auto source = openFixedWidthSource(device, list, encoding);
    Read result;
    result.rawHeader = source->rawHeader();
    result.headerError = source->headerError();
    CsvRecord record; // reused across records, as the importer does
    while (source->next(record)) {
        result.records.append(describe(record));
        if (record.fieldCount() != list.size())
            result.fieldCountsMatch = false;
    }
    result.errorString = source->errorString();
    result.bytesRead = source->bytesRead();
    return result;
}

Read readBytes(const QByteArray &input, const QList<FixedColumn> &list, TextEncoding encoding)
{
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, list, encoding);
}

QByteArray utf16leWithBom(const QString &text)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: the shared test data is required", qPrintable(path));
    return file.readAll();
}

const QString kAbc = QStringLiteral("a@0+3|b@3+4|c@7+2");

} // namespace

class TestFixedWidthSource : public QObject
{
    Q_OBJECT

private slots:
    void csvkitTestfixed();
    void reading_data();
    void reading();
    void emptyInput_data();
    void emptyInput();
    void header();
    void badColumns_data();
    void badColumns();
    void ioError();
    void manyLines();
    void spec_data();
    void spec();
    void specErrorOptional();
    void specToCsv();
    void roundTrip_data();
    void roundTrip();
    void boundaries_data();
    void boundaries();
};

// csvkit's own fixed-width example against in2csv's conversion of it, cell for cell.
void TestFixedWidthSource::csvkitTestfixed()
{
    QString error;
    const QList<FixedColumn> spec
        = parseFixedSpec(readFile(kCsvkit + QStringLiteral("/testfixed_schema.csv")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(spec.size(), 8);

    QByteArray fixed = readFile(kCsvkit + QStringLiteral("/testfixed"));
    QBuffer fixedBuffer(&fixed);
    QVERIFY(fixedBuffer.open(QIODevice::ReadOnly));
    const auto source = openFixedWidthSource(&fixedBuffer, spec, TextEncoding::Utf8);

    QByteArray converted = readFile(kCsvkit + QStringLiteral("/testfixed_converted.csv"));
    QBuffer convertedBuffer(&converted);
    QVERIFY(convertedBuffer.open(QIODevice::ReadOnly));
    CsvReader expected(&convertedBuffer, Dialect{});

    QCOMPARE(source->rawHeader(), expected.rawHeader());
    CsvRecord ours;
    CsvRecord theirs;
    int rows = 0;
    while (expected.next(theirs)) {
        QVERIFY2(source->next(ours), qPrintable(QStringLiteral("row %1 missing").arg(rows + 1)));
        ++rows;
        QVERIFY2(ours.error.isEmpty(), qPrintable(ours.error));
        QCOMPARE(ours.number, qint64(rows));
        QCOMPARE(ours.line, qint64(rows));
        QCOMPARE(ours.fields(), theirs.fields());
    }
    QCOMPARE(rows, 4);
    QVERIFY(!source->next(ours));
    QVERIFY(source->errorString().isEmpty());
    QCOMPARE(source->bytesRead(), qint64(fixed.size()));
}

void TestFixedWidthSource::reading_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("expected");

    const auto utf8 = TextEncoding::Utf8;
    const QString accents = QStringLiteral("éàü€12ßxy");
    const QStringList accentsRead
        = {QStringLiteral("1 1 [éàü|€12|ßxy] ~ éàü€12ßxy"), QStringLiteral("2 2 [ab||] ~ ab")};

    QTest::newRow("columns") << QByteArray("abc1234xy\ndef5678zz\n") << utf8 << kAbc
                             << QStringList{"1 1 [abc|1234|xy] ~ abc1234xy",
                                            "2 2 [def|5678|zz] ~ def5678zz"};
    QTest::newRow("padding trimmed")
        << QByteArray("  a  12  x \n") << utf8 << QStringLiteral("a@0+5|b@5+4|c@9+3")
        << QStringList{"1 1 [a|12|x] ~   a  12  x "};
    QTest::newRow("tabs trimmed, no-break space kept")
        << QByteArray("\tab\t\xC2\xA0x \n") << utf8 << QStringLiteral("a@0+4|b@4+3")
        << QStringList{QStringLiteral("1 1 [ab|\u00A0x] ~ \tab\t\u00A0x ")};
    QTest::newRow("inner spaces kept")
        << QByteArray("a b  c d\n") << utf8 << QStringLiteral("a@0+4|b@4+4")
        << QStringList{"1 1 [a b|c d] ~ a b  c d"};
    QTest::newRow("short lines") << QByteArray("abc12\nab\nabc1234x\n") << utf8 << kAbc
                                 << QStringList{"1 1 [abc|12|] ~ abc12",
                                                "2 2 [ab||] ~ ab",
                                                "3 3 [abc|1234|x] ~ abc1234x"};
    QTest::newRow("long line") << QByteArray("abc1234xyEXTRA TEXT\n") << utf8 << kAbc
                               << QStringList{"1 1 [abc|1234|xy] ~ abc1234xyEXTRA TEXT"};
    QTest::newRow("gap between columns ignored")
        << QByteArray("abc|1234|xy\n") << utf8 << QStringLiteral("a@0+3|b@4+4|c@9+2")
        << QStringList{"1 1 [abc|1234|xy] ~ abc|1234|xy"};
    QTest::newRow("CRLF") << QByteArray("abc1234xy\r\ndef5678zz\r\n") << utf8 << kAbc
                          << QStringList{"1 1 [abc|1234|xy] ~ abc1234xy",
                                         "2 2 [def|5678|zz] ~ def5678zz"};
    QTest::newRow("lone CR and mixed")
        << QByteArray("abc1234xy\rdef5678zz\r\nghi9\n") << utf8 << kAbc
        << QStringList{"1 1 [abc|1234|xy] ~ abc1234xy",
                       "2 2 [def|5678|zz] ~ def5678zz",
                       "3 3 [ghi|9|] ~ ghi9"};
    QTest::newRow("blank lines skipped, lines physical")
        << QByteArray("\n\nabc1234xy\n\n\r\n\rdef5678zz\n\n") << utf8 << kAbc
        << QStringList{"1 3 [abc|1234|xy] ~ abc1234xy", "2 7 [def|5678|zz] ~ def5678zz"};
    QTest::newRow("spaces-only line is a record")
        << QByteArray("abc1234xy\n   \n") << utf8 << kAbc
        << QStringList{"1 1 [abc|1234|xy] ~ abc1234xy", "2 2 [||] ~    "};
    QTest::newRow("no final line end")
        << QByteArray("abc1234xy\ndef") << utf8 << kAbc
        << QStringList{"1 1 [abc|1234|xy] ~ abc1234xy", "2 2 [def||] ~ def"};
    QTest::newRow("UTF-8 multi-byte") << (accents + QStringLiteral("\nab\n")).toUtf8() << utf8
                                      << QStringLiteral("a@0+3|b@3+3|c@6+3") << accentsRead;
    QTest::newRow("Windows-1252 cut at the same characters")
        << QByteArray("\xE9\xE0\xFC\x80"
                      "12\xDFxy\nab\n")
        << TextEncoding::Windows1252 << QStringLiteral("a@0+3|b@3+3|c@6+3") << accentsRead;
    QTest::newRow("UTF-16LE with BOM")
        << utf16leWithBom(accents + QStringLiteral("\r\nab\r\n")) << TextEncoding::Utf16LE
        << QStringLiteral("a@0+3|b@3+3|c@6+3") << accentsRead;
    QTest::newRow("a character outside the BMP is one character")
        << QStringLiteral("\U0001F600ab\U0001F680c\n").toUtf8() << utf8
        << QStringLiteral("a@0+1|b@1+2|c@3+2")
        << QStringList{QStringLiteral("1 1 [\U0001F600|ab|\U0001F680c] ~ \U0001F600ab\U0001F680c")};
    QTest::newRow("UTF-8 BOM is not a character")
        << QByteArray("\xEF\xBB\xBF"
                      "abc1234xy\n")
        << utf8 << kAbc << QStringList{"1 1 [abc|1234|xy] ~ abc1234xy"};
    QTest::newRow("invalid UTF-8 rejected at its line")
        << QByteArray("abc1234xy\nab\xFF"
                      "c567zz\ndef5678zz\n")
        << utf8 << kAbc
        << QStringList{"1 1 [abc|1234|xy] ~ abc1234xy",
                       "2 2 ! bytes invalid in UTF-8 at line 2, column 3 ~ ab\\xFFc567zz",
                       "3 3 [def|5678|zz] ~ def5678zz"};
    QTest::newRow("NUL on the first line")
        << QByteArrayLiteral("ab\0c\nabc1234xy\n") << utf8 << kAbc
        << QStringList{"1 1 ! NUL byte at line 1, column 3 ~ ab\\x00c",
                       "2 2 [abc|1234|xy] ~ abc1234xy"};
    QTest::newRow("NULs on a later line")
        << QByteArrayLiteral("abc1234xy\na\0\0b\ndef5678zz\n") << utf8 << kAbc
        << QStringList{"1 1 [abc|1234|xy] ~ abc1234xy",
                       "2 2 ! NUL byte at line 2, column 2 ~ a\\x00\\x00b",
                       "3 3 [def|5678|zz] ~ def5678zz"};
    QTest::newRow("columns in any order, overlapping when given directly")
        << QByteArray("abc1234xy\n") << utf8 << QStringLiteral("c@7+2|a@0+3|whole@0+9")
        << QStringList{"1 1 [xy|abc|abc1234xy] ~ abc1234xy"};
}

// Every case read whole and through reads of 1 to 7 bytes: the same records each time.
void TestFixedWidthSource::reading()
{
    QFETCH(QByteArray, input);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, spec);
    QFETCH(QStringList, expected);

    const QList<FixedColumn> list = columns(spec);
    const Read whole = readBytes(input, list, encoding);
    QCOMPARE(whole.records, expected);
    QVERIFY(whole.fieldCountsMatch);
    QVERIFY(whole.headerError.isEmpty());
    QVERIFY(whole.errorString.isEmpty());
    QCOMPARE(whole.bytesRead, qint64(input.size()));
    QCOMPARE(whole.rawHeader.size(), list.size());

    for (qint64 step = 1; step <= 7; ++step) {
        SteppedDevice device(input, step);
        const Read stepped = readAll(&device, list, encoding);
        QVERIFY2(stepped.records == expected,
                 qPrintable(QStringLiteral("%1 bytes per read:\n%2")
                                .arg(step)
                                .arg(stepped.records.join(QLatin1Char('\n')))));
        QCOMPARE(stepped.bytesRead, qint64(input.size()));
        QVERIFY(stepped.fieldCountsMatch);
    }
}

void TestFixedWidthSource::emptyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank lines only") << QByteArray("\n\r\n\r\n");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
}

// No record at all: no header either (the import refuses it as empty), and no error.
void TestFixedWidthSource::emptyInput()
{
    QFETCH(QByteArray, input);
    const Read read = readBytes(input, columns(kAbc), TextEncoding::Utf8);
    QVERIFY(read.rawHeader.isEmpty());
    QVERIFY(read.records.isEmpty());
    QVERIFY(read.headerError.isEmpty());
    QVERIFY(read.errorString.isEmpty());
    QCOMPARE(read.bytesRead, qint64(input.size()));
}

void TestFixedWidthSource::header()
{
    QByteArray input("abc1234xy\ndef5678zz\n");
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto source = openFixedWidthSource(
        &buffer, columns(QStringLiteral("id@0+3|Id@3+4|@7+2")), TextEncoding::Utf8);
    QCOMPARE(source->rawHeader(), QStringList({"id", "Id", ""}));
    QCOMPARE(source->header(), QStringList({"id", "Id_2", "column_3"}));
    CsvRecord record;
    QVERIFY(source->next(record));
    QCOMPARE(record.number, qint64(1));
    QCOMPARE(source->rawHeader(), QStringList({"id", "Id", ""})); // the same after reading
    QVERIFY(source->next(record));
    QCOMPARE(record.number, qint64(2));
    QVERIFY(!source->next(record));
    QCOMPARE(source->rawHeader().size(), 3);
}

void TestFixedWidthSource::badColumns_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("why");
    QTest::newRow("none") << QString() << "no columns are defined for the fixed-width text";
    QTest::newRow("negative start")
        << "a@0+3|b@-1+2"
        << R"(column "b" (start -1, length 2) is not a range of characters)";
    QTest::newRow("zero length")
        << "a@0+0"
        << R"(column "a" (start 0, length 0) is not a range of characters)";
    QTest::newRow("past the largest int")
        << QStringLiteral("a@%1+1").arg(INT_MAX)
        << QStringLiteral(R"(column "a" (start %1, length 1) is not a range of characters)")
               .arg(INT_MAX);
}

// Columns given directly, not through a spec, that cannot cut a line: refused as a header error.
void TestFixedWidthSource::badColumns()
{
    QFETCH(QString, spec);
    QFETCH(QString, why);
    const Read read = readBytes("abc1234xy\n", columns(spec), TextEncoding::Utf8);
    QCOMPARE(read.headerError, why);
    QVERIFY(read.rawHeader.isEmpty());
    QVERIFY(read.records.isEmpty());
}

void TestFixedWidthSource::ioError()
{
    SteppedDevice device("abc1234xy\ndef5678zz\n", 4, 12);
    const Read read = readAll(&device, columns(kAbc), TextEncoding::Utf8);
    QCOMPARE(read.records, QStringList{"1 1 [abc|1234|xy] ~ abc1234xy"});
    QCOMPARE(read.errorString, QStringLiteral("cable unplugged"));
}

// 200,000 lines, every one a record numbered in order: nothing dropped, nothing repeated.
void TestFixedWidthSource::manyLines()
{
    QByteArray input;
    constexpr int count = 200000;
    for (int i = 1; i <= count; ++i)
        input += QByteArray::number(i).rightJustified(7, ' ')
                 + (i % 2 ? " \xC3\xA9t\xC3\xA9\r\n" : " hiver\n");
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto source = openFixedWidthSource(
        &buffer, columns(QStringLiteral("n@0+7|season@7+6")), TextEncoding::Utf8);
    CsvRecord record;
    qint64 expected = 0;
    while (source->next(record)) {
        ++expected;
        if (record.number != expected || record.line != expected
            || record.field(0) != QByteArray::number(expected)
            || record.field(1) != (expected % 2 ? QByteArray("\xC3\xA9t\xC3\xA9") : "hiver")) {
            QFAIL(qPrintable(QStringLiteral("record %1: %2").arg(expected).arg(describe(record))));
        }
    }
    QCOMPARE(expected, qint64(count));
    QVERIFY(source->errorString().isEmpty());
    QCOMPARE(source->bytesRead(), qint64(input.size()));
}

void TestFixedWidthSource::spec_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected"); // columns, or the error when it starts "spec line"

    const QByteArray h = "column,start,length\n";
    QTest::newRow("0-based (csvkit's example)") << h + "text,0,18\ndate,18,10\ninteger,29,4\n"
                                                << "text@0+18|date@18+10|integer@29+4";
    QTest::newRow("1-based: the first starts at 1") << h + "a,1,3\nb,4,2\n"
                                                    << "a@0+3|b@3+2";
    QTest::newRow("first row decides, not the smallest start") << h + "b,10,3\na,1,2\n"
                                                               << "b@10+3|a@1+2";
    QTest::newRow("1-based first row, later columns before it") << h + "b,1,2\na,10,3\n"
                                                                << "b@0+2|a@9+3";
    QTest::newRow("0-based, another column at 1") << h + "a,0,1\nb,1,2\n"
                                                  << "a@0+1|b@1+2";
    QTest::newRow("header in any order and case, extra columns")
        << QByteArray("Length,notes,COLUMN, Start \n3,x,a,0\n2,y,b,3\n") << "a@0+3|b@3+2";
    QTest::newRow("spaces around numbers") << h + "a, 0 ,+3 \n"
                                           << "a@0+3";
    QTest::newRow("names as written") << h + "\" a,\"\"b\"\" \",0,3\nc\xC3\xA9,3,1\n"
                                      << QStringLiteral(" a,\"b\" @0+3|cé@3+1");
    QTest::newRow("BOM, CRLF and blank lines")
        << QByteArray("\xEF\xBB\xBF"
                      "column,start,length\r\n\r\na,0,3\r\n\r\nb,3,2\r\n")
        << "a@0+3|b@3+2";
    QTest::newRow("base column 0")
        << QByteArray("column,start,length,base\na,1,3,0\nb,4,2,0\n") << "a@1+3|b@4+2";
    QTest::newRow("base column per row")
        << QByteArray("column,start,length,base\na,1,3,1\nb,4,2,0\n") << "a@0+3|b@4+2";
    QTest::newRow("adjacent columns") << h + "a,0,3\nb,3,3\nc,6,1\n"
                                      << "a@0+3|b@3+3|c@6+1";

    QTest::newRow("empty") << QByteArray()
                           << "spec line 1: empty (expected the header column,start,length)";
    QTest::newRow("blank") << QByteArray("\n\n")
                           << "spec line 1: empty (expected the header column,start,length)";
    QTest::newRow("no column column")
        << QByteArray("name,start,length\na,0,3\n")
        << R"(spec line 1: no "column" column (the header needs column, start and length))";
    QTest::newRow("no length column")
        << QByteArray("column,start,len\na,0,3\n")
        << R"(spec line 1: no "length" column (the header needs column, start and length))";
    QTest::newRow("header repeats a column") << QByteArray("column,start,length,START\na,0,3,0\n")
                                             << R"(spec line 1: two columns are named "start")";
    QTest::newRow("header only") << h << "spec line 2: no columns below the header";
    QTest::newRow("start not a number") << h + "a,0,3\nb,x,2\n"
                                        << R"(spec line 3: start "x" is not a whole number)";
    QTest::newRow("start empty") << h + "a,,3\n"
                                 << R"(spec line 2: start "" is not a whole number)";
    QTest::newRow("length not whole") << h + "a,0,2.5\n"
                                      << R"(spec line 2: length "2.5" is not a whole number)";
    QTest::newRow("negative start") << h + "a,-1,3\n"
                                    << "spec line 2: start -1 is negative";
    QTest::newRow("negative length") << h + "a,0,-2\n"
                                     << "spec line 2: length -2 is negative";
    QTest::newRow("zero length") << h + "a,0,3\n\nb,3,0\n"
                                 << "spec line 4: length 0 (a column needs at least one character)";
    QTest::newRow("start too large") << h + "a,3000000000,1\n"
                                     << "spec line 2: start 3000000000 is too large";
    QTest::newRow("end past the largest int")
        << h + "a,2147483647,1\n"
        << "spec line 2: the column ends past character 2147483647";
    QTest::newRow("start 0 in a 1-based spec")
        << h + "a,1,3\nb,0,1\n"
        << "spec line 3: start 0 in a 1-based spec (the first column starts at 1)";
    QTest::newRow("overlaps the column before")
        << h + "a,0,5\nb,4,2\n"
        << R"(spec line 3: column "b" (start 4, length 2) overlaps column "a" (start 0, length 5) on spec line 2)";
    QTest::newRow("overlaps the column after")
        << h + "a,5,5\nc,20,1\nb,3,3\n"
        << R"(spec line 4: column "b" (start 3, length 3) overlaps column "a" (start 5, length 5) on spec line 2)";
    QTest::newRow("inside another column")
        << h + "a,0,10\nb,2,3\n"
        << R"(spec line 3: column "b" (start 2, length 3) overlaps column "a" (start 0, length 10) on spec line 2)";
    QTest::newRow("overlap told as written in a 1-based spec")
        << h + "a,1,5\nb,5,2\n"
        << R"(spec line 3: column "b" (start 5, length 2) overlaps column "a" (start 1, length 5) on spec line 2)";
    QTest::newRow("repeated name, other case")
        << h + "a,0,3\nA,3,2\n"
        << R"(spec line 3: column name "A" is already used on spec line 2)";
    QTest::newRow("empty name") << h + ",0,3\n"
                                << "spec line 2: empty column name";
    QTest::newRow("blank name") << h + "  ,0,3\n"
                                << "spec line 2: empty column name";
    QTest::newRow("missing field") << h + "a,0,3\nb,3\n"
                                   << "spec line 3: expected 3 fields, found 2";
    QTest::newRow("bad base") << QByteArray("column,start,length,base\na,0,3,2\n")
                              << R"(spec line 2: base "2" is neither 0 nor 1)";
    QTest::newRow("empty base") << QByteArray("column,start,length,base\na,0,3,\n")
                                << R"(spec line 2: base "" is neither 0 nor 1)";
}

void TestFixedWidthSource::spec()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QString error = QStringLiteral("left from before");
    const QList<FixedColumn> parsed = parseFixedSpec(csv, &error);
    if (expected.startsWith(QLatin1String("spec line"))) {
        QCOMPARE(error, expected);
        QVERIFY(parsed.isEmpty());
    } else {
        QCOMPARE(error, QString());
        QCOMPARE(show(parsed), expected);
    }
}

void TestFixedWidthSource::specErrorOptional()
{
    QVERIFY(parseFixedSpec("column,start,length\na,0,0\n", nullptr).isEmpty());
    QCOMPARE(show(parseFixedSpec("column,start,length\na,0,3\n", nullptr)),
             QStringLiteral("a@0+3"));
}

// The text written: csvkit's form, 0-based; a base column only where csvkit's rule would misread.
void TestFixedWidthSource::specToCsv()
{
    QCOMPARE(fixedSpecToCsv(columns(QStringLiteral("a@0+3|b@3+2"))),
             QByteArray("column,start,length\na,0,3\nb,3,2\n"));
    QCOMPARE(fixedSpecToCsv(columns(QStringLiteral("a@5+3|b@1+2"))),
             QByteArray("column,start,length\na,5,3\nb,1,2\n"));
    QCOMPARE(fixedSpecToCsv(columns(QStringLiteral("a@1+3|b@4+2"))),
             QByteArray("column,start,length,base\na,1,3,0\nb,4,2,0\n"));
    QCOMPARE(fixedSpecToCsv({{QStringLiteral("x, \"y\""), 0, 2}}),
             QByteArray("column,start,length\n\"x, \"\"y\"\"\",0,2\n"));
}

void TestFixedWidthSource::roundTrip_data()
{
    QTest::addColumn<QList<FixedColumn>>("list");
    QTest::newRow("csvkit's example") << columns(
        QStringLiteral("text@0+18|date@18+10|integer@29+4|boolean@33+5|float@38+11|time@50+8"));
    QTest::newRow("first column at 1") << columns(QStringLiteral("a@1+3|b@4+2"));
    QTest::newRow("only column at 1") << columns(QStringLiteral("a@1+1"));
    QTest::newRow("not sorted by start") << columns(QStringLiteral("b@10+2|a@0+3|c@3+1"));
    QTest::newRow("gaps") << columns(QStringLiteral("a@2+2|b@7+1"));
    QTest::newRow("large") << columns(QStringLiteral("a@0+2000000000|b@2000000000+147483647"));
    QTest::newRow("names that need quoting")
        << QList<FixedColumn>{{QStringLiteral("x, \"y\""), 0, 2},
                              {QStringLiteral("line\nbreak"), 2, 2},
                              {QStringLiteral("cr\rhere"), 4, 1},
                              {QStringLiteral(" padded "), 5, 1},
                              {QStringLiteral("\u00E9t\u00E9 \U0001F600"), 6, 3}};
}

void TestFixedWidthSource::roundTrip()
{
    QFETCH(QList<FixedColumn>, list);
    const QByteArray csv = fixedSpecToCsv(list);
    QString error;
    const QList<FixedColumn> back = parseFixedSpec(csv, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(csv)));
    QCOMPARE(back, list);
}

void TestFixedWidthSource::boundaries_data()
{
    QTest::addColumn<QList<int>>("cuts");
    QTest::addColumn<int>("lineLength");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default names")
        << QList<int>{3, 7} << 10 << QStringList() << "column_1@0+3|column_2@3+4|column_3@7+3";
    QTest::newRow("names given") << QList<int>{3, 7} << 10 << QStringList{"id", "amount", "code"}
                                 << "id@0+3|amount@3+4|code@7+3";
    QTest::newRow("fewer names") << QList<int>{3} << 10 << QStringList{"id"}
                                 << "id@0+3|column_2@3+7";
    QTest::newRow("more names than columns")
        << QList<int>{3} << 5 << QStringList{"a", "b", "c"} << "a@0+3|b@3+2";
    QTest::newRow("empty and blank names")
        << QList<int>{2, 4} << 6 << QStringList{"", "  ", "c"} << "column_1@0+2|column_2@2+2|c@4+2";
    QTest::newRow("repeated names made unique")
        << QList<int>{2, 4} << 6 << QStringList{"x", "X", "x"} << "x@0+2|X_2@2+2|x_3@4+2";
    QTest::newRow("default name taken by a given one")
        << QList<int>{2} << 4 << QStringList{"", "column_1"} << "column_1_2@0+2|column_1@2+2";
    QTest::newRow("unsorted, repeated")
        << QList<int>{7, 3, 7} << 10 << QStringList() << "column_1@0+3|column_2@3+4|column_3@7+3";
    QTest::newRow("out of range dropped")
        << QList<int>{0, -2, 3, 10, 12} << 10 << QStringList() << "column_1@0+3|column_2@3+7";
    QTest::newRow("no boundaries") << QList<int>() << 8 << QStringList() << "column_1@0+8";
    QTest::newRow("empty line") << QList<int>{3} << 0 << QStringList() << "";
    QTest::newRow("negative length") << QList<int>{3} << -4 << QStringList() << "";
}

// The import dialog's columns: as documented, and always a spec that saves and reads back.
void TestFixedWidthSource::boundaries()
{
    QFETCH(QList<int>, cuts);
    QFETCH(int, lineLength);
    QFETCH(QStringList, names);
    QFETCH(QString, expected);
    const QList<FixedColumn> list = columnsFromBoundaries(cuts, lineLength, names);
    QCOMPARE(show(list), expected);
    if (!list.isEmpty()) {
        QString error;
        QCOMPARE(parseFixedSpec(fixedSpecToCsv(list), &error), list);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestFixedWidthSource)
#include "tst_fixedwidthsource.moc"
