// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/jsonsource.h"

#include "csv/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cstring>
#include <functional>

using namespace stevedore;

namespace {

const QString kCsvkit = QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csvkit");

// Hands out its bytes 1 to 7 at a time, so that every token, escape and line end of the input
// is cut by a read somewhere.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_at + QIODevice::bytesAvailable();
    }
    int reads() const { return m_reads; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, qint64(1 + m_reads % 7), m_data.size() - m_at});
        std::memcpy(data, m_data.constData() + m_at, size_t(n));
        m_at += n;
        ++m_reads;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_at = 0;
    int m_reads = 0;
};

// JSON Lines made as they are read: a large file that is never in memory whole.
class GeneratedLines : public QIODevice
{
public:
    GeneratedLines(int count, std::function<QByteArray(int)> line)
        : m_count(count)
        , m_line(std::move(line))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        while (m_pending.size() < maxSize && m_next < m_count)
            m_pending += m_line(++m_next);
        const qint64 n = std::min<qint64>(maxSize, m_pending.size());
        std::memcpy(data, m_pending.constData(), size_t(n));
        m_pending.remove(0, n);
        m_produced += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    int m_count;
    std::function<QByteArray(int)> m_line;
    int m_next = 0;
    QByteArray m_pending;
    qint64 m_produced = 0;
};

// "N L-M [f1|f2]" for a record, "N L-M ! error ~ raw" for a rejected one.
QString describe(const CsvRecord &record)
{
    const QString where
        = QStringLiteral("%1 %2-%3 ").arg(record.number).arg(record.line).arg(record.lastLine);
    if (!record.error.isEmpty())
        return where + QStringLiteral("! ") + record.error + QStringLiteral(" ~ ")
               + QString::fromUtf8(record.raw);
    return where + QLatin1Char('[') + record.fields().join(QLatin1Char('|')) + QLatin1Char(']');
}

struct Parsed
{
    QStringList header;
    QStringList records;
    QString error;
    QString headerError;
    qint64 bytesRead = 0;
    bool fieldCountsMatch = true;
};

Parsed read(QIODevice *device, bool lines)
{
    Parsed result;
    const auto source = openJsonSource(device, lines);
    result.header = source->rawHeader();
    result.headerError = source->headerError();
    CsvRecord record; // reused, as the importer does
    while (source->next(record)) {
        result.records.append(describe(record));
        if (record.error.isEmpty() && record.fieldCount() != result.header.size())
            result.fieldCountsMatch = false;
    }
    result.error = source->errorString();
    result.bytesRead = source->bytesRead();
    return result;
}

Parsed readBytes(const QByteArray &input, bool lines)
{
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, lines);
}

// Reads input whole and through a TrickleDevice; the two readings must agree in everything.
Parsed readBothWays(const QByteArray &input, bool lines)
{
    const Parsed whole = readBytes(input, lines);
    TrickleDevice trickle(input);
    const Parsed trickled = read(&trickle, lines);
    if (!input.isEmpty() && trickle.reads() < input.size() / 7)
        qWarning("the trickle device was read in large pieces");
    [&] {
        QCOMPARE(trickled.header, whole.header);
        QCOMPARE(trickled.records, whole.records);
        QCOMPARE(trickled.error, whole.error);
        QCOMPARE(trickled.headerError, whole.headerError);
        // Reading stops at an error, after as many bytes as the reads happened to bring.
        if (whole.error.isEmpty())
            QCOMPARE(trickled.bytesRead, whole.bytesRead);
    }();
    return whole;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// --- csvkit comparison -------------------------------------------------------------------------
// in2csv flattens nested objects into "a/b" columns and infers types; we keep nested values as
// compact JSON and every value as written. The comparison undoes exactly this much:
// - a column holding an object is spread into "column/key" columns, recursively (arrays would
//   stay whole; the files have none);
// - JSON true/false is written True/False by csvkit;
// - a time "0H:MM:SS" is written "H:MM:SS" by csvkit (its hour has no leading zero).
// Everything else must be equal as text: numbers (1.0, 41800000.01), dates, strings, empties.

QString asCsvkit(const QString &value)
{
    if (value == QLatin1String("true"))
        return QStringLiteral("True");
    if (value == QLatin1String("false"))
        return QStringLiteral("False");
    static const QRegularExpression time(QStringLiteral("^0(\\d:\\d\\d:\\d\\d)$"));
    if (const auto match = time.match(value); match.hasMatch())
        return match.captured(1);
    return value;
}

// A reader of the compact JSON the source writes for a nested value (well-formed, so no
// error handling): a string's escapes are undone, a number or word is kept as written.
class CompactJson
{
public:
    explicit CompactJson(const QString &text)
        : m_text(text)
    {}

    // Appends name/key → value for each leaf of the object at the start of the text.
    void flatten(const QString &name, QList<QPair<QString, QString>> &out)
    {
        if (peek() != QLatin1Char('{')) {
            out.append({name, leaf()});
            return;
        }
        ++m_at; // '{'
        while (peek() != QLatin1Char('}')) {
            if (peek() == QLatin1Char(','))
                ++m_at;
            const QString key = string();
            ++m_at; // ':'
            flatten(name + QLatin1Char('/') + key, out);
        }
        ++m_at; // '}'
    }

private:
    QChar peek() const { return m_at < m_text.size() ? m_text.at(m_at) : QChar(); }

    QString leaf()
    {
        if (peek() == QLatin1Char('"'))
            return string();
        const qsizetype start = m_at;
        while (m_at < m_text.size() && m_text.at(m_at) != QLatin1Char(',')
               && m_text.at(m_at) != QLatin1Char('}'))
            ++m_at;
        return m_text.mid(start, m_at - start);
    }

    QString string()
    {
        QString value;
        ++m_at; // opening quote
        while (m_text.at(m_at) != QLatin1Char('"')) {
            if (m_text.at(m_at) == QLatin1Char('\\')) {
                ++m_at;
                const QChar c = m_text.at(m_at);
                value += c == QLatin1Char('n')   ? QChar(u'\n')
                         : c == QLatin1Char('t') ? QChar(u'\t')
                         : c == QLatin1Char('r') ? QChar(u'\r')
                                                 : c;
            } else {
                value += m_text.at(m_at);
            }
            ++m_at;
        }
        ++m_at;
        return value;
    }

    QString m_text;
    qsizetype m_at = 0;
};

} // namespace

