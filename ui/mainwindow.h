// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "db/database.h"
#include "import/exporter.h"
#include "records/fileexporter.h"
#include "store/catalog.h"

#include <QFuture>
#include <QIcon>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

class QActionGroup;
class QMenu;
class QProgressDialog;
class QTimer;
class QTabWidget;
class QTreeView;
class QUndoGroup;

namespace stevedore {

class ConnectionStatus;
class Editor;
class FileActions;
class FileExporter;
class FilesView;
class MappingEditor;
class ProjectActions;
class ProjectsModel;
class RecordsView;
class SchemaEditor;
class TemplatesDialog;

// The operators' main window: the projects tree (projects → files) on the left, the views in
// the centre (Files, Records, Schema, Mapping, and whatever addView() adds), the connection's
// health in the status bar. Every database or file operation runs off the GUI thread; each
// request carries a token so that a result arriving after the user moved on is dropped.
// The editors (schema, mapping) are driven through the Editor interface: the Edit menu's Undo
// and Redo act on the current tab's editor, and unsaved edits are never dropped silently:
// closing the window, switching the database and choosing another file ask the editors
// concerned first, without a nested event loop (the question is window-modal and the step
// continues once it is answered).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Takes ownership of a database that is not yet open; it is opened off the GUI thread.
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    // Waits for background work (export, demo import, closing databases) to finish.
    ~MainWindow() override;

    // The open database, or nullptr while connecting (or when opening failed).
    Database *database() const { return m_ready ? m_database.get() : nullptr; }
    // Replaces the database with another, not yet open; the old one is closed on a worker
    // thread once the work using it has finished. Asks the editors about unsaved edits first
    // (requestLeaveEditors()): the switch happens before this returns when there is nothing to
    // ask, else once every editor agreed; database is dropped when one does not.
    void setDatabase(std::unique_ptr<Database> database);
    // File → Connect… and Recent Connections: opens a database with options off the GUI thread
    // while a progress dialog (with Cancel) shows, and only once it is open asks the editors
    // (as setDatabase()) and switches to it. When it fails, or is cancelled, the window stays
    // on the current database (tree, title, jobs untouched), the half-open one is closed on a
    // worker, and a failure is shown in the connection's own words (connectFailed()). A new
    // attempt cancels the one running.
    void connectTo(const DatabaseOptions &options);
    bool isConnecting() const { return m_pending != nullptr; }
    void cancelConnecting();
    QProgressDialog *connectProgress() const { return m_connectProgress; }
    // Asks each editor with unsaved edits in turn (Editor::requestLeave()), in the order the
    // tabs were added, and calls done(true) when all may be left, done(false) at the first that
    // may not.
    void requestLeaveEditors(std::function<void(bool mayLeave)> done);
    // The editors among the views, in the order added; their tabs own them.
    QList<Editor *> editors() const;

    // Adds a central view with a View menu entry (Ctrl+1..9 in the order added). A view with
    // an id already present replaces it in place (replacing "schema" or "mapping" unhooks that
    // editor from the window). A view that is an Editor is driven as one (Edit menu, unsaved
    // edits, database and file). The window takes ownership of view.
    void addView(const QString &id, const QString &title, QWidget *view, const QIcon &icon);
    QWidget *view(const QString &id) const;
    QStringList viewIds() const;
    QString currentView() const;
    void showView(const QString &id);

    QString currentProject() const { return m_currentProject; }
    FileInfo currentFile() const { return m_currentFile; }
    void selectProject(const QString &name);
    void selectFile(const QString &project, const FileInfo &file);
    void reloadProjects();

    // Prefilled with the open database's options.
    void showConnectDialog();
    void showConnectDialog(const DatabaseOptions &options);
    // Opens the import dialog on these files (those from the command line), once the database
    // is open.
    void importFiles(const QStringList &paths);
    // The question asked when the database opened with imports left unfinished (Resume All /
    // Discard All / Later), while it is shown.
    QMessageBox *interruptedQuestion() const { return m_interruptedQuestion; }
    // View → Language saves the choice and asks whether to restart now (languageQuestion()
    // while asking). Restart Now asks the editors about unsaved edits, then closes the window
    // with restartRequested() set: whoever runs the window starts Stevedore again once it is
    // gone.
    void changeLanguage(const QString &code);
    QMessageBox *languageQuestion() const { return m_languageQuestion; }
    bool restartRequested() const { return m_restartRequested; }
    void offerDemoProject();
    void importDemoProject();
    // Tools → Import Templates….
    void showImportTemplates();
    // Asks where to save, then exports with a progress dialog.
    void exportFile(const QString &project,
                    const QString &file,
                    ExportFormat format,
                    ExportColumns columns = ExportColumns::Raw);
    void exportFileTo(const QString &project,
                      const QString &file,
                      ExportFormat format,
                      const QString &path,
                      ExportColumns columns = ExportColumns::Raw);

