// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "import/importer.h"
#include "importfixture.h"
#include "store/importjobs.h"
#include "testsupport.h"

#include <QDateTime>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <memory>

using namespace stevedore;

namespace {

// A clock for the importer that moves `step` ms each time it is read, from the real time: the
// times a job is stamped with (its run's start, each slice's commit, each failed attempt) are
// the same on every run of the test, whatever the machine's speed.
std::function<qint64()> steppingClock(qint64 step)
{
    auto now = std::make_shared<std::atomic<qint64>>(QDateTime::currentMSecsSinceEpoch());
    return [now, step] {
        return now->fetch_add(step) + step;
    };
}

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

QString point(const QPointF &p)
{
    return QStringLiteral("(%1, %2)").arg(qint64(p.x())).arg(p.y(), 0, 'f', 3);
}

// What is wrong with a job's stored history, or nothing: the records and rate samples share
// their times, which strictly increase and come after their run's start; each rate is the
// records committed since the previous sample of its run (or since the run's start) over the
// time since; each run's samples end at what it committed (the next run's start value, the
// job's count for the last run).
QString historyProblem(const JobSeries &history, qint64 imported)
{
    const QList<QPointF> records = history.value(importjobs::recordsMetric);
    const QList<QPointF> rates = history.value(importjobs::rateMetric);
    const QList<QPointF> runs = history.value(importjobs::runStartMetric);
    if (runs.isEmpty() || records.isEmpty())
        return QStringLiteral("no run start or no sample");
    if (records.size() != rates.size())
        return QStringLiteral("%1 records samples, %2 rate samples")
            .arg(records.size())
            .arg(rates.size());
    qsizetype run = -1;
    QPointF previous;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QPointF sample = records[i];
        if (rates[i].x() != sample.x())
            return QStringLiteral("rate at %1, records at %2")
                .arg(qint64(rates[i].x()))
                .arg(qint64(sample.x()));
        if (i > 0 && sample.x() <= records[i - 1].x())
            return QStringLiteral("time does not increase at sample %1").arg(i);
        if (sample.x() <= runs.first().x())
            return QStringLiteral("sample %1 before the first run's start").arg(point(sample));
        while (run + 1 < runs.size() && runs[run + 1].x() < sample.x()) {
            ++run;
            if (i > 0 && records[i - 1].y() != runs[run].y())
                return QStringLiteral("a run ends at %1 but the next starts at %2")
                    .arg(point(records[i - 1]), point(runs[run]));
            previous = runs[run];
        }
        const double rate = (sample.y() - previous.y()) * 1000.0 / (sample.x() - previous.x());
        if (!nearlyEqual(rates[i].y(), rate))
            return QStringLiteral("rate %1 stored with %2, but since %3 that makes %4")
                .arg(rates[i].y())
                .arg(point(sample), point(previous))
                .arg(rate);
        previous = sample;
    }
    if (records.last().y() != double(imported))
        return QStringLiteral("the last sample holds %1 records, the job %2")
            .arg(records.last().y())
            .arg(imported);
    return {};
}

} // namespace

// The history a job's committer stores for its charts (tst_batchcommitter on SQLite,
// tst_batchcommitter_pg on PostgreSQL): enough samples however short the job, rates over the
// interval between samples, retries marked once, and nothing from a transaction that rolled
// back. Time is the tests' own clock wherever the number of samples depends on it.
class TestBatchCommitter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void millionRecordsHaveFiftySamples();
    void shortJobHasOneSamplePerBatch_data();
    void shortJobHasOneSamplePerBatch();
    void longJobIsSampledAtLeastEverySecond();
    void transientFaultStoresEachRetryOnce_data();
    void transientFaultStoresEachRetryOnce();
    void retryOfACancelledRunIsKept();
    void bisectedSlicesDoNotDistortTheRate();
    void stoppedRunEndsWithItsLastCommit_data();
    void stoppedRunEndsWithItsLastCommit();

