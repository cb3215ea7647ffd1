// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "projects/fileactions.h"

#include "db/database.h"
#include "db/sql.h"
#include "filedialogs.h"
#include "futurewatch.h"
#include "imports/jobqueue.h"
#include "imports/rejectsmodel.h"
#include "store/importjobs.h"
#include "tablecolumns.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace stevedore {

namespace {

// A file with millions of rejects: the dialog shows the first ones, as the Imports view does.
constexpr qsizetype shownRejects = 10000;

} // namespace

FileActions::FileActions(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
    m_openRecords
        = new QAction(QIcon(QStringLiteral(":/icons/records.svg")), tr("&Open Records"), this);
    m_export = new QAction(tr("&Export…"), this);
    m_showRejects = new QAction(tr("Show Re&jects"), this);
    m_reimport = new QAction(
        QIcon(QStringLiteral(":/icons/import.svg")), tr("Re-&import (Replace)…"), this);
    m_delete = new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete File…"), this);
    connect(m_openRecords, &QAction::triggered, this, [this] {
        emit openRecordsRequested(m_project, m_file);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        emit exportRequested(m_project, m_file.name);
    });
    connect(m_showRejects, &QAction::triggered, this, &FileActions::showRejects);
    connect(m_reimport, &QAction::triggered, this, &FileActions::askReimport);
    connect(m_delete, &QAction::triggered, this, &FileActions::askDelete);
    updateActions();
}

void FileActions::setDatabase(Database *database)
{
    m_database = database;
    ++m_generation;
    m_project.clear();
    m_file = FileInfo();
    updateActions();
}

void FileActions::setFile(const QString &project, const FileInfo &file)
{
    m_project = project;
    m_file = file;
    updateActions();
}

void FileActions::updateActions()
{
    const bool enabled = m_database && m_file.id != 0;
    for (QAction *action : {m_openRecords, m_export, m_showRejects, m_reimport, m_delete})
        action->setEnabled(enabled);
}

QMenu *FileActions::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("fileContextMenu"));
    menu->addActions({m_openRecords, m_export, m_showRejects, m_reimport});
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->setDefaultAction(m_openRecords);
    return menu;
}

void FileActions::showError(const QString &message)
{
    emit failed(message);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Stevedore"), message, QMessageBox::Ok, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FileActions::showRejects()
{
    if (!m_database || m_file.id == 0)
        return;
    auto *dialog = new QDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("fileRejectsDialog"));
    dialog->setWindowTitle(tr("Rejects of %1").arg(m_file.name));
    auto *title = new QLabel(tr("Loading…"), dialog);
    auto *model = new RejectsModel(dialog);
    auto *table = new QTableView(dialog);
    table->setModel(model);
    table->setWordWrap(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->hideColumn(RejectsModel::Fix); // fixing happens in the Imports view
    table->verticalHeader()->hide();
    // As in the Imports view: long reasons elide in the middle, whole in the tooltip.
    table->setTextElideMode(Qt::ElideMiddle);
    auto *columns = new TableColumns(table, QStringLiteral("tables/fileRejects"));
    columns->setMaxWidth(RejectsModel::Reason, TableColumns::reasonMaxWidth);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(title);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 420);

    const qint64 fileId = m_file.id;
    QFuture<QList<RejectRow>> future = m_database->read(
        [fileId](QSqlDatabase &db) { return importjobs::fileRejects(Sql(db), fileId); });
    whenFinished(future, dialog, [title, model](const QFuture<QList<RejectRow>> &done) {
        if (const QString error = failureOf(done); !error.isEmpty()) {
            title->setText(tr("Cannot read the rejects: %1").arg(error));
            return;
        }
        const QList<RejectRow> rejects = done.result();
        const QLocale locale;
        if (rejects.isEmpty())
            title->setText(tr("No record of this file was rejected."));
        else if (rejects.size() > shownRejects)
            title->setText(
                tr("The first %1 of %2 rejected records.")
                    .arg(locale.toString(shownRejects), locale.toString(rejects.size())));
        else
            title->setText(tr("%1 rejected records.").arg(locale.toString(rejects.size())));
        model->setRejects(0, rejects.first(std::min(rejects.size(), shownRejects)));
    });
    dialog->open();
}

