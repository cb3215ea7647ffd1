// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAbstractItemView;
class QAction;
class QLabel;
class QVBoxLayout;

namespace stevedore {

// What an item view says while it has no rows: a short text telling the operator what to do,
// and buttons for the actions that fill it ("Create From Header", "Auto-match"), centred over
// the view's viewport as DB Browser for SQLite and Qt Creator's welcome views do. It shows
// itself whenever the view's model has no rows and the text is not empty, so an owner only
// says what the empty view means in its current state (an empty text while loading).
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QAbstractItemView *view);

    void setText(const QString &text);
    QString text() const;
    // A button standing for action (see primaryButton()), below the text.
    void addAction(QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    QAbstractItemView *m_view;
    QLabel *m_label;
    QVBoxLayout *m_buttons;
};

} // namespace stevedore
