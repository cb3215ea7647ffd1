// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "accessibility.h"

#include "dashboard/dashboardview.h"
#include "imports/importdialog.h"
#include "imports/importsview.h"
#include "imports/jobqueue.h"
#include "imports/templatesdialog.h"
#include "logs/logview.h"

#include "aboutdialog.h"
#include "confirmation.h"
#include "connection/connectiondialog.h"
#include "connection/connectionstatus.h"
#include "connection/recentconnections.h"
#include "editor.h"
#include "filedialogs.h"
#include "futurewatch.h"
#include "imports/demoimport.h"
#include "language.h"
#include "logging/logging.h"
#include "mapping/mappingeditor.h"
#include "projects/fileactions.h"
#include "projects/filesmodel.h"
#include "projects/filesview.h"
#include "projects/projectactions.h"
#include "projects/projectsmodel.h"
#include "records/fileexporter.h"
#include "records/recordsview.h"
#include "schema/schemaeditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMoveEvent>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent>

#include <algorithm>

namespace stevedore {

namespace {

const QString geometryKey = QStringLiteral("mainwindow/geometry");
const QString stateKey = QStringLiteral("mainwindow/state");
const QString viewKey = QStringLiteral("mainwindow/view");
const QString projectKey = QStringLiteral("mainwindow/project");
const QString demoDeclinedKey = QStringLiteral("demo/declined");
const QString schemaId = QStringLiteral("schema");
const QString mappingId = QStringLiteral("mapping");

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    m_connectThreads.setMaxThreadCount(16);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setAcceptDrops(true); // files dropped anywhere open the import dialog
    m_projectActions = new ProjectActions(this);
    m_fileActions = new FileActions(this);
    m_exporter = new FileExporter(this);
    m_status = new ConnectionStatus(this);
    statusBar()->addPermanentWidget(m_status);
    createTree();
    createViews();
    createMenus();

    connect(m_projectActions, &ProjectActions::projectsChanged, this, [this](const QString &name) {
        m_selectAfterLoad = name;
        refreshAfterWrite();
    });
    // A run that ends, whatever its outcome, has committed batches (or, when discarded, removed
    // them): the counts, the files and the job history shown are stale. Queued and coalesced:
    // several jobs may end at once, and switching database removes every entry while the views
    // are being detached.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &MainWindow::refreshAfterWrite);
    const auto scheduleRefresh = [this] {
        m_refresh->start();
    };
    connect(JobQueue::instance(), &JobQueue::jobFinished, this, scheduleRefresh);
    connect(JobQueue::instance(), &JobQueue::jobRemoved, this, scheduleRefresh);
    connect(JobQueue::instance(), &JobQueue::interruptedLoaded, this, [this](int count) {
        if (count > 0)
            offerInterrupted();
    });
    connect(m_projectActions, &ProjectActions::statusMessage, this, &MainWindow::showMessage);
    connect(m_fileActions, &FileActions::statusMessage, this, &MainWindow::showMessage);
    connect(m_fileActions, &FileActions::openRecordsRequested, this, &MainWindow::openRecords);
    connect(m_fileActions, &FileActions::exportRequested, this, &MainWindow::exportFromMenu);
    connect(m_fileActions, &FileActions::fileDeleted, this, &MainWindow::refreshAfterWrite);
    connect(m_exporter, &FileExporter::finished, this, [this](bool ok, const QString &message) {
        showMessage(message);
        emit exportFinished(ok, message);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(stateKey).toByteArray());
    fitToScreen();
    showView(settings.value(viewKey, QStringLiteral("files")).toString());
    m_selectAfterLoad = settings.value(projectKey).toString();
    openDatabase();
}

// A geometry saved on a larger screen, the default size on a small one or at
// QT_SCALE_FACTOR=2 (a 1600×1000 screen is then 800×500) would put the window's edges and
// its status bar off screen: it is shrunk and moved onto the available area.
void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QRect frame = frameGeometry();
    const QSize decoration = frame.size() - size();
    const QSize fitted = size().boundedTo(available.size() - decoration);
    if (fitted != size())
        resize(fitted);
    QRect placed = frameGeometry();
    placed.moveLeft(
        std::clamp(placed.left(), available.left(), available.right() - placed.width() + 1));
    placed.moveTop(
        std::clamp(placed.top(), available.top(), available.bottom() - placed.height() + 1));
    if (placed.topLeft() != frameGeometry().topLeft())
        move(placed.topLeft());
}

MainWindow::~MainWindow()
{
    // Nothing may still use a database when it is destroyed: hand the current one to a worker
    // like any retired database, then wait for all of them.
    ++m_openToken;
    cancelConnecting();
    attach(nullptr);
    // The views outlive this destructor's body: keep them from calling back into it.
    m_views->disconnect(this);
    for (Editor *editor : editors())
        editor->disconnect(this);
    retireDatabase();
    for (QFuture<void> &closing : m_closing)
        closing.waitForFinished();
}

void MainWindow::createTree()
{
    m_projects = new ProjectsModel(this);
    m_tree = new QTreeView(this);
    setAccessibleText(m_tree, tr("Projects"), tr("The projects and their imported files"));
    m_tree->setModel(m_projects);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ProjectsModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ProjectsModel::RecordsColumn,
                                           QHeaderView::ResizeToContents);
    // The project actions' shortcuts work in the tree; its context menu depends on the row.
    m_tree->addActions({m_projectActions->createAction(),
                        m_projectActions->renameAction(),
                        m_projectActions->deleteAction()});
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);

    auto *dock = new QDockWidget(tr("Projects"), this);
    dock->setObjectName(QStringLiteral("projectsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    dock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::onTreeCurrentChanged);
    // Enter or a double click on a file: its records, with the keyboard in the grid.
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_projects->isFile(index))
            openRecords(m_projects->project(index).name, m_projects->file(index));
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        const QString name = m_projects->project(index).name;
        if (!m_expanded.contains(name))
            m_expanded << name;
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_expanded.removeAll(m_projects->project(index).name);
    });
    connect(m_projects, &ProjectsModel::projectsLoaded, this, &MainWindow::onProjectsLoaded);
    connect(m_projects, &ProjectsModel::filesLoaded, this, [this](const QString &project) {
        // A file chosen before its project's files were listed (e.g. from the Files view).
        if (project == m_currentProject && m_currentFile.id != 0) {
            const QModelIndex file = m_projects->fileIndex(project, m_currentFile.id);
            if (file.isValid() && m_tree->currentIndex() != file) {
                const QScopedValueRollback restoring(m_restoringTree, true);
                m_tree->setCurrentIndex(file);
            }
        }
    });
    connect(m_projects, &ProjectsModel::loadFailed, this, &MainWindow::showMessage);
}

