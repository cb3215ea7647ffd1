// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "source/fixedwidthsource.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace stevedore {

class FixedWidthView;

// The import dialog's columns of fixed-width text: the file's first lines with the boundaries
// between columns (FixedWidthView: click between two characters to add or remove one), one
// editable name per column, and the spec loaded from or saved to a file as csvkit's in2csv
// takes it (parseFixedSpec, fixedSpecToCsv).
//
// The columns are the truth: a loaded spec is kept exactly, gaps between columns included, until
// a boundary is clicked; then the columns are cut again at the boundaries shown
// (columnsFromBoundaries) and a column keeps the name it was given when its start is unchanged.
class FixedWidthEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FixedWidthEditor(QWidget *parent = nullptr);

    // The lines to cut (the columns are kept).
    void setLines(const QStringList &lines);
    QList<FixedColumn> columns() const { return m_columns; }
    // Shows these columns; no signal.
    void setColumns(const QList<FixedColumn> &columns);

    // Replaces the columns with the spec in path and emits columnsChanged(); false with *error
    // set (one line, with the spec's line) when it cannot be read or is not a spec.
    bool loadSpec(const QString &path, QString *error);
    // Writes the columns as a spec (0-based starts); false with *error set.
    bool saveSpec(const QString &path, QString *error) const;

    FixedWidthView *view() const { return m_view; }
    QTableWidget *namesTable() const { return m_names; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *clearButton() const { return m_clear; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void columnsChanged(const QList<FixedColumn> &columns);

private:
    void onBoundariesChanged(const QList<int> &boundaries);
    void onNameEdited(QTableWidgetItem *item);
    void clearColumns();
    void chooseSpecToLoad();
    void chooseSpecToSave();
    void showColumns();
    void showMessage(const QString &text, bool problem);

    QList<FixedColumn> m_columns;
    bool m_showing = false;

    FixedWidthView *m_view = nullptr;
    QTableWidget *m_names = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stevedore