    ProjectsModel *projectsModel() const { return m_projects; }
    QTreeView *projectsTree() const { return m_tree; }
    FilesView *filesView() const { return m_filesView; }
    RecordsView *recordsView() const { return m_recordsView; }
    // The built-in editors' views; nullptr once their tab was replaced with addView().
    SchemaEditor *schemaEditor() const;
    MappingEditor *mappingEditor() const;
    // Edit → Undo / Redo: the undo stack of the editor in the current tab, if any.
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    ConnectionStatus *connectionStatus() const { return m_status; }
    ProjectActions *projectActions() const { return m_projectActions; }
    FileActions *fileActions() const { return m_fileActions; }
    // Opens project's file in the Records view with the grid focused, once the editors agreed.
    void openRecords(const QString &project, const FileInfo &file);
    // The context menu of a file (FileActions) or, elsewhere in the tree, of projects, for the
    // row at pos of the projects tree or the Files view's table (viewport coordinates); the
    // menu deletes itself when closed. Shown with popup() unless contextMenuHook is set: tests
    // get the menu there instead.
    void showTreeContextMenu(const QPoint &pos);
    void showFilesContextMenu(const QPoint &pos);
    std::function<void(QMenu *menu)> contextMenuHook;
    FileExporter *exporter() const { return m_exporter; }

signals:
    void databaseReady();
    void databaseFailed(const QString &message);
    // connectTo() could not open the database; the window stayed where it was.
    void connectFailed(const QString &message);
    // nullptr while a new database is being opened.
    void databaseChanged(stevedore::Database *database);
    void projectsLoaded();
    void currentProjectChanged(const QString &project);
    void currentFileChanged(const stevedore::FileInfo &file);
    void demoImported(const QStringList &failures);
    void exportFinished(bool ok, const QString &message);
    void firstShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void moveEvent(QMoveEvent *event) override;

private:
    void fitToScreen();
    struct ViewEntry
    {
        QString id;
        QWidget *widget = nullptr;
        QAction *action = nullptr;
    };

    void createViews();
    void createEditors();
    void addEditor(const QString &id, Editor *editor);
    void forgetEditor(QWidget *view);
    void updateActiveStack();
    void setViewModified(const QString &id, bool modified);
    void refreshMappedViews();
    void refreshAfterWrite();
    void refreshFromDatabase();
    void updateCurrentFile(const QList<FileInfo> &files);
    void switchDatabase(std::unique_ptr<Database> database, bool isOpen = false);
    void adoptConnection();
    void showConnectProgress(const DbUrl &url);
    void closeConnectProgress();
    void showConnectFailed(const DatabaseOptions &options, const QString &error);
    QList<Editor *> editorsLeaving(const QString &project, qint64 fileId) const;
    void requestSelect(const QString &project, qint64 fileId, std::function<void()> select);
    void reselectCurrentFile();
    void createMenus();
    void createTree();
    void openDatabase();
    void databaseOpened();
    void chooseFilesToImport();
    void openImport(const QStringList &paths);
    void showQueuedJobs(const QList<int> &ids);
    void offerInterrupted();
    void discardInterrupted(const QList<int> &ids);
    void attach(Database *database);
    void retireDatabase();
    void closeOnWorker(Database *database, const QList<QFuture<void>> &work);
    void closeWhenOpened(Database *database, const QFuture<void> &opening);
    void onProjectsLoaded();
    void onTreeCurrentChanged(const QModelIndex &current);
    void setCurrentProject(const QString &project);
    void setCurrentFile(const FileInfo &file);
    void restoreTreeState();
    void showAbout();
    void showError(const QString &title, const QString &message);
    void showMessage(const QString &message);
    void fillRecentMenu();
    void fillLanguageMenu();
    int viewIndex(const QString &id) const;
    void focusFilter();
    void popupContextMenu(QMenu *menu, const QPoint &globalPos);
    void exportFromMenu(const QString &project, const QString &file);

    std::unique_ptr<Database> m_database;
    bool m_ready = false;
    quint64 m_openToken = 0;
    QFuture<void> m_openFuture;
    QFuture<QStringList> m_demoFuture;
    QList<QFuture<void>> m_closing;
    QList<QFuture<void>> m_stoppingImports; // runs still using the database being retired
    std::unique_ptr<Database> m_pending;    // connectTo()'s database while it opens
    QFuture<void> m_pendingOpen;
    // connectTo()'s attempts, off the global pool: a cancelled attempt may hold its thread
    // until libpq gives up, and must not delay the next attempt or anyone else's task.
    QThreadPool m_connectThreads;
    quint64 m_connectToken = 0;
    QPointer<QProgressDialog> m_connectProgress;
    QPointer<QMessageBox> m_interruptedQuestion;
    QPointer<QMessageBox> m_languageQuestion;
    bool m_restartRequested = false;
    QTimer *m_refresh = nullptr; // coalesces the refreshes jobs ask for (refreshAfterWrite())

    ProjectsModel *m_projects = nullptr;
    QTreeView *m_tree = nullptr;
    QTabWidget *m_views = nullptr;
    QList<ViewEntry> m_viewEntries;
    QActionGroup *m_viewGroup = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_viewSeparator = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_templatesAction = nullptr;
    QPointer<TemplatesDialog> m_templates;
    FilesView *m_filesView = nullptr;
    RecordsView *m_recordsView = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    ConnectionStatus *m_status = nullptr;
    ProjectActions *m_projectActions = nullptr;
    FileActions *m_fileActions = nullptr;
    FileExporter *m_exporter = nullptr;

    QString m_currentProject;
    class DashboardView *m_dashboard = nullptr;
    FileInfo m_currentFile;
    QStringList m_expanded; // projects expanded in the tree, restored after a reload
    QString m_selectAfterLoad;
    bool m_demoOffered = false;
    bool m_restoringTree = false; // the tree's current row is set again after a reload
    bool m_shown = false;
    bool m_fittedInFrame = false; // fitted again once the window manager framed the window
    bool m_mayClose = false;      // the editors agreed: the next closeEvent() closes
};

} // namespace stevedore
