// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <algorithm>
#include <functional>

namespace stevedore {

struct ImportProgress
{
    qint64 records = 0; // committed so far (including those committed before a resume)
    qint64 rejected = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    // This run's average: records committed in this run over this run's time (a resumed job's
    // earlier records do not count).
    double recordsPerSecond = 0;
    double etaSeconds = -1; // -1: unknown
    double elapsedSeconds = 0;
    qint64 jobId = 0; // the stored job's, once it has begun (0 before)
};

// An import's progress figures: the rate over the last interval (for the gauges; the job's
// history has rates of its own, between its samples: BatchCommitter) and its peak, the
// average of this run (records committed in this run over this run's time) and the ETA from
// bytes read. Publishes them as the import.* gauges of Metrics.
//
// Interval rates count records parsed (they move smoothly, where commits come a batch at a
// time) over at least minimumInterval: a sample forced sooner (the first commit, the end)
// reports the counts but leaves the interval open, so a few records over a millisecond never
// make a rate of millions. The peak is never below the average.
class ProgressMeter
{
public:
    // Milliseconds on a monotonic clock; tests pass their own.
    using Clock = std::function<qint64()>;
    static constexpr qint64 minimumInterval = 200; // ms

    // importedAtStart: records committed before this run (a resumed job's). No clock: a
    // QElapsedTimer's.
    ProgressMeter(qint64 importedAtStart, qint64 totalBytes, Clock clock = {});

    // True when the open interval is at least minimumInterval long.
    bool due() const { return now() - m_intervalStart >= minimumInterval; }
    // parsed: records parsed in total (committed ones included); committed: records committed
    // in total, before this run too.
    ImportProgress sample(qint64 parsed, qint64 committed, qint64 rejected, qint64 bytesRead);

    double lastRate() const { return m_lastRate; }
    // The highest interval rate, or the average when that is higher (a run shorter than an
    // interval has only its average).
    double peakRate() const { return std::max(m_peakRate, m_averageRate); }
    // Records committed in this run over this run's time, as of the last sample.
    double averageRate() const { return m_averageRate; }
    // 0 when a run forgot what it committed (its job starts afresh).
    qint64 importedThisRun() const { return std::max<qint64>(0, m_committed - m_importedAtStart); }
    // This run's time up to the last sample: what averageRate() divides by.
    double sampledSeconds() const { return double(m_sampledAt - m_start) / 1000.0; }

private:
    qint64 now() const { return m_clock ? m_clock() : m_timer.elapsed(); }

    Clock m_clock;
    QElapsedTimer m_timer;
    qint64 m_start = 0;
    qint64 m_intervalStart = 0;
    qint64 m_sampledAt = 0;
    qint64 m_importedAtStart = 0;
    qint64 m_totalBytes = 0;
    qint64 m_intervalParsed = 0; // parsed when the open interval started
    qint64 m_committed = 0;
    double m_lastRate = 0;
    double m_peakRate = 0;
    double m_averageRate = 0;
};

} // namespace stevedore
