// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "import/rejectscsv.h"
#include "imports/fixedrecords.h"
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
    void summaryRejectsExportAndReimport();
    void rejectsSoFarWhileRunning();
    void cancelAsksThenOffersDiscard();
    void exportedRejectsMatchTheCli();
    void rejectsModelUnderTester();
    void reasonColumnIsReadable();
    void fixedFileName_data();
    void fixedFileName();
    void fixedRecordsKeepTheQuote_data();
    void fixedRecordsKeepTheQuote();

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

void tst_ImportsView::summaryRejectsExportAndReimport()
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

    // The operator fixes two records (adds the city), deletes the rest's raw text.
    QByteArray edited("line,reason,raw\r\n");
    edited += "101,missing,\"100,name 100,city 0\"\r\n";
    edited += "201,missing,\"200,\"\"name, 200\"\",city 0\"\r\n";
    edited += "301,missing,\r\n";
    writeText(rejects, edited);
    QSignalSpy fixed(&view, &ImportsView::fixedQueued);
    view.reimportFixedFrom(rejects);
    QVERIFY(fixed.wait(30000));
    const int fixedId = fixed.first().first().toInt();
    QCOMPARE(fixed.first().at(1).toString(), m_dir->filePath(QStringLiteral("orders.fixed.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(fixedId).state, ImportJob::State::Done, 60000);
    QCOMPARE(queue.job(fixedId).result.records, 2);
    QCOMPARE(queue.job(fixedId).result.rejected, 0);
    const QByteArray records
        = exported(*m_database, QStringLiteral("sales"), QStringLiteral("orders.fixed.csv"));
    QCOMPARE(records, QByteArray("id,name,city\n100,name 100,city 0\n200,\"name, 200\",city 0\n"));
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

    const FixedRecordsFile fixed
        = writeFixedRecords(gui,
                            QStringLiteral("orders.csv"),
                            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("city")},
                            Dialect());
    QVERIFY2(fixed.error.isEmpty(), qPrintable(fixed.error));
    QCOMPARE(test::readFile(fixed.path),
             QByteArray("id,name,city\n"
                        "2,\"comma, and \"\"quote\"\"\"\n"
                        "3,\"two\nlines\"\n"
                        " 4,Z\xc3\xbcrich \xe6\x9d\xb1\xe4\xba\xac\n"));
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
    view.rejectsModel()->setRejects({{12, 13, shortReason, QStringLiteral("a,b,c")}});
    QTableView *table = view.rejectsTable();
    const QHeaderView *header = table->horizontalHeader();
    QTRY_VERIFY(header->sectionSize(RejectsModel::Reason)
                >= table->fontMetrics().horizontalAdvance(shortReason));
    QVERIFY(header->sectionSize(RejectsModel::Reason) < TableColumns::defaultMaxWidth);
    view.rejectsModel()->setRejects({{12, 13, reason, QStringLiteral("a,b,c")}});
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
    model.setRejects({{1, 2, QStringLiteral("bad"), QStringLiteral("a\nb")}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RejectsModel::Raw).data(Qt::ToolTipRole).toString(),
             QStringLiteral("a\nb"));
    QVERIFY(!model.index(0, RejectsModel::Raw).data().toString().contains(QLatin1Char('\n')));
    QCOMPARE(rejectsCsv(model.rejects()), QByteArray("line,reason,raw\n2,bad,\"a\nb\"\n"));
    model.setRejects({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_ImportsView::fixedFileName_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("fixed");
    QTest::newRow("csv") << QStringLiteral("a.csv") << QStringLiteral("a.fixed.csv");
    QTest::newRow("tsv") << QStringLiteral("b.data.tsv") << QStringLiteral("b.data.fixed.csv");
    QTest::newRow("none") << QStringLiteral("c") << QStringLiteral("c.fixed.csv");
}

void tst_ImportsView::fixedFileName()
{
    QFETCH(QString, original);
    QFETCH(QString, fixed);
    QCOMPARE(stevedore::fixedFileName(original), fixed);
}

// The fixed file is written, and imported, with the original file's quote character.
void tst_ImportsView::fixedRecordsKeepTheQuote_data()
{
    QTest::addColumn<int>("quote");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("single") << int('\'') << QByteArray("'x,1',2")
                            << QByteArray("'a,b',c\n'x,1',2\n");
    QTest::newRow("none") << 0 << QByteArray("\"x,2") << QByteArray("a,b,c\n\"x,2\n");
}

void tst_ImportsView::fixedRecordsKeepTheQuote()
{
    QFETCH(int, quote);
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, written);
    const QString rejects = m_dir->filePath(QStringLiteral("rejects.csv"));
    QVERIFY(writeText(
        rejects, rejectsCsv({RejectRow{2, 2, QStringLiteral("bad"), QString::fromUtf8(raw)}})));
    Dialect original;
    original.quote = char(quote);
    const QStringList header
        = quote ? QStringList{QStringLiteral("a,b"), QStringLiteral("c")}
                : QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const FixedRecordsFile fixed
        = writeFixedRecords(rejects, QStringLiteral("q.csv"), header, original);
    QVERIFY2(fixed.error.isEmpty(), qPrintable(fixed.error));
    QCOMPARE(fixed.quote, char(quote));
    QFile file(fixed.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written);
}

QTEST_MAIN(tst_ImportsView)
#include "tst_importsview.moc"
