// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "csv/csvreader.h"
#include "source/cellformat.h"
#include "source/xlsxsource.h"

#include "peakmemory.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stevedore;
using stevedore::test::PeakMemory;

namespace {

// The Python script that writes the test workbooks (at the end of this file: moc would read
// its '#' comments as directives).
const char *generatorScript();

constexpr int BigRows = 200000;

QString sharedData(const QString &name)
{
    return QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csvkit/") + name;
}

struct Record
{
    QStringList fields;
    qint64 line = 0;
    qint64 number = 0;
    QString error;
    QByteArray raw;
    int errorColumn = 0;
};

struct Sheet
{
    QString openError;
    QStringList rawHeader;
    QStringList header;
    QString headerError;
    QList<Record> records;
    QString error;
    QString location5; // location(5, 5), for the located reject
};

Sheet readSheet(const QString &path, const QString &name, int skipRows = 0)
{
    Sheet sheet;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        sheet.openError = QStringLiteral("test: cannot open ") + path;
        return sheet;
    }
    std::unique_ptr<RecordSource> source = openXlsxSheet(&file, name, skipRows, &sheet.openError);
    if (!source)
        return sheet;
    sheet.rawHeader = source->rawHeader();
    sheet.header = source->header();
    sheet.headerError = source->headerError();
    CsvRecord record;
    while (source->next(record))
        sheet.records.append({record.fields(),
                              record.line,
                              record.number,
                              record.error,
                              record.raw,
                              record.errorColumn});
    sheet.error = source->errorString();
    sheet.location5 = source->location(5, 5);
    return sheet;
}

QList<SheetInfo> listSheets(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("test: cannot open ") + path;
        return {};
    }
    return xlsxSheets(&file, error);
}

// CSV text (csvkit's output) as rows of fields.
QList<QStringList> parseCsv(const QByteArray &text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    Dialect dialect;
    dialect.hasHeader = false;
    CsvReader reader(&buffer, dialect);
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(record))
        rows.append(record.fields());
    return rows;
}

