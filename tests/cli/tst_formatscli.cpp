// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "fullpipe.h"
#include "testsupport.h"

#include "csv/csvreader.h"
#include "source/fixedwidthsource.h"
#include "source/sourcestream.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace stevedore;

namespace {

// Debian's Python: its python3-openpyxl writes the workbooks (a python3 earlier on PATH, e.g.
// pyenv's, may lack it).
const QString python = QStringLiteral("/usr/bin/python3");

// Writes a workbook from a UTF-8 CSV: one sheet "Sheet1", every cell text but a first column
// of digits (number cells). Each further argument "ROW:COLUMN:TEXT" (1-based) adds a text cell
// there, e.g. beyond the header's last column.
const char workbookScript[] = R"py(
import csv, sys
from openpyxl import Workbook
source, target = sys.argv[1], sys.argv[2]
extra = {}
for spec in sys.argv[3:]:
    row, column, text = spec.split(":", 2)
    extra.setdefault(int(row), {})[int(column)] = text
book = Workbook(write_only=True)
sheet = book.create_sheet("Sheet1")
with open(source, newline="", encoding="utf-8") as f:
    for number, fields in enumerate(csv.reader(f), start=1):
        cells = [int(v) if number > 1 and i == 0 and v.isdigit() else v
                 for i, v in enumerate(fields)]
        for column, text in sorted(extra.get(number, {}).items()):
            cells += [None] * (column - 1 - len(cells)) + [text]
        sheet.append(cells)
book.save(target)
)py";

QString csvkit(const QString &name)
{
    return QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csvkit/") + name;
}

// A record as `export` writes it (RFC 4180: a field is quoted when it holds a comma, quote, CR
// or LF, or starts or ends with a space).
QByteArray csvLine(const QList<QByteArray> &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArray &field = fields[i];
        if (i > 0)
            line += ',';
        const bool quoted = field.contains(',') || field.contains('"') || field.contains('\n')
                            || field.contains('\r') || field.startsWith(' ') || field.endsWith(' ');
        line += quoted ? '"' + QByteArray(field).replace("\"", "\"\"") + '"' : field;
    }
    return line + '\n';
}

const QList<QByteArray> generatedHeader{"id", "name", "city", "note", "amount"};

// Record n of the generated files, the same every time: some fields need quoting (a comma, a
// doubled quote, a line break), some are not ASCII.
QList<QByteArray> generatedRecord(int n)
{
    static const char *const cities[]
        = {"São Paulo", "Zürich", "New York, NY", "東京", "Kraków", "Reykjavík", "Łódź"};
    const QByteArray note = n % 50 == 0   ? QByteArray("first line\nsecond line")
                            : n % 13 == 0 ? QByteArray("she said \"hi\", then left")
                                          : "note " + QByteArray::number(n % 97);
    return {QByteArray::number(n),
            "Name " + QByteArray::number(n * 7919 % 10007),
            cities[n % 7],
            note,
            QByteArray::number(n % 1000) + '.'
                + QByteArray::number(n % 100).rightJustified(2, '0')};
}

// The generated CSV of `records` records; record `ragged` (0: none) has a field too many.
QByteArray generatedCsv(int records, int ragged = 0)
{
    QByteArray csv = csvLine(generatedHeader);
    for (int n = 1; n <= records; ++n)
        csv += csvLine(generatedRecord(n)
                       + (n == ragged ? QList<QByteArray>{"extra"} : QList<QByteArray>{}));
    return csv;
}

