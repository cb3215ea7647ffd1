// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/jobsmodel.h"

#include "imports/jobqueue.h"

#include <QLocale>

#include <cmath>

namespace stevedore {

JobsModel::JobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JobsModel::setQueue(JobQueue *queue)
{
    if (m_queue)
        m_queue->disconnect(this);
    beginResetModel();
    m_queue = queue;
    m_ids = queue ? queue->ids() : QList<int>();
    endResetModel();
    if (!queue)
        return;
    connect(queue, &JobQueue::jobAdded, this, &JobsModel::onAdded);
    connect(queue, &JobQueue::jobChanged, this, &JobsModel::onChanged);
    connect(queue, &JobQueue::jobRemoved, this, &JobsModel::onRemoved);
}

void JobsModel::onAdded(int id)
{
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids << id;
    endInsertRows();
}

void JobsModel::onChanged(int id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobsModel::onRemoved(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobsModel::formatDuration(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return QStringLiteral("–");
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_queue)
        return {};
    const ImportJob *found = m_queue->find(m_ids[index.row()]);
    if (!found)
        return {};
    const ImportJob &job = *found;
    if (role == JobIdRole)
        return job.id;
    if (role == PercentRole)
        return job.percent();
    const bool running = job.state == ImportJob::State::Running
                         || job.state == ImportJob::State::Pausing
                         || job.state == ImportJob::State::Cancelling;
    const double rate = job.state == ImportJob::State::Done ? job.result.recordsPerSecond
                                                            : job.progress.recordsPerSecond;
    if (role == SortRole) {
        switch (index.column()) {
        case Progress:
            return job.percent();
        case Records:
            return job.progress.records;
        case Rate:
            return rate;
        case Eta:
            return running ? job.progress.etaSeconds : -1.0;
        case Rejected:
            return job.progress.rejected;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == File)
            return job.options.path;
        if (index.column() == State && !job.message.isEmpty())
            return job.message;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Progress && index.column() <= Rejected)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    // Nothing was imported: no counts that read as "done, 0 records".
    if (job.isAlreadyImported() && index.column() >= Records && index.column() <= Rejected)
        return QString();
    switch (index.column()) {
    case File:
        return job.fileName();
    case Project:
        return job.options.project;
    case Progress:
        return job.percent() < 0 ? QString() : tr("%1 %").arg(job.percent());
    case Records:
        return locale.toString(job.progress.records);
    case Rate:
        return rate > 0 ? locale.toString(qint64(rate + 0.5)) : QString();
    case Eta:
        return running ? formatDuration(job.progress.etaSeconds) : QString();
    case Rejected:
        return locale.toString(job.progress.rejected);
    case State:
        return stateText(job);
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Project:
        return tr("Project");
    case Progress:
        return tr("Progress");
    case Records:
        return tr("Records");
    case Rate:
        return tr("Records/s");
    case Eta:
        return tr("ETA");
    case Rejected:
        return tr("Rejected");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace stevedore
