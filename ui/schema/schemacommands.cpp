// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/schemacommands.h"

#include "schema/schemamodel.h"

namespace stevedore {

EditSchemaColumnCommand::EditSchemaColumnCommand(SchemaModel *model,
                                                 int row,
                                                 const SchemaColumn &after,
                                                 const QString &text,
                                                 QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_row(row)
    , m_before(model->schemaColumn(row))
    , m_after(after)
{}

void EditSchemaColumnCommand::undo()
{
    m_model->replaceEntry(m_row, m_before);
}

void EditSchemaColumnCommand::redo()
{
    m_model->replaceEntry(m_row, m_after);
}

AddSchemaColumnCommand::AddSchemaColumnCommand(SchemaModel *model,
                                               int row,
                                               const SchemaColumn &column,
                                               QUndoCommand *parent)
    : QUndoCommand(SchemaModel::tr("Add Column “%1”").arg(column.name), parent)
    , m_model(model)
    , m_row(row)
    , m_column(column)
{}

void AddSchemaColumnCommand::undo()
{
    m_model->removeEntry(m_row);
}

void AddSchemaColumnCommand::redo()
{
    m_model->insertEntry(m_row, m_column);
}

RemoveSchemaColumnCommand::RemoveSchemaColumnCommand(SchemaModel *model,
                                                     int row,
                                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_row(row)
    , m_column(model->schemaColumn(row))
{
    setText(SchemaModel::tr("Remove Column “%1”").arg(m_column.name));
}

void RemoveSchemaColumnCommand::undo()
{
    m_model->insertEntry(m_row, m_column);
}

void RemoveSchemaColumnCommand::redo()
{
    m_model->removeEntry(m_row);
}

MoveSchemaColumnCommand::MoveSchemaColumnCommand(SchemaModel *model,
                                                 int from,
                                                 int to,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_from(from)
    , m_to(to)
{
    setText(SchemaModel::tr("Move Column “%1”").arg(model->schemaColumn(from).name));
}

void MoveSchemaColumnCommand::undo()
{
    m_model->moveEntry(m_to, m_from);
}

void MoveSchemaColumnCommand::redo()
{
    m_model->moveEntry(m_from, m_to);
}

} // namespace stevedore
