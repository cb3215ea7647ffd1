// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "accessibility.h"
#include "imports/importpreview.h"

#include <QAbstractTableModel>

namespace stevedore {

// The import dialog's preview: the first records of a file, the header as column titles, the
// line number as row titles; a malformed record is tinted and says why in its tooltip.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // Replaces everything (a model reset: the columns change with the dialect).
    void setPreview(const ImportPreview &preview);
    void clear();
    const ImportPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ImportPreview m_preview;
    int m_columns = 0;
    const QIcon m_problemIcon = problemIcon();
};

} // namespace stevedore
