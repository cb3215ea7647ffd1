// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "logging/logging.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace stevedore {

// The log view's lines: a bounded tail of the in-process log ring (recentLogLines), newest
// last, filtered by minimum level, categories and a search text. poll() appends only the lines
// whose sequence is newer than the last seen, in one insertion however many arrived (a burst
// costs one copy of at most capacity() lines and one rowsInserted), and drops the oldest
// beyond capacity().
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Level, Category, Message, ColumnCount };

    explicit LogModel(QObject *parent = nullptr);

    // Reads new lines from the ring if logSequence() moved; returns how many were appended
    // (before filtering).
    int poll();
    // Appends lines with increasing sequence numbers (older ones are ignored); for poll() and
    // tests. Returns how many were new.
    int append(const QList<LogLine> &lines);
    void clear();

    void setCapacity(qsizetype lines); // default logRingCapacity
    qsizetype capacity() const { return m_capacity; }
    qsizetype totalLines() const { return m_all.size(); }

    // levelRank("warning") == 3: trace 0 … critical 5; unknown names rank as info.
    static int levelRank(const QString &level);
    void setMinimumLevel(const QString &level);
    // Empty: every category.
    void setCategories(const QSet<QString> &categories);
    void setSearchText(const QString &text);

    const LogLine &line(int row) const { return m_rows[row]; }
    // "2026-01-01 12:00:00.123 info [db] message" per row, one per line.
    QString text(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool accepts(const LogLine &line) const;
    void refilter();
    void trim();

    QList<LogLine> m_all;  // oldest first, at most m_capacity
    QList<LogLine> m_rows; // those accepted by the filter, oldest first
    qsizetype m_capacity = logRingCapacity;
    quint64 m_lastSequence = 0;
    int m_minimumRank = 0;
    QSet<QString> m_categories;
    QString m_search;
};

} // namespace stevedore
