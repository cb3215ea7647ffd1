// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "logs/logmodel.h"

#include <QBrush>
#include <QColor>

namespace stevedore {

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int LogModel::levelRank(const QString &level)
{
    static const QStringList levels = {QStringLiteral("trace"),
                                       QStringLiteral("debug"),
                                       QStringLiteral("info"),
                                       QStringLiteral("warning"),
                                       QStringLiteral("error"),
                                       QStringLiteral("critical")};
    const qsizetype rank = levels.indexOf(level);
    if (rank >= 0)
        return int(rank);
    return level == QLatin1String("warn") ? 3 : 2;
}

int LogModel::poll()
{
    const quint64 sequence = logSequence();
    if (sequence <= m_lastSequence)
        return 0;
    // Ask only for what is new (bounded by what we keep): a burst is one bounded copy. The
    // slack covers lines logged between the two calls; append() skips what it has seen.
    const quint64 slack = 1024;
    const qsizetype wanted
        = qsizetype(std::min<quint64>(sequence - m_lastSequence + slack, quint64(m_capacity)));
    return append(recentLogLines(wanted));
}

int LogModel::append(const QList<LogLine> &lines)
{
    QList<LogLine> fresh;
    for (const LogLine &line : lines) {
        if (line.sequence > m_lastSequence) {
            fresh << line;
            m_lastSequence = std::max(m_lastSequence, line.sequence);
        }
    }
    if (fresh.size() > m_capacity)
        fresh = fresh.mid(fresh.size() - m_capacity);
    m_all << fresh;
    trim();
    QList<LogLine> accepted;
    for (const LogLine &line : std::as_const(fresh)) {
        if (accepts(line))
            accepted << line;
    }
    if (!accepted.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(accepted.size()) - 1);
        m_rows << accepted;
        endInsertRows();
    }
    return int(fresh.size());
}

void LogModel::trim()
{
    if (m_all.size() <= m_capacity)
        return;
    const qsizetype drop = m_all.size() - m_capacity;
    const quint64 lastDropped = m_all[drop - 1].sequence;
    m_all.remove(0, drop);
    qsizetype rows = 0;
    while (rows < m_rows.size() && m_rows[rows].sequence <= lastDropped)
        ++rows;
    if (rows == 0)
        return;
    beginRemoveRows({}, 0, int(rows) - 1);
    m_rows.remove(0, rows);
    endRemoveRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_rows.clear();
    endResetModel();
}

void LogModel::setCapacity(qsizetype lines)
{
    m_capacity = std::max<qsizetype>(1, lines);
    trim();
}

void LogModel::setMinimumLevel(const QString &level)
{
    m_minimumRank = levelRank(level);
    refilter();
}

void LogModel::setCategories(const QSet<QString> &categories)
{
    m_categories = categories;
    refilter();
}

void LogModel::setSearchText(const QString &text)
{
    m_search = text;
    refilter();
}

bool LogModel::accepts(const LogLine &line) const
{
    return levelRank(line.level) >= m_minimumRank
           && (m_categories.isEmpty() || m_categories.contains(line.category))
           && (m_search.isEmpty() || line.message.contains(m_search, Qt::CaseInsensitive));
}

void LogModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    for (const LogLine &line : std::as_const(m_all)) {
        if (accepts(line))
            m_rows << line;
    }
    endResetModel();
}

QString LogModel::text(const QList<int> &rows) const
{
    QStringList lines;
    for (const int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const LogLine &l = m_rows[row];
        lines << QStringLiteral("%1 %2 [%3] %4")
                     .arg(l.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                          l.level,
                          l.category,
                          l.message);
    }
    return lines.join(QLatin1Char('\n'));
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine &line = m_rows[index.row()];
    if (role == Qt::ForegroundRole && index.column() == Level) {
        // Mid-saturation hues that read on light and dark backgrounds.
        const int rank = levelRank(line.level);
        if (rank >= 4)
            return QBrush(QColor(0xe0, 0x40, 0x40));
        if (rank == 3)
            return QBrush(QColor(0xd0, 0x90, 0x20));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return line.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return line.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Level:
        return line.level;
    case Category:
        return line.category;
    case Message:
        return line.message;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Category:
        return tr("Category");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace stevedore
