// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "fullpipe.h"
#include "import/importer.h"
#include "import/rejectbudget.h"
#include "importfixture.h"
#include "store/catalog.h"
#include "testsupport.h"

#include <QProcess>
#include <QtTest>

#include <csignal>
#include <set>

using namespace stevedore;

// The rejects budget (import --max-rejects N|N%, --atomic) on SQLite (tst_rejectbudget) or
// PostgreSQL (tst_rejectbudget_pg): an import whose rejects pass the budget stops at the next
// batch boundary as a failed job, keeps what it committed (or, atomic, removes the file), and
// says how many were rejected and where the first ones were.
class TestRejectBudget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parse_data();
    void parse();
    void exceeded();
    void countStopsAtTheBatchBoundary();
    void resumeWithinALargerBudgetFinishes();
    void resumeOverTheSameBudgetReadsNothing();
    void percentOfTheRecordsRead_data();
    void percentOfTheRecordsRead();
    void lastBatchOverBudgetIsNotMarkedImported();
    void atomicRemovesTheFile();
    void atomicRemovesTheFileOnAnyFailure();
    void atomicCancelStaysResumable();
    void killNineDuringABudgetedImport();
    void cliRefusesABadBudget_data();
    void cliRefusesABadBudget();

private:
    // id,name,amount; records whose number is in `bad` have two fields (a reject).
    QString writeFile(const QString &name, int records, const std::set<int> &bad);
    QList<QStringList> expected(int records, const std::set<int> &bad) const;
    ImportResult import(const QString &path,
                        const QString &budget,
                        bool atomic = false,
                        int batchSize = 100,
                        std::function<void(Importer &)> setUp = {});
    qint64 count(const QString &statement, const QVariantList &params = {});
    QString fileStatus(const QString &name);
    QStringList cli(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::EngineScratch> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestRejectBudget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
    m_db = test::openDatabase(m_scratch->url());
}

void TestRejectBudget::cleanup()
{
    m_db.reset();
    m_scratch.reset();
    m_dir.reset();
}

QString TestRejectBudget::writeFile(const QString &name, int records, const std::set<int> &bad)
{
    const QString path = m_dir->filePath(name);
    test::writeFile(path, test::numberedCsv(records, bad));
    return path;
}

QList<QStringList> TestRejectBudget::expected(int records, const std::set<int> &bad) const
{
    return test::numberedRecords(records, bad);
}

ImportResult TestRejectBudget::import(const QString &path,
                                      const QString &budget,
                                      bool atomic,
                                      int batchSize,
                                      std::function<void(Importer &)> setUp)
{
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = batchSize;
    options.rejectBudget = RejectBudget::parse(budget).value_or(RejectBudget());
    options.atomic = atomic;
    Importer importer(*m_db, options);
    if (setUp)
        setUp(importer);
    return importer.run();
}

qint64 TestRejectBudget::count(const QString &statement, const QVariantList &params)
{
    return m_db
        ->read([statement, params](
                   QSqlDatabase &db) { return Sql(db).scalar(statement, params).toLongLong(); },
               ReadConsistency::Primary)
        .result();
}

QString TestRejectBudget::fileStatus(const QString &name)
{
    return m_db
        ->read(
            [name](QSqlDatabase &db) {
                const SqlResult row = Sql(db).exec(
                    QStringLiteral("SELECT status FROM files WHERE name = ?"), {name});
                return row.isEmpty() ? QStringLiteral("(none)") : row.value().toString();
            },
            ReadConsistency::Primary)
        .result();
}

QStringList TestRejectBudget::cli(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--db"), m_scratch->url().toString()} + arguments;
}

