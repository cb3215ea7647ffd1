// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "csv/csvreader.h"
#include "source/cellformat.h"
#include "source/odssource.h"
#include "source/xlsxsource.h"

#include "peakmemory.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stevedore;
using stevedore::test::PeakMemory;

namespace {

// The Python script that writes the test workbooks (at the end of this file: moc would read
// its '#' comments as directives).
const char *generatorScript();

constexpr int BigRows = 200000;

struct Record
{
    QStringList fields;
    qint64 line = 0;
    qint64 number = 0;
    QString error;
    QByteArray raw;
    int errorColumn = 0;

    bool operator==(const Record &other) const
    {
        return fields == other.fields && line == other.line && number == other.number
               && error == other.error && raw == other.raw && errorColumn == other.errorColumn;
    }
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

using OpenSheet = std::unique_ptr<RecordSource> (*)(QIODevice *, const QString &, int, QString *);

Sheet readSheet(const QString &path,
                const QString &name,
                int skipRows = 0,
                OpenSheet open = openOdsSheet)
{
    Sheet sheet;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        sheet.openError = QStringLiteral("test: cannot open ") + path;
        return sheet;
    }
    std::unique_ptr<RecordSource> source = open(&file, name, skipRows, &sheet.openError);
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
    return odsSheets(&file, error);
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArrayList cells;
    for (const QString &field : fields) {
        QByteArray cell = field.toUtf8();
        if (cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r'))
            cell = '"' + cell.replace("\"", "\"\"") + '"';
        cells.append(cell);
    }
    return cells.join(',');
}

} // namespace

class tst_OdsSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cellText_data();
    void cellText();
    void layout();
    void skipRows_data();
    void skipRows();
    void repeatedHeader_data();
    void repeatedHeader();
    void sheetList();
    void locations();
    void sameAsXlsx();
    void refused_data();
    void refused();
    void stopsMidSheet_data();
    void stopsMidSheet();
    void rejectedRows_data();
    void rejectedRows();
    void headerRefused();
    void placeholderInSheetName();
    void emptySheets_data();
    void emptySheets();
    void bigSheet();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void tst_OdsSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile script(m_dir.filePath(QStringLiteral("generate.py")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(generatorScript());
    script.close();
    // odfpy (python3-odf), openpyxl and zip are dependencies of these tests: they fail without.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {script.fileName(), m_dir.path(), QString::number(BigRows)});
    QVERIFY2(python.waitForStarted(), "/usr/bin/python3 cannot be run");
    QVERIFY2(python.waitForFinished(300000), "the workbook generator did not finish");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
}

// Column A names the case, column B holds the cell under test (see CASES in the generator).
void tst_OdsSource::cellText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // a part of the row's error; empty: none

    auto row = [](const char *label, const QString &text, const QString &error = {}) {
        QTest::newRow(label) << text << error;
    };
    row("string", QStringLiteral("plain text"));
    row("string-unicode", QStringLiteral("Unicode! Σ ʤ \U0001F600"));
    row("string-csv-chars", QStringLiteral("a, \"b\""));
    row("string-teletype-spaces", QStringLiteral("a  b\tc\nd"));
    row("string-padded", QStringLiteral("  padded  "));
    row("string-collapsed", QStringLiteral("a b c"));
    row("string-collapsed-across-span", QStringLiteral("a b"));
    row("string-space-after-s", QStringLiteral("a  b"));
    row("string-span", QStringLiteral("Bold and plain"));
    row("string-nested-span", QStringLiteral("one two three"));
    row("string-tab", QStringLiteral("a\tb"));
    row("string-line-break", QStringLiteral("a\nb"));
    row("string-paragraphs", QStringLiteral("one\ntwo\n\nfour"));
    row("string-heading", QStringLiteral("title\nbody"));
    row("string-list", QStringLiteral("x\ny"));
    row("string-link", QStringLiteral("see the site"));
    row("string-annotation", QStringLiteral("visible"));
    row("string-note", QStringLiteral("ab"));
    row("string-ruby", QStringLiteral("漢字"));
    row("string-frame", QStringLiteral("text"));
    row("string-value-attribute", QStringLiteral("from the attribute"));
    row("string-pandas", QStringLiteral("test\ntwo  spaces"));
    row("string-entities", QStringLiteral("<a & b>"));
    row("untyped", QStringLiteral("no value type"));
    row("float-int", QStringLiteral("40"));
    row("float-1.27", QStringLiteral("1.27"));
    row("float-sum", QStringLiteral("0.30000000000000004"));
    row("float-long", QStringLiteral("41800000.01"));
    row("float-exp-small", QStringLiteral("1e-7"));
    row("float-exp-big", QStringLiteral("1.5e+21"));
    row("float-trailing-zero", QStringLiteral("1.5"));
    row("float-negative-zero", QStringLiteral("0"));
    row("float-plus", QStringLiteral("3"));
    row("float-negative", QStringLiteral("-2.5"));
    row("float-shown-rounded", QStringLiteral("3.14159"));
    row("float-without-value", QStringLiteral("12"));
    row("percentage", QStringLiteral("0.25"));
    row("currency", QStringLiteral("3"));
    row("formula-float", QStringLiteral("3"));
    row("formula-string", QStringLiteral("ab"));
    row("formula-date", QStringLiteral("2026-12-06"));
    row("formula-error", QStringLiteral("#DIV/0!"));
    row("formula-uncached", QString());
    row("date", QStringLiteral("2026-12-05"));
    row("datetime", QStringLiteral("2026-12-05T10:30:00"));
    row("datetime-zero-ms", QStringLiteral("2026-12-05T10:30:00"));
    row("datetime-ms", QStringLiteral("2026-12-05T10:30:00.250"));
    row("datetime-rounds-to-next-day", QStringLiteral("2026-12-06T00:00:00"));
    row("datetime-midnight", QStringLiteral("2026-12-05T00:00:00"));
    row("datetime-zone", QStringLiteral("2026-12-05T10:30:00Z"));
    row("date-old", QStringLiteral("1899-12-30"));
    row("time", QStringLiteral("10:30:00"));
    row("time-nines", QStringLiteral("13:05:00"));
    row("time-ms", QStringLiteral("00:00:01.500"));
    row("time-over-a-day", QStringLiteral("36:00:00"));
    row("time-days", QStringLiteral("26:00:00"));
    row("time-negative", QStringLiteral("-01:30:00"));
    row("time-minutes-only", QStringLiteral("00:05:00"));
    row("boolean-true", QStringLiteral("true"));
    row("boolean-false", QStringLiteral("false"));
    row("boolean-1", QStringLiteral("true"));
    row("bad-float", QStringLiteral("abc"), QStringLiteral("holds \"abc\", which is not a number"));
    row("bad-infinity",
        QStringLiteral("INF"),
        QStringLiteral("holds \"INF\", which is not a number"));
    row("bad-date",
        QStringLiteral("2026-13-40"),
        QStringLiteral("holds \"2026-13-40\", which is not a date"));
    row("bad-time", QStringLiteral("P1Y"), QStringLiteral("holds \"P1Y\", which is not a time"));
    row("bad-boolean",
        QStringLiteral("maybe"),
        QStringLiteral("holds \"maybe\", which is not a boolean"));
}

void tst_OdsSource::cellText()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const Sheet sheet = readSheet(path(QStringLiteral("cells.ods")), QStringLiteral("Cells"));
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
    } else {
        QVERIFY2(found->error.startsWith(QStringLiteral("cell B%1 ").arg(found->line)),
                 qPrintable(found->error));
        QVERIFY2(found->error.contains(error), qPrintable(found->error));
        QCOMPARE(found->errorColumn, 2);
    }
    QCOMPARE(found->raw, csvLine(found->fields));
}

