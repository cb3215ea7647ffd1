// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "records/recordsview.h"
#include "accessibility.h"

#include "busyindicator.h"
#include "emptystate.h"
#include "fixreport.h"
#include "records/recordsmodel.h"
#include "tablecolumns.h"

#include "db/database.h"
#include "db/osuser.h"
#include "db/sql.h"
#include "futurewatch.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stevedore {

namespace {

const QString mappedKey = QStringLiteral("records/mapped");

QString tsvField(QString text)
{
    // A field with a tab or line break would break the table it is pasted into.
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

RecordsView::RecordsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RecordsModel(this))
{
    createWidgets();
    createExportButton();
    createTable();
    createTableActions();
    createLayout();
    connectSignals();
    m_model->setMapped(QSettings().value(mappedKey, false).toBool());
    (m_model->isMapped() ? m_mappedButton : m_rawButton)->setChecked(true);
    updateSummary();
    updateActions();
    updateExportTip();
}

void RecordsView::createWidgets()
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Search records (on the server)"));
    setAccessibleText(m_filter, m_filter->placeholderText());
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the records containing this text in any column of the file as "
                            "imported (the raw values, also in the mapped view). The search runs "
                            "in the database, page by page as you scroll."));
    m_busy = new BusyIndicator(this);
    m_summary = new QLabel(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setContentsMargins(6, 4, 6, 4);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();

    m_rawButton = new QToolButton(this);
    m_rawButton->setText(tr("Raw"));
    m_rawButton->setCheckable(true);
    m_rawButton->setChecked(true);
    m_rawButton->setToolTip(tr("The records as imported"));
    m_mappedButton = new QToolButton(this);
    m_mappedButton->setText(tr("Mapped"));
    m_mappedButton->setCheckable(true);
    m_mappedButton->setToolTip(tr("The records in the schema's columns, through the file's "
                                  "mapping; values that fail their column's type or rules are "
                                  "highlighted and can be corrected (double-click)"));
    auto *mode = new QButtonGroup(this);
    mode->addButton(m_rawButton);
    mode->addButton(m_mappedButton);

    m_applyFixesAction = new QAction(tr("&Apply Fixes"), this);
    m_applyFixesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_applyFixesAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_applyFixesAction->setToolTip(
        tr("Stores the corrected values in the file, in one transaction, each with an audit "
           "entry (who and when, before and after). Until then, Undo takes a fix back."));
    m_discardFixesAction = new QAction(tr("&Discard Fixes"), this);
    m_discardFixesAction->setToolTip(tr("Drops the corrections not applied yet (Undo brings "
                                        "them back)"));
    m_fixBar = new QWidget(this);
    m_fixSummary = new QLabel(m_fixBar);
    m_fixSummary->setWordWrap(true);
    m_applyFixesButton = new QToolButton(m_fixBar);
    m_applyFixesButton->setDefaultAction(m_applyFixesAction);
    m_applyFixesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_discardFixesButton = new QToolButton(m_fixBar);
    m_discardFixesButton->setDefaultAction(m_discardFixesAction);
    m_discardFixesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *fixLayout = new QHBoxLayout(m_fixBar);
    fixLayout->setContentsMargins(6, 2, 0, 2);
    fixLayout->addWidget(m_fixSummary, 1);
    fixLayout->addWidget(m_applyFixesButton);
    fixLayout->addWidget(m_discardFixesButton);
    m_fixBar->hide();
}

void RecordsView::createExportButton()
{
    m_exportCsvAction
        = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export as &CSV…"), this);
    m_exportJsonlAction = new QAction(tr("Export as &JSON Lines…"), this);
    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(m_exportCsvAction);
    exportMenu->addAction(m_exportJsonlAction);
    m_exportButton = new QToolButton(this);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(exportMenu);
}

void RecordsView::createTable()
{
    m_table = new QTableView(this);
    setAccessibleText(
        m_table, tr("Records"), tr("The records of the selected file; invalid values are marked"));
    m_table->setModel(m_model);
    m_empty = new EmptyState(m_table);
    m_empty->setText(tr("No file selected. Choose a file in the Projects tree to see its "
                        "records, or drop files on the window to import them."));
    // Only invalid cells of the mapped view are editable (RecordsModel::flags()).
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Fixed row heights: a million rows must never be measured one by one.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 18);
    // Sampling only loaded rows: fitting must never make the model load a page.
    m_columns = new TableColumns(m_table);
    m_columns->setRowReady([this](int row) { return m_model->isRowLoaded(row); });
}

