// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "import/rejectscsv.h"
#include "logging/logging.h"
#include "store/catalog.h"
#include "store/importjobs.h"
#include "store/recordlayout.h"
#include "store/recordwriter.h"
#include "testsupport.h"

#include <QSet>
#include <QtTest>

using namespace stevedore;

// The reads the rejects grid, `stevedore rejects`, the records view's layout and the job charts
// make through the import jobs store, on SQLite (tst_importjobs) or on the PostgreSQL cluster
// (tst_importjobs_pg, built with STEVEDORE_TEST_PG).
class TestImportJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rejectsInRecordOrder();
    void storedRejectsKeepTheirCell();
    void rejectsCsvIsTheDocumentedFormat();
    void layoutMapsRowsToRecords_data();
    void layoutMapsRowsToRecords();
    void jobHistory();
    void historyMarksRunsAndRetries();
    void rejectedTotalCountsFinishedJobs();
    void unfinishedFileCountsWhatItsJobCommitted();
    void deletionsAreLogged();
    void removeFileTakesOnlyThatFile();

private:
    qint64 newFile(const QString &name);
    qint64 newJob(qint64 fileId);
    void addReject(qint64 jobId, qint64 recordNo, const QString &reason, const QString &raw);
    // Stores records 1..last but `unused`, in blocks as an import writes them.
    void writeRecordsBut(qint64 fileId, qint64 last, const QSet<qint64> &unused);
    template<typename F>
    auto onDb(F &&f)
    {
        return m_db->write([f](QSqlDatabase &c) { return f(Sql(c)); }).result();
    }

    std::unique_ptr<test::EngineScratch> m_scratch;
    std::unique_ptr<Database> m_db;
    qint64 m_projectId = 0;
};

void TestImportJobs::init()
{
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
    m_db = test::openDatabase(m_scratch->url());
    m_projectId = onDb([](const Sql &sql) { return catalog::ensureProject(sql, "p"); });
}

void TestImportJobs::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

qint64 TestImportJobs::newFile(const QString &name)
{
    const qint64 project = m_projectId;
    return onDb([project, name](const Sql &sql) {
        return sql
            .scalar(QStringLiteral("INSERT INTO files (project_id, name, header, status, "
                                   "created_at) VALUES (?, ?, '[\"a\",\"b\"]', 'imported', 0) "
                                   "RETURNING id"),
                    {project, name})
            .toLongLong();
    });
}

qint64 TestImportJobs::newJob(qint64 fileId)
{
    const qint64 project = m_projectId;
    return onDb([project, fileId](const Sql &sql) {
        return importjobs::create(sql, project, fileId, "f.csv", "/tmp/f.csv", "", 10, "{}");
    });
}

void TestImportJobs::addReject(qint64 jobId,
                               qint64 recordNo,
                               const QString &reason,
                               const QString &raw)
{
    onDb([=](const Sql &sql) {
        importjobs::addReject(sql, jobId, recordNo, recordNo + 1, reason, raw.toUtf8());
        return 0;
    });
}

void TestImportJobs::writeRecordsBut(qint64 fileId, qint64 last, const QSet<qint64> &unused)
{
    RecordBatch batch;
    for (qint64 n = 1; n <= last; ++n) {
        if (!unused.contains(n))
            batch.appendRecord(n, n + 1, {QByteArray::number(n), "x"});
    }
    onDb([&](const Sql &sql) {
        SqlTransaction transaction(sql);
        writeRecords(sql, fileId, batch, 0, batch.rows.size(), 0);
        transaction.commit();
        return 0;
    });
}

