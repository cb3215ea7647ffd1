// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/sql.h"
#include "guitest.h"
#include "imports/fixedwidtheditor.h"
#include "imports/fixedwidthview.h"
#include "imports/importdialog.h"
#include "imports/jobqueue.h"
#include "imports/previewmodel.h"
#include "importtest.h"
#include "schema/mappingservice.h"
#include "schema/schemaservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::importtest;

// A widget that handles drops as the main window does.
class DropSink : public QWidget
{
public:
    explicit DropSink(Database *database)
        : m_database(database)
    {
        setAcceptDrops(true);
    }
    ImportDialog *dialog = nullptr;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (acceptsDrop(event->mimeData()))
            event->acceptProposedAction();
    }
    void dropEvent(QDropEvent *event) override
    {
        dialog = openImportDialog(
            this, m_database, droppedPaths(event->mimeData()), QStringLiteral("dropped"));
        event->acceptProposedAction();
    }

private:
    Database *m_database;
};

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dropPreviewAndImport();
    void dropBinaryIsRefused_data();
    void dropBinaryIsRefused();
    void switchesRePreview();
    void severalFilesApplyToAll();
    void bigFileReadsOnlyTheSample();
    void chosenQuoteReachesTheImport_data();
    void chosenQuoteReachesTheImport();
    void previewModelUnderTester();
    void suggestedMappingFromTheSchema();
    void completeOnlyWhenEveryRecordIsShown_data();
    void completeOnlyWhenEveryRecordIsShown();
    void workbookSheetsPreviewedAndCheckedOnesImported();
    void sheetsListTheirRowsAndSize();
    void skipRowsFindsTheHeader();
    void archiveMembersPreviewedAndCheckedOnesImported();
    void compressedFilePreviewedDecompressed();
    void fixedWidthColumnsFromTheEditor();
    void rejectsBudgetReachesTheJobs_data();
    void rejectsBudgetReachesTheJobs();
    void templateIsOfferedAppliedAndRemembered();
    void lastChoicesAreRememberedPerProject();

private:
    ImportDialog *drop(DropSink &sink, const QStringList &paths, bool *accepted = nullptr);
    QString write(const QString &name, const QByteArray &text);
    QString copyShared(const QString &name);
    QList<int> importAndWait(ImportDialog *dialog, int jobs);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_generated; // book.xlsx and pack.zip (initTestCase)
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

namespace {

// Workbooks and archives for the tests, written by openpyxl (python3-openpyxl is a dependency
// of these tests: they fail without it) and Python's zipfile.
//   book.xlsx: Orders: two title rows, then id,item,qty and 30 records; Notes: note and 3 records.
//   pack.zip: a.csv (2 records), b.csv (1), docs/c.tsv (100), and macOS metadata to leave out.
const char generator[] = R"(
import sys, zipfile, openpyxl
out = sys.argv[1]
book = openpyxl.Workbook()
orders = book.active
orders.title = 'Orders'
orders.append(['Orders export'])
orders.append(['made for tst_importdialog'])
orders.append(['id', 'item', 'qty'])
for i in range(1, 31):
    orders.append([i, 'item %d' % i, i * 2])
notes = book.create_sheet('Notes')
notes.append(['note'])
for i in range(1, 4):
    notes.append(['note %d' % i])
book.save(out + '/book.xlsx')
with zipfile.ZipFile(out + '/pack.zip', 'w', zipfile.ZIP_DEFLATED) as pack:
    pack.writestr('a.csv', 'x,y\n1,2\n3,4\n')
    pack.writestr('b.csv', 'p;q\n5;6\n')
    pack.writestr('docs/c.tsv', 'k\tv\n' + ''.join('%d\tv%d\n' % (i, i) for i in range(100)))
    pack.writestr('__MACOSX/._a.csv', 'metadata')
    pack.writestr('.DS_Store', 'metadata')
)";

QStringList partNames(const QList<SourcePart> &parts)
{
    QStringList names;
    for (const SourcePart &part : parts)
        names << part.name;
    return names;
}

QTreeWidgetItem *partItem(const ImportDialog &dialog, const QString &name)
{
    const QList<QTreeWidgetItem *> found = dialog.partsList()->findItems(name, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.first();
}

FileInfo fileNamed(const QList<FileInfo> &files, const QString &name)
{
    for (const FileInfo &file : files) {
        if (file.name == name)
            return file;
    }
    return {};
}

} // namespace

void tst_ImportDialog::initTestCase()
{
    guitest::WarningTrap::install();
    // The remembered fixed-width columns live in QSettings: the test's own, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY2(QFile::exists(QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csvkit/sheets.xlsx")),
             "the csvkit peer data is missing (STEVEDORE_SHARED_TESTDATA)");
    QVERIFY(m_generated.isValid());
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(generator), m_generated.path()});
    QVERIFY2(python.waitForFinished(120000), "the workbook generator did not finish");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
}

void tst_ImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(test::sqliteUrl(*m_dir));
    QSettings settings;
    for (const char *key :
         {"imports/fixedSpec", "imports/limitRejects", "imports/rejectBudget", "imports/atomic"})
        settings.remove(QLatin1String(key));
    settings.remove(QStringLiteral("imports/template"));
}

void tst_ImportDialog::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
    importtest::detachAndWait(*JobQueue::instance());
    m_database.reset();
    m_dir.reset();
}

QString tst_ImportDialog::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir->filePath(name);
    writeText(path, text);
    return path;
}

// A copy of the peer file (or of a generated one, by its absolute path) in the test's folder: a
// path of its own, so that the dialog's memory of a file's choices starts empty.
QString tst_ImportDialog::copyShared(const QString &name)
{
    const QString source = QFileInfo(name).isAbsolute()
                               ? name
                               : QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csvkit/") + name;
    const QString path = m_dir->filePath(QFileInfo(name).fileName());
    return QFile::copy(source, path) ? path : QString();
}

