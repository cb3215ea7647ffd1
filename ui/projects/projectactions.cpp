// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "projects/projectactions.h"

#include "db/database.h"
#include "db/sql.h"
#include "futurewatch.h"
#include "store/catalog.h"

#include <QAction>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace stevedore {

ProjectActions::ProjectActions(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
    m_create = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New Project…"), this);
    m_create->setShortcut(QKeySequence::New);
    m_rename
        = new QAction(QIcon(QStringLiteral(":/icons/rename.svg")), tr("&Rename Project…"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    // On the projects tree only: elsewhere F2 edits the current cell (mapping, schema).
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete
        = new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete Project…"), this);
    connect(m_create, &QAction::triggered, this, &ProjectActions::askCreate);
    connect(m_rename, &QAction::triggered, this, &ProjectActions::askRename);
    connect(m_delete, &QAction::triggered, this, &ProjectActions::askDelete);
    updateActions();
}

void ProjectActions::setDatabase(Database *database)
{
    m_database = database;
    ++m_generation;
    m_current.clear();
    updateActions();
}

void ProjectActions::setCurrentProject(const QString &name)
{
    m_current = name;
    updateActions();
}

void ProjectActions::updateActions()
{
    m_create->setEnabled(m_database);
    m_rename->setEnabled(m_database && !m_current.isEmpty());
    m_delete->setEnabled(m_database && !m_current.isEmpty());
}

void ProjectActions::showError(const QString &message)
{
    emit failed(message);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Stevedore"), message, QMessageBox::Ok, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ProjectActions::askCreate()
{
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("newProjectDialog"));
    dialog->setWindowTitle(tr("New Project"));
    dialog->setLabelText(tr("Name of the new project:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        createProject(name.trimmed());
    });
    dialog->open();
}

void ProjectActions::askRename()
{
    if (m_current.isEmpty())
        return;
    const QString from = m_current;
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("renameProjectDialog"));
    dialog->setWindowTitle(tr("Rename Project"));
    dialog->setLabelText(tr("New name of the project “%1”:").arg(from));
    dialog->setTextValue(from);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, from](const QString &name) {
        if (name.trimmed() != from)
            renameProject(from, name.trimmed());
    });
    dialog->open();
}

void ProjectActions::askDelete()
{
    if (m_current.isEmpty() || !m_database)
        return;
    // Count afresh: the confirmation must say exactly what will go.
    const QString name = m_current;
    const quint64 generation = m_generation;
    QFuture<ProjectInfo> future = m_database->read(
        [name](QSqlDatabase &db) {
            const QList<ProjectInfo> projects = catalog::listProjects(Sql(db));
            for (const ProjectInfo &project : projects) {
                if (project.name == name)
                    return project;
            }
            return ProjectInfo();
        },
        ReadConsistency::Primary);
    whenFinished(future, this, [this, generation, name](const QFuture<ProjectInfo> &done) {
        if (generation != m_generation)
            return;
        if (const QString error = failureOf(done); !error.isEmpty()) {
            showError(error);
            return;
        }
        const ProjectInfo project = done.result();
        if (project.id == 0) {
            showError(tr("The project “%1” does not exist any more.").arg(name));
            emit projectsChanged(QString());
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    tr("Delete Project"),
                                    tr("Delete the project “%1”?").arg(name),
                                    QMessageBox::Yes | QMessageBox::Cancel,
                                    m_dialogParent);
        box->setObjectName(QStringLiteral("deleteProjectConfirmation"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(
            tr("Its %n file(s) and %1 records will be deleted. This cannot be undone.",
               nullptr,
               int(project.fileCount))
                .arg(QLocale().toString(project.recordCount)));
        box->setDefaultButton(QMessageBox::Cancel);
        box->button(QMessageBox::Yes)->setText(tr("Delete"));
        connect(box, &QMessageBox::finished, this, [this, name](int result) {
            if (result == QMessageBox::Yes)
                deleteProject(name);
        });
        box->open();
    });
}

void ProjectActions::createProject(const QString &name)
{
    if (!m_database)
        return;
    const quint64 generation = m_generation;
    QFuture<qint64> future = m_database->write(
        [name](QSqlDatabase &db) { return catalog::createProject(Sql(db), name); });
    whenFinished(future, this, [this, generation, name](const QFuture<qint64> &done) {
        if (generation != m_generation)
            return;
        if (const QString error = failureOf(done); !error.isEmpty()) {
            showError(tr("Cannot create the project: %1").arg(error));
            return;
        }
        emit statusMessage(tr("Created the project “%1”.").arg(name));
        emit projectsChanged(name);
    });
}

void ProjectActions::renameProject(const QString &from, const QString &to)
{
    if (!m_database)
        return;
    const quint64 generation = m_generation;
    QFuture<void> future = m_database->write(
        [from, to](QSqlDatabase &db) { catalog::renameProject(Sql(db), from, to); });
    whenFinished(future, this, [this, generation, from, to](const QFuture<void> &done) {
        if (generation != m_generation)
            return;
        if (const QString error = failureOf(done); !error.isEmpty()) {
            showError(tr("Cannot rename the project: %1").arg(error));
            return;
        }
        emit statusMessage(tr("Renamed the project “%1” to “%2”.").arg(from, to));
        emit projectsChanged(to);
    });
}

void ProjectActions::deleteProject(const QString &name)
{
    if (!m_database)
        return;
    const quint64 generation = m_generation;
    QFuture<qint64> future = m_database->write(
        [name](QSqlDatabase &db) { return catalog::deleteProject(Sql(db), name); });
    whenFinished(future, this, [this, generation, name](const QFuture<qint64> &done) {
        if (generation != m_generation)
            return;
        if (const QString error = failureOf(done); !error.isEmpty()) {
            showError(tr("Cannot delete the project: %1").arg(error));
            return;
        }
        emit statusMessage(tr("Deleted the project “%1” and its %2 records.")
                               .arg(name, QLocale().toString(done.result())));
        emit projectsChanged(QString());
    });
}

} // namespace stevedore
