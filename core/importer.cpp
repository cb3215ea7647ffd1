// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "importer.h"

#include "catalog.h"
#include "csvreader.h"
#include "database.h"
#include "dberror.h"
#include "logging.h"
#include "metrics.h"
#include "recordcodec.h"
#include "recordwriter.h"
#include "sha256.h"
#include "sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <thread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace stevedore {

namespace {

// Nice 5 for the calling thread (on Linux each thread has a nice value of its own; Qt's
// QThread::setPriority is ignored under SCHED_OTHER, and SCHED_IDLE would starve the import
// behind any other load). Never raises a priority.
void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    constexpr int backgroundNice = 5;
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && current < backgroundNice)
        setpriority(PRIO_PROCESS, tid, backgroundNice);
#endif
}

using Clock = std::chrono::steady_clock;

// A run of a batch committed in one transaction: rows [from, to), the reader's rejects that
// fall in it, and where the checkpoint stands once it is committed.
struct Slice
{
    size_t from = 0;
    size_t to = 0;
    std::vector<RecordBatch::Reject> rejects;
    qint64 checkpointRecord = 0;
    qint64 checkpointLine = 0;
    qint64 checkpointBytes = 0;
    bool last = false;
};

struct JobState
{
    qint64 jobId = 0;
    qint64 fileId = 0;
    qint64 checkpoint = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    bool resumed = false;
    bool alreadyImported = false;
    QString storedDialect;
};

struct SliceOutcome
{
    qint64 imported = 0;
    qint64 rejected = 0;
    std::vector<ImportReject> rejects;
};

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

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

} // namespace

int Importer::defaultBatchSize()
{
    return 20000;
}

Importer::Importer(Database &database, ImportOptions options)
    : m_database(database)
    , m_options(std::move(options))
{}

QString checkImportable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("no such file");
    if (info.isDir())
        return QStringLiteral("is a directory, not a file");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read: ") + file.errorString();
    const QByteArray sample = file.read(64 * 1024);
    if (sample.isEmpty())
        return QStringLiteral("is empty");
    return binaryContentReason(sample);
}

ImportResult Importer::run()
{
    try {
        return runImpl();
    } catch (const DbError &error) {
        ImportResult result;
        result.outcome = ImportResult::Outcome::Failed;
        result.message = error.message();
        return result;
    } catch (const std::exception &error) {
        ImportResult result;
        result.outcome = ImportResult::Outcome::Failed;
        result.message = QString::fromUtf8(error.what());
        return result;
    }
}