// in2csv's output, run now (csvkit is a dependency of these tests: they fail without it).
QByteArray in2csv(const QStringList &arguments, QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("in2csv"));
    if (program.isEmpty()) {
        *error = QStringLiteral("in2csv (csvkit) is not installed");
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QStringLiteral("in2csv %1 failed: %2")
                     .arg(arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

// The one normalisation of csvkit's cells: booleans are "True"/"False" there and "true"/"false"
// here; without inference (-I) csvkit writes a datetime with a space ("1971-01-01 04:14:00")
// and a datetime at midnight as its date alone ("1920-01-01"), where this reader writes ISO
// 8601 by the cell's format ("1971-01-01T04:14:00", "1920-01-01T00:00:00"). Everything else
// must be equal as it is.
bool csvkitMatches(const QString &csvkit, const QString &ours, bool inference)
{
    if (csvkit == ours)
        return true;
    if ((csvkit == u"True" && ours == u"true") || (csvkit == u"False" && ours == u"false"))
        return true;
    if (inference)
        return false;
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$"));
    if (dateTime.match(csvkit).hasMatch())
        return QString(csvkit).replace(u' ', u'T') == ours;
    if (date.match(csvkit).hasMatch())
        return csvkit + QStringLiteral("T00:00:00") == ours;
    return false;
}

} // namespace

class tst_XlsxSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvkitFiles_data();
    void csvkitFiles();
    void csvkitSheetList();
    void cellText_data();
    void cellText();
    void shortestNumbers();
    void date1904();
    void layout();
    void skipRows_data();
    void skipRows();
    void sheetList();
    void locations();
    void refused_data();
    void refused();
    void stopsMidSheet_data();
    void stopsMidSheet();
    void rejectedRows_data();
    void rejectedRows();
    void headerRefused();
    void sheetWithoutData();
    void bigSheet();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void tst_XlsxSource::initTestCase()
{
    QVERIFY2(QFile::exists(sharedData(QStringLiteral("test.xlsx"))),
             "the csvkit peer data is missing (STEVEDORE_SHARED_TESTDATA)");
    QVERIFY(m_dir.isValid());
    QFile script(m_dir.filePath(QStringLiteral("generate.py")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(generatorScript());
    script.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {script.fileName(), m_dir.path(), QString::number(BigRows)});
    QVERIFY2(python.waitForFinished(300000), "the workbook generator did not finish");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
}

// csvkit's own workbooks against csvkit's conversion of them: the files it ships, or in2csv
// run now where it ships none. sheetsxlsx_converted.csv is not used: it was made from an older
// sheets.xlsx (it has a "time" column and its rows in another order, which the sheets.xlsx
// shipped beside it does not), so in2csv --sheet is run on the workbook instead.
void tst_XlsxSource::csvkitFiles_data()
{
    QTest::addColumn<QString>("workbook");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("skipRows");
    QTest::addColumn<QString>("converted"); // a file, or empty: run in2csv -I
    QTest::addColumn<QStringList>("in2csvArguments");
    QTest::addColumn<bool>("inference");
    QTest::addColumn<qint64>("headerRow");

    const QString sheet1 = QStringLiteral("Sheet1");
    QTest::newRow("test.xlsx, inferred") << "test.xlsx" << sheet1 << 0 << "testxlsx_converted.csv"
                                         << QStringList() << true << qint64(1);
    QTest::newRow("test.xlsx, not inferred")
        << "test.xlsx" << sheet1 << 0 << "testxlsx_noinference_converted.csv" << QStringList()
        << false << qint64(1);
    QTest::newRow("dummy.xlsx") << "dummy.xlsx" << sheet1 << 0 << QString() << QStringList()
                                << false << qint64(1);
    QTest::newRow("test_skip_lines.xlsx, 3 skipped")
        << "test_skip_lines.xlsx" << sheet1 << 3 << QString()
        << QStringList{QStringLiteral("--skip-lines"), QStringLiteral("3")} << false << qint64(4);
    // Rows 1-3 hold styled empty cells only: empty rows above the header are passed over (as
    // blank lines before a CSV header), where in2csv makes them its header and records.
    QTest::newRow("test_skip_lines.xlsx, none skipped")
        << "test_skip_lines.xlsx" << sheet1 << 0 << QString()
        << QStringList{QStringLiteral("--skip-lines"), QStringLiteral("3")} << false << qint64(4);
    QTest::newRow("sheets.xlsx data")
        << "sheets.xlsx"
        << "data" << 0 << QString()
        << QStringList{QStringLiteral("--sheet"), QStringLiteral("data")} << false << qint64(1);
    QTest::newRow("sheets.xlsx ʤ")
        << "sheets.xlsx" << QStringLiteral("ʤ") << 0 << QString()
        << QStringList{QStringLiteral("--sheet"), QStringLiteral("ʤ")} << false << qint64(1);
    QTest::newRow("sheets.xlsx not this one")
        << "sheets.xlsx"
        << "not this one" << 0 << QString()
        << QStringList{QStringLiteral("--sheet"), QStringLiteral("not this one")} << false
        << qint64(0);
}

void tst_XlsxSource::csvkitFiles()
{
    QFETCH(QString, workbook);
    QFETCH(QString, sheet);
    QFETCH(int, skipRows);
    QFETCH(QString, converted);
    QFETCH(QStringList, in2csvArguments);
    QFETCH(bool, inference);
    QFETCH(qint64, headerRow);

    QByteArray csv;
    if (!converted.isEmpty()) {
        QFile file(sharedData(converted));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        csv = file.readAll();
    } else {
        QString error;
        csv = in2csv(QStringList{QStringLiteral("-I")} + in2csvArguments
                         + QStringList{sharedData(workbook)},
                     &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const QList<QStringList> expected = parseCsv(csv);

    const Sheet ours = readSheet(sharedData(workbook), sheet, skipRows);
    QVERIFY2(ours.openError.isEmpty(), qPrintable(ours.openError));
    QVERIFY2(ours.headerError.isEmpty(), qPrintable(ours.headerError));
    QVERIFY2(ours.error.isEmpty(), qPrintable(ours.error));
    if (headerRow == 0) {
        // An empty sheet: in2csv writes one empty line, and there is no header here.
        QVERIFY(expected.isEmpty() || expected == QList<QStringList>{QStringList{QString()}});
        QVERIFY(ours.rawHeader.isEmpty());
        QVERIFY(ours.records.isEmpty());
        return;
    }
    QVERIFY(!expected.isEmpty());

    // Header: csvkit names a column without a header cell by its letter ("h"); here such a
    // column is outside the header (the header is as wide as its last non-empty cell).
    const QStringList csvkitHeader = expected.first();
    const int width = int(ours.rawHeader.size());
    QVERIFY(width > 0 && width <= csvkitHeader.size());
    for (int i = 0; i < csvkitHeader.size(); ++i) {
        const QString letter = columnLetters(i + 1).toLower();
        if (i < width && !ours.rawHeader.at(i).isEmpty())
            QCOMPARE(ours.rawHeader.at(i), csvkitHeader.at(i));
        else
            QCOMPARE(csvkitHeader.at(i), letter);
    }

    QCOMPARE(ours.records.size(), expected.size() - 1);
    qint64 previousLine = headerRow;
    for (int r = 0; r < ours.records.size(); ++r) {
        const Record &record = ours.records.at(r);
        const QStringList &row = expected.at(r + 1);
        QCOMPARE(record.number, qint64(r + 1));
        QVERIFY(record.line > previousLine);
        previousLine = record.line;
        QVERIFY(record.fields.size() <= row.size());
        for (int i = 0; i < row.size(); ++i) {
            // csvkit's columns past this record's fields (a column it names by letter, "h",
            // where this header ends) must be empty: value() gives "" there.
            const QString cell = record.fields.value(i);
            QVERIFY2(csvkitMatches(row.at(i), cell, inference),
                     qPrintable(QStringLiteral("row %1 column %2: csvkit \"%3\", here \"%4\"")
                                    .arg(record.line)
                                    .arg(i + 1)
                                    .arg(row.at(i), cell)));
        }
        // A row with a value beyond the header is rejected, located at that cell.
        int beyond = 0;
        for (int i = width; i < row.size() && beyond == 0; ++i) {
            if (!row.at(i).isEmpty())
                beyond = i + 1;
        }
        if (beyond == 0) {
            // A row shorter than the header is a record of the header's width: its missing
            // cells are empty values, as csvkit reads them.
            QCOMPARE(record.error, QString());
            QCOMPARE(record.fields.size(), width);
            QCOMPARE(record.errorColumn, 0);
        } else {
            QCOMPARE(record.error,
                     QStringLiteral("cell %1%2 is outside the header's %3 columns")
                         .arg(columnLetters(beyond))
                         .arg(record.line)
                         .arg(width));
            QCOMPARE(record.errorColumn, beyond);
        }
    }
}

void tst_XlsxSource::csvkitSheetList()
{
    // Sizes are the sheets' uncompressed sizes as `unzip -l` lists them; rows are the last rows
    // of their <dimension> ("not this one" has an empty sheetData).
    QString error;
    const QList<SheetInfo> sheets = listSheets(sharedData(QStringLiteral("sheets.xlsx")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sheets.size(), 3);
    QCOMPARE(sheets.at(0).name, QStringLiteral("not this one"));
    QCOMPARE(sheets.at(0).rows, qint64(0));
    QCOMPARE(sheets.at(0).bytes, qint64(647));
    QCOMPARE(sheets.at(1).name, QStringLiteral("data"));
    QCOMPARE(sheets.at(1).rows, qint64(6));
    QCOMPARE(sheets.at(1).bytes, qint64(2430));
    QCOMPARE(sheets.at(2).name, QStringLiteral("ʤ"));
    QCOMPARE(sheets.at(2).rows, qint64(2));
    QCOMPARE(sheets.at(2).bytes, qint64(921));

    const QList<SheetInfo> one = listSheets(sharedData(QStringLiteral("test.xlsx")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).name, QStringLiteral("Sheet1"));
    QCOMPARE(one.at(0).rows, qint64(6));
    QCOMPARE(one.at(0).bytes, qint64(2292));
}

void tst_XlsxSource::cellText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // a part of the row's error; empty: none

    auto row = [](const char *label, const QString &text, const QString &error = {}) {
        QTest::newRow(label) << text << error;
    };
    row("shared", QStringLiteral("plain text"));
    row("shared-unicode", QStringLiteral("Unicode! Σ ʤ"));
    row("shared-csv-chars", QStringLiteral("a, \"b\""));
    row("shared-spaces", QStringLiteral("  padded  "));
    row("shared-rich", QStringLiteral("Bold and plain"));
    row("shared-phonetic", QStringLiteral("東京"));
    row("shared-rich-phonetic", QStringLiteral("大阪"));
    row("shared-escape", QStringLiteral("a\rb\tc"));
    row("shared-escaped-escape", QStringLiteral("_x0041_ and A"));
    row("shared-astral", QStringLiteral("\U0001F600 smile"));
    row("inline", QStringLiteral("inline text"));
    row("inline-rich", QStringLiteral("inline"));
    row("formula-string", QStringLiteral("ab\nc"));
    row("formula-number", QStringLiteral("3"));
    row("formula-uncached", QString());
    row("formula-error", QStringLiteral("#DIV/0!"));
    row("error-na", QStringLiteral("#N/A"));
    row("boolean-true", QStringLiteral("true"));
    row("boolean-false", QStringLiteral("false"));
    row("iso-date", QStringLiteral("2026-12-04T13:05:00"));
    row("number-int", QStringLiteral("40"));
    row("number-n", QStringLiteral("1.27"));
    row("number-sum", QStringLiteral("0.30000000000000004"));
    row("number-long", QStringLiteral("41800000.01"));
    row("number-exp-small", QStringLiteral("1e-7"));
    row("number-small-plain", QStringLiteral("0.000001"));
    row("number-exp-big", QStringLiteral("1.5e+21"));
    row("number-big-plain", QStringLiteral("100000000000000000000"));
    row("number-17-digits", QStringLiteral("12345678901234567000"));
    row("number-trailing-zero", QStringLiteral("1.5"));
    row("number-leading-zero", QStringLiteral("7"));
    row("number-negative-zero", QStringLiteral("0"));
    row("number-negative", QStringLiteral("-2.5"));
    row("number-general", QStringLiteral("0.5"));
    row("number-percent", QStringLiteral("0.25"));
    row("number-red", QStringLiteral("3"));
    row("number-quoted-h", QStringLiteral("3"));
    row("number-escaped-s", QStringLiteral("3"));
    row("number-scientific", QStringLiteral("3"));
    row("number-currency", QStringLiteral("3"));
    row("number-bool-format", QStringLiteral("1"));
    row("date-14", QStringLiteral("2026-12-04"));
    row("date-15", QStringLiteral("2026-12-04"));
    row("date-17", QStringLiteral("2026-12-04"));
    row("datetime-22", QStringLiteral("2026-12-04T13:05:00"));
    row("time-18", QStringLiteral("13:05:00"));
    row("time-21", QStringLiteral("13:05:00"));
    row("time-45", QStringLiteral("00:01:00"));
    row("elapsed-46", QStringLiteral("36:00:00"));
    row("time-47", QStringLiteral("00:01:00"));
    row("date-custom", QStringLiteral("2026-12-04"));
    row("date-custom-escaped", QStringLiteral("2026-12-04"));
    row("date-custom-locale", QStringLiteral("2026-12-04"));
    row("date-custom-quoted", QStringLiteral("2026-12-04"));
    row("date-month-only", QStringLiteral("2026-12-04"));
    row("datetime-custom", QStringLiteral("2026-12-04T13:05:00"));
    row("datetime-ampm", QStringLiteral("2026-12-04T13:05:00"));
    row("time-custom", QStringLiteral("13:05:00"));
    row("time-minutes-seconds", QStringLiteral("00:01:00"));
    row("time-ampm", QStringLiteral("13:05:00"));
    row("time-tenths", QStringLiteral("13:05:00"));
    row("elapsed-custom", QStringLiteral("54:00:00"));
    row("elapsed-minutes", QStringLiteral("01:30:00"));
    row("date-with-time-of-day", QStringLiteral("2026-12-04T12:00:00"));
    row("time-over-a-day", QStringLiteral("1900-01-01T06:00:00"));
    row("date-negative", QStringLiteral("-1"));
    row("date-1900-leap", QStringLiteral("1900-02-28"));
    row("date-ms", QStringLiteral("2026-12-04T13:05:00.250"));
    row("bad-shared-index",
        QString(),
        QStringLiteral("refers to shared string 999, but the workbook has"));
    row("bad-number",
        QStringLiteral("abc"),
        QStringLiteral("holds \"abc\", which is not a number"));
    row("bad-boolean",
        QStringLiteral("maybe"),
        QStringLiteral("holds \"maybe\", which is not a boolean"));
}

// Column A names the case, column B holds the cell under test (see CASES in the generator).
void tst_XlsxSource::cellText()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const Sheet sheet = readSheet(path(QStringLiteral("cells.xlsx")), QStringLiteral("Cells"));
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rawHeader, (QStringList{QStringLiteral("case"), QStringLiteral("value")}));
    const QString label = QString::fromLatin1(QTest::currentDataTag());
    const Record *found = nullptr;
    for (const Record &record : sheet.records) {
        if (record.fields.value(0) == label)
            found = &record;
    }
    QVERIFY2(found, "no row for this case");
    QCOMPARE(found->fields.value(1), text);
    QCOMPARE(found->fields.size(), 2); // an empty value is a field of a full-width record
    if (error.isEmpty()) {
        QCOMPARE(found->error, QString());
        QCOMPARE(found->errorColumn, 0);
    } else {
        QVERIFY2(found->error.startsWith(QStringLiteral("cell B%1 ").arg(found->line)),
                 qPrintable(found->error));
        QVERIFY2(found->error.contains(error), qPrintable(found->error));
        QCOMPARE(found->errorColumn, 2);
    }
    // raw is the row as CSV.
    QByteArray raw = label.toUtf8();
    if (found->fields.size() > 1) {
        QByteArray cell = found->fields.at(1).toUtf8();
        if (cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r'))
            cell = '"' + cell.replace("\"", "\"\"") + '"';
        raw += ',' + cell;
    }
    QCOMPARE(found->raw, raw);
}

// Numbers in every magnitude, as Python's repr() wrote them (shortest round trip, half of them
// with an upper-case exponent): each reads as formatNumber() of its value.
void tst_XlsxSource::shortestNumbers()
{
    QFile texts(path(QStringLiteral("numbers.txt")));
    QVERIFY(texts.open(QIODevice::ReadOnly));
    const QList<QByteArray> written = texts.readAll().trimmed().split('\n');
    QVERIFY(written.size() > 400);
    const Sheet sheet = readSheet(path(QStringLiteral("numbers.xlsx")), QStringLiteral("Sheet"));
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.records.size(), written.size());
    for (int i = 0; i < written.size(); ++i) {
        bool ok = false;
        const double value = written.at(i).toDouble(&ok);
        QVERIFY(ok);
        QCOMPARE(sheet.records.at(i).error, QString());
        QCOMPARE(sheet.records.at(i).fields.value(0).toLatin1(), formatNumber(value));
    }
}

void tst_XlsxSource::date1904()
{
    const Sheet sheet = readSheet(path(QStringLiteral("1904.xlsx")), QStringLiteral("Sheet"));
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QCOMPARE(sheet.records.size(), 2);
    QCOMPARE(sheet.records.at(0).fields,
             (QStringList{QStringLiteral("2026-12-04"), QStringLiteral("1971-01-01T04:14:00")}));
    QCOMPARE(sheet.records.at(1).fields, (QStringList{QStringLiteral("1904-01-01"), QString()}));
}

// Skipped columns and rows, an empty header cell, a merged range, styled empty cells, and a
// value outside the header.
void tst_XlsxSource::layout()
{
    const Sheet sheet = readSheet(path(QStringLiteral("layout.xlsx")), QStringLiteral("My data"));
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(
        sheet.rawHeader,
        (QStringList{
            QStringLiteral("id"), QStringLiteral("name"), QString(), QStringLiteral("score")}));
    QCOMPARE(sheet.header,
             (QStringList{QStringLiteral("id"),
                          QStringLiteral("name"),
                          QStringLiteral("column_3"),
                          QStringLiteral("score")}));
    const QList<Record> expected = {
        {{"1", "a", "", "10"}, 2, 1, {}, "1,a,,10"},
        {{"2", "", "", "20"}, 3, 2, {}, "2,,,20"},
        // Rejected at its cell E5 (column 5).
        {{"3", "", "", "", "beyond"},
         5,
         3,
         QStringLiteral("cell E5 is outside the header's 4 columns"),
         "3,,,,beyond",
         5},
        // Row 6 holds styled empty cells only: not a record. C7 (styled) and D7 (an empty
        // string) are empty cells: a row shorter than the header is a record of the header's
        // width, its missing cells empty values.
        {{"4", "x", "", ""}, 7, 4, {}, "4,x,,"},
        // B8:C9 is merged: its value is in B8, the other cells are empty.
        {{"5", "merged", "", ""}, 8, 5, {}, "5,merged,,"},
        {{"6", "", "", ""}, 9, 6, {}, "6,,,"},
        // F10 is empty and styled: beyond the header, but empty, so not a reject.
        {{"7", "", "", ""}, 10, 7, {}, "7,,,"},
        // Rows 11-13: styled empty cells, no records.
    };
    QCOMPARE(sheet.records.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const Record &got = sheet.records.at(i);
        const Record &want = expected.at(i);
        QCOMPARE(got.fields, want.fields);
        QCOMPARE(got.line, want.line);
        QCOMPARE(got.number, want.number);
        QCOMPARE(got.error, want.error);
        QCOMPARE(got.raw, want.raw);
        QCOMPARE(got.errorColumn, want.errorColumn);
    }
    QCOMPARE(sheet.location5, QStringLiteral("'My data'!E5"));
}

// Sheet "Skip": A1 a title, row 2 missing, A3:B3 a header, A4:B4 and A6:B6 data.
void tst_XlsxSource::skipRows_data()
{
    QTest::addColumn<int>("skipRows");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QStringList>("errors");

    const QStringList kv{QStringLiteral("k"), QStringLiteral("v")};
    QTest::newRow("0: the title is the header")
        << 0 << QStringList{QStringLiteral("Report title")} << QList<qint64>{3, 4, 6}
        << QStringList{QStringLiteral("cell B3 is outside the header's 1 column"),
                       QStringLiteral("cell B4 is outside the header's 1 column"),
                       QStringLiteral("cell B6 is outside the header's 1 column")};
    QTest::newRow("1: the empty row 2 is passed over")
        << 1 << kv << QList<qint64>{4, 6} << QStringList{QString(), QString()};
    QTest::newRow("2: row 3") << 2 << kv << QList<qint64>{4, 6}
                              << QStringList{QString(), QString()};
    QTest::newRow("3: row 4") << 3 << QStringList{QStringLiteral("one"), QStringLiteral("1")}
                              << QList<qint64>{6} << QStringList{QString()};
    QTest::newRow("5: row 6, no records")
        << 5 << QStringList{QStringLiteral("two"), QStringLiteral("2")} << QList<qint64>{}
        << QStringList{};
    QTest::newRow("6: nothing left") << 6 << QStringList{} << QList<qint64>{} << QStringList{};
    QTest::newRow("negative: as 0")
        << -4 << QStringList{QStringLiteral("Report title")} << QList<qint64>{3, 4, 6}
        << QStringList{QStringLiteral("cell B3 is outside the header's 1 column"),
                       QStringLiteral("cell B4 is outside the header's 1 column"),
                       QStringLiteral("cell B6 is outside the header's 1 column")};
}

void tst_XlsxSource::skipRows()
{
    QFETCH(int, skipRows);
    QFETCH(QStringList, header);
    QFETCH(QList<qint64>, lines);
    QFETCH(QStringList, errors);
    const Sheet sheet
        = readSheet(path(QStringLiteral("layout.xlsx")), QStringLiteral("Skip"), skipRows);
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QCOMPARE(sheet.headerError, QString());
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.rawHeader, header);
    QCOMPARE(sheet.records.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        QCOMPARE(sheet.records.at(i).line, lines.at(i));
        QCOMPARE(sheet.records.at(i).number, qint64(i + 1));
        QCOMPARE(sheet.records.at(i).error, errors.at(i));
    }
}

void tst_XlsxSource::sheetList()
{
    QFile sizesFile(path(QStringLiteral("layout.sizes")));
    QVERIFY(sizesFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> sizes = sizesFile.readAll().split(' ');
    QCOMPARE(sizes.size(), 4);

    QString error;
    const QList<SheetInfo> sheets = listSheets(path(QStringLiteral("layout.xlsx")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The chart sheet ("Chart") has no cells and is not listed.
    const QStringList names{QStringLiteral("My data"),
                            QStringLiteral("Skip"),
                            QStringLiteral("Empty"),
                            QStringLiteral("it's last")};
    const QList<qint64> rows{13, 6, 0, 2};
    QCOMPARE(sheets.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(sheets.at(i).name, names.at(i));
        QCOMPARE(sheets.at(i).rows, rows.at(i));
        QCOMPARE(sheets.at(i).bytes, sizes.at(i).toLongLong());
    }
    const Sheet chart = readSheet(path(QStringLiteral("layout.xlsx")), QStringLiteral("Chart"));
    QVERIFY2(
        chart.openError.startsWith(QStringLiteral("the workbook has no sheet named \"Chart\"")),
        qPrintable(chart.openError));
}

void tst_XlsxSource::locations()
{
    const Sheet last = readSheet(path(QStringLiteral("layout.xlsx")), QStringLiteral("it's last"));
    QVERIFY2(last.openError.isEmpty(), qPrintable(last.openError));
    QCOMPARE(last.rawHeader, QStringList{QStringLiteral("only")});
    QCOMPARE(last.records.size(), 1);
    QCOMPARE(last.records.at(0).line, qint64(2));
    QCOMPARE(last.location5, QStringLiteral("'it''s last'!E5"));
    const Sheet plain = readSheet(path(QStringLiteral("layout.xlsx")), QStringLiteral("Skip"));
    QCOMPARE(plain.location5, QStringLiteral("Skip!E5"));
    // Sheet names are matched without regard to case when no name matches exactly.
    const Sheet folded = readSheet(path(QStringLiteral("layout.xlsx")), QStringLiteral("SKIP"));
    QVERIFY2(folded.openError.isEmpty(), qPrintable(folded.openError));
    QCOMPARE(folded.location5, QStringLiteral("Skip!E5"));
}

// Files that cannot be opened: one line saying why, from both xlsxSheets() and openXlsxSheet().
void tst_XlsxSource::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("error"); // the start of openXlsxSheet()'s error
    QTest::addColumn<bool>("listed");   // xlsxSheets() lists the sheets all the same

    QTest::newRow("text") << "text.xlsx"
                          << "Sheet"
                          << "not an .xlsx workbook: " << false;
    QTest::newRow("encrypted or .xls")
        << "ole2.xlsx"
        << "Sheet"
        << "not an .xlsx workbook: an encrypted workbook or an old .xls file" << false;
    QTest::newRow("zip without a workbook")
        << "plain.zip"
        << "Sheet"
        << "not an .xlsx workbook: the zip archive has no xl/workbook.xml" << false;
    QTest::newRow("truncated") << "cut.xlsx"
                               << "Sheet"
                               << "not an .xlsx workbook: " << false;
    QTest::newRow("no such sheet")
        << "good.xlsx"
        << "Nope"
        << "the workbook has no sheet named \"Nope\" (its sheets: \"Sheet\")" << true;
    QTest::newRow("sheet part missing") << "missing-part.xlsx"
                                        << "Sheet"
                                        << "sheet \"Sheet\" has no part in the workbook" << true;
}

void tst_XlsxSource::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, error);
    QFETCH(bool, listed);
    const Sheet opened = readSheet(path(file), sheet);
    QVERIFY2(opened.openError.startsWith(error), qPrintable(opened.openError));
    QVERIFY(!opened.openError.contains(u'\n'));
    if (error.endsWith(u' '))
        QVERIFY2(opened.openError.size() > error.size(), "the reason is missing");

    QString listError;
    const QList<SheetInfo> sheets = listSheets(path(file), &listError);
    if (listed) {
        QVERIFY2(listError.isEmpty(), qPrintable(listError));
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.at(0).name, QStringLiteral("Sheet"));
    } else {
        QVERIFY(sheets.isEmpty());
        QVERIFY2(listError.startsWith(QStringLiteral("not an .xlsx workbook: ")),
                 qPrintable(listError));
        QVERIFY(!listError.contains(u'\n'));
    }
}

