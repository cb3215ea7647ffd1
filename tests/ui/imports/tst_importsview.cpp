// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/sql.h"
#include "guitest.h"
#include "import/rejectfixes.h"
#include "import/rejectscsv.h"
#include "imports/importsview.h"
#include "imports/jobqueue.h"
#include "imports/jobsmodel.h"
#include "imports/rejectsmodel.h"
#include "importtest.h"
#include "tablecolumns.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSemaphore>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::importtest;

// The Imports view: a finished job's summary and rejects, export, re-import of fixed records.
class tst_ImportsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void summaryRejectsExportAndFixFromCsv();
    void gridFixesCheckUndoAndApply();
    void rejectsSoFarWhileRunning();
    void cancelAsksThenOffersDiscard();
    void exportedRejectsMatchTheCli();
    void rejectsModelUnderTester();
    void reasonColumnIsReadable();

private:
    // Queues orders.csv (every 10th record rejected, batches of 100) with its commits held
    // before batch `holdAt` until the returned semaphore is released.
    int queueHeld(JobQueue &queue, qint64 holdAt, QSemaphore &release, std::atomic<bool> &held);
    QAbstractButton *button(QMessageBox *box, QMessageBox::ButtonRole role);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_ImportsView::initTestCase()
{
    guitest::WarningTrap::install();
}

void tst_ImportsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(test::sqliteUrl(*m_dir));
}

void tst_ImportsView::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
    m_database.reset();
    m_dir.reset();
}

void tst_ImportsView::summaryRejectsExportAndFixFromCsv()
{
    JobQueue queue;
    queue.setDatabase(m_database.get());
    ImportsView view(&queue);
    view.show();
    const QString path = m_dir->filePath(QStringLiteral("orders.csv"));
    writeText(path, csvText(1000, 100)); // records 100, 200, … 1000 lack a field
    ImportOptions options;
    options.project = QStringLiteral("sales");
    options.path = path;
    const int id = queue.enqueue(options);
    QCOMPARE(view.model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(id).state, ImportJob::State::Done, 60000);

    QSignalSpy loaded(&view, &ImportsView::rejectsLoaded);
    view.selectJob(id);
    QCOMPARE(view.selectedJob(), id);
    QVERIFY(loaded.wait(30000));
    const QString summary = view.summaryLabel()->text();
    QVERIFY2(summary.contains(QLatin1String("990")), qPrintable(summary));
    QVERIFY(summary.contains(queue.job(id).result.sha256));
    QVERIFY(summary.contains(QLatin1String("Peak")));
    QCOMPARE(view.rejectsModel()->rowCount(), 10);
    QCOMPARE(view.rejectsModel()->index(0, RejectsModel::Line).data().toLongLong(), 101);
    QCOMPARE(view.rejectsModel()->index(0, RejectsModel::Raw).data().toString(),
             QStringLiteral("100,name 100"));

    const QString rejects = m_dir->filePath(QStringLiteral("orders.rejects.csv"));
    QSignalSpy exportedSpy(&view, &ImportsView::rejectsExported);
    view.exportRejectsTo(rejects);
    QVERIFY(exportedSpy.wait(30000));
    QVERIFY(exportedSpy.first().first().toBool());
    const QByteArray csv = test::readFile(rejects);
    QVERIFY(csv.startsWith("line,reason,raw\n101,"));
    QCOMPARE(csv.count('\n'), 11);

    // The operator fixes two records (adds the city), empties a third's raw text, and applies
    // the CSV: the two go back into orders.csv at their lines; the rest stay rejected.
    QByteArray edited("line,reason,raw\r\n");
    edited += "101,missing,\"100,name 100,city 0\"\r\n";
    edited += "201,missing,\"200,\"\"name, 200\"\",city 0\"\r\n";
    edited += "301,missing,\r\n";
    writeText(rejects, edited);
    QSignalSpy applied(&view, &ImportsView::fixesApplied);
    QSignalSpy finished(&view, &ImportsView::fixesFinished);
    loaded.clear();
    view.applyFixesFile(rejects);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().at(0).toLongLong(), queue.job(id).result.fileId);
    QCOMPARE(applied.first().at(1).toLongLong(), 2);
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(view.rejectsModel()->rowCount(), 8);
    QCOMPARE(view.rejectsModel()->index(0, RejectsModel::Line).data().toLongLong(), 301);
    const QByteArray records
        = exported(*m_database, QStringLiteral("sales"), QStringLiteral("orders.csv"));
    QVERIFY(records.contains("\n99,name 99,city 99\n100,name 100,city 0\n101,name 101,city 1\n"));
    QVERIFY(records.contains("\n200,\"name, 200\",city 0\n201,"));
    QCOMPARE(records.count('\n'), 1 + 992);
}

