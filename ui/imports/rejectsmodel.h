// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace stevedore {

class Sql;

struct RejectRow
{
    qint64 recordNo = 0;
    qint64 line = 0;
    QString reason;
    QString raw;
};

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

    // The job's rejects in record order, at most limit of them (limit < 0: all). Run it in a
    // pool task.
    static QList<RejectRow> query(const Sql &sql, qint64 jobId, qint64 limit = -1);

private:
    QList<RejectRow> m_rejects;
};

} // namespace stevedore
