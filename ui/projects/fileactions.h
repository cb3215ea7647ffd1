// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/catalog.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace stevedore {

class Database;

// What an operator does to one file, from the projects tree's and the Files view's context menus:
// Open Records, Export…, Show Rejects, Re-import (Replace)…, Delete File…. Opening and exporting
// are the window's business (signals); the rest is done here, with dialogs opened with open(),
// never exec(), and every database read or write on the database's pool or writer. Deleting
// asks first, naming the file and how many records go with it, counted afresh.
class FileActions : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(QWidget *dialogParent);

    // Not owned; must be open. nullptr disables the actions.
    void setDatabase(Database *database);
    // The file the actions act on; a file with id 0 disables them.
    void setFile(const QString &project, const FileInfo &file);
    QString project() const { return m_project; }
    FileInfo file() const { return m_file; }

    QAction *openRecordsAction() const { return m_openRecords; }
    QAction *exportAction() const { return m_export; }
    QAction *showRejectsAction() const { return m_showRejects; }
    QAction *reimportAction() const { return m_reimport; }
    QAction *deleteAction() const { return m_delete; }
    // The five actions in menu order, with a separator before Delete File….
    QMenu *createMenu(QWidget *parent) const;

    // The dialogs.
    void showRejects();
    void askReimport();
    void askDelete();
    // The work, without asking.
    int reimport(const QString &sourcePath);
    void deleteFile(const QString &project, const QString &name);

signals:
    void openRecordsRequested(const QString &project, const stevedore::FileInfo &file);
    void exportRequested(const QString &project, const QString &file);
    // The file and everything in it went.
    void fileDeleted(const QString &project, const QString &file);
    void statusMessage(const QString &message);
    void failed(const QString &message);

private:
    void updateActions();
    void showError(const QString &message);
    void chooseReimportSource(const QString &initialPath);
    void confirmDelete(const QString &project, const FileInfo &file);

    QWidget *m_dialogParent = nullptr;
    Database *m_database = nullptr;
    quint64 m_generation = 0; // bumped when the database changes
    QString m_project;
    FileInfo m_file;
    QAction *m_openRecords = nullptr;
    QAction *m_export = nullptr;
    QAction *m_showRejects = nullptr;
    QAction *m_reimport = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace stevedore