class tst_JsonSource : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void csvkit_data();
    void csvkit();
    void jsonLines_data();
    void jsonLines();
    void array_data();
    void array();
    void strings_data();
    void strings();
    void longTokens();
    void rawText();
    void longRejectedLine();
    void headerWindow_data();
    void headerWindow();
    void headerUnique();
    void location();
    void bytesRead();
    void largeFileInBoundedMemory();
    void recordTooLong();
    void arrayElementTooLong();
};

void tst_JsonSource::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("expected"); // 1 JSON Lines, 0 array, -1 not JSON

    QTest::newRow("json lines") << QByteArray("{\"a\":1}\n{\"a\":2}\n") << 1;
    QTest::newRow("array") << QByteArray("[{\"a\":1}]") << 0;
    QTest::newRow("bom, blanks, array") << QByteArray("\xEF\xBB\xBF \r\n\t[ {\"a\":1} ]") << 0;
    QTest::newRow("bom, object") << QByteArray("\xEF\xBB\xBF{\"a\":1}") << 1;
    QTest::newRow("pretty object") << QByteArray("{\n  \"a\": 1,\n  \"b\": [1, 2]\n}\n") << 1;
    QTest::newRow("head cut in a string") << QByteArray("{\"a\": \"a long str") << 1;
    QTest::newRow("head cut in a number") << QByteArray("[{\"a\": 12") << 0;
    QTest::newRow("head cut after a comma") << QByteArray("[\n  {\"a\": 1},\n") << 0;
    QTest::newRow("csv") << QByteArray("a,b\n1,2\n") << -1;
    QTest::newRow("csv, bracket word") << QByteArray("[a],b\n1,2\n") << -1;
    QTest::newRow("csv, brace word") << QByteArray("{x},y\n1,2\n") << -1;
    QTest::newRow("csv, array cell") << QByteArray("[1,2],3\n4,5\n") << -1;
    QTest::newRow("csv, object cell") << QByteArray("{\"a\":1},b\n") << -1;
    QTest::newRow("object then text") << QByteArray("{\"a\":1} x\n") << -1;
    QTest::newRow("json lines, bad second line") << QByteArray("{\"a\":1}\n{oops\n") << 1;
    QTest::newRow("string") << QByteArray("\"text\"\n") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("blank") << QByteArray(" \n\t") << -1;
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << -1;
}

void tst_JsonSource::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(int, expected);
    const std::optional<bool> lines = detectJsonLines(head);
    QCOMPARE(lines.has_value() ? int(*lines) : -1, expected);
}

void tst_JsonSource::csvkit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("lines");
    QTest::addColumn<int>("rows");

    QTest::newRow("testjson") << QStringLiteral("testjson") << false << 5;
    QTest::newRow("testjson_nested") << QStringLiteral("testjson_nested") << false << 2;
    // csvkit's "multiline" is JSON Lines: one object per line, with different keys.
    QTest::newRow("testjson_multiline") << QStringLiteral("testjson_multiline") << true << 2;
}

void tst_JsonSource::csvkit()
{
    QFETCH(QString, name);
    QFETCH(bool, lines);
    QFETCH(int, rows);

    const QByteArray json = readFile(kCsvkit + QLatin1Char('/') + name + QStringLiteral(".json"));
    QVERIFY2(!json.isEmpty(), qPrintable(kCsvkit + QStringLiteral(" is missing ") + name));
    QCOMPARE(detectJsonLines(json.left(64 * 1024)), std::optional<bool>(lines));

    QFile converted(kCsvkit + QLatin1Char('/') + name + QStringLiteral("_converted.csv"));
    QVERIFY(converted.open(QIODevice::ReadOnly));
    CsvReader csv(&converted, Dialect());
    const QStringList expectedHeader = csv.rawHeader();
    QList<QStringList> expected;
    CsvRecord row;
    while (csv.next(row))
        expected.append(row.fields());
    QCOMPARE(expected.size(), rows);

    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    const auto source = openJsonSource(&buffer, lines);
    const QStringList header = source->rawHeader();
    QVERIFY(source->headerError().isEmpty());
    CsvRecord record;
    int count = 0;
    int cells = 0;
    while (source->next(record)) {
        QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
        QVERIFY(count < expected.size());
        QCOMPARE(record.fieldCount(), header.size());
        QList<QPair<QString, QString>> flat;
        for (int i = 0; i < header.size(); ++i)
            CompactJson(record.fieldString(i)).flatten(header.at(i), flat);
        QCOMPARE(flat.size(), expectedHeader.size());
        for (int i = 0; i < flat.size(); ++i) {
            QCOMPARE(flat.at(i).first, expectedHeader.at(i));
            const QString context
                = QStringLiteral("row %1, %2").arg(count + 1).arg(flat.at(i).first);
            QVERIFY2(asCsvkit(flat.at(i).second) == expected.at(count).at(i),
                     qPrintable(context + QStringLiteral(": ") + flat.at(i).second
                                + QStringLiteral(" vs ") + expected.at(count).at(i)));
            ++cells;
        }
        ++count;
    }
    QVERIFY2(source->errorString().isEmpty(), qPrintable(source->errorString()));
    QCOMPARE(count, rows);
    QCOMPARE(cells, rows * expectedHeader.size());
    QCOMPARE(source->bytesRead(), json.size());
}