// good.xlsx has a header and 300 records (rows 2-301), long.xlsx 20,000; spoiled copies stop
// with one line naming the row, after the records before it.
void tst_XlsxSource::stopsMidSheet_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("records"); // -1: some, fewer than the intact sheet's
    QTest::addColumn<QString>("error");

    QTest::newRow("intact") << "good.xlsx" << 300 << QString();
    QTest::newRow("intact, long") << "long.xlsx" << 20000 << QString();
    QTest::newRow("mismatched tags")
        << "mismatched.xlsx" << 149 << "sheet Sheet has corrupt XML in row 151: ";
    QTest::newRow("XML cut short")
        << "truncated-xml.xlsx" << 199
        << "sheet Sheet ends early in row 201: its XML is cut short (a truncated workbook?)";
    // Where the damage shows depends on the compressed stream: as corrupt XML or as a
    // decompression error, in whichever row it is found.
    QTest::newRow("compressed bytes spoiled mid-sheet")
        << "corrupt-deflate.xlsx" << -1 << "sheet Sheet ";
    QTest::newRow("compressed bytes spoiled before the first row")
        << "corrupt-start.xlsx" << 0 << "sheet Sheet cannot be read before its first row: ";
}

void tst_XlsxSource::stopsMidSheet()
{
    QFETCH(QString, file);
    QFETCH(int, records);
    QFETCH(QString, error);
    const Sheet sheet = readSheet(path(file), QStringLiteral("Sheet"));
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    if (records == 0) {
        // The header could not be read: the same line says why.
        QCOMPARE(sheet.rawHeader, QStringList());
        QCOMPARE(sheet.headerError, sheet.error);
    } else {
        QCOMPARE(sheet.rawHeader, (QStringList{QStringLiteral("n"), QStringLiteral("text")}));
        QCOMPARE(sheet.headerError, QString());
    }
    if (records >= 0)
        QCOMPARE(sheet.records.size(), records);
    else
        QVERIFY(sheet.records.size() > 0 && sheet.records.size() < 20000);
    for (int i = 0; i < sheet.records.size(); ++i) {
        const Record &record = sheet.records.at(i);
        QCOMPARE(record.fields,
                 (QStringList{QString::number(i + 1), QStringLiteral("row %1").arg(i + 1)}));
        QCOMPARE(record.line, qint64(i + 2));
        QCOMPARE(record.error, QString());
    }
    if (error.isEmpty()) {
        QCOMPARE(sheet.error, QString());
    } else {
        QVERIFY2(sheet.error.startsWith(error), qPrintable(sheet.error));
        QVERIFY(!sheet.error.contains(u'\n'));
        // The row named is the one after the last record read (or the first row).
        const qint64 row = sheet.records.isEmpty() ? 0 : sheet.records.last().line + 1;
        const QString where = row == 0 ? QStringLiteral(" before its first row: ")
                                       : QStringLiteral(" in row %1: ").arg(row);
        QVERIFY2(sheet.error.contains(where), qPrintable(sheet.error));
    }
}

