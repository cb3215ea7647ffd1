// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/jobqueue.h"

#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "futurewatch.h"
#include "logging/logging.h"
#include "schema/mappingmemory.h"
#include "store/catalog.h"
#include "store/importjobs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <memory>

namespace stevedore {

using State = ImportJob::State;

QString ImportJob::fileName() const
{
    return options.fileName.isEmpty() ? QFileInfo(options.path).fileName() : options.fileName;
}

int ImportJob::percent() const
{
    if (state == State::Done)
        return 100;
    if (progress.totalBytes <= 0)
        return -1;
    return int(std::clamp(progress.bytesRead * 100 / progress.totalBytes, qint64(0), qint64(100)));
}

bool ImportJob::isActive() const
{
    return state == State::Queued || state == State::Running || state == State::Pausing
           || state == State::Cancelling;
}

bool ImportJob::canResume() const
{
    return state == State::Paused || state == State::Cancelled || state == State::Interrupted
           || state == State::Failed;
}

bool ImportJob::canDiscard() const
{
    return canResume();
}

bool ImportJob::isAlreadyImported() const
{
    return state == State::Done && result.outcome == ImportResult::Outcome::AlreadyImported;
}

QString stateName(ImportJob::State state)
{
    switch (state) {
    case State::Queued:
        return JobQueue::tr("Queued");
    case State::Running:
        return JobQueue::tr("Running");
    case State::Pausing:
        return JobQueue::tr("Pausing…");
    case State::Paused:
        return JobQueue::tr("Paused");
    case State::Cancelling:
        return JobQueue::tr("Cancelling…");
    case State::Cancelled:
        return JobQueue::tr("Cancelled");
    case State::Interrupted:
        return JobQueue::tr("Interrupted");
    case State::Done:
        return JobQueue::tr("Done");
    case State::Failed:
        return JobQueue::tr("Failed");
    }
    return {};
}

QString stateText(const ImportJob &job)
{
    return job.isAlreadyImported() ? JobQueue::tr("Already imported, nothing to do")
                                   : stateName(job.state);
}

namespace {

// The GUI's own words for how a run ended (the importer's are the command line's).
QString stoppedMessage(ImportJob::State state, const ImportResult &result)
{
    const QString records = QLocale().toString(result.records);
    switch (result.outcome) {
    case ImportResult::Outcome::AlreadyImported:
        return JobQueue::tr("This content was imported before: nothing to do.");
    case ImportResult::Outcome::Cancelled:
        if (state == State::Pausing)
            return JobQueue::tr("Paused after %1 records. Resume continues from there.")
                .arg(records);
        return JobQueue::tr("Cancelled after %1 records. Resume continues from there; Discard "
                            "deletes them.")
            .arg(records);
    case ImportResult::Outcome::Imported:
        return {};
    case ImportResult::Outcome::Failed:
        break;
    }
    return result.message;
}

// What became of the mapping of a file just imported (schema/mappingmemory.h), in words.
QString recalledMessage(const mappingmemory::Outcome &outcome)
{
    if (!outcome.proposal)
        return {};
    const QString confidence
        = JobQueue::tr("%1 %").arg(QLocale().toString(qRound(outcome.proposal->confidence * 100)));
    if (outcome.applied)
        return JobQueue::tr("Mapped as %1, whose header matches (confidence %2).")
            .arg(outcome.proposal->sourceFile, confidence);
    return JobQueue::tr("Not mapped automatically: the best match, %1, has a confidence of %2 "
                        "only. The Mapping view can take its mapping.")
        .arg(outcome.proposal->sourceFile, confidence);
}

// What an unfinished job found at start-up says, by the status it was left in.
QString interruptedMessage(const InterruptedJob &row)
{
    const QString records = QLocale().toString(row.records);
    if (row.status == QLatin1String("failed"))
        return JobQueue::tr("Failed after %1 records: %2").arg(records, row.error);
    if (row.status == QLatin1String("cancelled"))
        return JobQueue::tr("Stopped after %1 records in an earlier session. Resume continues "
                            "from there; Discard deletes them.")
            .arg(records);
    return JobQueue::tr("Interrupted after %1 records: Stevedore quit or crashed during the "
                        "import. Resume continues from there; Discard deletes them.")
        .arg(records);
}

} // namespace

JobQueue::JobQueue(QObject *parent)
    : QObject(parent)
    , m_progress([this](int id, const ImportProgress &progress) { onProgress(id, progress); })
{
    m_pool.setMaxThreadCount(m_maxConcurrent);
}

JobQueue::~JobQueue()
{
    for (const Running &running : std::as_const(m_running))
        running.importer->cancel();
    m_pool.waitForDone();
}

JobQueue *JobQueue::instance()
{
    static QPointer<JobQueue> queue;
    if (!queue)
        queue = new JobQueue(QCoreApplication::instance());
    return queue;
}

QList<QFuture<void>> JobQueue::setDatabase(Database *database)
{
    if (database == m_database)
        return {};
    // Their completions arrive later and find no entry: nothing of them reaches the new list.
    QList<QFuture<void>> stopping;
    for (const Running &running : std::as_const(m_running)) {
        running.importer->cancel();
        stopping << QFuture<void>(running.future);
    }
    const QList<int> order = m_order;
    for (const int id : order) {
        m_order.removeOne(id);
        m_jobs.remove(id);
        emit jobRemoved(id);
    }
    m_running.clear();
    m_database = database;
    ++m_databaseToken;
    m_pool.setMaxThreadCount(maxConcurrent());
    if (m_database)
        loadInterrupted(m_databaseToken);
    return stopping;
}

void JobQueue::setMaxConcurrent(int jobs)
{
    m_maxConcurrent = std::max(1, jobs);
    m_pool.setMaxThreadCount(maxConcurrent());
    startNext();
}

int JobQueue::maxConcurrent() const
{
    const int poolSize = m_database ? m_database->options().poolSize : m_maxConcurrent;
    return std::max(1, std::min(m_maxConcurrent, poolSize));
}

int JobQueue::add(ImportJob job)
{
    job.id = m_nextId++;
    const int id = job.id;
    m_jobs.insert(id, std::move(job));
    m_order << id;
    emit jobAdded(id);
    return id;
}

int JobQueue::enqueue(const ImportOptions &options,
                      const std::optional<ImportTemplate> &importTemplate)
{
    ImportJob job;
    job.options = options;
    job.importTemplate = importTemplate;
    if (importTemplate)
        job.options.importTemplate = importTemplate->name;
    job.message = checkImportable(options.path);
    job.state = job.message.isEmpty() ? State::Queued : State::Failed;
    const int id = add(job);
    startNext();
    return id;
}

void JobQueue::startNext()
{
    if (!m_database)
        return;
    for (const int id : std::as_const(m_order)) {
        if (m_running.size() >= maxConcurrent())
            return;
        ImportJob &job = m_jobs[id];
        if (job.state == State::Queued)
            start(job);
    }
}

void JobQueue::start(ImportJob &job)
{
    const int id = job.id;
    ImportOptions options = job.options;
    options.background = true; // the GUI thread gets a core first
    auto importer = std::make_shared<Importer>(*m_database, options);
    if (importerCreatedHook)
        importerCreatedHook(*importer);
    importer->onProgress = [post = m_progress.poster(), id](const ImportProgress &progress) {
        post(id, progress);
    };
    job.state = State::Running;
    job.message.clear();
    job.startedAt = QDateTime::currentDateTime();
    job.finishedAt = {};
    Running running;
    running.importer = importer;
    // A file just imported is mapped as its template says, or else as the earlier file whose
    // header matches it, on the same worker, before the job counts as finished. A job resumed
    // from an earlier session knows its template by name only: it is read again.
    auto recalled = std::make_shared<QString>();
    const std::optional<ImportTemplate> chosen = job.importTemplate;
    const QString templateName = chosen ? QString() : job.options.importTemplate;
    running.future = QtConcurrent::run(
        &m_pool, [importer, database = m_database, recalled, chosen, templateName] {
            ImportResult result = importer->run();
            if (result.outcome != ImportResult::Outcome::Imported || result.fileId == 0)
                return result;
            const qint64 fileId = result.fileId;
            std::optional<ImportTemplate> settings = chosen;
            QString gone;
            if (!templateName.isEmpty()) {
                try {
                    settings = database
                                   ->read(
                                       [templateName](QSqlDatabase &db) {
                                           return importtemplates::find(Sql(db), templateName);
                                       },
                                       ReadConsistency::Primary)
                                   .result();
                } catch (const DbError &error) {
                    gone = JobQueue::tr("The template “%1” could not be read: %2")
                               .arg(templateName, error.message());
                }
                if (!settings && gone.isEmpty())
                    gone = JobQueue::tr("The template “%1” no longer exists.").arg(templateName);
            }
            if (settings && settings->mapping.isEmpty())
                settings.reset();
            if (settings) {
                try {
                    const importtemplates::Applied applied
                        = database
                              ->write([fileId, settings](QSqlDatabase &db) {
                                  return importtemplates::applyMapping(Sql(db), fileId, *settings);
                              })
                              .result();
                    *recalled
                        = JobQueue::tr("Mapped as the template “%1” (version %2) says: %3 of %4 "
                                       "columns.")
                              .arg(settings->name)
                              .arg(settings->version)
                              .arg(applied.columns)
                              .arg(settings->mapping.size());
                    if (!applied.missing.isEmpty())
                        *recalled += QLatin1Char(' ')
                                     + JobQueue::tr("Not in the file: %1.")
                                           .arg(applied.missing.join(QStringLiteral(", ")));
                } catch (const DbError &error) {
                    *recalled = JobQueue::tr("The template's mapping could not be applied: %1")
                                    .arg(error.message());
                }
                return result;
            }
            try {
                *recalled = recalledMessage(database
                                                ->write([fileId](QSqlDatabase &db) {
                                                    return mappingmemory::afterImport(
                                                        Sql(db), fileId, QStringLiteral("auto"));
                                                })
                                                .result());
            } catch (const DbError &error) {
                *recalled = JobQueue::tr("The mapping of an earlier file could not be applied: "
                                         "%1")
                                .arg(error.message());
            }
            if (!gone.isEmpty())
                *recalled = recalled->isEmpty() ? gone : gone + QLatin1Char(' ') + *recalled;
            return result;
        });
    m_running.insert(id, running);
    whenFinished(running.future, this, [this, id, recalled](const QFuture<ImportResult> &future) {
        onFinished(id, future.result(), *recalled);
    });
    emit jobChanged(id);
}

void JobQueue::onProgress(int id, const ImportProgress &progress)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !m_running.contains(id))
        return;
    it->progress = progress;
    if (progress.jobId != 0)
        it->jobId = progress.jobId;
    emit jobChanged(id);
}