void RecordsView::createTableActions()
{
    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_goToStartAction = new QAction(tr("Go to &Start"), this);
    m_goToStartAction->setShortcut(QKeySequence::MoveToStartOfDocument);
    m_goToStartAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_goToEndAction = new QAction(tr("Go to &End"), this);
    m_goToEndAction->setShortcut(QKeySequence::MoveToEndOfDocument);
    m_goToEndAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_copyAction, m_goToStartAction, m_goToEndAction, m_applyFixesAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_copyAction, m_goToStartAction, m_goToEndAction});
}

void RecordsView::createLayout()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addWidget(m_rawButton);
    bar->addWidget(m_mappedButton);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_summary);
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(m_table);
    layout->addWidget(m_fixBar);
}

void RecordsView::connectSignals()
{
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(300);
    connect(&m_filterDelay, &QTimer::timeout, this, &RecordsView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, &RecordsView::applyFilter);
    connect(m_copyAction, &QAction::triggered, this, &RecordsView::copySelection);
    connect(m_goToStartAction, &QAction::triggered, this, &RecordsView::goToStart);
    connect(m_goToEndAction, &QAction::triggered, this, &RecordsView::goToEnd);
    connect(m_exportCsvAction, &QAction::triggered, this, [this] {
        emit exportRequested(m_project, file().name, ExportFormat::Csv, exportColumns());
    });
    connect(m_exportJsonlAction, &QAction::triggered, this, [this] {
        emit exportRequested(m_project, file().name, ExportFormat::Jsonl, exportColumns());
    });
    connect(m_model, &RecordsModel::loadingChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_model, &RecordsModel::filterProgress, this, &RecordsView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsView::updateSummary);
    connect(m_model, &RecordsModel::loadFailed, this, &RecordsView::statusMessage);
    connect(m_model, &RecordsModel::loadFailed, this, &RecordsView::updateHint);
    connect(m_model, &RecordsModel::mappingLoaded, this, &RecordsView::updateHint);
    connect(m_mappedButton, &QToolButton::toggled, this, &RecordsView::setMappedMode);
    connect(m_applyFixesAction, &QAction::triggered, this, &RecordsView::applyFixes);
    connect(m_discardFixesAction, &QAction::triggered, m_model, &RecordsModel::discardFixes);
    connect(m_model, &RecordsModel::fixesChanged, this, &RecordsView::updateFixActions);
    connect(m_model, &RecordsModel::mappingLoaded, this, &RecordsView::updateFixActions);
    connect(m_model, &RecordsModel::rowsLoaded, this, &RecordsView::continueGoToEnd);
    connect(m_model, &RecordsModel::filterProgress, this, &RecordsView::continueGoToEnd);
    connect(m_model, &RecordsModel::layoutKnown, this, &RecordsView::continueGoToEnd);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsView::continueGoToEnd);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RecordsView::currentRowChanged);
}

bool RecordsView::isMappedMode() const
{
    return m_model->isMapped();
}

ExportColumns RecordsView::exportColumns() const
{
    return isMappedMode() ? ExportColumns::Mapped : ExportColumns::Raw;
}

void RecordsView::updateExportTip()
{
    const QString tip = isMappedMode()
                            ? tr("Exports the whole file as shown: the schema's columns, through "
                                 "the file's mapping")
                            : tr("Exports the whole file as shown: the fields as imported");
    for (QAction *action : {m_exportCsvAction, m_exportJsonlAction})
        action->setToolTip(tip);
    m_exportButton->setToolTip(tip);
}

void RecordsView::setMappedMode(bool mapped)
{
    (mapped ? m_mappedButton : m_rawButton)->setChecked(true); // the group unchecks the other
    if (mapped == m_model->isMapped())
        return;
    m_columns->setSettingsKey(widthsKey(file(), mapped));
    m_model->setMapped(mapped);
    QSettings().setValue(mappedKey, mapped);
    updateHint();
    updateExportTip();
    updateFixActions();
}

void RecordsView::reloadMapping()
{
    m_model->reloadMapping();
}