// What `export` gives back of the generated file: every record but `left` (0: none).
QByteArray expectedExport(int records, int left = 0)
{
    QByteArray csv = csvLine(generatedHeader);
    for (int n = 1; n <= records; ++n) {
        if (n != left)
            csv += csvLine(generatedRecord(n));
    }
    return csv;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Runs a tool to completion; false with *error set when it is missing or fails (a missing tool
// fails the test: they are install dependencies, scripts/install-deps).
bool runTool(const QString &program,
             const QStringList &arguments,
             QString *error,
             const QString &stdoutPath = {})
{
    QProcess process;
    if (!stdoutPath.isEmpty())
        process.setStandardOutputFile(stdoutPath);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *error = QStringLiteral("%1 is not installed (%2)").arg(program, process.errorString());
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program,
                          arguments.join(u' '),
                          QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

// A header and records as text, the rejected records counted.
struct Table
{
    QStringList header;
    QList<QList<QByteArray>> records;
    qint64 rejects = 0;
};

QList<QByteArray> fieldsOf(const CsvRecord &record)
{
    QList<QByteArray> fields;
    for (int i = 0; i < record.fieldCount(); ++i)
        fields << record.field(i).toByteArray();
    return fields;
}

// The records of the file as an import reads them: the same readers, in this process.
Table readSource(const QString &path, const SourceOptions &options, QString *error)
{
    Table table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return table;
    }
    SourceStream stream;
    *error = stream.open(&file, options);
    if (!error->isEmpty())
        return table;
    RecordSource *source = stream.records();
    table.header = source->rawHeader();
    CsvRecord record;
    while (source->next(record)) {
        if (record.error.isEmpty())
            table.records << fieldsOf(record);
        else
            ++table.rejects;
    }
    *error = source->errorString();
    return table;
}

// The records of an exported CSV.
Table readExport(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, Dialect{});
    Table table;
    table.header = reader.rawHeader();
    CsvRecord record;
    while (reader.next(record)) {
        if (record.error.isEmpty())
            table.records << fieldsOf(record);
        else
            ++table.rejects;
    }
    return table;
}

} // namespace

// The file formats through the real `stevedore` binary on SQLite: peer inputs of every new
// kind, compressed and zipped variants of one CSV, kill -9 and resume, refused files and
// located rejects.
class TestFormatsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void peerInputsRoundTrip_data();
    void peerInputsRoundTrip();
    void compressedVariantsAreOneContent();
    void killNineThenResume_data();
    void killNineThenResume();
    void refusedFiles_data();
    void refusedFiles();
    void locatedRejects_data();
    void locatedRejects();

private:
    QStringList db() const { return {"--db", "sqlite:" + dbPath()}; }
    QString dbPath() const { return m_dir->filePath("cli.db"); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Writes BOOK.xlsx from the CSV text (workbookScript; extraCells "ROW:COLUMN:TEXT").
    bool writeWorkbook(const QString &book,
                       const QByteArray &csv,
                       const QStringList &extraCells,
                       QString *error);
    QJsonArray files(const QString &project);
    QJsonObject fileEntry(const QString &project, const QString &name);
    QByteArray exported(const QString &project, const QString &name);
    // The job's checkpoint (last committed record), read on a connection of the test's own.
    qint64 checkpoint();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFormatsCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(csvkit("test.xlsx")),
             "the peer corpora are missing: " STEVEDORE_SHARED_TESTDATA "/csvkit");
    QString error;
    QVERIFY2(runTool(python, {"-c", "import openpyxl"}, &error), qPrintable(error));
    for (const char *tool : {"gzip", "bzip2", "xz", "zstd", "zip"})
        QVERIFY2(runTool(QString::fromLatin1(tool), {"--help"}, &error)
                     || !error.contains("not installed"),
                 qPrintable(error));
}

void TestFormatsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestFormatsCli::writeWorkbook(const QString &book,
                                   const QByteArray &csv,
                                   const QStringList &extraCells,
                                   QString *error)
{
    const QString source = book + QStringLiteral(".source.csv");
    if (!test::writeFile(source, csv)) {
        *error = QStringLiteral("cannot write ") + source;
        return false;
    }
    const bool ok
        = runTool(python,
                  QStringList{"-c", QString::fromUtf8(workbookScript), source, book} + extraCells,
                  error);
    QFile::remove(source);
    return ok;
}

QJsonArray TestFormatsCli::files(const QString &project)
{
    const test::CliResult r
        = test::runCli(db() + QStringList{"files", "--project", project, "--json"});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray();
}

