// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/sql.h"
#include "guitest.h"
#include "imports/importdialog.h"
#include "imports/jobqueue.h"
#include "imports/previewmodel.h"
#include "importtest.h"
#include "schema/schemaservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
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

private:
    ImportDialog *drop(DropSink &sink, const QStringList &paths, bool *accepted = nullptr);
    QString write(const QString &name, const QByteArray &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_ImportDialog::initTestCase()
{
    guitest::WarningTrap::install();
}

void tst_ImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(test::sqliteUrl(*m_dir));
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
    QVERIFY(preview.complete);
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

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