void tst_JsonSource::jsonLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty file") << QByteArray() << QStringList() << QStringList() << QString();
    QTest::newRow("blank lines only")
        << QByteArray("\n  \n\t\r\n") << QStringList() << QStringList() << QString();
    QTest::newRow("blank lines skipped")
        << QByteArray("\n{\"a\":1,\"b\":\"x\"}\n\n   \n{\"a\":2,\"b\":\"y\"}\n\n")
        << QStringList{"a", "b"} << QStringList{"1 2-2 [1|x]", "2 5-5 [2|y]"} << QString();
    QTest::newRow("no final line end") << QByteArray("{\"a\":1}\n{\"a\":22}") << QStringList{"a"}
                                       << QStringList{"1 1-1 [1]", "2 2-2 [22]"} << QString();
    QTest::newRow("number last, no final line end")
        << QByteArray("{\"a\":1}\n42") << QStringList{"a"}
        << QStringList{"1 1-1 [1]", "2 2-2 ! expected an object, found a number ~ 42"} << QString();
    QTest::newRow("malformed line in the middle")
        << QByteArray("{\"a\":1}\n{\"a\":2,,}\n{\"a\":3}\n") << QStringList{"a"}
        << QStringList{"1 1-1 [1]",
                       "2 2-2 ! line 2, column 8: expected a key (a string in double quotes) ~ "
                       "{\"a\":2,,}",
                       "3 3-3 [3]"}
        << QString();
    QTest::newRow("bad word")
        << QByteArray("{\"a\":1}\n{\"a\":tru}\n") << QStringList{"a"}
        << QStringList{"1 1-1 [1]",
                       "2 2-2 ! line 2, column 6: invalid word (JSON knows true, false and null) ~ "
                       "{\"a\":tru}"}
        << QString();
    QTest::newRow("unquoted key")
        << QByteArray("{\"a\":1}\n{a:1}\n") << QStringList{"a"}
        << QStringList{"1 1-1 [1]", "2 2-2 ! line 2, column 2: unexpected character 'a' ~ {a:1}"}
        << QString();
    QTest::newRow("line starting with a stray character")
        << QByteArray("{\"a\":1}\n]\n{\"a\":2}\n") << QStringList{"a"}
        << QStringList{"1 1-1 [1]", "2 2-2 ! line 2, column 1: unexpected ']' ~ ]", "3 3-3 [2]"}
        << QString();
    QTest::newRow("non-object lines")
        << QByteArray("{\"a\":1}\n42\n\"text\"\n[1,{\"a\":2}]\ntrue\nfalse\nnull\n{\"a\":3}\n")
        << QStringList{"a"}
        << QStringList{"1 1-1 [1]",
                       "2 2-2 ! expected an object, found a number ~ 42",
                       "3 3-3 ! expected an object, found a string ~ \"text\"",
                       "4 4-4 ! expected an object, found an array ~ [1,{\"a\":2}]",
                       "5 5-5 ! expected an object, found true ~ true",
                       "6 6-6 ! expected an object, found false ~ false",
                       "7 7-7 ! expected an object, found null ~ null",
                       "8 8-8 [3]"}
        << QString();
    QTest::newRow("array opened on a line ends with it")
        << QByteArray("{\"a\":1}\n[\n{\"a\":2}\n") << QStringList{"a"}
        << QStringList{"1 1-1 [1]", "2 2-2 ! expected an object, found an array ~ [", "3 3-3 [2]"}
        << QString();
    QTest::newRow("text after the object")
        << QByteArray("{\"a\":1} {\"a\":2}\n{\"a\":3} x\n{\"a\":4},\n{\"a\":5}\n")
        << QStringList{"a"}
        << QStringList{"1 1-1 ! line 1, column 9: text after the object ~ {\"a\":1} {\"a\":2}",
                       "2 2-2 ! line 2, column 9: text after the object ~ {\"a\":3} x",
                       "3 3-3 ! line 3, column 8: text after the object ~ {\"a\":4},",
                       "4 4-4 [5]"}
        << QString();
    QTest::newRow("missing keys")
        << QByteArray("{\"a\":1,\"b\":2,\"c\":3}\n{\"a\":4}\n{\"c\":5}\n{\"a\":6,\"c\":7}\n{}\n")
        << QStringList{"a", "b", "c"}
        << QStringList{"1 1-1 [1|2|3]", "2 2-2 [4||]", "3 3-3 [||5]", "4 4-4 [6||7]", "5 5-5 [||]"}
        << QString();
    QTest::newRow("keys in any order")
        << QByteArray("{\"a\":1,\"b\":2}\n{\"b\":3,\"a\":4}\n{\"c\":5,\"a\":6}\n")
        << QStringList{"a", "b", "c"} << QStringList{"1 1-1 [1|2|]", "2 2-2 [4|3|]", "3 3-3 [6||5]"}
        << QString();
    QTest::newRow("duplicate key")
        << QByteArray("{\"a\":1,\"b\":2}\n{\"a\":1,\"b\":2,\"a\":3}\n{\"b\":{\"x\":1,\"x\":2}}\n")
        << QStringList{"a", "b"}
        << QStringList{"1 1-1 [1|2]",
                       "2 2-2 ! duplicate key 'a' ~ {\"a\":1,\"b\":2,\"a\":3}",
                       // Inside a nested value, keys are kept as written.
                       "3 3-3 [|{\"x\":1,\"x\":2}]"}
        << QString();
    QTest::newRow("a rejected record's keys are not columns")
        << QByteArray("{\"a\":1}\n{\"a\":1,\"z\":2,\"a\":3}\n{\"y\":1,\"q\":tru}\n{\"b\":2}\n")
        << QStringList{"a", "b"}
        << QStringList{"1 1-1 [1|]",
                       "2 2-2 ! duplicate key 'a' ~ {\"a\":1,\"z\":2,\"a\":3}",
                       "3 3-3 ! line 3, column 12: invalid word (JSON knows true, false and null) "
                       "~ {\"y\":1,\"q\":tru}",
                       "4 4-4 [|2]"}
        << QString();
    QTest::newRow("nested objects and arrays")
        << QByteArray("{\"a\":{\"x\":[1,2,{\"y\":\"z\\\"q\"}],\"e\":{},\"f\":[]},\"b\":[],"
                      "\"c\":[[1,[2]],{\"k\":null}]}\n"
                      "{ \"a\" : { \"x\" : [ true , false , null ] } , \"b\" : [ { } ] }\n")
        << QStringList{"a", "b", "c"}
        << QStringList{"1 1-1 "
                       "[{\"x\":[1,2,{\"y\":\"z\\\"q\"}],\"e\":{},\"f\":[]}|[]|[[1,[2]],{\"k\":"
                       "null}]]",
                       "2 2-2 [{\"x\":[true,false,null]}|[{}]|]"}
        << QString();
    QTest::newRow("numbers as written")
        << QByteArray("{\"a\":1e400,\"b\":-0,\"c\":1.2700000000000002,\"d\":1E+5,\"e\":0.1e-7,"
                      "\"f\":123456789012345678901234567890,\"g\":[1e400,-0.0]}\n")
        << QStringList{"a", "b", "c", "d", "e", "f", "g"}
        << QStringList{"1 1-1 [1e400|-0|1.2700000000000002|1E+5|0.1e-7|"
                       "123456789012345678901234567890|[1e400,-0.0]]"}
        << QString();
    QTest::newRow("null, true, false")
        << QByteArray("{\"a\":null,\"b\":true,\"c\":false,\"d\":\"null\"}\n")
        << QStringList{"a", "b", "c", "d"} << QStringList{"1 1-1 [|true|false|null]"} << QString();
    QTest::newRow("bom")
        << QByteArray("\xEF\xBB\xBF{\"a\":1}\n{\"a\":x}\n") << QStringList{"a"}
        << QStringList{"1 1-1 [1]",
                       "2 2-2 ! line 2, column 6: unexpected character 'x' ~ {\"a\":x}"}
        << QString();
    QTest::newRow("bom, error on line 1 counts no bom column")
        << QByteArray("\xEF\xBB\xBF{\"a\":x}\n") << QStringList()
        << QStringList{"1 1-1 ! line 1, column 6: unexpected character 'x' ~ {\"a\":x}"}
        << QString();
    QTest::newRow("crlf") << QByteArray("{\"a\":1}\r\n\r\n{\"a\":\"x\\r\\n\"}\r\n{\"a\":}\r\n")
                          << QStringList{"a"}
                          << QStringList{"1 1-1 [1]",
                                         "2 3-3 [x\r\n]",
                                         "3 4-4 ! line 4, column 6: unexpected '}' ~ {\"a\":}"}
                          << QString();
    QTest::newRow("columns count characters")
        << QByteArray("{\"é€😀\":\"€\",\"b\":x}\n") << QStringList()
        << QStringList{"1 1-1 ! line 1, column 16: unexpected character 'x' ~ "
                       "{\"é€😀\":\"€\",\"b\":x}"}
        << QString();
    QTest::newRow("one object a line: a cut line is rejected alone")
        << QByteArray("{\"a\":1}\n{\"a\":[1,\n{\"a\":3}\n{\"a\":\n") << QStringList{"a"}
        << QStringList{"1 1-1 [1]",
                       "2 2-2 ! the line ends before the object is closed ~ {\"a\":[1,",
                       "3 3-3 [3]",
                       "4 4-4 ! the line ends before the object is closed ~ {\"a\":"}
        << QString();
    QTest::newRow("pretty-printed objects")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": [\n    {\"x\": 1}\n  ]\n}\r\n\n{\n  \"b\": 2\n}\n")
        << QStringList{"a", "b"} << QStringList{"1 1-6 [1|[{\"x\":1}]]", "2 8-10 [|2]"}
        << QString();
    QTest::newRow("pretty-printed: a cut object ends where the next line cannot continue it")
        << QByteArray("{\n \"a\": 1\n}\n{\n \"a\": 2,\n{\n \"a\": 3\n}\n") << QStringList{"a"}
        << QStringList{"1 1-3 [1]",
                       "2 4-5 ! the object is not closed: line 6 does not continue it ~ "
                       "{\n \"a\": 2,",
                       "3 6-8 [3]"}
        << QString();
    QTest::newRow("pretty-printed: an error inside an object")
        << QByteArray("{\n \"a\": 1\n}\n{\n \"a\": 2\n \"b\": 3\n}\n{\"a\": 4}\n")
        << QStringList{"a"}
        << QStringList{"1 1-3 [1]",
                       "2 4-6 ! line 6, column 2: expected ',' or '}' after a value in an object "
                       "~ {\n \"a\": 2\n \"b\": 3",
                       // The rest of the broken object is read as records of its own: each is
                       // located, none is dropped.
                       "3 7-7 ! line 7, column 1: unexpected '}' ~ }",
                       "4 8-8 [4]"}
        << QString();
    QTest::newRow("file ends inside an object")
        << QByteArray("{\n \"a\": 1\n}\n{\n \"a\": 2,\n") << QStringList{"a"}
        << QStringList{"1 1-3 [1]",
                       "2 4-5 ! the file ends before the object is closed ~ {\n \"a\": 2,"}
        << QString();
    QTest::newRow("file ends inside an object, no final line end")
        << QByteArray("{\n \"a\": 1\n}\n{\n \"a\": 2") << QStringList{"a"}
        << QStringList{"1 1-3 [1]",
                       "2 4-5 ! the file ends before the object is closed ~ {\n \"a\": 2"}
        << QString();
    QTest::newRow("file ends inside a string")
        << QByteArray("{\"a\":1}\n{\"a\":\"abc") << QStringList{"a"}
        << QStringList{"1 1-1 [1]",
                       "2 2-2 ! line 2, column 10: a control character (such as a line end) in a "
                       "string must be escaped ~ {\"a\":\"abc"}
        << QString();
    QTest::newRow("invalid utf-8 is a reject")
        << QByteArray("{\"a\":\"ok\"}\n{\"a\":\"\xC0\x80\"}\n{\"a\":\"\xED\xA0\x80\"}\n"
                      "{\"a\":{\"b\":\"\xFF\"}}\n{\"\xFE\":1}\n{\"a\":\"é\"}\n")
        << QStringList{"a"}
        << QStringList{"1 1-1 [ok]",
                       "2 2-2 ! bytes invalid in UTF-8 in a string at line 2 ~ "
                       "{\"a\":\"\\xC0\\x80\"}",
                       "3 3-3 ! bytes invalid in UTF-8 in a string at line 3 ~ "
                       "{\"a\":\"\\xED\\xA0\\x80\"}",
                       "4 4-4 ! bytes invalid in UTF-8 in a string at line 4 ~ "
                       "{\"a\":{\"b\":\"\\xFF\"}}",
                       "5 5-5 ! bytes invalid in UTF-8 in a string at line 5 ~ {\"\\xFE\":1}",
                       "6 6-6 [é]"}
        << QString();
    QTest::newRow("NUL escape")
        << QByteArray(
               "{\"a\":\"x\\u0000y\",\"b\":1}\n{\"a\":{\"k\":\"\\u0000\"}}\n{\"\\u0000\":1}\n")
        << QStringList{"a"}
        << QStringList{"1 1-1 ! NUL character (\\u0000) in the value of 'a' ~ "
                       "{\"a\":\"x\\u0000y\",\"b\":1}",
                       "2 2-2 [{\"k\":\"\\u0000\"}]",
                       "3 3-3 ! NUL character (\\u0000) in a key ~ {\"\\u0000\":1}"}
        << QString();
    QTest::newRow("raw NUL byte")
        << QByteArray("{\"a\":1}\n{\"a\":\0}\n{\"a\":2}\n", 24) << QStringList{"a"}
        << QStringList{"1 1-1 [1]",
                       "2 2-2 ! line 2, column 6: unexpected character ~ {\"a\":\\x00}",
                       "3 3-3 [2]"}
        << QString();
    QTest::newRow("comment")
        << QByteArray("{\"a\":1} // note\n") << QStringList()
        << QStringList{"1 1-1 ! line 1, column 9: text after the object ~ {\"a\":1} // note"}
        << QString();
    QTest::newRow("all rejects: no header")
        << QByteArray("1\n2\n") << QStringList()
        << QStringList{"1 1-1 ! expected an object, found a number ~ 1",
                       "2 2-2 ! expected an object, found a number ~ 2"}
        << QString();
}

