// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/catalog.h"

#include <QAbstractTableModel>
#include <QList>

namespace stevedore {

// One project's files as a table. Display text is formatted for people (sizes like "1.2 MB",
// local dates); SortRole gives the raw value of each column so a proxy sorts numerically.
class FilesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Records, Size, Status, ImportedAt, Mapping, Rejects, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FileIdRole };

    explicit FilesModel(QObject *parent = nullptr);

    void setFiles(const QList<FileInfo> &files);
    const QList<FileInfo> &files() const { return m_files; }
    // The file on that row; row must be valid.
    const FileInfo &file(int row) const { return m_files.at(row); }
    int rowOf(qint64 fileId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(const QString &status);

private:
    QVariant display(const FileInfo &file, int column) const;
    static QVariant sortValue(const FileInfo &file, int column);

    QList<FileInfo> m_files;
};

} // namespace stevedore
