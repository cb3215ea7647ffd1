// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "progressmeter.h"

#include "metrics.h"

#include <algorithm>

namespace stevedore {

ProgressMeter::ProgressMeter(qint64 importedAtStart, qint64 totalBytes)
    : m_importedAtStart(importedAtStart)
    , m_totalBytes(totalBytes)
    , m_lastRecords(importedAtStart)
{
    m_elapsed.start();
    m_interval.start();
}

ImportProgress ProgressMeter::sample(qint64 records, qint64 rejected, qint64 bytesRead)
{
    const double intervalSeconds = std::max(1e-3, double(m_interval.restart()) / 1000.0);
    const double seconds = std::max(1e-3, elapsedSeconds());
    m_lastRate = double(records - m_lastRecords) / intervalSeconds;
    m_lastRecords = records;
    m_peakRate = std::max(m_peakRate, m_lastRate);

    ImportProgress progress;
    progress.records = records;
    progress.rejected = rejected;
    progress.bytesRead = bytesRead;
    progress.totalBytes = m_totalBytes;
    progress.elapsedSeconds = seconds;
    progress.recordsPerSecond = double(records - m_importedAtStart) / seconds;
    const double bytesPerSecond = double(bytesRead) / seconds;
    progress.etaSeconds
        = bytesPerSecond > 0 ? double(m_totalBytes - bytesRead) / bytesPerSecond : -1;

    Metrics &metrics = Metrics::instance();
    metrics.setGauge(QStringLiteral("import.records_per_s"), m_lastRate);
    metrics.setGauge(QStringLiteral("import.eta_s"), progress.etaSeconds);
    metrics.setGauge(QStringLiteral("import.bytes_read"), double(progress.bytesRead));
    metrics.setGauge(QStringLiteral("import.rejected_total"), double(progress.rejected));
    return progress;
}

} // namespace stevedore
