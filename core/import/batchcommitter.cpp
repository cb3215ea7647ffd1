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

// The job's history is sampled by this rule (README, "Charts and benchmarks"). A slice
// committed at `now`, its job then holding `records`, is sampled when
// - the run has fewer than everySliceSamples samples: a job of fewer slices gets one sample
//   per slice, and any run of that many slices at least that many samples however fast it
//   goes; or
// - min(longestInterval, the run's time so far / 100) has passed since the previous sample:
//   every slice while slices are slow compared with the run, more rarely as the run grows
//   longer, and never less than once a second while slices commit;
// - and, for the last slice, always, unless the previous sample of the run holds its records
//   already (the empty batch that ends a file adds nothing worth a point).
// Never twice in one millisecond: a rate needs time, and a chart times that increase (the last
// slice is stamped a millisecond after the previous sample instead; see writeSlice).
constexpr int everySliceSamples = 50;
constexpr qint64 longestInterval = 1000; // ms

bool historySampleDue(const RunHistory &history, qint64 now, qint64 records, bool last)
{
    if (last)
        return history.samples == 0 || records != history.sampled.records;
    const qint64 since = now - history.sampled.at;
    if (since < 1)
        return false;
    return history.samples < everySliceSamples
           || since >= std::min(longestInterval, (now - history.startedAt) / 100);
}

// One sample of the job's history at `to`: its records and the rate since `from` (the run's
// previous sample, or its start), with the lookup cache's hit ratio so far in this process
// (none yet, no point: a ratio of nothing is not 0%).
void storeSample(const Sql &sql,
                 qint64 jobId,
                 const HistoryPoint &from,
                 const HistoryPoint &to,
                 const Database::Cache &lookups)
{
    const double rate = double(to.records - from.records) * 1000.0 / double(to.at - from.at);
    const CacheStats stats = lookups.stats();
    std::optional<double> hitRatio;
    if (stats.hits + stats.misses > 0)
        hitRatio = 100.0 * stats.hitRatio();
    importjobs::recordHistory(sql, jobId, to.at, rate, hitRatio);
}

// Everything a slice's transaction needs, copied to the writer thread.
struct CommitContext
{
    BatchCommitter::Job job;
    std::shared_ptr<const RecordBatch> batch;
    Slice slice;
    qint64 index = 0;
    RunHistory history;
    std::vector<RetryMark> retries; // to store with this slice
    std::function<void(qint64)> hook;
    std::function<qint64()> clock;
    const Database::Cache *lookups = nullptr;
};

// The records and rejects of the slice that lie beyond the job's checkpoint, the checkpoint
// moved past them and, when historySampleDue(), a sample of the job's history.
SliceOutcome writeSlice(const Sql &sql, const CommitContext &c, qint64 checkpoint)
{
    SliceOutcome outcome;
    writeRecords(sql, c.job.fileId, *c.batch, c.slice.from, c.slice.to, checkpoint);
    for (size_t i = c.slice.from; i < c.slice.to; ++i)
        outcome.imported += c.batch->rows[i].recordNo > checkpoint ? 1 : 0;
    for (const RecordBatch::Reject &reject : c.slice.rejects) {
        if (reject.recordNo <= checkpoint)
            continue;
        importjobs::addReject(sql,
                              c.job.jobId,
                              reject.recordNo,
                              reject.lineNo,
                              reject.reason,
                              reject.raw,
                              reject.column);
        outcome.rejects.push_back({reject.lineNo, reject.recordNo, reject.reason, reject.column});
        ++outcome.rejected;
    }
    // The job ends after its last sample, even within the same millisecond.
    const qint64 now = c.slice.last ? std::max(c.clock(), c.history.sampled.at + 1) : c.clock();
    JobCheckpoint reached = c.slice.checkpoint;
    reached.record = std::max(checkpoint, reached.record);
    const importjobs::JobCounts counts
        = importjobs::advance(sql, c.job.jobId, reached, outcome.imported, outcome.rejected, now);
    const qint64 records = counts.imported;
    outcome.reached = HistoryPoint{now, records};
    if (historySampleDue(c.history, now, records, c.slice.last)) {
        storeSample(sql, c.job.jobId, c.history.sampled, *outcome.reached, *c.lookups);
        outcome.sampled = true;
    }
    outcome.overBudget
        = c.slice.last
          && c.job.rejectBudget.exceeded(counts.rejected, counts.imported + counts.rejected);
    if (c.slice.last && !outcome.overBudget) {
        catalog::markFileImported(sql, c.job.fileId, records, now);
        importjobs::markDone(sql, c.job.jobId, now);
    }
    return outcome;
}