void TestImportJobs::rejectsInRecordOrder()
{
    const qint64 file = newFile("a.csv");
    const qint64 other = newFile("b.csv");
    const qint64 first = newJob(file);
    const qint64 second = newJob(file);
    const qint64 elsewhere = newJob(other);
    const QString tricky = QStringLiteral("x,\"y\"\nz é 東京");
    addReject(first, 9, "late", "9");
    addReject(first, 2, "bad, \"really\"", tricky);
    addReject(second, 5, "middle", "5");
    addReject(elsewhere, 1, "other file", "1");

    const QList<RejectRow> job
        = onDb([first](const Sql &sql) { return importjobs::jobRejects(sql, first); });
    QCOMPARE(job.size(), 2);
    QCOMPARE(job[0].recordNo, 2);
    QCOMPARE(job[0].line, 3);
    QCOMPARE(job[0].reason, QStringLiteral("bad, \"really\""));
    QCOMPARE(job[0].raw, tricky);
    QCOMPARE(job[1].recordNo, 9);
    const QList<RejectRow> limited
        = onDb([first](const Sql &sql) { return importjobs::jobRejects(sql, first, 1); });
    QCOMPARE(limited.size(), 1);
    QCOMPARE(limited[0].recordNo, 2);

    const QList<RejectRow> all
        = onDb([file](const Sql &sql) { return importjobs::fileRejects(sql, file); });
    QList<qint64> numbers;
    for (const RejectRow &row : all)
        numbers << row.recordNo;
    QCOMPARE(numbers, (QList<qint64>{2, 5, 9}));
    QCOMPARE(all[0].raw, tricky);
}

// A reject keeps the cell its reason is about (a sheet's column), so that a resumed import
// locates it as the first run did; 0 (the whole record) unless given.
void TestImportJobs::storedRejectsKeepTheirCell()
{
    const qint64 job = newJob(newFile("book.xlsx:Sheet1"));
    onDb([job](const Sql &sql) {
        importjobs::addReject(sql, job, 4, 5, "cell E5 is outside the header's 4 columns", "x", 5);
        importjobs::addReject(sql, job, 2, 3, "the whole row", "y");
        return 0;
    });
    const QList<StoredReject> stored
        = onDb([job](const Sql &sql) { return importjobs::rejects(sql, job); });
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].recordNo, 2);
    QCOMPARE(stored[0].line, 3);
    QCOMPARE(stored[0].column, 0);
    QCOMPARE(stored[1].recordNo, 4);
    QCOMPARE(stored[1].line, 5);
    QCOMPARE(stored[1].column, 5);
    QCOMPARE(stored[1].reason, QStringLiteral("cell E5 is outside the header's 4 columns"));
}

void TestImportJobs::rejectsCsvIsTheDocumentedFormat()
{
    const QList<RejectRow> rows{
        {2, 3, QStringLiteral("bad, \"really\""), QStringLiteral("x,\"y\"\nz é 東京")},
        {5, 7, QStringLiteral("plain"), QStringLiteral(" padded")},
        {6, 8, QStringLiteral("empty"), QString()},
    };
    QCOMPARE(rejectsCsv(rows),
             QByteArray("line,reason,raw\n"
                        "3,\"bad, \"\"really\"\"\",\"x,\"\"y\"\"\nz \xc3\xa9 "
                        "\xe6\x9d\xb1\xe4\xba\xac\"\n"
                        "7,plain,\" padded\"\n"
                        "8,empty,\n"));
    QCOMPARE(rejectsCsv({}), QByteArray("line,reason,raw\n"));
}

void TestImportJobs::layoutMapsRowsToRecords_data()
{
    QTest::addColumn<QList<qint64>>("unused");
    QTest::addColumn<QList<qint64>>("rejected");
    QTest::addColumn<bool>("fromRejects");
    const QList<qint64> gaps{1, 5, 6, 7, 500, 501, 1999};
    QTest::newRow("dense") << QList<qint64>{} << QList<qint64>{} << true;
    QTest::newRow("gaps, rejects") << gaps << gaps << true;
    QTest::newRow("gaps, no rejects") << gaps << QList<qint64>{} << false;
    // A rejected number that holds a record (a later import stored it) is not trusted.
    QTest::newRow("gaps, stale rejects")
        << gaps << (QList<qint64>{5, 6, 7, 500, 501, 1000}) << false;
}