void tst_JsonSource::jsonLines()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QStringList, records);
    QFETCH(QString, error);

    const Parsed parsed = readBothWays(input, true);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(parsed.header, header);
    if (parsed.records != records)
        qWarning().noquote() << "records:" << parsed.records.join(QLatin1String("\n"));
    QCOMPARE(parsed.records, records);
    QCOMPARE(parsed.error, error);
    QVERIFY(parsed.fieldCountsMatch);
    QCOMPARE(parsed.bytesRead, input.size());
    if (header.isEmpty() && !records.isEmpty())
        QVERIFY(!parsed.headerError.isEmpty());
    else
        QCOMPARE(parsed.headerError, QString());
}

void tst_JsonSource::array_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty file") << QByteArray() << QStringList() << QStringList() << QString();
    QTest::newRow("blank file") << QByteArray(" \n\r\n ") << QStringList() << QStringList()
                                << QString();
    QTest::newRow("empty array") << QByteArray(" [ ]\n") << QStringList() << QStringList()
                                 << QString();
    QTest::newRow("one line") << QByteArray("[{\"a\":1,\"b\":\"x\"},{\"b\":\"y\",\"c\":null}]")
                              << QStringList{"a", "b", "c"}
                              << QStringList{"1 1-1 [1|x|]", "2 1-1 [|y|]"} << QString();
    QTest::newRow("elements over lines")
        << QByteArray("\xEF\xBB\xBF[\r\n  {\r\n    \"a\": [1,\r\n 2]\r\n  },\r\n  {\"a\": {\"b\": "
                      "true}}\r\n]\r\n")
        << QStringList{"a"} << QStringList{"1 2-5 [[1,2]]", "2 6-6 [{\"b\":true}]"} << QString();
    QTest::newRow("elements that are not objects")
        << QByteArray("[\n {\"a\":1},\n 42,\n \"s\",\n [1,\n  2],\n null,\n {\"a\":2}\n]\n")
        << QStringList{"a"}
        << QStringList{"1 2-2 [1]",
                       "2 3-3 ! expected an object, found a number ~ 42",
                       "3 4-4 ! expected an object, found a string ~ \"s\"",
                       "4 5-6 ! expected an object, found an array ~ [1,\n  2]",
                       "5 7-7 ! expected an object, found null ~ null",
                       "6 8-8 [2]"}
        << QString();
    QTest::newRow("duplicate key and bad utf-8 go on")
        << QByteArray("[{\"a\":1,\"a\":2},\n{\"a\":\"\xC3\"},\n{\"a\":3}]") << QStringList{"a"}
        << QStringList{"1 1-1 ! duplicate key 'a' ~ {\"a\":1,\"a\":2}",
                       "2 2-2 ! bytes invalid in UTF-8 in a string at line 2 ~ {\"a\":\"\\xC3\"}",
                       "3 3-3 [3]"}
        << QString();
    QTest::newRow("trailing comma") << QByteArray("[\n  {\"a\":1},\n  {\"a\":2},\n]\n")
                                    << QStringList{"a"} << QStringList{"1 2-2 [1]", "2 3-3 [2]"}
                                    << QStringLiteral("line 4, column 1: unexpected ']'");
    QTest::newRow("missing comma")
        << QByteArray("[{\"a\":1}\n {\"a\":2}]") << QStringList{"a"} << QStringList{"1 1-1 [1]"}
        << QStringLiteral("line 2, column 2: expected ',' or ']' after an element");
    QTest::newRow("missing colon")
        << QByteArray("[{\"a\":1},\n{\"a\" 2}]") << QStringList{"a"} << QStringList{"1 1-1 [1]"}
        << QStringLiteral("line 2, column 6: expected ':' after a key");
    QTest::newRow("bad word")
        << QByteArray("[{\"a\":1},\n  {\"a\":nul}]") << QStringList{"a"} << QStringList{"1 1-1 [1]"}
        << QStringLiteral("line 2, column 8: invalid word (JSON knows true, false and null)");
    QTest::newRow("error before any record")
        << QByteArray("[\n  x\n]") << QStringList() << QStringList()
        << QStringLiteral("line 2, column 3: unexpected character 'x'");
    QTest::newRow("truncated") << QByteArray("[\n  {\"a\":1},\n  {\"a\":2") << QStringList{"a"}
                               << QStringList{"1 2-2 [1]"}
                               << QStringLiteral(
                                      "line 3, column 9: the file ends before the array is closed");
    QTest::newRow("truncated after a line end")
        << QByteArray("[\n  {\"a\":1},\n") << QStringList{"a"} << QStringList{"1 2-2 [1]"}
        << QStringLiteral("line 3, column 1: the file ends before the array is closed");
    QTest::newRow("text after the array")
        << QByteArray("[{\"a\":1}]\n[{\"a\":2}]\n") << QStringList{"a"} << QStringList{"1 1-1 [1]"}
        << QStringLiteral("line 2, column 1: text after the end of the array");
    QTest::newRow("an object, not an array")
        << QByteArray("\n {\"a\":1}\n") << QStringList() << QStringList()
        << QStringLiteral("line 2, column 2: expected an array of objects, found an object");
    QTest::newRow("a number, not an array")
        << QByteArray("12 ") << QStringList() << QStringList()
        << QStringLiteral("line 1, column 1: expected an array of objects, found a number");
}

