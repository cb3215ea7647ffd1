// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "schema/schemaservice.h"

#include <QUndoCommand>

namespace stevedore {

class SchemaModel;

// The undoable edits of the schema editor. Each command refers to rows by index, which stays
// consistent because a QUndoStack undoes and redoes in order. The model must outlive the
// commands (the editor owns both and clears the stack before the model goes).

// Replaces one column's definition (a rename, a new type, required, description, values).
class EditSchemaColumnCommand : public QUndoCommand
{
public:
    EditSchemaColumnCommand(SchemaModel *model,
                            int row,
                            const SchemaColumn &after,
                            const QString &text,
                            QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    SchemaModel *m_model;
    int m_row;
    SchemaColumn m_before;
    SchemaColumn m_after;
};

class AddSchemaColumnCommand : public QUndoCommand
{
public:
    AddSchemaColumnCommand(SchemaModel *model,
                           int row,
                           const SchemaColumn &column,
                           QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    SchemaModel *m_model;
    int m_row;
    SchemaColumn m_column;
};

class RemoveSchemaColumnCommand : public QUndoCommand
{
public:
    RemoveSchemaColumnCommand(SchemaModel *model, int row, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    SchemaModel *m_model;
    int m_row;
    SchemaColumn m_column;
};

// Moves the column at from so that it ends up at index to.
class MoveSchemaColumnCommand : public QUndoCommand
{
public:
    MoveSchemaColumnCommand(SchemaModel *model, int from, int to, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    SchemaModel *m_model;
    int m_from;
    int m_to;
};

} // namespace stevedore