QJsonObject TestFormatsCli::fileEntry(const QString &project, const QString &name)
{
    for (const QJsonValue &file : files(project)) {
        if (file.toObject().value("name").toString() == name)
            return file.toObject();
    }
    return {};
}

QByteArray TestFormatsCli::exported(const QString &project, const QString &name)
{
    const test::CliResult r
        = test::runCli(db() + QStringList{"export", "--project", project, "--file", name});
    return r.exitCode == 0 && r.err.isEmpty() ? r.out : QByteArray("export failed: " + r.err);
}

qint64 TestFormatsCli::checkpoint()
{
    const QString name = QStringLiteral("peek-%1").arg(QRandomGenerator::global()->generate());
    qint64 value = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(dbPath());
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery query(c);
        if (c.open() && query.exec("SELECT coalesce(max(checkpoint_record), 0) FROM import_jobs")
            && query.next())
            value = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void TestFormatsCli::peerInputsRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options"); // of `import`
    QTest::addColumn<QStringList>("parts");   // the files it becomes in the project
    QTest::addColumn<QStringList>("skipped"); // empty sheets passed over by --sheet all
    const QStringList none;
    QTest::newRow("test.xlsx") << "test.xlsx" << none << QStringList{"test.xlsx:Sheet1"} << none;
    QTest::newRow("dummy.xlsx") << "dummy.xlsx" << none << QStringList{"dummy.xlsx:Sheet1"} << none;
    // Its first sheet, "not this one", is empty.
    QTest::newRow("sheets.xlsx, every sheet")
        << "sheets.xlsx" << QStringList{"--sheet", "all"}
        << QStringList{"sheets.xlsx:data", "sheets.xlsx:ʤ"} << QStringList{"not this one"};
    QTest::newRow("test_skip_lines.xlsx")
        << "test_skip_lines.xlsx" << QStringList{"--skip-rows", "3"}
        << QStringList{"test_skip_lines.xlsx:Sheet1"} << none;
    QTest::newRow("dummy.csv.gz") << "dummy.csv.gz" << none << QStringList{"dummy.csv.gz"} << none;
    QTest::newRow("testjson.json")
        << "testjson.json" << none << QStringList{"testjson.json"} << none;
    QTest::newRow("testjson_nested.json")
        << "testjson_nested.json" << none << QStringList{"testjson_nested.json"} << none;
    QTest::newRow("testjson_multiline.json (JSON Lines)")
        << "testjson_multiline.json" << none << QStringList{"testjson_multiline.json"} << none;
    QTest::newRow("testfixed") << "testfixed"
                               << QStringList{"--fixed-spec", csvkit("testfixed_schema.csv")}
                               << QStringList{"testfixed"} << none;
}