void TestImportJobs::layoutMapsRowsToRecords()
{
    QFETCH(QList<qint64>, unused);
    QFETCH(QList<qint64>, rejected);
    QFETCH(bool, fromRejects);
    const qint64 last = 2000;
    const qint64 file = newFile("gaps.csv");
    const QSet<qint64> skipped(unused.cbegin(), unused.cend());
    writeRecordsBut(file, last, skipped);
    if (!rejected.isEmpty()) {
        const qint64 job = newJob(file);
        for (const qint64 number : rejected)
            addReject(job, number, "bad", "");
    }
    QList<qint64> stored;
    for (qint64 n = 1; n <= last; ++n) {
        if (!skipped.contains(n))
            stored << n;
    }

    const qint64 expected = stored.size();
    // Statements are counted per thread: on the pool thread that runs the probe.
    const auto [layout, statements]
        = m_db->read([file, expected](QSqlDatabase &c) {
                  const quint64 before = Sql::statementCount();
                  const RecordLayout probed = RecordLayout::probe(Sql(c), file, expected);
                  return std::pair{probed, qint64(Sql::statementCount() - before)};
              })
              .result();
    QCOMPARE(layout.rows, stored.size());
    QCOMPARE(layout.minNo, stored.first());
    for (qint64 row = 0; row < layout.rows; ++row)
        QCOMPARE(layout.recordNo(row), stored[row]);
    // Bounds, then (when not dense) the rejected numbers and their check, then the scan.
    if (unused.isEmpty())
        QCOMPARE(statements, 1);
    else
        QCOMPARE(statements, fromRejects ? 3 : 4);
}

void TestImportJobs::jobHistory()
{
    const qint64 file = newFile("h.csv");
    const qint64 done = newJob(file);
    onDb([done](const Sql &sql) {
        importjobs::advance(sql, done, {10, 11, 100}, 10, 2, 1000);
        importjobs::recordHistory(sql, done, 1000, 50.0, 0.5);
        importjobs::advance(sql, done, {20, 21, 200}, 10, 0, 2000);
        importjobs::recordHistory(sql, done, 2000, 80.0, std::nullopt);
        importjobs::markDone(sql, done, 2500);
        return 0;
    });
    const qint64 running = newJob(file);

    const QList<JobRecord> finished
        = onDb([](const Sql &sql) { return importjobs::finishedJobs(sql); });
    QCOMPARE(finished.size(), 1);
    const JobRecord &job = finished.first();
    QCOMPARE(job.jobId, done);
    QCOMPARE(job.project, QStringLiteral("p"));
    QCOMPARE(job.fileName, QStringLiteral("f.csv"));
    QCOMPARE(job.status, QStringLiteral("done"));
    QCOMPARE(job.records, 20);
    QCOMPARE(job.rejected, 2);
    QCOMPARE(job.finishedAt, 2500);

    const std::optional<JobRecord> last
        = onDb([](const Sql &sql) { return importjobs::lastJob(sql); });
    QVERIFY(last);
    QCOMPARE(last->jobId, running);
    QCOMPARE(last->status, QStringLiteral("running"));
    QVERIFY(!onDb([](const Sql &sql) { return importjobs::job(sql, 999999); }));
    QCOMPARE(onDb([done](const Sql &sql) { return importjobs::job(sql, done); })->records, 20);

    const JobSeries series
        = onDb([done](const Sql &sql) { return importjobs::history(sql, done); });
    QCOMPARE(series.value(importjobs::recordsMetric), (QList<QPointF>{{1000, 10}, {2000, 20}}));
    QCOMPARE(series.value(importjobs::rateMetric), (QList<QPointF>{{1000, 50}, {2000, 80}}));
    QCOMPARE(series.value(importjobs::cacheRatioMetric), (QList<QPointF>{{1000, 0.5}}));
    // A job that has not committed yet has only the start of its run, with no record before it.
    const JobSeries started
        = onDb([running](const Sql &sql) { return importjobs::history(sql, running); });
    QCOMPARE(started.keys(), QStringList{importjobs::runStartMetric});
    QCOMPARE(started.value(importjobs::runStartMetric).size(), 1);
    QCOMPARE(started.value(importjobs::runStartMetric).first().y(), 0.0);
}

