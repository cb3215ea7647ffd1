// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "editor.h"
#include "schema/schemaservice.h"

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QToolBar;
class QUndoStack;

namespace stevedore {

class BusyIndicator;
class EmptyState;
class Database;
class SchemaModel;

// The Schema view: the global schema as an editable table. Every edit is an undo command on
// undoStack() until Apply, which shows the pending diff and the file mappings it affects (a dry
// run), asks for confirmation and applies in one transaction, expecting the version the editor
// loaded; when someone else changed the schema meanwhile it says so and offers to reload.
// Database work runs on the database's pools; results that arrive after the user moved on
// (reloaded, switched database) are dropped. Dialogs are window-modal children of the editor,
// opened with open(), never exec().
class SchemaEditor : public Editor
{
    Q_OBJECT

public:
    explicit SchemaEditor(QWidget *parent = nullptr);
    ~SchemaEditor() override;

    // Not owned; must be open and outlive the editor's pending work. nullptr disables the
    // editor. Discards unsaved edits (the caller asks first, see requestLeave()) and reloads.
    void setDatabase(Database *database) override;
    Database *database() const { return m_database; }

    // Owned by the editor; for a QUndoGroup in the main window's Edit menu. isModified(): there
    // are edits not applied.
    QUndoStack *undoStack() const override { return m_undoStack; }
    // Asks about unapplied edits: Review and Apply (shows the view and starts Apply, which lists
    // the diff and asks again; the answer is false), Discard (back to the schema as loaded) or
    // Cancel.
    void requestLeave(std::function<void(bool mayLeave)> done) override;
    // Loads the schema afresh, discarding unsaved edits without asking.
    void reload();

    // True while loading, checking or applying.
    bool isBusy() const;
    // False while edits must wait (busy, or an apply is pending); the main window's Undo and
    // Redo follow it.
    bool isEditable() const override;
    // The schema version the edits are based on; -1 before the first load.
    int loadedVersion() const { return m_loadedVersion; }

    SchemaModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *addColumnAction() const { return m_add; }
    QAction *removeColumnAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *editValuesAction() const { return m_editValues; }
    QAction *editRulesAction() const { return m_editRules; }
    QAction *undoAction() const override { return m_undo; }
    QAction *redoAction() const override { return m_redo; }
    QAction *reloadAction() const { return m_reload; }
    QAction *applyAction() const { return m_apply; }
    QAction *createFromHeaderAction() const { return m_fromHeader; }
    void setFile(const QString &project, const FileInfo &file) override;

    // The pending changes as lines of text, as the confirmation lists them.
    static QStringList describe(const SchemaDiff &diff);

signals:
    void schemaApplied(int version);
    // A load (or the load that follows an apply) finished and is shown.
    void loaded(int version);

private:
    void createActions();
    void createWidgets();
    void createLayout();
    void connectSignals();
    void addColumn();
    void removeColumn();
    void moveCurrent(int delta);
    void editValues();
    void editRules();
    void askReload();
    void showSchema(const Schema &schema);
    void apply();
    void confirmApply(const QList<SchemaColumn> &desired, const SchemaDiff &diff);
    void applyConfirmed(const QList<SchemaColumn> &desired);
    void applyFailed(const QString &message, bool conflict);
    void askDiscardAndReload(const QString &question);
    void leaveAnswered(int button);
    void discardEdits();
    void setBusy(bool busy);
    void updateActions();
    void updateStatus();
    int currentRow() const;
    void selectRow(int row);
    QString newColumnName() const;
    void updateEmptyState();
    void createFromHeader();

    Database *m_database = nullptr;
    quint64 m_token = 0;
    int m_loadedVersion = -1;
    bool m_busy = false;
    bool m_applying = false; // from Apply until applied, cancelled or failed
    bool m_editable = false; // as last announced by editableChanged()
    // Waiting for the answer of the question requestLeave() opened.
    QList<std::function<void(bool)>> m_leaveRequests;
    QUndoStack *m_undoStack = nullptr;
    SchemaModel *m_model = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPushButton *m_applyButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problems = nullptr;
    BusyIndicator *m_busyIndicator = nullptr;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_editValues = nullptr;
    QAction *m_editRules = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_fromHeader = nullptr;
    EmptyState *m_empty = nullptr;
    // The file selected in the Projects tree, for Create From Header.
    QString m_fileName;
    QStringList m_fileHeader;
};

} // namespace stevedore
