// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/progressmeter.h"

#include <QtTest>

using namespace stevedore;

// The import's figures on a clock the test moves: rates are this run's, intervals shorter than
// ProgressMeter::minimumInterval make no rate, the peak is never below the average and the
// records reported are those committed.
class TestProgressMeter : public QObject
{
    Q_OBJECT

private slots:
    void resumedRunCountsOnlyItsOwnRecords();
    void shortIntervalsMakeNoRate();
    void averageNeverAbovePeak();

private:
    qint64 m_now = 0;
    ProgressMeter::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }
};

void TestProgressMeter::resumedRunCountsOnlyItsOwnRecords()
{
    m_now = 5000;
    ProgressMeter meter(1000000, 1 << 20, clock()); // a million committed before the resume
    m_now += 500;
    ImportProgress progress = meter.sample(1002000, 1001000, 0, 1000);
    QCOMPARE(progress.records, 1001000);         // committed, not parsed
    QCOMPARE(progress.recordsPerSecond, 2000.0); // 1,000 of this run in 0.5 s
    QCOMPARE(meter.lastRate(), 4000.0);          // 2,000 parsed in 0.5 s
    m_now += 500;
    progress = meter.sample(1004000, 1003000, 0, 2000);
    QCOMPARE(progress.recordsPerSecond, 3000.0);
    QCOMPARE(meter.importedThisRun(), 3000);
    QCOMPARE(meter.averageRate(), 3000.0);
    QCOMPARE(meter.sampledSeconds(), 1.0);
    m_now += 10; // the average stays the last sample's
    QCOMPARE(meter.averageRate(), 3000.0);
    QCOMPARE(meter.peakRate(), 4000.0);
}

void TestProgressMeter::shortIntervalsMakeNoRate()
{
    ProgressMeter meter(0, 100, clock());
    m_now += ProgressMeter::minimumInterval;
    meter.sample(1000, 0, 0, 10);
    QCOMPARE(meter.lastRate(), 5000.0);
    // A sample forced 1 ms later (a first commit, the end) with 900 more records parsed: the
    // interval stays open rather than making 900,000 records/s.
    m_now += 1;
    const ImportProgress progress = meter.sample(1900, 1000, 0, 20);
    QCOMPARE(progress.records, 1000);
    QCOMPARE(meter.lastRate(), 5000.0);
    QCOMPARE(meter.peakRate(), 5000.0);
    QVERIFY(!meter.due());
    m_now += ProgressMeter::minimumInterval - 1;
    QVERIFY(meter.due());
    meter.sample(2000, 2000, 0, 30);
    QCOMPARE(meter.lastRate(), 5000.0); // 1,000 over the whole 200 ms
}

void TestProgressMeter::averageNeverAbovePeak()
{
    ProgressMeter meter(0, 100, clock());
    // A run shorter than an interval has no interval rate: its peak is its average.
    m_now += 50;
    meter.sample(500, 500, 0, 100);
    QCOMPARE(meter.averageRate(), 10000.0);
    QCOMPARE(meter.peakRate(), 10000.0);
    QVERIFY(meter.averageRate() <= meter.peakRate());
}

QTEST_GUILESS_MAIN(TestProgressMeter)
#include "tst_progressmeter.moc"
