// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/catalog.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace stevedore {

class Database;

// Projects and their files as a two-level tree with record counts. reload() lists the projects
// (and again the files of projects already expanded) in one pool task; a project's files are
// fetched when a view expands it (canFetchMore/fetchMore), so opening the window costs one
// query however many projects there are. Results of a superseded request are dropped.
class ProjectsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RecordsColumn, ColumnCount };
    enum Role { IsFileRole = Qt::UserRole + 1, ProjectNameRole, FileIdRole };

    explicit ProjectsModel(QObject *parent = nullptr);

    // The database must be open; nullptr clears the model. Not owned.
    void setDatabase(Database *database);
    void reload();
    bool isLoading() const { return m_pending > 0; }

    QModelIndex projectIndex(const QString &name) const;
    QModelIndex fileIndex(const QString &project, qint64 fileId) const;
    bool isFile(const QModelIndex &index) const;
    // The project of a project or file index; an empty ProjectInfo for an invalid one.
    ProjectInfo project(const QModelIndex &index) const;
    // The file of a file index; an empty FileInfo (id 0) otherwise.
    FileInfo file(const QModelIndex &index) const;
    QList<ProjectInfo> projects() const;
    bool areFilesLoaded(const QString &project) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loadingChanged(bool loading);
    void projectsLoaded();
    void filesLoaded(const QString &project);
    void loadFailed(const QString &message);

private:
    struct Node
    {
        ProjectInfo info;
        QList<FileInfo> files;
        bool loaded = false;
        bool loading = false;
    };
    struct Snapshot
    {
        QList<ProjectInfo> projects;
        QHash<QString, QList<FileInfo>> files;
    };

    void loadFiles(int projectRow);
    void setLoading(int delta);
    void applySnapshot(const Snapshot &snapshot);

    Database *m_database = nullptr;
    QIcon m_projectIcon;
    QIcon m_fileIcon;
    QList<Node> m_nodes;
    quint64 m_generation = 0; // bumped by every reload: older results are dropped
    int m_pending = 0;
};

} // namespace stevedore