// Clicks Import and waits for the jobs, which must be jobs and all succeed.
QList<int> tst_ImportDialog::importAndWait(ImportDialog *dialog, int jobs)
{
    QSignalSpy queued(dialog, &ImportDialog::jobsQueued);
    dialog->importButton()->click();
    if (queued.size() != 1)
        return {};
    const QList<int> ids = queued.first().first().value<QList<int>>();
    if (ids.size() != jobs)
        return {};
    JobQueue *queue = JobQueue::instance();
    for (const int id : ids) {
        if (!QTest::qWaitFor([&] { return isFinished(queue->job(id)); }, 60000)
            || queue->job(id).state != ImportJob::State::Done)
            return {};
    }
    return ids;
}

ImportDialog *tst_ImportDialog::drop(DropSink &sink, const QStringList &paths, bool *accepted)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&sink, &enter);
    if (accepted)
        *accepted = enter.isAccepted();
    if (!enter.isAccepted())
        return nullptr;
    QDropEvent dropEvent(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&sink, &dropEvent);
    return sink.dialog;
}

void tst_ImportDialog::dropPreviewAndImport()
{
    const QString path = write(QStringLiteral("people.csv"), csvText(250, 50));
    DropSink sink(m_database.get());
    sink.show();
    QPointer<ImportDialog> dialog = drop(sink, {path});
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->project(), QStringLiteral("dropped"));
    QCOMPARE(dialog->fileCount(), 1);
    QSignalSpy ready(dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(30000));
    const ImportPreview preview = dialog->preview(0);
    QVERIFY(!preview.isRefused());
    QCOMPARE(preview.dialect.delimiter, ',');
    QVERIFY(preview.dialect.hasHeader);
    // 250 records, 100 read: not all of the file is shown, and the summary says so.
    QVERIFY(!preview.complete);
    QVERIFY2(dialog->detectionLabel()->text().contains(QLatin1String("First 100 record")),
             qPrintable(dialog->detectionLabel()->text()));
    // The first 100 records, with the header as column titles and lines as row titles.
    PreviewModel *model = dialog->previewModel();
    QCOMPARE(model->rowCount(), 100);
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("city"));
    QCOMPARE(model->headerData(0, Qt::Vertical, Qt::DisplayRole).toLongLong(), 2);
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("name 1"));
    // Record 50 misses a field: shown, tinted, with the reason.
    QVERIFY(model->index(49, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(
        !model->index(49, 0).data(Qt::DecorationRole).value<QIcon>().isNull()); // not colour alone
    QVERIFY(model->index(48, 0).data(Qt::DecorationRole).isNull());
    QVERIFY(!model->index(49, 0).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(dialog->detectionLabel()->text().contains(QLatin1String("%")));
    QVERIFY(dialog->problem(0).isEmpty());

    QVERIFY(dialog->importButton()->isEnabled());
    QSignalSpy queued(dialog, &ImportDialog::jobsQueued);
    dialog->importButton()->click();
    QCOMPARE(queued.size(), 1);
    const QList<int> ids = queued.first().first().value<QList<int>>();
    QCOMPARE(ids.size(), 1);
    JobQueue *queue = JobQueue::instance();
    QCOMPARE(queue->database(), m_database.get());
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue->job(ids.first())), 60000);
    QCOMPARE(queue->job(ids.first()).state, ImportJob::State::Done);
    const QList<FileInfo> imported = files(*m_database, QStringLiteral("dropped"));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().name, QStringLiteral("people.csv"));
    QCOMPARE(imported.first().recordCount, 245);
    QCOMPARE(imported.first().rejectCount, 5);
    QTRY_VERIFY(!dialog); // closed and deleted
}

void tst_ImportDialog::dropBinaryIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                         << QStringLiteral("binary");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("folder") << QByteArray("folder") << QStringLiteral("directory");
}

void tst_ImportDialog::dropBinaryIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QString path;
    if (content == "folder") {
        path = m_dir->filePath(QStringLiteral("a folder"));
        QVERIFY(QDir().mkpath(path));
    } else {
        path = write(QStringLiteral("file.bin"), content);
    }
    const QString good = write(QStringLiteral("good.csv"), csvText(10));
    DropSink sink(m_database.get());
    ImportDialog *dialog = drop(sink, {path, good});
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0) && !dialog->isPreviewPending(1), 30000);
    QVERIFY(dialog->isRefused(0));
    QVERIFY2(dialog->problem(0).contains(reason), qPrintable(dialog->problem(0)));
    QVERIFY(dialog->fileList()->item(0)->text().contains(QLatin1String("refused")));
    dialog->setCurrentFile(0);
    QVERIFY(dialog->problemLabel()->isVisibleTo(dialog));
    QVERIFY(dialog->problemLabel()->text().contains(reason));
    QCOMPARE(dialog->previewModel()->rowCount(), 0);
    QVERIFY(!dialog->delimiterCombo()->isEnabled());
    // The refused file is not queued; the good one is.
    QSignalSpy queued(dialog, &ImportDialog::jobsQueued);
    dialog->accept();
    QCOMPARE(queued.size(), 1);
    const QList<int> ids = queued.first().first().value<QList<int>>();
    QCOMPARE(ids.size(), 1);
    QCOMPARE(JobQueue::instance()->job(ids.first()).options.path, good);
    QTRY_VERIFY_WITH_TIMEOUT(JobQueue::instance()->isIdle(), 60000);
}

