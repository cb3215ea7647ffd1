// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/rejectsmodel.h"

namespace stevedore {

void RejectsModel::setRejects(const QList<RejectRow> &rejects)
{
    beginResetModel();
    m_rejects = rejects;
    endResetModel();
}

int RejectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejects.size());
}

int RejectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectRow &row = m_rejects[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Line:
        return row.line;
    case Reason:
        return row.reason;
    case Raw:
        // One line in the grid; the tooltip shows the text as it is.
        return role == Qt::DisplayRole ? QString(row.raw).replace(QLatin1Char('\n'), QChar(0x21B5))
                                       : row.raw;
    default:
        return {};
    }
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Reason:
        return tr("Reason");
    case Raw:
        return tr("Raw record");
    default:
        return {};
    }
}

} // namespace stevedore