void tst_JsonSource::array()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QStringList, records);
    QFETCH(QString, error);

    const Parsed parsed = readBothWays(input, false);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(parsed.header, header);
    if (parsed.records != records)
        qWarning().noquote() << "records:" << parsed.records.join(QLatin1String("\n"));
    QCOMPARE(parsed.records, records);
    QCOMPARE(parsed.error, error);
    QVERIFY(parsed.fieldCountsMatch);
    if (error.isEmpty())
        QCOMPARE(parsed.bytesRead, input.size());
    QCOMPARE(parsed.headerError, QString());
}

void tst_JsonSource::strings_data()
{
    QTest::addColumn<QByteArray>("literal"); // a JSON string literal as written in the file
    QTest::addColumn<QByteArray>("value");   // the field it gives
    QTest::addColumn<QByteArray>("nested");  // the same string inside a nested array

    QTest::newRow("plain") << QByteArray("\"abc\"") << QByteArray("abc") << QByteArray("[\"abc\"]");
    QTest::newRow("empty") << QByteArray("\"\"") << QByteArray() << QByteArray("[\"\"]");
    QTest::newRow("utf-8 as is") << QByteArray("\"é€😀\"") << QByteArray("é€😀")
                                 << QByteArray("[\"é€😀\"]");
    QTest::newRow("short escapes")
        << QByteArray(R"("q\" b\\ s\/ \b\f\n\r\t")") << QByteArray("q\" b\\ s/ \b\f\n\r\t")
        << QByteArray(R"(["q\" b\\ s/ \u0008\u000c\n\r\t"])");
    QTest::newRow("unicode escapes")
        << QByteArray(R"("\u00e9\u20AC\u0041")") << QByteArray("é€A") << QByteArray("[\"é€A\"]");
    QTest::newRow("surrogate pair")
        << QByteArray(R"("\ud83d\ude00!")") << QByteArray("😀!") << QByteArray("[\"😀!\"]");
    QTest::newRow("surrogate pair, upper case")
        << QByteArray(R"("\uD834\uDD1E")") << QByteArray("𝄞") << QByteArray("[\"𝄞\"]");
    QTest::newRow("lone high surrogate")
        << QByteArray(R"("\ud800x")") << QByteArray("\uFFFDx") << QByteArray("[\"\uFFFDx\"]");
    QTest::newRow("lone high surrogate at the end")
        << QByteArray(R"("a\ud800")") << QByteArray("a\uFFFD") << QByteArray("[\"a\uFFFD\"]");
    QTest::newRow("lone low surrogate")
        << QByteArray(R"("\udc00x")") << QByteArray("\uFFFDx") << QByteArray("[\"\uFFFDx\"]");
    QTest::newRow("high surrogate, then not a low one")
        << QByteArray(R"("\ud800\u0041")") << QByteArray("\uFFFDA") << QByteArray("[\"\uFFFDA\"]");
    QTest::newRow("two high surrogates, then a low one")
        << QByteArray(R"("\ud800\ud83d\ude00")") << QByteArray("\uFFFD😀")
        << QByteArray("[\"\uFFFD😀\"]");
    QTest::newRow("escaped backslash before a quote")
        << QByteArray(R"("a\\")") << QByteArray("a\\") << QByteArray(R"(["a\\"])");
    QTest::newRow("escaped quote at the start")
        << QByteArray(R"("\"a")") << QByteArray("\"a") << QByteArray(R"(["\"a"])");
    QTest::newRow("control escapes")
        << QByteArray(R"("\u0001\u001f\u007f")") << QByteArray("\x01\x1f\x7f")
        << QByteArray("[\"\\u0001\\u001f\x7f\"]");
}

