// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "imports/jobqueue.h"
#include "imports/jobsmodel.h"
#include "importtest.h"
#include "schema/mappingservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace stevedore;
using namespace stevedore::importtest;
using State = ImportJob::State;

// The jobs queue: bounded concurrency, pause/cancel at a batch boundary and exact resume,
// interrupted jobs listed at start, discard; JobsModel under QAbstractItemModelTester.
class tst_JobQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runsToCompletion();
    void secondFileIsMappedAsTheFirst();
    void cancelThenResumeIsExact();
    void pauseThenResume();
    void concurrencyIsBounded();
    void refusedFileFails();
    void interruptedJobsAreListedAndDiscarded();
    void interruptedJobKeepsItsTemplate();
    void stopsAreSaidInTheGuisWords();
    void modelUnderTester();
    void switchingDatabaseDuringRetriesNeverWaits();

private:
    ImportOptions options(const QString &name,
                          qint64 records,
                          int batchSize = 0,
                          const QString &project = QStringLiteral("p"));
    int stopOnFirstProgress(JobQueue &queue,
                            const ImportOptions &options,
                            void (JobQueue::*stop)(int),
                            const std::optional<ImportTemplate> &importTemplate = std::nullopt);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_JobQueue::initTestCase()
{
    guitest::WarningTrap::install();
}

void tst_JobQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(test::sqliteUrl(*m_dir));
}

void tst_JobQueue::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
    m_database.reset();
    m_dir.reset();
}

ImportOptions
tst_JobQueue::options(const QString &name, qint64 records, int batchSize, const QString &project)
{
    const QString path = m_dir->filePath(name);
    if (!QFile::exists(path))
        writeText(path, csvText(records, 0));
    ImportOptions o;
    o.project = project;
    o.path = path;
    o.batchSize = batchSize;
    return o;
}

// Queues the import and stops it (cancel or pause) from within the first progress report,
// so that it stops after its first batches, not whenever a polling loop next looks: imports
// became fast enough to finish between two polls.
int tst_JobQueue::stopOnFirstProgress(JobQueue &queue,
                                      const ImportOptions &o,
                                      void (JobQueue::*stop)(int),
                                      const std::optional<ImportTemplate> &importTemplate)
{
    int id = -1;
    bool stopped = false;
    const QMetaObject::Connection connection
        = connect(&queue, &JobQueue::jobChanged, this, [&](int changed) {
              if (!stopped && changed == id && queue.job(id).progress.records > 0) {
                  stopped = true;
                  (queue.*stop)(id);
              }
          });
    id = queue.enqueue(o, importTemplate);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 60000);
    }();
    disconnect(connection);
    return id;
}

void tst_JobQueue::runsToCompletion()
{
    JobQueue queue;
    queue.setDatabase(m_database.get());
    QSignalSpy finished(&queue, &JobQueue::jobFinished);
    const int id = queue.enqueue(options(QStringLiteral("a.csv"), 5000));
    QVERIFY(finished.wait(60000));
    const ImportJob job = queue.job(id);
    QCOMPARE(job.state, State::Done);
    QCOMPARE(job.result.records, 5000);
    QCOMPARE(job.percent(), 100);
    QVERIFY(job.jobId > 0);
    QCOMPARE(files(*m_database, QStringLiteral("p")).first().recordCount, 5000);
}