void TestRejectBudget::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normal"); // toString() of what was read
    QTest::newRow("count") << "25" << true << "25";
    QTest::newRow("zero") << "0" << true << "0";
    QTest::newRow("spaces") << " 7 " << true << "7";
    QTest::newRow("percent") << "2.5%" << true << "2.5%";
    QTest::newRow("percent, space before %") << "10 %" << true << "10%";
    QTest::newRow("all") << "100%" << true << "100%";
    QTest::newRow("empty: no budget") << "" << true << "";
    QTest::newRow("negative") << "-1" << false << "";
    QTest::newRow("not a number") << "many" << false << "";
    QTest::newRow("over 100%") << "101%" << false << "";
    QTest::newRow("decimal count") << "2.5" << false << "";
    QTest::newRow("comma decimal") << "2,5%" << false << "";
}

void TestRejectBudget::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normal);
    QString error;
    const std::optional<RejectBudget> budget = RejectBudget::parse(text, &error);
    QCOMPARE(budget.has_value(), valid);
    if (!valid) {
        QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
        return;
    }
    QCOMPARE(budget->toString(), normal);
    QCOMPARE(budget->isSet(), !normal.isEmpty());
    if (budget->isSet())
        QCOMPARE(RejectBudget::parse(budget->toString()), budget);
}

void TestRejectBudget::exceeded()
{
    QVERIFY(!RejectBudget().exceeded(1000000, 1000000));
    QVERIFY(!RejectBudget::count(3).exceeded(3, 10));
    QVERIFY(RejectBudget::count(3).exceeded(4, 10));
    QVERIFY(RejectBudget::count(0).exceeded(1, 1000000));
    QVERIFY(!RejectBudget::count(0).exceeded(0, 1000000));
    // A share of the records read: at most, not more than.
    QVERIFY(!RejectBudget::percent(10).exceeded(10, 100));
    QVERIFY(RejectBudget::percent(10).exceeded(11, 100));
    QVERIFY(RejectBudget::percent(2.5).exceeded(3, 100));
    QVERIFY(!RejectBudget::percent(2.5).exceeded(25, 1000));
    QVERIFY(!RejectBudget::percent(0).exceeded(0, 0));
    QVERIFY(RejectBudget::percent(0).exceeded(1, 1));
    QVERIFY(!RejectBudget::percent(100).exceeded(5, 5));
}

// Every 10th record is bad, 100 records a batch: 10 rejects a batch. A budget of 25 passes in
// the third batch, which commits; the fourth, parsed meanwhile, does not.
void TestRejectBudget::countStopsAtTheBatchBoundary()
{
    std::set<int> bad;
    for (int i = 10; i <= 1000; i += 10)
        bad.insert(i);
    const QString path = writeFile(QStringLiteral("f.csv"), 1000, bad);
    QStringList locations;
    const ImportResult result
        = import(path, QStringLiteral("25"), false, 100, [&locations](Importer &importer) {
              importer.onReject = [&locations](const ImportReject &reject) {
                  locations << reject.location;
              };
          });
    QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
    QVERIFY(result.overBudget);
    QVERIFY(!result.rolledBack);
    QCOMPARE(result.records, 270);
    QCOMPARE(result.rejected, 30);
    QVERIFY2(
        result.message.startsWith(
            "stopped: 30 records rejected, over the budget of 25 rejects; the first at "
            "line 11 (expected 3 fields, found 2), line 21 (expected 3 fields, found 2), line 31 "
            "(expected 3 fields, found 2); the 270 records committed before stay"),
        qPrintable(result.message));
    QCOMPARE(locations.size(), 30);
    QCOMPARE(locations.first(), QStringLiteral("11"));
    QCOMPARE(locations.last(), QStringLiteral("301"));

    QCOMPARE(fileStatus("f.csv"), QStringLiteral("importing"));
    QCOMPARE(count("SELECT count(*) FROM import_jobs WHERE status = 'failed'"), 1);
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(300, bad).mid(0, 271));
}