void JobQueue::onFinished(int id, const ImportResult &result, const QString &recalled)
{
    m_running.remove(id);
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    ImportJob &job = *it;
    job.result = result;
    if (result.jobId != 0)
        job.jobId = result.jobId;
    job.finishedAt = QDateTime::currentDateTime();
    job.message = stoppedMessage(job.state, result);
    if (!recalled.isEmpty())
        job.message = job.message.isEmpty() ? recalled : job.message + QLatin1Char('\n') + recalled;
    job.progress.records = result.records;
    job.progress.rejected = result.rejected;
    switch (result.outcome) {
    case ImportResult::Outcome::Imported:
    case ImportResult::Outcome::AlreadyImported:
        job.state = State::Done;
        job.progress.bytesRead = job.progress.totalBytes;
        job.progress.etaSeconds = 0;
        break;
    case ImportResult::Outcome::Cancelled:
        job.state = job.state == State::Pausing ? State::Paused : State::Cancelled;
        break;
    case ImportResult::Outcome::Failed:
        job.state = State::Failed;
        break;
    }
    // After a resume the next run must continue, never start over.
    job.options.replace = false;
    emit jobChanged(id);
    emit jobFinished(id);
    startNext();
}

void JobQueue::stop(int id, State stopping, State stopped)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    if (it->state == State::Queued) {
        it->state = stopped;
        it->message = stopped == State::Paused ? tr("Paused before it started.")
                                               : tr("Cancelled before it started.");
        emit jobChanged(id);
        return;
    }
    if (it->state != State::Running)
        return;
    it->state = stopping;
    m_running[id].importer->cancel();
    emit jobChanged(id);
}

