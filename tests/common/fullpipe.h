// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace stevedore::test {

// A pipe that is full before anyone writes to it. A process given its write end as stderr
// stops at its first write there and cannot go on until it is killed. An import's first write
// to stderr (no --progress, stderr not a terminal, no --log-level) is its first reject line,
// written after the batch holding that record committed: a deterministic point to kill it at,
// chosen by the data, never by a timer.
class FullPipe
{
public:
    FullPipe()
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return;
        m_read = fds[0];
        m_write = fds[1];
        ::fcntl(m_write, F_SETFL, O_NONBLOCK);
        const QByteArray page(4096, 'x');
        while (::write(m_write, page.constData(), size_t(page.size())) > 0) {
        }
        while (::write(m_write, "x", 1) > 0) {
        }
        m_full = errno == EAGAIN;
        ::fcntl(m_write, F_SETFL, 0); // the child must wait on the full pipe, not fail
    }
    ~FullPipe()
    {
        for (const int fd : {m_read, m_write}) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    FullPipe(const FullPipe &) = delete;
    FullPipe &operator=(const FullPipe &) = delete;

    bool full() const { return m_full; }
    int writeEnd() const { return m_write; }

private:
    int m_read = -1;
    int m_write = -1;
    bool m_full = false;
};

// Starts the stevedore binary with `arguments`, its stderr on the pipe (stdout discarded): it
// runs until its first write to stderr. False when it did not start.
inline bool
startBlockingOnStderr(QProcess &process, const FullPipe &pipe, const QStringList &arguments)
{
    const int fd = pipe.writeEnd();
    process.setChildProcessModifier([fd] { ::dup2(fd, STDERR_FILENO); });
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(QStringLiteral(STEVEDORE_BINARY), arguments);
    return process.waitForStarted();
}

} // namespace stevedore::test