// A file imported from the GUI whose header matches an earlier file's gets that file's
// mapping (schema/mappingmemory.h), and its job says so.
void tst_JobQueue::secondFileIsMappedAsTheFirst()
{
    m_database
        ->write([](QSqlDatabase &db) {
            const Sql sql(db);
            SchemaColumn id;
            id.name = QStringLiteral("order_no");
            id.type = ColumnType::Integer;
            SchemaColumn city;
            city.name = QStringLiteral("town");
            SchemaService(sql).apply({id, city});
        })
        .waitForFinished();
    JobQueue queue;
    queue.setDatabase(m_database.get());
    QSignalSpy finished(&queue, &JobQueue::jobFinished);
    const int first = queue.enqueue(options(QStringLiteral("a.csv"), 10));
    QVERIFY(finished.wait(60000));
    QCOMPARE(queue.job(first).state, State::Done);
    QVERIFY(queue.job(first).message.isEmpty()); // nothing earlier to take a mapping from
    const qint64 firstFile = queue.job(first).result.fileId;
    m_database
        ->write([firstFile](QSqlDatabase &db) {
            MappingService(Sql(db)).save(
                firstFile,
                {MappingEdit{QStringLiteral("id"), 0, QStringLiteral("order_no"), {}, {}},
                 MappingEdit{QStringLiteral("city"),
                             0,
                             QStringLiteral("town"),
                             QStringLiteral("upper"),
                             {}}});
        })
        .waitForFinished();

    const QString second = m_dir->filePath(QStringLiteral("b.csv"));
    writeText(second, "City,ID,Name\nBonn,1,Ann\n");
    ImportOptions o;
    o.project = QStringLiteral("p");
    o.path = second;
    finished.clear();
    const int id = queue.enqueue(o);
    QVERIFY(finished.wait(60000));
    const ImportJob job = queue.job(id);
    QCOMPARE(job.state, State::Done);
    QVERIFY2(job.message.contains(QStringLiteral("Mapped as a.csv")), qPrintable(job.message));
    const FileMapping mapping = m_database
                                    ->read([fileId = job.result.fileId](QSqlDatabase &db) {
                                        return MappingService(Sql(db)).load(fileId);
                                    })
                                    .result();
    QCOMPARE(mapping.columns[0].schemaColumn, QStringLiteral("town"));
    QCOMPARE(mapping.columns[0].transform, QStringLiteral("upper"));
    QCOMPARE(mapping.columns[1].schemaColumn, QStringLiteral("order_no"));
    QVERIFY(!mapping.columns[2].isMapped());
    QVERIFY(mapping.origin.startsWith(QStringLiteral("same columns as \"a.csv\"")));
}

void tst_JobQueue::cancelThenResumeIsExact()
{
    const qint64 records = 300000;
    JobQueue queue;
    queue.setDatabase(m_database.get());
    // The reference: the same file imported in one go into another project.
    const int straight
        = queue.enqueue(options(QStringLiteral("big.csv"), records, 0, QStringLiteral("straight")));
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(straight)), 120000);
    QCOMPARE(queue.job(straight).state, State::Done);

    const int id = stopOnFirstProgress(
        queue, options(QStringLiteral("big.csv"), records, 200), &JobQueue::cancel);
    QVERIFY(queue.job(id).state == State::Cancelling || queue.job(id).state == State::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(id)), 60000);
    ImportJob job = queue.job(id);
    QVERIFY2(job.state == State::Cancelled,
             "the import finished before the cancel: make the file bigger");
    QVERIFY(job.result.records > 0 && job.result.records < records);
    QVERIFY(job.canResume() && job.canDiscard());

    queue.resume(id);
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(id)), 120000);
    job = queue.job(id);
    QCOMPARE(job.state, State::Done);
    QVERIFY(job.result.resumed);
    QCOMPARE(job.result.records, records);
    const QByteArray resumed
        = exported(*m_database, QStringLiteral("p"), QStringLiteral("big.csv"));
    const QByteArray reference
        = exported(*m_database, QStringLiteral("straight"), QStringLiteral("big.csv"));
    QCOMPARE(resumed.count('\n'), records + 1);
    QVERIFY(resumed == reference);
}

