// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "projects/filesmodel.h"

#include <QDateTime>
#include <QLocale>

namespace stevedore {

FilesModel::FilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FilesModel::setFiles(const QList<FileInfo> &files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

int FilesModel::rowOf(qint64 fileId) const
{
    for (int row = 0; row < m_files.size(); ++row) {
        if (m_files[row].id == fileId)
            return row;
    }
    return -1;
}

int FilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int FilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FilesModel::statusText(const QString &status)
{
    if (status == QLatin1String("imported"))
        return tr("Imported");
    if (status == QLatin1String("importing"))
        return tr("Importing");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

QVariant FilesModel::display(const FileInfo &file, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return file.name;
    case Records:
        return locale.toString(file.recordCount);
    case Size:
        return locale.formattedDataSize(file.byteSize);
    case Status:
        return statusText(file.status);
    case ImportedAt:
        return file.importedAt > 0 ? locale.toString(
                   QDateTime::fromMSecsSinceEpoch(file.importedAt), QLocale::ShortFormat)
                                   : QString();
    case Mapping:
        return tr("%1/%2").arg(file.mappedColumns).arg(file.header.size());
    case Rejects:
        return locale.toString(file.rejectCount);
    }
    return {};
}

QVariant FilesModel::sortValue(const FileInfo &file, int column)
{
    switch (column) {
    case Name:
        return file.name;
    case Records:
        return file.recordCount;
    case Size:
        return file.byteSize;
    case Status:
        return statusText(file.status);
    case ImportedAt:
        return file.importedAt;
    case Mapping:
        return file.header.isEmpty() ? 0.0
                                     : double(file.mappedColumns) / double(file.header.size());
    case Rejects:
        return file.rejectCount;
    }
    return {};
}

QVariant FilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileInfo &file = m_files[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(file, index.column());
    case SortRole:
        return sortValue(file, index.column());
    case FileIdRole:
        return file.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Name || index.column() == Status)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Size)
            return tr("%1 bytes").arg(QLocale().toString(file.byteSize));
        if (index.column() == Mapping)
            return tr("%1 of %2 columns mapped to the schema")
                .arg(file.mappedColumns)
                .arg(file.header.size());
        return {};
    }
    return {};
}

QVariant FilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Records:
        return tr("Records");
    case Size:
        return tr("Size");
    case Status:
        return tr("Status");
    case ImportedAt:
        return tr("Imported at");
    case Mapping:
        return tr("Mapping");
    case Rejects:
        return tr("Rejects");
    }
    return {};
}

} // namespace stevedore
