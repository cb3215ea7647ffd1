// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "mapping/mappingmodel.h"

#include <QUndoCommand>

namespace stevedore {

// Changes what one file column feeds (schema column, transform, confidence). Several of them
// under one parent command make one undo step (auto-match, or mapping a schema column that
// another file column fed: that one is unmapped in the same step). The model must outlive
// the command; it clears its undo stack whenever it shows another mapping.
class SetColumnTargetCommand : public QUndoCommand
{
public:
    // Reads the row's current target as the one undo() restores.
    SetColumnTargetCommand(MappingModel *model,
                           int row,
                           const ColumnTarget &after,
                           const QString &text,
                           QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    MappingModel *m_model;
    int m_row;
    ColumnTarget m_before;
    ColumnTarget m_after;
};

} // namespace stevedore
