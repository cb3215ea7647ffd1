// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

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

// What a committed slice added to its job.
struct SliceOutcome
{
    qint64 imported = 0;
    qint64 rejected = 0;
    std::vector<StoredReject> rejects;
};

// Commits an import's batches on the pool's writer thread, one in flight while the next is
// parsed: each slice in one transaction with the job's checkpoint, after checking that the job
// still owns its file. A transient fault is retried from the last committed batch with backoff
// (200 ms doubling to 5 s, 12 attempts; a cancel ends the wait, and the pool's reconnect
// backoff, within 50 ms without writing anything more); a batch the database
// refuses for its data is bisected until the offending records are isolated and rejected with
// the database's reason. Used from one thread, the importing one.
class BatchCommitter
{
public:
    struct Job
    {
        qint64 jobId = 0;
        qint64 fileId = 0;
        QString project;
        bool background = false; // lower the writer thread's priority (ImportOptions)
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

    // Waits for the batch in flight, then sends this one; rate is the import's current rate,
    // for the job's history. False when the import must stop (see failure(), cancelled()).
    bool submit(std::shared_ptr<const RecordBatch> batch, double rate);
    // Waits for the batch in flight. False when the import must stop.
    bool settle();

    QString failure() const { return m_failure; }
    bool cancelled() const { return m_cancelled; }

private:
    struct InFlight
    {
        std::shared_ptr<const RecordBatch> batch;
        Slice slice;
        QFuture<SliceOutcome> future;
        qint64 index = 0;
        double rate = 0;
    };

    QFuture<SliceOutcome> send(const InFlight &flight, const Slice &slice);
    bool commitNow(const InFlight &flight, const Slice &slice);
    bool bisect(const InFlight &flight, const Slice &slice, const QString &reason);
    bool sleepUnlessCancelled(std::chrono::milliseconds delay) const;

    Database &m_database;
    Job m_job;
    const std::atomic<bool> &m_cancel;
    std::shared_ptr<qint64> m_lastHistory;
    std::optional<InFlight> m_inFlight;
    qint64 m_nextIndex = 0;
    QString m_failure;
    bool m_cancelled = false;
};

} // namespace stevedore
