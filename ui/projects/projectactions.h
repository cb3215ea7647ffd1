// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace stevedore {

class Database;

// Create, rename and delete projects: the actions for menus and the tree's context menu, their
// dialogs (opened with open(), never exec()) and the writes, which run on the database's
// writer. Deleting asks first, naming the project and how many files and records go with it.
class ProjectActions : public QObject
{
    Q_OBJECT

public:
    explicit ProjectActions(QWidget *dialogParent);

    // Not owned; must be open. nullptr disables the actions.
    void setDatabase(Database *database);
    void setCurrentProject(const QString &name);
    QString currentProject() const { return m_current; }

    QAction *createAction() const { return m_create; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }

    // The dialogs.
    void askCreate();
    void askRename();
    void askDelete();
    // The writes, without asking.
    void createProject(const QString &name);
    void renameProject(const QString &from, const QString &to);
    void deleteProject(const QString &name);

signals:
    // A write succeeded; select names the project to show (empty after a delete).
    void projectsChanged(const QString &select);
    void statusMessage(const QString &message);
    void failed(const QString &message);

private:
    void updateActions();
    void showError(const QString &message);

    QWidget *m_dialogParent = nullptr;
    Database *m_database = nullptr;
    quint64 m_generation = 0; // bumped when the database changes
    QString m_current;
    QAction *m_create = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace stevedore
