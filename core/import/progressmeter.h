// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace stevedore {

struct ImportProgress
{
    qint64 records = 0; // imported so far (including those committed before a resume)
    qint64 rejected = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    double recordsPerSecond = 0;
    double etaSeconds = -1; // -1: unknown
    double elapsedSeconds = 0;
};

// An import's progress figures: the rate over the last interval (for the job's history and
// the gauges) and its peak, the rate of this run (records imported in this run over this run's
// time) and the ETA from bytes read. Publishes them as the import.* gauges of Metrics.
class ProgressMeter
{
public:
    // importedAtStart: records committed before this run (a resumed job's).
    ProgressMeter(qint64 importedAtStart, qint64 totalBytes);

    // True when the last sample is at least 200 ms old.
    bool due() const { return m_interval.elapsed() >= 200; }
    ImportProgress sample(qint64 records, qint64 rejected, qint64 bytesRead);

    double lastRate() const { return m_lastRate; }
    double peakRate() const { return m_peakRate; }
    double elapsedSeconds() const { return double(m_elapsed.elapsed()) / 1000.0; }

private:
    QElapsedTimer m_elapsed;
    QElapsedTimer m_interval;
    qint64 m_importedAtStart = 0;
    qint64 m_totalBytes = 0;
    qint64 m_lastRecords = 0;
    double m_lastRate = 0;
    double m_peakRate = 0;
};

} // namespace stevedore