void tst_ImportDialog::switchesRePreview()
{
    const QString path = write(QStringLiteral("semi.csv"), "a;b,c;d\n1;2,3;4\n5;6,7;8\n");
    ImportDialog dialog(m_database.get(), {path}, QStringLiteral("p"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(30000));
    QCOMPARE(dialog.preview(0).dialect.delimiter, ';');
    QCOMPARE(dialog.previewModel()->columnCount(), 3);
    // Comma instead: the preview follows at once (one worker round trip).
    dialog.delimiterCombo()->setCurrentIndex(dialog.delimiterCombo()->findData(int(',')));
    QVERIFY(dialog.isPreviewPending(0));
    QVERIFY(ready.wait(30000));
    QCOMPARE(dialog.preview(0).dialect.delimiter, ',');
    QCOMPARE(dialog.previewModel()->columnCount(), 2);
    QCOMPARE(dialog.previewModel()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("a;b"));
    // No header: the first line becomes a record.
    dialog.headerCombo()->setCurrentIndex(dialog.headerCombo()->findData(0));
    QVERIFY(ready.wait(30000));
    QCOMPARE(dialog.previewModel()->rowCount(), 3);
    QCOMPARE(dialog.previewModel()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("column_1"));
    QCOMPARE(dialog.settings(0).delimiter, std::optional<char>(','));
    QCOMPARE(dialog.settings(0).hasHeader, std::optional<bool>(false));
    // Encoding: Windows-1252 bytes read as such.
    const QString latin = write(QStringLiteral("latin.csv"), "name\ncaf\xe9\n");
    ImportDialog second(m_database.get(), {latin}, QStringLiteral("p"));
    QSignalSpy secondReady(&second, &ImportDialog::previewReady);
    QVERIFY(secondReady.wait(30000));
    second.encodingCombo()->setCurrentIndex(
        second.encodingCombo()->findData(int(TextEncoding::Windows1252)));
    QVERIFY(secondReady.wait(30000));
    QCOMPARE(second.previewModel()->index(0, 0).data().toString(), QStringLiteral("café"));
}

void tst_ImportDialog::severalFilesApplyToAll()
{
    const QString a = write(QStringLiteral("a.csv"), "x|y\n1|2\n");
    const QString b = write(QStringLiteral("b.csv"), "x|y\n3|4\n");
    ImportDialog dialog(m_database.get(), {a, b}, QStringLiteral("p"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewPending(0) && !dialog.isPreviewPending(1), 30000);
    QVERIFY(dialog.fileList()->isVisibleTo(&dialog));
    PreviewSettings tab;
    tab.delimiter = '\t';
    dialog.setSettings(0, tab);
    dialog.setCurrentFile(0);
    QCOMPARE(dialog.delimiterCombo()->currentData().toInt(), int('\t'));
    dialog.applyToAll();
    QCOMPARE(dialog.settings(1).delimiter, std::optional<char>('\t'));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewPending(1), 30000);
    QCOMPARE(dialog.preview(1).dialect.delimiter, '\t');
    dialog.setCurrentFile(1);
    QCOMPARE(dialog.delimiterCombo()->currentData().toInt(), int('\t'));
    QCOMPARE(dialog.previewModel()->columnCount(), 1);
    QVERIFY(dialog.importButton()->text().contains(QLatin1String("2")));
    QSignalSpy queued(&dialog, &ImportDialog::jobsQueued);
    dialog.accept();
    QCOMPARE(queued.first().first().value<QList<int>>().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(JobQueue::instance()->isIdle(), 60000);
    // Imported with the override: one column.
    for (const FileInfo &file : files(*m_database, QStringLiteral("p")))
        QCOMPARE(file.header, QStringList{QStringLiteral("x|y")});
}

void tst_ImportDialog::bigFileReadsOnlyTheSample()
{
    const QString path = write(QStringLiteral("big.csv"), csvText(200000));
    const ImportPreview preview = loadImportPreview(path, {});
    QCOMPARE(preview.rows.size(), 100);
    QVERIFY(!preview.complete);
    // The 100 records' bytes, not the file.
    QVERIFY(preview.bytesSampled > 0);
    QVERIFY(preview.bytesSampled < 64 * 1024);
    QVERIFY(preview.fileSize > 4 * 1024 * 1024);
    // Past maxBytes of content no more records are read; those read are whole.
    const ImportPreview small = loadImportPreview(path, {}, 100, 200);
    QVERIFY(!small.rows.isEmpty());
    QVERIFY(small.rows.size() < 100);
    QCOMPARE(small.rows.last().size(), 3);
}

// The quote chosen in the dialog is the one the import reads with (and stores with the file).
void tst_ImportDialog::chosenQuoteReachesTheImport_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("quote");
    QTest::addColumn<QStringList>("firstRecord");
    QTest::newRow("single") << QByteArray("a,b\n'x,y',\"2\"\n'it''s',3\n") << int('\'')
                            << QStringList{QStringLiteral("x,y"), QStringLiteral("\"2\"")};
    QTest::newRow("none") << QByteArray("a,b\n\"x\",'y'\n\"p,q\n") << 0
                          << QStringList{QStringLiteral("\"x\""), QStringLiteral("'y'")};
}

void tst_ImportDialog::chosenQuoteReachesTheImport()
{
    QFETCH(QByteArray, text);
    QFETCH(int, quote);
    QFETCH(QStringList, firstRecord);
    const QString path = write(QStringLiteral("q.csv"), text);
    QPointer<ImportDialog> dialog = new ImportDialog(m_database.get(), {path}, QStringLiteral("p"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy ready(dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(30000));
    dialog->quoteCombo()->setCurrentIndex(dialog->quoteCombo()->findData(quote));
    QVERIFY(ready.wait(30000));
    QCOMPARE(dialog->preview(0).dialect.quote, char(quote));
    QCOMPARE(dialog->previewModel()->index(0, 0).data().toString(), firstRecord.at(0));
    QCOMPARE(dialog->previewModel()->index(0, 1).data().toString(), firstRecord.at(1));
    QVERIFY(dialog->problem(0).isEmpty());
    QVERIFY(dialog->importButton()->isEnabled());

    QSignalSpy queued(dialog, &ImportDialog::jobsQueued);
    dialog->importButton()->click();
    QCOMPARE(queued.size(), 1);
    const int id = queued.first().first().value<QList<int>>().first();
    JobQueue *queue = JobQueue::instance();
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue->job(id)), 60000);
    QCOMPARE(queue->job(id).state, ImportJob::State::Done);
    const QList<FileInfo> imported = files(*m_database, QStringLiteral("p"));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().recordCount, 2);
    QCOMPARE(imported.first().rejectCount, 0);
    QCOMPARE(Dialect::fromJson(imported.first().dialect)->quote, char(quote));
    const QByteArray exportedText
        = exported(*m_database, QStringLiteral("p"), QStringLiteral("q.csv"));
    QVERIFY2(exportedText.startsWith("a,b\r\n") || exportedText.startsWith("a,b\n"),
             exportedText.constData());
    QVERIFY2(exportedText.contains(firstRecord.at(0).toUtf8().replace("\"", "\"\"")),
             exportedText.constData());
    QTRY_VERIFY(!dialog);
}

