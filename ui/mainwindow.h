// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QLabel;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace stevedore {

struct ProjectInfo;
struct FileInfo;

// The operators' main window: projects and their files on the left, the selected project's
// files in the centre. Every database call runs on the pool's threads; results that arrive
// after the user moved on are dropped (each request carries a token).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Takes ownership of a database that is not yet open; it is opened off the GUI thread.
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database *database() const { return m_database.get(); }
    QStandardItemModel *projectsModel() const { return m_projects; }
    QStandardItemModel *filesModel() const { return m_files; }

signals:
    void databaseReady();
    void projectsLoaded();
    void filesLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void openDatabase();
    void reloadProjects();
    void showProjectFiles(const QString &project);

    std::unique_ptr<Database> m_database;
    bool m_ready = false;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_projects = nullptr;
    QStandardItemModel *m_files = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QFutureWatcher<void> m_openWatcher;
    QFutureWatcher<QList<ProjectInfo>> m_projectsWatcher;
    QFutureWatcher<QList<FileInfo>> m_filesWatcher;
    quint64 m_filesToken = 0;
};

} // namespace stevedore
