// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "import/rejectfixes.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

namespace stevedore {

struct Confirmation;
class Sql;
struct ImportJob;
class JobQueue;
class JobsModel;
class RejectsModel;

// The Imports view: the job queue as a table (progress bars, rate, ETA, rejects so far, state)
// with Pause / Cancel / Resume / Discard / Remove for the selected job. Below it, the selected
// job's summary (records, rejects, time, average and peak rate, SHA-256) and its rejected
// records (line, reason, raw; the first 10,000 shown; while the job runs or is paused, those
// committed so far), which can be exported to CSV. The rejects of a finished job can be fixed
// in place: typed over in the grid (RejectsModel checks each at once; Undo takes one back)
// or edited outside in the exported CSV, then applied (import/rejectfixes.h): the records go
// back into the file at their lines, exactly once.
// Everything touching the database or files runs off the GUI thread.
class ImportsView : public QWidget
{
    Q_OBJECT

public:
    // queue nullptr: JobQueue::instance(). Not owned.
    explicit ImportsView(JobQueue *queue = nullptr, QWidget *parent = nullptr);

    JobQueue *queue() const { return m_queue; }
    JobsModel *model() const { return m_model; }
    RejectsModel *rejectsModel() const { return m_rejects; }
    QTableView *rejectsTable() const { return m_rejectsTable; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

    // The queue id of the selected job, 0 for none.
    int selectedJob() const;
    void selectJob(int id);

    void pauseSelected();
    // Cancel and Discard ask first (cancelQuestion() while asking); the plain ones do not.
    void askCancelSelected();
    void cancelSelected();
    void resumeSelected();
    void askDiscardSelected();
    void discardSelected();
    void removeSelected();
    QMessageBox *pendingQuestion() const { return m_question; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *exportRejectsButton() const { return m_exportRejects; }

    // Writes every reject of the selected finished job (line,reason,raw) to path.
    void exportRejectsTo(const QString &path);
    // Applies the fixes of an edited rejects CSV to the selected job's file.
    void applyFixesFile(const QString &editedCsv);
    // Applies the grid's fixes that check out to the selected job's file.
    void applyFixes();
    QPushButton *applyFixesButton() const { return m_applyFixes; }
    // The grid's fix edits, for the Edit menu.
    QUndoStack *undoStack() const;

    static constexpr int shownRejects = 10000;

signals:
    void rejectsLoaded(int id);
    void rejectsExported(bool ok, const QString &message);
    // Fixes were put back into the file (applied > 0): the views showing it are stale.
    void fixesApplied(qint64 fileId, qint64 applied);
    // An apply ended (ok false: it failed and changed nothing).
    void fixesFinished(bool ok);
    void statusMessage(const QString &message);

private:
    void createJobsTable();
    void connectQueue();
    void updateButtons();
    void updateSummary();
    void loadRejects();
    void rejectsMayHaveGrown(const ImportJob &job);
    void announceFinished(int id);
    void ask(const Confirmation &question, std::function<void()> onConfirm);
    void askExportRejects();
    void askApplyFixesFile();
    void runFixes(qint64 fileId,
                  const QString &csvName,
                  std::function<rejectfixes::Outcome(const Sql &)> apply);
    void askImportFiles();

    JobQueue *m_queue = nullptr;
    JobsModel *m_model = nullptr;
    RejectsModel *m_rejects = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_rejectsTable = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_rejectsTitle = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_exportRejects = nullptr;
    QPushButton *m_applyFixesFile = nullptr;
    QPushButton *m_applyFixes = nullptr;
    bool m_applying = false;
    qint64 m_rejectsJobId = 0;         // the import job whose rejects are shown or loading
    qint64 m_rejectsCount = 0;         // how many the job had rejected when they were loaded
    QTimer *m_rejectsReload = nullptr; // while a job runs, reloads them at most once a second
    QPointer<QMessageBox> m_question;
    int m_offerDiscard = 0; // the job cancelled from here: Discard gets the focus when it stops
    quint64 m_rejectsToken = 0;
};

} // namespace stevedore
