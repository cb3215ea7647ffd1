// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "db/dburl.h"

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace stevedore {

// One run of the benchmark suite as the GUI asks for it.
struct BenchRequest
{
    QString program; // the stevedore executable
    DbUrl database;  // passed as --db; its password only through the child's environment
    // Passed as --replica each, without passwords: a streaming replica has the primary's
    // roles, so the primary's password (PGPASSWORD) serves them too.
    QList<DbUrl> replicas;
    QString outDir;
    bool quick = true;
    QStringList only; // case names; empty: every case
};

// `stevedore bench --progress-json` in a child process, followed without blocking: its
// progress events become signals. cancel() sends SIGTERM, on which the child stops between
// samples and removes its scratch project; a child still running after the grace time is
// killed. The destructor does the same (it waits at most the grace time). Exactly one of
// finished(), failed() and cancelled() ends every start().
class BenchProcess : public QObject
{
    Q_OBJECT

public:
    explicit BenchProcess(QObject *parent = nullptr);
    ~BenchProcess() override;

    // The child's command line: never holds a password.
    static QStringList arguments(const BenchRequest &request);
    // base plus PGPASSWORD when the URL has a password (libpq reads it there).
    static QProcessEnvironment environment(const BenchRequest &request,
                                           QProcessEnvironment base
                                           = QProcessEnvironment::systemEnvironment());

    void start(const BenchRequest &request);
    void cancel();
    bool isRunning() const;
    qint64 processId() const;
    void setCancelGrace(std::chrono::milliseconds grace);

    // The last lines of the child's stderr that were not progress (errors, failed cases).
    QStringList errorTail() const { return m_tail; }

signals:
    // done of total cases finished; step says what runs now.
    void progress(int done, int total, const QString &step);
    // A line a terminal would have shown (case results, notes, warnings).
    void line(const QString &text);
    void finished(const QString &reportPath);
    // message ends with the last lines of stderr.
    void failed(const QString &message);
    void cancelled();

private:
    void readProgress();
    void handleEvent(const QByteArray &line);
    void remember(const QString &text);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    QString takeReportPath(); // reads the child's stdout

    QProcess m_process;
    QTimer m_killTimer;
    QByteArray m_pending; // stderr after the last complete line
    QStringList m_tail;
    QString m_outDir;
    bool m_cancelling = false;
    bool m_ended = true;
    int m_total = 0;
};

} // namespace stevedore