ImportResult Importer::runImpl()
{
    if (m_options.background)
        lowerThreadPriority();
    QElapsedTimer elapsed;
    elapsed.start();
    ImportResult result;
    result.fileName
        = m_options.fileName.isEmpty() ? QFileInfo(m_options.path).fileName() : m_options.fileName;
    auto fail = [&result](const QString &message) {
        result.outcome = ImportResult::Outcome::Failed;
        result.message = message;
        return result;
    };
    if (const QString why = checkImportable(m_options.path); !why.isEmpty())
        return fail(why);

    QFile file(m_options.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot be read: ") + file.errorString());
    const qint64 totalBytes = file.size();
    QByteArray digest;
    QString readError;
    if (!sha256Of(&file, &digest, &readError))
        return fail(QStringLiteral("cannot be read: ") + readError);
    result.sha256 = QString::fromLatin1(digest.toHex());
    file.seek(0);
    Dialect dialect = detectDialect(file.peek(64 * 1024), m_options.overrides);

    auto reader = std::make_unique<CsvReader>(&file, dialect);
    QStringList rawHeader = reader->rawHeader();
    if (rawHeader.isEmpty() && !reader->errorString().isEmpty())
        return fail(QStringLiteral("cannot be read: ") + reader->errorString());
    if (rawHeader.isEmpty())
        return fail(QStringLiteral("has no header line or records"));
    QStringList header = reader->header();

    int batchSize = m_options.batchSize > 0 ? m_options.batchSize : defaultBatchSize();
    if (m_database.pooler() == PoolerMode::Transaction)
        batchSize = std::min(batchSize, 5000); // keep transactions short behind a pooler

    // Find or create the project, the file and the job in one transaction.
    const ImportOptions options = m_options;
    const QString fileName = result.fileName;
    const QString sha = result.sha256;
    const QString dialectJson = dialect.toJson();
    const JobState job
        = m_database
              .write([=](QSqlDatabase &db) {
                  Sql sql(db);
                  SqlTransaction transaction(sql);
                  JobState state;
                  const qint64 projectId = catalog::ensureProject(sql, options.project);
                  const qint64 now = catalog::nowMs();
                  SqlResult existing
                      = sql.exec(QStringLiteral("SELECT id, sha256, status, dialect FROM files "
                                                "WHERE project_id = ? AND name = ?"),
                                 {projectId, fileName});
                  if (!existing.isEmpty()) {
                      state.fileId = existing.value(0, 0).toLongLong();
                      const QString oldSha = existing.value(0, 1).toString();
                      const QString status = existing.value(0, 2).toString();
                      if (oldSha == sha && status == QLatin1String("imported")
                          && !options.replace) {
                          state.alreadyImported = true;
                          return state;
                      }
                      if (oldSha != sha && !options.replace)
                          throw DbError(DbError::Kind::Invalid,
                                        QStringLiteral("a file named '%1' with different content "
                                                       "is already in project '%2'; use --replace "
                                                       "to overwrite it")
                                            .arg(fileName, options.project));
                      if (oldSha == sha && !options.replace) {
                          // An interrupted import of the same content: resume its job.
                          const SqlResult jobs = sql.exec(
                              QStringLiteral("SELECT id, checkpoint_record, records_imported, "
                                             "records_rejected FROM import_jobs WHERE file_id = ? "
                                             "AND status <> 'done' ORDER BY id DESC LIMIT 1"),
                              {state.fileId});
                          if (!jobs.isEmpty()) {
                              state.jobId = jobs.value(0, 0).toLongLong();
                              state.checkpoint = jobs.value(0, 1).toLongLong();
                              state.imported = jobs.value(0, 2).toLongLong();
                              state.rejected = jobs.value(0, 3).toLongLong();
                              state.resumed = true;
                              state.storedDialect = existing.value(0, 3).toString();
                              sql.exec(QStringLiteral("UPDATE import_jobs SET status = 'running', "
                                                      "error = NULL, updated_at = ? WHERE id = ?"),
                                       {now, state.jobId});
                              transaction.commit();
                              return state;
                          }
                      }
                      // Replace (or an orphaned file row with no job): start afresh.
                      catalog::deleteFileContents(sql, state.fileId);
                      sql.exec(QStringLiteral("DELETE FROM metrics_history WHERE job_id IN "
                                              "(SELECT id FROM import_jobs WHERE file_id = ?)"),
                               {state.fileId});
                      sql.exec(QStringLiteral("DELETE FROM import_jobs WHERE file_id = ?"),
                               {state.fileId});
                      sql.exec(QStringLiteral(
                                   "UPDATE files SET header = ?, raw_header = ?, record_count = 0, "
                                   "byte_size = ?, sha256 = ?, dialect = ?, status = 'importing', "
                                   "imported_at = NULL, mapping_version = mapping_version + 1 "
                                   "WHERE id = ?"),
                               {jsonArray(header),
                                jsonArray(rawHeader),
                                totalBytes,
                                sha,
                                dialectJson,
                                state.fileId});
                  } else {
                      sql.exec(
                          QStringLiteral("INSERT INTO files (project_id, name, header, raw_header, "
                                         "byte_size, sha256, dialect, status, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, 'importing', ?)"),
                          {projectId,
                           fileName,
                           jsonArray(header),
                           jsonArray(rawHeader),
                           totalBytes,
                           sha,
                           dialectJson,
                           now});
                      state.fileId = sql.scalar(QStringLiteral("SELECT id FROM files WHERE "
                                                               "project_id = ? AND name = ?"),
                                                {projectId, fileName})
                                         .toLongLong();
                  }
                  state.jobId
                      = sql.scalar(QStringLiteral(
                                       "INSERT INTO import_jobs (project_id, file_id, file_name, "
                                       "source_path, sha256, byte_size, status, options, "
                                       "started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                       "'running', ?, ?, ?) RETURNING id"),
                                   {projectId,
                                    state.fileId,
                                    fileName,
                                    QFileInfo(options.path).absoluteFilePath(),
                                    sha,
                                    totalBytes,
                                    dialectJson,
                                    now,
                                    now})
                            .toLongLong();
                  transaction.commit();
                  return state;
              })
              .result();

    result.jobId = job.jobId;
    result.fileId = job.fileId;
    result.resumed = job.resumed;
    result.dialect = dialect;
    if (job.alreadyImported) {
        result.outcome = ImportResult::Outcome::AlreadyImported;
        result.message = QStringLiteral("already imported with the same content; nothing to do");
        return result;
    }
    if (job.resumed) {
        // Parse exactly as the first run did.
        const std::optional<Dialect> stored = Dialect::fromJson(job.storedDialect);
        if (stored && !(*stored == dialect)) {
            dialect = *stored;
            result.dialect = dialect;
            file.seek(0);
            reader = std::make_unique<CsvReader>(&file, dialect);
            reader->header();
        }
        logger(LogCategory::Import)
            ->info("resuming import of {} after record {}", fileName.toStdString(), job.checkpoint);
        if (onReject) {
            const qint64 jobId = job.jobId;
            const SqlResult earlier
                = m_database
                      .read(
                          [jobId](QSqlDatabase &db) {
                              return Sql(db).exec(
                                  QStringLiteral("SELECT line_no, record_no, reason FROM "
                                                 "import_rejects WHERE job_id = ? "
                                                 "ORDER BY record_no"),
                                  {jobId});
                          },
                          ReadConsistency::Primary)
                      .result();
            for (const QVariantList &row : earlier.rows)
                onReject({row[0].toLongLong(), row[1].toLongLong(), row[2].toString()});
        }
    }

    // The pipeline: parse batch N+1 here while batch N is written on the writer thread.
    const qint64 jobId = job.jobId;
    const qint64 fileId = job.fileId;
    qint64 imported = job.imported;
    qint64 rejected = job.rejected;
    const qint64 importedAtStart = imported;
    Metrics &metrics = Metrics::instance();
    auto lastHistory = std::make_shared<qint64>(0);
    auto hook = beforeCommitHook;
    qint64 batchIndex = 0;

    // Commits one slice in one transaction with the checkpoint; runs on the writer thread.
    const bool background = m_options.background;
    // The process's lookup cache, sampled into the job's history for its hit-ratio chart.
    const Database::Cache *lookups = &m_database.cache();
    auto commitTask = [fileId, jobId, lastHistory, hook, background, lookups](
                          std::shared_ptr<const RecordBatch> batch,
                          Slice slice,
                          qint64 index,
                          double rate) {
        return [=](QSqlDatabase &db) {
            if (background)
                lowerThreadPriority();
            Sql sql(db);
            SqlTransaction transaction(sql);
            SliceOutcome outcome;
            const qint64 checkpoint
                = sql.scalar(sql.engine() == Engine::Postgres
                                 ? QStringLiteral("SELECT checkpoint_record FROM import_jobs "
                                                  "WHERE id = ? FOR UPDATE")
                                 : QStringLiteral("SELECT checkpoint_record FROM import_jobs "
                                                  "WHERE id = ?"),
                             {jobId})
                      .toLongLong();
            if (slice.checkpointRecord > checkpoint || slice.last) {
                writeRecords(sql, fileId, *batch, slice.from, slice.to, checkpoint);
                for (size_t i = slice.from; i < slice.to; ++i)
                    outcome.imported += batch->rows[i].recordNo > checkpoint ? 1 : 0;
                for (const RecordBatch::Reject &reject : slice.rejects) {
                    if (reject.recordNo <= checkpoint)
                        continue;
                    sql.exec(QStringLiteral("INSERT INTO import_rejects (job_id, record_no, "
                                            "line_no, reason, raw) VALUES (?, ?, ?, ?, ?)"),
                             {jobId,
                              reject.recordNo,
                              reject.lineNo,
                              reject.reason,
                              QString::fromUtf8(reject.raw)});
                    outcome.rejects.push_back({reject.lineNo, reject.recordNo, reject.reason});
                    ++outcome.rejected;
                }
                const qint64 now = catalog::nowMs();
                sql.exec(
                    QStringLiteral(
                        "UPDATE import_jobs SET checkpoint_record = ?, checkpoint_line = ?, "
                        "checkpoint_bytes = ?, records_imported = records_imported + ?, "
                        "records_rejected = records_rejected + ?, updated_at = ? WHERE id = ?"),
                    {std::max(checkpoint, slice.checkpointRecord),
                     slice.checkpointLine,
                     slice.checkpointBytes,
                     outcome.imported,
                     outcome.rejected,
                     now,
                     jobId});
                if (now - *lastHistory >= 1000 || slice.last) {
                    *lastHistory = now;
                    sql.exec(
                        QStringLiteral("INSERT INTO metrics_history (job_id, ts, name, value) "
                                       "SELECT id, ?, 'records', records_imported FROM import_jobs "
                                       "WHERE id = ?"),
                        {now, jobId});
                    sql.exec(QStringLiteral("INSERT INTO metrics_history (job_id, ts, name, value) "
                                            "VALUES (?, ?, 'records_per_s', ?)"),
                             {jobId, now, rate});
                    // Hits over lookups so far in this process (%); none yet, no point: a
                    // ratio of nothing is not 0%.
                    const CacheStats cacheStats = lookups->stats();
                    if (cacheStats.hits + cacheStats.misses > 0)
                        sql.exec(QStringLiteral("INSERT INTO metrics_history (job_id, ts, name, "
                                                "value) VALUES (?, ?, 'cache_hit_ratio', ?)"),
                                 {jobId, now, 100.0 * cacheStats.hitRatio()});
                }
                if (slice.last) {
                    sql.exec(QStringLiteral(
                                 "UPDATE files SET record_count = (SELECT records_imported FROM "
                                 "import_jobs WHERE id = ?), status = 'imported', imported_at = ? "
                                 "WHERE id = ?"),
                             {jobId, now, fileId});
                    sql.exec(QStringLiteral("UPDATE import_jobs SET status = 'done', "
                                            "finished_at = ? WHERE id = ?"),
                             {now, jobId});
                }
            }
            if (hook)
                hook(index);
            transaction.commit();
            return outcome;
        };
    };

    struct InFlight
    {
        std::shared_ptr<const RecordBatch> batch;
        Slice slice;
        QFuture<SliceOutcome> future;
        qint64 index = 0;
        double rate = 0;
    };
    std::optional<InFlight> inFlight;
    QString failure;

    auto report = [&](const SliceOutcome &outcome) {
        imported += outcome.imported;
        rejected += outcome.rejected;
        metrics.addCounter(QStringLiteral("import.records"), double(outcome.imported));
        metrics.addCounter(QStringLiteral("import.rejected"), double(outcome.rejected));
        if (onReject)
            for (const ImportReject &reject : outcome.rejects)
                onReject(reject);
    };

    // Commits a slice synchronously, retrying transient faults with backoff and bisecting
    // slices the database refuses. Returns false (with failure set) when the job must stop.
    std::function<bool(const std::shared_ptr<const RecordBatch> &, const Slice &, qint64, double)>
        commitNow;
    commitNow = [&](const std::shared_ptr<const RecordBatch> &batch,
                    const Slice &slice,
                    qint64 index,
                    double rate) -> bool {
        auto delay = std::chrono::milliseconds(200);
        for (int attempt = 1;; ++attempt) {
            try {
                report(m_database.write(commitTask(batch, slice, index, rate)).result());
                return true;
            } catch (const DbError &error) {
                if (error.isRetryable() || error.kind() == DbError::Kind::Timeout) {
                    if (attempt >= 12) {
                        failure = QStringLiteral("gave up after %1 attempts: %2")
                                      .arg(attempt)
                                      .arg(error.message());
                        return false;
                    }
                    logger(LogCategory::Import)
                        ->warn("batch failed ({}); retrying in {} ms",
                               error.message().toStdString(),
                               delay.count());
                    std::this_thread::sleep_for(delay);
                    delay = std::min<std::chrono::milliseconds>(delay * 2, std::chrono::seconds(5));
                    continue;
                }
                if (!isRecordError(error)) {
                    failure = error.message();
                    return false;
                }
                // Bisect until the offending records are isolated.
                const size_t count = slice.to - slice.from;
                if (count <= 1) {
                    Slice single = slice;
                    single.to = single.from; // write no row, record the reject
                    if (count == 1) {
                        const RecordBatch::Row &row = batch->rows[slice.from];
                        RecordBatch::Reject reject;
                        reject.recordNo = row.recordNo;
                        reject.lineNo = row.lineNo;
                        reject.reason
                            = QStringLiteral("refused by the database: ") + error.message();
                        reject.raw = batch->rowJson(row).toByteArray();
                        single.rejects.push_back(reject);
                        std::sort(
                            single.rejects.begin(),
                            single.rejects.end(),
                            [](const auto &a, const auto &b) { return a.recordNo < b.recordNo; });
                    }
                    return commitNow(batch, single, index, rate);
                }
                const size_t mid = slice.from + count / 2;
                const qint64 split = batch->rows[mid].recordNo;
                Slice left = slice;
                Slice right = slice;
                left.to = mid;
                left.last = false;
                left.checkpointRecord = split - 1;
                left.checkpointLine = batch->rows[mid - 1].lineNo;
                right.from = mid;
                left.rejects.clear();
                right.rejects.clear();
                for (const RecordBatch::Reject &reject : slice.rejects)
                    (reject.recordNo < split ? left.rejects : right.rejects).push_back(reject);
                return commitNow(batch, left, index, rate) && commitNow(batch, right, index, rate);
            }
        }
    };

    auto settle = [&]() -> bool {
        if (!inFlight)
            return true;
        InFlight flight = std::move(*inFlight);
        inFlight.reset();
        try {
            report(flight.future.result());
            return true;
        } catch (const DbError &) {
            // Retry or bisect synchronously; the transaction was rolled back.
            return commitNow(flight.batch, flight.slice, flight.index, flight.rate);
        }
    };

    CsvRecord record;
    QElapsedTimer progressTimer;
    progressTimer.start();
    qint64 lastProgressRecords = imported;
    double peakRate = 0;
    double lastRate = 0;
    bool cancelled = false;
    bool more = true;
    auto emitProgress = [&](qint64 parsedImported, bool force) {
        if (!force && progressTimer.elapsed() < 200)
            return;
        const double intervalSeconds = std::max(1e-3, double(progressTimer.restart()) / 1000.0);
        const double seconds = std::max(1e-3, double(elapsed.elapsed()) / 1000.0);
        lastRate = double(parsedImported - lastProgressRecords) / intervalSeconds;
        lastProgressRecords = parsedImported;
        peakRate = std::max(peakRate, lastRate);
        ImportProgress progress;
        progress.records = parsedImported;
        progress.rejected = rejected;
        progress.bytesRead = reader->bytesRead();
        progress.totalBytes = totalBytes;
        progress.elapsedSeconds = seconds;
        progress.recordsPerSecond = double(parsedImported - importedAtStart) / seconds;
        const double bytesPerSecond = double(progress.bytesRead) / seconds;
        progress.etaSeconds
            = bytesPerSecond > 0 ? double(totalBytes - progress.bytesRead) / bytesPerSecond : -1;
        metrics.setGauge(QStringLiteral("import.records_per_s"), lastRate);
        metrics.setGauge(QStringLiteral("import.eta_s"), progress.etaSeconds);
        metrics.setGauge(QStringLiteral("import.bytes_read"), double(progress.bytesRead));
        metrics.setGauge(QStringLiteral("import.rejected_total"), double(progress.rejected));
        if (onProgress)
            onProgress(progress);
    };

    qint64 parsedRows = imported;
    bool reportedCommit = false;
    while (more) {
        if (m_cancel.load()) {
            cancelled = true;
            break;
        }
        auto batch = std::make_shared<RecordBatch>();
        batch->json.reserve(qsizetype(batchSize) * 128);
        batch->rows.reserve(size_t(batchSize));
        while (batch->rows.size() + batch->rejects.size() < size_t(batchSize)) {
            if (!reader->next(record)) {
                more = false;
                break;
            }
            if (record.number <= job.checkpoint)
                continue; // committed before a crash or cancel
            batch->lastRecordNo = record.number;
            batch->lastLineNo = record.lastLine;
            if (!record.error.isEmpty()) {
                batch->rejects.push_back({record.number, record.line, record.error, record.raw});
                continue;
            }
            const qsizetype offset = batch->json.size();
            batch->json.append('[');
            for (int i = 0; i < record.fieldCount(); ++i) {
                if (i > 0)
                    batch->json.append(',');
                recordcodec::appendJsonString(batch->json, record.field(i));
            }
            batch->json.append(']');
            batch->rows.push_back(
                {record.number, record.line, offset, batch->json.size() - offset});
            if ((batch->rows.size() & 1023) == 0)
                emitProgress(parsedRows + qint64(batch->rows.size()), false);
        }
        if (!more && !reader->errorString().isEmpty()) {
            failure = QStringLiteral("read error: ") + reader->errorString();
            break;
        }
        batch->last = !more;
        batch->bytesRead = reader->bytesRead();
        if (batch->lastRecordNo == 0)
            batch->lastRecordNo = job.checkpoint;
        parsedRows += qint64(batch->rows.size());

        Slice slice;
        slice.from = 0;
        slice.to = batch->rows.size();
        slice.rejects = batch->rejects;
        slice.checkpointRecord = batch->lastRecordNo;
        slice.checkpointLine = batch->lastLineNo;
        slice.checkpointBytes = batch->bytesRead;
        slice.last = batch->last;

        if (!settle())
            break;
        // The first committed batch is reported at once rather than at the next interval: a
        // view shows the import moving (and its Cancel doing something) from the start.
        const bool firstCommit = !reportedCommit && imported > importedAtStart;
        reportedCommit = reportedCommit || firstCommit;
        emitProgress(parsedRows, firstCommit);
        InFlight flight;
        flight.batch = batch;
        flight.slice = slice;
        flight.index = batchIndex++;
        flight.rate = lastRate;
        flight.future = m_database.write(commitTask(batch, slice, flight.index, lastRate));
        inFlight = std::move(flight);
    }
    if (failure.isEmpty() && !settle() && failure.isEmpty())
        failure = QStringLiteral("the last batch could not be written");
    if (inFlight) // a failure left one in flight: let it finish before reporting
        inFlight->future.waitForFinished();

    emitProgress(imported, true);
    result.records = imported;
    result.rejected = rejected;
    result.seconds = double(elapsed.elapsed()) / 1000.0;
    result.peakRecordsPerSecond = peakRate;
    if (!failure.isEmpty() || cancelled) {
        const QString status = cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
        const QString message = cancelled
                                    ? QStringLiteral("cancelled after %1 records; run the same "
                                                     "import again to resume")
                                          .arg(imported)
                                    : failure;
        try {
            m_database
                .write([jobId, status, message](QSqlDatabase &db) {
                    Sql(db).exec(QStringLiteral("UPDATE import_jobs SET status = ?, error = ?, "
                                                "updated_at = ? WHERE id = ?"),
                                 {status, message, catalog::nowMs(), jobId});
                })
                .waitForFinished();
        } catch (const DbError &error) {
            logger(LogCategory::Import)
                ->warn("could not record the job's state: {}", error.message().toStdString());
        }
        result.outcome
            = cancelled ? ImportResult::Outcome::Cancelled : ImportResult::Outcome::Failed;
        result.message = message;
        return result;
    }
    result.outcome = ImportResult::Outcome::Imported;
    logger(LogCategory::Import)
        ->info("imported {}: {} records, {} rejected in {:.2f} s",
               fileName.toStdString(),
               imported,
               rejected,
               result.seconds);
    return result;
}

} // namespace stevedore
