// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "editor.h"
#include "store/catalog.h"

class QAction;
class QLabel;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace stevedore {

class BusyIndicator;
class Database;
class MappingModel;
struct FileMapping;

// The Mapping editor: one file's columns with sample values, the schema column each feeds and
// its transform, auto-match with its confidences, validation of the edited mapping, and Save.
// Every edit is undoable (undoStack()). All database work runs on the database's pools; a
// result that arrives after the user moved to another file is dropped. Unsaved changes are
// never dropped silently: its callers ask first with requestLeave(), and its own Reload does.
class MappingEditor : public Editor
{
    Q_OBJECT

public:
    explicit MappingEditor(QWidget *parent = nullptr);
    ~MappingEditor() override;

    // Not owned; must be open and outlive this editor's tasks. nullptr clears the editor. The
    // unsaved edits of the previous database are dropped: call requestLeave() before.
    void setDatabase(Database *database) override;
    // Shows file (of project), loading its mapping; unsaved edits are dropped (ask first when
    // wouldLeave()). The file already shown is not loaded again (reload() does that).
    void setFile(const QString &project, const FileInfo &file) override;
    bool wouldLeave(const QString &project, qint64 fileId) const override;
    FileInfo file() const { return m_file; }
    QString project() const { return m_project; }

    QUndoStack *undoStack() const override { return m_undoStack; }
    QAction *undoAction() const override { return m_undo; }
    QAction *redoAction() const override { return m_redo; }
    MappingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Asks about unsaved edits: Save (done once the save has finished, with whether it
    // succeeded), Discard (reverts to the saved mapping) or Cancel. While a save is in flight
    // the question waits for it.
    void requestLeave(std::function<void(bool mayLeave)> done) override;
    // Loads the file's schema, mapping and sample values again; unsaved edits are dropped. While
    // a save is in flight the load starts once it has finished, so that it sees the save.
    void reload();

    // The toolbar's actions, also callable directly. save() saves the edits in one
    // transaction, refused as a conflict when the mapping changed since it was loaded.
    void autoMatch();
    // Maps the file as the project's earlier file whose header matches it best
    // (schema/mappingmemory.h), as one undoable edit; save to keep it.
    void recallMapping();
    void validate();
    void save();

    // Auto-match applies suggestions at least this confident (0..1); 0.8 by default, as
    // `stevedore mapping auto` does.
    void setAutoMatchThreshold(double threshold) { m_threshold = threshold; }
    double autoMatchThreshold() const { return m_threshold; }

    bool isBusy() const { return m_loading || m_validating || m_saving; }
    // False while edits must wait (loading or saving; validating does not stop edits); the
    // main window's Undo and Redo follow it.
    bool isEditable() const override { return !m_loading && !m_saving; }
    // The line under the table: the last validation's totals, or why there is none.
    QString summaryText() const;

signals:
    void mappingSaved(qint64 fileId);

private:
    void createActions();
    void createWidgets();
    void connectSignals();
    void startSave();
    void saved(const FileMapping &mapping);
    void saveFailed(bool conflict, const QString &message);
    void whenSaved(std::function<void()> then);
    void runAfterSave();
    void leaveAnswered(int button);
    void answerLeave(bool mayLeave);
    void showProblem(const QString &title, const QString &text, const QString &detail);
    void setSummary(const QString &text);
    void updateHeading();
    void updateDetails();
    void updateActions();
    void reset();

    Database *m_database = nullptr;
    QString m_project;
    FileInfo m_file;
    double m_threshold = 0.8;
    // Bumped whenever the file or database changes: results tagged with an older one are
    // dropped. Validation has a token of its own, as a newer run supersedes an older one.
    quint64 m_fileToken = 0;
    quint64 m_validateToken = 0;
    bool m_loading = false;
    bool m_editable = true; // as last announced by editableChanged()
    bool m_validating = false;
    bool m_recalling = false;
    bool m_saving = false;
    bool m_lastSaveOk = false;
    bool m_reloadAfterSave = false;
    // Run once the save in flight has finished (or was abandoned by reset()).
    QList<std::function<void()>> m_afterSave;
    // Waiting for the answer of the question requestLeave() opened.
    QList<std::function<void(bool)>> m_leaveRequests;

    QUndoStack *m_undoStack = nullptr;
    MappingModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    BusyIndicator *m_busy = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_autoMatch = nullptr;
    QAction *m_recall = nullptr;
    QAction *m_validate = nullptr;
    QAction *m_save = nullptr;
    QAction *m_reload = nullptr;
    QWidget *m_noMapping = nullptr;
};

} // namespace stevedore