// A run starts at the time given; advance() says what the job holds; a retry mark carried
// again by a transaction retried after its commit was reported lost is stored once.
void TestImportJobs::historyMarksRunsAndRetries()
{
    const qint64 file = newFile("r.csv");
    const qint64 project = m_projectId;
    const qint64 job = onDb([project, file](const Sql &sql) {
        return importjobs::create(sql, project, file, "f.csv", "/tmp/f.csv", "", 10, "{}", 500);
    });
    const importjobs::JobCounts first
        = onDb([job](const Sql &sql) { return importjobs::advance(sql, job, {}, 7, 1, 600); });
    QCOMPARE(first.imported, 7);
    QCOMPARE(first.rejected, 1);
    const importjobs::JobCounts second
        = onDb([job](const Sql &sql) { return importjobs::advance(sql, job, {}, 5, 0, 700); });
    QCOMPARE(second.imported, 12);
    QCOMPARE(second.rejected, 1);
    onDb([job](const Sql &sql) {
        importjobs::recordRetry(sql, job, 650, 1);
        importjobs::recordRetry(sql, job, 650, 1);
        importjobs::recordRetry(sql, job, 680, 2);
        return 0;
    });
    const JobSeries series = onDb([job](const Sql &sql) { return importjobs::history(sql, job); });
    QCOMPARE(series.value(importjobs::runStartMetric), (QList<QPointF>{{500, 0}}));
    QCOMPARE(series.value(importjobs::retryMetric), (QList<QPointF>{{650, 1}, {680, 2}}));
    const qint64 resumed
        = onDb([file](const Sql &sql) { return importjobs::resume(sql, file, 900)->jobId; });
    QCOMPARE(resumed, job);
    QCOMPARE(onDb([job](const Sql &sql) {
                 return importjobs::history(sql, job);
             }).value(importjobs::runStartMetric),
             (QList<QPointF>{{500, 0}, {900, 12}}));
}

void TestImportJobs::rejectedTotalCountsFinishedJobs()
{
    const qint64 file = newFile("t.csv");
    const qint64 done = newJob(file);
    const qint64 failed = newJob(file);
    onDb([=](const Sql &sql) {
        importjobs::advance(sql, done, {}, 5, 3, 0);
        importjobs::markDone(sql, done, 0);
        importjobs::advance(sql, failed, {}, 5, 4, 0);
        importjobs::markStopped(sql, failed, "failed", "boom");
        return 0;
    });
    const qint64 total = onDb([file](const Sql &sql) {
        return sql.scalar(QStringLiteral("SELECT ") + importjobs::rejectedTotalExpr("?"), {file})
            .toLongLong();
    });
    QCOMPARE(total, 3);
    const qint64 project = m_projectId;
    QCOMPARE(onDb([project](const Sql &sql) {
                 return catalog::fileInfo(sql, project, "t.csv").rejectCount;
             }),
             3);
}

// A file still being imported, or stopped half-way, holds what its job committed: the Files view,
// the projects tree and the delete question count those records, not the 0 stored until the
// import finishes.
void TestImportJobs::unfinishedFileCountsWhatItsJobCommitted()
{
    const qint64 file = newFile("u.csv");
    const qint64 job = newJob(file);
    onDb([=](const Sql &sql) {
        sql.exec(QStringLiteral("UPDATE files SET status = 'importing', record_count = 0 "
                                "WHERE id = ?"),
                 {file});
        importjobs::advance(sql, job, {}, 40, 2, 0);
        importjobs::markStopped(sql, job, "cancelled", "stopped");
        return 0;
    });
    const qint64 project = m_projectId;
    const auto info = [this, project] {
        return onDb([project](const Sql &sql) { return catalog::fileInfo(sql, project, "u.csv"); });
    };
    QCOMPARE(info().recordCount, 40);
    QCOMPARE(info().rejectCount, 2);
    const QList<ProjectInfo> projects
        = onDb([](const Sql &sql) { return catalog::queryProjects(sql); });
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.first().recordCount, 40);

    // Resumed and finished: the file's own count, and the finished job's rejects.
    onDb([=](const Sql &sql) {
        importjobs::advance(sql, job, {}, 10, 1, 0); // adds to the counts
        importjobs::markDone(sql, job, 0);
        catalog::markFileImported(sql, file, 50, 0);
        return 0;
    });
    QCOMPARE(info().recordCount, 50);
    QCOMPARE(info().rejectCount, 3);
}

