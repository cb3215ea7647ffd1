// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace stevedore::bench {

struct ChildResult
{
    bool started = false;
    int exitCode = -1;     // -1 when it did not exit normally
    double seconds = 0;    // wall time from spawn to exit
    double peakRssMiB = 0; // the child's own maximum resident set (wait4's ru_maxrss)
    QByteArray out;
    QByteArray err;
    QString error; // why it could not be started

    bool ok() const { return started && exitCode == 0; }
};

// Runs program to completion with the environment plus overrides, stdin from /dev/null and
// stdout/stderr captured in files under scratchDir. Reaped with wait4() so that the peak RSS is
// this child's alone (getrusage(RUSAGE_CHILDREN) would mix in every earlier child). Blocks.
ChildResult runChild(const QString &program,
                     const QStringList &arguments,
                     const QMap<QString, QString> &environment,
                     const QString &scratchDir);

// The first line that `program --version` prints, or an empty string when it cannot be run.
QString toolVersion(const QString &program, const QString &scratchDir);

} // namespace stevedore::bench
