// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/importer.h"

#include "db/database.h"
#include "db/dberror.h"
#include "db/livefiles.h"
#include "db/sql.h"
#include "import/batchcommitter.h"
#include "import/progressmeter.h"
#include "import/sourcefile.h"
#include "import/threadpriority.h"
#include "logging/logging.h"
#include "logging/metrics.h"
#include "source/archivedevice.h"
#include "store/catalog.h"
#include "store/importjobs.h"
#include "store/recordcodec.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace stevedore {

namespace {

QString changedMessage(const QString &what)
{
    return QStringLiteral("the file changed while it was being imported (%1); nothing is marked "
                          "imported: import it again (with --replace if its content is now "
                          "different)")
        .arg(what);
}

// The job an import runs as: new, resumed, or none because the content is imported already.
struct JobState
{
    qint64 jobId = 0;
    qint64 fileId = 0;
    qint64 checkpoint = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 runStartedAt = 0; // ms since epoch
    bool resumed = false;
    bool alreadyImported = false;
    QString storedDialect;
};

struct BeginRequest
{
    QString project;
    QString fileName;
    QString sourcePath;
    bool replace = false;
    catalog::ImportSource source;
    qint64 startedAt = 0; // the run's start, ms since epoch
    QString importTemplate;
};

// What the job keeps of how it was started: the file's reading, and the template it is
// imported with.
QString jobOptions(const BeginRequest &request)
{
    if (request.importTemplate.isEmpty())
        return request.source.dialect;
    QJsonObject json = QJsonDocument::fromJson(request.source.dialect.toUtf8()).object();
    json.insert(QLatin1String("template"), request.importTemplate);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// Finds or creates the project, the file and the job in one transaction: the same content
// imported already is a no-op, an interrupted import of it resumes, other content needs
// replace (which starts the file afresh).
JobState beginJob(const Sql &sql, const BeginRequest &request)
{
    SqlTransaction transaction(sql);
    JobState state;
    state.runStartedAt = request.startedAt;
    const qint64 projectId = catalog::ensureProject(sql, request.project);
    const QString &sha = request.source.sha256;
    const auto existing = catalog::lockImportTarget(sql, projectId, request.fileName);
    if (existing) {
        state.fileId = existing->id;
        if (existing->sha256 == sha && existing->status == QLatin1String("imported")
            && !request.replace) {
            state.alreadyImported = true;
            return state;
        }
        if (existing->sha256 != sha && !request.replace)
            throw DbError(DbError::Kind::Invalid,
                          QStringLiteral("a file named '%1' with different content is already in "
                                         "project '%2'; use --replace to overwrite it")
                              .arg(request.fileName, request.project));
        if (!request.replace) {
            if (const auto job = importjobs::resume(sql, state.fileId, request.startedAt)) {
                state.jobId = job->jobId;
                state.checkpoint = job->checkpoint;
                state.imported = job->imported;
                state.rejected = job->rejected;
                state.resumed = true;
                state.storedDialect = existing->dialect;
                transaction.commit();
                return state;
            }
        }
        // Replace (or an orphaned file row with no job): start afresh.
        catalog::deleteFileContents(sql, state.fileId);
        catalog::restartImportingFile(sql, state.fileId, request.source);
    } else {
        state.fileId
            = catalog::insertImportingFile(sql, projectId, request.fileName, request.source);
    }
    state.jobId = importjobs::create(sql,
                                     projectId,
                                     state.fileId,
                                     request.fileName,
                                     request.sourcePath,
                                     sha,
                                     request.source.byteSize,
                                     jobOptions(request),
                                     request.startedAt);
    transaction.commit();
    return state;
}

// The dialect and the source options, stored together with the file: a resumed import reads it
// as the first run did. readAs, the kind the source was read as (detected when the options say
// auto), tells the file's later readers (rejects fixes, templates) how its text was split:
// SourceOptions::storedFormat().
QString storedReading(const Dialect &dialect, const SourceOptions &options, SourceFormat readAs)
{
    QJsonObject json = QJsonDocument::fromJson(dialect.toJson().toUtf8()).object();
    json.insert(QLatin1String("source"), options.toJson());
    json.insert(QLatin1String("read_as"), formatName(readAs));
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

// The state of one run of an import, passed from step to step.
struct Importer::Run
{
    ImportResult result;
    SourceFile source;
    QByteArray digest;
    Dialect dialect;
    SourceOptions sourceOptions;
    SourceStream stream;
    RecordSource *reader = nullptr;
    CsvRecord record; // reused: its buffers stay allocated
    int batchSize = 0;
    JobState job;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 parsedRows = 0;
    std::unique_ptr<ProgressMeter> meter;
    HistoryTail historyTail; // what a stopped run still owes the job's history
    QString failure;
    bool cancelled = false;
    bool contentDiffers = false;
    bool overBudget = false;
};

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
    // stat() first: opening a FIFO would block and a device would never end.
    if (const QString why = checkRegularFile(path); !why.isEmpty())
        return why;
    if (const QString live = liveDatabaseRefusal(path); !live.isEmpty())
        return live;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read: ") + file.errorString();
    const QByteArray sample = file.read(64 * 1024);
    if (sample.isEmpty())
        return QStringLiteral("is empty");
    if (detectCompression(sample) != Compression::None)
        return {};
    return binaryContentReason(sample);
}

ImportResult Importer::run()
{
    try {
        return runImpl();
    } catch (const DbError &error) {
        ImportResult result;
        if (error.kind() == DbError::Kind::Cancelled) {
            // Only begin() lets this through: cancelled while its connection was reopening.
            result.outcome = ImportResult::Outcome::Cancelled;
            result.message = QStringLiteral("cancelled before the import started");
        } else {
            result.outcome = ImportResult::Outcome::Failed;
            result.message = error.message();
        }
        return result;
    } catch (const std::exception &error) {
        ImportResult result;
        result.outcome = ImportResult::Outcome::Failed;
        result.message = QString::fromUtf8(error.what());
        return result;
    }
}

// check, hash, detect, begin (or resume), import the batches, finish.
ImportResult Importer::runImpl()
{
    if (m_options.background)
        lowerThreadPriority();
    Run run;
    if (!openSource(run) || !begin(run))
        return run.result;
    if (run.job.alreadyImported) {
        run.result.outcome = ImportResult::Outcome::AlreadyImported;
        run.result.message
            = QStringLiteral("already imported with the same content; nothing to do");
        return run.result;
    }
    if (run.job.resumed) {
        prepareResume(run);
        // Over its budget already (a run before this one stopped there): nothing more is read.
        if (!withinBudget(run)) {
            run.meter = std::make_unique<ProgressMeter>(run.imported, run.source.size());
            return finish(run);
        }
    }
    importBatches(run);
    return finish(run);
}

// Checks, hashes and opens the source for parsing with its detected dialect. False (with the
// result set) when it cannot be imported.
bool Importer::openSource(Run &run)
{
    ImportResult &result = run.result;
    result.outcome = ImportResult::Outcome::Failed;
    if (const QString why = checkImportable(m_options.path); !why.isEmpty()) {
        result.message = why;
        return false;
    }
    if (const QString why = run.source.open(m_options.path); !why.isEmpty()) {
        result.message = why;
        return false;
    }
    run.sourceOptions = m_options.sourceOptions();
    QString readError;
    if (!SourceStream::hashContent(
            &run.source.file(), run.sourceOptions, &run.digest, &readError, &m_cancel)) {
        if (m_cancel.load()) {
            result.outcome = ImportResult::Outcome::Cancelled;
            result.message = QStringLiteral("cancelled before the import started");
        } else {
            result.message = readError;
        }
        return false;
    }
    if (const QString why = run.source.changed(); !why.isEmpty()) {
        result.message = changedMessage(why);
        return false;
    }
    result.sha256 = QString::fromLatin1(run.digest.toHex());
    if (const QString why = run.stream.open(&run.source.file(), run.sourceOptions);
        !why.isEmpty()) {
        result.message = why;
        return false;
    }
    // A workbook's sheet and an archive's member are files of their own: "BOOK.xlsx:Sheet1".
    result.fileName = m_options.fileName.isEmpty()
                          ? partFileName(QFileInfo(m_options.path).fileName(), run.stream.part())
                          : m_options.fileName;
    run.sourceOptions.part = run.stream.part();
    run.dialect = run.stream.dialect();
    run.reader = run.stream.records();
    if (const QString why = run.reader->headerError(); !why.isEmpty()) {
        result.message = why;
        return false;
    }
    if (run.reader->rawHeader().isEmpty()) {
        result.empty = run.reader->errorString().isEmpty();
        result.message = result.empty
                             ? QStringLiteral("has no header line or records")
                             : QStringLiteral("cannot be read: ") + run.reader->errorString();
        return false;
    }
    return true;
}

// Finds or creates the job. False (with the result set) when the database refuses.
bool Importer::begin(Run &run)
{
    BeginRequest request;
    request.project = m_options.project;
    request.fileName = run.result.fileName;
    request.sourcePath = QFileInfo(m_options.path).absoluteFilePath();
    request.replace = m_options.replace;
    request.importTemplate = m_options.importTemplate;
    request.source = {run.reader->header(),
                      run.reader->rawHeader(),
                      run.source.size(),
                      run.result.sha256,
                      storedReading(run.dialect, run.sourceOptions, run.stream.format())};
    request.startedAt = now();
    run.job
        = m_database
              .write([request](QSqlDatabase &db) { return beginJob(Sql(db), request); }, &m_cancel)
              .result();
    run.batchSize = m_options.batchSize > 0 ? m_options.batchSize : defaultBatchSize();
    if (m_database.pooler() == PoolerMode::Transaction)
        run.batchSize = std::min(run.batchSize, 5000); // keep transactions short behind a pooler
    run.imported = run.job.imported;
    run.rejected = run.job.rejected;
    run.parsedRows = run.imported;
    run.result.jobId = run.job.jobId;
    run.result.fileId = run.job.fileId;
    run.result.resumed = run.job.resumed;
    run.result.dialect = run.dialect;
    return true;
}

// A resumed job parses exactly as its first run did, and reports the rejects it already has.
void Importer::prepareResume(Run &run)
{
    const std::optional<Dialect> stored = Dialect::fromJson(run.job.storedDialect);
    SourceOptions storedOptions = run.sourceOptions;
    const QJsonObject storedSource = QJsonDocument::fromJson(run.job.storedDialect.toUtf8())
                                         .object()
                                         .value(QLatin1String("source"))
                                         .toObject();
    // Jobs stored before sources had options have none: they are delimited text.
    const bool optionsDiffer
        = storedOptions.applyJson(storedSource)
          && storedReading(run.dialect, storedOptions, run.stream.format())
                 != storedReading(run.dialect, run.sourceOptions, run.stream.format());
    if ((stored && !(*stored == run.dialect)) || optionsDiffer) {
        if (stored)
            storedOptions.overrides = {.delimiter = stored->delimiter,
                                       .quote = stored->quote,
                                       .hasHeader = stored->hasHeader,
                                       .encoding = stored->encoding};
        if (const QString why = run.stream.open(&run.source.file(), storedOptions); !why.isEmpty())
            throw DbError(DbError::Kind::Invalid,
                          QStringLiteral("cannot resume as the first run read it: ") + why);
        run.sourceOptions = storedOptions;
        run.reader = run.stream.records();
        run.dialect = stored ? *stored : run.stream.dialect();
        run.result.dialect = run.dialect;
        run.reader->header();
    }
    logger(LogCategory::Import)
        ->info("resuming import of {} after record {}",
               run.result.fileName.toStdString(),
               run.job.checkpoint);
    if (!onReject)
        return;
    const qint64 jobId = run.job.jobId;
    const QList<StoredReject> earlier
        = m_database
              .read([jobId](QSqlDatabase &db) { return importjobs::rejects(Sql(db), jobId); },
                    ReadConsistency::Primary)
              .result();
    for (const StoredReject &reject : earlier)
        onReject({reject.line,
                  reject.recordNo,
                  reject.reason,
                  run.reader->location(reject.line, reject.column)});
}

// parsed: records parsed so far; the meter reports those committed (run.imported) as done.
void Importer::reportProgress(Run &run, qint64 parsed, bool force)
{
    if (!force && !run.meter->due())
        return;
    ImportProgress progress
        = run.meter->sample(parsed, run.imported, run.rejected, run.stream.progressBytes());
    progress.jobId = run.job.jobId;
    if (onProgress)
        onProgress(progress);
}

// Parses records into the batch up to the batch size, leaving out those committed before a
// crash or cancel. False when the source is exhausted (or unreadable: see the reader's error).
bool Importer::readBatch(Run &run, RecordBatch &batch)
{
    CsvRecord &record = run.record;
    while (batch.rows.size() + batch.rejects.size() < size_t(run.batchSize)) {
        if (!run.reader->next(record))
            return false;
        if (record.number <= run.job.checkpoint)
            continue;
        batch.lastRecordNo = record.number;
        batch.lastLineNo = record.lastLine;
        if (!record.error.isEmpty()) {
            batch.rejects.push_back(
                {record.number, record.line, record.error, record.raw, record.errorColumn});
            continue;
        }
        const qsizetype offset = batch.json.size();
        batch.json.append('[');
        for (int i = 0; i < record.fieldCount(); ++i) {
            if (i > 0)
                batch.json.append(',');
            recordcodec::appendJsonString(batch.json, record.field(i));
        }
        batch.json.append(']');
        batch.rows.push_back({record.number, record.line, offset, batch.json.size() - offset});
        if ((batch.rows.size() & 1023) == 0)
            reportProgress(run, run.parsedRows + qint64(batch.rows.size()), false);
    }
    return true;
}

// Empty while the source is as it was hashed. Called after a batch's bytes were read and
// before it is committed: an unchanged file means they are the hashed bytes. At the end the
// digest of every byte parsed must be the stored one.
QString Importer::sourceChange(Run &run, bool atEnd)
{
    if (QString changed = run.source.changed(); !changed.isEmpty())
        return changed;
    if (atEnd && run.stream.streamsContent() && run.stream.contentDigest() != run.digest) {
        run.contentDiffers = true;
        return QStringLiteral("its content differs from what was hashed before");
    }
    return {};
}

// The pipeline: parse batch N+1 here while batch N is written on the writer thread.
void Importer::importBatches(Run &run)
{
    const qint64 importedAtStart = run.imported;
    run.meter = std::make_unique<ProgressMeter>(importedAtStart, run.source.size());
    BatchCommitter committer(m_database,
                             {run.job.jobId,
                              run.job.fileId,
                              m_options.project,
                              m_options.background,
                              {run.job.runStartedAt, importedAtStart},
                              m_options.rejectBudget},
                             m_cancel);
    committer.beforeCommitHook = beforeCommitHook;
    if (clock)
        committer.clock = clock;
    committer.onCommitted = [this, &run](const SliceOutcome &outcome) {
        run.imported += outcome.imported;
        run.rejected += outcome.rejected;
        run.overBudget = run.overBudget || outcome.overBudget;
        Metrics::instance().addCounter(QStringLiteral("import.records"), double(outcome.imported));
        Metrics::instance().addCounter(QStringLiteral("import.rejected"), double(outcome.rejected));
        if (onReject)
            for (const StoredReject &reject : outcome.rejects)
                onReject({reject.line,
                          reject.recordNo,
                          reject.reason,
                          run.reader->location(reject.line, reject.column)});
    };
    bool more = true;
    bool reportedCommit = false;
    while (more && !run.cancelled) {
        if (m_cancel.load()) {
            run.cancelled = true;
            break;
        }
        auto batch = std::make_shared<RecordBatch>();
        batch->json.reserve(qsizetype(run.batchSize) * 128);
        batch->rows.reserve(size_t(run.batchSize));
        more = readBatch(run, *batch);
        if (!more && !run.reader->errorString().isEmpty()) {
            run.failure = QStringLiteral("read error: ") + run.reader->errorString();
            break;
        }
        if (const QString changed = sourceChange(run, !more); !changed.isEmpty()) {
            run.failure = changedMessage(changed);
            break;
        }
        batch->last = !more;
        batch->bytesRead = run.stream.progressBytes();
        if (batch->lastRecordNo == 0)
            batch->lastRecordNo = run.job.checkpoint;
        run.parsedRows += qint64(batch->rows.size());
        if (!committer.settle() || !withinBudget(run))
            break;
        // The first committed batch is reported at once rather than at the next interval: a
        // view shows the import moving (and its Cancel doing something) from the start.
        const bool firstCommit = !reportedCommit && run.imported > importedAtStart;
        reportedCommit = reportedCommit || firstCommit;
        reportProgress(run, run.parsedRows, firstCommit);
        if (!committer.submit(batch))
            break;
    }
    // The batch in flight passed its checks before it was sent: let it commit whatever stops
    // the import now, and report it.
    if (!committer.settle() && run.failure.isEmpty() && !committer.cancelled())
        run.failure = committer.failure().isEmpty()
                          ? QStringLiteral("the last batch could not be written")
                          : committer.failure();
    if (run.failure.isEmpty())
        run.failure = committer.failure();
    if (run.failure.isEmpty() && run.overBudget)
        withinBudget(run); // the last batch took the job over its budget: it did not finish
    run.cancelled = run.cancelled || committer.cancelled();
    run.historyTail = committer.historyTail();
}

// Records how the job ended and fills the result.
ImportResult Importer::finish(Run &run)
{
    if (run.contentDiffers)
        forgetJob(run);
    reportProgress(run, run.parsedRows, true);
    ImportResult &result = run.result;
    result.records = run.imported;
    result.rejected = run.rejected;
    result.importedThisRun = run.meter->importedThisRun();
    result.seconds = run.meter->sampledSeconds(); // the final sample just taken
    result.recordsPerSecond = run.meter->averageRate();
    result.peakRecordsPerSecond = run.meter->peakRate();
    if (run.failure.isEmpty() && !run.cancelled) {
        result.outcome = ImportResult::Outcome::Imported;
        result.message.clear();
        logger(LogCategory::Import)
            ->info("imported {}: {} records, {} rejected in {:.2f} s",
                   result.fileName.toStdString(),
                   run.imported,
                   run.rejected,
                   result.seconds);
        return result;
    }
    const bool cancelled = run.cancelled;
    result.overBudget = run.overBudget;
    if (!cancelled && m_options.atomic && rollBack(run)) {
        result.outcome = ImportResult::Outcome::Failed;
        result.rolledBack = true;
        result.records = 0;
        result.message = run.failure
                         + QStringLiteral("; the file was removed (--atomic): nothing of it was "
                                          "kept");
        logger(LogCategory::Import)
            ->warn("import of {} failed and was rolled back: {}",
                   result.fileName.toStdString(),
                   run.failure.toStdString());
        return result;
    }
    const QString status = cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
    QString message = cancelled ? QStringLiteral("cancelled after %1 records; run the same "
                                                 "import again to resume")
                                      .arg(run.imported)
                                : run.failure;
    if (run.overBudget && !cancelled)
        message += QStringLiteral("; the %1 records committed before stay (status importing): "
                                  "import again with a larger --max-rejects to go on, or with "
                                  "--replace to start afresh")
                       .arg(run.imported);
    const qint64 jobId = run.job.jobId;
    // A job that starts afresh keeps nothing of this run to chart.
    const HistoryTail tail = run.contentDiffers ? HistoryTail() : run.historyTail;
    try {
        m_database
            .write([this, jobId, status, message, tail](QSqlDatabase &db) {
                const Sql sql(db);
                SqlTransaction transaction(sql);
                tail.store(sql, jobId, m_database);
                importjobs::markStopped(sql, jobId, status, message);
                transaction.commit();
            })
            .waitForFinished();
    } catch (const DbError &error) {
        logger(LogCategory::Import)
            ->warn("could not record the job's state: {}", error.message().toStdString());
    }
    result.outcome = cancelled ? ImportResult::Outcome::Cancelled : ImportResult::Outcome::Failed;
    result.message = message;
    return result;
}

// True while the job's rejects are within ImportOptions::rejectBudget (measured against the
// records committed or rejected so far, earlier runs' included); otherwise sets the failure.
bool Importer::withinBudget(Run &run)
{
    if (!run.overBudget
        && !m_options.rejectBudget.exceeded(run.rejected, run.imported + run.rejected))
        return true;
    run.overBudget = true;
    if (run.failure.isEmpty())
        run.failure = overBudgetMessage(run);
    return false;
}

// How many were rejected, against what budget, what stays, where the first rejects are and
// how to go on: one line.
QString Importer::overBudgetMessage(Run &run)
{
    const RejectBudget &budget = m_options.rejectBudget;
    const qint64 read = run.imported + run.rejected;
    QString message
        = budget.isPercent()
              ? QStringLiteral("stopped: %1 of %2 records read were rejected (%3 %), over the "
                               "budget of %4")
                    .arg(run.rejected)
                    .arg(read)
                    .arg(
                        100.0 * double(run.rejected) / double(std::max<qint64>(read, 1)), 0, 'f', 1)
                    .arg(budget.describe())
              : QStringLiteral("stopped: %1 records rejected, over the budget of %2")
                    .arg(run.rejected)
                    .arg(budget.describe());
    const qint64 jobId = run.job.jobId;
    QStringList first;
    try {
        const QList<StoredReject> rejects
            = m_database
                  .read(
                      [jobId](QSqlDatabase &db) { return importjobs::rejects(Sql(db), jobId, 3); },
                      ReadConsistency::Primary)
                  .result();
        for (const StoredReject &reject : rejects) {
            QString where = run.reader->location(reject.line, reject.column);
            if (!where.isEmpty() && where.front().isDigit())
                where = QStringLiteral("line ") + where;
            first << QStringLiteral("%1 (%2)").arg(where, reject.reason);
        }
    } catch (const DbError &) {
        // The message stays useful without them.
    }
    if (!first.isEmpty())
        message += QStringLiteral("; the first at ") + first.join(QStringLiteral(", "));
    return message;
}

// Removes the file of a failed atomic import with everything of it, in one transaction, if
// its job still owns it (another import may have replaced it meanwhile). False when it could
// not.
bool Importer::rollBack(Run &run)
{
    const qint64 jobId = run.job.jobId;
    const qint64 fileId = run.job.fileId;
    const QString project = m_options.project;
    try {
        m_database
            .write([jobId, fileId, project](QSqlDatabase &db) {
                const Sql sql(db);
                SqlTransaction transaction(sql);
                importjobs::lockOwned(sql, fileId, jobId, project);
                catalog::deleteFile(sql, fileId);
                transaction.commit();
            })
            .waitForFinished();
        run.imported = 0;
        run.rejected = 0;
        return true;
    } catch (const DbError &error) {
        logger(LogCategory::Import)
            ->warn("could not roll the failed import back: {}", error.message().toStdString());
        return false;
    }
}

qint64 Importer::now() const
{
    return clock ? clock() : catalog::nowMs();
}

// Batches committed before the end may hold bytes of new content (a change the file's size and
// time did not show): the job starts afresh next time and keeps nothing of this run.
void Importer::forgetJob(Run &run)
{
    const qint64 jobId = run.job.jobId;
    const qint64 fileId = run.job.fileId;
    try {
        m_database
            .write([jobId, fileId](QSqlDatabase &db) { importjobs::reset(Sql(db), jobId, fileId); })
            .waitForFinished();
        run.imported = 0;
        run.rejected = 0;
    } catch (const DbError &error) {
        logger(LogCategory::Import)
            ->warn("could not reset the job: {}", error.message().toStdString());
    }
}

} // namespace stevedore
