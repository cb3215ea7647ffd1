// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "import/rejectbudget.h"
#include "store/importjobs.h"
#include "store/recordwriter.h"

#include <QFuture>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace stevedore {

class Database;
class DbError;
class Sql;

// A run of a batch committed in one transaction: rows [from, to), the reader's rejects that
// fall in it, and where the checkpoint stands once it is committed.
struct Slice
{
    size_t from = 0;
    size_t to = 0;
    std::vector<RecordBatch::Reject> rejects;
    JobCheckpoint checkpoint;
    bool last = false;

    static Slice wholeBatch(const RecordBatch &batch);
};

// A point of a job's history: when, and the job's records committed by then.
struct HistoryPoint
{
    qint64 at = 0; // ms since epoch
    qint64 records = 0;
};

// What a committed slice added to its job.
struct SliceOutcome
{
    qint64 imported = 0;
    qint64 rejected = 0;
    std::vector<StoredReject> rejects;
    // When the slice committed and the job's records then; nothing for a slice wholly behind
    // the checkpoint, which wrote nothing.
    std::optional<HistoryPoint> reached;
    bool sampled = false; // `reached` was stored as a sample of the job's history
    // The last slice, committed with the job over its reject budget: its records and rejects
    // are in, but the file is not marked imported nor the job done.
    bool overBudget = false;
};

// Where the history of a run stands, as far as committed slices moved it.
struct RunHistory
{
    qint64 startedAt = 0;
    HistoryPoint sampled; // the run's last sample; its start before the first
    HistoryPoint reached; // the last committed slice; the run's start before the first
    int samples = 0;
};

// A failed attempt at a slice that the committer retried (importjobs::retryMetric).
struct RetryMark
{
    qint64 at = 0; // when it failed, ms since epoch
    int attempt = 0;
};

// What the history of a run that stopped short of its end still lacks once its last slice
// committed: a sample of that slice when it has none (so that the job's chart ends where its
// data ends), and the retries that no committed slice stored (the run stopped while
// retrying). Empty after a run that finished.
struct HistoryTail
{
    std::optional<HistoryPoint> from; // the run's last sample (or start), when `to` is set
    std::optional<HistoryPoint> to;
    std::vector<RetryMark> retries;

    // Stores it in the caller's transaction; nothing for a job that no longer exists.
    void store(const Sql &sql, qint64 jobId, const Database &database) const;
};

// Commits an import's batches on the pool's writer thread, one in flight while the next is
// parsed: each slice in one transaction with the job's checkpoint, after checking that the job
// still owns its file. A transient fault is retried from the last committed batch with backoff
// (200 ms doubling to 5 s, 12 attempts; a cancel ends the wait, and the pool's reconnect
// backoff, within 50 ms without writing anything more), and each failed attempt is marked in
// the job's history with the next slice that commits; a batch the database
// refuses for its data is bisected until the offending records are isolated and rejected with
// the database's reason. Slices are sampled into the job's history by the rule in
// batchcommitter.cpp (historySampleDue), from state that only committed slices move. Used
// from one thread, the importing one.
class BatchCommitter
{
public:
    struct Job
    {
        qint64 jobId = 0;
        qint64 fileId = 0;
        QString project;
        bool background = false; // lower the writer thread's priority (ImportOptions)
        // This run's start (its run_started row) and the job's records then.
        HistoryPoint runStart;
        // Checked in the last slice's transaction: a job over it does not finish.
        RejectBudget rejectBudget;
    };

    BatchCommitter(Database &database, Job job, const std::atomic<bool> &cancel);
    ~BatchCommitter();

    // Called on the importing thread for every slice committed.
    std::function<void(const SliceOutcome &)> onCommitted;
    // Called on the writer thread inside each slice's transaction, before it commits (tests
    // inject faults by throwing DbError).
    std::function<void(qint64 batchIndex)> beforeCommitHook;
    // The time the job's checkpoints and history are stamped with, in ms since epoch; called
    // on the writer thread and on the importing one, never on both at once (tests set their
    // own).
    std::function<qint64()> clock;

    // Waits for the batch in flight, then sends this one. False when the import must stop
    // (see failure(), cancelled()).
    bool submit(std::shared_ptr<const RecordBatch> batch);
    // Waits for the batch in flight. False when the import must stop.
    bool settle();

    QString failure() const { return m_failure; }
    bool cancelled() const { return m_cancelled; }
    // What the run's history lacks once settle() or submit() returned false, to store with
    // the job's stopped status; empty once the last slice committed.
    HistoryTail historyTail() const;

private:
    struct InFlight
    {
        std::shared_ptr<const RecordBatch> batch;
        Slice slice;
        QFuture<SliceOutcome> future;
        qint64 index = 0;
    };

    QFuture<SliceOutcome> send(const InFlight &flight, const Slice &slice);
    void committed(const SliceOutcome &outcome);
    bool commitNow(const InFlight &flight, const Slice &slice, int attempt = 1);
    bool recover(const InFlight &flight, const Slice &slice, const DbError &error, int attempt);
    bool bisect(const InFlight &flight, const Slice &slice, const QString &reason);
    bool sleepUnlessCancelled(std::chrono::milliseconds delay) const;

    Database &m_database;
    Job m_job;
    const std::atomic<bool> &m_cancel;
    RunHistory m_history;
    std::vector<RetryMark> m_retries; // failed attempts no committed slice has stored yet
    std::optional<InFlight> m_inFlight;
    qint64 m_nextIndex = 0;
    QString m_failure;
    bool m_cancelled = false;
};

} // namespace stevedore