// Every peer input of the new kinds imports, and its export holds the cells the import read:
// the same header and records as reading the source again (the same readers, in this process),
// the rejected ones left out and counted. A sheet's row shorter than its header is a
// full-width record (its export line is as wide as the header). An empty sheet of
// "--sheet all" is passed over with a note, and is no file of the project.
void TestFormatsCli::peerInputsRoundTrip()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QStringList, parts);
    QFETCH(QStringList, skipped);
    const QString source = csvkit(file);
    const test::CliResult r = test::runCli(db() + QStringList{"import", "--project", "p"} + options
                                           + QStringList{source});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 2, r.err.constData());

    SourceOptions read;
    read.skipRows = options.contains("--skip-rows") ? 3 : 0;
    if (options.contains("--fixed-spec")) {
        QString error;
        read.format = SourceFormat::FixedWidth;
        read.fixedColumns = parseFixedSpec(test::readFile(csvkit("testfixed_schema.csv")), &error);
        QVERIFY2(!read.fixedColumns.isEmpty(), qPrintable(error));
    }
    qint64 rejects = 0;
    for (const QString &part : parts) {
        read.part = part.contains(u':') ? part.section(u':', 1) : QString();
        QString error;
        const Table expected = readSource(source, read, &error);
        QVERIFY2(error.isEmpty(), qPrintable(part + ": " + error));
        QVERIFY2(!expected.header.isEmpty(), qPrintable(part));
        const QJsonObject entry = fileEntry("p", part);
        QVERIFY2(!entry.isEmpty(), qPrintable(part + " is not in the project"));
        QCOMPARE(entry.value("status").toString(), QStringLiteral("imported"));
        QCOMPARE(entry.value("records").toInteger(), qint64(expected.records.size()));
        QCOMPARE(entry.value("rejected").toInteger(), expected.rejects);
        rejects += expected.rejects;

        const Table back = readExport(exported("p", part));
        QCOMPARE(back.rejects, 0);
        QCOMPARE(back.header, expected.header);
        QCOMPARE(back.records, expected.records);
        for (const QList<QByteArray> &record : back.records)
            QCOMPARE(record.size(), back.header.size());
    }
    QCOMPARE(files("p").size(), parts.size());
    QCOMPARE(r.exitCode, rejects > 0 ? 2 : 0);
    for (const QString &sheet : skipped) {
        const QByteArray note = source.toUtf8() + ": sheet \"" + sheet.toUtf8()
                                + "\" is empty (no header, no records); skipped\n";
        QVERIFY2(r.err.contains(note), r.err.constData());
    }
    QCOMPARE(r.err.count('\n'), rejects + skipped.size());
}

// One CSV plain, gzip, bzip2, xz and zstd compressed and zipped: one content hash (the
// decompressed bytes'), the same records; the compressed file under the plain file's name is
// the same content, already imported.
void TestFormatsCli::compressedVariantsAreOneContent()
{
    const QByteArray csv = generatedCsv(5000);
    const QString plain = path("data.csv");
    QVERIFY(test::writeFile(plain, csv));
    QString error;
    QVERIFY2(runTool("gzip", {"-k", plain}, &error), qPrintable(error));
    QVERIFY2(runTool("bzip2", {"-k", plain}, &error), qPrintable(error));
    QVERIFY2(runTool("xz", {"-k", plain}, &error), qPrintable(error));
    QVERIFY2(runTool("zstd", {"-q", plain, "-o", plain + ".zst"}, &error), qPrintable(error));
    QVERIFY2(runTool("zip", {"-q", "-j", path("data.zip"), plain}, &error), qPrintable(error));

    const QMap<QString, QString> names{{"data.csv", "data.csv"},
                                       {"data.csv.gz", "data.csv.gz"},
                                       {"data.csv.bz2", "data.csv.bz2"},
                                       {"data.csv.xz", "data.csv.xz"},
                                       {"data.csv.zst", "data.csv.zst"},
                                       {"data.zip", "data.zip:data.csv"}};
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const test::CliResult r
            = test::runCli(db() + QStringList{"import", "--project", "p", path(it.key())});
        QVERIFY2(r.exitCode == 0, qPrintable(it.key() + ": " + r.err));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
    const QByteArray digest = sha256(csv);
    QCOMPARE(files("p").size(), names.size());
    for (const QString &name : names) {
        const QJsonObject entry = fileEntry("p", name);
        QVERIFY2(!entry.isEmpty(), qPrintable(name));
        QCOMPARE(entry.value("sha256").toString().toLatin1(), digest);
        QCOMPARE(entry.value("records").toInteger(), 5000);
        QCOMPARE(entry.value("status").toString(), QStringLiteral("imported"));
        const QByteArray back = exported("p", name);
        QVERIFY2(back == csv, qPrintable(name + ": " + back.left(200)));
    }

    // The gzip file again, and under the plain file's name: the same content, nothing to do.
    QVERIFY(QDir(m_dir->path()).mkdir("renamed"));
    QVERIFY(QFile::copy(path("data.csv.gz"), path("renamed/data.csv")));
    for (const QString &again : {path("data.csv.gz"), path("renamed/data.csv")}) {
        const test::CliResult r
            = test::runCli(db() + QStringList{"import", "--project", "p", again});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out,
                 again.toUtf8() + ": already imported with the same content; nothing to do\n");
    }
    QCOMPARE(files("p").size(), names.size());
}

