// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/progressmeter.h"

#include "logging/metrics.h"

#include <algorithm>

namespace stevedore {

ProgressMeter::ProgressMeter(qint64 importedAtStart, qint64 totalBytes, Clock clock)
    : m_clock(std::move(clock))
    , m_importedAtStart(importedAtStart)
    , m_totalBytes(totalBytes)
    , m_intervalParsed(importedAtStart)
    , m_committed(importedAtStart)
{
    m_timer.start();
    m_start = now();
    m_intervalStart = m_start;
    m_sampledAt = m_start;
}

ImportProgress
ProgressMeter::sample(qint64 parsed, qint64 committed, qint64 rejected, qint64 bytesRead)
{
    const qint64 at = now();
    if (at - m_intervalStart >= minimumInterval) {
        m_lastRate = double(std::max<qint64>(0, parsed - m_intervalParsed)) * 1000.0
                     / double(at - m_intervalStart);
        m_peakRate = std::max(m_peakRate, m_lastRate);
        m_intervalStart = at;
        m_intervalParsed = parsed;
    }
    m_committed = committed;
    m_sampledAt = at;
    const double seconds = sampledSeconds();
    m_averageRate = seconds > 0 ? double(importedThisRun()) / seconds : 0;

    ImportProgress progress;
    progress.records = committed;
    progress.rejected = rejected;
    progress.bytesRead = bytesRead;
    progress.totalBytes = m_totalBytes;
    progress.elapsedSeconds = seconds;
    progress.recordsPerSecond = m_averageRate;
    const double bytesPerSecond = seconds > 0 ? double(bytesRead) / seconds : 0;
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