// Skipped and repeated cells and rows, covered (merged) cells, empty rows, values outside the
// header, and a trailing run of a whole sheet's empty rows and columns.
void tst_OdsSource::layout()
{
    const Sheet sheet = readSheet(path(QStringLiteral("layout.ods")), QStringLiteral("My data"));
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
    const QString outside = QStringLiteral("cell %1 is outside the header's 4 columns");
    const QList<Record> expected = {
        {{"1", "a", "", "10"}, 2, 1, {}, "1,a,,10"},
        {{"2", "", "", "20"}, 3, 2, {}, "2,,,20"},
        // Row 4 is empty. A reject is located at its cell (E: column 5).
        {{"3", "", "", "", "beyond"}, 5, 3, outside.arg(u"E5"), "3,,,,beyond", 5},
        // Row 6 holds styled empty cells only: not a record. Row 7's trailing empty cells are
        // 16,382 repeated ones: a row shorter than the header is a record of the header's
        // width, its missing cells empty values.
        {{"4", "x", "", ""}, 7, 4, {}, "4,x,,"},
        // B8:C9 is merged: its value is in B8, the other cells are covered (B9 keeps the
        // text it had before the merge, which is not shown and not read).
        {{"5", "merged", "", ""}, 8, 5, {}, "5,merged,,"},
        {{"6", "", "", ""}, 9, 6, {}, "6,,,"},
        // F10 is a covered cell beyond the header: empty, so not a reject.
        {{"7", "", "", ""}, 10, 7, {}, "7,,,"},
        // Row 11 stands for three rows.
        {{"r", "rep", "", ""}, 11, 8, {}, "r,rep,,"},
        {{"r", "rep", "", ""}, 12, 9, {}, "r,rep,,"},
        {{"r", "rep", "", ""}, 13, 10, {}, "r,rep,,"},
        // One cell repeated over three columns.
        {{"x", "x", "x", ""}, 14, 11, {}, "x,x,x,"},
        // One cell repeated over five: the fifth is outside the header.
        {{"w", "w", "w", "w", "w"}, 15, 12, outside.arg(u"E15"), "w,w,w,w,w", 5},
        // A repeated row with a value outside the header: each row's reject names its own row.
        {{"", "", "", "", "o"}, 16, 13, outside.arg(u"E16"), ",,,,o", 5},
        {{"", "", "", "", "o"}, 17, 14, outside.arg(u"E17"), ",,,,o", 5},
        // Rows 18 to 1,048,576: empty repeated rows of 16,384 empty repeated cells.
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

// Sheet "Skip": A1 a title, row 2 empty, A3:B3 a header, A4:B4 and A6:B6 data.
void tst_OdsSource::skipRows_data()
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

void tst_OdsSource::skipRows()
{
    QFETCH(int, skipRows);
    QFETCH(QStringList, header);
    QFETCH(QList<qint64>, lines);
    QFETCH(QStringList, errors);
    const Sheet sheet
        = readSheet(path(QStringLiteral("layout.ods")), QStringLiteral("Skip"), skipRows);
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

// Sheet "Repeat": rows 1-3 are one row (t, u) repeated three times, row 4 is (d, e).
void tst_OdsSource::repeatedHeader_data()
{
    QTest::addColumn<int>("skipRows");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<qint64>>("lines");

    const QStringList tu{QStringLiteral("t"), QStringLiteral("u")};
    QTest::newRow("0: row 1, rows 2-3 are records") << 0 << tu << QList<qint64>{2, 3, 4};
    QTest::newRow("1: row 2") << 1 << tu << QList<qint64>{3, 4};
    QTest::newRow("2: row 3") << 2 << tu << QList<qint64>{4};
    QTest::newRow("3: row 4") << 3 << QStringList{QStringLiteral("d"), QStringLiteral("e")}
                              << QList<qint64>{};
}

void tst_OdsSource::repeatedHeader()
{
    QFETCH(int, skipRows);
    QFETCH(QStringList, header);
    QFETCH(QList<qint64>, lines);
    const QStringList tu{QStringLiteral("t"), QStringLiteral("u")};
    const Sheet sheet
        = readSheet(path(QStringLiteral("layout.ods")), QStringLiteral("Repeat"), skipRows);
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QCOMPARE(sheet.headerError, QString());
    QCOMPARE(sheet.rawHeader, header);
    QCOMPARE(sheet.records.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        QCOMPARE(sheet.records.at(i).line, lines.at(i));
        QCOMPARE(sheet.records.at(i).number, qint64(i + 1));
        QCOMPARE(sheet.records.at(i).fields,
                 lines.at(i) == 4 ? (QStringList{QStringLiteral("d"), QStringLiteral("e")}) : tu);
        QCOMPARE(sheet.records.at(i).error, QString());
    }
}

void tst_OdsSource::sheetList()
{
    // The generator writes each sheet's span of content.xml (its <table:table> element, in
    // characters) beside the workbook.
    QFile spansFile(path(QStringLiteral("layout.spans")));
    QVERIFY(spansFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> spans = spansFile.readAll().split(' ');

    QString error;
    const QList<SheetInfo> sheets = listSheets(path(QStringLiteral("layout.ods")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList names{QStringLiteral("My data"),
                            QStringLiteral("Skip"),
                            QStringLiteral("Repeat"),
                            QStringLiteral("Empty"),
                            QStringLiteral("Blank rows"),
                            QStringLiteral("it's last")};
    // Rows: the last row with content (My data's rows 18 on are empty repeated rows).
    const QList<qint64> rows{17, 6, 4, 0, 0, 2};
    QCOMPARE(spans.size(), names.size());
    QCOMPARE(sheets.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(sheets.at(i).name, names.at(i));
        QCOMPARE(sheets.at(i).rows, rows.at(i));
        QCOMPARE(sheets.at(i).bytes, spans.at(i).toLongLong());
    }
}

void tst_OdsSource::locations()
{
    const Sheet last = readSheet(path(QStringLiteral("layout.ods")), QStringLiteral("it's last"));
    QVERIFY2(last.openError.isEmpty(), qPrintable(last.openError));
    QCOMPARE(last.rawHeader, QStringList{QStringLiteral("only")});
    QCOMPARE(last.records.size(), 1);
    QCOMPARE(last.records.at(0).line, qint64(2));
    QCOMPARE(last.location5, QStringLiteral("'it''s last'!E5"));
    const Sheet plain = readSheet(path(QStringLiteral("layout.ods")), QStringLiteral("Skip"));
    QCOMPARE(plain.location5, QStringLiteral("Skip!E5"));
    // Sheet names are matched without regard to case when no name matches exactly.
    const Sheet folded = readSheet(path(QStringLiteral("layout.ods")), QStringLiteral("SKIP"));
    QVERIFY2(folded.openError.isEmpty(), qPrintable(folded.openError));
    QCOMPARE(folded.location5, QStringLiteral("Skip!E5"));
    QCOMPARE(folded.records.size(), 3);
    const Sheet exact = readSheet(path(QStringLiteral("layout.ods")), QStringLiteral("it's LAST"));
    QVERIFY2(exact.openError.isEmpty(), qPrintable(exact.openError));
    QCOMPARE(exact.location5, QStringLiteral("'it''s last'!E5"));
}

// The same rows written by odfpy as .ods and by openpyxl as .xlsx read as the same records.
void tst_OdsSource::sameAsXlsx()
{
    const Sheet ods = readSheet(path(QStringLiteral("same.ods")), QStringLiteral("Data"));
    const Sheet xlsx
        = readSheet(path(QStringLiteral("same.xlsx")), QStringLiteral("Data"), 0, openXlsxSheet);
    QVERIFY2(ods.openError.isEmpty(), qPrintable(ods.openError));
    QVERIFY2(xlsx.openError.isEmpty(), qPrintable(xlsx.openError));
    QCOMPARE(ods.error, QString());
    QCOMPARE(xlsx.error, QString());
    QCOMPARE(ods.rawHeader.size(), 9);
    QCOMPARE(ods.rawHeader, xlsx.rawHeader);
    QCOMPARE(ods.records.size(), 6);
    QCOMPARE(ods.records.size(), xlsx.records.size());
    for (int i = 0; i < ods.records.size(); ++i) {
        const Record &o = ods.records.at(i);
        const Record &x = xlsx.records.at(i);
        QCOMPARE(o.fields, x.fields);
        QCOMPARE(o.line, x.line);
        QCOMPARE(o.number, x.number);
        QCOMPARE(o.error, x.error);
        QCOMPARE(o.raw, x.raw);
    }
    // Spot checks, so that two readers agreeing on something wrong do not pass.
    QCOMPARE(ods.records.at(0).fields,
             (QStringList{QStringLiteral("alpha"),
                          QStringLiteral("1"),
                          QStringLiteral("1.27"),
                          QStringLiteral("2026-12-05"),
                          QStringLiteral("2026-12-05T10:30:00"),
                          QStringLiteral("10:30:00"),
                          QStringLiteral("true"),
                          QStringLiteral("0.25"),
                          QStringLiteral("line one\nline two")}));
    QCOMPARE(ods.records.at(3).fields,
             (QStringList{QString(),
                          QString(),
                          QString(),
                          QString(),
                          QString(),
                          QString(),
                          QString(),
                          QString(),
                          QStringLiteral("only last")}));
}

// Files that cannot be opened: one line saying why, from both odsSheets() and openOdsSheet().
void tst_OdsSource::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("error");     // the start of openOdsSheet()'s error
    QTest::addColumn<QString>("listError"); // the start of odsSheets()'s; empty: lists "Sheet"

    const QString notOds = QStringLiteral("not an .ods workbook: ");
    const QString locked = QStringLiteral("the workbook is password-protected");
    QTest::newRow("text") << "text.ods"
                          << "Sheet" << notOds + "the file is not a zip archive" << notOds;
    QTest::newRow("OLE2") << "ole2.ods"
                          << "Sheet" << notOds + "an old .xls file or an encrypted Office"
                          << notOds;
    QTest::newRow("empty zip") << "empty.zip"
                               << "Sheet" << notOds << notOds;
    QTest::newRow("zip without content.xml")
        << "plain.zip"
        << "Sheet" << notOds + "the zip archive has no content.xml" << notOds;
    QTest::newRow("package without content.xml")
        << "no-content.ods"
        << "Sheet" << notOds + "the zip archive has no content.xml" << notOds;
    QTest::newRow("a text document")
        << "text.odt"
        << "Sheet" << notOds + "its mimetype is \"application/vnd.oasis.opendocument.text\""
        << notOds;
    QTest::newRow("encrypted (manifest)") << "encrypted.ods"
                                          << "Sheet" << locked << locked;
    QTest::newRow("encrypted (zip)") << "zip-encrypted.ods"
                                     << "Sheet" << locked << locked;
    for (const char *cut : {"cut-10.ods", "cut-50.ods", "cut-90.ods", "cut-end.ods"})
        QTest::newRow(cut) << cut << "Sheet" << notOds << notOds;
    QTest::newRow("no such sheet")
        << "good.ods"
        << "Nope"
        << "the workbook has no sheet named \"Nope\" (its sheets: \"Sheet\")" << QString();
    QTest::newRow("no sheet at all")
        << "no-tables.ods"
        << "Sheet"
        << "the workbook has no sheet named \"Sheet\" (its sheets: none)"
        << "the workbook has no worksheet";
    QTest::newRow("corrupt XML before the sheet") << "corrupt-styles.ods"
                                                  << "Sheet"
                                                  << "corrupt content.xml: "
                                                  << "corrupt content.xml: ";
}

void tst_OdsSource::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, error);
    QFETCH(QString, listError);
    const Sheet opened = readSheet(path(file), sheet);
    QVERIFY2(opened.openError.startsWith(error), qPrintable(opened.openError));
    QVERIFY(!opened.openError.contains(u'\n'));
    if (error.endsWith(u' '))
        QVERIFY2(opened.openError.size() > error.size(), "the reason is missing");
    if (error.startsWith(QStringLiteral("corrupt content.xml: ")))
        QVERIFY2(opened.openError.contains(QStringLiteral("(line ")), qPrintable(opened.openError));

    QString listed;
    const QList<SheetInfo> sheets = listSheets(path(file), &listed);
    if (listError.isEmpty()) {
        QVERIFY2(listed.isEmpty(), qPrintable(listed));
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.at(0).name, QStringLiteral("Sheet"));
    } else {
        QVERIFY(sheets.isEmpty());
        QVERIFY2(listed.startsWith(listError), qPrintable(listed));
        QVERIFY(!listed.contains(u'\n'));
        if (listError.endsWith(u' '))
            QVERIFY2(listed.size() > listError.size(), "the reason is missing");
    }
}

// good.ods has a header and 300 records (rows 2-301), long.ods 20,000; spoiled copies stop
// with one line naming the row, after the records before it.
void tst_OdsSource::stopsMidSheet_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("records"); // -1: some, fewer than the intact sheet's
    QTest::addColumn<QString>("error");

    QTest::newRow("intact") << "good.ods" << 300 << QString();
    QTest::newRow("intact, long") << "long.ods" << 20000 << QString();
    QTest::newRow("mismatched tags")
        << "mismatched.ods" << 149 << "sheet Sheet has corrupt XML in row 151: ";
    QTest::newRow("XML cut short")
        << "truncated-xml.ods" << 199
        << "sheet Sheet ends early in row 201: its XML is cut short (a truncated workbook?)";
    QTest::newRow("content past the last row")
        << "past-last-row.ods" << 300
        << "sheet Sheet has corrupt XML in row 16777217: content past row 16777216";
    // Where the damage shows depends on the compressed stream: as corrupt XML or as a
    // decompression error, in whichever row it is found.
    QTest::newRow("compressed bytes spoiled mid-sheet")
        << "corrupt-deflate.ods" << -1 << "sheet Sheet ";
}

void tst_OdsSource::stopsMidSheet()
{
    QFETCH(QString, file);
    QFETCH(int, records);
    QFETCH(QString, error);
    const Sheet sheet = readSheet(path(file), QStringLiteral("Sheet"));
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QCOMPARE(sheet.rawHeader, (QStringList{QStringLiteral("n"), QStringLiteral("text")}));
    QCOMPARE(sheet.headerError, QString());
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
        return;
    }
    QVERIFY2(sheet.error.startsWith(error), qPrintable(sheet.error));
    QVERIFY(!sheet.error.contains(u'\n'));
    if (sheet.error.contains(QStringLiteral("corrupt XML")))
        QVERIFY2(sheet.error.contains(QStringLiteral("(content.xml line ")),
                 qPrintable(sheet.error));
    if (records < 0) {
        // The row named is the one after the last record read.
        const QString where = QStringLiteral(" in row %1: ").arg(sheet.records.last().line + 1);
        QVERIFY2(sheet.error.contains(where), qPrintable(sheet.error));
    }
    // A sheet that cannot be read to its end cannot be listed either.
    QString listError;
    QVERIFY(listSheets(path(file), &listError).isEmpty());
    QVERIFY2(!listError.isEmpty() && !listError.contains(u'\n'), qPrintable(listError));
    if (sheet.error.contains(QStringLiteral("corrupt XML")))
        QVERIFY2(listError.startsWith(QStringLiteral("corrupt content.xml in sheet \"Sheet\": ")),
                 qPrintable(listError));
}