// Fixes typed over the grid: checked at once, undone and redone, applied in place.
void tst_ImportsView::gridFixesCheckUndoAndApply()
{
    JobQueue queue;
    queue.setDatabase(m_database.get());
    ImportsView view(&queue);
    view.show();
    const QString path = m_dir->filePath(QStringLiteral("orders.csv"));
    writeText(path, csvText(300, 100)); // records 100, 200, 300 lack a field
    ImportOptions options;
    options.project = QStringLiteral("sales");
    options.path = path;
    const int id = queue.enqueue(options);
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(id).state, ImportJob::State::Done, 60000);
    QSignalSpy loaded(&view, &ImportsView::rejectsLoaded);
    view.selectJob(id);
    QVERIFY(loaded.wait(30000));

    RejectsModel *model = view.rejectsModel();
    QVERIFY(model->isEditable());
    QVERIFY(model->flags(model->index(0, RejectsModel::Raw)) & Qt::ItemIsEditable);
    QVERIFY(!(model->flags(model->index(0, RejectsModel::Reason)) & Qt::ItemIsEditable));
    QVERIFY(!view.applyFixesButton()->isEnabled());

    const QModelIndex raw = model->index(0, RejectsModel::Raw);
    const QModelIndex fix = model->index(0, RejectsModel::Fix);
    // The rejected text typed back unchanged is no fix.
    QVERIFY(model->setData(raw, QStringLiteral("100,name 100")));
    QCOMPARE(fix.data().toString(), QString());
    QVERIFY(model->setData(raw, QStringLiteral("100,name 100,city 0,more")));
    QCOMPARE(fix.data().toString(),
             QStringLiteral("the fixed record has 4 fields, the header has 3"));
    QVERIFY(!view.applyFixesButton()->isEnabled());
    QVERIFY(model->setData(raw, QStringLiteral("100,name 100,city 0")));
    QCOMPARE(fix.data().toString(), QStringLiteral("Ready to apply"));
    QVERIFY(view.applyFixesButton()->isEnabled());
    QVERIFY(view.applyFixesButton()->text().startsWith(QStringLiteral("Apply 1 Fix")));
    QCOMPARE(raw.data(Qt::EditRole).toString(), QStringLiteral("100,name 100,city 0"));

    // Undo takes the edits back one by one, to the record as it was rejected.
    QUndoStack *undo = view.undoStack();
    QCOMPARE(undo->count(), 2);
    undo->undo();
    QCOMPARE(fix.data().toString(),
             QStringLiteral("the fixed record has 4 fields, the header has 3"));
    undo->undo();
    QCOMPARE(fix.data().toString(), QString());
    QCOMPARE(raw.data().toString(), QStringLiteral("100,name 100"));
    QVERIFY(!view.applyFixesButton()->isEnabled());
    undo->redo();
    undo->redo();
    QCOMPARE(fix.data().toString(), QStringLiteral("Ready to apply"));
    // A second fix that does not check out is not applied; it stays, to be corrected.
    QVERIFY(model->setData(model->index(1, RejectsModel::Raw), QStringLiteral("200")));

    QSignalSpy applied(&view, &ImportsView::fixesApplied);
    QSignalSpy finished(&view, &ImportsView::fixesFinished);
    loaded.clear();
    QTest::mouseClick(view.applyFixesButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().at(1).toLongLong(), 1);
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, RejectsModel::Line).data().toLongLong(), 201);
    QCOMPARE(model->fixAt(201), std::optional<QString>(QStringLiteral("200")));
    QCOMPARE(undo->count(), 0); // applied: no longer undoable
    // The job's figures follow: one reject less, one record more, and the summary says why.
    QCOMPARE(queue.job(id).result.rejected, 2);
    QCOMPARE(queue.job(id).progress.rejected, 2);
    QCOMPARE(queue.job(id).result.records, 298);
    QCOMPARE(queue.job(id).fixed, 1);
    QVERIFY2(view.summaryLabel()->text().contains(QStringLiteral("Rejected: 2")),
             qPrintable(view.summaryLabel()->text()));
    QVERIFY2(view.summaryLabel()->text().contains(QStringLiteral("fixed in place since the run")),
             qPrintable(view.summaryLabel()->text()));
    const QByteArray records
        = exported(*m_database, QStringLiteral("sales"), QStringLiteral("orders.csv"));
    QVERIFY(records.contains("\n99,name 99,city 99\n100,name 100,city 0\n101,name 101,city 1\n"));
    QCOMPARE(records.count('\n'), 1 + 298);
}

