// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "childprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace stevedore::bench {

namespace {

std::vector<QByteArray> environmentWith(const QMap<QString, QString> &overrides)
{
    std::vector<QByteArray> out;
    for (char **entry = environ; *entry; ++entry) {
        const QByteArray item(*entry);
        const QString key = QString::fromLocal8Bit(item.left(item.indexOf('=')));
        if (!overrides.contains(key))
            out.push_back(item);
    }
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        out.push_back((it.key() + QLatin1Char('=') + it.value()).toLocal8Bit());
    return out;
}

std::vector<char *> pointers(std::vector<QByteArray> &strings)
{
    std::vector<char *> out;
    for (QByteArray &s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

QByteArray takeFile(const QString &path)
{
    QFile file(path);
    const QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    file.remove();
    return data;
}

} // namespace

ChildResult runChild(const QString &program,
                     const QStringList &arguments,
                     const QMap<QString, QString> &environment,
                     const QString &scratchDir)
{
    ChildResult result;
    const QString resolved
        = program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (resolved.isEmpty()) {
        result.error = QStringLiteral("%1 is not installed").arg(program);
        return result;
    }
    const QString tag = QString::number(QRandomGenerator::global()->generate(), 16);
    const QByteArray outPath
        = (scratchDir + QStringLiteral("/child-%1.out").arg(tag)).toLocal8Bit();
    const QByteArray errPath
        = (scratchDir + QStringLiteral("/child-%1.err").arg(tag)).toLocal8Bit();

    std::vector<QByteArray> argStrings{resolved.toLocal8Bit()};
    for (const QString &argument : arguments)
        argStrings.push_back(argument.toLocal8Bit());
    std::vector<char *> argv = pointers(argStrings);
    std::vector<QByteArray> envStrings = environmentWith(environment);
    std::vector<char *> envp = pointers(envStrings);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(
        &actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(
        &actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        result.error = QStringLiteral("cannot start %1: %2")
                           .arg(program, QString::fromLocal8Bit(std::strerror(rc)));
        return result;
    }
    result.started = true;
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.peakRssMiB = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = takeFile(QString::fromLocal8Bit(outPath));
    result.err = takeFile(QString::fromLocal8Bit(errPath));
    return result;
}

QString toolVersion(const QString &program, const QString &scratchDir)
{
    const ChildResult result = runChild(program, {QStringLiteral("--version")}, {}, scratchDir);
    if (!result.ok())
        return {};
    return QString::fromUtf8(result.out).section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace stevedore::bench