void TestFormatsCli::killNineThenResume_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("xlsx") << "xlsx";
    QTest::newRow("csv.gz") << "csv.gz";
}

// The import is killed after batch 31 of 60 committed (1,000 records a batch; the process
// stops at the reject line of record 30,500, written once that batch is in) and run again: it
// resumes, and the file ends with every record once, the rejected one left out.
void TestFormatsCli::killNineThenResume()
{
    QFETCH(QString, kind);
    const int records = 60000;
    const int bad = 30500;
    const QString project = "k";
    QString source;
    QString name;
    QString error;
    if (kind == "xlsx") {
        source = path("big.xlsx");
        name = "big.xlsx:Sheet1";
        // Record 30,500 is sheet row 30,501: a cell beyond the header's five columns.
        QVERIFY2(writeWorkbook(source,
                               generatedCsv(records),
                               {QStringLiteral("%1:6:beyond the header").arg(bad + 1)},
                               &error),
                 qPrintable(error));
    } else {
        const QString csv = path("big.csv");
        QVERIFY(test::writeFile(csv, generatedCsv(records, bad)));
        QVERIFY2(runTool("gzip", {csv}, &error), qPrintable(error));
        source = csv + ".gz";
        name = "big.csv.gz";
    }
    const QStringList args
        = db() + QStringList{"import", "--project", project, "--batch-size", "1000", source};

    {
        test::FullPipe stderrPipe;
        QVERIFY2(stderrPipe.full(), "cannot fill a pipe");
        QProcess process;
        QVERIFY(test::startBlockingOnStderr(process, stderrPipe, args));
        // Once there, the checkpoint cannot move: the process waits on the pipe.
        QTRY_VERIFY_WITH_TIMEOUT(checkpoint() >= 31000 || process.state() == QProcess::NotRunning,
                                 120000);
        QCOMPARE(process.state(), QProcess::Running);
        QCOMPARE(checkpoint(), 31000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }
    QCOMPARE(fileEntry(project, name).value("status").toString(), QStringLiteral("importing"));

    const test::CliResult resumed = test::runCli(args);
    QVERIFY2(resumed.exitCode == 2, resumed.err.constData());
    QVERIFY2(resumed.out.contains(" records into k/" + name.toUtf8() + ", 1 rejected"),
             resumed.out.constData());
    QVERIFY2(resumed.out.contains("(resumed)"), resumed.out.constData());
    // The reject of the first run, reported again where the first run located it (the cell
    // of a sheet, stored with the reject); no other.
    QCOMPARE(resumed.err.count('\n'), 1);
    // The CSV's line: the header's, the records', and one more for each record before it with
    // a line break in its note (every 50th).
    const QByteArray location = kind == "xlsx" ? QByteArray("Sheet1!F30501")
                                               : QByteArray::number(1 + bad + (bad - 1) / 50);
    QVERIFY2(resumed.err.startsWith(source.toUtf8() + ':' + location + ": "),
             resumed.err.constData());

    const QByteArray back = exported(project, name);
    const QByteArray expected = expectedExport(records, bad);
    QCOMPARE(back.count('\n'), expected.count('\n'));
    QCOMPARE(sha256(back), sha256(expected));
    const QJsonObject entry = fileEntry(project, name);
    QCOMPARE(entry.value("records").toInteger(), records - 1);
    QCOMPARE(entry.value("rejected").toInteger(), 1);
    QCOMPARE(entry.value("status").toString(), QStringLiteral("imported"));

    const test::CliResult again = test::runCli(args);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("already imported"), again.out.constData());
}

