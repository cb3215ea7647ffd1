// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "catalog.h"
#include "dberror.h"
#include "sql.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QtConcurrent>

namespace stevedore {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setWindowTitle(tr("Stevedore"));
    m_projects = new QStandardItemModel(this);
    m_projects->setHorizontalHeaderLabels({tr("Project"), tr("Records")});
    m_files = new QStandardItemModel(this);
    m_files->setHorizontalHeaderLabels(
        {tr("Name"), tr("Records"), tr("Size"), tr("Status"), tr("Imported at"), tr("Rejects")});

    auto *splitter = new QSplitter(this);
    m_tree = new QTreeView(splitter);
    m_tree->setModel(m_projects);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table = new QTableView(splitter);
    m_table->setModel(m_files);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh = fileMenu->addAction(tr("&Refresh"), this, &MainWindow::reloadProjects);
    refresh->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Stevedore"), this, [this] {
        QMessageBox::about(this,
                           tr("About Stevedore"),
                           tr("Stevedore %1\nQt %2\n%3")
                               .arg(QStringLiteral(STEVEDORE_VERSION),
                                    QString::fromLatin1(qVersion()),
                                    m_database ? m_database->serverVersion() : QString()));
    });

    m_connectionLabel = new QLabel(tr("Connecting…"), this);
    statusBar()->addPermanentWidget(m_connectionLabel);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex projectIndex = current.parent().isValid() ? current.parent()
                                                                            : current;
                showProjectFiles(m_projects->index(projectIndex.row(), 0).data().toString());
            });
    connect(&m_openWatcher, &QFutureWatcher<void>::finished, this, [this] {
        try {
            m_openWatcher.waitForFinished();
        } catch (const DbError &error) {
            m_connectionLabel->setText(tr("Not connected"));
            QMessageBox::critical(this, tr("Cannot open the database"), error.message());
            return;
        }
        m_ready = true;
        m_connectionLabel->setText(tr("%1 — %2")
                                       .arg(m_database->options().primary.shortName(),
                                            m_database->serverVersion()));
        emit databaseReady();
        reloadProjects();
    });
    connect(&m_projectsWatcher, &QFutureWatcher<QList<ProjectInfo>>::finished, this, [this] {
        QList<ProjectInfo> projects;
        try {
            projects = m_projectsWatcher.result();
        } catch (const DbError &error) {
            statusBar()->showMessage(error.message(), 10000);
            return;
        }
        m_projects->removeRows(0, m_projects->rowCount());
        for (const ProjectInfo &project : projects) {
            auto *name = new QStandardItem(project.name);
            auto *records = new QStandardItem(QString::number(project.recordCount));
            m_projects->appendRow({name, records});
        }
        emit projectsLoaded();
    });
    connect(&m_filesWatcher, &QFutureWatcher<QList<FileInfo>>::finished, this, [this] {
        if (m_filesWatcher.property("token").toULongLong() != m_filesToken)
            return; // the user moved on
        QList<FileInfo> files;
        try {
            files = m_filesWatcher.result();
        } catch (const DbError &error) {
            statusBar()->showMessage(error.message(), 10000);
            return;
        }
        m_files->removeRows(0, m_files->rowCount());
        for (const FileInfo &file : files) {
            QList<QStandardItem *> row;
            row << new QStandardItem(file.name);
            auto *records = new QStandardItem;
            records->setData(file.recordCount, Qt::DisplayRole);
            row << records;
            auto *size = new QStandardItem;
            size->setData(file.byteSize, Qt::DisplayRole);
            row << size;
            row << new QStandardItem(file.status);
            row << new QStandardItem(
                file.importedAt > 0
                    ? QDateTime::fromMSecsSinceEpoch(file.importedAt).toString(Qt::ISODate)
                    : QString());
            auto *rejects = new QStandardItem;
            rejects->setData(file.rejectCount, Qt::DisplayRole);
            row << rejects;
            m_files->appendRow(row);
        }
        emit filesLoaded();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("mainwindow/geometry")))
        resize(1100, 700);
    openDatabase();
}

MainWindow::~MainWindow()
{
    m_openWatcher.waitForFinished();
    m_projectsWatcher.waitForFinished();
    m_filesWatcher.waitForFinished();
}

void MainWindow::openDatabase()
{
    Database *database = m_database.get();
    m_openWatcher.setFuture(QtConcurrent::run([database] { database->open(); }));
}

void MainWindow::reloadProjects()
{
    if (!m_ready)
        return;
    m_projectsWatcher.setFuture(m_database->read(
        [](QSqlDatabase &db) { return catalog::listProjects(Sql(db)); },
        ReadConsistency::Primary));
}

void MainWindow::showProjectFiles(const QString &project)
{
    if (!m_ready || project.isEmpty())
        return;
    const quint64 token = ++m_filesToken;
    m_filesWatcher.setProperty("token", token);
    m_filesWatcher.setFuture(m_database->read(
        [project](QSqlDatabase &db) {
            Sql sql(db);
            return catalog::listFiles(sql, catalog::projectId(sql, project));
        }));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    event->accept();
}

} // namespace stevedore