void FileActions::askReimport()
{
    if (!m_database || m_file.id == 0)
        return;
    // The dialog starts on the source the file was last imported from.
    const qint64 fileId = m_file.id;
    const quint64 generation = m_generation;
    QFuture<QString> future = m_database->read(
        [fileId](QSqlDatabase &db) { return importjobs::lastSourcePath(Sql(db), fileId); },
        ReadConsistency::Primary);
    whenFinished(future, this, [this, generation, fileId](const QFuture<QString> &done) {
        if (generation != m_generation || fileId != m_file.id)
            return;
        const QString source = failureOf(done).isEmpty() ? done.result() : QString();
        chooseReimportSource(source.isEmpty() || source.startsWith(QLatin1Char(':')) ? QString()
                                                                                     : source);
    });
}

void FileActions::chooseReimportSource(const QString &initialPath)
{
    QFileDialog *dialog
        = filedialogs::create(m_dialogParent, tr("Re-import %1").arg(m_file.name), initialPath);
    dialog->setObjectName(QStringLiteral("reimportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    const quint64 generation = m_generation;
    connect(dialog, &QFileDialog::fileSelected, this, [this, generation](const QString &path) {
        if (generation == m_generation)
            reimport(path);
    });
    dialog->open();
}

int FileActions::reimport(const QString &sourcePath)
{
    if (!m_database || m_file.id == 0)
        return 0;
    ImportOptions options;
    options.project = m_project;
    options.path = sourcePath;
    options.fileName = m_file.name; // the source may be named otherwise: it replaces this file
    options.replace = true;
    const int id = JobQueue::instance()->enqueue(options);
    emit statusMessage(tr("Re-importing “%1” from %2.").arg(m_file.name, sourcePath));
    return id;
}

void FileActions::askDelete()
{
    if (!m_database || m_file.id == 0)
        return;
    // Count afresh: the question must say exactly what will go.
    const QString project = m_project;
    const QString name = m_file.name;
    const quint64 generation = m_generation;
    QFuture<FileInfo> future = m_database->read(
        [project, name](QSqlDatabase &db) {
            const Sql sql(db);
            return catalog::fileInfo(sql, catalog::projectId(sql, project), name);
        },
        ReadConsistency::Primary);
    whenFinished(future, this, [this, generation, project](const QFuture<FileInfo> &done) {
        if (generation != m_generation)
            return;
        if (const QString error = failureOf(done); !error.isEmpty()) {
            showError(error);
            return;
        }
        confirmDelete(project, done.result());
    });
}

void FileActions::confirmDelete(const QString &project, const FileInfo &file)
{
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Delete File"),
                                tr("Delete “%1” and its %2 records from the project “%3”?")
                                    .arg(file.name, QLocale().toString(file.recordCount), project),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                m_dialogParent);
    box->setObjectName(QStringLiteral("deleteFileConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Its mapping and import history go with it. This cannot be undone."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    connect(box, &QMessageBox::finished, this, [this, project, name = file.name](int result) {
        if (result == QMessageBox::Yes)
            deleteFile(project, name);
    });
    box->open();
}

void FileActions::deleteFile(const QString &project, const QString &name)
{
    if (!m_database)
        return;
    const quint64 generation = m_generation;
    QFuture<qint64> future = m_database->write(
        [project, name](QSqlDatabase &db) { return catalog::removeFile(Sql(db), project, name); });
    whenFinished(future, this, [this, generation, project, name](const QFuture<qint64> &done) {
        if (generation != m_generation)
            return;
        if (const QString error = failureOf(done); !error.isEmpty()) {
            showError(tr("Cannot delete the file: %1").arg(error));
            return;
        }
        emit statusMessage(tr("Deleted “%1” and its %2 records from the project “%3”.")
                               .arg(name, QLocale().toString(done.result()), project));
        emit fileDeleted(project, name);
    });
}

} // namespace stevedore