// Deleting a project or discarding a job is an operator's decision that loses data: the log says
// what went, once the transaction committed.
void TestImportJobs::deletionsAreLogged()
{
    const auto logged = [](const QString &text) {
        flushLogging();
        for (const LogLine &line : recentLogLines(50))
            if (line.category == QLatin1String("db") && line.message == text)
                return true;
        return false;
    };
    const qint64 fileId = newFile(QStringLiteral("a.csv"));
    const qint64 jobId = newJob(fileId);
    onDb([jobId](const Sql &sql) {
        catalog::discardImport(sql, jobId);
        return 0;
    });
    QVERIFY(logged(QStringLiteral("deleted import job %1").arg(jobId)));
    onDb([](const Sql &sql) { return catalog::deleteProject(sql, QStringLiteral("p")); });
    QVERIFY(logged(QStringLiteral("deleted project 'p' and its 0 records")));
}

// Deleting one file (the GUI's Delete File…) removes its records, rejects, jobs and mapping with
// its row in one go, leaves its neighbours alone and says so in the log.
void TestImportJobs::removeFileTakesOnlyThatFile()
{
    const qint64 doomed = newFile(QStringLiteral("doomed.csv"));
    const qint64 kept = newFile(QStringLiteral("kept.csv"));
    writeRecordsBut(doomed, 130, {});
    writeRecordsBut(kept, 70, {});
    addReject(newJob(doomed), 5, QStringLiteral("bad"), QStringLiteral("x"));
    addReject(newJob(kept), 6, QStringLiteral("bad"), QStringLiteral("y"));
    onDb([doomed, kept](const Sql &sql) {
        sql.exec(QStringLiteral("UPDATE files SET record_count = 130 WHERE id = ?"), {doomed});
        sql.exec(QStringLiteral("INSERT INTO column_mappings (file_id, file_column, position) "
                                "VALUES (?, 'a', 0), (?, 'a', 0)"),
                 {doomed, kept});
        return 0;
    });

    const qint64 removed = onDb([](const Sql &sql) {
        return catalog::removeFile(sql, QStringLiteral("p"), QStringLiteral("doomed.csv"));
    });

    QCOMPARE(removed, 130);
    const auto count = [this](const char *table, qint64 fileId) {
        const QString query
            = QStringLiteral("SELECT count(*) FROM %1 WHERE file_id = ?").arg(QLatin1String(table));
        return onDb(
            [query, fileId](const Sql &sql) { return sql.scalar(query, {fileId}).toLongLong(); });
    };
    for (const char *table : {"record_blocks", "import_jobs", "column_mappings"}) {
        QVERIFY2(count(table, doomed) == 0, table);
        QVERIFY2(count(table, kept) > 0, table);
    }
    const QList<FileInfo> files
        = onDb([this](const Sql &sql) { return catalog::queryFiles(sql, m_projectId); });
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().name, QStringLiteral("kept.csv"));
    QCOMPARE(files.first().rejectCount, 0); // its job never finished
    QCOMPARE(onDb([kept](const Sql &sql) { return importjobs::fileRejects(sql, kept); }).size(), 1);
    flushLogging();
    bool logged = false;
    for (const LogLine &line : recentLogLines(50))
        logged |= line.category == QLatin1String("db")
                  && line.message
                         == QLatin1String("deleted file 'doomed.csv' of project 'p' and its 130 "
                                          "records");
    QVERIFY(logged);
    QVERIFY_THROWS_EXCEPTION(DbError, onDb([](const Sql &sql) {
                                 return catalog::removeFile(
                                     sql, QStringLiteral("p"), QStringLiteral("doomed.csv"));
                             }));
}

QTEST_GUILESS_MAIN(TestImportJobs)
#include "tst_importjobs.moc"
