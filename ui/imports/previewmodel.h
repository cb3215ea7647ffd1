// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "accessibility.h"
#include "imports/importpreview.h"

#include <QAbstractTableModel>

namespace stevedore {

// The import dialog's preview: the first records of a file, the header as column titles, the
// line number as row titles; a malformed record is tinted and says why in its tooltip. When a
// rejected record's location says more than its line number (a sheet's "Sheet1!A12", JSON's
// "LINE:COLUMN"), a first column "Location" gives it for the rejected records, as the rejects
// will say it.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // Replaces everything (a model reset: the columns change with the dialect).
    void setPreview(const ImportPreview &preview);
    void clear();
    const ImportPreview &preview() const { return m_preview; }
    // Whether column 0 is the rejected records' location (the fields follow it).
    bool hasLocationColumn() const { return m_locationColumn; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString location(int row) const;

    ImportPreview m_preview;
    int m_columns = 0;
    bool m_locationColumn = false;
    const QIcon m_problemIcon = problemIcon();
};

} // namespace stevedore