void tst_JobQueue::pauseThenResume()
{
    JobQueue queue;
    queue.setDatabase(m_database.get());
    // The records each report shows (the queue holds this one job only): never more than
    // were committed by the time the job stopped.
    qint64 maxReported = 0;
    connect(&queue, &JobQueue::jobChanged, this, [&](int changed) {
        maxReported = std::max(maxReported, queue.job(changed).progress.records);
    });
    const int id = stopOnFirstProgress(
        queue, options(QStringLiteral("p.csv"), 200000, 200), &JobQueue::pause);
    QVERIFY(queue.job(id).state == State::Pausing || queue.job(id).state == State::Paused);
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(id)), 60000);
    QCOMPARE(queue.job(id).state, State::Paused);
    const qint64 paused = queue.job(id).result.records;
    QVERIFY2(maxReported <= paused,
             qPrintable(QStringLiteral("showed %1, committed %2").arg(maxReported).arg(paused)));
    JobsModel model;
    model.setQueue(&queue);
    queue.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(id).state, State::Done, 120000);
    const ImportJob job = queue.job(id);
    QCOMPARE(job.result.records, 200000);
    QVERIFY(maxReported <= 200000);
    // The resumed run's rate is its own records over its own time, shown in the table.
    QCOMPARE(job.result.importedThisRun, 200000 - paused);
    QCOMPARE(job.result.recordsPerSecond, double(job.result.importedThisRun) / job.result.seconds);
    QVERIFY(job.result.recordsPerSecond <= job.result.peakRecordsPerSecond);
    QCOMPARE(model.index(0, JobsModel::Rate).data(JobsModel::SortRole).toDouble(),
             job.result.recordsPerSecond);
}

void tst_JobQueue::concurrencyIsBounded()
{
    JobQueue queue;
    queue.setDatabase(m_database.get());
    queue.setMaxConcurrent(1);
    QCOMPARE(queue.maxConcurrent(), 1);
    queue.setMaxConcurrent(100);
    QCOMPARE(queue.maxConcurrent(), m_database->options().poolSize);
    queue.setMaxConcurrent(2);
    int most = 0;
    connect(
        &queue, &JobQueue::jobChanged, this, [&] { most = std::max(most, queue.runningCount()); });
    QList<int> ids;
    for (int i = 0; i < 5; ++i)
        ids << queue.enqueue(options(QStringLiteral("c%1.csv").arg(i), 20000, 2000));
    QCOMPARE(queue.runningCount(), 2);
    QCOMPARE(queue.job(ids[2]).state, State::Queued);
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 120000);
    QCOMPARE(most, 2);
    for (const int id : ids)
        QCOMPARE(queue.job(id).state, State::Done);
}

void tst_JobQueue::refusedFileFails()
{
    JobQueue queue;
    queue.setDatabase(m_database.get());
    const QString path = m_dir->filePath(QStringLiteral("x.png"));
    writeText(path, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\0'));
    ImportOptions o;
    o.project = QStringLiteral("p");
    o.path = path;
    const int id = queue.enqueue(o);
    QCOMPARE(queue.job(id).state, State::Failed);
    QVERIFY(queue.job(id).message.contains(QLatin1String("binary")));
    QCOMPARE(queue.runningCount(), 0);
}

// A pause and a repeated import say what happened in the GUI's own words, never the command
// line's advice; identical content is "already imported", not "done, 0 records".
void tst_JobQueue::stopsAreSaidInTheGuisWords()
{
    JobQueue queue;
    queue.setDatabase(m_database.get());
    JobsModel model;
    model.setQueue(&queue);
    const ImportOptions o = options(QStringLiteral("m.csv"), 200000, 200);
    const int id = stopOnFirstProgress(queue, o, &JobQueue::pause);
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(id).state, State::Paused, 60000);
    const ImportJob paused = queue.job(id);
    QVERIFY(paused.progress.records > 0);
    QCOMPARE(paused.message,
             JobQueue::tr("Paused after %1 records. Resume continues from there.")
                 .arg(QLocale().toString(paused.progress.records)));
    queue.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(id).state, State::Done, 120000);
    QVERIFY(queue.job(id).message.isEmpty());
    QVERIFY(!queue.job(id).isAlreadyImported());

    const int again = queue.enqueue(o);
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(again).state, State::Done, 60000);
    QVERIFY(queue.job(again).isAlreadyImported());
    const int row = model.rowOf(again);
    QCOMPARE(model.index(row, JobsModel::State).data().toString(),
             JobQueue::tr("Already imported, nothing to do"));
    QCOMPARE(model.index(row, JobsModel::Records).data().toString(), QString());
    QCOMPARE(model.index(row, JobsModel::Rejected).data().toString(), QString());
    QVERIFY(!queue.job(again).message.contains(QLatin1String("--")));

    // Stopped before it started: said so, nothing imported.
    queue.setMaxConcurrent(1);
    const int running = queue.enqueue(options(QStringLiteral("n.csv"), 200000, 200));
    const int waiting = queue.enqueue(options(QStringLiteral("w.csv"), 10));
    QCOMPARE(queue.job(waiting).state, State::Queued);
    queue.cancel(waiting);
    QCOMPARE(queue.job(waiting).message, JobQueue::tr("Cancelled before it started."));
    queue.cancel(running);
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(running)), 60000);
}

