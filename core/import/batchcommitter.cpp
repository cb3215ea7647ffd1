// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/batchcommitter.h"

#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "import/threadpriority.h"
#include "logging/logging.h"
#include "store/catalog.h"

#include <algorithm>
#include <thread>

namespace stevedore {

namespace {

// Errors a single record can cause (bad data, constraint), as opposed to errors of the
// database itself (disk full, permissions), which fail the job instead of bisecting.
bool isRecordError(const DbError &error)
{
    const QString state = error.sqlState();
    if (state.size() == 5)
        return state.startsWith(QLatin1String("22")) || state.startsWith(QLatin1String("23"));
    const int code = state.toInt() & 0xff;
    return code == 19 /*CONSTRAINT*/ || code == 20 /*MISMATCH*/ || code == 18 /*TOOBIG*/;
}

// Everything a slice's transaction needs, copied to the writer thread.
struct CommitContext
{
    BatchCommitter::Job job;
    std::shared_ptr<const RecordBatch> batch;
    Slice slice;
    qint64 index = 0;
    double rate = 0;
    std::shared_ptr<qint64> lastHistory; // when the job's history was last sampled (ms)
    std::function<void(qint64)> hook;
    std::function<qint64()> clock;
    const Database::Cache *lookups = nullptr;
};

// The records and rejects of the slice that lie beyond the job's checkpoint, the checkpoint
// moved past them and, every second and at the end, a sample of the job's history.
SliceOutcome writeSlice(const Sql &sql, const CommitContext &c, qint64 checkpoint)
{
    SliceOutcome outcome;
    writeRecords(sql, c.job.fileId, *c.batch, c.slice.from, c.slice.to, checkpoint);
    for (size_t i = c.slice.from; i < c.slice.to; ++i)
        outcome.imported += c.batch->rows[i].recordNo > checkpoint ? 1 : 0;
    for (const RecordBatch::Reject &reject : c.slice.rejects) {
        if (reject.recordNo <= checkpoint)
            continue;
        importjobs::addReject(
            sql, c.job.jobId, reject.recordNo, reject.lineNo, reject.reason, reject.raw);
        outcome.rejects.push_back({reject.lineNo, reject.recordNo, reject.reason});
        ++outcome.rejected;
    }
    const qint64 now = c.clock();
    JobCheckpoint reached = c.slice.checkpoint;
    reached.record = std::max(checkpoint, reached.record);
    importjobs::advance(sql, c.job.jobId, reached, outcome.imported, outcome.rejected, now);
    if (now - *c.lastHistory >= 1000 || c.slice.last) {
        *c.lastHistory = now;
        // Hits over lookups so far in this process (%); none yet, no point: a ratio of
        // nothing is not 0%.
        const CacheStats stats = c.lookups->stats();
        std::optional<double> hitRatio;
        if (stats.hits + stats.misses > 0)
            hitRatio = 100.0 * stats.hitRatio();
        importjobs::recordHistory(sql, c.job.jobId, now, c.rate, hitRatio);
    }
    if (c.slice.last) {
        catalog::markFileImported(
            sql, c.job.fileId, importjobs::importedCount(sql, c.job.jobId), now);
        importjobs::markDone(sql, c.job.jobId, now);
    }
    return outcome;
}

// One slice in one transaction; runs on the writer thread.
SliceOutcome commitSlice(const Sql &sql, const CommitContext &c)
{
    if (c.job.background)
        lowerThreadPriority();
    SqlTransaction transaction(sql);
    const qint64 checkpoint = importjobs::lockOwned(sql, c.job.fileId, c.job.jobId, c.job.project);
    SliceOutcome outcome;
    // A slice wholly behind the checkpoint was committed before a crash; the last one always
    // runs, to finish the job.
    if (c.slice.checkpoint.record > checkpoint || c.slice.last)
        outcome = writeSlice(sql, c, checkpoint);
    if (c.hook)
        c.hook(c.index);
    transaction.commit();
    return outcome;
}

} // namespace

Slice Slice::wholeBatch(const RecordBatch &batch)
{
    Slice slice;
    slice.to = batch.rows.size();
    slice.rejects = batch.rejects;
    slice.checkpoint = {batch.lastRecordNo, batch.lastLineNo, batch.bytesRead};
    slice.last = batch.last;
    return slice;
}

BatchCommitter::BatchCommitter(Database &database, Job job, const std::atomic<bool> &cancel)
    : clock(catalog::nowMs)
    , m_database(database)
    , m_job(std::move(job))
    , m_cancel(cancel)
    , m_lastHistory(std::make_shared<qint64>(0))
{}

BatchCommitter::~BatchCommitter()
{
    // A failure can leave one in flight: it must end before the batch it writes goes away.
    if (m_inFlight)
        m_inFlight->future.waitForFinished();
}

bool BatchCommitter::submit(std::shared_ptr<const RecordBatch> batch, double rate)
{
    if (!settle())
        return false;
    InFlight flight;
    flight.slice = Slice::wholeBatch(*batch);
    flight.batch = std::move(batch);
    flight.index = m_nextIndex++;
    flight.rate = rate;
    flight.future = send(flight, flight.slice);
    m_inFlight = std::move(flight);
    return true;
}

bool BatchCommitter::settle()
{
    if (!m_inFlight)
        return true;
    InFlight flight = std::move(*m_inFlight);
    m_inFlight.reset();
    try {
        const SliceOutcome outcome = flight.future.result();
        if (onCommitted)
            onCommitted(outcome);
        return true;
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::Cancelled) {
            m_cancelled = true;
            return false;
        }
        // Its transaction was rolled back: retry or bisect it here.
        return commitNow(flight, flight.slice);
    }
}