void MainWindow::createViews()
{
    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    // Every view stays one click away: in a narrow window or a longer language the tabs
    // shrink and elide (the full name in the tooltip) instead of scrolling some out of sight.
    m_views->setUsesScrollButtons(false);
    m_views->setElideMode(Qt::ElideRight);
    setCentralWidget(m_views);
    m_viewGroup = new QActionGroup(this);
    m_viewMenu = new QMenu(tr("&View"), this);
    m_viewSeparator = m_viewMenu->addSeparator();

    m_filesView = new FilesView;
    m_recordsView = new RecordsView;
    addView(QStringLiteral("files"),
            tr("Files"),
            m_filesView,
            QIcon(QStringLiteral(":/icons/file.svg")));
    addView(QStringLiteral("records"),
            tr("Records"),
            m_recordsView,
            QIcon(QStringLiteral(":/icons/records.svg")));
    createEditors();
    auto *imports = new ImportsView;
    addView(QStringLiteral("imports"),
            tr("Imports"),
            imports,
            QIcon(QStringLiteral(":/icons/import.svg")));
    connect(imports, &ImportsView::statusMessage, this, &MainWindow::showMessage);
    // Fixed records went back into a file: its counts, records and mapped view are stale.
    connect(imports, &ImportsView::fixesApplied, this, [this] { m_refresh->start(); });
    // The grid's fix edits undo from the Edit menu while the Imports view is shown.
    m_undoGroup->addStack(imports->undoStack());
    m_dashboard = new DashboardView;
    addView(QStringLiteral("dashboard"),
            tr("Dashboard"),
            m_dashboard,
            QIcon(QStringLiteral(":/icons/records.svg")));
    connect(m_dashboard, &DashboardView::statusMessage, this, &MainWindow::showMessage);
    addView(
        QStringLiteral("logs"), tr("Logs"), new LogView, QIcon(QStringLiteral(":/icons/file.svg")));

    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_viewEntries.size())
            m_viewEntries[index].action->setChecked(true);
        updateActiveStack();
    });
    connect(m_filesView, &FilesView::fileActivated, this, [this](const FileInfo &file) {
        openRecords(m_filesView->project(), file);
    });
    connect(m_filesView, &FilesView::contextMenuRequested, this, &MainWindow::showFilesContextMenu);
    connect(m_filesView, &FilesView::deleteRequested, this, [this](const FileInfo &file) {
        m_fileActions->setFile(m_filesView->project(), file);
        m_fileActions->askDelete();
    });
    connect(m_filesView, &FilesView::loadFailed, this, &MainWindow::showMessage);
    connect(m_filesView, &FilesView::loaded, this, [this] {
        if (m_filesView->project() == m_currentProject)
            updateCurrentFile(m_filesView->model()->files());
    });
    connect(m_recordsView, &RecordsView::statusMessage, this, &MainWindow::showMessage);
    connect(m_recordsView, &RecordsView::exportRequested, this, &MainWindow::exportFile);
    // The Mapped view's fixes undo from the Edit menu while the Records view is shown.
    m_undoGroup->addStack(m_recordsView->undoStack());
}

void MainWindow::createEditors()
{
    m_undoGroup = new QUndoGroup(this);
    auto *schema = new SchemaEditor;
    auto *mapping = new MappingEditor;
    addView(schemaId, tr("Schema"), schema, QIcon(QStringLiteral(":/icons/schema.svg")));
    addView(mappingId, tr("Mapping"), mapping, QIcon(QStringLiteral(":/icons/mapping.svg")));
    // What one editor writes changes what the other views show; addView() hooked up the rest.
    connect(schema, &SchemaEditor::schemaApplied, this, [this] {
        // The mapping editor's schema choices are stale; its unsaved edits are not dropped.
        if (MappingEditor *mapping = mappingEditor(); mapping && !mapping->isModified())
            mapping->reload();
        refreshMappedViews();
    });
    connect(mapping, &MappingEditor::mappingSaved, this, &MainWindow::refreshMappedViews);
}