int tst_ImportsView::queueHeld(JobQueue &queue,
                               qint64 holdAt,
                               QSemaphore &release,
                               std::atomic<bool> &held)
{
    queue.importerCreatedHook = [&release, &held, holdAt](Importer &importer) {
        importer.beforeCommitHook = [&release, &held, holdAt](qint64 batch) {
            if (batch == holdAt) {
                held = true;
                release.tryAcquire(1, 120000);
            }
        };
    };
    const QString path = m_dir->filePath(QStringLiteral("orders.csv"));
    writeText(path, csvText(5000, 10));
    ImportOptions options;
    options.project = QStringLiteral("sales");
    options.path = path;
    options.batchSize = 100;
    return queue.enqueue(options);
}

QAbstractButton *tst_ImportsView::button(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role)
            return b;
    }
    return nullptr;
}

// While a job runs (here held before its third batch), the rejects it committed are listed
// and can be exported; they are listed again as it rejects more, and in full at the end.
void tst_ImportsView::rejectsSoFarWhileRunning()
{
    JobQueue queue;
    queue.setDatabase(m_database.get());
    ImportsView view(&queue);
    view.show();
    QSemaphore release;
    std::atomic<bool> held = false;
    const int id = queueHeld(queue, 2, release, held);
    view.selectJob(id);
    QTRY_VERIFY_WITH_TIMEOUT(held && queue.job(id).progress.rejected > 0, 60000);
    QCOMPARE(queue.job(id).state, ImportJob::State::Running);
    QVERIFY(queue.job(id).jobId != 0);
    QTRY_VERIFY_WITH_TIMEOUT(view.rejectsModel()->rowCount() >= 10, 30000);
    // A running job's rejects cannot be fixed yet: the import owns the file.
    QVERIFY(!view.rejectsModel()->isEditable());
    QCOMPARE(view.rejectsModel()->index(0, RejectsModel::Line).data().toLongLong(), 11);
    QVERIFY(view.exportRejectsButton()->isEnabled());
    const QString rejects = m_dir->filePath(QStringLiteral("so-far.rejects.csv"));
    QSignalSpy exported(&view, &ImportsView::rejectsExported);
    view.exportRejectsTo(rejects);
    QVERIFY(exported.wait(30000));
    QVERIFY(exported.first().first().toBool());
    const QByteArray csv = test::readFile(rejects);
    QVERIFY(csv.startsWith("line,reason,raw\n11,"));
    QVERIFY(csv.count('\n') >= 11);

    release.release();
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(id).state, ImportJob::State::Done, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(view.rejectsModel()->rowCount(), 500, 30000);
    // Once it is done, they can.
    QTRY_VERIFY_WITH_TIMEOUT(view.rejectsModel()->isEditable(), 30000);
}

