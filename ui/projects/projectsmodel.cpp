// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "projects/projectsmodel.h"

#include "db/database.h"
#include "db/sql.h"
#include "futurewatch.h"

#include <QIcon>
#include <QLocale>

namespace stevedore {

// internalId: 0 for a project row, projectRow + 1 for a file row.

ProjectsModel::ProjectsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_projectIcon(QStringLiteral(":/icons/project.svg"))
    , m_fileIcon(QStringLiteral(":/icons/file.svg"))
{}

void ProjectsModel::setDatabase(Database *database)
{
    m_database = database;
    ++m_generation;
    setLoading(-m_pending);
    beginResetModel();
    m_nodes.clear();
    endResetModel();
}

void ProjectsModel::setLoading(int delta)
{
    const bool was = isLoading();
    m_pending += delta;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void ProjectsModel::reload()
{
    if (!m_database)
        return;
    QStringList expanded;
    for (const Node &node : std::as_const(m_nodes)) {
        if (node.loaded)
            expanded << node.info.name;
    }
    // Requests of the previous generation will be dropped: they no longer count as loading.
    const quint64 generation = ++m_generation;
    setLoading(1 - m_pending);
    QFuture<Snapshot> future = m_database->read(
        [expanded](QSqlDatabase &db) {
            Sql sql(db);
            Snapshot snapshot;
            snapshot.projects = catalog::listProjects(sql);
            for (const ProjectInfo &project : std::as_const(snapshot.projects)) {
                if (expanded.contains(project.name))
                    snapshot.files.insert(project.name, catalog::listFiles(sql, project.id));
            }
            return snapshot;
        },
        ReadConsistency::Primary);
    whenFinished(future, this, [this, generation](const QFuture<Snapshot> &done) {
        if (generation != m_generation)
            return; // superseded by a newer reload or another database
        setLoading(-1);
        if (const QString error = failureOf(done); !error.isEmpty()) {
            emit loadFailed(error);
            return;
        }
        applySnapshot(done.result());
        emit projectsLoaded();
    });
}

void ProjectsModel::applySnapshot(const Snapshot &snapshot)
{
    beginResetModel();
    m_nodes.clear();
    for (const ProjectInfo &project : snapshot.projects) {
        Node node;
        node.info = project;
        if (const auto files = snapshot.files.constFind(project.name);
            files != snapshot.files.cend()) {
            node.files = *files;
            node.loaded = true;
        }
        m_nodes << node;
    }
    endResetModel();
}

void ProjectsModel::loadFiles(int projectRow)
{
    Node &node = m_nodes[projectRow];
    if (!m_database || node.loaded || node.loading)
        return;
    node.loading = true;
    setLoading(1);
    const quint64 generation = m_generation;
    const qint64 projectId = node.info.id;
    const QString name = node.info.name;
    QFuture<QList<FileInfo>> future = m_database->read(
        [projectId](QSqlDatabase &db) { return catalog::listFiles(Sql(db), projectId); });
    whenFinished(
        future, this, [this, generation, projectRow, name](const QFuture<QList<FileInfo>> &done) {
            if (generation != m_generation)
                return;
            setLoading(-1);
            Node &node = m_nodes[projectRow];
            node.loading = false;
            if (const QString error = failureOf(done); !error.isEmpty()) {
                emit loadFailed(error);
                return;
            }
            const QList<FileInfo> files = done.result();
            node.loaded = true;
            if (!files.isEmpty()) {
                beginInsertRows(index(projectRow, 0), 0, int(files.size()) - 1);
                node.files = files;
                endInsertRows();
            }
            if (node.info.fileCount != files.size()) {
                // Files were added or removed since the projects were listed.
                node.info.fileCount = files.size();
                emit dataChanged(index(projectRow, 0), index(projectRow, ColumnCount - 1));
            }
            emit filesLoaded(name);
        });
}

QModelIndex ProjectsModel::projectIndex(const QString &name) const
{
    for (int row = 0; row < m_nodes.size(); ++row) {
        if (m_nodes[row].info.name == name)
            return index(row, 0);
    }
    return {};
}

QModelIndex ProjectsModel::fileIndex(const QString &project, qint64 fileId) const
{
    const QModelIndex parent = projectIndex(project);
    if (!parent.isValid())
        return {};
    const QList<FileInfo> &files = m_nodes[parent.row()].files;
    for (int row = 0; row < files.size(); ++row) {
        if (files[row].id == fileId)
            return index(row, 0, parent);
    }
    return {};
}

bool ProjectsModel::isFile(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() != 0;
}

ProjectInfo ProjectsModel::project(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int row = isFile(index) ? int(index.internalId()) - 1 : index.row();
    return m_nodes.value(row).info;
}

FileInfo ProjectsModel::file(const QModelIndex &index) const
{
    if (!isFile(index))
        return {};
    return m_nodes.value(int(index.internalId()) - 1).files.value(index.row());
}

QList<ProjectInfo> ProjectsModel::projects() const
{
    QList<ProjectInfo> out;
    for (const Node &node : m_nodes)
        out << node.info;
    return out;
}

bool ProjectsModel::areFilesLoaded(const QString &project) const
{
    const QModelIndex index = projectIndex(project);
    return index.isValid() && m_nodes[index.row()].loaded;
}

QModelIndex ProjectsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProjectsModel::parent(const QModelIndex &child) const
{
    if (!isFile(child))
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int ProjectsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (isFile(parent) || parent.column() != 0)
        return 0;
    return int(m_nodes[parent.row()].files.size());
}

int ProjectsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ProjectsModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_nodes.isEmpty();
    if (isFile(parent) || parent.column() != 0)
        return false;
    const Node &node = m_nodes[parent.row()];
    return node.loaded ? !node.files.isEmpty() : node.info.fileCount > 0;
}

bool ProjectsModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || isFile(parent) || parent.column() != 0)
        return false;
    const Node &node = m_nodes[parent.row()];
    return !node.loaded && !node.loading && node.info.fileCount > 0;
}

void ProjectsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadFiles(parent.row());
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool file = isFile(index);
    const ProjectInfo &project = m_nodes[file ? int(index.internalId()) - 1 : index.row()].info;
    const FileInfo fileInfo
        = file ? m_nodes[int(index.internalId()) - 1].files[index.row()] : FileInfo();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return file ? fileInfo.name : project.name;
        return QLocale().toString(file ? fileInfo.recordCount : project.recordCount);
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return file ? m_fileIcon : m_projectIcon;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RecordsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (file)
            return tr("%1: %2 records")
                .arg(fileInfo.name, QLocale().toString(fileInfo.recordCount));
        return tr("Project %1: %n file(s)", nullptr, int(project.fileCount)).arg(project.name);
    case IsFileRole:
        return file;
    case ProjectNameRole:
        return project.name;
    case FileIdRole:
        return file ? QVariant(fileInfo.id) : QVariant();
    }
    return {};
}

QVariant ProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Project") : tr("Records");
}

} // namespace stevedore
