// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "store/importjobs.h"

#include "db/dberror.h"
#include "db/sql.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace stevedore::importjobs {

namespace {

QString forUpdate(const Sql &sql)
{
    return sql.engine() == Engine::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

QList<RejectRow> toRejectRows(const SqlResult &result)
{
    QList<RejectRow> rows;
    rows.reserve(result.rows.size());
    for (const QVariantList &r : result.rows)
        rows << RejectRow{r[0].toLongLong(), r[1].toLongLong(), r[2].toString(), r[3].toString()};
    return rows;
}

const QString jobColumns = QStringLiteral(
    "SELECT j.id, p.name, j.file_name, j.status, j.records_imported, j.records_rejected, "
    "j.started_at, j.finished_at FROM import_jobs j JOIN projects p ON p.id = j.project_id ");

QList<JobRecord> toJobs(const SqlResult &result)
{
    QList<JobRecord> jobs;
    for (const QVariantList &r : result.rows)
        jobs << JobRecord{r[0].toLongLong(),
                          r[1].toString(),
                          r[2].toString(),
                          r[3].toString(),
                          r[4].toLongLong(),
                          r[5].toLongLong(),
                          r[6].toLongLong(),
                          r[7].toLongLong()};
    return jobs;
}

std::optional<JobRecord> firstJob(const SqlResult &result)
{
    const QList<JobRecord> jobs = toJobs(result);
    return jobs.isEmpty() ? std::nullopt : std::optional<JobRecord>(jobs.first());
}

// Marks where a run of the job starts in its history, with the records committed before it,
// so that a chart breaks the line over the time the job was not running.
void recordRunStart(const Sql &sql, qint64 jobId, qint64 now, qint64 records)
{
    sql.exec(QStringLiteral("INSERT INTO metrics_history (job_id, ts, name, value) "
                            "VALUES (?, ?, ?, ?)"),
             {jobId, now, runStartMetric, records});
}

} // namespace

qint64 create(const Sql &sql,
              qint64 projectId,
              qint64 fileId,
              const QString &fileName,
              const QString &sourcePath,
              const QString &sha256,
              qint64 byteSize,
              const QString &dialectJson,
              qint64 now)
{
    const qint64 jobId
        = sql.scalar(
                 QStringLiteral("INSERT INTO import_jobs (project_id, file_id, file_name, "
                                "source_path, sha256, byte_size, status, options, started_at, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?, ?) "
                                "RETURNING id"),
                 {projectId, fileId, fileName, sourcePath, sha256, byteSize, dialectJson, now, now})
              .toLongLong();
    recordRunStart(sql, jobId, now, 0);
    return jobId;
}

std::optional<Resumable> resume(const Sql &sql, qint64 fileId, qint64 now)
{
    const SqlResult jobs = sql.exec(
        QStringLiteral("SELECT id, checkpoint_record, records_imported, records_rejected FROM "
                       "import_jobs WHERE file_id = ? AND status <> 'done' ORDER BY id DESC "
                       "LIMIT 1"),
        {fileId});
    if (jobs.isEmpty())
        return std::nullopt;
    Resumable job;
    job.jobId = jobs.value(0, 0).toLongLong();
    job.checkpoint = jobs.value(0, 1).toLongLong();
    job.imported = jobs.value(0, 2).toLongLong();
    job.rejected = jobs.value(0, 3).toLongLong();
    sql.exec(QStringLiteral("UPDATE import_jobs SET status = 'running', error = NULL, "
                            "updated_at = ? WHERE id = ?"),
             {now, job.jobId});
    recordRunStart(sql, job.jobId, now, job.imported);
    return job;
}

qint64 lockOwned(const Sql &sql, qint64 fileId, qint64 jobId, const QString &project)
{
    const SqlResult owned
        = sql.exec(QStringLiteral("SELECT j.checkpoint_record FROM files f JOIN import_jobs j "
                                  "ON j.file_id = f.id WHERE f.id = ? AND j.id = ?")
                       + forUpdate(sql),
                   {fileId, jobId});
    if (!owned.isEmpty())
        return owned.value(0, 0).toLongLong();
    QString why;
    if (!sql.scalar(QStringLiteral("SELECT id FROM files WHERE id = ?"), {fileId}).isNull())
        why = QStringLiteral("another import replaced the file (--replace) during this one; "
                             "its content is kept");
    else if (sql.scalar(QStringLiteral("SELECT id FROM projects WHERE name = ?"), {project})
                 .isNull())
        why = QStringLiteral("the project '%1' was deleted during the import").arg(project);
    else
        why = QStringLiteral("the file was deleted from project '%1' during the import")
                  .arg(project);
    throw DbError(DbError::Kind::Conflict, why);
}

void addReject(const Sql &sql,
               qint64 jobId,
               qint64 recordNo,
               qint64 lineNo,
               const QString &reason,
               const QByteArray &raw,
               int column)
{
    sql.exec(QStringLiteral("INSERT INTO import_rejects (job_id, record_no, line_no, reason, raw, "
                            "column_no) VALUES (?, ?, ?, ?, ?, ?)"),
             {jobId, recordNo, lineNo, reason, QString::fromUtf8(raw), column});
}

JobCounts advance(const Sql &sql,
                  qint64 jobId,
                  const JobCheckpoint &checkpoint,
                  qint64 imported,
                  qint64 rejected,
                  qint64 now)
{
    const SqlResult result = sql.exec(
        QStringLiteral("UPDATE import_jobs SET checkpoint_record = ?, checkpoint_line = ?, "
                       "checkpoint_bytes = ?, records_imported = records_imported + ?, "
                       "records_rejected = records_rejected + ?, updated_at = ? WHERE id = ? "
                       "RETURNING records_imported, records_rejected"),
        {checkpoint.record, checkpoint.line, checkpoint.bytes, imported, rejected, now, jobId});
    if (result.rows.isEmpty())
        return {};
    return {result.rows.first()[0].toLongLong(), result.rows.first()[1].toLongLong()};
}

void recordHistory(
    const Sql &sql, qint64 jobId, qint64 now, double rate, std::optional<double> cacheHitRatio)
{
    sql.exec(QStringLiteral("INSERT INTO metrics_history (job_id, ts, name, value) "
                            "SELECT id, ?, 'records', records_imported FROM import_jobs "
                            "WHERE id = ?"),
             {now, jobId});
    sql.exec(QStringLiteral("INSERT INTO metrics_history (job_id, ts, name, value) "
                            "VALUES (?, ?, 'records_per_s', ?)"),
             {jobId, now, rate});
    if (cacheHitRatio)
        sql.exec(QStringLiteral("INSERT INTO metrics_history (job_id, ts, name, value) "
                                "VALUES (?, ?, 'cache_hit_ratio', ?)"),
                 {jobId, now, *cacheHitRatio});
}

void recordRetry(const Sql &sql, qint64 jobId, qint64 failedAt, int attempt)
{
    const QVariantList mark{jobId, failedAt, retryMetric, attempt};
    if (!sql.exec(QStringLiteral("SELECT 1 FROM metrics_history WHERE job_id = ? AND ts = ? "
                                 "AND name = ? AND value = ?"),
                  mark)
             .isEmpty())
        return;
    sql.exec(QStringLiteral("INSERT INTO metrics_history (job_id, ts, name, value) "
                            "VALUES (?, ?, ?, ?)"),
             mark);
}

void markDone(const Sql &sql, qint64 jobId, qint64 now)
{
    sql.exec(QStringLiteral("UPDATE import_jobs SET status = 'done', finished_at = ? WHERE id = ?"),
             {now, jobId});
}

void markStopped(const Sql &sql, qint64 jobId, const QString &status, const QString &message)
{
    sql.exec(
        QStringLiteral("UPDATE import_jobs SET status = ?, error = ?, updated_at = ? WHERE id = ?"),
        {status, message, QDateTime::currentMSecsSinceEpoch(), jobId});
}

void reset(const Sql &sql, qint64 jobId, qint64 fileId)
{
    SqlTransaction transaction(sql);
    if (sql.engine() == Engine::Postgres)
        sql.exec(QStringLiteral("SELECT id FROM files WHERE id = ? FOR UPDATE"), {fileId});
    recordstore::deleteFileRecords(sql, fileId);
    sql.exec(QStringLiteral("DELETE FROM import_rejects WHERE job_id = ?"), {jobId});
    sql.exec(QStringLiteral("UPDATE import_jobs SET checkpoint_record = 0, checkpoint_line = 0, "
                            "checkpoint_bytes = 0, records_imported = 0, records_rejected = 0 "
                            "WHERE id = ?"),
             {jobId});
    transaction.commit();
}

QList<StoredReject> rejects(const Sql &sql, qint64 jobId, qint64 limit)
{
    const SqlResult rows = sql.exec(
        QStringLiteral("SELECT line_no, record_no, reason, column_no FROM import_rejects WHERE "
                       "job_id = ? ORDER BY record_no LIMIT ?"),
        {jobId, limit < 0 ? std::numeric_limits<qint64>::max() : limit});
    QList<StoredReject> out;
    out.reserve(rows.rows.size());
    for (const QVariantList &row : rows.rows)
        out << StoredReject{
            row[0].toLongLong(), row[1].toLongLong(), row[2].toString(), row[3].toInt()};
    return out;
}

QList<RejectRow> jobRejects(const Sql &sql, qint64 jobId, qint64 limit)
{
    return toRejectRows(
        sql.exec(QStringLiteral("SELECT record_no, line_no, reason, raw FROM import_rejects "
                                "WHERE job_id = ? ORDER BY record_no LIMIT ?"),
                 {jobId, limit < 0 ? std::numeric_limits<qint64>::max() : limit}));
}

QList<RejectRow> fileRejects(const Sql &sql, qint64 fileId)
{
    return toRejectRows(
        sql.exec(QStringLiteral("SELECT r.record_no, r.line_no, r.reason, r.raw FROM "
                                "import_rejects r JOIN import_jobs j ON j.id = r.job_id "
                                "WHERE j.file_id = ? ORDER BY r.record_no"),
                 {fileId}));
}

std::optional<RejectAtLine> rejectAtLine(const Sql &sql, qint64 fileId, qint64 line)
{
    const SqlResult rows
        = sql.exec(QStringLiteral("SELECT r.record_no, r.job_id, r.reason, r.raw FROM "
                                  "import_rejects r JOIN import_jobs j ON j.id = r.job_id "
                                  "WHERE j.file_id = ? AND r.line_no = ? "
                                  "ORDER BY r.record_no, r.job_id"),
                   {fileId, line});
    if (rows.isEmpty())
        return std::nullopt;
    RejectAtLine reject;
    reject.recordNo = rows.value(0, 0).toLongLong();
    reject.reason = rows.value(0, 2).toString();
    reject.raw = rows.value(0, 3).toString();
    for (const QVariantList &row : rows.rows) {
        if (row.value(0).toLongLong() == reject.recordNo)
            reject.jobs << row.value(1).toLongLong();
    }
    return reject;
}

void forgetReject(const Sql &sql, const RejectAtLine &reject)
{
    for (const qint64 job : reject.jobs) {
        sql.exec(QStringLiteral("DELETE FROM import_rejects WHERE job_id = ? AND record_no = ?"),
                 {job, reject.recordNo});
        sql.exec(QStringLiteral("UPDATE import_jobs SET records_rejected = records_rejected - 1 "
                                "WHERE id = ? AND records_rejected > 0"),
                 {job});
    }
}

RejectedNumbers rejectedNumbers(const Sql &sql, qint64 fileId, qint64 above, qint64 below)
{
    const QString rejected = QStringLiteral(
        "SELECT DISTINCT r.record_no FROM import_rejects r JOIN import_jobs j ON j.id = r.job_id "
        "WHERE j.file_id = ? AND r.record_no > ? AND r.record_no < ?");
    RejectedNumbers out;
    const SqlResult numbers
        = sql.exec(rejected + QStringLiteral(" ORDER BY 1"), {fileId, above, below});
    out.numbers.reserve(numbers.rows.size());
    for (const QVariantList &row : numbers.rows)
        out.numbers << row.value(0).toLongLong();
    out.stored = sql.scalar(QStringLiteral("SELECT count(*) FROM (") + rejected
                                + QStringLiteral(") r WHERE ")
                                + recordstore::storedCondition(QStringLiteral("r.record_no")),
                            {fileId, above, below, fileId})
                     .toLongLong();
    return out;
}

QString rejectedTotalExpr(const QString &fileIdExpr)
{
    return QStringLiteral("(SELECT coalesce(sum(j.records_rejected), 0) FROM import_jobs j "
                          "WHERE j.file_id = %1 AND j.status = 'done')")
        .arg(fileIdExpr);
}

static QString unfinishedExpr(const QString &fileIdExpr, const char *column)
{
    return QStringLiteral("(SELECT coalesce(max(j.%2), 0) FROM import_jobs j "
                          "WHERE j.file_id = %1 AND j.status <> 'done')")
        .arg(fileIdExpr, QLatin1String(column));
}

QString unfinishedRecordsExpr(const QString &fileIdExpr)
{
    return unfinishedExpr(fileIdExpr, "records_imported");
}

QString unfinishedRejectedExpr(const QString &fileIdExpr)
{
    return unfinishedExpr(fileIdExpr, "records_rejected");
}

void deleteFileJobs(const Sql &sql, qint64 fileId)
{
    sql.exec(QStringLiteral("DELETE FROM import_rejects WHERE job_id IN "
                            "(SELECT id FROM import_jobs WHERE file_id = ?)"),
             {fileId});
    sql.exec(QStringLiteral("DELETE FROM metrics_history WHERE job_id IN "
                            "(SELECT id FROM import_jobs WHERE file_id = ?)"),
             {fileId});
    sql.exec(QStringLiteral("DELETE FROM import_jobs WHERE file_id = ?"), {fileId});
}

void deleteProjectJobs(const Sql &sql, qint64 projectId)
{
    sql.exec(QStringLiteral("DELETE FROM import_rejects WHERE job_id IN "
                            "(SELECT id FROM import_jobs WHERE project_id = ?)"),
             {projectId});
    sql.exec(QStringLiteral("DELETE FROM metrics_history WHERE job_id IN "
                            "(SELECT id FROM import_jobs WHERE project_id = ?)"),
             {projectId});
    sql.exec(QStringLiteral("DELETE FROM import_jobs WHERE project_id = ?"), {projectId});
}

void deleteJob(const Sql &sql, qint64 jobId)
{
    sql.exec(QStringLiteral("DELETE FROM import_rejects WHERE job_id = ?"), {jobId});
    sql.exec(QStringLiteral("DELETE FROM metrics_history WHERE job_id = ?"), {jobId});
    sql.exec(QStringLiteral("DELETE FROM import_jobs WHERE id = ?"), {jobId});
}

std::optional<qint64> fileOf(const Sql &sql, qint64 jobId)
{
    const QVariant fileId
        = sql.scalar(QStringLiteral("SELECT file_id FROM import_jobs WHERE id = ?"), {jobId});
    if (fileId.isNull())
        return std::nullopt;
    return fileId.toLongLong();
}

QString lastSourcePath(const Sql &sql, qint64 fileId)
{
    return sql
        .scalar(QStringLiteral("SELECT source_path FROM import_jobs WHERE file_id = ? "
                               "ORDER BY id DESC LIMIT 1"),
                {fileId})
        .toString();
}

QList<InterruptedJob> interrupted(const Sql &sql)
{
    const SqlResult result = sql.exec(QStringLiteral(
        "SELECT j.id, p.name, j.file_name, j.source_path, j.status, j.records_imported, "
        "j.records_rejected, j.byte_size, j.checkpoint_bytes, j.started_at, j.updated_at, "
        "j.error, j.options FROM import_jobs j JOIN projects p ON p.id = j.project_id "
        "WHERE j.status IN ('running', 'cancelled', 'failed') ORDER BY j.id"));
    QList<InterruptedJob> rows;
    for (const QVariantList &r : result.rows)
        rows << InterruptedJob{r[0].toLongLong(),
                               r[1].toString(),
                               r[2].toString(),
                               r[3].toString(),
                               r[4].toString(),
                               r[5].toLongLong(),
                               r[6].toLongLong(),
                               r[7].toLongLong(),
                               r[8].toLongLong(),
                               r[9].toLongLong(),
                               r[10].toLongLong(),
                               r[11].toString(),
                               QJsonDocument::fromJson(r[12].toString().toUtf8())
                                   .object()
                                   .value(QLatin1String("template"))
                                   .toString()};
    return rows;
}

QList<JobRecord> finishedJobs(const Sql &sql, int limit)
{
    return toJobs(
        sql.exec(jobColumns + QStringLiteral("WHERE j.status = 'done' ORDER BY j.id DESC LIMIT ?"),
                 {limit}));
}

std::optional<JobRecord> lastJob(const Sql &sql)
{
    return firstJob(sql.exec(jobColumns + QStringLiteral("ORDER BY j.id DESC LIMIT 1")));
}

std::optional<JobRecord> job(const Sql &sql, qint64 jobId)
{
    return firstJob(sql.exec(jobColumns + QStringLiteral("WHERE j.id = ?"), {jobId}));
}

JobSeries history(const Sql &sql, qint64 jobId)
{
    const SqlResult result
        = sql.exec(QStringLiteral("SELECT name, ts, value FROM metrics_history WHERE job_id = ? "
                                  "ORDER BY name, ts"),
                   {jobId});
    JobSeries series;
    for (const QVariantList &r : result.rows)
        series[r[0].toString()] << QPointF(r[1].toDouble(), r[2].toDouble());
    return series;
}

} // namespace stevedore::importjobs