void TestFormatsCli::refusedFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mention"); // what the line must say, where a contract says it
    QTest::newRow("truncated xlsx") << "truncated xlsx"
                                    << "truncated.xlsx" << QString();
    QTest::newRow("corrupt xlsx (bytes flipped inside the sheet)") << "corrupt xlsx"
                                                                   << "corrupt.xlsx" << QString();
    QTest::newRow("OLE2 container named .xlsx (a password-protected workbook)")
        << "ole2"
        << "protected.xlsx" << QString();
    QTest::newRow("truncated gz") << "truncated gz"
                                  << "truncated.csv.gz" << QString();
    QTest::newRow("encrypted zip") << "encrypted zip"
                                   << "encrypted.zip" << QString();
    // Only text is read from inside compressed data (docs/formats.md): never a nested archive,
    // a workbook or binary data read as if it were text.
    QTest::newRow("zip holding a .gz") << "nested gz"
                                       << "nested.zip"
                                       << "member 'data.csv.gz' holds gzip data";
    QTest::newRow("gzipped workbook") << "gzipped xlsx"
                                      << "book.xlsx.gz"
                                      << "holds a zip archive or a workbook";
    QTest::newRow("tar.gz") << "tar"
                            << "data.tar.gz"
                            << "is not a delimited text file (binary content";
    // ArchiveDevice's contract (source/archivedevice.h).
    QTest::newRow("bomb: 1 GiB of zeros, xz")
        << "bomb"
        << "zeros.csv.xz"
        << "expands more than 1000 times (a decompression bomb?)";
}

// Files that cannot be read: exit 1, one line naming the file, nothing imported.
void TestFormatsCli::refusedFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, mention);
    const QString target = path(file);
    QString error;
    if (kind == "truncated xlsx" || kind == "corrupt xlsx") {
        const QString book = path("book.xlsx");
        QVERIFY2(writeWorkbook(book, generatedCsv(3000), {}, &error), qPrintable(error));
        QByteArray bytes = test::readFile(book);
        if (kind == "truncated xlsx") {
            bytes.truncate(bytes.size() / 2);
        } else {
            // The sheet's compressed bytes run from the end of its local header (30 bytes, its
            // name and an extra field) to the next header.
            const QByteArray sheet = "xl/worksheets/sheet1.xml";
            qsizetype header = bytes.indexOf("PK\x03\x04");
            while (header >= 0 && bytes.mid(header + 30, sheet.size()) != sheet)
                header = bytes.indexOf("PK\x03\x04", header + 4);
            QVERIFY2(header >= 0, "no local header of the sheet");
            const auto le16 = [&bytes](qsizetype at) {
                return qsizetype(uchar(bytes[at])) | (qsizetype(uchar(bytes[at + 1])) << 8);
            };
            const qsizetype start = header + 30 + le16(header + 26) + le16(header + 28);
            qsizetype end = bytes.indexOf("PK\x03\x04", start);
            if (end < 0)
                end = bytes.indexOf("PK\x01\x02", start);
            QVERIFY2(end - start > 1000, "the sheet is too small to corrupt in its middle");
            for (qsizetype i = (start + end) / 2; i < (start + end) / 2 + 64; ++i)
                bytes[i] = char(bytes[i] ^ 0x5a);
        }
        QVERIFY(test::writeFile(target, bytes));
    } else if (kind == "ole2") {
        QByteArray bytes("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
        for (int i = 0; i < 8192; ++i)
            bytes += char(i % 251);
        QVERIFY(test::writeFile(target, bytes));
    } else if (kind == "truncated gz") {
        const QString csv = path("data.csv");
        QVERIFY(test::writeFile(csv, generatedCsv(20000)));
        QVERIFY2(runTool("gzip", {"-c", csv}, &error, path("whole.gz")), qPrintable(error));
        const QByteArray whole = test::readFile(path("whole.gz"));
        QVERIFY(test::writeFile(target, whole.left(whole.size() * 6 / 10)));
    } else if (kind == "encrypted zip") {
        const QString csv = path("data.csv");
        QVERIFY(test::writeFile(csv, generatedCsv(100)));
        QVERIFY2(runTool("zip", {"-q", "-j", "-P", "secret", target, csv}, &error),
                 qPrintable(error));
    } else if (kind == "nested gz") {
        const QString csv = path("data.csv");
        QVERIFY(test::writeFile(csv, generatedCsv(100)));
        QVERIFY2(runTool("gzip", {"-k", csv}, &error), qPrintable(error));
        QVERIFY2(runTool("zip", {"-q", "-j", target, csv + ".gz"}, &error), qPrintable(error));
    } else if (kind == "gzipped xlsx") {
        const QString book = path("book.xlsx");
        QVERIFY2(writeWorkbook(book, generatedCsv(100), {}, &error), qPrintable(error));
        QVERIFY2(runTool("gzip", {"-k", book}, &error), qPrintable(error));
    } else if (kind == "tar") {
        QVERIFY(test::writeFile(path("data.csv"), generatedCsv(100)));
        QVERIFY2(runTool("tar", {"-czf", target, "-C", path("."), "data.csv"}, &error),
                 qPrintable(error));
    } else {
        QVERIFY2(runTool("sh",
                         {"-c", "head -c 1073741824 /dev/zero | xz -0 -T1 > \"$1\"", "sh", target},
                         &error),
                 qPrintable(error));
    }

    const test::CliResult r = test::runCli(db() + QStringList{"import", "--project", "p", target});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.count('\n') == 1, r.err.constData());
    QVERIFY2(r.err.startsWith(target.toUtf8() + ": "), r.err.constData());
    QVERIFY2(r.err.contains(mention.toUtf8()), r.err.constData());
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    for (const QJsonValue &entry : files("p")) {
        QCOMPARE(entry.toObject().value("records").toInteger(), 0);
        QVERIFY(entry.toObject().value("status").toString() != QStringLiteral("imported"));
    }
}