// The editor hands its undo stack to the Edit menu's group. Its own Undo/Redo actions keep
// their buttons but lose their shortcuts: with the same keys on the Edit menu's actions, Qt
// would find the key ambiguous while focus is in the editor and trigger neither.
void MainWindow::addEditor(const QString &id, Editor *editor)
{
    m_undoGroup->addStack(editor->undoStack());
    editor->undoAction()->setShortcut({});
    editor->redoAction()->setShortcut({});
    connect(editor, &Editor::modifiedChanged, this, [this, id](bool modified) {
        setViewModified(id, modified);
    });
    connect(editor, &Editor::editableChanged, this, &MainWindow::updateActiveStack);
    connect(editor, &Editor::statusMessage, this, &MainWindow::showMessage);
    connect(editor, &Editor::showRequested, this, [this, id] { showView(id); });
    if (m_ready)
        editor->setDatabase(m_database.get());
}

// Called before addView() replaces view's tab: an editor leaving is unhooked from the window.
void MainWindow::forgetEditor(QWidget *view)
{
    if (auto *editor = qobject_cast<Editor *>(view)) {
        m_undoGroup->removeStack(editor->undoStack());
        editor->disconnect(this);
    }
}

QList<Editor *> MainWindow::editors() const
{
    QList<Editor *> editors;
    for (const ViewEntry &entry : m_viewEntries) {
        if (auto *editor = qobject_cast<Editor *>(entry.widget))
            editors << editor;
    }
    return editors;
}

SchemaEditor *MainWindow::schemaEditor() const
{
    return qobject_cast<SchemaEditor *>(view(schemaId));
}

MappingEditor *MainWindow::mappingEditor() const
{
    return qobject_cast<MappingEditor *>(view(mappingId));
}

// The Edit menu undoes in the current tab's editor, and not while that editor is busy (an
// apply or save in flight works from the edits as they were).
void MainWindow::updateActiveStack()
{
    QWidget *current = view(currentView());
    if (auto *imports = qobject_cast<ImportsView *>(current)) {
        m_undoGroup->setActiveStack(imports->undoStack());
        return;
    }
    if (auto *records = qobject_cast<RecordsView *>(current)) {
        m_undoGroup->setActiveStack(records->undoStack());
        return;
    }
    auto *editor = qobject_cast<Editor *>(current);
    m_undoGroup->setActiveStack(editor && editor->isEditable() ? editor->undoStack() : nullptr);
}

void MainWindow::setViewModified(const QString &id, bool modified)
{
    if (const int index = viewIndex(id); index >= 0) {
        const QString title = m_viewEntries[index].action->text();
        m_views->setTabText(index, modified ? tr("%1 *").arg(title) : title);
    }
}

// A schema applied or a mapping saved changes what the mapped views show.
void MainWindow::refreshMappedViews()
{
    m_filesView->reload(); // the mapping completeness column
    m_recordsView->reloadMapping();
}

// This process wrote (or watched an import write): reads in this process already miss the
// cache (Database::write() invalidated it), the views only have to read again.
void MainWindow::refreshAfterWrite()
{
    if (!database())
        return;
    reloadProjects();
    m_filesView->reload(); // its answer also refreshes the current file (updateCurrentFile())
    m_dashboard->reloadJobs();
}

// File → Refresh: what another process wrote shows now, not once the cached lists expire.
void MainWindow::refreshFromDatabase()
{
    if (Database *database = this->database())
        database->cache().invalidatePrefix(CacheScope::catalogPrefix);
    refreshAfterWrite();
}

// The current file as the database now has it (record count, status): the records view and the
// editors follow when it changed.
void MainWindow::updateCurrentFile(const QList<FileInfo> &files)
{
    for (const FileInfo &file : files) {
        if (file.id == m_currentFile.id) {
            setCurrentFile(file);
            return;
        }
    }
    setCurrentFile(FileInfo()); // deleted
}