// Cancel asks first (Keep changes nothing); once the job stopped, its summary says so in the
// GUI's words and Discard has the focus; Discard asks too, then deletes what was imported.
void tst_ImportsView::cancelAsksThenOffersDiscard()
{
    JobQueue queue;
    queue.setDatabase(m_database.get());
    ImportsView view(&queue);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QSemaphore release;
    std::atomic<bool> held = false;
    const int id = queueHeld(queue, 3, release, held);
    view.selectJob(id);
    QTRY_VERIFY_WITH_TIMEOUT(held && queue.job(id).progress.records > 0, 60000);

    view.askCancelSelected();
    QPointer<QMessageBox> box = view.pendingQuestion();
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("orders.csv")), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), button(box, QMessageBox::RejectRole));
    box->defaultButton()->click();
    QTRY_VERIFY(!box);
    QCOMPARE(queue.job(id).state, ImportJob::State::Running);

    view.askCancelSelected();
    box = view.pendingQuestion();
    QVERIFY(box);
    button(box, QMessageBox::DestructiveRole)->click();
    QCOMPARE(queue.job(id).state, ImportJob::State::Cancelling);
    release.release();
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(id).state, ImportJob::State::Cancelled, 60000);
    const ImportJob job = queue.job(id);
    const QString said = JobQueue::tr("Cancelled after %1 records. Resume continues from there; "
                                      "Discard deletes them.")
                             .arg(QLocale().toString(job.progress.records));
    QCOMPARE(job.message, said);
    QVERIFY(view.summaryLabel()->text().contains(said));
    QVERIFY(view.discardButton()->isEnabled());
    // The view's focus widget: its window may not be active again yet after the question.
    QTRY_COMPARE(view.focusWidget(), view.discardButton());
    QCOMPARE(files(*m_database, QStringLiteral("sales")).size(), 1);

    view.askDiscardSelected();
    box = view.pendingQuestion();
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QLocale().toString(job.progress.records)),
             qPrintable(box->informativeText()));
    QSignalSpy removed(&queue, &JobQueue::jobRemoved);
    button(box, QMessageBox::DestructiveRole)->click();
    QVERIFY(removed.wait(30000));
    QVERIFY(files(*m_database, QStringLiteral("sales")).isEmpty());
}

