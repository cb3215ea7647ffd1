// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "mapping/mappingcommands.h"

namespace stevedore {

SetColumnTargetCommand::SetColumnTargetCommand(MappingModel *model,
                                               int row,
                                               const ColumnTarget &after,
                                               const QString &text,
                                               QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_row(row)
    , m_before(model->target(row))
    , m_after(after)
{}

void SetColumnTargetCommand::undo()
{
    m_model->setTarget(m_row, m_before);
}

void SetColumnTargetCommand::redo()
{
    m_model->setTarget(m_row, m_after);
}

} // namespace stevedore