void TestFormatsCli::locatedRejects_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("xlsx: a cell beyond the header") << "xlsx";
    QTest::newRow("JSON Lines: a malformed line") << "jsonl";
}

// A record that cannot be read is rejected where it is (a sheet's cell, a line); every other
// record is imported.
void TestFormatsCli::locatedRejects()
{
    QFETCH(QString, kind);
    QString source;
    QString name;
    QByteArray location;
    QByteArray expected;
    if (kind == "xlsx") {
        // Records 1..8 on rows 2..9; row 5 (record 4) has a cell in E, beyond a–d.
        QByteArray csv = "a,b,c,d\n";
        for (int n = 1; n <= 8; ++n) {
            const QByteArray line = QByteArray::number(n) + ",b" + QByteArray::number(n) + ",c,d\n";
            csv += line;
            if (n != 4)
                expected += line;
        }
        source = path("book.xlsx");
        name = "book.xlsx:Sheet1";
        location = "Sheet1!E5";
        QString error;
        QVERIFY2(writeWorkbook(source, csv, {"5:5:stray"}, &error), qPrintable(error));
        expected.prepend("a,b,c,d\n");
    } else {
        QByteArray lines;
        expected = "a,b\n";
        for (int n = 1; n <= 10; ++n) {
            if (n == 7) {
                lines += "{\"a\": 7, \"b\": }\n";
                continue;
            }
            lines += "{\"a\": " + QByteArray::number(n) + ", \"b\": \"x" + QByteArray::number(n)
                     + "\"}\n";
            expected += QByteArray::number(n) + ",x" + QByteArray::number(n) + '\n';
        }
        source = path("records.jsonl");
        name = "records.jsonl";
        location = "7";
        QVERIFY(test::writeFile(source, lines));
    }
    const test::CliResult r = test::runCli(db() + QStringList{"import", "--project", "p", source});
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith(source.toUtf8() + ':' + location + ": "), r.err.constData());
    QCOMPARE(exported("p", name), expected);
    QCOMPARE(fileEntry("p", name).value("rejected").toInteger(), 1);
}

QTEST_GUILESS_MAIN(TestFormatsCli)
#include "tst_formatscli.moc"