private:
    QString csv(const QString &name, int records);
    ImportResult
    import(const QString &path, int batchSize, const std::function<void(Importer &)> &setUp = {});
    JobSeries history(qint64 jobId);
    void refuseBoom();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::EngineScratch> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestBatchCommitter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
    m_db = test::openDatabase(m_scratch->url());
}

void TestBatchCommitter::cleanup()
{
    m_db.reset();
    m_scratch.reset();
    m_dir.reset();
}

QString TestBatchCommitter::csv(const QString &name, int records)
{
    QByteArray data = "id,name,amount\n";
    data.reserve(qsizetype(records) * 32);
    for (int i = 1; i <= records; ++i)
        data += QByteArray::number(i) + ",name " + QByteArray::number(i % 977) + ","
                + QByteArray::number(i * 3) + ".50\n";
    const QString path = m_dir->filePath(name);
    test::writeFile(path, data);
    return path;
}

ImportResult TestBatchCommitter::import(const QString &path,
                                        int batchSize,
                                        const std::function<void(Importer &)> &setUp)
{
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = batchSize;
    Importer importer(*m_db, options);
    if (setUp)
        setUp(importer);
    return importer.run();
}

JobSeries TestBatchCommitter::history(qint64 jobId)
{
    return m_db
        ->read([jobId](QSqlDatabase &c) { return importjobs::history(Sql(c), jobId); },
               ReadConsistency::Primary)
        .result();
}

// A real refusal by the database: a trigger rejects records holding BOOM.
void TestBatchCommitter::refuseBoom()
{
    m_db->write([](QSqlDatabase &c) {
            Sql sql(c);
            if (sql.engine() == Engine::Sqlite) {
                sql.exec(
                    "CREATE TRIGGER refuse_boom BEFORE INSERT ON record_blocks "
                    "WHEN NEW.data LIKE '%BOOM%' BEGIN SELECT RAISE(ABORT, 'boom refused'); END");
            } else {
                sql.exec("CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ "
                         "BEGIN IF NEW.data LIKE '%BOOM%' THEN RAISE EXCEPTION 'boom refused' "
                         "USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$");
                sql.exec("CREATE TRIGGER refuse_boom BEFORE INSERT ON record_blocks FOR EACH ROW "
                         "EXECUTE FUNCTION refuse_boom()");
            }
        })
        .waitForFinished();
}

// A million records in the default batches (fifty of them) on the real clock: the rule samples
// each of them, however fast they commit.
void TestBatchCommitter::millionRecordsHaveFiftySamples()
{
    const qint64 total = 1000000;
    const ImportResult result = import(csv(QStringLiteral("million.csv"), int(total)), 0);
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    QCOMPARE(result.records, total);
    const JobSeries series = history(result.jobId);
    const QList<QPointF> records = series.value(importjobs::recordsMetric);
    const QList<QPointF> rates = series.value(importjobs::rateMetric);
    QVERIFY2(records.size() >= 50, qPrintable(QString::number(records.size())));
    QVERIFY2(rates.size() >= 50, qPrintable(QString::number(rates.size())));
    const QString problem = historyProblem(series, total);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The rates weighted by their intervals average to the job's records over its time.
    const double start = series.value(importjobs::runStartMetric).first().x();
    double weighted = 0;
    double previous = start;
    for (const QPointF &rate : rates) {
        weighted += rate.y() * (rate.x() - previous);
        previous = rate.x();
    }
    const double mean = weighted / (records.last().x() - start);
    QVERIFY2(nearlyEqual(mean, double(total) * 1000.0 / (records.last().x() - start)),
             qPrintable(QString::number(mean)));
}

void TestBatchCommitter::shortJobHasOneSamplePerBatch_data()
{
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("batches");
    QTest::newRow("one record") << 1 << 100 << 1;
    QTest::newRow("last batch partial") << 1050 << 100 << 11;
    // The empty batch that ends a file whose records fill its batches adds nothing to sample.
    QTest::newRow("last batch full") << 1000 << 100 << 10;
    QTest::newRow("49 batches") << 49 << 1 << 49;
}

