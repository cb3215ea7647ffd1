// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "accessibility.h"
#include "schema/schemaservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

class QUndoCommand;
class QUndoStack;

namespace stevedore {

// The schema editor's table: the global schema's columns, one row each, in schema order.
// Every edit made through setData(), dropMimeData() or the *SchemaColumn() functions is
// pushed onto the undo stack as one command; the command makes the change through the
// *Entry() functions. Problems (SchemaService::problems) are recomputed after every change
// and shown on the offending cells: a background, and the messages as tooltip.
class SchemaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Required, Description, Values, Rules, ColumnCount };
    enum Role {
        ProblemsRole = Qt::UserRole + 1, // QStringList: the problems of a cell (or a row,
                                         // on the vertical header)
    };

    // undoStack is not owned and must outlive the model; with nullptr, edits apply directly.
    explicit SchemaModel(QUndoStack *undoStack, QObject *parent = nullptr);

    // Replaces everything (a load): not undoable.
    void setSchemaColumns(const QList<SchemaColumn> &columns);
    const QList<SchemaColumn> &schemaColumns() const { return m_columns; }
    SchemaColumn schemaColumn(int row) const { return m_columns.value(row); }

    // Every problem, as SchemaService::problems() words it.
    QStringList problems() const { return m_problems; }
    bool hasProblems() const { return !m_problems.isEmpty(); }
    // The problems of one row; of one cell when column >= 0.
    QStringList problemsAt(int row, int column = -1) const;

    // While read-only (the editor is applying), nothing is editable.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Undoable edits: each pushes one command.
    void addSchemaColumn(int row, const SchemaColumn &column);
    void removeSchemaColumn(int row);
    void moveSchemaColumn(int from, int to);
    void editSchemaColumn(int row, const SchemaColumn &after, const QString &text);

    // The changes themselves, for the commands in schemacommands.h: not undoable.
    void insertEntry(int row, const SchemaColumn &column);
    void removeEntry(int row);
    void moveEntry(int from, int to);
    void replaceEntry(int row, const SchemaColumn &column);

    static QString typeDisplayName(ColumnType type);
    static QList<ColumnType> allTypes();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;

signals:
    void problemsChanged();

private:
    void push(QUndoCommand *command);
    void renumber();
    void updateProblems();
    std::optional<SchemaColumn>
    edited(const QModelIndex &index, const QVariant &value, int role, QString *text) const;

    QUndoStack *m_undoStack;
    QList<SchemaColumn> m_columns;
    QStringList m_problems;
    QHash<int, QStringList> m_rowProblems;                  // row → messages
    QHash<std::pair<int, int>, QStringList> m_cellProblems; // (row, column) → messages
    bool m_readOnly = false;
    const QIcon m_problemIcon = problemIcon();
};

} // namespace stevedore
