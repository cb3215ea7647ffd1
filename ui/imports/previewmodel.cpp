// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/previewmodel.h"

#include <QBrush>
#include <QColor>

namespace stevedore {

void PreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    m_columns = int(m_preview.header.size());
    // A malformed record can have more fields than the header: show them all.
    for (const QStringList &row : std::as_const(m_preview.rows))
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

void PreviewModel::clear()
{
    setPreview({});
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_preview.rows[index.row()];
    const QString &error = m_preview.rowErrors[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.value(index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return error.isEmpty() ? row.value(index.column())
                               : tr("Line %1 will be rejected: %2")
                                     .arg(m_preview.lines[index.row()])
                                     .arg(error);
    case Qt::BackgroundRole:
        // Translucent red reads on light and dark palettes alike.
        return error.isEmpty() ? QVariant() : QVariant(QBrush(QColor(220, 40, 40, 60)));
    case Qt::DecorationRole: // the tint alone would not be seen by everyone: one per row
        return error.isEmpty() || index.column() != 0 ? QVariant() : QVariant(m_problemIcon);
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < m_preview.lines.size() ? QVariant(m_preview.lines[section]) : QVariant();
    return section < m_preview.header.size() ? m_preview.header[section]
                                             : tr("(extra %1)").arg(section + 1);
}

} // namespace stevedore