QFuture<SliceOutcome> BatchCommitter::send(const InFlight &flight, const Slice &slice)
{
    CommitContext context{m_job,
                          flight.batch,
                          slice,
                          flight.index,
                          flight.rate,
                          m_lastHistory,
                          beforeCommitHook,
                          clock,
                          &m_database.cache()};
    return m_database.write(
        [context = std::move(context)](QSqlDatabase &db) { return commitSlice(Sql(db), context); },
        &m_cancel);
}

// Commits a slice and waits for it, retrying transient faults with backoff and bisecting a
// slice the database refuses for its data.
bool BatchCommitter::commitNow(const InFlight &flight, const Slice &slice)
{
    auto delay = std::chrono::milliseconds(200);
    for (int attempt = 1;; ++attempt) {
        try {
            const SliceOutcome outcome = send(flight, slice).result();
            if (onCommitted)
                onCommitted(outcome);
            return true;
        } catch (const DbError &error) {
            if (error.kind() == DbError::Kind::Cancelled) {
                m_cancelled = true; // cancelled while reconnecting: nothing of it was written
                return false;
            }
            if (!error.isRetryable() && error.kind() != DbError::Kind::Timeout) {
                if (!isRecordError(error)) {
                    m_failure = error.message();
                    return false;
                }
                return bisect(flight, slice, error.message());
            }
            if (attempt >= 12) {
                m_failure = QStringLiteral("gave up after %1 attempts: %2")
                                .arg(attempt)
                                .arg(error.message());
                return false;
            }
            logger(LogCategory::Import)
                ->warn("batch failed ({}); retrying in {} ms",
                       error.message().toStdString(),
                       delay.count());
            if (!sleepUnlessCancelled(delay)) {
                m_cancelled = true;
                return false;
            }
            delay = std::min<std::chrono::milliseconds>(delay * 2, std::chrono::seconds(5));
        }
    }
}

// Splits a refused slice in halves until the offending records stand alone; each is then
// rejected with the database's reason. A slice without rows that is still refused is not
// about a record: the job stops rather than splitting it for ever.
bool BatchCommitter::bisect(const InFlight &flight, const Slice &slice, const QString &reason)
{
    const size_t count = slice.to - slice.from;
    if (count == 0) {
        m_failure = reason;
        return false;
    }
    if (count == 1) {
        const RecordBatch::Row &row = flight.batch->rows[slice.from];
        Slice single = slice;
        single.to = single.from; // write no row, record the reject
        single.rejects.push_back({row.recordNo,
                                  row.lineNo,
                                  QStringLiteral("refused by the database: ") + reason,
                                  flight.batch->rowJson(row).toByteArray()});
        std::sort(single.rejects.begin(), single.rejects.end(), [](const auto &a, const auto &b) {
            return a.recordNo < b.recordNo;
        });
        return commitNow(flight, single);
    }
    const size_t mid = slice.from + count / 2;
    const qint64 split = flight.batch->rows[mid].recordNo;
    Slice left = slice;
    Slice right = slice;
    left.to = mid;
    left.last = false;
    left.checkpoint.record = split - 1;
    left.checkpoint.line = flight.batch->rows[mid - 1].lineNo;
    right.from = mid;
    left.rejects.clear();
    right.rejects.clear();
    for (const RecordBatch::Reject &reject : slice.rejects)
        (reject.recordNo < split ? left.rejects : right.rejects).push_back(reject);
    return commitNow(flight, left) && commitNow(flight, right);
}

bool BatchCommitter::sleepUnlessCancelled(std::chrono::milliseconds delay) const
{
    // In short steps, so that a cancel (Ctrl-C, a window closing) is seen within 50 ms.
    const auto end = std::chrono::steady_clock::now() + delay;
    while (!m_cancel.load()) {
        const auto left = end - std::chrono::steady_clock::now();
        if (left <= std::chrono::steady_clock::duration::zero())
            return true;
        std::this_thread::sleep_for(
            std::min<std::chrono::steady_clock::duration>(left, std::chrono::milliseconds(50)));
    }
    return false;
}

} // namespace stevedore
