// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "projects/filesview.h"
#include "accessibility.h"

#include "busyindicator.h"
#include "db/database.h"
#include "db/sql.h"
#include "futurewatch.h"
#include "projects/filesmodel.h"
#include "tablecolumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace stevedore {

FilesView::FilesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new FilesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FilesModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(FilesModel::Name);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter files by name"));
    setAccessibleText(m_filter, m_filter->placeholderText());
    m_filter->setClearButtonEnabled(true);
    m_busy = new BusyIndicator(this);
    m_summary = new QLabel(this);

    m_table = new QTableView(this);
    setAccessibleText(m_table, tr("Files"), tr("The files of the selected project"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FilesModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    auto *columns = new TableColumns(m_table, QStringLiteral("tables/files"));
    columns->setStretchLastColumn(false); // the rejects count stays beside the other counts

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateSummary();
    });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) { emit currentFileChanged(fileAt(current)); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const FileInfo file = fileAt(index); file.id != 0)
            emit fileActivated(file);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &FilesView::contextMenuRequested);
    m_table->installEventFilter(this);
    updateSummary();
}

void FilesView::setDatabase(Database *database)
{
    m_database = database;
    m_project.clear();
    ++m_token;
    m_busy->setBusy(false);
    m_model->setFiles({});
    updateSummary();
}

void FilesView::setProject(const QString &project)
{
    if (project == m_project)
        return;
    m_project = project;
    reload();
}

void FilesView::reload()
{
    const quint64 token = ++m_token;
    if (!m_database || m_project.isEmpty()) {
        m_busy->setBusy(false);
        m_model->setFiles({});
        updateSummary();
        return;
    }
    m_busy->setBusy(true);
    const QString project = m_project;
    QFuture<QList<FileInfo>> future = m_database->read([project](QSqlDatabase &db) {
        Sql sql(db);
        return catalog::listFiles(sql, catalog::projectId(sql, project));
    });
    whenFinished(future, this, [this, token](const QFuture<QList<FileInfo>> &done) {
        if (token != m_token)
            return; // the user picked another project meanwhile
        m_busy->setBusy(false);
        if (const QString error = failureOf(done); !error.isEmpty()) {
            m_model->setFiles({});
            updateSummary();
            emit loadFailed(error);
            return;
        }
        const qint64 current = currentFile().id;
        m_model->setFiles(done.result());
        if (const int row = m_model->rowOf(current); row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        updateSummary();
        emit loaded();
    });
}

// The Delete key on the table asks to delete the current file (a key, not a shortcut: the
// table's own key handling must not see it first, and no window-wide shortcut takes it).
bool FilesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        if (const FileInfo file = currentFile(); file.id != 0) {
            emit deleteRequested(file);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool FilesView::isLoading() const
{
    return m_busy->isBusy();
}

void FilesView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

FileInfo FilesView::fileAt(const QModelIndex &proxyIndex) const
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    return source.isValid() ? m_model->file(source.row()) : FileInfo();
}

FileInfo FilesView::currentFile() const
{
    return fileAt(m_table->currentIndex());
}

void FilesView::updateSummary()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_summary->setText(shown == total ? tr("%n file(s)", nullptr, total)
                                      : tr("%1 of %n file(s)", nullptr, total).arg(shown));
}

} // namespace stevedore
