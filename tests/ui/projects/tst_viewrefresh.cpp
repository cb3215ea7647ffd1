// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "imports/jobqueue.h"
#include "importtest.h"
#include "mainwindow.h"
#include "projects/filesmodel.h"
#include "projects/filesview.h"
#include "projects/projectsmodel.h"
#include "records/recordsview.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace stevedore;
using namespace stevedore::guitest;

// What the GUI writes, or watches an import write, shows in every view without F5; F5 shows
// what another process wrote.
class tst_ViewRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void importCreatesAProjectInTheTree();
    void moreFilesUpdateTheProjectAndTheFilesView();
    void reimportUpdatesTheOpenFile();
    void refreshShowsAnotherProcessesWrites();

private:
    // Queues an import of records rows as name into project and waits for its end.
    void import(const QString &project, const QString &name, qint64 records, bool replace);
    ProjectInfo project(const QString &name) const;
    qint64 filesViewCount(const QString &file) const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    DatabaseOptions m_options;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ViewRefresh::initTestCase()
{
    WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_viewrefresh"));
    QSettings().setValue(QStringLiteral("demo/declined"), true);

    m_options.primary = DbUrl::parse(QStringLiteral("sqlite:")
                                     + m_dataDir.filePath(QStringLiteral("views.sqlite")));
    // Cached lists outlive the test: only invalidation (or F5) can show a change.
    m_options.cacheTtl = std::chrono::hours(1);
    m_window = std::make_unique<MainWindow>(std::make_unique<Database>(m_options));
    QSignalSpy loaded(m_window.get(), &MainWindow::projectsLoaded);
    m_window->show();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(m_window->projectsModel()->rowCount(), 0);
}

void tst_ViewRefresh::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_ViewRefresh::cleanupTestCase()
{
    m_window.reset();
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_ViewRefresh::import(const QString &project,
                             const QString &name,
                             qint64 records,
                             bool replace)
{
    const QString path = m_dataDir.filePath(name);
    QVERIFY(importtest::writeText(path, importtest::csvText(records)));
    ImportOptions options;
    options.project = project;
    options.path = path;
    options.replace = replace;
    JobQueue *queue = JobQueue::instance();
    QSignalSpy finished(queue, &JobQueue::jobFinished);
    const int id = queue->enqueue(options);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.at(0).at(0).toInt(), id);
    QCOMPARE(queue->job(id).state, ImportJob::State::Done);
}

ProjectInfo tst_ViewRefresh::project(const QString &name) const
{
    ProjectsModel *model = m_window->projectsModel();
    return model->project(model->projectIndex(name));
}

qint64 tst_ViewRefresh::filesViewCount(const QString &file) const
{
    for (const FileInfo &info : m_window->filesView()->model()->files()) {
        if (info.name == file)
            return info.recordCount;
    }
    return -1;
}

void tst_ViewRefresh::importCreatesAProjectInTheTree()
{
    import(QStringLiteral("fresh"), QStringLiteral("a.csv"), 3, false);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->projectsModel()->projectIndex(QStringLiteral("fresh")).isValid(), 30000);
    QCOMPARE(project(QStringLiteral("fresh")).recordCount, qint64(3));
    m_window->selectProject(QStringLiteral("fresh"));
    QTRY_COMPARE_WITH_TIMEOUT(filesViewCount(QStringLiteral("a.csv")), qint64(3), 30000);
}

void tst_ViewRefresh::moreFilesUpdateTheProjectAndTheFilesView()
{
    import(QStringLiteral("fresh"), QStringLiteral("b.csv"), 4, false);
    QTRY_COMPARE_WITH_TIMEOUT(project(QStringLiteral("fresh")).recordCount, qint64(7), 30000);
    QCOMPARE(project(QStringLiteral("fresh")).fileCount, qint64(2));
    QTRY_COMPARE_WITH_TIMEOUT(filesViewCount(QStringLiteral("b.csv")), qint64(4), 30000);
}

void tst_ViewRefresh::reimportUpdatesTheOpenFile()
{
    FileInfo a;
    for (const FileInfo &info : m_window->filesView()->model()->files()) {
        if (info.name == QLatin1String("a.csv"))
            a = info;
    }
    QVERIFY(a.id != 0);
    m_window->showView(QStringLiteral("files"));
    m_window->selectFile(QStringLiteral("fresh"), a);
    QTRY_COMPARE(m_window->recordsView()->file().id, a.id);
    // The tree lists the project's files and selects the file.
    QTRY_VERIFY(m_window->projectsTree()->currentIndex()
                == m_window->projectsModel()->fileIndex(QStringLiteral("fresh"), a.id));
    QCOMPARE(m_window->recordsView()->file().recordCount, qint64(3));
    m_window->showView(QStringLiteral("files"));

    import(QStringLiteral("fresh"), QStringLiteral("a.csv"), 5, true);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->recordsView()->file().recordCount, qint64(5), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(filesViewCount(QStringLiteral("a.csv")), qint64(5), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(project(QStringLiteral("fresh")).recordCount, qint64(9), 30000);
    // Refreshing is no navigation: the Files view stays in front.
    QCOMPARE(m_window->currentView(), QStringLiteral("files"));
}

void tst_ViewRefresh::refreshShowsAnotherProcessesWrites()
{
    // The window's cache holds the project list (one hour, see initTestCase()).
    QSignalSpy listed(m_window.get(), &MainWindow::projectsLoaded);
    m_window->reloadProjects();
    QVERIFY(listed.wait(30000));
    // Another process's Database: its own cache, which this window's cache never hears of.
    {
        Database other(m_options);
        other.open();
        writeFile(other, QStringLiteral("elsewhere"), QStringLiteral("c.csv"), 2);
        other.close();
    }
    QAction *refresh = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *item : menu->menu()->actions()) {
            if (item->shortcut() == QKeySequence(QKeySequence::Refresh))
                refresh = item;
        }
    }
    QVERIFY(refresh);
    QSignalSpy loaded(m_window.get(), &MainWindow::projectsLoaded);
    refresh->trigger();
    QVERIFY(loaded.wait(30000));
    QVERIFY(m_window->projectsModel()->projectIndex(QStringLiteral("elsewhere")).isValid());
}

QTEST_MAIN(tst_ViewRefresh)
#include "tst_viewrefresh.moc"
