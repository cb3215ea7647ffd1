// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "logs/logview.h"
#include "accessibility.h"

#include "emptystate.h"
#include "logging/logging.h"
#include "logs/logmodel.h"
#include "tablecolumns.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace stevedore {

LogView::LogView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new LogModel(this);
    createTable();
    createFilters();
    createLayout();
    m_level->setCurrentIndex(m_level->findData(QStringLiteral("info")));
    updateEmptyText();
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &LogView::poll);
    m_poll.start();
    poll();
}

void LogView::createTable()
{
    m_table = new QTableView;
    setAccessibleText(m_table, tr("Log messages"), tr("The application's log, newest last"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: no per-row size hints to compute when thousands of lines arrive.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    new TableColumns(m_table, QStringLiteral("tables/log"));
    m_empty = new EmptyState(m_table);
}

void LogView::updateEmptyText()
{
    const bool filtered = m_category->currentIndex() > 0 || !m_search->text().isEmpty();
    if (filtered)
        m_empty->setText(tr("No line of this session matches the level, category and search "
                            "above."));
    else
        m_empty->setText(tr("Nothing logged at this level yet in this session. Choose a lower "
                            "level (Debug) to see more, or open the log folder for the lines "
                            "of earlier sessions."));
}

void LogView::createFilters()
{
    m_level = new QComboBox;
    const QList<std::pair<QString, QString>> levels
        = {{tr("Trace"), QStringLiteral("trace")},
           {tr("Debug"), QStringLiteral("debug")},
           {tr("Info"), QStringLiteral("info")},
           {tr("Warning"), QStringLiteral("warning")},
           {tr("Error"), QStringLiteral("error")},
           {tr("Critical"), QStringLiteral("critical")}};
    for (const auto &[label, level] : levels)
        m_level->addItem(label, level);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMinimumLevel(m_level->currentData().toString());
        updateEmptyText();
    });

    m_category = new QComboBox;
    m_category->addItem(tr("All categories"));
    for (int c = 0; c < logCategoryCount; ++c) {
        const QString name = QString::fromLatin1(logCategoryName(LogCategory(c)));
        m_category->addItem(name, name);
    }
    connect(m_category, &QComboBox::currentIndexChanged, this, &LogView::applyCategory);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search messages"));
    setAccessibleText(m_search, m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    // Never squeezed to a stub: room for a word or two of the search.
    m_search->setMinimumWidth(14 * m_search->fontMetrics().averageCharWidth());
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_search->text());
        updateEmptyText();
    });
}

void LogView::createLayout()
{
    m_follow = new QCheckBox(tr("Follow"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view."));
    auto *copy = new QPushButton(tr("Copy"));
    connect(copy, &QPushButton::clicked, this, &LogView::copySelection);
    auto *folder = new QPushButton(tr("Open Log Folder"));
    folder->setToolTip(logFilePath());
    folder->setEnabled(!logFilePath().isEmpty());
    connect(folder, &QPushButton::clicked, this, &LogView::openLogFolder);

    auto *copyAction = new QAction(tr("Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &LogView::copySelection);
    m_table->addAction(copyAction);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Level:")));
    bar->addWidget(m_level);
    bar->addWidget(m_category);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    bar->addWidget(copy);
    bar->addWidget(folder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);
}

void LogView::poll()
{
    QScrollBar *scroll = m_table->verticalScrollBar();
    const bool atEnd = scroll->value() >= scroll->maximum() - 2;
    if (m_model->poll() > 0 && m_follow->isChecked() && atEnd)
        m_table->scrollToBottom();
}

void LogView::applyCategory()
{
    const QString category = m_category->currentData().toString();
    m_model->setCategories(category.isEmpty() ? QSet<QString>() : QSet<QString>{category});
    updateEmptyText();
}

int LogView::copySelection()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(m_model->text(rows));
    return int(rows.size());
}

void LogView::openLogFolder()
{
    const QString path = logFilePath();
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace stevedore
