// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace stevedore {

class EmptyState;

class LogModel;

// The Log view: a live tail of the application's log (the in-process ring buffer), polled
// four times a second; only new lines are appended, in one batch per poll, so a burst of
// thousands of lines costs one model insertion. Filter by minimum level and category, search
// the messages, copy the selected lines, open the log folder.
class LogView : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *categoryCombo() const { return m_category; }
    QLineEdit *searchEdit() const { return m_search; }
    QTimer *pollTimer() { return &m_poll; }

    // Copies the selected lines (all shown lines when none is selected); returns how many.
    int copySelection();
    void openLogFolder();
    void poll();

private:
    void createTable();
    void createFilters();
    void createLayout();
    void applyCategory();
    void updateEmptyText();

    LogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_follow = nullptr;
    EmptyState *m_empty = nullptr;
    QTimer m_poll;
    QTimer m_searchDelay;
};

} // namespace stevedore
