// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "imports/jobqueue.h"
#include "imports/rejectsmodel.h"
#include "importtest.h"
#include "mainwindow.h"
#include "projects/fileactions.h"
#include "projects/filesmodel.h"
#include "projects/filesview.h"
#include "projects/projectsmodel.h"
#include "records/recordsview.h"
#include "tablecolumns.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialog>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace stevedore;
using namespace stevedore::guitest;

// A file's context menu, in the projects tree and in the Files view, and what its actions do.
class tst_FileActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void treeMenuHasTheFileActions();
    void filesViewMenuHasTheFileActions();
    void openRecordsShowsTheGrid();
    void enterOpensRecords();
    void enterInTheTreeOpensRecords();
    void showRejectsListsTheFilesRejects();
    void reimportReplacesTheFile();
    void deleteAsksWithTheCountAndDeletesOnlyAfterYes();

private:
    QMenu *treeMenu(const QString &file);
    QMenu *filesViewMenu(const QString &file);
    FileInfo fileNamed(const QString &name) const;
    QStringList texts(const QMenu *menu) const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<MainWindow> m_window;
    QMenu *m_menu = nullptr;
};

const QString project = QStringLiteral("demo");

void tst_FileActions::initTestCase()
{
    WarningTrap::install();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_fileactions"));
    QSettings().setValue(QStringLiteral("demo/declined"), true);

    DatabaseOptions options;
    options.primary
        = DbUrl::parse(QStringLiteral("sqlite:") + m_dataDir.filePath(QStringLiteral("f.sqlite")));
    {
        Database setup(options);
        setup.open();
        writeFile(setup, project, QStringLiteral("orders.csv"), 1234);
        FileSpec rejected;
        rejected.project = project;
        rejected.name = QStringLiteral("rejected.csv");
        rejected.records = 20;
        rejected.unused = {3, 7};
        writeFile(setup, rejected);
        writeFile(setup, project, QStringLiteral("small.csv"), 5);
    }
    m_window = std::make_unique<MainWindow>(std::make_unique<Database>(options));
    QSignalSpy loaded(m_window.get(), &MainWindow::projectsLoaded);
    m_window->show();
    QVERIFY(loaded.wait(30000));
    QSignalSpy filesLoaded(m_window->filesView(), &FilesView::loaded);
    m_window->selectProject(project);
    QVERIFY(filesLoaded.wait(30000));
    m_window->contextMenuHook = [this](QMenu *menu) {
        m_menu = menu;
    };
}

void tst_FileActions::init()
{
    m_window->showView(QStringLiteral("files"));
}

void tst_FileActions::cleanup()
{
    delete m_menu;
    m_menu = nullptr;
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_FileActions::cleanupTestCase()
{
    m_window.reset();
    STEVEDORE_VERIFY_NO_WARNINGS();
}

QMenu *tst_FileActions::treeMenu(const QString &file)
{
    QTreeView *tree = m_window->projectsTree();
    ProjectsModel *model = m_window->projectsModel();
    tree->expand(model->projectIndex(project));
    if (!QTest::qWaitFor([&] { return model->fileIndex(project, fileNamed(file).id).isValid(); },
                         30000))
        return nullptr;
    const QModelIndex index = model->fileIndex(project, fileNamed(file).id);
    tree->scrollTo(index);
    m_window->showTreeContextMenu(tree->visualRect(index).center());
    return m_menu;
}

QMenu *tst_FileActions::filesViewMenu(const QString &file)
{
    const int row = m_window->filesView()->model()->rowOf(fileNamed(file).id);
    QTableView *table = m_window->filesView()->table();
    const QModelIndex index = m_window->filesView()->proxy()->mapFromSource(
        m_window->filesView()->model()->index(row, 0));
    m_window->showFilesContextMenu(table->visualRect(index).center());
    return m_menu;
}

FileInfo tst_FileActions::fileNamed(const QString &name) const
{
    for (const FileInfo &file : m_window->filesView()->model()->files()) {
        if (file.name == name)
            return file;
    }
    return {};
}

QStringList tst_FileActions::texts(const QMenu *menu) const
{
    QStringList out;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator() && action->isEnabled())
            out << action->text();
    }
    return out;
}