// Damage inside one cell rejects that row and reading goes on.
void tst_XlsxSource::rejectedRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("column"); // the cell the error is located at; 0: the row

    QTest::newRow("bad reference")
        << "bad-reference.xlsx" << qint64(5) << "cell reference \"5A\" is not valid" << 0;
    QTest::newRow("cell out of order") << "out-of-order.xlsx" << qint64(7)
                                       << "cell A7 repeats or comes after a cell to its right" << 1;
}

void tst_XlsxSource::rejectedRows()
{
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(QString, error);
    QFETCH(int, column);
    const Sheet sheet = readSheet(path(file), QStringLiteral("Sheet"));
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.records.size(), 300);
    for (const Record &record : sheet.records) {
        QCOMPARE(record.error, record.line == line ? error : QString());
        QCOMPARE(record.errorColumn, record.line == line ? column : 0);
        QCOMPARE(record.number, record.line - 1);
    }
}

void tst_XlsxSource::headerRefused()
{
    const Sheet sheet = readSheet(path(QStringLiteral("bad-header.xlsx")), QStringLiteral("Sheet"));
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QCOMPARE(sheet.headerError,
             QStringLiteral("header row 1: cell B1 refers to shared string 999, but the workbook "
                            "has 0"));
    QCOMPARE(sheet.rawHeader, QStringList());
    QVERIFY(sheet.records.isEmpty());
}