void tst_JobQueue::interruptedJobsAreListedAndDiscarded()
{
    qint64 jobId = 0;
    {
        // A first session stops mid-way (as quitting does) ...
        JobQueue queue;
        queue.setDatabase(m_database.get());
        const int id = stopOnFirstProgress(
            queue, options(QStringLiteral("i.csv"), 200000, 200), &JobQueue::cancel);
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(id)), 60000);
        QCOMPARE(queue.job(id).state, State::Cancelled);
        jobId = queue.job(id).jobId;
    }
    // ... the next one lists it, resumes it, then a second interrupted job is discarded.
    JobQueue queue;
    QSignalSpy loaded(&queue, &JobQueue::interruptedLoaded);
    queue.setDatabase(m_database.get());
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toInt(), 1);
    const int id = queue.ids().first();
    ImportJob job = queue.job(id);
    QCOMPARE(job.state, State::Interrupted);
    QCOMPARE(job.jobId, jobId);
    QCOMPARE(job.dbStatus, QStringLiteral("cancelled"));
    QCOMPARE(job.options.project, QStringLiteral("p"));
    QVERIFY(job.progress.records > 0);
    queue.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(id).state, State::Done, 120000);
    QVERIFY(queue.job(id).result.resumed);
    QCOMPARE(queue.job(id).result.records, 200000);

    const int other = stopOnFirstProgress(
        queue, options(QStringLiteral("d.csv"), 200000, 200), &JobQueue::cancel);
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(other).state, State::Cancelled, 60000);
    QSignalSpy removed(&queue, &JobQueue::jobRemoved);
    queue.discard(other);
    QVERIFY(removed.wait(30000));
    QVERIFY(!queue.contains(other));
    const QList<FileInfo> left = files(*m_database, QStringLiteral("p"));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().name, QStringLiteral("i.csv"));
    const qint64 jobs = m_database
                            ->read([](QSqlDatabase &db) {
                                return Sql(db)
                                    .scalar(QStringLiteral("SELECT count(*) FROM import_jobs"))
                                    .toLongLong();
                            })
                            .result();
    QCOMPARE(jobs, 1);
}

// A job stopped with a template and resumed in a later session is mapped by the template, read
// again by name (its version then), not by the mapping memory.
void tst_JobQueue::interruptedJobKeepsItsTemplate()
{
    const ImportTemplate saved
        = m_database
              ->write([](QSqlDatabase &db) {
                  const Sql sql(db);
                  SchemaColumn id;
                  id.name = QStringLiteral("order_no");
                  id.type = ColumnType::Integer;
                  SchemaService(sql).apply({id});
                  ImportTemplate settings;
                  settings.name = QStringLiteral("Orders");
                  settings.mapping = {{QStringLiteral("id"), QStringLiteral("order_no"), {}, {}}};
                  SqlTransaction transaction(sql);
                  ImportTemplate stored
                      = importtemplates::save(sql, settings, std::nullopt, QStringLiteral("ann"));
                  transaction.commit();
                  return stored;
              })
              .result();
    {
        JobQueue queue;
        queue.setDatabase(m_database.get());
        const int id = stopOnFirstProgress(
            queue, options(QStringLiteral("t.csv"), 200000, 200), &JobQueue::cancel, saved);
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(id)), 60000);
        QCOMPARE(queue.job(id).state, State::Cancelled);
    }
    JobQueue queue;
    QSignalSpy loaded(&queue, &JobQueue::interruptedLoaded);
    queue.setDatabase(m_database.get());
    QVERIFY(loaded.wait(30000));
    const int id = queue.ids().first();
    QCOMPARE(queue.job(id).options.importTemplate, QStringLiteral("Orders"));
    QVERIFY(!queue.job(id).importTemplate); // only its name survived the session
    queue.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(queue.job(id).state, State::Done, 120000);
    const ImportJob job = queue.job(id);
    QVERIFY2(job.message.contains(QStringLiteral("template “Orders” (version 1)")),
             qPrintable(job.message));
    const FileMapping mapping = m_database
                                    ->read([fileId = job.result.fileId](QSqlDatabase &db) {
                                        return MappingService(Sql(db)).load(fileId);
                                    })
                                    .result();
    QCOMPARE(mapping.columns[0].fileColumn, QStringLiteral("id"));
    QCOMPARE(mapping.columns[0].schemaColumn, QStringLiteral("order_no"));
    QCOMPARE(mapping.origin, QStringLiteral("template \"Orders\" (version 1)"));
}