void TestBatchCommitter::shortJobHasOneSamplePerBatch()
{
    QFETCH(int, records);
    QFETCH(int, batchSize);
    QFETCH(int, batches);
    const ImportResult result
        = import(csv(QStringLiteral("short.csv"), records), batchSize, [](Importer &importer) {
              importer.clock = steppingClock(10);
          });
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    const JobSeries series = history(result.jobId);
    QCOMPARE(series.value(importjobs::recordsMetric).size(), batches);
    QCOMPARE(series.value(importjobs::rateMetric).size(), batches);
    for (qsizetype i = 0; i < batches; ++i)
        QCOMPARE(series.value(importjobs::recordsMetric)[i].y(),
                 double(std::min(records, int(i + 1) * batchSize)));
    const QString problem = historyProblem(series, records);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// 500 slices a quarter of a second apart (125 s): every one of the first fifty is sampled,
// then fewer as the run grows longer, but never more than a second apart.
void TestBatchCommitter::longJobIsSampledAtLeastEverySecond()
{
    const ImportResult result
        = import(csv(QStringLiteral("long.csv"), 5000), 10, [](Importer &importer) {
              importer.clock = steppingClock(250);
          });
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    const JobSeries series = history(result.jobId);
    const QList<QPointF> records = series.value(importjobs::recordsMetric);
    QVERIFY2(records.size() >= 50 && records.size() < 500,
             qPrintable(QString::number(records.size())));
    for (qsizetype i = 0; i < 50; ++i)
        QCOMPARE(records[i].y(), double(10 * (i + 1)));
    qint64 longest = 0;
    for (qsizetype i = 1; i < records.size(); ++i)
        longest = std::max(longest, qint64(records[i].x() - records[i - 1].x()));
    QCOMPARE(longest, 1000);
    const QString problem = historyProblem(series, 5000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBatchCommitter::transientFaultStoresEachRetryOnce_data()
{
    QTest::addColumn<int>("failures");
    QTest::newRow("once") << 1;
    QTest::newRow("twice") << 2;
}

// Batch 3 fails transiently, then commits: each failed attempt is marked once, at the time it
// failed, and every record is imported exactly once.
void TestBatchCommitter::transientFaultStoresEachRetryOnce()
{
    QFETCH(int, failures);
    const QString path = csv(QStringLiteral("retry.csv"), 5000);
    int failed = 0;
    const ImportResult result = import(path, 500, [&failed, failures](Importer &importer) {
        importer.clock = steppingClock(10);
        importer.beforeCommitHook = [&failed, failures](qint64 batch) {
            if (batch == 3 && failed < failures) {
                ++failed;
                throw DbError(
                    DbError::Kind::Transient, QStringLiteral("serialization failure"), "40001");
            }
        };
    });
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    QCOMPARE(failed, failures);
    QCOMPARE(result.records, 5000);
    QCOMPARE(test::exportedRecords(*m_db, QStringLiteral("p"), QStringLiteral("retry.csv")),
             test::sourceRecords(path));

    const JobSeries series = history(result.jobId);
    const QList<QPointF> retries = series.value(importjobs::retryMetric);
    QCOMPARE(retries.size(), failures);
    const QList<QPointF> records = series.value(importjobs::recordsMetric);
    QCOMPARE(records.size(), 10);
    for (qsizetype i = 0; i < retries.size(); ++i) {
        QCOMPARE(retries[i].y(), double(i + 1)); // the attempt that failed
        QVERIFY(retries[i].x() > records[2].x() && retries[i].x() < records[3].x());
    }
    const QString problem = historyProblem(series, 5000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The connection breaks while batch 2 commits and the operator cancels: no slice commits after
// the failure, yet its retry mark is kept (with the job's stopped status), and only once when
// the job is resumed.
void TestBatchCommitter::retryOfACancelledRunIsKept()
{
    const QString path = csv(QStringLiteral("cancel.csv"), 20000);
    const auto clock = steppingClock(10);
    bool broken = false;
    const ImportResult cancelled = import(path, 1000, [&clock, &broken](Importer &importer) {
        importer.clock = clock;
        importer.beforeCommitHook = [&importer, &broken](qint64 batch) {
            if (batch == 2 && !broken) {
                broken = true;
                importer.cancel();
                throw DbError(DbError::Kind::Connection,
                              QStringLiteral("server closed the connection"));
            }
        };
    });
    QCOMPARE(cancelled.outcome, ImportResult::Outcome::Cancelled);
    QCOMPARE(cancelled.records, 2000);
    JobSeries series = history(cancelled.jobId);
    QCOMPARE(series.value(importjobs::retryMetric).size(), 1);
    QCOMPARE(series.value(importjobs::retryMetric).first().y(), 1.0);
    QString problem = historyProblem(series, 2000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const ImportResult resumed
        = import(path, 1000, [&clock](Importer &importer) { importer.clock = clock; });
    QVERIFY2(resumed.outcome == ImportResult::Outcome::Imported, qPrintable(resumed.message));
    QCOMPARE(resumed.records, 20000);
    QCOMPARE(test::exportedRecords(*m_db, QStringLiteral("p"), QStringLiteral("cancel.csv")),
             test::sourceRecords(path));
    series = history(resumed.jobId);
    QCOMPARE(series.value(importjobs::retryMetric).size(), 1);
    problem = historyProblem(series, 20000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// A batch the database refuses for one record is rolled back and bisected: the slices that
// commit instead carry the rates, each over the time since the previous committed sample.
void TestBatchCommitter::bisectedSlicesDoNotDistortTheRate()
{
    refuseBoom();
    QByteArray data = "n,v\n";
    for (int i = 1; i <= 1000; ++i)
        data += QByteArray::number(i) + "," + (i == 17 || i == 500 ? "BOOM" : "ok") + "\n";
    const QString path = m_dir->filePath(QStringLiteral("boom.csv"));
    test::writeFile(path, data);
    const ImportResult result
        = import(path, 128, [](Importer &importer) { importer.clock = steppingClock(10); });
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    QCOMPARE(result.records, 998);
    const JobSeries series = history(result.jobId);
    QVERIFY(series.value(importjobs::recordsMetric).size() > 8); // the bisected slices too
    QVERIFY(series.value(importjobs::retryMetric).isEmpty());    // a refusal is no retry
    const QString problem = historyProblem(series, 998);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBatchCommitter::stoppedRunEndsWithItsLastCommit_data()
{
    QTest::addColumn<int>("failingBatch");
    for (int batch = 450; batch < 454; ++batch)
        QTest::addRow("batch %d", batch) << batch;
}

// Slices a quarter of a second apart, long enough that not every one is sampled: whichever
// was the last to commit before a batch fails for good, the run's line ends on it; the
// resumed run starts from there.
void TestBatchCommitter::stoppedRunEndsWithItsLastCommit()
{
    QFETCH(int, failingBatch);
    const QString path = csv(QStringLiteral("stop.csv"), 5000);
    const auto clock = steppingClock(250);
    const ImportResult failed = import(path, 10, [&clock, failingBatch](Importer &importer) {
        importer.clock = clock;
        importer.beforeCommitHook = [failingBatch](qint64 batch) {
            if (batch == failingBatch)
                throw DbError(DbError::Kind::Permanent, QStringLiteral("disk full"));
        };
    });
    QCOMPARE(failed.outcome, ImportResult::Outcome::Failed);
    QCOMPARE(failed.records, 10 * failingBatch);
    QString problem = historyProblem(history(failed.jobId), failed.records);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const ImportResult resumed
        = import(path, 10, [&clock](Importer &importer) { importer.clock = clock; });
    QVERIFY2(resumed.outcome == ImportResult::Outcome::Imported, qPrintable(resumed.message));
    QCOMPARE(resumed.records, 5000);
    problem = historyProblem(history(resumed.jobId), 5000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TestBatchCommitter)
#include "tst_batchcommitter.moc"
