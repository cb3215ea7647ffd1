// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace stevedore {

class JobQueue;

// The Imports view's table: one row per JobQueue entry, in queue order, updated live from the
// queue's signals (a row is inserted, changed or removed; never a reset while jobs run).
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Project, Progress, Records, Rate, Eta, Rejected, State, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole + 1, // int: the queue's id of the row's job
        PercentRole,                  // int 0..100, -1 unknown (Progress column's bar)
        SortRole,                     // numbers for numeric columns
    };

    explicit JobsModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model.
    void setQueue(JobQueue *queue);
    JobQueue *queue() const { return m_queue; }
    int jobId(int row) const { return m_ids.value(row); }
    int rowOf(int jobId) const { return int(m_ids.indexOf(jobId)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString formatDuration(double seconds); // "1:05", "2:03:10", "–" when unknown

private:
    void onAdded(int id);
    void onChanged(int id);
    void onRemoved(int id);

    QPointer<JobQueue> m_queue;
    QList<int> m_ids;
};

} // namespace stevedore