void tst_JsonSource::strings()
{
    QFETCH(QByteArray, literal);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, nested);

    // As a value, as a key, inside a nested array, and all of it as an array element.
    const QByteArray line = "{\"v\":" + literal + ",\"n\":[" + literal + "]," + literal + ":1}";
    for (const bool lines : {true, false}) {
        const QByteArray input = lines ? line + '\n' : "[" + line + "]";
        for (const bool trickle : {false, true}) {
            QByteArray bytes = input;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            TrickleDevice trickled(input);
            const auto source
                = openJsonSource(trickle ? static_cast<QIODevice *>(&trickled) : &buffer, lines);
            const QStringList header = source->rawHeader();
            QCOMPARE(header.size(), 3);
            QCOMPARE(header.at(2).toUtf8(), value);
            CsvRecord record;
            QVERIFY(source->next(record));
            QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
            QCOMPARE(record.field(0).toByteArray(), value);
            QCOMPARE(record.field(1).toByteArray(), nested);
            QCOMPARE(record.field(2).toByteArray(), QByteArray("1"));
            QVERIFY(!source->next(record));
        }
    }
}

void tst_JsonSource::longTokens()
{
    // Values far longer than a record's first reads, so that the pieces yajl is fed cut them
    // (through the TrickleDevice): a string with an escape every few bytes, a long number, and
    // both again inside a nested array.
    QByteArray literal;
    QByteArray value;
    QByteArray reescaped;
    for (int i = 0; i < 400; ++i) {
        literal += R"(ab\"\u00e9\ud83d\ude00\n\/)";
        value += "ab\"é😀\n/";
        reescaped += R"(ab\"é😀\n/)";
    }
    const QByteArray number = "-" + QByteArray(3000, '7') + ".5e-10";
    const QByteArray object = "{\"s\":\"" + literal + "\",\"n\":" + number + ",\"x\":[\"" + literal
                              + "\"," + number + "]}";
    const QString fields = QStringLiteral("[%1|%2|%3]")
                               .arg(QString::fromUtf8(value),
                                    QString::fromUtf8(number),
                                    QString::fromUtf8("[\"" + reescaped + "\"," + number + "]"));
    for (const bool lines : {true, false}) {
        const QByteArray input
            = lines ? object + "\n" + object + "\n" : "[" + object + ",\n" + object + "]";
        const Parsed parsed = readBothWays(input, lines);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(parsed.header, (QStringList{"s", "n", "x"}));
        QCOMPARE(
            parsed.records,
            (QStringList{QStringLiteral("1 1-1 ") + fields, QStringLiteral("2 2-2 ") + fields}));
        QVERIFY(parsed.error.isEmpty());
    }
}

