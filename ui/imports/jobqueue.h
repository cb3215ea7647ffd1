// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "import/importer.h"
#include "import/importtemplate.h"
#include "mailbox.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace stevedore {

class Database;

// One entry of the queue, as the Imports view shows it.
struct ImportJob
{
    enum class State {
        Queued,
        Running,
        Pausing,     // asked to stop at the next batch boundary, then Paused
        Paused,      // stopped at a batch boundary; Resume continues from the checkpoint
        Cancelling,  // asked to stop at the next batch boundary, then Cancelled
        Cancelled,   // stopped (or never started); Resume continues, Discard removes it
        Interrupted, // found unfinished in the jobs store at start-up: a crash or a quit
        Done,
        Failed,
    };

    int id = 0;       // the queue's own key, stable for the entry's lifetime
    qint64 jobId = 0; // the stored job's id, once known (0 for a job that never started)
    ImportOptions options;
    State state = State::Queued;
    ImportProgress progress;
    ImportResult result; // filled when the run ends
    QString message;     // why it failed, was refused, or what an interrupted job said
    QString dbStatus;    // the stored status of an interrupted job
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 fixed = 0; // rejects fixed in place after the run (counted in records, not rejected)
    // The import template the job was queued with: its mapping is given to the file once
    // imported (instead of the mapping memory's). Kept while the queue lives; the job keeps its
    // name (options.importTemplate), so that a job resumed in a later session reads the
    // template again by name (a template deleted meanwhile: the mapping memory's, said so).
    std::optional<ImportTemplate> importTemplate;

    QString fileName() const;
    // 0..100, from bytes read; -1 when unknown.
    int percent() const;
    bool isActive() const; // Queued, Running, Pausing or Cancelling
    bool canPause() const { return state == State::Queued || state == State::Running; }
    bool canCancel() const { return canPause(); }
    bool canResume() const;
    bool canDiscard() const;
    // Done without importing anything: the same content was imported before.
    bool isAlreadyImported() const;
};

QString stateName(ImportJob::State state); // translated, for the table and messages
// What the job's row says in its State column: stateName(), or that there was nothing to do.
QString stateText(const ImportJob &job);

// Runs Importer jobs on its own QThreadPool, at most maxConcurrent() at a time (never more than
// the database's pool size), in the order queued. Lives on the GUI thread; every signal is
// emitted there. Importers report progress from their threads through queued calls, at the
// importer's own rate (≥ 4/s, ≤ 5/s), so a burst of rejects never floods the event loop.
//
// Stopping (pause or cancel) always happens at a batch boundary, leaving the job resumable:
// the importer commits its checkpoint with every batch and a re-run of the same source resumes
// after it. Discard deletes an unfinished job's rows, and its file when the file was not
// completely imported.
class JobQueue : public QObject
{
    Q_OBJECT

public:
    explicit JobQueue(QObject *parent = nullptr);
    // Asks running imports to stop at their next batch boundary and waits for them (they stay
    // resumable, and are listed as interrupted at the next start).
    ~JobQueue() override;

    // The application's queue (created on first use, deleted with the application). The
    // import dialog queues into it; the Imports view and the dashboard show it.
    static JobQueue *instance();

    // Not owned. Asks the previous database's running imports to stop at their next batch
    // boundary (they stay resumable) without waiting for them, forgets every entry, then lists
    // the unfinished jobs of the new one (asynchronously: interruptedLoaded()). Returns the runs
    // still using the previous database: it must outlive them, and whoever waits for them does
    // so off the GUI thread.
    QList<QFuture<void>> setDatabase(Database *database);
    Database *database() const { return m_database; }

    // Bounded by the database's pool size (DatabaseOptions::poolSize); default 2.
    void setMaxConcurrent(int jobs);
    int maxConcurrent() const;

    // Returns the entry's id. options.path must pass checkImportable(); if not, the entry is
    // added as Failed with the reason.
    int enqueue(const ImportOptions &options,
                const std::optional<ImportTemplate> &importTemplate = std::nullopt);
    void pause(int id);
    void cancel(int id);
    void resume(int id);
    // Deletes the job's rows (and its file's, when not fully imported) on the writer thread,
    // then removes the entry; for a job that never started it just removes the entry.
    void discard(int id);
    // Removes a finished (Done/Failed) entry from the list; the database keeps the job.
    void remove(int id);
    void reloadInterrupted();
    // Rejects of fileId put back into the file (rejectfixes::apply): the finished jobs that
    // imported it count them as records rather than rejects, as the database does.
    void fixesApplied(qint64 fileId, qint64 applied);

    QList<int> ids() const { return m_order; }
    bool contains(int id) const { return m_jobs.contains(id); }
    // A copy; an empty ImportJob (id 0) for an unknown id.
    ImportJob job(int id) const;
    // No copy, for models; nullptr for an unknown id. Valid until control returns to the
    // event loop (the queue changes only on the GUI thread, from its own calls and events).
    const ImportJob *find(int id) const;
    int runningCount() const { return int(m_running.size()); }
    bool isIdle() const;
    // Blocks until every running import has returned (for shutdown and tests).
    void waitForDone();

    // Called on the GUI thread with each importer before it runs, so tests can set its
    // beforeCommitHook.
    std::function<void(Importer &)> importerCreatedHook;

signals:
    void jobAdded(int id);
    void jobChanged(int id);
    void jobRemoved(int id);
    void jobFinished(int id); // Done, Failed, Paused or Cancelled after a run
    void interruptedLoaded(int count);
    void discardFailed(int id, const QString &message);

private:
    struct Running
    {
        std::shared_ptr<Importer> importer;
        QFuture<ImportResult> future;
    };

    int add(ImportJob job);
    void startNext();
    void start(ImportJob &job);
    void onProgress(int id, const ImportProgress &progress);
    void onFinished(int id, const ImportResult &result, const QString &recalled);
    void stop(int id, ImportJob::State stopping, ImportJob::State stopped);
    void loadInterrupted(quint64 token);

    Database *m_database = nullptr;
    quint64 m_databaseToken = 0;
    QThreadPool m_pool;
    int m_maxConcurrent = 2;
    int m_nextId = 1;
    QList<int> m_order;
    QHash<int, ImportJob> m_jobs;
    QHash<int, Running> m_running;
    // Importers report progress from worker threads; the newest report per job id lands here.
    Mailbox<int, ImportProgress> m_progress;
};

} // namespace stevedore