void tst_ImportDialog::previewModelUnderTester()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImportPreview preview;
    preview.header = {QStringLiteral("a"), QStringLiteral("b")};
    preview.rows = {{QStringLiteral("1"), QStringLiteral("2")},
                    {QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}};
    preview.lines = {2, 3};
    preview.rowErrors = {QString(), QStringLiteral("3 fields, expected 2")};
    model.setPreview(preview);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("5"));
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("expected")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_ImportDialog::suggestedMappingFromTheSchema()
{
    m_database
        ->write([](QSqlDatabase &db) {
            SchemaColumn email;
            email.name = QStringLiteral("email");
            SchemaColumn city;
            city.name = QStringLiteral("City");
            SchemaService(Sql(db)).apply({email, city});
        })
        .waitForFinished();
    const QString path = write(QStringLiteral("m.csv"), "E-Mail,city,notes\na@b.c,Paris,x\n");
    ImportDialog dialog(m_database.get(), {path}, QStringLiteral("p"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.suggestions(0).isEmpty(), 30000);
    const QList<MatchSuggestion> suggestions = dialog.suggestions(0);
    QCOMPARE(suggestions.size(), 3);
    QCOMPARE(suggestions[0].schemaColumn, QStringLiteral("email"));
    QCOMPARE(suggestions[1].schemaColumn, QStringLiteral("City"));
    QCOMPARE(suggestions[2].schemaColumnId, 0);
}

// A preview is complete only when no record follows those shown: the summary then says the
// whole file is shown. A file of exactly the records asked for is complete; one more is not.
void tst_ImportDialog::completeOnlyWhenEveryRecordIsShown_data()
{
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<int>("shown");
    QTest::addColumn<bool>("complete");
    QTest::newRow("fewer") << 10 << 256 * 1024 << 10 << true;
    QTest::newRow("exactly the maximum") << 100 << 256 * 1024 << 100 << true;
    QTest::newRow("one more") << 101 << 256 * 1024 << 100 << false;
    QTest::newRow("stopped by bytes") << 50 << 100 << 6 << false;
}

void tst_ImportDialog::completeOnlyWhenEveryRecordIsShown()
{
    QFETCH(int, records);
    QFETCH(int, maxBytes);
    QFETCH(int, shown);
    QFETCH(bool, complete);
    // The header takes 13 bytes, records 1..9 16 each ("1,name 1,city 1\n"): 93 bytes after
    // the fifth, within the limit of 100, so the sixth is read whole; then the limit is passed.
    const QString path = write(QStringLiteral("n.csv"), csvText(records));
    const ImportPreview preview = loadImportPreview(path, {}, 100, maxBytes);
    QVERIFY(preview.error.isEmpty());
    QCOMPARE(preview.rows.size(), shown);
    QCOMPARE(preview.complete, complete);
    QCOMPARE(preview.rows.last(),
             QStringList({QString::number(shown),
                          QStringLiteral("name %1").arg(shown),
                          QStringLiteral("city %1").arg(shown % 100)}));
}

// The peer workbook with three sheets (an empty one first): listed in order with their sizes,
// the first checked and previewed, another previewed by selecting it, and only the checked
// ones imported, each as a file of its own.
void tst_ImportDialog::workbookSheetsPreviewedAndCheckedOnesImported()
{
    const QString path = copyShared(QStringLiteral("sheets.xlsx"));
    QVERIFY(!path.isEmpty());
    DropSink sink(m_database.get());
    QPointer<ImportDialog> dialog = drop(sink, {path});
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    const QStringList sheets{
        QStringLiteral("not this one"), QStringLiteral("data"), QStringLiteral("\u02A4")};
    QCOMPARE(partNames(dialog->parts(0)), sheets);
    QTreeWidget *list = dialog->partsList();
    QVERIFY(list->isVisibleTo(dialog));
    QVERIFY(dialog->partsLabel()->text().contains(QLatin1String("Sheets")));
    QCOMPARE(list->topLevelItemCount(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(list->topLevelItem(i)->text(0), sheets[i]);
        QVERIFY2(!list->topLevelItem(i)->text(2).isEmpty(), "no size for a sheet");
    }
    QCOMPARE(dialog->checkedParts(0), QStringList{sheets[0]});
    QCOMPARE(list->topLevelItem(0)->checkState(0), Qt::Checked);
    QCOMPARE(list->topLevelItem(1)->checkState(0), Qt::Unchecked);
    QVERIFY(dialog->fileList()->item(0)->text().contains(QLatin1String("3 sheet")));
    QVERIFY(dialog->detectionLabel()->text().contains(QLatin1String("Excel workbook")));

    // Selecting a sheet previews it.
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(dialog->isPreviewPending(0));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    QCOMPARE(dialog->preview(0).part, sheets[1]);
    QVERIFY(!dialog->preview(0).isRefused());
    PreviewModel *model = dialog->previewModel();
    QCOMPARE(model->rowCount(), 5);
    const int text = model->hasLocationColumn() ? 1 : 0;
    QCOMPARE(model->headerData(text, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("text"));
    QCOMPARE(model->index(0, text).data().toString(), QStringLiteral("Chicago Reader"));
    QCOMPARE(model->index(4, text).data().toString(), QStringLiteral("Unicode! \u03A3"));
    QCOMPARE(model->headerData(0, Qt::Vertical, Qt::DisplayRole).toLongLong(), 2);
    QVERIFY(dialog->detectionLabel()->text().contains(QLatin1String("Sheet data")));

    // The check boxes choose what is imported: data and ʤ, not the first.
    list->topLevelItem(1)->setCheckState(0, Qt::Checked);
    list->topLevelItem(2)->setCheckState(0, Qt::Checked);
    QCOMPARE(dialog->allPartsCheck()->checkState(), Qt::Checked);
    list->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(dialog->checkedParts(0), sheets.mid(1));
    QCOMPARE(dialog->allPartsCheck()->checkState(), Qt::PartiallyChecked);
    QCOMPARE(dialog->jobCount(), 2);
    QVERIFY(dialog->importButton()->text().contains(QLatin1String("2")));
    QVERIFY(dialog->importButton()->isEnabled());
    QCOMPARE(importAndWait(dialog, 2).size(), 2);
    const QList<FileInfo> imported = files(*m_database, QStringLiteral("dropped"));
    QCOMPARE(imported.size(), 2);
    const FileInfo data = fileNamed(imported, QStringLiteral("sheets.xlsx:data"));
    QCOMPARE(data.recordCount + data.rejectCount, 5);
    QCOMPARE(data.header.first(), QStringLiteral("text"));
    const FileInfo small = fileNamed(imported, QStringLiteral("sheets.xlsx:\u02A4"));
    QCOMPARE(small.recordCount, 1);
    QCOMPARE(small.header, QStringList({"a", "b", "c"}));
    QTRY_VERIFY(!dialog);
}

// Each sheet of a generated workbook lists its rows (with the header) and its size; "All"
// checks every sheet.
void tst_ImportDialog::sheetsListTheirRowsAndSize()
{
    const QString path = copyShared(m_generated.filePath(QStringLiteral("book.xlsx")));
    QVERIFY(!path.isEmpty());
    ImportDialog dialog(m_database.get(), {path}, QStringLiteral("p"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewPending(0), 30000);
    QCOMPARE(partNames(dialog.parts(0)), QStringList({"Orders", "Notes"}));
    QCOMPARE(dialog.parts(0)[0].rows, 33);
    QCOMPARE(dialog.parts(0)[1].rows, 4);
    QTreeWidgetItem *orders = partItem(dialog, QStringLiteral("Orders"));
    QTreeWidgetItem *notes = partItem(dialog, QStringLiteral("Notes"));
    QVERIFY(orders && notes);
    QCOMPARE(orders->text(1), dialog.locale().toString(33));
    QCOMPARE(notes->text(1), dialog.locale().toString(4));
    QCOMPARE(orders->text(2), dialog.locale().formattedDataSize(dialog.parts(0)[0].bytes));
    QVERIFY(dialog.parts(0)[0].bytes > dialog.parts(0)[1].bytes);
    QVERIFY(orders->toolTip(0).contains(QLatin1String("book.xlsx:Orders")));
    QVERIFY(dialog.allPartsCheck()->text().contains(QLatin1String("2")));
    dialog.allPartsCheck()->click();
    QCOMPARE(dialog.checkedParts(0), QStringList({"Orders", "Notes"}));
    QCOMPARE(notes->checkState(0), Qt::Checked);
    QCOMPARE(dialog.jobCount(), 2);
    dialog.allPartsCheck()->click();
    QVERIFY(dialog.checkedParts(0).isEmpty());
    QCOMPARE(dialog.jobCount(), 0);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.problem(0).contains(QLatin1String("No sheet")));
}

// Two title rows above the header: without skipping them the title is the header; Skip rows 2
// finds the real one, and the import reads the sheet the same way.
void tst_ImportDialog::skipRowsFindsTheHeader()
{
    const QString path = copyShared(m_generated.filePath(QStringLiteral("book.xlsx")));
    QVERIFY(!path.isEmpty());
    QPointer<ImportDialog> dialog = new ImportDialog(m_database.get(), {path}, QStringLiteral("p"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    QVERIFY(dialog->skipRowsSpin()->isVisibleTo(dialog));
    QVERIFY(!dialog->delimiterCombo()->isVisibleTo(dialog)); // a sheet has no delimiter
    QCOMPARE(dialog->preview(0).header.first(), QStringLiteral("Orders export"));
    dialog->skipRowsSpin()->setValue(2);
    QVERIFY(dialog->isPreviewPending(0));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    QCOMPARE(dialog->settings(0).skipRows, 2);
    QCOMPARE(dialog->preview(0).header, QStringList({"id", "item", "qty"}));
    PreviewModel *model = dialog->previewModel();
    QCOMPARE(model->rowCount(), 30);
    QCOMPARE(model->columnCount(), 3);
    QVERIFY(!model->hasLocationColumn());
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("item 1"));
    QCOMPARE(model->headerData(0, Qt::Vertical, Qt::DisplayRole).toLongLong(), 4);
    QCOMPARE(importAndWait(dialog, 1).size(), 1);
    const FileInfo orders
        = fileNamed(files(*m_database, QStringLiteral("p")), QStringLiteral("book.xlsx:Orders"));
    QCOMPARE(orders.header, QStringList({"id", "item", "qty"}));
    QCOMPARE(orders.recordCount, 30);
    QCOMPARE(orders.rejectCount, 0);
    QTRY_VERIFY(!dialog);
}

// A zip archive's members are its parts (metadata left out); a member is previewed as the
// file it is, and the checked ones are imported as "ARCHIVE.zip:MEMBER".
void tst_ImportDialog::archiveMembersPreviewedAndCheckedOnesImported()
{
    const QString path = copyShared(m_generated.filePath(QStringLiteral("pack.zip")));
    QVERIFY(!path.isEmpty());
    DropSink sink(m_database.get());
    QPointer<ImportDialog> dialog = drop(sink, {path});
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    QCOMPARE(partNames(dialog->parts(0)), QStringList({"a.csv", "b.csv", "docs/c.tsv"}));
    QVERIFY(dialog->partsLabel()->text().contains(QLatin1String("archive")));
    QVERIFY(dialog->fileList()->item(0)->text().contains(QLatin1String("3 file")));
    QTreeWidgetItem *tsv = partItem(*dialog, QStringLiteral("docs/c.tsv"));
    QVERIFY(tsv);
    QVERIFY(tsv->text(1).isEmpty()); // rows unknown until read
    QCOMPARE(tsv->text(2), dialog->locale().formattedDataSize(dialog->parts(0)[2].bytes));
    QCOMPARE(dialog->preview(0).part, QStringLiteral("a.csv"));
    QCOMPARE(dialog->previewModel()->rowCount(), 2);

    dialog->partsList()->setCurrentItem(tsv);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    QCOMPARE(dialog->preview(0).part, QStringLiteral("docs/c.tsv"));
    QCOMPARE(dialog->preview(0).dialect.delimiter, '\t');
    QCOMPARE(dialog->previewModel()->rowCount(), 100);
    QCOMPARE(dialog->previewModel()->index(99, 1).data().toString(), QStringLiteral("v99"));
    QVERIFY(dialog->detectionLabel()->text().contains(QLatin1String("Zip archive")));

    dialog->setPartChecked(0, QStringLiteral("docs/c.tsv"), true);
    QCOMPARE(dialog->checkedParts(0), QStringList({"a.csv", "docs/c.tsv"}));
    QCOMPARE(importAndWait(dialog, 2).size(), 2);
    const QList<FileInfo> imported = files(*m_database, QStringLiteral("dropped"));
    QCOMPARE(imported.size(), 2);
    QCOMPARE(fileNamed(imported, QStringLiteral("pack.zip:a.csv")).recordCount, 2);
    QCOMPARE(fileNamed(imported, QStringLiteral("pack.zip:docs/c.tsv")).recordCount, 100);
    QTRY_VERIFY(!dialog);
}

// A gzip-compressed file has no parts: previewed decompressed, the summary says so.
void tst_ImportDialog::compressedFilePreviewedDecompressed()
{
    const QString path = copyShared(QStringLiteral("dummy.csv.gz"));
    QVERIFY(!path.isEmpty());
    ImportDialog dialog(m_database.get(), {path}, QStringLiteral("p"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewPending(0), 30000);
    QVERIFY(!dialog.isRefused(0));
    QVERIFY(dialog.parts(0).isEmpty());
    QVERIFY(!dialog.partsList()->isVisibleTo(&dialog));
    QCOMPARE(dialog.preview(0).header, QStringList({"a", "b", "c"}));
    QCOMPARE(dialog.previewModel()->rowCount(), 1);
    QCOMPARE(dialog.previewModel()->index(0, 2).data().toString(), QStringLiteral("3"));
    QVERIFY(dialog.detectionLabel()->text().contains(QLatin1String("gzip")));
    QVERIFY(dialog.formatCombo()->itemText(0).contains(QLatin1String("gzip")));
    QVERIFY(dialog.preview(0).complete);
}

// Fixed-width text is never detected: Format forced to fixed width shows the lines in the
// editor; clicking between characters cuts them into columns, the preview follows, and the
// import reads the same columns (and remembers them for the next fixed-width file).
void tst_ImportDialog::fixedWidthColumnsFromTheEditor()
{
    const QString path = copyShared(QStringLiteral("testfixed"));
    QVERIFY(!path.isEmpty());
    QPointer<ImportDialog> dialog = new ImportDialog(m_database.get(), {path}, QStringLiteral("p"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    FixedWidthEditor *editor = dialog->fixedWidthEditor();
    QVERIFY(!editor->isVisibleTo(dialog));
    QComboBox *format = dialog->formatCombo();
    format->setCurrentIndex(format->findData(int(SourceFormat::FixedWidth)));
    QVERIFY(editor->isVisibleTo(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    QCOMPARE(dialog->preview(0).rawLines.size(), 4);
    QCOMPARE(editor->view()->lines().first().left(14), QStringLiteral("Chicago Reader"));
    // No columns yet: nothing to import, and the dialog says what to do.
    QVERIFY(dialog->problem(0).contains(QLatin1String("needs columns")));
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(!dialog->delimiterCombo()->isVisibleTo(dialog));
    QVERIFY(dialog->encodingCombo()->isVisibleTo(dialog));

    FixedWidthView *view = editor->view();
    for (const int boundary : {18, 29, 33}) {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->pointAt(boundary));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    }
    QCOMPARE(view->boundaries(), QList<int>({18, 29, 33}));
    QCOMPARE(dialog->settings(0).fixedColumns.size(), 4);
    QCOMPARE(editor->namesTable()->columnCount(), 4);
    editor->namesTable()->item(0, 0)->setText(QStringLiteral("paper"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    QCOMPARE(dialog->settings(0).fixedColumns.first().name, QStringLiteral("paper"));
    PreviewModel *model = dialog->previewModel();
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(model->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("paper"));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Chicago Reader"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("1971-01-01"));
    QCOMPARE(model->index(2, 2).data().toString(), QStringLiteral("164"));
    QVERIFY(dialog->problem(0).isEmpty());

    const QList<FixedColumn> columns = dialog->settings(0).fixedColumns;
    QCOMPARE(importAndWait(dialog, 1).size(), 1);
    const FileInfo imported
        = fileNamed(files(*m_database, QStringLiteral("p")), QStringLiteral("testfixed"));
    QCOMPARE(imported.header.size(), 4);
    QCOMPARE(imported.header.first(), QStringLiteral("paper"));
    QCOMPARE(imported.recordCount, 4);
    QTRY_VERIFY(!dialog);

    // The next fixed-width file starts from the columns imported last.
    const QString other
        = write(QStringLiteral("other.txt"), "Chicago Reader    1971-01-01 40  x\n");
    ImportDialog next(m_database.get(), {other}, QStringLiteral("p"));
    QTRY_VERIFY_WITH_TIMEOUT(!next.isPreviewPending(0), 30000);
    next.formatCombo()->setCurrentIndex(
        next.formatCombo()->findData(int(SourceFormat::FixedWidth)));
    QCOMPARE(next.settings(0).fixedColumns, columns);
    QTRY_VERIFY_WITH_TIMEOUT(!next.isPreviewPending(0), 30000);
    QCOMPARE(next.previewModel()->index(0, 2).data().toString(), QStringLiteral("40"));
}

// The rejects budget and All or nothing reach every job the dialog queues, and the next dialog
// offers them again, off as well as on (QSettings); the number stays while the limit is off.
void tst_ImportDialog::rejectsBudgetReachesTheJobs_data()
{
    QTest::addColumn<bool>("percent");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("budget");
    QTest::newRow("count") << false << 25.0 << QStringLiteral("25");
    QTest::newRow("percent") << true << 2.5 << QStringLiteral("2.5%");
}

void tst_ImportDialog::rejectsBudgetReachesTheJobs()
{
    QFETCH(bool, percent);
    QFETCH(double, value);
    QFETCH(QString, budget);
    const QString a = write(QStringLiteral("a.csv"), csvText(20));
    const QString b = write(QStringLiteral("b.csv"), csvText(30));
    QPointer<ImportDialog> dialog = new ImportDialog(m_database.get(), {a, b}, QStringLiteral("p"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // No limit and not all or nothing at first, as `stevedore import` without options.
    QVERIFY(!dialog->limitRejectsCheck()->isChecked());
    QVERIFY(!dialog->maxRejectsSpin()->isEnabled());
    QVERIFY(!dialog->rejectsUnitCombo()->isEnabled());
    QVERIFY(!dialog->rejectBudget().isSet());
    QVERIFY(!dialog->atomicCheck()->isChecked());

    dialog->limitRejectsCheck()->click();
    QComboBox *unit = dialog->rejectsUnitCombo();
    QVERIFY(unit->isEnabled());
    unit->setCurrentIndex(percent ? 1 : 0);
    QCOMPARE(dialog->maxRejectsPercentSpin()->isVisible(), percent);
    QCOMPARE(dialog->maxRejectsSpin()->isVisible(), !percent);
    if (percent)
        dialog->maxRejectsPercentSpin()->setValue(value);
    else
        dialog->maxRejectsSpin()->setValue(int(value));
    dialog->atomicCheck()->click();
    QCOMPARE(dialog->rejectBudget().toString(), budget);
    QVERIFY(dialog->isAtomic());

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0) && !dialog->isPreviewPending(1), 30000);
    const QList<int> ids = importAndWait(dialog, 2);
    QCOMPARE(ids.size(), 2);
    for (const int id : ids) {
        const ImportOptions options = JobQueue::instance()->job(id).options;
        QCOMPARE(options.rejectBudget.toString(), budget);
        QCOMPARE(options.rejectBudget.isPercent(), percent);
        QVERIFY(options.atomic);
    }
    QTRY_VERIFY(!dialog);

    // Remembered: the next dialog starts with them; turned off there, they stay off.
    const QString c = write(QStringLiteral("c.csv"), csvText(10));
    auto *next = new ImportDialog(m_database.get(), {c}, QStringLiteral("p"));
    QPointer<ImportDialog> guard = next;
    next->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY(next->limitRejectsCheck()->isChecked());
    QCOMPARE(next->rejectsUnitCombo()->currentIndex(), percent ? 1 : 0);
    QCOMPARE(next->rejectBudget().toString(), budget);
    QVERIFY(next->isAtomic());
    next->limitRejectsCheck()->click();
    next->atomicCheck()->click();
    QVERIFY(!next->maxRejectsSpin()->isEnabled());
    QVERIFY(!next->maxRejectsPercentSpin()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!next->isPreviewPending(0), 30000);
    const QList<int> nextIds = importAndWait(next, 1);
    QCOMPARE(nextIds.size(), 1);
    const ImportOptions nextOptions = JobQueue::instance()->job(nextIds.first()).options;
    QVERIFY(!nextOptions.rejectBudget.isSet());
    QVERIFY(!nextOptions.atomic);
    QTRY_VERIFY(!guard);

    ImportDialog last(m_database.get(), {c}, QStringLiteral("p"));
    QVERIFY(!last.limitRejectsCheck()->isChecked());
    QVERIFY(!last.rejectBudget().isSet());
    QVERIFY(!last.isAtomic());
    last.limitRejectsCheck()->click();
    QCOMPARE(last.rejectBudget().toString(), budget);
    QTRY_VERIFY_WITH_TIMEOUT(!last.isPreviewPending(0), 30000);
}

// A template matching the file's columns is offered first; choosing it sets the file's dialect,
// the budget and All or nothing; the job carries it and the file gets its mapping; the next
// dialog for the project chooses it again.
void tst_ImportDialog::templateIsOfferedAppliedAndRemembered()
{
    m_database
        ->write([](QSqlDatabase &db) {
            const Sql sql(db);
            QList<SchemaColumn> columns;
            for (const char *name : {"code", "label"}) {
                SchemaColumn column;
                column.name = QString::fromLatin1(name);
                column.type = ColumnType::Text;
                columns << column;
            }
            SchemaService(sql).apply(columns);
            SqlTransaction transaction(sql);
            for (const auto &[name, json] :
                 {std::pair{"Other", R"({"mapping": [{"file_column": "zzz",
                                                     "schema_column": "code"}]})"},
                  std::pair{"Semi", R"({"delimiter": ";", "header": true, "max_rejects": "7",
                                        "atomic": true,
                                        "mapping": [{"file_column": "ID", "schema_column": "code"},
                                                    {"file_column": "name",
                                                     "schema_column": "label",
                                                     "transform": "upper"}]})"}}) {
                QString error;
                std::optional<ImportTemplate> settings
                    = ImportTemplate::fromJson(QByteArray(json), &error);
                settings->name = QString::fromLatin1(name);
                importtemplates::save(sql, *settings, std::nullopt, QStringLiteral("ann"));
            }
            transaction.commit();
        })
        .waitForFinished();
    // A file whose columns the template "Semi" maps (by name, ignoring case).
    const QString a = write(QStringLiteral("a.csv"), "id;name\n1;alpha\n2;beta\n");
    QPointer<ImportDialog> dialog = new ImportDialog(m_database.get(), {a}, QStringLiteral("t"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_COMPARE(dialog->templates().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    QComboBox *combo = dialog->templateCombo();
    QTRY_COMPARE(combo->itemText(1), QStringLiteral("Semi — matches this file"));
    QCOMPARE(combo->itemText(2), QStringLiteral("Other"));
    QCOMPARE(combo->currentIndex(), 0); // offered, not chosen
    QVERIFY(!dialog->chosenTemplate());

    combo->setCurrentIndex(1);
    QCOMPARE(dialog->chosenTemplate()->name, QStringLiteral("Semi"));
    QCOMPARE(dialog->settings(0).delimiter, std::optional<char>(';'));
    QCOMPARE(dialog->settings(0).hasHeader, std::optional<bool>(true));
    QCOMPARE(dialog->rejectBudget().toString(), QStringLiteral("7"));
    QVERIFY(dialog->isAtomic());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    const QList<int> ids = importAndWait(dialog, 1);
    QCOMPARE(ids.size(), 1);
    const ImportJob job = JobQueue::instance()->job(ids.first());
    QCOMPARE(job.importTemplate->name, QStringLiteral("Semi"));
    QCOMPARE(job.options.overrides.delimiter, std::optional<char>(';'));
    QVERIFY2(job.message.contains(QStringLiteral("template “Semi” (version 1)")),
             qPrintable(job.message));
    const FileMapping mapping
        = m_database
              ->read([fileId = job.result.fileId](
                         QSqlDatabase &db) { return MappingService(Sql(db)).load(fileId); },
                     ReadConsistency::Primary)
              .result();
    QCOMPARE(mapping.columns.size(), 2);
    QCOMPARE(mapping.columns[0].schemaColumn, QStringLiteral("code"));
    QCOMPARE(mapping.columns[1].schemaColumn, QStringLiteral("label"));
    QCOMPARE(mapping.columns[1].transform, QStringLiteral("upper"));
    QTRY_VERIFY(!dialog);

    // The next dialog for the project chooses it again.
    const QString b = write(QStringLiteral("b.csv"), "id;name\n3;gamma\n");
    auto *next = new ImportDialog(m_database.get(), {b}, QStringLiteral("t"));
    QPointer<ImportDialog> guard = next;
    next->setAttribute(Qt::WA_DeleteOnClose);
    QTRY_COMPARE(next->chosenTemplate().value_or(ImportTemplate()).name, QStringLiteral("Semi"));
    QCOMPARE(next->settings(0).delimiter, std::optional<char>(';'));
    QTRY_VERIFY_WITH_TIMEOUT(!next->isPreviewPending(0), 30000);
    next->reject();
    QTRY_VERIFY(!guard);
}

// The rejects limit and All or nothing of the last import into a project are where the next
// dialog for that project starts; another project starts from the last import anywhere. The
// dialect is not carried over: the next file is detected.
void tst_ImportDialog::lastChoicesAreRememberedPerProject()
{
    const QString a = write(QStringLiteral("semi-a.csv"), "id;name\n1;alpha\n");
    const auto importWith = [&](const QString &project, bool limit, bool atomic) {
        QPointer<ImportDialog> dialog = new ImportDialog(m_database.get(), {a}, project);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (dialog->limitRejectsCheck()->isChecked() != limit)
            dialog->limitRejectsCheck()->click();
        dialog->rejectsUnitCombo()->setCurrentIndex(0);
        dialog->maxRejectsSpin()->setValue(limit ? 12 : 0);
        if (dialog->isAtomic() != atomic)
            dialog->atomicCheck()->click();
        PreviewSettings chosen = dialog->settings(0);
        chosen.delimiter = ';';
        dialog->setSettings(0, chosen);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
        QCOMPARE(importAndWait(dialog, 1).size(), 1);
        QTRY_VERIFY(!dialog);
    };
    importWith(QStringLiteral("strict"), true, true);
    importWith(QStringLiteral("lenient"), false, false);

    const QString b = write(QStringLiteral("semi-b.csv"), "id;name\n2;beta\n");
    ImportDialog strict(m_database.get(), {b}, QStringLiteral("strict"));
    QCOMPARE(strict.rejectBudget().toString(), QStringLiteral("12"));
    QVERIFY(strict.isAtomic());
    QCOMPARE(strict.settings(0).delimiter, std::nullopt); // detected, not carried over
    QTRY_VERIFY_WITH_TIMEOUT(!strict.isPreviewPending(0), 30000);

    ImportDialog lenient(m_database.get(), {b}, QStringLiteral("lenient"));
    QVERIFY(!lenient.rejectBudget().isSet());
    QVERIFY(!lenient.isAtomic());
    QTRY_VERIFY_WITH_TIMEOUT(!lenient.isPreviewPending(0), 30000);
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