// The operator raises the budget: the job resumes after the batch it stopped at and finishes,
// every record once.
void TestRejectBudget::resumeWithinALargerBudgetFinishes()
{
    std::set<int> bad;
    for (int i = 10; i <= 1000; i += 10)
        bad.insert(i);
    const QString path = writeFile(QStringLiteral("f.csv"), 1000, bad);
    QCOMPARE(import(path, QStringLiteral("25")).outcome, ImportResult::Outcome::Failed);
    const ImportResult resumed = import(path, QStringLiteral("100"));
    QVERIFY2(resumed.outcome == ImportResult::Outcome::Imported, qPrintable(resumed.message));
    QVERIFY(resumed.resumed);
    QCOMPARE(resumed.records, 900);
    QCOMPARE(resumed.rejected, 100);
    QCOMPARE(resumed.importedThisRun, 630);
    QCOMPARE(fileStatus("f.csv"), QStringLiteral("imported"));
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(1000, bad));
    QCOMPARE(count("SELECT count(*) FROM import_rejects"), 100);
}

// Run again with the budget it passed: it fails at once, commits nothing more.
void TestRejectBudget::resumeOverTheSameBudgetReadsNothing()
{
    std::set<int> bad;
    for (int i = 10; i <= 1000; i += 10)
        bad.insert(i);
    const QString path = writeFile(QStringLiteral("f.csv"), 1000, bad);
    QCOMPARE(import(path, QStringLiteral("25")).outcome, ImportResult::Outcome::Failed);
    const ImportResult again = import(path, QStringLiteral("25"));
    QCOMPARE(again.outcome, ImportResult::Outcome::Failed);
    QVERIFY(again.overBudget);
    QCOMPARE(again.records, 270);
    QCOMPARE(again.importedThisRun, 0);
    QVERIFY2(again.message.startsWith("stopped: 30 records rejected"), qPrintable(again.message));
    QCOMPARE(count("SELECT records_imported FROM import_jobs"), 270);
    QCOMPARE(count("SELECT count(*) FROM import_rejects"), 30);
    // Without a budget it finishes.
    QCOMPARE(import(path, QString()).outcome, ImportResult::Outcome::Imported);
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(1000, bad));
}

void TestRejectBudget::percentOfTheRecordsRead_data()
{
    QTest::addColumn<QString>("budget");
    QTest::addColumn<bool>("stops");
    QTest::addColumn<int>("records"); // committed
    // 10 % of the records are bad, evenly: a budget under 10 % stops after the first batch.
    QTest::newRow("5%") << "5%" << true << 90;
    QTest::newRow("9.5%") << "9.5%" << true << 90;
    QTest::newRow("10%") << "10%" << false << 900;
    QTest::newRow("50%") << "50%" << false << 900;
}

void TestRejectBudget::percentOfTheRecordsRead()
{
    QFETCH(QString, budget);
    QFETCH(bool, stops);
    QFETCH(int, records);
    std::set<int> bad;
    for (int i = 10; i <= 1000; i += 10)
        bad.insert(i);
    const QString path = writeFile(QStringLiteral("f.csv"), 1000, bad);
    const ImportResult result = import(path, budget);
    QCOMPARE(result.outcome,
             stops ? ImportResult::Outcome::Failed : ImportResult::Outcome::Imported);
    QCOMPARE(result.overBudget, stops);
    QCOMPARE(result.records, records);
    if (stops)
        QVERIFY2(result.message.startsWith(
                     QStringLiteral("stopped: 10 of 100 records read were rejected (10.0 %), "
                                    "over the budget of %1 % of the records read")
                         .arg(budget.chopped(1))),
                 qPrintable(result.message));
}

// One batch, the last: its commit takes the job over the budget. Its records and rejects are
// in, but the file is not imported and the job failed; a larger budget then finishes it
// without writing a record twice.
void TestRejectBudget::lastBatchOverBudgetIsNotMarkedImported()
{
    const std::set<int> bad{3, 30, 60, 90};
    const QString path = writeFile(QStringLiteral("f.csv"), 100, bad);
    const ImportResult result = import(path, QStringLiteral("3"), false, 1000);
    QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
    QVERIFY(result.overBudget);
    QCOMPARE(result.records, 96);
    QCOMPARE(fileStatus("f.csv"), QStringLiteral("importing"));
    QCOMPARE(count("SELECT count(*) FROM import_jobs WHERE status = 'failed'"), 1);

    const ImportResult resumed = import(path, QStringLiteral("4"), false, 1000);
    QVERIFY2(resumed.outcome == ImportResult::Outcome::Imported, qPrintable(resumed.message));
    QCOMPARE(resumed.records, 96);
    QCOMPARE(resumed.rejected, 4);
    QCOMPARE(fileStatus("f.csv"), QStringLiteral("imported"));
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(100, bad));
}