void JobQueue::pause(int id)
{
    stop(id, State::Pausing, State::Paused);
}

void JobQueue::cancel(int id)
{
    stop(id, State::Cancelling, State::Cancelled);
}

void JobQueue::resume(int id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->canResume())
        return;
    it->state = State::Queued;
    it->message.clear();
    it->result = {};
    emit jobChanged(id);
    startNext();
}

void JobQueue::remove(int id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->isActive())
        return;
    m_jobs.erase(it);
    m_order.removeOne(id);
    emit jobRemoved(id);
}

void JobQueue::fixesApplied(qint64 fileId, qint64 applied)
{
    if (fileId == 0 || applied <= 0)
        return;
    for (const int id : std::as_const(m_order)) {
        ImportJob &job = m_jobs[id];
        if (job.state != ImportJob::State::Done || job.result.fileId != fileId)
            continue;
        const qint64 fixed = std::min(applied, job.result.rejected);
        if (fixed <= 0)
            continue;
        job.fixed += fixed;
        job.result.records += fixed;
        job.result.rejected -= fixed;
        job.progress.records += fixed;
        job.progress.rejected = std::max<qint64>(0, job.progress.rejected - fixed);
        emit jobChanged(id);
    }
}

void JobQueue::discard(int id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->canDiscard())
        return;
    const qint64 jobId = it->jobId;
    if (jobId == 0 || !m_database) {
        remove(id);
        return;
    }
    QFuture<void> future
        = m_database->write([jobId](QSqlDatabase &db) { catalog::discardImport(Sql(db), jobId); });
    whenFinished(future, this, [this, id](const QFuture<void> &done) {
        const QString failure = failureOf(done);
        if (failure.isEmpty())
            remove(id);
        else
            emit discardFailed(id, failure);
    });
}