// Damage inside one row rejects that row and reading goes on.
void tst_OdsSource::rejectedRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("column"); // the cell the error is located at

    QTest::newRow("a cell past XFD")
        << "past-xfd.ods" << qint64(5) << "cell XFE5 is past column XFD, the last a sheet can have"
        << 16385;
    QTest::newRow("a number that is not one")
        << "bad-number.ods" << qint64(7) << "cell B7 holds \"x7\", which is not a number" << 2;
}

void tst_OdsSource::rejectedRows()
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

void tst_OdsSource::headerRefused()
{
    const Sheet sheet = readSheet(path(QStringLiteral("bad-header.ods")), QStringLiteral("Sheet"));
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QCOMPARE(sheet.headerError,
             QStringLiteral("header row 1: cell B1 holds \"2026-02-30\", which is not a date"));
    QCOMPARE(sheet.rawHeader, QStringList());
    QVERIFY(sheet.records.isEmpty());
}

// A sheet name is text in messages, never a format string ("%1" stays "%1").
void tst_OdsSource::placeholderInSheetName()
{
    const QString name = QStringLiteral("50%1 %2");
    const Sheet sheet = readSheet(path(QStringLiteral("percent.ods")), name);
    QVERIFY2(sheet.openError.isEmpty(), qPrintable(sheet.openError));
    QCOMPARE(sheet.rawHeader, QStringList{QStringLiteral("a")});
    QCOMPARE(sheet.records.size(), 1);
    QVERIFY2(sheet.error.startsWith(QStringLiteral("sheet 50%1 %2 has corrupt XML in row 3: ")),
             qPrintable(sheet.error));
    QVERIFY2(sheet.error.contains(QStringLiteral("(content.xml line 2, column ")),
             qPrintable(sheet.error));
    QCOMPARE(sheet.location5, QStringLiteral("'50%1 %2'!E5"));
    QString listError;
    QVERIFY(listSheets(path(QStringLiteral("percent.ods")), &listError).isEmpty());
    QVERIFY2(listError.startsWith(QStringLiteral("corrupt content.xml in sheet \"50%1 %2\": ")),
             qPrintable(listError));
    QVERIFY2(listError.contains(QStringLiteral(" (line 2, column ")), qPrintable(listError));
}

