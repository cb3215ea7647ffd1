// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "emptystate.h"

#include "actionbuttons.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stevedore {

EmptyState::EmptyState(QAbstractItemView *view)
    : QWidget(view->viewport())
    , m_view(view)
    , m_label(new QLabel(this))
    , m_buttons(new QVBoxLayout)
{
    setObjectName(QStringLiteral("emptyState"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->setAlignment(Qt::AlignHCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addLayout(m_buttons);
    layout->addStretch(2);
    view->viewport()->installEventFilter(this);
    // The view's owner sets its model before creating this.
    if (QAbstractItemModel *model = m_view->model()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    }
    refresh();
}

void EmptyState::setText(const QString &text)
{
    m_label->setText(text);
    refresh();
}

QString EmptyState::text() const
{
    return m_label->text();
}

void EmptyState::addAction(QAction *action)
{
    m_buttons->addWidget(primaryButton(action, this));
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        refresh();
    return QWidget::eventFilter(watched, event);
}

void EmptyState::refresh()
{
    const QAbstractItemModel *model = m_view->model();
    const bool empty = !model || model->rowCount() == 0;
    setVisible(empty && !m_label->text().isEmpty());
    setGeometry(m_view->viewport()->rect().adjusted(16, 16, -16, -16));
}

} // namespace stevedore
