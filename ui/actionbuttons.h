// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

class QAction;
class QPushButton;
class QToolBar;
class QWidget;

namespace stevedore {

// Shows these actions of bar as icons only, their text and shortcut in the tooltip, so that an
// editor's toolbar fits a 1024 px window in every language instead of spilling into "»".
void showIconsOnly(QToolBar *bar, const QList<QAction *> &actions);

// The action's text without mnemonic and ellipsis, and its shortcut: "Undo Add Column (Ctrl+Z)".
QString toolTipFor(const QAction *action);

// A push button standing for action, for an editor's primary command (Apply, Save) kept out
// of the toolbar's overflow: it shows the action's text, icon and tooltip, follows its enabled
// state and visibility, and triggers it when clicked.
QPushButton *primaryButton(QAction *action, QWidget *parent);

} // namespace stevedore
