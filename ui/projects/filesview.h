// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/catalog.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace stevedore {

class BusyIndicator;
class Database;
class FilesModel;

// The Files view: one project's files in a sortable table with a filter. The list is loaded
// with catalog::listFiles on the database's pool; a request superseded by another (the user
// picked another project) is dropped when it arrives. What a file's context menu and the Delete
// key do is the window's business (signals).
class FilesView : public QWidget
{
    Q_OBJECT

public:
    explicit FilesView(QWidget *parent = nullptr);

    // Not owned; must be open. nullptr clears the view.
    void setDatabase(Database *database);
    void setProject(const QString &project);
    QString project() const { return m_project; }
    void reload();
    void focusFilter();

    FilesModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    bool isLoading() const;
    // The file on the current row; id 0 when none.
    FileInfo currentFile() const;

signals:
    void loaded();
    void currentFileChanged(const FileInfo &file);
    // Enter or a double click on a file.
    void fileActivated(const FileInfo &file);
    // A right click in the table, at pos in its viewport's coordinates.
    void contextMenuRequested(const QPoint &pos);
    // The Delete key on a file.
    void deleteRequested(const FileInfo &file);
    void loadFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    FileInfo fileAt(const QModelIndex &proxyIndex) const;

    Database *m_database = nullptr;
    QString m_project;
    quint64 m_token = 0;
    FilesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    BusyIndicator *m_busy = nullptr;
};

} // namespace stevedore