// All or nothing: over the budget, the file goes with its records, rejects and job.
void TestRejectBudget::atomicRemovesTheFile()
{
    std::set<int> bad;
    for (int i = 10; i <= 1000; i += 10)
        bad.insert(i);
    const QString path = writeFile(QStringLiteral("f.csv"), 1000, bad);
    const ImportResult result = import(path, QStringLiteral("25"), true);
    QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
    QVERIFY(result.overBudget);
    QVERIFY(result.rolledBack);
    QCOMPARE(result.records, 0);
    QVERIFY2(result.message.startsWith("stopped: 30 records rejected, over the budget of 25 "
                                       "rejects; the first at line 11"),
             qPrintable(result.message));
    QVERIFY2(result.message.endsWith("; the file was removed (--atomic): nothing of it was kept"),
             qPrintable(result.message));
    QCOMPARE(fileStatus("f.csv"), QStringLiteral("(none)"));
    QCOMPARE(count("SELECT count(*) FROM import_jobs"), 0);
    QCOMPARE(count("SELECT count(*) FROM import_rejects"), 0);
    QCOMPARE(count("SELECT count(*) FROM record_blocks"), 0);
    // Within the budget the same file imports whole.
    const ImportResult whole = import(path, QStringLiteral("100"), true);
    QVERIFY2(whole.outcome == ImportResult::Outcome::Imported, qPrintable(whole.message));
    QVERIFY(!whole.resumed);
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(1000, bad));
}

// Atomic without a budget: a permanent fault in batch 4 removes what batches 0-3 committed.
void TestRejectBudget::atomicRemovesTheFileOnAnyFailure()
{
    const QString path = writeFile(QStringLiteral("f.csv"), 1000, {});
    const ImportResult result = import(path, QString(), true, 100, [](Importer &importer) {
        importer.beforeCommitHook = [](qint64 batch) {
            if (batch == 4)
                throw DbError(DbError::Kind::Permanent, QStringLiteral("disk full"));
        };
    });
    QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
    QVERIFY(result.rolledBack);
    QVERIFY(!result.overBudget);
    QVERIFY2(result.message.contains("disk full"), qPrintable(result.message));
    QCOMPARE(fileStatus("f.csv"), QStringLiteral("(none)"));
    QCOMPARE(count("SELECT count(*) FROM record_blocks"), 0);
    // Not atomic, the same fault keeps what was committed, resumable.
    const ImportResult kept = import(path, QString(), false, 100, [](Importer &importer) {
        importer.beforeCommitHook = [](qint64 batch) {
            if (batch == 4)
                throw DbError(DbError::Kind::Permanent, QStringLiteral("disk full"));
        };
    });
    QCOMPARE(kept.outcome, ImportResult::Outcome::Failed);
    QVERIFY(!kept.rolledBack);
    QCOMPARE(kept.records, 400);
    QCOMPARE(fileStatus("f.csv"), QStringLiteral("importing"));
}

// A cancel is not a failure: an atomic import cancelled stays resumable, and finishes whole.
void TestRejectBudget::atomicCancelStaysResumable()
{
    const QString path = writeFile(QStringLiteral("f.csv"), 1000, {});
    const ImportResult cancelled
        = import(path, QStringLiteral("5"), true, 100, [](Importer &importer) {
              importer.beforeCommitHook = [&importer](qint64 batch) {
                  if (batch == 2)
                      importer.cancel();
              };
          });
    QCOMPARE(cancelled.outcome, ImportResult::Outcome::Cancelled);
    QVERIFY(!cancelled.rolledBack);
    QVERIFY(cancelled.records > 0);
    QCOMPARE(fileStatus("f.csv"), QStringLiteral("importing"));
    const ImportResult resumed = import(path, QStringLiteral("5"), true);
    QVERIFY2(resumed.outcome == ImportResult::Outcome::Imported, qPrintable(resumed.message));
    QVERIFY(resumed.resumed);
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(1000, {}));
}

