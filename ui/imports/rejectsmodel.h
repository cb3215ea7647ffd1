// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "import/rejectfixes.h"
#include "store/importjobs.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

class QUndoStack;

namespace stevedore {

// A job's rejected records (line, reason, raw) and the fixes typed over them.
//
// While the model is editable (a finished job whose file is imported, setReading()), the raw
// column takes a corrected record. Each fix is checked at once against the file's header
// (rejectfixes::check()) and the Fix column says whether it can be applied or why not. Edits go
// through the undo stack (the Edit menu's Undo while the Imports view is shown) and are kept
// per job, so selecting another job and coming back keeps them; fixes() lists them for
// rejectfixes::apply(). Rows whose line is no longer rejected (applied) lose their fix.
class RejectsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Reason, Fix, Raw, ColumnCount };

    explicit RejectsModel(QObject *parent = nullptr);

    // The rejects of job (0: none). The fixes of lines no longer among them are dropped.
    void setRejects(qint64 job, const QList<RejectRow> &rejects);
    const QList<RejectRow> &rejects() const { return m_rejects; }
    qint64 job() const { return m_job; }

    // How fixes are read for the job's file; nullopt: not editable (the job is running, failed,
    // or its file is gone).
    void setReading(std::optional<rejectfixes::FileReading> reading);
    bool isEditable() const { return m_reading.has_value(); }

    // The fixed raw text of the shown job's reject at line, or nullopt.
    std::optional<QString> fixAt(qint64 line) const;
    // Sets (or with nullopt, removes) the fix of the shown job's reject at line, through the undo
    // stack. An unchanged value is no edit.
    void setFix(qint64 line, const std::optional<QString> &raw);
    // The shown job's fixes in line order; readyOnly: only those that check out.
    QList<rejectfixes::Fix> fixes(bool readyOnly = false) const;
    int readyCount() const;

    QUndoStack *undoStack() const { return m_undo; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void fixesChanged();

private:
    friend class FixEditCommand;
    // Sets the fix without the undo stack (the command's redo/undo).
    void storeFix(qint64 job, qint64 line, const std::optional<QString> &raw);
    QString problemOf(const RejectRow &row, const QString &raw) const;
    int rowOfLine(qint64 line) const;

    QList<RejectRow> m_rejects;
    qint64 m_job = 0;
    std::optional<rejectfixes::FileReading> m_reading;
    QHash<qint64, QHash<qint64, QString>> m_fixes; // job -> line -> fixed raw
    QUndoStack *m_undo = nullptr;
};

} // namespace stevedore
