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
    m_locationColumn = false;
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        if (!m_preview.rowErrors.value(row).isEmpty()
            && location(row) != QString::number(m_preview.lines.value(row)))
            m_locationColumn = true;
    }
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
    return parent.isValid() ? 0 : m_columns + (m_locationColumn ? 1 : 0);
}

QString PreviewModel::location(int row) const
{
    const QString location = m_preview.locations.value(row);
    return location.isEmpty() ? QString::number(m_preview.lines.value(row)) : location;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_preview.rows[index.row()];
    const QString &error = m_preview.rowErrors[index.row()];
    const bool isLocation = m_locationColumn && index.column() == 0;
    const QString text = isLocation ? (error.isEmpty() ? QString() : location(index.row()))
                                    : row.value(index.column() - (m_locationColumn ? 1 : 0));
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (error.isEmpty())
            return text;
        if (location(index.row()) == QString::number(m_preview.lines.value(index.row())))
            return tr("Line %1 will be rejected: %2").arg(m_preview.lines[index.row()]).arg(error);
        return tr("%1 will be rejected: %2").arg(location(index.row()), error);
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
    if (m_locationColumn) {
        if (section == 0)
            return tr("Location");
        --section;
    }
    return section < m_preview.header.size() ? m_preview.header[section]
                                             : tr("(extra %1)").arg(section + 1);
}

} // namespace stevedore
