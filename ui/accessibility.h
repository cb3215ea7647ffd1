// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

class QWidget;

namespace stevedore {

// What a screen reader announces for a control Qt cannot name from text of its own (a button's
// text, a form label's buddy): item views, charts, text panes, fields without a label. The
// description says what the control shows or does when the name alone does not.
void setAccessibleText(QWidget *widget, const QString &name, const QString &description = {});

// The marker that goes with the red tint of an invalid cell (Qt::DecorationRole), so that a
// problem is never shown by colour alone; the reason goes into Qt::ToolTipRole and
// Qt::AccessibleDescriptionRole. A new icon each call: a model keeps one (rendered pixmaps are
// cached per icon) and it is gone before the application is.
QIcon problemIcon();

} // namespace stevedore