void RecordsView::updateHint()
{
    const MappingPlan *plan = m_model->mappingPlan();
    QString hint;
    if (m_model->isMapped() && !plan && !m_model->mappingError().isEmpty()) {
        hint = tr("Could not load the file's mapping: %1").arg(m_model->mappingError());
    } else if (m_model->isMapped() && plan && file().id != 0) {
        if (plan->columns.isEmpty())
            hint = tr("The schema has no columns yet — use the Schema view.");
        else if (!m_model->hasMappedColumns())
            hint = tr("No column of this file is mapped yet — use the Mapping view.");
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void RecordsView::setDatabase(Database *database)
{
    m_database = database;
    m_project.clear();
    m_filter->clear();
    m_filterDelay.stop();
    m_goingToEnd = false;
    m_columns->setSettingsKey({});
    m_model->setDatabase(database);
    m_title->clear();
    updateActions();
    updateHint();
}

void RecordsView::setFile(const QString &project, const FileInfo &file)
{
    m_project = project;
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_filterDelay.stop();
    m_goingToEnd = false;
    m_columns->setSettingsKey(widthsKey(file, isMappedMode()));
    m_model->setFile(file);
    m_title->setText(file.id != 0 ? file.name : QString());
    m_table->setAccessibleName(file.id != 0 ? tr("Records of %1").arg(file.name) : tr("Records"));
    if (file.id == 0)
        m_empty->setText(tr("No file selected. Choose a file in the Projects tree to see its "
                            "records, or drop files on the window to import them."));
    else
        m_empty->setText(file.recordCount == 0 && file.status == QLatin1String("imported")
                             ? tr("%1 has no records.").arg(file.name)
                             : QString());
    // Line numbers arrive with their pages; size the header for the largest one now so that
    // it does not grow as the user scrolls. Lines outnumber records only by the header and
    // multi-line records: one more digit leaves room for that.
    const qint64 lines = file.recordCount + file.rejectCount + 1;
    const int digits = int(QString::number(lines).size()) + 1;
    m_table->verticalHeader()->setMinimumWidth(
        fontMetrics().horizontalAdvance(QString(digits, QLatin1Char('9'))) + 12);
    m_table->scrollToTop();
    updateActions();
    updateHint();
}

const FileInfo &RecordsView::file() const
{
    return m_model->file();
}

QString RecordsView::widthsKey(const FileInfo &file, bool mapped) const
{
    if (!m_database || file.id == 0)
        return {};
    // Hashed: project and file names may hold the characters QSettings gives a meaning to.
    const QStringList parts{m_database->options().primary.redacted(),
                            m_project,
                            file.name,
                            mapped ? QStringLiteral("mapped") : QStringLiteral("raw")};
    const QByteArray hash
        = QCryptographicHash::hash(parts.join(QChar(0)).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("records/widths/") + QString::fromLatin1(hash.toHex());
}

void RecordsView::applyFilter()
{
    m_filterDelay.stop();
    m_goingToEnd = false;
    m_model->setFilter(m_filter->text().trimmed());
}

void RecordsView::updateActions()
{
    const bool hasFile = m_database && file().id != 0;
    m_exportButton->setEnabled(hasFile);
    m_exportCsvAction->setEnabled(hasFile);
    m_exportJsonlAction->setEnabled(hasFile);
    m_filter->setEnabled(hasFile);
    m_goToEndAction->setEnabled(hasFile);
    m_goToStartAction->setEnabled(hasFile);
    updateFixActions();
}

// The fix buttons show while the current file has fixes not applied (in Mapped mode, where
// they were typed).
void RecordsView::updateFixActions()
{
    const int pending = m_model->pendingFixCount();
    const int ready = m_model->readyFixCount();
    const bool shown = m_model->isMapped() && pending > 0;
    m_applyFixesAction->setText(ready > 0 ? tr("&Apply %n Fix(es)", nullptr, ready)
                                          : tr("&Apply Fixes"));
    m_applyFixesAction->setEnabled(shown && ready > 0 && !m_applying);
    m_discardFixesAction->setEnabled(shown && !m_applying);
    QString summary = tr("%n correction(s) not applied yet", nullptr, pending);
    if (pending > ready)
        summary
            += tr("; %n of them still invalid (see the cell's tooltip)", nullptr, pending - ready);
    m_fixSummary->setText(summary);
    m_fixBar->setVisible(shown);
}

QUndoStack *RecordsView::undoStack() const
{
    return m_model->undoStack();
}

void RecordsView::applyFixes()
{
    const QList<cellfixes::Fix> fixes = m_model->cellFixes(true);
    const qint64 fileId = file().id;
    if (!m_database || fileId == 0 || fixes.isEmpty() || m_applying)
        return;
    m_applying = true;
    m_model->setApplyingFixes(true);
    updateFixActions();
    emit statusMessage(tr("Applying fixes…"));
    const rejectfixes::Author author{currentOsUser()};
    auto future = m_database->write([fileId, fixes, author](QSqlDatabase &db) {
        const Sql sql(db);
        SqlTransaction transaction(sql);
        cellfixes::Outcome outcome = cellfixes::apply(sql, fileId, fixes, author);
        transaction.commit();
        return outcome;
    });
    whenFinished(future, this, [this, fileId](const QFuture<cellfixes::Outcome> &done) {
        m_applying = false;
        m_model->setApplyingFixes(false);
        if (const QString failure = failureOf(done); !failure.isEmpty()) {
            emit statusMessage(tr("Could not apply the fixes: %1").arg(failure));
            updateFixActions();
            emit fixesFinished(false);
            return;
        }
        const cellfixes::Outcome outcome = done.result();
        QSet<qint64> notApplied;
        for (const rejectfixes::Problem &problem : outcome.problems)
            notApplied.insert(problem.at);
        if (fileId == file().id)
            m_model->fixesApplied(notApplied);
        const QString message
            = FixReport::summary(tr("Corrected %n value(s)", nullptr, int(outcome.applied)),
                                 outcome.alreadyApplied,
                                 outcome.problems.size());
        emit statusMessage(message);
        if (!outcome.problems.isEmpty()) {
            QStringList lines;
            for (const rejectfixes::Problem &problem : outcome.problems)
                lines << problem.message;
            FixReport::showProblems(
                this, message, tr("They stay in the table; correct them and apply again."), lines);
        }
        updateFixActions();
        if (outcome.applied > 0)
            emit fixesApplied(fileId, outcome.applied);
        emit fixesFinished(true);
    });
}

void RecordsView::updateSummary()
{
    const QLocale locale;
    if (file().id == 0) {
        m_summary->clear();
    } else if (m_model->filter().isEmpty()) {
        m_summary->setText(tr("%1 records").arg(locale.toString(m_model->rowCount())));
    } else if (m_model->isFilterTruncated()) {
        m_summary->setText(
            tr("First %1 matches; refine the search").arg(locale.toString(m_model->rowCount())));
    } else if (m_model->isFilterComplete()) {
        m_summary->setText(tr("%1 matches").arg(locale.toString(m_model->rowCount())));
    } else {
        m_summary->setText(tr("%1 matches so far").arg(locale.toString(m_model->rowCount())));
    }
}

void RecordsView::goToStart()
{
    if (m_model->rowCount() == 0)
        return;
    const int column = std::max(0, m_table->currentIndex().column());
    m_table->setCurrentIndex(m_model->index(0, column));
    m_table->scrollToTop();
}

void RecordsView::goToEnd()
{
    if (!m_database || file().id == 0)
        return;
    m_goingToEnd = true;
    continueGoToEnd();
}

void RecordsView::continueGoToEnd()
{
    if (!m_goingToEnd)
        return;
    if (!m_model->filter().isEmpty() && !m_model->isFilterComplete()) {
        // The last match is not known before every match is listed.
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        return;
    }
    const int last = m_model->rowCount() - 1;
    if (last < 0 || m_model->columnCount() == 0)
        return; // a reset (the layout, the mapping) may still bring rows or columns
    const int column = std::max(0, m_table->currentIndex().column());
    m_table->setCurrentIndex(m_model->index(last, column));
    m_table->scrollToBottom();
    // Browsing, the row count is only final once the file's layout is known.
    const bool settled
        = m_model->isRowLoaded(last) && (!m_model->filter().isEmpty() || m_model->hasLayout());
    if (settled)
        m_goingToEnd = false;
    else
        m_model->fetchRow(last);
}

void RecordsView::currentRowChanged(const QModelIndex &current)
{
    // The user went elsewhere while the end was loading: do not pull them back.
    if (current.isValid() && current.row() != m_model->rowCount() - 1)
        m_goingToEnd = false;
}

void RecordsView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int RecordsView::copySelection()
{
    const QItemSelection selection = m_table->selectionModel()->selection();
    if (selection.isEmpty())
        return 0;
    int top = m_model->rowCount();
    int bottom = -1;
    for (const QItemSelectionRange &range : selection) {
        top = std::min(top, range.top());
        bottom = std::max(bottom, range.bottom());
    }
    QStringList lines;
    int skipped = 0;
    // Only loaded rows are copied: a selection may span a million rows that are not in memory.
    for (int row = top; row <= bottom; ++row) {
        QList<int> columns;
        for (const QItemSelectionRange &range : selection) {
            if (row < range.top() || row > range.bottom())
                continue;
            for (int column = range.left(); column <= range.right(); ++column)
                columns << column;
        }
        if (columns.isEmpty())
            continue;
        if (!m_model->isRowLoaded(row)) {
            ++skipped;
            continue;
        }
        const QStringList texts = m_model->rowTexts(row); // raw or mapped, as shown
        std::sort(columns.begin(), columns.end());
        columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
        QStringList fields;
        for (const int column : std::as_const(columns))
            fields << tsvField(texts.value(column));
        lines << fields.join(QLatin1Char('\t'));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    QString message = tr("Copied %n row(s).", nullptr, int(lines.size()));
    if (skipped > 0)
        message += QLatin1Char(' ')
                   + tr("%n selected row(s) not loaded yet were left out.", nullptr, skipped);
    emit statusMessage(message);
    return int(lines.size());
}

} // namespace stevedore