void tst_JsonSource::rawText()
{
    // A good record's raw is its text too: its line without the line end, or the element.
    QByteArray lines = "{\"a\": 1}\r\n  {\"a\": 2}  \n";
    QBuffer buffer(&lines);
    buffer.open(QIODevice::ReadOnly);
    auto source = openJsonSource(&buffer, true);
    CsvRecord record;
    QVERIFY(source->next(record));
    QCOMPARE(record.raw, QByteArray("{\"a\": 1}"));
    QVERIFY(source->next(record));
    QCOMPARE(record.raw, QByteArray("  {\"a\": 2}  "));

    QByteArray array = "[ {\"a\": 1} ,\n  {\"a\":\n 2}]";
    QBuffer arrayBuffer(&array);
    arrayBuffer.open(QIODevice::ReadOnly);
    source = openJsonSource(&arrayBuffer, false);
    QVERIFY(source->next(record));
    QCOMPARE(record.raw, QByteArray("{\"a\": 1}"));
    QVERIFY(source->next(record));
    QCOMPARE(record.raw, QByteArray("{\"a\":\n 2}"));
    QCOMPARE(record.line, 2);
    QCOMPARE(record.lastLine, 3);
}

void tst_JsonSource::longRejectedLine()
{
    // After an error the rest of the line is skipped, not fed to yajl, but the reject still
    // shows the whole line, however many reads it took.
    const QByteArray line = "{\"a\":x,\"pad\":\"" + QByteArray(600 * 1024, 'p') + "\"}";
    const QByteArray input = "{\"a\":1}\n" + line + "\n{\"a\":2}\n";
    const Parsed parsed = readBothWays(input, true);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(parsed.records.size(), 3);
    QCOMPARE(parsed.records.at(0), QStringLiteral("1 1-1 [1]"));
    QCOMPARE(parsed.records.at(1),
             QStringLiteral("2 2-2 ! line 2, column 6: unexpected character 'x' ~ ")
                 + QString::fromUtf8(line));
    QCOMPARE(parsed.records.at(2), QStringLiteral("3 3-3 [2]"));
}

void tst_JsonSource::headerWindow_data()
{
    QTest::addColumn<bool>("lines");
    QTest::addColumn<int>("lateRecord"); // the record that brings key "late"

    QTest::newRow("json lines, within") << true << jsonHeaderSample;
    QTest::newRow("json lines, after") << true << jsonHeaderSample + 1;
    QTest::newRow("array, within") << false << jsonHeaderSample;
    QTest::newRow("array, after") << false << jsonHeaderSample + 1;
}

void tst_JsonSource::headerWindow()
{
    QFETCH(bool, lines);
    QFETCH(int, lateRecord);

    const int count = jsonHeaderSample + 5;
    QByteArray input = lines ? "" : "[\n";
    for (int i = 1; i <= count; ++i) {
        input += "{\"id\":" + QByteArray::number(i);
        if (i == lateRecord || i == count)
            input += ",\"late\":\"x\"";
        input += lines || i == count ? "}\n" : "},\n";
    }
    if (!lines)
        input += "]\n";
    const int firstLine = lines ? 1 : 2;

    const Parsed parsed = readBothWays(input, lines);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(parsed.error.isEmpty());
    QVERIFY(parsed.fieldCountsMatch);
    QCOMPARE(parsed.records.size(), count);
    if (lateRecord <= jsonHeaderSample) {
        QCOMPARE(parsed.header, (QStringList{"id", "late"}));
        // Records read before the key was seen have it empty.
        QCOMPARE(parsed.records.first(), QStringLiteral("1 %1-%1 [1|]").arg(firstLine));
        QCOMPARE(parsed.records.at(lateRecord - 1),
                 QStringLiteral("%1 %2-%2 [%1|x]").arg(lateRecord).arg(lateRecord + firstLine - 1));
        QCOMPARE(parsed.records.last(),
                 QStringLiteral("%1 %2-%2 [%1|x]").arg(count).arg(count + firstLine - 1));
    } else {
        QCOMPARE(parsed.header, QStringList{"id"});
        const QString message = QStringLiteral(
            "key 'late' is not in the header (the header is the keys of the first 1000 records)");
        QVERIFY2(
            parsed.records.at(lateRecord - 1)
                .startsWith(
                    QStringLiteral("%1 %2-%2 ! ").arg(lateRecord).arg(lateRecord + firstLine - 1)
                    + message),
            qPrintable(parsed.records.at(lateRecord - 1)));
        QVERIFY(parsed.records.last().contains(message));
        QCOMPARE(parsed.records.at(lateRecord),
                 QStringLiteral("%1 %2-%2 [%1]").arg(lateRecord + 1).arg(lateRecord + firstLine));
    }
}