// The Imports view's "Export Rejects…" and `stevedore rejects` write the same bytes, the
// documented format, and what is exported reads back as the records' raw text.
void tst_ImportsView::exportedRejectsMatchTheCli()
{
    JobQueue queue;
    queue.setDatabase(m_database.get());
    ImportsView view(&queue);
    const QString path = m_dir->filePath(QStringLiteral("orders.csv"));
    // Rejected for their field count: a comma and quotes, a line break, non-ASCII text.
    const QByteArray source = "id,name,city\n"
                              "1,a,b\n"
                              "2,\"comma, and \"\"quote\"\"\"\n"
                              "3,\"two\nlines\"\n"
                              " 4,Z\xc3\xbcrich \xe6\x9d\xb1\xe4\xba\xac\n"
                              "5,c,d\n";
    QVERIFY(writeText(path, source));
    ImportOptions options;
    options.project = QStringLiteral("sales");
    options.path = path;
    const int id = queue.enqueue(options);
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(id).state, ImportJob::State::Done, 60000);
    QCOMPARE(queue.job(id).result.rejected, 3);
    view.selectJob(id);

    const QString gui = m_dir->filePath(QStringLiteral("orders.rejects.csv"));
    QSignalSpy exportedSpy(&view, &ImportsView::rejectsExported);
    view.exportRejectsTo(gui);
    QVERIFY(exportedSpy.wait(30000));
    QVERIFY2(exportedSpy.first().first().toBool(),
             qPrintable(exportedSpy.first().at(1).toString()));
    const test::CliResult cli = test::runCli({QStringLiteral("--db"),
                                              test::sqliteUrl(*m_dir).toString(),
                                              QStringLiteral("rejects"),
                                              QStringLiteral("--project"),
                                              QStringLiteral("sales"),
                                              QStringLiteral("--file"),
                                              QStringLiteral("orders.csv")});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    const QByteArray exported = test::readFile(gui);
    QCOMPARE(exported, cli.out);
    QVERIFY2(exported.startsWith("line,reason,raw\n3,"), exported.constData());
    QVERIFY2(exported.contains(",\"2,\"\"comma, and \"\"\"\"quote\"\"\"\"\"\"\"\n"),
             exported.constData());
    QVERIFY2(exported.contains(",\"3,\"\"two\nlines\"\"\"\n"), exported.constData());
    QVERIFY2(exported.endsWith(",\" 4,Z\xc3\xbcrich \xe6\x9d\xb1\xe4\xba\xac\"\n"),
             exported.constData());
    QCOMPARE(exported.count('\r'), 0);

    // Applied unchanged, each raw text reads back as the record that was rejected: one
    // record each (the second spans two lines), still two fields short of the header.
    const qint64 fileId = queue.job(id).result.fileId;
    const rejectfixes::Outcome outcome
        = m_database
              ->write([fileId, gui](QSqlDatabase &db) {
                  return rejectfixes::apply(Sql(db), fileId, gui, {QStringLiteral("ops")});
              })
              .result();
    QCOMPARE(outcome.applied, 0);
    QCOMPARE(rejectfixes::describe(QStringLiteral("r.csv"), outcome.problems),
             (QStringList{"r.csv:2: line 3: the fixed record has 2 fields, the header has 3",
                          "r.csv:3: line 4: the fixed record has 2 fields, the header has 3",
                          "r.csv:5: line 6: the fixed record has 2 fields, the header has 3"}));
}

// A reason names the column, the rule and the value: it gets room, and what does not fit is
// elided in the middle (both ends stay readable) with the whole text in the tooltip.
void tst_ImportsView::reasonColumnIsReadable()
{
    JobQueue queue;
    ImportsView view(&queue);
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString reason = QStringLiteral("column \"joined\": expected a date (yyyy-MM-dd), got ")
                           + QString(120, QLatin1Char('7'));
    const QString shortReason = QStringLiteral("3 fields, expected 4");
    view.rejectsModel()->setRejects(0, {{12, 13, shortReason, QStringLiteral("a,b,c")}});
    QTableView *table = view.rejectsTable();
    const QHeaderView *header = table->horizontalHeader();
    QTRY_VERIFY(header->sectionSize(RejectsModel::Reason)
                >= table->fontMetrics().horizontalAdvance(shortReason));
    QVERIFY(header->sectionSize(RejectsModel::Reason) < TableColumns::defaultMaxWidth);
    view.rejectsModel()->setRejects(0, {{12, 13, reason, QStringLiteral("a,b,c")}});
    QTRY_COMPARE(header->sectionSize(RejectsModel::Reason), TableColumns::reasonMaxWidth);
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
    QCOMPARE(view.rejectsModel()->index(0, RejectsModel::Reason).data(Qt::ToolTipRole).toString(),
             reason);
    // The raw record, last, takes the rest.
    QCOMPARE(header->sectionViewportPosition(RejectsModel::Raw)
                 + header->sectionSize(RejectsModel::Raw),
             table->viewport()->width());
}

void tst_ImportsView::rejectsModelUnderTester()
{
    RejectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRejects(0, {{1, 2, QStringLiteral("bad"), QStringLiteral("a\nb")}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RejectsModel::Raw).data(Qt::ToolTipRole).toString(),
             QStringLiteral("a\nb"));
    QVERIFY(!model.index(0, RejectsModel::Raw).data().toString().contains(QLatin1Char('\n')));
    QCOMPARE(rejectsCsv(model.rejects()), QByteArray("line,reason,raw\n2,bad,\"a\nb\"\n"));
    model.setRejects(0, {});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_ImportsView)
#include "tst_importsview.moc"