void tst_XlsxSource::sheetWithoutData()
{
    const Sheet sheet
        = readSheet(path(QStringLiteral("no-sheetdata.xlsx")), QStringLiteral("Sheet"));
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QCOMPARE(sheet.rawHeader, QStringList());
    QCOMPARE(sheet.headerError, QString());
    QCOMPARE(sheet.error, QString());
    QVERIFY(sheet.records.isEmpty());
    const Sheet empty = readSheet(path(QStringLiteral("layout.xlsx")), QStringLiteral("Empty"));
    QVERIFY2(empty.openError.isEmpty(), qPrintable(empty.openError));
    QCOMPARE(empty.rawHeader, QStringList());
    QVERIFY(empty.records.isEmpty());
}

// 200,000 rows × 6 columns (tens of MB of sheet XML) read with memory that does not grow with
// the sheet, every value checked, and progress that moves.
void tst_XlsxSource::bigSheet()
{
    QFile file(path(QStringLiteral("big.xlsx")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const QList<SheetInfo> sheets = xlsxSheets(&file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sheets.size(), 1);
    QCOMPARE(sheets.at(0).rows, qint64(BigRows + 1));
    QVERIFY(sheets.at(0).bytes > 40 * 1024 * 1024);

    PeakMemory memory;
    QVERIFY(memory.start());

    std::unique_ptr<RecordSource> source = openXlsxSheet(&file, QStringLiteral("Big"), 0, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->rawHeader(),
             (QStringList{QStringLiteral("id"),
                          QStringLiteral("name"),
                          QStringLiteral("amount"),
                          QStringLiteral("when"),
                          QStringLiteral("flag"),
                          QStringLiteral("note")}));
    CsvRecord record;
    qint64 count = 0;
    qint64 progress = 0;
    bool moved = false;
    while (source->next(record)) {
        ++count;
        const qint64 n = count;
        if (record.line != n + 1 || record.number != n || !record.error.isEmpty()
            || record.fieldCount() != 6 || record.field(0) != QByteArray::number(n)
            || record.field(1) != "name " + QByteArray::number(n % 1000)
            || record.field(2) != QByteArray::number(n) + ".25"
            || record.field(3) != formatSerialDate(double(40000 + n % 3000), DateTimeKind::Date)
            || record.field(4) != formatBoolean(n % 2 == 1)
            || record.field(5) != "note " + QByteArray::number(n)) {
            QFAIL(qPrintable(QStringLiteral("row %1 reads as %2 (%3)")
                                 .arg(record.line)
                                 .arg(QString::fromUtf8(record.raw), record.error)));
        }
        const qint64 bytes = source->bytesRead();
        QVERIFY(bytes >= progress);
        moved = moved || (progress > 0 && bytes > progress);
        progress = bytes;
    }
    QCOMPARE(source->errorString(), QString());
    QCOMPARE(count, qint64(BigRows));
    QVERIFY(moved);
    QVERIFY(progress > file.size() / 2 && progress <= file.size());

    const qint64 growthKiB = memory.growthKiB();
    QVERIFY(growthKiB >= 0);
    qDebug("peak memory growth reading %lld rows: %lld KiB", count, growthKiB);
    if constexpr (PeakMemory::boundsHold)
        QVERIFY2(growthKiB < 16 * 1024, qPrintable(QStringLiteral("%1 KiB").arg(growthKiB)));
}

QTEST_GUILESS_MAIN(tst_XlsxSource)
#include "tst_xlsxsource.moc"

// Writes the test workbooks into the folder given (argv[1]); argv[2] is the big sheet's rows.
// Workbooks are made with openpyxl, then edited where openpyxl cannot write what Excel writes
// (shared strings, rich text and phonetic runs, cached formula values, exact number text) or
// where a workbook must be broken on purpose.
namespace {

const char *generatorScript()
{
    return R"PY(
import datetime, os, random, re, sys, zipfile
import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

out = sys.argv[1]

def rewrite(path, edits):
    """Rewrites members of the zip at path: edits maps a member to a function of its text."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename in edits:
                data = edits[info.filename](data.decode('utf-8')).encode('utf-8')
            z.writestr(info.filename, data)

def to_shared(path, sheets):
    """openpyxl writes inline strings; Excel writes shared strings. Every inline string of the
    sheets becomes a shared one, except those starting with '@inline@' (kept inline, prefix
    removed). '@si:NAME@' strings are replaced by RAW_SI[NAME], a hand-written <si>."""
    table = []
    def shared(m):
        attrs, body = m.group(1), m.group(2)
        text = re.sub(r'<t[^>]*>(.*)</t>', r'\1', body, flags=re.S)
        if text.startswith('@inline@'):
            inner = INLINE.get(text[8:], '<t>%s</t>' % text[8:])
            return '<c %st="inlineStr"><is>%s</is></c>' % (attrs, inner)
        si = RAW_SI[text[4:-1]] if text.startswith('@si:') else '<si>%s</si>' % body
        table.append(si)
        return '<c %st="s"><v>%d</v></c>' % (attrs, len(table) - 1)
    pattern = re.compile(r'<c ([^>]*?)t="inlineStr"><is>(.*?)</is></c>', re.S)
    edits = {s: (lambda x: pattern.sub(shared, x)) for s in sheets}
    rewrite(path, edits)
    add_shared_strings(path, ''.join(table))

def add_shared_strings(path, items):
    """Adds xl/sharedStrings.xml holding the <si> items, with its relationship and type."""
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.'
           'openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (items.count('<si>'), items.count('<si>'), items))
    with zipfile.ZipFile(path, 'a', zipfile.ZIP_DEFLATED) as z:
        z.writestr('xl/sharedStrings.xml', sst)
    rewrite(path, {
        '[Content_Types].xml': lambda x: x.replace('</Types>',
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
        'xl/_rels/workbook.xml.rels': lambda x: x.replace('</Relationships>',
            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/sharedStrings" Target="sharedStrings.xml" Id="rIdSst"/>'
            '</Relationships>')})

def set_cells(cells):
    """A sheet edit: cells maps a reference to (type or None, inner XML), keeping the style."""
    def edit(xml):
        for ref, (t, inner) in cells.items():
            pattern = re.compile(r'<c r="%s"( s="\d+")?[^>]*?(/>|>.*?</c>)' % ref, re.S)
            m = pattern.search(xml)
            assert m, ref
            style = m.group(1) or ''
            kind = ' t="%s"' % t if t else ''
            xml = xml[:m.start()] + '<c r="%s"%s%s>%s</c>' % (ref, style, kind, inner) \
                + xml[m.end():]
        return xml
    return edit

RAW_SI = {
    'rich': '<si><r><rPr><b/><sz val="11"/></rPr><t>Bold</t></r>'
            '<r><t xml:space="preserve"> and plain</t></r></si>',
    'phonetic': '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>'
                '<phoneticPr fontId="0" type="noConversion"/></si>',
    'richphonetic': '<si><r><t>大</t></r><r><rPr><i/></rPr><t>阪</t></r>'
                    '<rPh sb="0" eb="2"><t>オオサカ</t></rPh></si>',
    'escape': '<si><t>a_x000D_b_x0009_c</t></si>',
    'escaped-escape': '<si><t>_x005F_x0041_ and _x0041_</t></si>',
    'astral': '<si><t>_xD83D__xDE00_ smile</t></si>',
}
INLINE = {
    'inline-rich': '<r><t>in</t></r><r><rPr><b/></rPr><t>line</t></r>'
                   '<rPh sb="0" eb="1"><t>x</t></rPh>',
}

# cells.xlsx: column A names a case, column B holds the cell under test.
# (label, value for openpyxl, number format or None, raw edit (type, inner XML) or None)
CASES = [
    ('shared', 'plain text', None, None),
    ('shared-unicode', 'Unicode! Σ ʤ', None, None),
    ('shared-csv-chars', 'a, "b"', None, None),
    ('shared-spaces', '  padded  ', None, None),
    ('shared-rich', '@si:rich@', None, None),
    ('shared-phonetic', '@si:phonetic@', None, None),
    ('shared-rich-phonetic', '@si:richphonetic@', None, None),
    ('shared-escape', '@si:escape@', None, None),
    ('shared-escaped-escape', '@si:escaped-escape@', None, None),
    ('shared-astral', '@si:astral@', None, None),
    ('inline', '@inline@inline text', None, None),
    ('inline-rich', '@inline@inline-rich', None, None),
    ('formula-string', 0, None, ('str', '<f>CONCAT("a","b")</f><v>ab_x000A_c</v>')),
    ('formula-number', 0, None, (None, '<f>1+2</f><v>3</v>')),
    ('formula-uncached', 0, None, (None, '<f>1+2</f>')),
    ('formula-error', 0, None, ('e', '<f>1/0</f><v>#DIV/0!</v>')),
    ('error-na', 0, None, ('e', '<v>#N/A</v>')),
    ('boolean-true', True, None, None),
    ('boolean-false', False, None, None),
    ('iso-date', 0, None, ('d', '<v>2026-12-04T13:05:00</v>')),
    ('number-int', 40, None, None),
    ('number-n', 0, None, ('n', '<v>1.27</v>')),
    ('number-sum', 0, None, (None, '<v>0.30000000000000004</v>')),
    ('number-long', 0, None, (None, '<v>41800000.009999998</v>')),
    ('number-exp-small', 0, None, (None, '<v>1E-7</v>')),
    ('number-small-plain', 0, None, (None, '<v>0.000001</v>')),
    ('number-exp-big', 0, None, (None, '<v>1.5E+21</v>')),
    ('number-big-plain', 0, None, (None, '<v>100000000000000000000</v>')),
    ('number-17-digits', 0, None, (None, '<v>12345678901234567890</v>')),
    ('number-trailing-zero', 0, None, (None, '<v>1.50</v>')),
    ('number-leading-zero', 0, None, (None, '<v>007</v>')),
    ('number-negative-zero', 0, None, (None, '<v>-0</v>')),
    ('number-negative', 0, None, (None, '<v>-2.5</v>')),
    ('number-general', 0.5, 'General', None),
    ('number-percent', 0.25, '0.00%', None),
    ('number-red', 3, '[Red]0.00', None),
    ('number-quoted-h', 3, '0.0" h"', None),
    ('number-escaped-s', 3, '0\\s', None),
    ('number-scientific', 3, '0.00E+00', None),
    ('number-currency', 3, '[$€-407]#,##0.00', None),
    ('number-bool-format', 1, '"TRUE";"TRUE";"FALSE"', None),
    ('date-14', 46360, 14, None),
    ('date-15', 46360, 15, None),
    ('date-17', 46360, 17, None),
    ('datetime-22', 46360.5451388889, 22, None),
    ('time-18', 0.5451388889, 18, None),
    ('time-21', 0.5451388889, 21, None),
    ('time-45', 0.0006944444, 45, None),
    ('elapsed-46', 1.5, 46, None),
    ('time-47', 0.0006944444, 47, None),
    ('date-custom', 46360, 'yyyy-mm-dd', None),
    ('date-custom-escaped', 46360, 'yyyy\\-mm\\-dd', None),
    ('date-custom-locale', 46360, '[$-409]mmmm d, yyyy;@', None),
    ('date-custom-quoted', 46360, '"day "d" of "mmm', None),
    ('date-month-only', 46360, 'mmm', None),
    ('datetime-custom', 46360.5451388889, 'dd/mm/yyyy hh:mm:ss', None),
    ('datetime-ampm', 46360.5451388889, 'mm/dd/yy\\ hh:mm\\ AM/PM', None),
    ('time-custom', 0.5451388889, 'hh:mm', None),
    ('time-minutes-seconds', 0.0006944444, 'mm:ss', None),
    ('time-ampm', 0.5451388889, 'h:mm AM/PM', None),
    ('time-tenths', 0.5451388889, 'hh:mm:ss.0', None),
    ('elapsed-custom', 2.25, '[h]:mm', None),
    ('elapsed-minutes', 0.0625, '[mm]:ss', None),
    ('date-with-time-of-day', 46360.5, 'yyyy-mm-dd', None),
    ('time-over-a-day', 1.25, 'hh:mm:ss', None),
    ('date-negative', -1, 'yyyy-mm-dd', None),
    ('date-1900-leap', 60, 'yyyy-mm-dd', None),
    ('date-ms', 0, 'yyyy-mm-dd hh:mm:ss', (None, '<v>46360.5451417824</v>')),
    ('bad-shared-index', 0, None, ('s', '<v>999</v>')),
    ('bad-number', 0, None, (None, '<v>abc</v>')),
    ('bad-boolean', 0, None, ('b', '<v>maybe</v>')),
]

def cells():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Cells'
    ws.append(['case', 'value'])
    edits = {}
    for i, (label, value, fmt, raw) in enumerate(CASES, start=2):
        ws.cell(row=i, column=1, value=label)
        c = ws.cell(row=i, column=2, value=value)
        if isinstance(fmt, int):
            c.number_format = openpyxl.styles.numbers.BUILTIN_FORMATS[fmt]
        elif fmt:
            c.number_format = fmt
        if raw:
            edits['B%d' % i] = raw
    path = os.path.join(out, 'cells.xlsx')
    wb.save(path)
    to_shared(path, ['xl/worksheets/sheet1.xml'])
    rewrite(path, {'xl/worksheets/sheet1.xml': set_cells(edits)})
    # Built-in formats must be written by id only, as Excel does: openpyxl writes ids < 164
    # without a numFmt entry already.

def workbook1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.append(['date', 'datetime'])
    ws.append([datetime.date(2026, 12, 4), datetime.datetime(1971, 1, 1, 4, 14)])
    ws.append([datetime.date(1904, 1, 1), None])
    wb.save(os.path.join(out, '1904.xlsx'))

def layout():
    """Sheet 'My data': skipped rows and columns, a merged range, empty rows, trailing cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'My data'
    bold = openpyxl.styles.Font(bold=True)
    ws['A1'], ws['B1'], ws['D1'] = 'id', 'name', 'score'      # C1 empty: column_3
    ws['A2'], ws['B2'], ws['D2'] = 1, 'a', 10
    ws['A3'], ws['D3'] = 2, 20                                # B3, C3 missing
    # row 4 missing
    ws['A5'], ws['E5'] = 3, 'beyond'                          # E5 outside the header
    for col in 'ABCDEFG':
        ws[col + '6'].font = bold                             # styled empty cells only
    ws['A7'], ws['B7'] = 4, 'x'
    ws['C7'].font = bold                                      # trailing empty styled cell
    ws['D7'] = ''                                             # trailing empty string
    ws['A8'], ws['B8'] = 5, 'merged'
    ws.merge_cells('B8:C9')
    ws['A9'] = 6
    ws['A10'] = 7
    ws['F10'].font = bold                                     # empty, beyond the header
    for r in range(11, 14):
        ws['A%d' % r].font = bold                             # trailing empty rows
    ws2 = wb.create_sheet('Skip')
    ws2['A1'] = 'Report title'
    ws2['A3'], ws2['B3'] = 'k', 'v'
    ws2['A4'], ws2['B4'] = 'one', 1
    ws2['A6'], ws2['B6'] = 'two', 2
    wb.create_sheet('Empty')
    ws4 = wb.create_sheet("it's last")
    ws4.append(['only'])
    ws4.append(['row'])
    wb.create_chartsheet('Chart')
    path = os.path.join(out, 'layout.xlsx')
    wb.save(path)
    to_shared(path, ['xl/worksheets/sheet%d.xml' % i for i in range(1, 5)])
    with zipfile.ZipFile(path) as z, open(os.path.join(out, 'layout.sizes'), 'w') as f:
        f.write(' '.join(str(z.getinfo('xl/worksheets/sheet%d.xml' % i).file_size)
                         for i in range(1, 5)))

def numbers():
    """Random doubles written in their shortest form (Python's repr), with repr beside them."""
    rng = random.Random(20261204)
    values = [0.1 + 0.2, 1.27, 41800000.01, 1 / 3, 2 / 3, 1e-7, 1.5e21, 123456789012345.6,
              9007199254740993.0, 5e-324, 1.7976931348623157e308, 0.000001, 999999999999999.9]
    for _ in range(400):
        kind = rng.randrange(4)
        if kind == 0:
            values.append(rng.uniform(-1e6, 1e6))
        elif kind == 1:
            values.append(rng.randrange(-10 ** 17, 10 ** 17))
        elif kind == 2:
            values.append(round(rng.uniform(0, 1000), rng.randrange(0, 8)))
        else:
            values.append(rng.uniform(1, 10) * 10.0 ** rng.randrange(-12, 24))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(['value'])
    for _ in values:
        ws.append([0])
    path = os.path.join(out, 'numbers.xlsx')
    wb.save(path)
    texts = [repr(float(v)).upper().replace('E+', 'E') if rng.random() < 0.5 else repr(float(v))
             for v in values]
    rewrite(path, {'xl/worksheets/sheet1.xml': set_cells(
        {'A%d' % (i + 2): (None, '<v>%s</v>' % t) for i, t in enumerate(texts)})})
    with open(os.path.join(out, 'numbers.txt'), 'w') as f:
        f.write('\n'.join(texts) + '\n')

def big(rows):
    """Many rows written straight into an openpyxl workbook's sheet XML (openpyxl itself would
    take minutes): a shared string column, numbers, a date column, a boolean."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Big'
    ws.append(['id', 'name', 'amount', 'when', 'flag', 'note'])
    ws['D2'] = datetime.date(2026, 1, 1)  # registers a date style (s="1")
    path = os.path.join(out, 'big.xlsx')
    wb.save(path)
    def sheet(xml):
        out = ['<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
               '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>'
               '<c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>']
        for r in range(2, rows + 2):
            n = r - 1
            out.append('<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c>'
                       '<c r="C%d"><v>%d.25</v></c><c r="D%d" s="1"><v>%d</v></c>'
                       '<c r="E%d" t="b"><v>%d</v></c><c r="F%d" t="inlineStr"><is><t>note %d'
                       '</t></is></c></row>'
                       % (r, r, n, r, 6 + n % 1000, r, n, r, 40000 + n % 3000, r, n % 2, r, n))
        out.append('</sheetData>')
        xml = re.sub(r'<sheetData>.*</sheetData>', lambda m: ''.join(out), xml, flags=re.S)
        return re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:F%d"/>' % (rows + 1), xml)
    rewrite(path, {'xl/worksheets/sheet1.xml': sheet})
    sst = ''.join('<si><t>%s</t></si>' % t for t in ['id', 'name', 'amount', 'when', 'flag', 'note']) \
        + ''.join('<si><t>name %d</t></si>' % i for i in range(1000))
    add_shared_strings(path, sst)

def broken():
    """A workbook of 300 rows, then copies of it spoiled in different ways."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(['n', 'text'])
    for i in range(1, 301):
        ws.append([i, 'row %d' % i])
    path = os.path.join(out, 'good.xlsx')
    wb.save(path)
    data = open(path, 'rb').read()
    open(os.path.join(out, 'cut.xlsx'), 'wb').write(data[:len(data) // 2])
    for name, edit in [
        ('mismatched.xlsx', lambda x: x.replace('<row r="151">',
                                                '<row r="151"><c r="C151"><v>1</c>')),
        ('truncated-xml.xlsx', lambda x: x[:x.index('<row r="201">') + 30]),
        ('no-sheetdata.xlsx', lambda x: re.sub(r'<sheetData>.*</sheetData>', '', x, flags=re.S)),
        ('bad-reference.xlsx', lambda x: x.replace('<c r="A5" ', '<c r="5A" ')),
        ('out-of-order.xlsx', lambda x: x.replace('<c r="B7" ', '<c r="A7" ')),
        ('bad-header.xlsx', set_cells({'B1': ('s', '<v>999</v>')})),
    ]:
        target = os.path.join(out, name)
        open(target, 'wb').write(data)
        rewrite(target, {'xl/worksheets/sheet1.xml': edit})
    # The sheet's compressed bytes spoiled a third of the way in (the zip directory intact):
    # in good.xlsx before the first row is out; in long.xlsx (20,000 rows) mid-sheet.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(['n', 'text'])
    for i in range(1, 20001):
        ws.append([i, 'row %d' % i])
    long_path = os.path.join(out, 'long.xlsx')
    wb.save(long_path)
    for source, target in [(path, 'corrupt-start.xlsx'), (long_path, 'corrupt-deflate.xlsx')]:
        data = open(source, 'rb').read()
        with zipfile.ZipFile(source) as z:
            info = z.getinfo('xl/worksheets/sheet1.xml')
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        spoiled = bytearray(data)
        for k in range(info.compress_size // 3, info.compress_size // 3 + 64):
            spoiled[start + k] ^= 0x5A
        open(os.path.join(out, target), 'wb').write(bytes(spoiled))
    data = open(path, 'rb').read()
    with zipfile.ZipFile(os.path.join(out, 'plain.zip'), 'w') as z:
        z.writestr('a.csv', 'a,b\n1,2\n')
    open(os.path.join(out, 'ole2.xlsx'), 'wb').write(
        b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + b'\0' * 504)
    open(os.path.join(out, 'text.xlsx'), 'wb').write(b'a,b\n1,2\n')
    # A workbook whose sheet part is missing from the zip.
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(os.path.join(out, 'missing-part.xlsx'), 'w', zipfile.ZIP_DEFLATED) as z:
        for info, member in items:
            if info.filename != 'xl/worksheets/sheet1.xml':
                z.writestr(info.filename, member)

os.makedirs(out, exist_ok=True)
cells()
workbook1904()
layout()
numbers()
broken()
big(int(sys.argv[2]) if len(sys.argv) > 2 else 200000)
)PY";
}

} // namespace