void tst_OdsSource::emptySheets_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::newRow("no rows") << "Empty";
    QTest::newRow("only empty repeated rows") << "Blank rows";
}

void tst_OdsSource::emptySheets()
{
    QFETCH(QString, sheet);
    const Sheet empty = readSheet(path(QStringLiteral("layout.ods")), sheet);
    QVERIFY2(empty.openError.isEmpty(), qPrintable(empty.openError));
    QCOMPARE(empty.rawHeader, QStringList());
    QCOMPARE(empty.headerError, QString());
    QCOMPARE(empty.error, QString());
    QVERIFY(empty.records.isEmpty());
}

// 200,000 rows × 6 columns (tens of MB of content.xml, ending in a million empty rows of
// 16,384 empty cells) read with memory that does not grow with the sheet, every value
// checked, and progress that moves.
void tst_OdsSource::bigSheet()
{
    QFile file(path(QStringLiteral("big.ods")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const QList<SheetInfo> sheets = odsSheets(&file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sheets.size(), 1);
    QCOMPARE(sheets.at(0).rows, qint64(BigRows + 1));
    QVERIFY(sheets.at(0).bytes > 40 * 1024 * 1024);

    PeakMemory memory;
    QVERIFY(memory.start());

    std::unique_ptr<RecordSource> source = openOdsSheet(&file, QStringLiteral("Big"), 0, &error);
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
    const QDate epoch(2026, 1, 1);
    while (source->next(record)) {
        ++count;
        const qint64 n = count;
        if (record.line != n + 1 || record.number != n || !record.error.isEmpty()
            || record.fieldCount() != 6 || record.field(0) != QByteArray::number(n)
            || record.field(1) != "name " + QByteArray::number(n % 1000)
            || record.field(2) != QByteArray::number(n) + ".25"
            || record.field(3) != epoch.addDays(n % 3000).toString(Qt::ISODate).toLatin1()
            || record.field(4) != formatBoolean(n % 2 == 1)
            || record.field(5) != "note  " + QByteArray::number(n)) {
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

QTEST_GUILESS_MAIN(tst_OdsSource)
#include "tst_odssource.moc"

// Writes the test workbooks into the folder given (argv[1]); argv[2] is the big sheet's rows.
// Workbooks are made with odfpy (python3-odf) where it can write what is tested, and as
// content.xml written here where the test needs XML odfpy does not write (LibreOffice's
// extensions, exact white space, damage) or many rows quickly.
namespace {

const char *generatorScript()
{
    return R"PY(
import datetime, os, subprocess, sys, zipfile
import openpyxl
from odf import teletype
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, CoveredTableCell
from odf.text import P, LineBreak

out = sys.argv[1]
MIME = 'application/vnd.oasis.opendocument.spreadsheet'
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:'
            'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type="%s"/><manifest:file-entry manifest:full-'
            'path="content.xml" manifest:media-type="text/xml"/>%s</manifest:manifest>')

def content(tables, before=''):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version='
            '"1.2">%s<office:body><office:spreadsheet>%s</office:spreadsheet></office:body>'
            '</office:document-content>' % (NS, before, tables))

def write_ods(name, xml, mime=MIME, manifest_extra='', members=None):
    """An .ods package as LibreOffice writes it: mimetype first and stored, then the rest."""
    with zipfile.ZipFile(os.path.join(out, name), 'w', zipfile.ZIP_DEFLATED) as z:
        if mime is not None:
            z.writestr(zipfile.ZipInfo('mimetype'), mime, zipfile.ZIP_STORED)
        if xml is not None:
            z.writestr('content.xml', xml)
        z.writestr('META-INF/manifest.xml', MANIFEST % (mime or MIME, manifest_extra))
        for member, data in (members or {}).items():
            z.writestr(member, data)

def cell(text):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % text

def num(n):
    return ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
            '</table:table-cell>' % (n, n))

def row(*cells, repeat=1):
    attr = ' table:number-rows-repeated="%d"' % repeat if repeat > 1 else ''
    return '<table:table-row%s>%s</table:table-row>' % (attr, ''.join(cells))

def empty(n=1, covered=False):
    name = 'covered-table-cell' if covered else 'table-cell'
    attr = ' table:number-columns-repeated="%d"' % n if n > 1 else ''
    return '<table:%s%s/>' % (name, attr)

def table(name, *rows):
    return '<table:table table:name="%s">%s</table:table>' % (name.replace("'", '&apos;'),
                                                              ''.join(rows))

# cells.ods: column A names a case, column B holds the cell under test: an odfpy cell (a dict
# of TableCell's arguments, with 'text' for its paragraph and 'teletype' for text whose white
# space odfpy encodes) or a raw <table:table-cell>.
LOCAL_NS = ('xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')
RAW = {
    'string-padded': '<table:table-cell office:value-type="string"><text:p><text:s text:c="2"/>'
                     'padded<text:s text:c="2"/></text:p></table:table-cell>',
    'string-collapsed': '<table:table-cell office:value-type="string"><text:p>\n  a \t\n b'
                        '\r\n   c  </text:p></table:table-cell>',
    'string-collapsed-across-span': '<table:table-cell><text:p>a <text:span> b</text:span>'
                                    '</text:p></table:table-cell>',
    'string-space-after-s': '<table:table-cell><text:p>a<text:s/> b </text:p></table:table-cell>',
    'string-span': '<table:table-cell office:value-type="string"><text:p>Bold<text:span text:'
                   'style-name="T1"> and </text:span>plain</text:p></table:table-cell>',
    'string-nested-span': '<table:table-cell><text:p><text:span>one <text:span>two</text:span>'
                          '</text:span> three</text:p></table:table-cell>',
    'string-tab': '<table:table-cell><text:p>a<text:tab/>b</text:p></table:table-cell>',
    'string-line-break': '<table:table-cell><text:p>a<text:line-break/>b</text:p>'
                         '</table:table-cell>',
    'string-paragraphs': '<table:table-cell><text:p>one</text:p><text:p>two</text:p><text:p/>'
                         '<text:p>four</text:p></table:table-cell>',
    'string-heading': '<table:table-cell><text:h text:outline-level="1">title</text:h><text:p>'
                      'body</text:p></table:table-cell>',
    'string-list': '<table:table-cell><text:list><text:list-item><text:p>x</text:p></text:list-item>'
                   '<text:list-item><text:p>y</text:p></text:list-item></text:list>'
                   '</table:table-cell>',
    'string-link': '<table:table-cell office:value-type="string"><text:p>see <text:a xlink:href='
                   '"https://example.org/" xlink:type="simple">the site</text:a></text:p>'
                   '</table:table-cell>',
    'string-annotation': '<table:table-cell office:value-type="string"><office:annotation>'
                         '<text:p>a comment</text:p></office:annotation><text:p>visible</text:p>'
                         '</table:table-cell>',
    'string-note': '<table:table-cell><text:p>a<text:note text:note-class="footnote"><text:note-'
                   'citation>1</text:note-citation><text:note-body><text:p>the note</text:p>'
                   '</text:note-body></text:note>b</text:p></table:table-cell>',
    'string-ruby': '<table:table-cell><text:p><text:ruby><text:ruby-base>漢字</text:ruby-base>'
                   '<text:ruby-text>かんじ</text:ruby-text></text:ruby></text:p></table:table-cell>',
    'string-frame': '<table:table-cell><text:p>te<draw:frame draw:name="f"><draw:text-box><text:p>'
                    'in a frame</text:p></draw:text-box></draw:frame>xt</text:p></table:table-cell>',
    'string-value-attribute': '<table:table-cell office:value-type="string" office:string-value='
                              '"from the attribute"><text:p>shown</text:p></table:table-cell>',
    # As pandas (odfpy) writes strings: the value in office:string-value, and a paragraph
    # whose white space ODF collapses.
    'string-pandas': '<table:table-cell office:value-type="string" office:string-value="test&#10;'
                     'two  spaces"><text:p>test\ntwo  spaces</text:p></table:table-cell>',
    'string-entities': '<table:table-cell><text:p>&lt;a &amp; b&gt;</text:p></table:table-cell>',
    'formula-error': '<table:table-cell table:formula="of:=1/0" office:value-type="float" '
                     'office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p>'
                     '</table:table-cell>',
    'formula-uncached': '<table:table-cell table:formula="of:=1+2"/>',
    # odfpy refuses boolean values other than true and false.
    'boolean-1': '<table:table-cell office:value-type="boolean" office:boolean-value="1"/>',
    'bad-boolean': '<table:table-cell office:value-type="boolean" office:boolean-value="maybe"/>',
    'float-without-value': '<table:table-cell office:value-type="float"><text:p>12</text:p>'
                           '</table:table-cell>',
}
CASES = [
    ('string', dict(valuetype='string', text='plain text')),
    ('string-unicode', dict(valuetype='string', text='Unicode! Σ ʤ \U0001F600')),
    ('string-csv-chars', dict(valuetype='string', text='a, "b"')),
    ('string-teletype-spaces', dict(valuetype='string', teletype='a  b\tc\nd')),
    ('untyped', dict(text='no value type')),
    ('float-int', dict(valuetype='float', value='40', text='40')),
    ('float-1.27', dict(valuetype='float', value='1.27', text='1.27')),
    ('float-sum', dict(valuetype='float', value='0.30000000000000004', text='0.3')),
    ('float-long', dict(valuetype='float', value='41800000.009999998', text='41800000.01')),
    ('float-exp-small', dict(valuetype='float', value='1E-7', text='1E-07')),
    ('float-exp-big', dict(valuetype='float', value='1.5E+21', text='1.5E+21')),
    ('float-trailing-zero', dict(valuetype='float', value='1.50', text='1.50')),
    ('float-negative-zero', dict(valuetype='float', value='-0', text='0')),
    ('float-plus', dict(valuetype='float', value='+3', text='3')),
    ('float-negative', dict(valuetype='float', value='-2.5', text='-2.5')),
    ('float-shown-rounded', dict(valuetype='float', value='3.14159', text='3.14')),
    ('percentage', dict(valuetype='percentage', value='0.25', text='25%')),
    ('currency', dict(valuetype='currency', currency='EUR', value='3', text='3,00 €')),
    ('formula-float', dict(formula='of:=1+2', valuetype='float', value='3', text='3')),
    ('formula-string', dict(formula='of:="a"&"b"', valuetype='string', text='ab')),
    ('formula-date', dict(formula='of:=[.B1]+1', valuetype='date', datevalue='2026-12-06',
                          text='06.12.26')),
    ('date', dict(valuetype='date', datevalue='2026-12-05', text='05.12.26')),
    ('datetime', dict(valuetype='date', datevalue='2026-12-05T10:30:00', text='x')),
    ('datetime-zero-ms', dict(valuetype='date', datevalue='2026-12-05T10:30:00.000', text='x')),
    ('datetime-ms', dict(valuetype='date', datevalue='2026-12-05T10:30:00.25', text='x')),
    ('datetime-rounds-to-next-day', dict(valuetype='date', datevalue='2026-12-05T23:59:59.9999')),
    ('datetime-midnight', dict(valuetype='date', datevalue='2026-12-05T00:00:00')),
    ('datetime-zone', dict(valuetype='date', datevalue='2026-12-05T10:30:00Z')),
    ('date-old', dict(valuetype='date', datevalue='1899-12-30')),
    ('time', dict(valuetype='time', timevalue='PT10H30M00S', text='10:30')),
    ('time-nines', dict(valuetype='time', timevalue='PT13H04M59.999999999S')),
    ('time-ms', dict(valuetype='time', timevalue='PT00H00M01.5S')),
    ('time-over-a-day', dict(valuetype='time', timevalue='PT36H00M00S')),
    ('time-days', dict(valuetype='time', timevalue='P1DT2H')),
    ('time-negative', dict(valuetype='time', timevalue='-PT1H30M')),
    ('time-minutes-only', dict(valuetype='time', timevalue='PT5M')),
    ('boolean-true', dict(valuetype='boolean', booleanvalue='true', text='TRUE')),
    ('boolean-false', dict(valuetype='boolean', booleanvalue='false', text='FALSE')),
    ('bad-float', dict(valuetype='float', value='abc', text='abc')),
    ('bad-infinity', dict(valuetype='float', value='INF')),
    ('bad-date', dict(valuetype='date', datevalue='2026-13-40')),
    ('bad-time', dict(valuetype='time', timevalue='P1Y')),
] + [(label, None) for label in RAW]

def odf_cell(spec):
    spec = dict(spec)
    text = spec.pop('text', None)
    tele = spec.pop('teletype', None)
    c = TableCell(**spec)
    if text is not None:
        c.addElement(P(text=text))
    if tele is not None:
        p = P()
        teletype.addTextToElement(p, tele)
        c.addElement(p)
    return c

def cells():
    doc = OpenDocumentSpreadsheet()
    t = Table(name='Cells')
    header = TableRow()
    header.addElement(odf_cell(dict(valuetype='string', text='case')))
    header.addElement(odf_cell(dict(valuetype='string', text='value')))
    t.addElement(header)
    for label, spec in CASES:
        r = TableRow()
        r.addElement(odf_cell(dict(valuetype='string', text=label)))
        r.addElement(odf_cell(spec) if spec else
                     TableCell(valuetype='string', stringvalue='@raw:%s@' % label))
        t.addElement(r)
    doc.spreadsheet.addElement(t)
    path = os.path.join(out, 'cells.ods')
    doc.save(path)
    def edit(xml):
        for label, raw in RAW.items():
            placeholder = ('<table:table-cell office:value-type="string" office:string-value='
                           '"@raw:%s@"/>' % label)
            assert placeholder in xml, label
            # The namespaces odfpy does not declare, declared on the cell.
            xml = xml.replace(placeholder, raw.replace('<table:table-cell', '<table:table-cell '
                                                       + LOCAL_NS, 1))
        return xml
    rewrite(path, {'content.xml': edit})

def rewrite(path, edits):
    """Rewrites members of the zip at path: edits maps a member to a function of its text."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename in edits:
                data = edits[info.filename](data.decode('utf-8')).encode('utf-8')
            z.writestr(info, data, info.compress_type)

def layout():
    full = 16384
    my_data = table('My data',
        '<table:table-column table:number-columns-repeated="16384"/>',
        row(cell('id'), cell('name'), empty(), cell('score'), empty(full - 4)),
        row(num(1), cell('a'), empty(), num(10)),
        row(num(2), empty(2), num(20), empty(full - 4)),
        row(empty(full)),
        row(num(3), empty(3), cell('beyond')),
        row('<table:table-cell table:style-name="ce1" table:number-columns-repeated="7"/>'),
        row(num(4), cell('x'), empty(full - 2)),
        row(num(5), '<table:table-cell office:value-type="string" table:number-columns-spanned="2"'
            ' table:number-rows-spanned="2"><text:p>merged</text:p></table:table-cell>',
            empty(covered=True)),
        row(num(6), '<table:covered-table-cell office:value-type="string"><text:p>hidden'
            '</text:p></table:covered-table-cell>', empty(covered=True)),
        row(num(7), empty(4), empty(covered=True)),
        row(cell('r'), cell('rep'), repeat=3),
        row('<table:table-cell office:value-type="string" table:number-columns-repeated="3">'
            '<text:p>x</text:p></table:table-cell>'),
        row('<table:table-cell office:value-type="string" table:number-columns-repeated="5">'
            '<text:p>w</text:p></table:table-cell>', empty(full - 5)),
        '<table:table-row-group>',
        row(empty(4), cell('o'), repeat=2),
        '</table:table-row-group>',
        row(empty(full), repeat=1048576 - 17))
    skip = table('Skip',
        '<table:table-header-rows>', row(cell('Report title')), '</table:table-header-rows>',
        row(empty(3)),
        row(cell('k'), cell('v')),
        row(cell('one'), num(1)),
        row(),
        row(cell('two'), num(2)))
    repeat = table('Repeat', row(cell('t'), cell('u'), repeat=3), row(cell('d'), cell('e')))
    empty_sheet = table('Empty')
    blank = table('Blank rows', '<table:table-column/>', row(empty(full), repeat=1048576))
    last = table("it's last", row(cell('only')), row(cell('row')))
    tables = [my_data, skip, repeat, empty_sheet, blank, last]
    xml = content(''.join(tables), '<office:automatic-styles/>')
    write_ods('layout.ods', xml)
    # Each sheet's span in content.xml, in characters (the sheets hold no astral characters).
    starts, pos = [], 0
    for t in tables:
        pos = xml.index(t, pos)
        starts.append(str(len(t)))
    open(os.path.join(out, 'layout.spans'), 'w').write(' '.join(starts))

SAME_HEADER = ['name', 'int', 'float', 'date', 'datetime', 'time', 'flag', 'percent', 'note']
SAME_ROWS = [
    ['alpha', 1, 1.27, datetime.date(2026, 12, 5), datetime.datetime(2026, 12, 5, 10, 30),
     datetime.time(10, 30), True, 0.25, 'line one\nline two'],
    ['beta', -40, 41800000.01, datetime.date(1999, 1, 1), datetime.datetime(2026, 12, 5),
     datetime.time(0, 0, 1), False, 1.5, None],
    ['Σ ʤ', 10 ** 15, 1e-7, None, datetime.datetime(2000, 2, 29, 23, 59, 59),
     datetime.time(23, 59, 59), None, 0.001, 'a, "quoted"'],
    [None] * 8 + ['only last'],
    ['gap', None, 123456.789, datetime.date(1900, 3, 1), None, None, True, None, 'x'],
    ['big', 2 ** 40, 1.5e21, None, None, None, None, None, None],
]

def same():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Data'
    ws.append(SAME_HEADER)
    for r in SAME_ROWS:
        ws.append(r)
        for c, v in enumerate(r, start=1):
            if SAME_HEADER[c - 1] == 'percent' and v is not None:
                ws.cell(row=ws.max_row, column=c).number_format = '0%'
    wb.save(os.path.join(out, 'same.xlsx'))

    doc = OpenDocumentSpreadsheet()
    t = Table(name='Data')
    def add(values):
        r = TableRow()
        for name, v in zip(SAME_HEADER, values):
            if v is None:
                c = TableCell()
            elif isinstance(v, bool):
                c = TableCell(valuetype='boolean', booleanvalue=str(v).lower())
            elif isinstance(v, datetime.datetime):
                c = TableCell(valuetype='date', datevalue=v.isoformat())
            elif isinstance(v, datetime.date):
                c = TableCell(valuetype='date', datevalue=v.isoformat())
            elif isinstance(v, datetime.time):
                c = TableCell(valuetype='time',
                              timevalue='PT%02dH%02dM%02dS' % (v.hour, v.minute, v.second))
            elif isinstance(v, (int, float)):
                kind = 'percentage' if name == 'percent' else 'float'
                c = TableCell(valuetype=kind, value=repr(v))
            else:
                c = TableCell(valuetype='string')
            if v is not None:
                for line in str(v).split('\n'):
                    c.addElement(P(text=line))
            r.addElement(c)
        t.addElement(r)
    add(SAME_HEADER)
    for values in SAME_ROWS:
        add(values)
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(out, 'same.ods'))

def numbered(rows, extra=None):
    """Sheet "Sheet": a header (n, text) and rows (i, "row i"); extra maps a row number to the
    XML of that row instead."""
    parts = [row(cell('n'), cell('text'))]
    for i in range(1, rows + 1):
        parts.append((extra or {}).get(i + 1) or row(num(i), cell('row %d' % i)))
    return content(table('Sheet', *parts))

def spoil(source, target, offset_fraction, length=64):
    """Spoils content.xml's compressed bytes at a fraction of their length (the zip's
    directory intact)."""
    data = open(os.path.join(out, source), 'rb').read()
    with zipfile.ZipFile(os.path.join(out, source)) as z:
        info = z.getinfo('content.xml')
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    spoiled = bytearray(data)
    at = int(info.compress_size * offset_fraction)
    for k in range(at, at + length):
        spoiled[start + k] ^= 0x5A
    open(os.path.join(out, target), 'wb').write(bytes(spoiled))

def broken():
    good = numbered(300)
    write_ods('good.ods', good)
    write_ods('long.ods', numbered(20000))
    data = open(os.path.join(out, 'good.ods'), 'rb').read()
    for name, size in [('cut-10.ods', len(data) // 10), ('cut-50.ods', len(data) // 2),
                       ('cut-90.ods', len(data) * 9 // 10), ('cut-end.ods', len(data) - 5)]:
        open(os.path.join(out, name), 'wb').write(data[:size])
    write_ods('mismatched.ods', numbered(300, {151: '<table:table-row><table:table-cell>'
                                                    '<text:p>x</table:table-cell></table:table-row>'}))
    cut_at = good.index('<table:table-row>', good.index('>row 199<')) + 30
    write_ods('truncated-xml.ods', good[:cut_at])
    write_ods('past-last-row.ods', numbered(300).replace(
        '</table:table>', row(empty(), repeat=16777216 - 301) + row(cell('late')) + '</table:table>'))
    spoil('long.ods', 'corrupt-deflate.ods', 0.4)
    write_ods('past-xfd.ods', numbered(300, {5: row(num(4), cell('row 4'), empty(16382),
                                                       cell('too far'))}))
    write_ods('bad-number.ods', numbered(300, {7: row(num(6), '<table:table-cell office:value-type='
                                                     '"float" office:value="x7"/>')}))
    write_ods('bad-header.ods', content(table('Sheet', row(cell('a'), '<table:table-cell office:'
        'value-type="date" office:date-value="2026-02-30"/>'), row(num(1), num(2)))))
    write_ods('percent.ods', content(table('50%1 %2', row(cell('a')), row(cell('b')),
                                           '<table:table-row><text:p></table:table-row>')))
    write_ods('no-tables.ods', content(''))
    write_ods('corrupt-styles.ods', content(table('Sheet', row(cell('a'))),
                                            '<office:automatic-styles><style:style>'
                                            '</office:automatic-styles>'))
    # Refused packages.
    open(os.path.join(out, 'text.ods'), 'wb').write(b'a,b\n1,2\n')
    open(os.path.join(out, 'ole2.ods'), 'wb').write(b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + b'\0' * 504)
    with zipfile.ZipFile(os.path.join(out, 'empty.zip'), 'w'):
        pass
    with zipfile.ZipFile(os.path.join(out, 'plain.zip'), 'w') as z:
        z.writestr('a.csv', 'a,b\n1,2\n')
    write_ods('no-content.ods', None, members={'styles.xml': '<x/>'})
    write_ods('text.odt', content(''), mime='application/vnd.oasis.opendocument.text')
    # Encrypted as LibreOffice does it: the zip is plain, content.xml is ciphertext, and the
    # manifest says how it was encrypted.
    encryption = ('<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type='
                  '"text/xml" manifest:size="1000"><manifest:encryption-data manifest:checksum-'
                  'type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:'
                  'checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/'
                  '2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/><manifest:'
                  'start-key-generation manifest:start-key-generation-name="http://www.w3.org/2000/'
                  '09/xmldsig#sha256" manifest:key-size="32"/><manifest:key-derivation manifest:'
                  'key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count='
                  '"100000" manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry>')
    write_ods('encrypted.ods', bytes(range(256)) * 8, manifest_extra=encryption,
              members={'styles.xml': bytes(range(255, -1, -1)) * 4})
    # Encrypted as a zip (traditional PKWARE encryption), with zip(1).
    plain = os.path.join(out, 'zip-plain')
    os.makedirs(os.path.join(plain, 'META-INF'), exist_ok=True)
    open(os.path.join(plain, 'mimetype'), 'w').write(MIME)
    open(os.path.join(plain, 'content.xml'), 'w').write(good)
    open(os.path.join(plain, 'META-INF', 'manifest.xml'), 'w').write(MANIFEST % (MIME, ''))
    subprocess.run(['zip', '-q', '-P', 'secret', '-X', '-r',
                    os.path.join(out, 'zip-encrypted.ods'), 'mimetype', 'content.xml', 'META-INF'],
                   cwd=plain, check=True)

def big(rows):
    """Many rows written as content.xml directly (odfpy would take minutes), then a whole
    sheet's worth of empty rows and columns as LibreOffice writes them."""
    epoch = datetime.date(2026, 1, 1)
    parts = [row(cell('id'), cell('name'), cell('amount'), cell('when'), cell('flag'),
                 cell('note'), empty(16378))]
    for n in range(1, rows + 1):
        when = (epoch + datetime.timedelta(days=n % 3000)).isoformat()
        flag = 'true' if n % 2 else 'false'
        parts.append(
            '<table:table-row><table:table-cell office:value-type="float" office:value="%d">'
            '<text:p>%d</text:p></table:table-cell><table:table-cell office:value-type="string">'
            '<text:p>name %d</text:p></table:table-cell><table:table-cell office:value-type="float"'
            ' office:value="%d.25"><text:p>%d.25</text:p></table:table-cell><table:table-cell '
            'office:value-type="date" office:date-value="%s"><text:p>%s</text:p></table:table-cell>'
            '<table:table-cell office:value-type="boolean" office:boolean-value="%s"><text:p>%s'
            '</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>note'
            ' <text:s/><text:span text:style-name="T1">%d</text:span></text:p></table:table-cell>'
            '<table:table-cell table:number-columns-repeated="16378"/></table:table-row>'
            % (n, n, n % 1000, n, n, when, when, flag, flag.upper(), n))
    parts.append(row(empty(16384), repeat=1048576 - rows - 1))
    write_ods('big.ods', content(table('Big', *parts)))

os.makedirs(out, exist_ok=True)
cells()
layout()
same()
broken()
big(int(sys.argv[2]) if len(sys.argv) > 2 else 200000)
)PY";
}

} // namespace
