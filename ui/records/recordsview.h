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

namespace stevedore {

class EmptyState;

class BusyIndicator;
class Database;
class RecordsModel;
class TableColumns;

// The Records view: a file's records, loaded page by page as the table scrolls (RecordsModel),
// with a server-side quick filter, copy as TSV and export. "Raw" shows the fields as imported,
// "Mapped" the schema's columns with the file's mapping applied and invalid values highlighted
// (RecordsModel's mapped mode); the choice is remembered in QSettings.
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

signals:
    // columns: what the view shows (Mapped mode: the schema's columns).
    void exportRequested(const QString &project,
                         const QString &file,
                         stevedore::ExportFormat format,
                         stevedore::ExportColumns columns);
    void statusMessage(const QString &message);

private:
    void createWidgets();
    void createExportButton();
    void createTable();
    void createTableActions();
    void createLayout();
    void connectSignals();
    void updateSummary();
    void updateActions();
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
    QTimer m_filterDelay;
    EmptyState *m_empty = nullptr;
};

} // namespace stevedore
