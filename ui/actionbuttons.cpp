// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "actionbuttons.h"

#include <QAction>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>

namespace stevedore {

static QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QStringLiteral("…"));
    // "&&" is a literal ampersand, a single '&' marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString toolTipFor(const QAction *action)
{
    const QString text = plainText(action);
    if (action->shortcut().isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text,
                                         action->shortcut().toString(QKeySequence::NativeText));
}

static void describeInTooltip(QAction *action)
{
    const QString text = plainText(action);
    QString tip = action->toolTip();
    // QAction's default tooltip is its text; an explicit one already says more.
    if (tip.isEmpty() || tip == text || tip == action->text())
        tip = text;
    else if (!tip.startsWith(text))
        tip = text + QStringLiteral(": ") + tip;
    if (!action->shortcut().isEmpty())
        tip += QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
    action->setToolTip(tip);
}

void showIconsOnly(QToolBar *bar, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        describeInTooltip(action);
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

QPushButton *primaryButton(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->icon(), action->text(), parent);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    const auto follow = [button, action] {
        button->setText(action->text());
        button->setIcon(action->icon());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    };
    follow();
    QObject::connect(action, &QAction::changed, button, follow);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace stevedore