// One slice in one transaction, with the retries that led to it; runs on the writer thread.
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
    for (const RetryMark &retry : c.retries)
        importjobs::recordRetry(sql, c.job.jobId, retry.at, retry.attempt);
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

void HistoryTail::store(const Sql &sql, qint64 jobId, const Database &database) const
{
    if (!importjobs::fileOf(sql, jobId))
        return;
    if (from && to)
        storeSample(sql, jobId, *from, *to, database.cache());
    for (const RetryMark &retry : retries)
        importjobs::recordRetry(sql, jobId, retry.at, retry.attempt);
}

BatchCommitter::BatchCommitter(Database &database, Job job, const std::atomic<bool> &cancel)
    : clock(catalog::nowMs)
    , m_database(database)
    , m_job(std::move(job))
    , m_cancel(cancel)
    , m_history{m_job.runStart.at, m_job.runStart, m_job.runStart, 0}
{}

BatchCommitter::~BatchCommitter()
{
    // A failure can leave one in flight: it must end before the batch it writes goes away.
    if (m_inFlight)
        m_inFlight->future.waitForFinished();
}

bool BatchCommitter::submit(std::shared_ptr<const RecordBatch> batch)
{
    if (!settle())
        return false;
    InFlight flight;
    flight.slice = Slice::wholeBatch(*batch);
    flight.batch = std::move(batch);
    flight.index = m_nextIndex++;
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
        committed(flight.future.result());
        return true;
    } catch (const DbError &error) {
        // Its transaction was rolled back: retry or bisect it here.
        return recover(flight, flight.slice, error, 1);
    }
}

HistoryTail BatchCommitter::historyTail() const
{
    HistoryTail tail;
    if (m_history.reached.records != m_history.sampled.records) {
        tail.from = m_history.sampled;
        tail.to = m_history.reached;
        tail.to->at = std::max(tail.to->at, tail.from->at + 1);
    }
    tail.retries = m_retries;
    return tail;
}

QFuture<SliceOutcome> BatchCommitter::send(const InFlight &flight, const Slice &slice)
{
    CommitContext context{m_job,
                          flight.batch,
                          slice,
                          flight.index,
                          m_history,
                          m_retries,
                          beforeCommitHook,
                          clock,
                          &m_database.cache()};
    return m_database.write(
        [context = std::move(context)](QSqlDatabase &db) { return commitSlice(Sql(db), context); },
        &m_cancel);
}

// A slice's transaction committed: only now does the run's history move (a rolled-back one
// stored nothing), and the retries it carried are stored.
void BatchCommitter::committed(const SliceOutcome &outcome)
{
    m_retries.clear();
    if (outcome.reached) {
        m_history.reached = *outcome.reached;
        if (outcome.sampled) {
            m_history.sampled = *outcome.reached;
            ++m_history.samples;
        }
    }
    if (onCommitted)
        onCommitted(outcome);
}

// Commits a slice and waits for it; `attempt` counts the tries at it.
bool BatchCommitter::commitNow(const InFlight &flight, const Slice &slice, int attempt)
{
    try {
        committed(send(flight, slice).result());
        return true;
    } catch (const DbError &error) {
        return recover(flight, slice, error, attempt);
    }
}

// After attempt `attempt` at the slice failed (and rolled back): retries a transient fault
// with backoff, marking the failed attempt for the job's history, bisects a slice the database
// refuses for its data, and stops on anything else or a cancel.
bool BatchCommitter::recover(const InFlight &flight,
                             const Slice &slice,
                             const DbError &error,
                             int attempt)
{
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
        m_failure
            = QStringLiteral("gave up after %1 attempts: %2").arg(attempt).arg(error.message());
        return false;
    }
    m_retries.push_back({clock(), attempt});
    const auto delay = std::min<std::chrono::milliseconds>(
        std::chrono::milliseconds(200) * (1 << (attempt - 1)), std::chrono::seconds(5));
    logger(LogCategory::Import)
        ->warn(
            "batch failed ({}); retrying in {} ms", error.message().toStdString(), delay.count());
    if (!sleepUnlessCancelled(delay)) {
        m_cancelled = true;
        return false;
    }
    return commitNow(flight, slice, attempt + 1);
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
                                  flight.batch->rowJson(row).toByteArray(),
                                  0});
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
