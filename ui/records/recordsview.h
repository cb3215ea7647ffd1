// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "import/exporter.h"
#include "records/fileexporter.h"
#include "store/catalog.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QUndoStack;

namespace stevedore {

class EmptyState;

class BusyIndicator;
class Database;
class RecordsModel;
class TableColumns;

// The Records view: a file's records, loaded page by page as the table scrolls (RecordsModel),
// with a server-side quick filter, copy as TSV and export. "Raw" shows the fields as imported,
// "Mapped" the schema's columns with the file's mapping applied and invalid values highlighted
// (RecordsModel's mapped mode); the choice is remembered in QSettings. In Mapped mode an
// invalid value can be corrected (double-click or F2): Apply Fixes stores the pending fixes
// in one transaction (import/cellfixes.h), Discard Fixes drops them, Undo takes them back.
class RecordsView : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsView(QWidget *parent = nullptr);

    // Not owned; must be open. nullptr clears the view.
    void setDatabase(Database *database);
    // Shows the file's records from the top; a file with id 0 clears the view.
    void setFile(const QString &project, const FileInfo &file);
    QString project() const { return m_project; }
    const FileInfo &file() const;

    // Copies the selected cells of loaded rows as tab-separated text. Returns the rows copied.
    int copySelection();
    void goToStart();
    // Selects the last record. Rows not known or loaded yet (the last page, a filter's later
    // matches) are fetched first and the row is selected when they arrive, unless the user
    // moved elsewhere meanwhile.
    void goToEnd();
    void focusFilter();

    bool isMappedMode() const;
    // What Export writes: what the view shows.
    ExportColumns exportColumns() const;

    RecordsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TableColumns *columns() const { return m_columns; }
    QLineEdit *filterEdit() const { return m_filter; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *goToEndAction() const { return m_goToEndAction; }
    QAction *goToStartAction() const { return m_goToStartAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }
    QAction *exportJsonlAction() const { return m_exportJsonlAction; }
    QAction *applyFixesAction() const { return m_applyFixesAction; }
    QAction *discardFixesAction() const { return m_discardFixesAction; }
    // Shown while the file has fixes not applied: what is pending, Apply and Discard.
    QWidget *fixBar() const { return m_fixBar; }
    QLabel *fixSummary() const { return m_fixSummary; }
    // The fixes typed in Mapped mode (the Edit menu's Undo while this view is shown).
    QUndoStack *undoStack() const;
    QToolButton *rawButton() const { return m_rawButton; }
    QToolButton *mappedButton() const { return m_mappedButton; }
    // Mapped mode: says why there is nothing to show (no column mapped, no schema); hidden
    // otherwise.
    QLabel *hintLabel() const { return m_hint; }

public slots:
    // Shows the schema's columns (true) or the fields as imported; remembered for next time.
    void setMappedMode(bool mapped);
    // Rebuilds the mapped view's plan: call when the schema or the file's mapping was saved.
    void reloadMapping();
    // Stores the pending fixes that check out, off the GUI thread.
    void applyFixes();

signals:
    // columns: what the view shows (Mapped mode: the schema's columns).
    void exportRequested(const QString &project,
                         const QString &file,
                         stevedore::ExportFormat format,
                         stevedore::ExportColumns columns);
    void statusMessage(const QString &message);
    // Fixes were stored in the file (applyFixes()); finished(ok) follows either way.
    void fixesApplied(qint64 fileId, qint64 count);
    void fixesFinished(bool ok);

private:
    void createWidgets();
    void createExportButton();
    void createTable();
    void createTableActions();
    void createLayout();
    void connectSignals();
    void updateSummary();
    void updateActions();
    void updateFixActions();
    void applyFilter();
    void updateHint();
    void updateExportTip();
    void continueGoToEnd();
    void currentRowChanged(const QModelIndex &current);
    QString widthsKey(const FileInfo &file, bool mapped) const;

    Database *m_database = nullptr;
    QString m_project;
    RecordsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    TableColumns *m_columns = nullptr;
    bool m_goingToEnd = false;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_filter = nullptr;
    BusyIndicator *m_busy = nullptr;
    QToolButton *m_rawButton = nullptr;
    QToolButton *m_mappedButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_goToEndAction = nullptr;
    QAction *m_goToStartAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportJsonlAction = nullptr;
    QAction *m_applyFixesAction = nullptr;
    QAction *m_discardFixesAction = nullptr;
    QWidget *m_fixBar = nullptr; // below the table while fixes are pending
    QLabel *m_fixSummary = nullptr;
    QToolButton *m_applyFixesButton = nullptr;
    QToolButton *m_discardFixesButton = nullptr;
    bool m_applying = false;
    QTimer m_filterDelay;
    EmptyState *m_empty = nullptr;
};

} // namespace stevedore