void tst_JobQueue::modelUnderTester()
{
    JobQueue queue;
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueue(&queue);
    queue.setDatabase(m_database.get());
    const int a = queue.enqueue(options(QStringLiteral("m1.csv"), 20000, 1000));
    const int b = queue.enqueue(options(QStringLiteral("m2.csv"), 3000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(JobsModel::ColumnCount));
    QCOMPARE(model.jobId(1), b);
    QCOMPARE(model.index(0, JobsModel::File).data().toString(), QStringLiteral("m1.csv"));
    QCOMPARE(model.index(0, JobsModel::Project).data().toString(), QStringLiteral("p"));
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 120000);
    QCOMPARE(model.index(0, JobsModel::State).data().toString(), stateName(State::Done));
    QCOMPARE(model.index(0, JobsModel::Progress).data(JobsModel::PercentRole).toInt(), 100);
    QCOMPARE(model.index(1, JobsModel::Records).data(JobsModel::SortRole).toLongLong(), 3000);
    QVERIFY(!model.index(0, JobsModel::Rate).data().toString().isEmpty());
    queue.remove(a);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.jobId(0), b);
    model.setQueue(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

// Switching database while an import retries a failing commit: the GUI thread hands the run
// back and goes on; the run sees the cancel in its backoff and ends on its own thread. The
// importer is held inside its second attempt until the switch has returned, so a switch that
// waited for the run would stall until the hold times out (and fail the stall check), whatever
// the machine's speed.
void tst_JobQueue::switchingDatabaseDuringRetriesNeverWaits()
{
    JobQueue queue;
    queue.setDatabase(m_database.get());
    std::atomic<int> attempts = 0;
    QSemaphore switched;
    std::atomic<bool> heldUntilSwitched = false;
    queue.importerCreatedHook = [&](Importer &importer) {
        importer.beforeCommitHook = [&](qint64) {
            if (++attempts == 2) // after the first backoff: in the retry loop
                heldUntilSwitched = switched.tryAcquire(1, 10000);
            throw DbError(
                DbError::Kind::Transient, QStringLiteral("serialization failure"), "40001");
        };
    };
    const int id = queue.enqueue(options(QStringLiteral("r.csv"), 5000, 500));
    QTRY_VERIFY_WITH_TIMEOUT(attempts.load() >= 2, 60000);

    auto other = test::openDatabase(test::sqliteUrl(*m_dir, QStringLiteral("other.sqlite")));
    QElapsedTimer stall;
    stall.start();
    const QList<QFuture<void>> stopping = queue.setDatabase(other.get());
    const qint64 stalledMs = stall.elapsed();
    switched.release();

    QVERIFY2(stalledMs <= 50,
             qPrintable(QStringLiteral("GUI thread stalled %1 ms").arg(stalledMs)));
    QVERIFY(!queue.contains(id));
    QCOMPARE(stopping.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(stopping.first().isFinished(), 60000);
    QVERIFY(heldUntilSwitched);
    QCOMPARE(attempts.load(), 2); // the cancel was seen in the backoff, before a third attempt
    // The run's end (it was cancelled, so it stays resumable) reaches no entry of the new list.
    QCoreApplication::processEvents();
    QCOMPARE(queue.ids().size(), 0);
    detachAndWait(queue);
}

QTEST_MAIN(tst_JobQueue)
#include "tst_jobqueue.moc"