// 20,000 records, 1,000 a batch: record 500 is bad, and every 100th from 10,100 on. The first
// run (--max-rejects 5) is killed once batch 1 committed (its reject line blocks on a full
// stderr); the second resumes with the same budget, counts the first run's reject, and stops
// after batch 11 (11 rejects); the third, with a larger budget, finishes: every record once.
void TestRejectBudget::killNineDuringABudgetedImport()
{
    std::set<int> bad{500};
    for (int i = 10100; i <= 20000; i += 100)
        bad.insert(i);
    const QString path = writeFile(QStringLiteral("big.csv"), 20000, bad);
    const QStringList args
        = cli({"import", "--project", "p", "--batch-size", "1000", "--max-rejects", "5", path});
    {
        test::FullPipe stderrPipe;
        QVERIFY2(stderrPipe.full(), "cannot fill a pipe");
        QProcess process;
        QVERIFY(test::startBlockingOnStderr(process, stderrPipe, args));
        const auto checkpoint = [this] {
            return count("SELECT coalesce(max(checkpoint_record), 0) FROM import_jobs");
        };
        QTRY_VERIFY_WITH_TIMEOUT(checkpoint() >= 1000 || process.state() == QProcess::NotRunning,
                                 120000);
        QCOMPARE(process.state(), QProcess::Running);
        QCOMPARE(checkpoint(), 1000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }
    QCOMPARE(fileStatus("big.csv"), QStringLiteral("importing"));

    const test::CliResult stopped = test::runCli(args);
    QCOMPARE(stopped.exitCode, 1);
    // The first run's reject is reported again, then those of batch 11, then why it stopped.
    const QList<QByteArray> lines = stopped.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 12);
    QCOMPARE(lines.first(), path.toUtf8() + ":501: expected 3 fields, found 2");
    QVERIFY2(lines.last().startsWith(path.toUtf8()
                                     + ": stopped: 11 records rejected, over the budget of 5 "
                                       "rejects; the first at line 501 (expected 3 fields, found "
                                       "2), line 10101"),
             lines.last().constData());
    QVERIFY2(lines.last().contains("; the 10989 records committed before stay"),
             lines.last().constData());
    QCOMPARE(count("SELECT records_imported FROM import_jobs"), 10989);
    QCOMPARE(count("SELECT checkpoint_record FROM import_jobs"), 11000);

    const test::CliResult finished = test::runCli(
        cli({"import", "--project", "p", "--batch-size", "1000", "--max-rejects", "1%", path}));
    QVERIFY2(finished.exitCode == 2, finished.err.constData());
    QVERIFY2(finished.out.contains("imported 19899 records into p/big.csv, 101 rejected"),
             finished.out.constData());
    QCOMPARE(fileStatus("big.csv"), QStringLiteral("imported"));
    QCOMPARE(test::exportedRecords(*m_db, "p", "big.csv"), expected(20000, bad));
    QCOMPARE(count("SELECT count(*) FROM import_rejects"), 101);
}

void TestRejectBudget::cliRefusesABadBudget_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("negative") << "-3";
    QTest::newRow("words") << "ten";
    QTest::newRow("over 100%") << "150%";
    QTest::newRow("empty") << "";
}

void TestRejectBudget::cliRefusesABadBudget()
{
    QFETCH(QString, value);
    const QString path = writeFile(QStringLiteral("f.csv"), 10, {});
    const test::CliResult result
        = test::runCli(cli({"import", "--project", "p", "--max-rejects", value, path}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith("stevedore import: --max-rejects: "), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QCOMPARE(fileStatus("f.csv"), QStringLiteral("(none)"));
}

QTEST_GUILESS_MAIN(TestRejectBudget)
#include "tst_rejectbudget.moc"