const QStringList fileActionTexts = {QStringLiteral("&Open Records"),
                                     QStringLiteral("&Export…"),
                                     QStringLiteral("Show Re&jects"),
                                     QStringLiteral("Re-&import (Replace)…"),
                                     QStringLiteral("&Delete File…")};

void tst_FileActions::treeMenuHasTheFileActions()
{
    QMenu *menu = treeMenu(QStringLiteral("small.csv"));
    QVERIFY(menu);
    QCOMPARE(texts(menu), fileActionTexts);
    QCOMPARE(m_window->fileActions()->file().name, QStringLiteral("small.csv"));
    QCOMPARE(m_window->fileActions()->project(), project);
    delete std::exchange(m_menu, nullptr);

    // A project's row keeps the project menu.
    QTreeView *tree = m_window->projectsTree();
    m_window->showTreeContextMenu(
        tree->visualRect(m_window->projectsModel()->projectIndex(project)).center());
    QVERIFY(m_menu);
    QVERIFY(texts(m_menu).contains(QStringLiteral("&Delete Project…")));
    QVERIFY(!texts(m_menu).contains(QStringLiteral("&Delete File…")));
}

void tst_FileActions::filesViewMenuHasTheFileActions()
{
    QMenu *menu = filesViewMenu(QStringLiteral("orders.csv"));
    QVERIFY(menu);
    QCOMPARE(texts(menu), fileActionTexts);
    QCOMPARE(m_window->fileActions()->file().name, QStringLiteral("orders.csv"));
    QCOMPARE(m_window->filesView()->currentFile().name, QStringLiteral("orders.csv"));
}

void tst_FileActions::openRecordsShowsTheGrid()
{
    QMenu *menu = filesViewMenu(QStringLiteral("small.csv"));
    QVERIFY(menu);
    m_window->fileActions()->openRecordsAction()->trigger();
    QCOMPARE(m_window->currentView(), QStringLiteral("records"));
    QCOMPARE(m_window->currentFile().name, QStringLiteral("small.csv"));
    QCOMPARE(m_window->recordsView()->file().name, QStringLiteral("small.csv"));
    QCOMPARE(m_window->focusWidget(), m_window->recordsView()->table());
}

void tst_FileActions::enterOpensRecords()
{
    QTableView *table = m_window->filesView()->table();
    const int row = m_window->filesView()->model()->rowOf(fileNamed("orders.csv").id);
    table->setCurrentIndex(m_window->filesView()->proxy()->mapFromSource(
        m_window->filesView()->model()->index(row, 0)));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->currentView(), QStringLiteral("records"));
    QCOMPARE(m_window->currentFile().name, QStringLiteral("orders.csv"));
    QCOMPARE(m_window->focusWidget(), m_window->recordsView()->table());
}

void tst_FileActions::enterInTheTreeOpensRecords()
{
    QTreeView *tree = m_window->projectsTree();
    ProjectsModel *projects = m_window->projectsModel();
    const QModelIndex demo = projects->projectIndex(project);
    tree->expand(demo);
    QTRY_VERIFY(projects->rowCount(demo) > 0);
    const QModelIndex file = projects->fileIndex(project, fileNamed("small.csv").id);
    QVERIFY(file.isValid());
    tree->setCurrentIndex(file);
    tree->setFocus();
    QCOMPARE(m_window->focusWidget(), tree); // choosing a file in the tree leaves the keys there
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(m_window->currentView(), QStringLiteral("records"));
    QCOMPARE(m_window->currentFile().name, QStringLiteral("small.csv"));
    QCOMPARE(m_window->focusWidget(), m_window->recordsView()->table());
}

