// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/rejectsmodel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace stevedore {

// One edit of one reject's fix, for undo.
class FixEditCommand : public QUndoCommand
{
public:
    FixEditCommand(RejectsModel *model,
                   qint64 job,
                   qint64 line,
                   std::optional<QString> before,
                   std::optional<QString> after)
        : m_model(model)
        , m_job(job)
        , m_line(line)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(m_after ? RejectsModel::tr("Fix Line %1").arg(line)
                        : RejectsModel::tr("Revert Line %1").arg(line));
    }

    void redo() override { m_model->storeFix(m_job, m_line, m_after); }
    void undo() override { m_model->storeFix(m_job, m_line, m_before); }

private:
    RejectsModel *m_model;
    qint64 m_job;
    qint64 m_line;
    std::optional<QString> m_before;
    std::optional<QString> m_after;
};

RejectsModel::RejectsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undo(new QUndoStack(this))
{}

void RejectsModel::setRejects(qint64 job, const QList<RejectRow> &rejects)
{
    beginResetModel();
    m_job = job;
    m_rejects = rejects;
    // A fix whose reject is gone was applied (or the job was discarded): nothing to keep.
    if (auto fixes = m_fixes.find(job); fixes != m_fixes.end() && !rejects.isEmpty()) {
        QSet<qint64> lines;
        for (const RejectRow &row : rejects)
            lines.insert(row.line);
        fixes->removeIf([&lines](const auto &fix) { return !lines.contains(fix.key()); });
    }
    endResetModel();
    emit fixesChanged();
}

void RejectsModel::setReading(std::optional<rejectfixes::FileReading> reading)
{
    beginResetModel();
    m_reading = std::move(reading);
    endResetModel();
    emit fixesChanged();
}

std::optional<QString> RejectsModel::fixAt(qint64 line) const
{
    const QHash<qint64, QString> fixes = m_fixes.value(m_job);
    if (const auto it = fixes.constFind(line); it != fixes.constEnd())
        return *it;
    return std::nullopt;
}

void RejectsModel::setFix(qint64 line, const std::optional<QString> &raw)
{
    const int row = rowOfLine(line);
    if (row < 0 || !isEditable())
        return;
    std::optional<QString> after = raw;
    // Typing the original text back is no fix.
    if (after && *after == m_rejects[row].raw)
        after.reset();
    const std::optional<QString> before = fixAt(line);
    if (before == after)
        return;
    m_undo->push(new FixEditCommand(this, m_job, line, before, after));
}

void RejectsModel::storeFix(qint64 job, qint64 line, const std::optional<QString> &raw)
{
    if (raw)
        m_fixes[job].insert(line, *raw);
    else if (auto fixes = m_fixes.find(job); fixes != m_fixes.end())
        fixes->remove(line);
    if (job == m_job) {
        if (const int row = rowOfLine(line); row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit fixesChanged();
}

QList<rejectfixes::Fix> RejectsModel::fixes(bool readyOnly) const
{
    QList<rejectfixes::Fix> out;
    for (const RejectRow &row : m_rejects) {
        const std::optional<QString> raw = fixAt(row.line);
        if (!raw || (readyOnly && !problemOf(row, *raw).isEmpty()))
            continue;
        out << rejectfixes::Fix{row.line, row.line, *raw};
    }
    return out;
}

int RejectsModel::readyCount() const
{
    return int(fixes(true).size());
}

QString RejectsModel::problemOf(const RejectRow &row, const QString &raw) const
{
    if (!m_reading)
        return tr("The file cannot take fixes now.");
    if (raw.trimmed().isEmpty())
        return tr("Empty: the record stays rejected.");
    return rejectfixes::check(*m_reading, row.reason, raw);
}

int RejectsModel::rowOfLine(qint64 line) const
{
    const auto it = std::find_if(m_rejects.cbegin(),
                                 m_rejects.cend(),
                                 [line](const RejectRow &row) { return row.line == line; });
    return it == m_rejects.cend() ? -1 : int(it - m_rejects.cbegin());
}

int RejectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejects.size());
}

int RejectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectRow &row = m_rejects[index.row()];
    const std::optional<QString> fix = fixAt(row.line);
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == Raw && fix) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() == Fix && fix
        && !problemOf(row, *fix).isEmpty())
        return QBrush(QPalette().color(QPalette::Active, QPalette::Text).lightness() > 128
                          ? QColor(0xff, 0x8a, 0x80)
                          : QColor(0xb0, 0x00, 0x20));
    if (role == Qt::EditRole && index.column() == Raw)
        return fix.value_or(row.raw);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Line:
        return row.line;
    case Reason:
        return row.reason;
    case Raw: {
        const QString &text = fix ? *fix : row.raw;
        if (role == Qt::ToolTipRole)
            return fix ? tr("Fixed: %1\nRejected as: %2").arg(*fix, row.raw) : row.raw;
        // One line in the grid; the tooltip shows the text as it is.
        return QString(text).replace(QLatin1Char('\n'), QChar(0x21B5));
    }
    case Fix: {
        if (!fix)
            return role == Qt::ToolTipRole && isEditable()
                       ? QVariant(tr("Double-click the raw record to fix it."))
                       : QVariant();
        const QString problem = problemOf(row, *fix);
        return problem.isEmpty() ? tr("Ready to apply") : problem;
    }
    default:
        return {};
    }
}

bool RejectsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Raw || !isEditable()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setFix(m_rejects[index.row()].line, value.toString());
    return true;
}

Qt::ItemFlags RejectsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Raw && isEditable())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && isEditable()
        && (section == Fix || section == Raw))
        return tr("Double-click a raw record (or press F2) to fix it; the Fix column checks it "
                  "at once.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Reason:
        return tr("Reason");
    case Raw:
        return tr("Raw record");
    case Fix:
        return tr("Fix");
    default:
        return {};
    }
}

} // namespace stevedore