void MainWindow::openRecords(const QString &project, const FileInfo &file)
{
    // Not when an editor kept its file.
    requestSelect(project, file.id, [this, project, file] {
        selectFile(project, file);
        showView(QStringLiteral("records"));
        m_recordsView->table()->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::showTreeContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    QMenu *menu = nullptr;
    if (index.isValid() && m_projects->isFile(index)) {
        m_fileActions->setFile(m_projects->project(index).name, m_projects->file(index));
        menu = m_fileActions->createMenu(this);
    } else {
        menu = new QMenu(this);
        menu->addActions(m_tree->actions());
    }
    popupContextMenu(menu, m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::showFilesContextMenu(const QPoint &pos)
{
    QTableView *table = m_filesView->table();
    const QModelIndex index = table->indexAt(pos);
    if (!index.isValid())
        return;
    table->setCurrentIndex(index);
    m_fileActions->setFile(m_filesView->project(), m_filesView->currentFile());
    popupContextMenu(m_fileActions->createMenu(this), table->viewport()->mapToGlobal(pos));
}

void MainWindow::popupContextMenu(QMenu *menu, const QPoint &globalPos)
{
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (contextMenuHook)
        contextMenuHook(menu);
    else
        menu->popup(globalPos);
}

// The Records view's columns (raw or mapped) when it shows that file, else as imported.
void MainWindow::exportFromMenu(const QString &project, const QString &file)
{
    const bool shown = project == m_currentProject && file == m_currentFile.name;
    exportFile(project,
               file,
               ExportFormat::Csv,
               shown ? m_recordsView->exportColumns() : ExportColumns::Raw);
}

void MainWindow::addView(const QString &id, const QString &title, QWidget *view, const QIcon &icon)
{
    view->setObjectName(id + QStringLiteral("View"));
    if (const int index = viewIndex(id); index >= 0) {
        ViewEntry &entry = m_viewEntries[index];
        const bool current = m_views->currentIndex() == index;
        forgetEditor(entry.widget);
        m_views->removeTab(index);
        entry.widget->deleteLater();
        entry.widget = view;
        m_views->insertTab(index, view, icon, title);
        entry.action->setText(title);
        entry.action->setIcon(icon);
        if (auto *editor = qobject_cast<Editor *>(view))
            addEditor(id, editor);
        if (current)
            m_views->setCurrentIndex(index);
        updateActiveStack();
        return;
    }
    const int index = m_views->addTab(view, icon, title);
    auto *action = new QAction(icon, title, this);
    action->setCheckable(true);
    action->setActionGroup(m_viewGroup);
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    m_views->setTabToolTip(
        index,
        action->shortcut().isEmpty()
            ? title
            : tr("%1 (%2)").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, id] { showView(id); });
    m_viewMenu->insertAction(m_viewSeparator, action);
    addAction(action); // shortcuts work while the menu bar is hidden too
    m_viewEntries << ViewEntry{id, view, action};
    if (auto *editor = qobject_cast<Editor *>(view))
        addEditor(id, editor);
    if (m_views->currentIndex() == index)
        action->setChecked(true);
}

int MainWindow::viewIndex(const QString &id) const
{
    for (int i = 0; i < m_viewEntries.size(); ++i) {
        if (m_viewEntries[i].id == id)
            return i;
    }
    return -1;
}

QWidget *MainWindow::view(const QString &id) const
{
    const int index = viewIndex(id);
    return index >= 0 ? m_viewEntries[index].widget : nullptr;
}

QStringList MainWindow::viewIds() const
{
    QStringList ids;
    for (const ViewEntry &entry : m_viewEntries)
        ids << entry.id;
    return ids;
}

QString MainWindow::currentView() const
{
    const int index = m_views->currentIndex();
    return index >= 0 && index < m_viewEntries.size() ? m_viewEntries[index].id : QString();
}

void MainWindow::showView(const QString &id)
{
    if (const int index = viewIndex(id); index >= 0)
        m_views->setCurrentIndex(index);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(QIcon(QStringLiteral(":/icons/connect.svg")),
                                             tr("&Connect…"),
                                             this,
                                             [this] { showConnectDialog(); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("&Recent Connections"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    QAction *importAction = file->addAction(QIcon(QStringLiteral(":/icons/import.svg")),
                                            tr("&Import Files…"),
                                            this,
                                            &MainWindow::chooseFilesToImport);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(m_recordsView->exportCsvAction());
    file->addAction(m_recordsView->exportJsonlAction());
    file->addSeparator();
    QAction *refresh = file->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")),
                                       tr("&Refresh"),
                                       this,
                                       [this] { refreshFromDatabase(); });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    addActions({m_undoAction, m_redoAction}); // shortcuts work while the menu bar is hidden too
    edit->addSeparator();
    edit->addAction(m_recordsView->copyAction());
    QAction *find = edit->addAction(tr("&Find…"), this, &MainWindow::focusFilter);
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    edit->addAction(m_projectActions->createAction());
    edit->addAction(m_projectActions->renameAction());
    edit->addAction(m_projectActions->deleteAction());

    menuBar()->addMenu(m_viewMenu);
    m_viewMenu->addAction(m_recordsView->goToStartAction());
    m_viewMenu->addAction(m_recordsView->goToEndAction());
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(tr("&Language"));
    fillLanguageMenu();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_demoAction = tools->addAction(QIcon(QStringLiteral(":/icons/import.svg")),
                                    tr("Import the &Demo Project"),
                                    this,
                                    &MainWindow::importDemoProject);
    m_templatesAction
        = tools->addAction(tr("Import &Templates…"), this, &MainWindow::showImportTemplates);
    m_templatesAction->setToolTip(tr("List, edit and delete the named import templates "
                                     "(stevedore template)"));
    tools->addAction(tr("Open the &Log Folder"), this, [] {
        const QString path = logFilePath();
        const QString folder
            = path.isEmpty()
                  ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                  : QFileInfo(path).absolutePath();
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Stevedore"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QList<DatabaseOptions> recent = RecentConnections::load();
    for (const DatabaseOptions &options : recent) {
        m_recentMenu->addAction(
            RecentConnections::displayName(options), this, [this, options] { connectTo(options); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent connections"))->setEnabled(false);
}

void MainWindow::fillLanguageMenu()
{
    auto *group = new QActionGroup(m_languageMenu);
    const QString current = language::setting();
    for (const language::Choice &choice : language::choices()) {
        QAction *action = m_languageMenu->addAction(choice.name);
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, [this, code = choice.code] {
            changeLanguage(code);
        });
    }
}

void MainWindow::changeLanguage(const QString &code)
{
    if (code == language::setting())
        return;
    language::setSetting(code);
    if (m_languageQuestion)
        m_languageQuestion->reject();
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Language"),
                                tr("The new language applies when Stevedore starts again."),
                                QMessageBox::NoButton,
                                this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Restart now? Running imports stop after their current batch and "
                               "are offered for resuming when Stevedore is back."));
    QPushButton *now = box->addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(tr("Later"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::buttonClicked, this, [this, now](QAbstractButton *clicked) {
        if (clicked != now) {
            showMessage(tr("The language will change when Stevedore is restarted."));
            return;
        }
        requestLeaveEditors([this](bool mayLeave) {
            if (!mayLeave)
                return;
            m_restartRequested = true;
            close();
        });
    });
    m_languageQuestion = box;
    box->open();
}

void MainWindow::focusFilter()
{
    if (currentView() == QLatin1String("records"))
        m_recordsView->focusFilter();
    else if (currentView() == QLatin1String("files"))
        m_filesView->focusFilter();
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// One templates window at a time, not modal: an operator keeps it open beside the import.
void MainWindow::showImportTemplates()
{
    if (!database())
        return;
    if (!m_templates) {
        m_templates = new TemplatesDialog(database(), this);
        m_templates->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            m_templates, &TemplatesDialog::finished, this, [this](bool, const QString &message) {
                if (!message.isEmpty())
                    showMessage(message);
            });
    }
    m_templates->show();
    m_templates->raise();
    m_templates->activateWindow();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(database() ? database()->serverVersion() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// --- Database ---------------------------------------------------------------------------------

void MainWindow::openDatabase()
{
    m_ready = false;
    const quint64 token = ++m_openToken;
    Database *database = m_database.get();
    const DbUrl url = database->options().primary;
    m_status->setConnecting(url);
    setWindowTitle(tr("Stevedore — %1").arg(url.shortName()));
    m_openFuture = QtConcurrent::run([database] { database->open(); });
    whenFinished(m_openFuture, this, [this, token, url](const QFuture<void> &done) {
        if (token != m_openToken)
            return; // replaced by another database meanwhile
        if (const QString error = failureOf(done); !error.isEmpty()) {
            m_status->setFailed(url, error);
            showError(tr("Cannot Open the Database"),
                      tr("%1\n\nUse File → Connect… to choose another database.").arg(error));
            emit databaseFailed(error);
            return;
        }
        databaseOpened();
    });
}

// m_database has been opened: the views start using it.
void MainWindow::databaseOpened()
{
    m_ready = true;
    RecentConnections::add(m_database->options());
    setWindowTitle(tr("Stevedore — %1").arg(m_database->options().primary.shortName()));
    m_status->setConnected(m_database.get());
    attach(m_database.get());
    emit databaseReady();
    emit databaseChanged(m_database.get());
    reloadProjects();
}

void MainWindow::attach(Database *database)
{
    // Nothing may use a database after it is retired: the queue hands back the imports it
    // stopped, and retireDatabase() waits for them off this thread.
    m_stoppingImports << JobQueue::instance()->setDatabase(database);
    m_dashboard->setDatabase(database);
    m_projects->setDatabase(database);
    m_filesView->setDatabase(database);
    m_recordsView->setDatabase(database);
    for (Editor *editor : editors())
        editor->setDatabase(database);
    m_projectActions->setDatabase(database);
    m_fileActions->setDatabase(database);
    m_demoAction->setEnabled(database != nullptr);
    m_templatesAction->setEnabled(database != nullptr);
    if (!database) {
        if (m_templates)
            m_templates->close(); // it reads the database that is going away
        m_currentProject.clear();
        m_currentFile = FileInfo();
    }
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    // std::function needs a copyable callable.
    auto next = std::make_shared<std::unique_ptr<Database>>(std::move(database));
    requestLeaveEditors([this, next](bool mayLeave) {
        if (mayLeave)
            switchDatabase(std::move(*next));
    });
}

// isOpen: database was opened by connectTo(), and the views switch to it at once.
void MainWindow::switchDatabase(std::unique_ptr<Database> database, bool isOpen)
{
    if (!m_currentProject.isEmpty())
        m_selectAfterLoad = m_currentProject;
    ++m_openToken;
    m_ready = false;
    m_status->setConnecting(database->options().primary);
    attach(nullptr);
    emit databaseChanged(nullptr);
    retireDatabase();
    m_database = std::move(database);
    if (isOpen)
        databaseOpened();
    else
        openDatabase();
}

void MainWindow::requestLeaveEditors(std::function<void(bool mayLeave)> done)
{
    Editor::requestLeaveAll(editors(), std::move(done));
}

void MainWindow::retireDatabase()
{
    m_closing.removeIf([](const QFuture<void> &future) { return future.isFinished(); });
    if (!m_database)
        return;
    // Work still using the old database must end before it closes: the export and the imports
    // are cancelled, opening and the demo import are waited for.
    QList<QFuture<void>> work = {m_openFuture, m_exporter->detach(), QFuture<void>(m_demoFuture)};
    work << std::exchange(m_stoppingImports, {});
    closeOnWorker(m_database.release(), work);
}

// Closes and deletes database on a worker once work has finished, never here; the destructor
// waits for it.
void MainWindow::closeOnWorker(Database *database, const QList<QFuture<void>> &work)
{
    m_closing << QtConcurrent::run([database, work] {
        for (QFuture<void> future : work) {
            try {
                future.waitForFinished();
            } catch (...) {
                // Reported where it was started; only its end matters here.
            }
        }
        database->close();
        delete database;
    });
}

// A connection attempt cannot be interrupted (libpq may wait for its connect_timeout): no
// thread waits for it, its database is closed once open() has returned.
void MainWindow::closeWhenOpened(Database *database, const QFuture<void> &opening)
{
    m_closing << QFuture<void>(opening).then(&m_connectThreads, [database](QFuture<void>) {
        database->close();
        delete database;
    });
}

void MainWindow::showConnectDialog()
{
    showConnectDialog(m_database ? m_database->options() : DatabaseOptions());
}

void MainWindow::showConnectDialog(const DatabaseOptions &options)
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("connectionDialog"));
    dialog->setOptions(options);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { connectTo(dialog->options()); });
    dialog->open();
}

void MainWindow::connectTo(const DatabaseOptions &options)
{
    cancelConnecting();
    const quint64 token = ++m_connectToken;
    m_pending = std::make_unique<Database>(options);
    Database *pending = m_pending.get();
    m_pendingOpen = QtConcurrent::run(&m_connectThreads, [pending] { pending->open(); });
    showConnectProgress(options.primary);
    whenFinished(m_pendingOpen, this, [this, token, options](const QFuture<void> &done) {
        if (token != m_connectToken)
            return; // cancelled: cancelConnecting() closes it
        closeConnectProgress();
        if (const QString error = failureOf(done); !error.isEmpty()) {
            closeWhenOpened(m_pending.release(), m_pendingOpen);
            showConnectFailed(options, error);
            emit connectFailed(error);
            return;
        }
        adoptConnection();
    });
}

void MainWindow::cancelConnecting()
{
    ++m_connectToken;
    closeConnectProgress();
    // The attempt cannot be interrupted: its database is closed once open() has returned.
    if (m_pending)
        closeWhenOpened(m_pending.release(), m_pendingOpen);
}

// The database connectTo() opened replaces the current one once the editors agreed; if one
// keeps its edits, the new database is closed and the window stays where it is.
void MainWindow::adoptConnection()
{
    auto next = std::make_shared<std::unique_ptr<Database>>(std::move(m_pending));
    const QFuture<void> opened = m_pendingOpen;
    requestLeaveEditors([this, next, opened](bool mayLeave) {
        if (!*next)
            return;
        if (!mayLeave) {
            closeOnWorker(next->release(), {});
            return;
        }
        m_openFuture = opened;
        switchDatabase(std::move(*next), true);
    });
}

void MainWindow::showConnectProgress(const DbUrl &url)
{
    auto *progress = new QProgressDialog(
        tr("Connecting to %1…").arg(url.redacted()), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("connectProgress"));
    progress->setWindowTitle(tr("Connect"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    connect(progress, &QProgressDialog::canceled, this, &MainWindow::cancelConnecting);
    m_connectProgress = progress;
    progress->open();
}

void MainWindow::closeConnectProgress()
{
    if (QProgressDialog *progress = m_connectProgress.data()) {
        m_connectProgress.clear();
        progress->disconnect(this); // closing it emits canceled()
        progress->close();
        progress->deleteLater();
    }
}

void MainWindow::showConnectFailed(const DatabaseOptions &options, const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Cannot Connect"),
                                tr("Could not connect to %1.").arg(options.primary.redacted()),
                                QMessageBox::Close,
                                this);
    box->setObjectName(QStringLiteral("connectFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString details = error;
    if (Database *current = database())
        details += QStringLiteral("\n\n")
                   + tr("Still connected to %1.").arg(current->options().primary.redacted());
    box->setInformativeText(details);
    QPushButton *edit = box->addButton(tr("Edit Connection…"), QMessageBox::AcceptRole);
    connect(edit, &QPushButton::clicked, this, [this, options] { showConnectDialog(options); });
    box->open();
}

// --- Projects ---------------------------------------------------------------------------------

void MainWindow::reloadProjects()
{
    if (database())
        m_projects->reload();
}

void MainWindow::onProjectsLoaded()
{
    restoreTreeState();
    emit projectsLoaded();
    if (m_projects->rowCount() == 0)
        offerDemoProject();
}

void MainWindow::restoreTreeState()
{
    for (const QString &name : std::as_const(m_expanded)) {
        if (const QModelIndex index = m_projects->projectIndex(name); index.isValid())
            m_tree->expand(index);
    }
    QString project = !m_selectAfterLoad.isEmpty() ? m_selectAfterLoad : m_currentProject;
    m_selectAfterLoad.clear();
    if (!m_projects->projectIndex(project).isValid() && m_projects->rowCount() > 0)
        project = m_projects->project(m_projects->index(0, 0)).name;
    QModelIndex select = m_projects->projectIndex(project);
    if (project == m_currentProject && m_currentFile.id != 0) {
        if (const QModelIndex file = m_projects->fileIndex(project, m_currentFile.id);
            file.isValid())
            select = file;
    }
    if (select.isValid()) {
        const QScopedValueRollback restoring(m_restoringTree, true);
        m_tree->setCurrentIndex(select);
    } else {
        setCurrentProject(QString());
    }
}

void MainWindow::selectProject(const QString &name)
{
    if (const QModelIndex index = m_projects->projectIndex(name); index.isValid())
        m_tree->setCurrentIndex(index);
}

void MainWindow::selectFile(const QString &project, const FileInfo &file)
{
    if (const QModelIndex index = m_projects->fileIndex(project, file.id); index.isValid()) {
        m_tree->setCurrentIndex(index);
        return;
    }
    requestSelect(project, file.id, [this, project, file] {
        // Its project's files are not listed in the tree yet: show it, and select it in the
        // tree once they are (see filesLoaded).
        setCurrentProject(project);
        setCurrentFile(file);
        if (const QModelIndex parent = m_projects->projectIndex(project); parent.isValid())
            m_tree->expand(parent);
    });
}

void MainWindow::onTreeCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const QString project = m_projects->project(current).name;
    // A project row keeps the current file when it is the current project's, else clears it.
    const qint64 fileId = m_projects->isFile(current)   ? m_projects->file(current).id
                          : project == m_currentProject ? m_currentFile.id
                                                        : 0;
    if (const QList<Editor *> leaving = editorsLeaving(project, fileId); !leaving.isEmpty()) {
        // The tree stays on the editors' file while they ask, and chooses the row again once
        // they agreed (queued, after reselectCurrentFile()).
        reselectCurrentFile();
        const QPersistentModelIndex target = current;
        Editor::requestLeaveAll(leaving, [this, target](bool mayLeave) {
            if (!mayLeave)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, target] {
                    if (target.isValid())
                        m_tree->setCurrentIndex(target);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    setCurrentProject(project);
    if (m_projects->isFile(current)) {
        setCurrentFile(m_projects->file(current));
        if (currentView() == QLatin1String("files") && !m_restoringTree)
            showView(QStringLiteral("records"));
    }
}

// The editors with unsaved edits that showing fileId of project would take away from their
// document.
QList<Editor *> MainWindow::editorsLeaving(const QString &project, qint64 fileId) const
{
    QList<Editor *> leaving;
    for (Editor *editor : editors()) {
        if (editor->isModified() && editor->wouldLeave(project, fileId))
            leaving << editor;
    }
    return leaving;
}

// Calls select once the editors that showing fileId of project would leave agreed: before this
// returns when none has unsaved edits, else once they answered; never when one keeps its edits.
void MainWindow::requestSelect(const QString &project, qint64 fileId, std::function<void()> select)
{
    Editor::requestLeaveAll(editorsLeaving(project, fileId), [select](bool mayLeave) {
        if (mayLeave)
            select();
    });
}

// The user kept an editor on its file: select that file in the tree again. Queued, so that the
// tree has finished handling the click or key that moved away from it.
void MainWindow::reselectCurrentFile()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            QModelIndex index = m_projects->fileIndex(m_currentProject, m_currentFile.id);
            if (!index.isValid())
                index = m_projects->projectIndex(m_currentProject);
            if (index.isValid() && m_tree->currentIndex() != index)
                m_tree->setCurrentIndex(index);
        },
        Qt::QueuedConnection);
}

void MainWindow::setCurrentProject(const QString &project)
{
    m_filesView->setProject(project);
    m_projectActions->setCurrentProject(project);
    if (project == m_currentProject)
        return;
    m_currentProject = project;
    setCurrentFile(FileInfo());
    emit currentProjectChanged(project);
}

void MainWindow::setCurrentFile(const FileInfo &file)
{
    if (file.id == m_currentFile.id && file.recordCount == m_currentFile.recordCount
        && file.status == m_currentFile.status && file.rejectCount == m_currentFile.rejectCount)
        return;
    m_currentFile = file;
    m_recordsView->setFile(m_currentProject, file);
    // Every way to another file asked the editors first (requestSelect()), except a project
    // that vanished from the tree: its files' edits have nowhere to go.
    for (Editor *editor : editors())
        editor->setFile(m_currentProject, file);
    emit currentFileChanged(file);
}

// --- Demo project -----------------------------------------------------------------------------

void MainWindow::offerDemoProject()
{
    if (m_demoOffered || QSettings().value(demoDeclinedKey).toBool() || m_demoFuture.isRunning())
        return;
    m_demoOffered = true;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Welcome to Stevedore"),
                                tr("This database has no projects yet. Create a demo project "
                                   "from the bundled sample files?"),
                                QMessageBox::Yes | QMessageBox::No,
                                this);
    box->setObjectName(QStringLiteral("demoOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("It imports %n small CSV file(s) into a project named “demo”.",
                               nullptr,
                               int(demoFiles().size())));
    box->button(QMessageBox::Yes)->setText(tr("Create Demo Project"));
    box->button(QMessageBox::No)->setText(tr("Not Now"));
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            importDemoProject();
        else
            QSettings().setValue(demoDeclinedKey, true);
    });
    box->open();
}

void MainWindow::importDemoProject()
{
    Database *database = this->database();
    if (!database || m_demoFuture.isRunning())
        return;
    const quint64 token = m_openToken;
    m_demoAction->setEnabled(false);
    showMessage(tr("Importing the demo project…"));
    m_demoFuture
        = QtConcurrent::run([database] { return stevedore::importDemoProject(*database); });
    whenFinished(m_demoFuture, this, [this, token](const QFuture<QStringList> &done) {
        if (token != m_openToken)
            return;
        m_demoAction->setEnabled(true);
        QStringList failures;
        if (const QString error = failureOf(done); !error.isEmpty())
            failures << error;
        else
            failures = done.result();
        if (!failures.isEmpty())
            showError(tr("Demo Project"),
                      tr("Some sample files could not be imported:\n%1")
                          .arg(failures.join(QLatin1Char('\n'))));
        else
            showMessage(tr("The demo project is ready."));
        m_selectAfterLoad = demoProjectName;
        reloadProjects();
        emit demoImported(failures);
    });
}

// --- Export -----------------------------------------------------------------------------------

void MainWindow::exportFile(const QString &project,
                            const QString &file,
                            ExportFormat format,
                            ExportColumns columns)
{
    if (!database() || file.isEmpty())
        return;
    const bool mapped = columns == ExportColumns::Mapped;
    const QString suffix
        = format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog *dialog = filedialogs::create(
        this,
        mapped ? tr("Export %1 in the Schema's Columns").arg(file) : tr("Export %1").arg(file));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilter(format == ExportFormat::Csv ? tr("CSV files (*.csv)")
                                                      : tr("JSON Lines files (*.jsonl)"));
    // Not the raw export's name: the two files differ.
    const QString base
        = QFileInfo(file).completeBaseName() + (mapped ? QStringLiteral("-mapped") : QString());
    dialog->selectFile(QDir(documents).filePath(base + QLatin1Char('.') + suffix));
    connect(dialog,
            &QFileDialog::fileSelected,
            this,
            [this, project, file, format, columns](const QString &path) {
                exportFileTo(project, file, format, path, columns);
            });
    dialog->open();
}

void MainWindow::exportFileTo(const QString &project,
                              const QString &file,
                              ExportFormat format,
                              const QString &path,
                              ExportColumns columns)
{
    if (!m_exporter->start(database(), project, file, format, path, columns))
        showMessage(tr("An export is running already."));
}

// --- Window -----------------------------------------------------------------------------------

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        fitToScreen(); // again, now that the window manager's frame is known
        emit firstShown();
    }
}

void MainWindow::moveEvent(QMoveEvent *event)
{
    QMainWindow::moveEvent(event);
    // The window manager's title bar and borders are known only once it has framed the
    // window, after the first show: fit the framed window too, once.
    if (m_shown && !m_fittedInFrame && frameGeometry() != geometry()) {
        m_fittedInFrame = true;
        fitToScreen();
    }
}

void MainWindow::chooseFilesToImport()
{
    if (!database())
        return;
    const QStringList paths
        = filedialogs::getOpenFileNames(this, tr("Import Files"), QString(), importFileFilter());
    if (!paths.isEmpty())
        openImport(paths);
}

// The import dialog for these files; once it queues them, the Imports view comes forward with
// the first job selected, so the operator sees the import start.
void MainWindow::openImport(const QStringList &paths)
{
    ImportDialog *dialog = openImportDialog(this, database(), paths, m_currentProject);
    connect(dialog, &ImportDialog::jobsQueued, this, &MainWindow::showQueuedJobs);
}

void MainWindow::showQueuedJobs(const QList<int> &ids)
{
    if (ids.isEmpty())
        return;
    showView(QStringLiteral("imports"));
    if (auto *imports = qobject_cast<ImportsView *>(view(QStringLiteral("imports"))))
        imports->selectJob(ids.first());
    showMessage(tr(
        "Importing %n file(s): the Imports view shows their progress.", nullptr, int(ids.size())));
}

// Jobs a crash or a quit left unfinished are offered once, when their database opens. Later
// leaves them in the Imports view, where Resume and Discard work on each.
void MainWindow::offerInterrupted()
{
    JobQueue *queue = JobQueue::instance();
    QList<int> ids;
    QStringList lines;
    const QLocale locale;
    for (const int id : queue->ids()) {
        const ImportJob *job = queue->find(id);
        if (!job || job->state != ImportJob::State::Interrupted)
            continue;
        ids << id;
        if (lines.size() < 8)
            lines << tr("• %1 → %2: %3 records so far")
                         .arg(job->fileName(),
                              job->options.project,
                              locale.toString(job->progress.records));
    }
    if (ids.isEmpty())
        return;
    if (ids.size() > lines.size())
        lines << tr("… and %1 more").arg(ids.size() - lines.size());
    if (m_interruptedQuestion)
        m_interruptedQuestion->reject();
    auto *box
        = new QMessageBox(QMessageBox::Question,
                          tr("Unfinished Imports"),
                          tr("%n import(s) did not finish the last time this database was used.",
                             nullptr,
                             int(ids.size())),
                          QMessageBox::NoButton,
                          this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("Resume continues each after its last committed batch. Discard deletes the records "
             "they imported. Later leaves them in the Imports view."));
    QPushButton *resume = box->addButton(tr("Resume All"), QMessageBox::AcceptRole);
    QPushButton *discard = box->addButton(tr("Discard All…"), QMessageBox::DestructiveRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setDefaultButton(resume);
    connect(box, &QMessageBox::buttonClicked, this, [=, this](QAbstractButton *clicked) {
        if (clicked == resume) {
            for (const int id : ids)
                JobQueue::instance()->resume(id);
            showQueuedJobs(ids);
        } else if (clicked == discard) {
            discardInterrupted(ids);
        }
    });
    m_interruptedQuestion = box;
    box->open();
}

void MainWindow::discardInterrupted(const QList<int> &ids)
{
    qint64 records = 0;
    for (const int id : ids) {
        if (const ImportJob *job = JobQueue::instance()->find(id))
            records += job->progress.records;
    }
    m_interruptedQuestion = askToConfirm(
        this,
        {QMessageBox::Warning,
         tr("Discard Unfinished Imports"),
         tr("Discard %n unfinished import(s)?", nullptr, int(ids.size())),
         tr("The %1 records they imported are deleted. This cannot be undone.")
             .arg(QLocale().toString(records)),
         tr("Discard All")},
        [ids] {
            for (const int id : ids)
                JobQueue::instance()->discard(id);
        },
        [this] { offerInterrupted(); });
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_demoOffered = true; // files of one's own to import: no demo project offered over them
    if (database()) {
        openImport(paths);
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &MainWindow::databaseReady, this, [this, paths, once] {
        disconnect(*once);
        importFiles(paths);
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (database() && acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!database() || !acceptsDrop(event->mimeData()))
        return;
    event->acceptProposedAction();
    openImport(droppedPaths(event->mimeData()));
}

// With unsaved edits the event is ignored and the editors are asked; once they all agreed the
// window closes again, this time for good.
void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<Editor *> modified = editors();
    modified.removeIf([](const Editor *editor) { return !editor->isModified(); });
    if (!std::exchange(m_mayClose, false) && !modified.isEmpty()) {
        event->ignore();
        Editor::requestLeaveAll(modified, [this](bool mayLeave) {
            if (!mayLeave)
                return;
            m_mayClose = true;
            // Queued: close() does nothing while a closeEvent() is being handled.
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        return;
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(viewKey, currentView());
    if (!m_currentProject.isEmpty())
        settings.setValue(projectKey, m_currentProject);
    event->accept();
}

} // namespace stevedore
