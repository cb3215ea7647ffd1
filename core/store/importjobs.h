// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>

#include <optional>

namespace stevedore {

class Sql;

// An import job as a resumed or interrupted one is shown (the Imports view's start-up offer).
struct InterruptedJob
{
    qint64 jobId = 0;
    QString project;
    QString fileName;
    QString sourcePath;
    QString status; // running (the process died), cancelled, failed
    qint64 records = 0;
    qint64 rejected = 0;
    qint64 byteSize = 0;
    qint64 checkpointBytes = 0;
    qint64 startedAt = 0; // ms since epoch
    qint64 updatedAt = 0;
    QString error;
    QString importTemplate; // the template it was started with (ImportOptions::importTemplate)
};

// Where a job stands: everything up to and including `record` (ending on `line`, `bytes` into
// the source) is committed.
struct JobCheckpoint
{
    qint64 record = 0;
    qint64 line = 0;
    qint64 bytes = 0;
};

struct StoredReject
{
    qint64 line = 0;
    qint64 recordNo = 0;
    QString reason;
    int column = 0; // the 1-based cell the reason is about (a sheet's); 0: the whole record
};

// A rejected record as the rejects grid and `stevedore rejects` show it.
struct RejectRow
{
    qint64 recordNo = 0;
    qint64 line = 0;
    QString reason;
    QString raw; // the record's text as read, or its fields as a JSON array (see addReject)
};

// An import job as the job history (the dashboard, `stevedore charts`) lists it.
struct JobRecord
{
    qint64 jobId = 0;
    QString project;
    QString fileName;
    QString status;
    qint64 records = 0;
    qint64 rejected = 0;
    qint64 startedAt = 0;  // ms since epoch
    qint64 finishedAt = 0; // 0 when not finished
};

// A job's history by metric name, each as (ts ms, value) oldest first.
using JobSeries = QMap<QString, QList<QPointF>>;

// The import jobs store: the only code whose SQL names import_jobs, import_rejects and
// metrics_history. Plain functions over a connection, run inside a pool task; those that
// change more than one row expect the caller's transaction unless they say otherwise.
namespace importjobs {

// A new running job for a file (the caller's transaction), its first run starting at `now`
// (ms since epoch); returns its id.
qint64 create(const Sql &sql,
              qint64 projectId,
              qint64 fileId,
              const QString &fileName,
              const QString &sourcePath,
              const QString &sha256,
              qint64 byteSize,
              const QString &dialectJson,
              qint64 now = QDateTime::currentMSecsSinceEpoch());

struct Resumable
{
    qint64 jobId = 0;
    qint64 checkpoint = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
};
// The file's newest unfinished job, marked running again (a new run in its history, starting
// at `now`); nothing when there is none.
std::optional<Resumable>
resume(const Sql &sql, qint64 fileId, qint64 now = QDateTime::currentMSecsSinceEpoch());

// Locks the job's and its file's rows (PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the
// database) and returns the job's checkpoint record. Throws DbError(Conflict) saying why when
// the job no longer owns the file: another process replaced it (--replace) or deleted it or
// its project since the last batch. Whoever deletes or replaces a file locks its row first
// (catalog::lockFile), so either it sees this batch committed or this check sees it.
qint64 lockOwned(const Sql &sql, qint64 fileId, qint64 jobId, const QString &project);

// Stores a rejected record; column is the 1-based cell its reason is about (a sheet's), 0 for
// the whole record, so that a resumed import locates it as the first run did.
void addReject(const Sql &sql,
               qint64 jobId,
               qint64 recordNo,
               qint64 lineNo,
               const QString &reason,
               const QByteArray &raw,
               int column = 0);
// A job's committed counts.
struct JobCounts
{
    qint64 imported = 0;
    qint64 rejected = 0;
};
// Moves the checkpoint forward and adds to the job's counts; returns them after that.
JobCounts advance(const Sql &sql,
                  qint64 jobId,
                  const JobCheckpoint &checkpoint,
                  qint64 imported,
                  qint64 rejected,
                  qint64 now);
// One sample of the job's history: records so far, the rate since the previous sample and,
// when the process made cache lookups, their hit ratio (%).
void recordHistory(
    const Sql &sql, qint64 jobId, qint64 now, double rate, std::optional<double> cacheHitRatio);
// Marks a retry in the job's history (retryMetric): attempt `attempt` failed at `failedAt`.
// Stored once: a transaction that committed although its commit reported a failure may carry
// the same mark again when it is retried.
void recordRetry(const Sql &sql, qint64 jobId, qint64 failedAt, int attempt);
void markDone(const Sql &sql, qint64 jobId, qint64 now);
// status: cancelled or failed; message: why, one line. Its own statement: no transaction.
void markStopped(const Sql &sql, qint64 jobId, const QString &status, const QString &message);
// Forgets what the job committed (its records too), so that its next run starts afresh.
// Its own transaction.
void reset(const Sql &sql, qint64 jobId, qint64 fileId);

// A job's rejects in record order, at most limit of them (limit < 0: all).
QList<StoredReject> rejects(const Sql &sql, qint64 jobId, qint64 limit = -1);
// A job's rejects in record order, at most limit of them (limit < 0: all).
QList<RejectRow> jobRejects(const Sql &sql, qint64 jobId, qint64 limit = -1);
// The rejects of every job of a file, in record order.
QList<RejectRow> fileRejects(const Sql &sql, qint64 fileId);

// The reject of a file at a line (import/rejectfixes.h): its record number, reason and raw
// text, and every job of the file that rejected that number. Nothing when the line holds none.
struct RejectAtLine
{
    qint64 recordNo = 0;
    QString reason;
    QString raw;
    QList<qint64> jobs;
};
std::optional<RejectAtLine> rejectAtLine(const Sql &sql, qint64 fileId, qint64 line);
// Removes a reject whose record was fixed in place: its rows and one from each job's count.
void forgetReject(const Sql &sql, const RejectAtLine &reject);

// The distinct numbers between `above` and `below` (both excluded) that imports into the file
// rejected, ascending, and how many of them hold a record nonetheless.
struct RejectedNumbers
{
    QList<qint64> numbers;
    qint64 stored = 0;
};
RejectedNumbers rejectedNumbers(const Sql &sql, qint64 fileId, qint64 above, qint64 below);

// SQL expression: the records rejected by the finished jobs of the file whose id is
// `fileIdExpr` (a column or a `?`), for use inside other queries.
QString rejectedTotalExpr(const QString &fileIdExpr);
// SQL expression: what the unfinished (running, stopped or failed) job of the file whose id is
// `fileIdExpr` has committed so far, its `records_imported` or `records_rejected` column; 0
// without one. What a file still being imported holds.
QString unfinishedRecordsExpr(const QString &fileIdExpr);
QString unfinishedRejectedExpr(const QString &fileIdExpr);

// Removes every job of a file, or of a project, with its rejects and history.
void deleteFileJobs(const Sql &sql, qint64 fileId);
void deleteProjectJobs(const Sql &sql, qint64 projectId);
void deleteJob(const Sql &sql, qint64 jobId);

// The file a job imports into; nothing when the job does not exist.
std::optional<qint64> fileOf(const Sql &sql, qint64 jobId);
// The source path the file's newest job read; empty when it has no job.
QString lastSourcePath(const Sql &sql, qint64 fileId);
// Jobs that did not finish (crashed, cancelled, failed), oldest first.
QList<InterruptedJob> interrupted(const Sql &sql);

// Finished jobs (status done), newest first.
QList<JobRecord> finishedJobs(const Sql &sql, int limit = 200);
// The most recent job of any status; nothing when there is none.
std::optional<JobRecord> lastJob(const Sql &sql);
std::optional<JobRecord> job(const Sql &sql, qint64 jobId);
// The samples recordHistory() stored for the job, by metric name.
JobSeries history(const Sql &sql, qint64 jobId);

// The metric names recordHistory() stores.
inline const QString recordsMetric = QStringLiteral("records");
inline const QString rateMetric = QStringLiteral("records_per_s");
inline const QString cacheRatioMetric = QStringLiteral("cache_hit_ratio");
// Stored by create() and resume(): when each run of the job started (value: the records
// committed before it). The samples between two of them belong to one run.
inline const QString runStartMetric = QStringLiteral("run_started");
// Stored with the next committed slice after a transient failure was retried (value: the
// attempt that failed): where a chart marks a retry.
inline const QString retryMetric = QStringLiteral("retry");

} // namespace importjobs
} // namespace stevedore
