// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/importsview.h"

#include "accessibility.h"
#include "confirmation.h"
#include "fixreport.h"

#include "db/database.h"
#include "db/dberror.h"
#include "db/osuser.h"
#include "db/sql.h"
#include "emptystate.h"
#include "filedialogs.h"
#include "futurewatch.h"
#include "import/rejectfixes.h"
#include "import/rejectscsv.h"
#include "imports/importdialog.h"
#include "imports/jobqueue.h"
#include "imports/jobsmodel.h"
#include "imports/progressdelegate.h"
#include "imports/rejectsmodel.h"
#include "store/catalog.h"
#include "tablecolumns.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <limits>

namespace stevedore {

namespace {

// A job's rejects as shown, and how fixes are read for its file when it can take them.
struct LoadedRejects
{
    QList<RejectRow> rows;
    std::optional<rejectfixes::FileReading> reading;
};

QString writeRejects(Database *database, qint64 jobId, const QString &path)
{
    const QList<RejectRow> rows
        = database
              ->read([jobId](QSqlDatabase &db) { return importjobs::jobRejects(Sql(db), jobId); },
                     ReadConsistency::Primary)
              .result();
    QSaveFile file(path);
    const QByteArray bytes = rejectsCsv(rows);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ImportsView::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

ImportsView::ImportsView(JobQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue ? queue : JobQueue::instance())
{
    createJobsTable();

    auto button = [this](const QString &text, const QString &tip, void (ImportsView::*slot)()) {
        auto *b = new QPushButton(text);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    QPushButton *importFiles
        = button(tr("Import Files…"), tr("Choose files to import."), &ImportsView::askImportFiles);
    m_pause = button(tr("Pause"),
                     tr("Stop at the next batch boundary; Resume continues."),
                     &ImportsView::pauseSelected);
    m_cancel = button(tr("Cancel"),
                      tr("Stop at the next batch boundary; the job can still be resumed or "
                         "discarded."),
                      &ImportsView::askCancelSelected);
    m_resume = button(
        tr("Resume"), tr("Continue after the last committed batch."), &ImportsView::resumeSelected);
    m_discard = button(tr("Discard"),
                       tr("Delete the unfinished job and the records it imported."),
                       &ImportsView::askDiscardSelected);
    m_remove = button(tr("Remove from List"),
                      tr("Hide the finished job; the database keeps it."),
                      &ImportsView::removeSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(importFiles);
    buttons->addStretch();
    for (QPushButton *b : {m_pause, m_cancel, m_resume, m_discard, m_remove})
        buttons->addWidget(b);

    m_summary = new QLabel;
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_rejects = new RejectsModel(this);
    m_rejectsTable = new QTableView;
    setAccessibleText(m_rejectsTable,
                      tr("Rejected records"),
                      tr("The records of the selected job that were not imported, and why"));
    m_rejectsTable->setModel(m_rejects);
    m_rejectsTable->setWordWrap(false);
    m_rejectsTable->verticalHeader()->hide();
    // Reasons are long ("column 7: expected a date, got ..."): wide, and elided in the middle
    // so that both the column and the value stay visible; the tooltip has the whole text.
    m_rejectsTable->setTextElideMode(Qt::ElideMiddle);
    auto *rejectColumns = new TableColumns(m_rejectsTable, QStringLiteral("tables/importRejects"));
    rejectColumns->setMaxWidth(RejectsModel::Reason, TableColumns::reasonMaxWidth);
    rejectColumns->setMinWidth(RejectsModel::Reason, 200); // before a job is chosen, too
    // The Fix column says "Ready to apply" or why not: as wide as that, once a fix is typed.
    rejectColumns->setMaxWidth(RejectsModel::Fix, TableColumns::reasonMaxWidth);
    connect(m_rejects, &RejectsModel::fixesChanged, rejectColumns, &TableColumns::fit);
    m_rejectsTitle = new QLabel;
    // It wraps rather than widen the window.
    m_rejectsTitle->setWordWrap(true);
    m_rejectsReload = new QTimer(this);
    m_rejectsReload->setSingleShot(true);
    m_rejectsReload->setInterval(1000);
    connect(m_rejectsReload, &QTimer::timeout, this, &ImportsView::loadRejects);
    m_exportRejects = button(tr("Export Rejects…"),
                             tr("Save every rejected record as CSV (line, reason, raw)."),
                             &ImportsView::askExportRejects);
    m_applyFixesFile = button(tr("Apply Fixes from CSV…"),
                              tr("Put the records of an edited rejects CSV (line, reason, raw) "
                                 "back into the file at their lines, exactly once."),
                              &ImportsView::askApplyFixesFile);
    m_applyFixes = button(tr("Apply Fixes"),
                          tr("Put the fixed records back into the file at their lines, in one "
                             "transaction. Until then, Undo takes a fix back."),
                          &ImportsView::applyFixes);
    m_applyFixes->setObjectName(QStringLiteral("applyFixes"));
    connect(m_rejects, &RejectsModel::fixesChanged, this, &ImportsView::updateButtons);
    // Double-click or F2 on a raw record fixes it; the Fix column checks it at once.
    m_rejectsTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                    | QAbstractItemView::EditKeyPressed);
    auto *rejectButtons = new QHBoxLayout;
    rejectButtons->addWidget(m_rejectsTitle, 1);
    rejectButtons->addWidget(m_exportRejects);
    rejectButtons->addWidget(m_applyFixesFile);
    rejectButtons->addWidget(m_applyFixes);

    auto *details = new QGroupBox(tr("Selected Job"));
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addLayout(rejectButtons);
    detailsLayout->addWidget(m_rejectsTable, 1);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_table);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connectQueue();
    updateButtons();
    updateSummary();
}

void ImportsView::createJobsTable()
{
    m_model = new JobsModel(this);
    m_model->setQueue(m_queue);
    m_table = new QTableView;
    setAccessibleText(m_table, tr("Import jobs"), tr("The queued, running and finished imports"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(JobsModel::Progress,
                                      new ProgressDelegate(JobsModel::PercentRole, m_table));
    m_table->verticalHeader()->hide();
    auto *columns = new TableColumns(m_table, QStringLiteral("tables/importJobs"));
    columns->setMinWidth(JobsModel::File, 160);     // also while the queue is empty
    columns->setMinWidth(JobsModel::Progress, 140); // room for the bar
    auto *empty = new EmptyState(m_table);
    empty->setText(tr("No imports yet. Drop files on the window, or choose Import Files…"));
}

void ImportsView::connectQueue()
{
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        updateSummary();
    });
    connect(m_queue, &JobQueue::jobChanged, this, [this](int id) {
        if (id == selectedJob()) {
            updateButtons();
            updateSummary();
        }
    });
    connect(m_queue, &JobQueue::jobRemoved, this, [this] {
        updateButtons();
        updateSummary();
    });
    connect(m_queue, &JobQueue::jobFinished, this, &ImportsView::announceFinished);
    connect(m_queue, &JobQueue::discardFailed, this, [this](int, const QString &message) {
        emit statusMessage(tr("Could not discard the job: %1").arg(message));
    });
}

int ImportsView::selectedJob() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->jobId(current.row()) : 0;
}

void ImportsView::selectJob(int id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void ImportsView::pauseSelected()
{
    m_queue->pause(selectedJob());
}

void ImportsView::askCancelSelected()
{
    const ImportJob job = m_queue->job(selectedJob());
    if (!job.canCancel())
        return;
    const int id = job.id;
    ask({QMessageBox::Question,
         tr("Cancel Import"),
         tr("Cancel the import of “%1”?").arg(job.fileName()),
         tr("It stops after the batch being written. The %1 records imported so far stay in the "
            "project “%2” until you discard them; Resume continues from there.")
             .arg(QLocale().toString(job.progress.records), job.options.project),
         tr("Cancel Import")},
        [this, id] {
            m_offerDiscard = id;
            m_queue->cancel(id);
        });
}

void ImportsView::cancelSelected()
{
    m_queue->cancel(selectedJob());
}

void ImportsView::resumeSelected()
{
    m_queue->resume(selectedJob());
}

void ImportsView::askDiscardSelected()
{
    const ImportJob job = m_queue->job(selectedJob());
    if (!job.canDiscard())
        return;
    const int id = job.id;
    ask({QMessageBox::Question,
         tr("Discard Import"),
         tr("Discard the import of “%1”?").arg(job.fileName()),
         job.progress.records > 0
             ? tr("The %1 records it imported are deleted from the project “%2”. This cannot be "
                  "undone.")
                   .arg(QLocale().toString(job.progress.records), job.options.project)
             : tr("Nothing of it was imported; it is removed from the list."),
         tr("Discard")},
        [this, id] { m_queue->discard(id); });
}

void ImportsView::discardSelected()
{
    m_queue->discard(selectedJob());
}

// The queue goes on while the question is asked; the answer applies to the job it was asked
// about. A new question replaces one still open.
void ImportsView::ask(const Confirmation &question, std::function<void()> onConfirm)
{
    if (m_question)
        m_question->reject();
    m_question = askToConfirm(this, question, std::move(onConfirm));
}

// The status bar says how each run ended, in the GUI's words; a job cancelled from here
// offers Discard next.
void ImportsView::announceFinished(int id)
{
    const ImportJob job = m_queue->job(id);
    if (job.id == 0)
        return;
    const QString outcome
        = job.message.isEmpty()
              ? tr("imported %1 records").arg(QLocale().toString(job.progress.records))
              : job.message;
    emit statusMessage(tr("%1: %2").arg(job.fileName(), outcome));
    // Its rejects were read while it ran: read again, now that they can be fixed.
    if (id == selectedJob() && job.jobId != 0 && job.jobId == m_rejectsJobId) {
        m_rejectsReload->stop();
        loadRejects();
    }
    if (id == m_offerDiscard) {
        m_offerDiscard = 0;
        if (id == selectedJob() && job.canDiscard())
            m_discard->setFocus(Qt::OtherFocusReason);
    }
}

void ImportsView::removeSelected()
{
    m_queue->remove(selectedJob());
}

void ImportsView::updateButtons()
{
    const ImportJob job = m_queue->job(selectedJob());
    const bool any = job.id != 0;
    m_pause->setEnabled(any && job.canPause());
    m_cancel->setEnabled(any && job.canCancel());
    m_resume->setEnabled(any && job.canResume());
    m_discard->setEnabled(any && job.canDiscard());
    m_remove->setEnabled(
        any && (job.state == ImportJob::State::Done || job.state == ImportJob::State::Failed));
    // Rejects so far can be exported while the job runs or is paused; fixing them waits for
    // the end.
    const bool finished = any && job.state == ImportJob::State::Done && job.jobId != 0;
    m_exportRejects->setEnabled(any && job.jobId != 0 && job.progress.rejected > 0);
    m_applyFixesFile->setEnabled(finished && job.result.fileId != 0 && job.progress.rejected > 0
                                 && !m_applying);
    const int ready = m_rejects->job() == job.jobId ? m_rejects->readyCount() : 0;
    m_applyFixes->setEnabled(finished && m_rejects->isEditable() && ready > 0 && !m_applying);
    m_applyFixes->setText(ready > 0 ? tr("Apply %n Fix(es)", nullptr, ready) : tr("Apply Fixes"));
}

void ImportsView::updateSummary()
{
    const ImportJob job = m_queue->job(selectedJob());
    if (job.id == 0) {
        m_summary->setText(tr("Select a job to see its summary."));
        m_rejects->setRejects(0, {});
        m_rejectsJobId = 0;
        m_rejectsReload->stop();
        m_rejectsTitle->clear();
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 → project %2: %3").arg(job.options.path, job.options.project, stateText(job));
    if (job.isAlreadyImported()) {
        // Nothing ran: no counts, times or rates of a run.
    } else if (job.state == ImportJob::State::Done) {
        const ImportResult &r = job.result;
        lines << tr("Records: %1   Rejected: %2   Time: %3 s")
                     .arg(locale.toString(r.records),
                          locale.toString(r.rejected),
                          locale.toString(r.seconds, 'f', 2));
        // The time and rates are this run's: say how many records it added.
        if (r.resumed)
            lines << tr("This run: %1 records").arg(locale.toString(r.importedThisRun));
        if (job.fixed > 0)
            lines << tr("%n rejected record(s) fixed in place since the run (counted above)",
                        nullptr,
                        int(std::min<qint64>(job.fixed, std::numeric_limits<int>::max())));
        lines << tr("Average: %1 records/s   Peak: %2 records/s%3")
                     .arg(locale.toString(qint64(r.recordsPerSecond)),
                          locale.toString(qint64(r.peakRecordsPerSecond)),
                          r.resumed ? tr("   (resumed)") : QString());
        lines << tr("SHA-256: %1").arg(r.sha256);
    } else {
        lines << tr("Records so far: %1   Rejected so far: %2")
                     .arg(locale.toString(job.progress.records),
                          locale.toString(job.progress.rejected));
    }
    if (!job.message.isEmpty())
        lines << job.message;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    rejectsMayHaveGrown(job);
}

// The rejects shown are the selected job's, as far as it has committed them: loaded when a
// job is selected, and again (at most once a second) while it rejects more.
void ImportsView::rejectsMayHaveGrown(const ImportJob &job)
{
    if (job.jobId == 0 || job.isAlreadyImported()) {
        m_rejectsReload->stop();
        if (m_rejectsJobId != 0) {
            m_rejectsJobId = 0;
            m_rejects->setRejects(0, {});
            m_rejectsTitle->clear();
        }
        return;
    }
    if (job.jobId != m_rejectsJobId) {
        m_rejectsReload->stop();
        loadRejects();
    } else if (job.progress.rejected != m_rejectsCount && !m_rejectsReload->isActive()) {
        if (job.isActive())
            m_rejectsReload->start();
        else
            loadRejects();
    }
}

void ImportsView::loadRejects()
{
    const ImportJob job = m_queue->job(selectedJob());
    Database *database = m_queue->database();
    if (job.jobId != m_rejectsJobId)
        m_rejects->setRejects(0, {});
    m_rejectsJobId = job.jobId;
    m_rejectsCount = job.progress.rejected;
    if (m_rejectsJobId == 0)
        return;
    if (!database || job.progress.rejected == 0) {
        m_rejects->setRejects(0, {});
        m_rejectsTitle->setText(tr("No rejected records."));
        emit rejectsLoaded(job.id);
        return;
    }
    // A reload keeps the rows shown until the new ones arrive.
    if (m_rejects->rowCount() == 0)
        m_rejectsTitle->setText(tr("Loading rejected records…"));
    const quint64 token = ++m_rejectsToken;
    const qint64 jobId = job.jobId;
    const int id = job.id;
    // Fixes are typed over the rejects of a finished job whose file is imported.
    const qint64 fileId = job.state == ImportJob::State::Done ? job.result.fileId : 0;
    auto future = database->read(
        [jobId, fileId](QSqlDatabase &db) {
            const Sql sql(db);
            LoadedRejects loaded;
            loaded.rows = importjobs::jobRejects(sql, jobId, shownRejects);
            if (fileId != 0) {
                if (const std::optional<catalog::FileOrigin> file
                    = catalog::fileOrigin(sql, fileId);
                    file && file->status == QLatin1String("imported"))
                    loaded.reading = rejectfixes::readingOf(*file);
            }
            return loaded;
        },
        ReadConsistency::Primary);
    whenFinished(future, this, [this, token, id, jobId](const QFuture<LoadedRejects> &done) {
        if (token != m_rejectsToken)
            return;
        const QString failure = failureOf(done);
        if (!failure.isEmpty()) {
            m_rejectsTitle->setText(tr("Cannot read the rejected records: %1").arg(failure));
            return;
        }
        const LoadedRejects loaded = done.result();
        m_rejects->setReading(loaded.reading);
        m_rejects->setRejects(jobId, loaded.rows);
        const ImportJob job = m_queue->job(id);
        const QLocale locale;
        const QString shown = locale.toString(m_rejects->rowCount());
        if (m_rejects->rowCount() == 0)
            m_rejectsTitle->setText(tr("No rejected records."));
        else if (job.isActive())
            m_rejectsTitle->setText(tr("Rejected records so far (%1):").arg(shown));
        else if (job.progress.rejected > m_rejects->rowCount()
                 && m_rejects->rowCount() == shownRejects)
            m_rejectsTitle->setText(tr("Rejected records (first %1 of %2):")
                                        .arg(shown, locale.toString(job.progress.rejected)));
        else
            m_rejectsTitle->setText(tr("Rejected records (%1):").arg(shown));
        updateButtons();
        emit rejectsLoaded(id);
    });
}

void ImportsView::askExportRejects()
{
    const ImportJob job = m_queue->job(selectedJob());
    const QString path
        = filedialogs::getSaveFileName(this,
                                       tr("Export Rejected Records"),
                                       QFileInfo(job.options.path)
                                           .dir()
                                           .filePath(QFileInfo(job.fileName()).completeBaseName()
                                                     + QStringLiteral(".rejects.csv")),
                                       tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportRejectsTo(path);
}

void ImportsView::exportRejectsTo(const QString &path)
{
    const ImportJob job = m_queue->job(selectedJob());
    Database *database = m_queue->database();
    if (!database || job.jobId == 0) {
        emit rejectsExported(false, tr("The selected job has not started yet."));
        return;
    }
    const qint64 jobId = job.jobId;
    QFuture<QString> future = QtConcurrent::run([database, jobId, path] {
        try {
            return writeRejects(database, jobId, path);
        } catch (const DbError &error) {
            return error.message();
        }
    });
    whenFinished(future, this, [this, path](const QFuture<QString> &done) {
        const QString error = done.result();
        const QString message
            = error.isEmpty() ? tr("Rejected records saved to %1").arg(path) : error;
        emit statusMessage(message);
        emit rejectsExported(error.isEmpty(), message);
    });
}

void ImportsView::askApplyFixesFile()
{
    const ImportJob job = m_queue->job(selectedJob());
    const QString path = filedialogs::getOpenFileName(this,
                                                      tr("Apply Fixes from CSV"),
                                                      QFileInfo(job.options.path).path(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        applyFixesFile(path);
}

void ImportsView::applyFixesFile(const QString &editedCsv)
{
    const qint64 fileId = m_queue->job(selectedJob()).result.fileId;
    const rejectfixes::Author author{currentOsUser()};
    runFixes(fileId, QFileInfo(editedCsv).fileName(), [fileId, editedCsv, author](const Sql &sql) {
        return rejectfixes::apply(sql, fileId, editedCsv, author);
    });
}

void ImportsView::applyFixes()
{
    const ImportJob job = m_queue->job(selectedJob());
    if (job.jobId != m_rejects->job() || !m_rejects->isEditable())
        return;
    const QList<rejectfixes::Fix> fixes = m_rejects->fixes(true);
    if (fixes.isEmpty())
        return;
    const qint64 fileId = job.result.fileId;
    const rejectfixes::Author author{currentOsUser()};
    runFixes(fileId, QString(), [fileId, fixes, author](const Sql &sql) {
        return rejectfixes::apply(sql, fileId, fixes, author);
    });
}

// Applies fixes in one write transaction off the GUI thread; then the rejects are read again
// (applied ones are gone), Undo forgets the applied edits, and the window refreshes what
// shows the file. csvName: the fixes CSV's name for the problems' locations, empty for the grid.
void ImportsView::runFixes(qint64 fileId,
                           const QString &csvName,
                           std::function<rejectfixes::Outcome(const Sql &)> apply)
{
    Database *database = m_queue->database();
    if (!database || fileId == 0 || m_applying) {
        emit statusMessage(tr("No finished job is selected."));
        return;
    }
    m_applying = true;
    m_rejectsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    updateButtons();
    emit statusMessage(tr("Applying fixes…"));
    auto future = database->write([apply = std::move(apply)](QSqlDatabase &db) {
        const Sql sql(db);
        SqlTransaction transaction(sql);
        rejectfixes::Outcome outcome = apply(sql);
        transaction.commit();
        return outcome;
    });
    whenFinished(future, this, [this, fileId, csvName](const QFuture<rejectfixes::Outcome> &done) {
        m_applying = false;
        m_rejectsTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                        | QAbstractItemView::EditKeyPressed);
        if (const QString failure = failureOf(done); !failure.isEmpty()) {
            emit statusMessage(tr("Could not apply the fixes: %1").arg(failure));
            updateButtons();
            emit fixesFinished(false);
            return;
        }
        const rejectfixes::Outcome outcome = done.result();
        if (outcome.applied > 0)
            m_rejects->undoStack()->clear(); // applied: no longer undoable
        const QString message = FixReport::summary(
            tr("Put %n fixed record(s) back into the file", nullptr, int(outcome.applied)),
            outcome.alreadyApplied,
            outcome.problems.size());
        emit statusMessage(message);
        if (!outcome.problems.isEmpty()) {
            QStringList lines;
            for (const rejectfixes::Problem &problem : outcome.problems)
                lines << (csvName.isEmpty()
                              ? problem.message
                              : tr("%1:%2: %3").arg(csvName).arg(problem.at).arg(problem.message));
            FixReport::showProblems(
                this, message, tr("They stay rejected; correct them and apply again."), lines);
        }
        // The job's counts change first, so that the rejects reload against the new count.
        m_queue->fixesApplied(fileId, outcome.applied);
        loadRejects();
        if (outcome.applied > 0)
            emit fixesApplied(fileId, outcome.applied);
        emit fixesFinished(true);
    });
}

QUndoStack *ImportsView::undoStack() const
{
    return m_rejects->undoStack();
}

void ImportsView::askImportFiles()
{
    const QStringList paths
        = filedialogs::getOpenFileNames(this, tr("Import Files"), {}, importFileFilter());
    if (paths.isEmpty())
        return;
    ImportDialog *dialog = openImportDialog(this, m_queue->database(), paths, {});
    connect(dialog, &ImportDialog::jobsQueued, this, [this](const QList<int> &ids) {
        if (!ids.isEmpty())
            selectJob(ids.first());
    });
}

} // namespace stevedore