void JobQueue::reloadInterrupted()
{
    if (m_database)
        loadInterrupted(m_databaseToken);
}

void JobQueue::loadInterrupted(quint64 token)
{
    QFuture<QList<InterruptedJob>> future
        = m_database->read([](QSqlDatabase &db) { return importjobs::interrupted(Sql(db)); },
                           ReadConsistency::Primary);
    whenFinished(future, this, [this, token](const QFuture<QList<InterruptedJob>> &done) {
        if (token != m_databaseToken)
            return; // another database meanwhile
        const QString failure = failureOf(done);
        if (!failure.isEmpty()) {
            logger(LogCategory::Ui)
                ->warn("cannot list unfinished imports: {}", failure.toStdString());
            emit interruptedLoaded(0);
            return;
        }
        QSet<qint64> known;
        for (const ImportJob &job : std::as_const(m_jobs))
            known.insert(job.jobId);
        int added = 0;
        for (const InterruptedJob &row : done.result()) {
            if (known.contains(row.jobId))
                continue;
            ImportJob job;
            job.jobId = row.jobId;
            job.options.project = row.project;
            job.options.path = row.sourcePath;
            job.options.fileName = row.fileName;
            job.options.importTemplate = row.importTemplate;
            job.state = State::Interrupted;
            job.dbStatus = row.status;
            job.message = interruptedMessage(row);
            job.progress.records = row.records;
            job.progress.rejected = row.rejected;
            job.progress.totalBytes = row.byteSize;
            job.progress.bytesRead = row.checkpointBytes;
            job.startedAt = QDateTime::fromMSecsSinceEpoch(row.startedAt);
            add(job);
            ++added;
        }
        emit interruptedLoaded(added);
    });
}

ImportJob JobQueue::job(int id) const
{
    return m_jobs.value(id);
}

const ImportJob *JobQueue::find(int id) const
{
    const auto it = m_jobs.constFind(id);
    return it == m_jobs.cend() ? nullptr : &*it;
}

bool JobQueue::isIdle() const
{
    for (const ImportJob &job : m_jobs) {
        if (job.isActive())
            return false;
    }
    return true;
}

void JobQueue::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace stevedore
