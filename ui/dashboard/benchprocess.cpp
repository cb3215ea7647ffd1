// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "dashboard/benchprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace stevedore {

namespace {

constexpr qsizetype tailLines = 12;
constexpr int cancelledExitCode = 130; // `stevedore bench` after SIGTERM/SIGINT

} // namespace

BenchProcess::BenchProcess(QObject *parent)
    : QObject(parent)
{
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(std::chrono::seconds(10));
    connect(&m_killTimer, &QTimer::timeout, this, [this] { m_process.kill(); });
    m_process.setInputChannelMode(QProcess::ManagedInputChannel);
    connect(&m_process, &QProcess::readyReadStandardError, this, &BenchProcess::readProgress);
    connect(&m_process, &QProcess::finished, this, &BenchProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &BenchProcess::onError);
}

BenchProcess::~BenchProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Signals to this half-destroyed object must not run; the child still gets its chance
    // to remove the scratch project.
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(int(m_killTimer.interval()))) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QStringList BenchProcess::arguments(const BenchRequest &request)
{
    DbUrl url = request.database;
    url.password.clear();
    QStringList arguments{QStringLiteral("--db"), url.toString()};
    for (DbUrl replica : request.replicas) {
        replica.password.clear();
        arguments << QStringLiteral("--replica") << replica.toString();
    }
    arguments << QStringList{QStringLiteral("--log-file"),
                             QDir(request.outDir).filePath(QStringLiteral("bench.log")),
                             QStringLiteral("bench"),
                             QStringLiteral("--progress-json"),
                             QStringLiteral("--out"),
                             request.outDir};
    if (request.quick)
        arguments << QStringLiteral("--quick");
    if (!request.only.isEmpty())
        arguments << QStringLiteral("--only") << request.only.join(QLatin1Char(','));
    return arguments;
}

QProcessEnvironment BenchProcess::environment(const BenchRequest &request, QProcessEnvironment base)
{
    if (request.database.isPostgres() && !request.database.password.isEmpty())
        base.insert(QStringLiteral("PGPASSWORD"), request.database.password);
    return base;
}

void BenchProcess::start(const BenchRequest &request)
{
    if (isRunning())
        return;
    m_outDir = request.outDir;
    m_pending.clear();
    m_tail.clear();
    m_cancelling = false;
    m_ended = false;
    m_total = 0;
    m_process.setProcessEnvironment(environment(request));
    m_process.start(request.program, arguments(request));
    m_process.closeWriteChannel();
    emit progress(0, 0, tr("Starting…"));
}

void BenchProcess::cancel()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    emit progress(0, 0, tr("Cancelling: removing the benchmark's scratch data…"));
    m_process.terminate();
    m_killTimer.start();
}

bool BenchProcess::isRunning() const
{
    return !m_ended;
}

qint64 BenchProcess::processId() const
{
    return m_process.processId();
}

void BenchProcess::setCancelGrace(std::chrono::milliseconds grace)
{
    m_killTimer.setInterval(grace);
}

void BenchProcess::readProgress()
{
    m_pending += m_process.readAllStandardError();
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray text = m_pending.left(end).trimmed();
        m_pending.remove(0, end + 1);
        if (!text.isEmpty())
            handleEvent(text);
    }
}

void BenchProcess::handleEvent(const QByteArray &text)
{
    const QJsonObject event
        = text.startsWith('{') ? QJsonDocument::fromJson(text).object() : QJsonObject();
    const QString kind = event.value(QLatin1String("event")).toString();
    if (kind.isEmpty()) { // a log line or an error message, not progress
        remember(QString::fromUtf8(text));
        emit line(QString::fromUtf8(text));
        return;
    }
    const QString message = event.value(QLatin1String("text")).toString();
    if (!message.isEmpty())
        emit line(message);
    if (kind == QLatin1String("case")) {
        const QString state = event.value(QLatin1String("state")).toString();
        const QString name = event.value(QLatin1String("name")).toString();
        const int index = event.value(QLatin1String("index")).toInt();
        m_total = event.value(QLatin1String("total")).toInt();
        if (state == QLatin1String("failed"))
            remember(message);
        if (m_cancelling)
            return;
        if (state == QLatin1String("running"))
            emit progress(
                index - 1, m_total, tr("Running %1 (%2 of %3)…").arg(name).arg(index).arg(m_total));
        else
            emit progress(
                index, m_total, tr("Finished %1 (%2 of %3)").arg(name).arg(index).arg(m_total));
    } else if (kind == QLatin1String("report") && !m_cancelling) {
        emit progress(m_total, m_total, tr("Writing the report…"));
    }
}

void BenchProcess::remember(const QString &text)
{
    m_tail << text;
    if (m_tail.size() > tailLines)
        m_tail.remove(0, m_tail.size() - tailLines);
}

QString BenchProcess::takeReportPath()
{
    // stdout lists results.json, report.md and report.html, one a line.
    const QStringList lines = QString::fromUtf8(m_process.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &path : lines) {
        if (path.trimmed().endsWith(QLatin1String(".html")))
            return path.trimmed();
    }
    return QDir(m_outDir).filePath(QStringLiteral("report.html"));
}

void BenchProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readProgress();
    if (!m_pending.trimmed().isEmpty())
        handleEvent(std::exchange(m_pending, {}).trimmed());
    m_killTimer.stop();
    m_ended = true;
    if (m_cancelling) {
        emit cancelled();
        return;
    }
    const QString report = takeReportPath();
    if (status == QProcess::NormalExit && exitCode == 0 && QFileInfo::exists(report)) {
        emit progress(m_total, m_total, tr("Done"));
        emit finished(report);
        return;
    }
    QString why = status == QProcess::CrashExit ? tr("The benchmark crashed.")
                  : exitCode == cancelledExitCode
                      ? tr("The benchmark was stopped from outside.")
                      : tr("The benchmark ended with exit code %1.").arg(exitCode);
    if (!m_tail.isEmpty())
        why += QLatin1Char('\n') + m_tail.join(QLatin1Char('\n'));
    emit failed(why);
}

void BenchProcess::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || m_ended)
        return;
    m_ended = true;
    emit failed(tr("Cannot start %1: %2").arg(m_process.program(), m_process.errorString()));
}

} // namespace stevedore
