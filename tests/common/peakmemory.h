// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QList>
#include <QtGlobal>

namespace stevedore::test {

// The growth of this process's peak resident memory since start(), from /proc/self/status:
// for tests that a reader streams a large input in constant memory.
class PeakMemory
{
public:
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed blocks in quarantine (256 MiB by default) and adds shadow
    // memory, so the peak says nothing about the code under test: a test reports the growth
    // but checks its bound only in builds without it. `stevedore bench` reports the peak RSS
    // of each kind's import (formats.*), measured on a release build.
    static constexpr bool boundsHold = false;
#else
    static constexpr bool boundsHold = true;
#endif

    // Resets the peak (writing 5 to clear_refs resets VmHWM) and notes the current resident
    // size. False when /proc does not allow it.
    bool start()
    {
        QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
        if (!clearRefs.open(QIODevice::WriteOnly) || clearRefs.write("5") != 1)
            return false;
        clearRefs.close();
        m_before = statusKiB("VmRSS:");
        return m_before > 0;
    }

    // The peak since start() less the resident size then, in KiB; -1 when unreadable.
    qint64 growthKiB() const
    {
        const qint64 peak = statusKiB("VmHWM:");
        return peak > 0 && m_before > 0 ? peak - m_before : -1;
    }

private:
    static qint64 statusKiB(const char *field)
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith(field))
                return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

    qint64 m_before = -1;
};

} // namespace stevedore::test