void tst_FileActions::showRejectsListsTheFilesRejects()
{
    QVERIFY(filesViewMenu(QStringLiteral("rejected.csv")));
    m_window->fileActions()->showRejectsAction()->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("fileRejectsDialog"));
    QVERIFY(dialog);
    auto *model = dialog->findChild<RejectsModel *>();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 30000);
    QCOMPARE(model->rejects().at(0).recordNo, 3);
    QCOMPARE(model->rejects().at(1).recordNo, 7);
    // The reason is readable: room up to 480 px, elided in the middle, whole in the tooltip.
    auto *table = dialog->findChild<QTableView *>();
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
    auto *columns = table->findChild<TableColumns *>();
    QVERIFY(columns);
    QCOMPARE(columns->maxWidth(RejectsModel::Reason), TableColumns::reasonMaxWidth);
    const QModelIndex reason = model->index(0, RejectsModel::Reason);
    QCOMPARE(reason.data(Qt::ToolTipRole), reason.data());
    QTRY_VERIFY(table->horizontalHeader()->sectionSize(RejectsModel::Reason)
                >= table->fontMetrics().horizontalAdvance(reason.data().toString()));
    dialog->close();
}

void tst_FileActions::reimportReplacesTheFile()
{
    const QString path = m_dataDir.filePath(QStringLiteral("other-name.csv"));
    QVERIFY(importtest::writeText(path, importtest::csvText(9)));
    QVERIFY(filesViewMenu(QStringLiteral("small.csv")));
    JobQueue *queue = JobQueue::instance();
    QSignalSpy finished(queue, &JobQueue::jobFinished);
    const int id = m_window->fileActions()->reimport(path);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(queue->job(id).state, ImportJob::State::Done);
    QCOMPARE(queue->job(id).options.fileName, QStringLiteral("small.csv"));
    QTRY_COMPARE_WITH_TIMEOUT(fileNamed(QStringLiteral("small.csv")).recordCount, 9, 30000);
    QVERIFY(fileNamed(QStringLiteral("other-name.csv")).id == 0);

    // Asked again, it offers the source it read last.
    m_window->fileActions()->reimportAction()->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_window->findChild<QFileDialog *>(QStringLiteral("reimportFileDialog"))), 30000);
    QCOMPARE(dialog->selectedFiles().value(0), path);
    dialog->reject();
}

void tst_FileActions::deleteAsksWithTheCountAndDeletesOnlyAfterYes()
{
    FilesView *files = m_window->filesView();
    const int row = files->model()->rowOf(fileNamed("orders.csv").id);
    files->table()->setCurrentIndex(files->proxy()->mapFromSource(files->model()->index(row, 0)));
    files->table()->setFocus();

    // The Delete key asks; Cancel keeps the file.
    QTest::keyClick(files->table(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = visibleMessageBox(m_window.get(), QStringLiteral("deleteFileConfirmation"))), 30000);
    QCOMPARE(box->text(),
             QStringLiteral("Delete “orders.csv” and its 1,234 records from the project “demo”?"));
    box->button(QMessageBox::Cancel)->click();
    QSignalSpy deleted(m_window->fileActions(), &FileActions::fileDeleted);
    QSignalSpy reloaded(files, &FilesView::loaded);
    files->reload();
    QVERIFY(reloaded.wait(30000));
    QVERIFY(deleted.isEmpty());
    QVERIFY(fileNamed(QStringLiteral("orders.csv")).id != 0);

    // From the menu, Yes deletes it and every view forgets it.
    const qint64 id = fileNamed(QStringLiteral("orders.csv")).id;
    QVERIFY(treeMenu(QStringLiteral("orders.csv")));
    m_window->fileActions()->deleteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = visibleMessageBox(m_window.get(), QStringLiteral("deleteFileConfirmation"))), 30000);
    box->button(QMessageBox::Yes)->click();
    QVERIFY(deleted.wait(30000));
    QCOMPARE(deleted.at(0).at(1).toString(), QStringLiteral("orders.csv"));
    QTRY_VERIFY_WITH_TIMEOUT(fileNamed(QStringLiteral("orders.csv")).id == 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->projectsModel()->fileIndex(project, id).isValid(), 30000);
    QVERIFY(fileNamed(QStringLiteral("small.csv")).id != 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentFile().id != id, 30000);
}

QTEST_MAIN(tst_FileActions)
#include "tst_fileactions.moc"