void tst_JsonSource::headerUnique()
{
    QByteArray input = "{\"a\":1,\"A\":2,\"\":3,\"a_2\":4}\n";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const auto source = openJsonSource(&buffer, true);
    QCOMPARE(source->rawHeader(), (QStringList{"a", "A", "", "a_2"}));
    QCOMPARE(source->header(), uniqueHeader(QStringList{"a", "A", "", "a_2"}));
    QCOMPARE(source->header(), (QStringList{"a", "A_3", "column_3", "a_2"}));
}

void tst_JsonSource::location()
{
    QByteArray input = "[]";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const auto source = openJsonSource(&buffer, false);
    QCOMPARE(source->location(12), QStringLiteral("12"));
    QCOMPARE(source->location(3, 5), QStringLiteral("3:5"));
}

void tst_JsonSource::bytesRead()
{
    // Progress: what has been taken from the device, never more than it holds.
    QByteArray input;
    for (int i = 0; i < 20000; ++i)
        input += "{\"i\":" + QByteArray::number(i) + ",\"pad\":\"" + QByteArray(40, 'p') + "\"}\n";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const auto source = openJsonSource(&buffer, true);
    QCOMPARE(source->bytesRead(), 0);
    QCOMPARE(source->rawHeader(), (QStringList{"i", "pad"}));
    const qint64 afterHeader = source->bytesRead();
    QVERIFY(afterHeader > 0);
    QVERIFY(afterHeader < input.size());
    CsvRecord record;
    qint64 last = afterHeader;
    while (source->next(record)) {
        QVERIFY(source->bytesRead() >= last);
        last = source->bytesRead();
    }
    QCOMPARE(source->bytesRead(), input.size());
}

void tst_JsonSource::largeFileInBoundedMemory()
{
    // 300,000 records made while they are read: the source must give them all, in order, while
    // never reading further ahead than its window (the header's records and one chunk).
    constexpr int count = 300000;
    const auto line = [](int i) {
        return "{\"id\":" + QByteArray::number(i) + ",\"name\":\"name " + QByteArray::number(i)
               + "\",\"value\":" + QByteArray::number(i)
               + ".5,\"tags\":[\"a\",{\"n\":" + QByteArray::number(i % 7) + "}]}\n";
    };
    GeneratedLines device(count, line);
    const auto source = openJsonSource(&device, true);
    QCOMPARE(source->rawHeader(), (QStringList{"id", "name", "value", "tags"}));
    const qint64 maxLine = line(count).size();
    const qint64 window = jsonHeaderSample * maxLine + 2 * 256 * 1024;
    CsvRecord record;
    qint64 consumed = 0;
    int n = 0;
    while (source->next(record)) {
        ++n;
        consumed += line(n).size();
        if (record.number != n || !record.error.isEmpty() || record.line != n
            || record.field(0) != QByteArray::number(n)
            || record.field(3) != "[\"a\",{\"n\":" + QByteArray::number(n % 7) + "}]") {
            QFAIL(qPrintable(QStringLiteral("record %1: ").arg(n) + describe(record)));
        }
        if (source->bytesRead() - consumed > window)
            QFAIL(qPrintable(QStringLiteral("read %1 bytes ahead at record %2")
                                 .arg(source->bytesRead() - consumed)
                                 .arg(n)));
    }
    QCOMPARE(n, count);
    QVERIFY(source->errorString().isEmpty());
    QCOMPARE(source->bytesRead(), device.produced());
}

void tst_JsonSource::recordTooLong()
{
    // A line past 64 MiB is a reject with its first 64 KiB; the next line is read as usual.
    constexpr qint64 size = 64 * 1024 * 1024 + 100;
    GeneratedLines device(3, [](int i) {
        if (i == 2)
            return "{\"a\":\"" + QByteArray(size, 'x') + "\"}\n";
        return "{\"a\":" + QByteArray::number(i) + "}\n";
    });
    const auto source = openJsonSource(&device, true);
    QCOMPARE(source->rawHeader(), QStringList{"a"});
    CsvRecord record;
    QVERIFY(source->next(record));
    QCOMPARE(describe(record), QStringLiteral("1 1-1 [1]"));
    QVERIFY(source->next(record));
    QCOMPARE(record.number, 2);
    QCOMPARE(record.line, 2);
    QCOMPARE(record.lastLine, 2);
    QCOMPARE(record.error,
             QStringLiteral("record longer than 67108864 bytes; the rest of line 2 is skipped"));
    QCOMPARE(record.raw, "{\"a\":\"" + QByteArray(64 * 1024 - 6, 'x'));
    QVERIFY(source->next(record));
    QCOMPARE(describe(record), QStringLiteral("3 3-3 [3]"));
    QVERIFY(!source->next(record));
    QVERIFY(source->errorString().isEmpty());
}

void tst_JsonSource::arrayElementTooLong()
{
    // An array cannot be resynchronised after an element it will not hold: reading stops.
    constexpr qint64 size = 64 * 1024 * 1024 + 100;
    GeneratedLines device(4, [](int i) {
        switch (i) {
        case 1:
            return QByteArray("[{\"a\":1},\n");
        case 2:
            return "{\"a\":\"" + QByteArray(size, 'x') + "\"},\n";
        case 3:
            return QByteArray("{\"a\":3}\n");
        default:
            return QByteArray("]\n");
        }
    });
    const auto source = openJsonSource(&device, false);
    CsvRecord record;
    QVERIFY(source->next(record));
    QCOMPARE(describe(record), QStringLiteral("1 1-1 [1]"));
    QVERIFY(!source->next(record));
    QVERIFY2(source->errorString().startsWith(QStringLiteral("line 2, column ")),
             qPrintable(source->errorString()));
    QVERIFY2(source->errorString().endsWith(QStringLiteral(": element longer than 67108864 bytes")),
             qPrintable(source->errorString()));
}

QTEST_GUILESS_MAIN(tst_JsonSource)
#include "tst_jsonsource.moc"
