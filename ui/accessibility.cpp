// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "accessibility.h"

#include <QWidget>

namespace stevedore {

void setAccessibleText(QWidget *widget, const QString &name, const QString &description)
{
    widget->setAccessibleName(name);
    if (!description.isEmpty())
        widget->setAccessibleDescription(description);
}

QIcon problemIcon()
{
    return QIcon(QStringLiteral(":/icons/warning.svg"));
}

} // namespace stevedore
