// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/importjobs.h"

#include <QAbstractTableModel>
#include <QList>

namespace stevedore {

// A finished job's rejected records (line, reason, raw), read-only.
class RejectsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Reason, Raw, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRejects(const QList<RejectRow> &rejects);
    const QList<RejectRow> &rejects() const { return m_rejects; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RejectRow> m_rejects;
};

} // namespace stevedore
