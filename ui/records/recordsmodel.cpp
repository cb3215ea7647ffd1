// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "records/recordsmodel.h"

#include "db/database.h"
#include "db/sql.h"
#include "futurewatch.h"
#include "schema/schemamodel.h"
#include "store/recordcodec.h"
#include "store/recordstore.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace stevedore {

namespace {

// Pages asked for but not started are forgotten beyond this many (the view scrolled on).
constexpr int maxWantedPages = 6;
// Page queries in flight at once; the reader pool has more connections than this, so other
// views stay responsive while one scrolls.
constexpr int maxPagesInFlight = 2;
// Mapped rows kept: several screens; beyond that the cache starts over.
constexpr int maxMappedRows = 4096;

// Reads on a light and on a dark palette alike: the base colour shows through.
QBrush invalidCellBrush()
{
    return QBrush(QColor(220, 50, 47, 80));
}

// A fixed value not applied yet: green, light and dark palettes alike.
QBrush fixedCellBrush()
{
    return QBrush(QColor(133, 153, 0, 70));
}

QList<RecordsModel::Record> toRecords(const QList<recordstore::Record> &stored)
{
    QList<RecordsModel::Record> out;
    out.reserve(stored.size());
    for (const recordstore::Record &row : stored) {
        RecordsModel::Record record;
        record.recordNo = row.recordNo;
        record.lineNo = row.lineNo;
        record.fields = recordcodec::parseJsonArrayToStrings(row.json);
        out << record;
    }
    return out;
}

QList<RecordsModel::Record>
fetchPage(QSqlDatabase &db, qint64 fileId, const RecordsModel::PageQuery &query)
{
    using Query = RecordsModel::PageQuery;
    using recordstore::Seek;
    const Sql sql(db);
    switch (query.kind) {
    case Query::From:
        return toRecords(recordstore::readRecords(sql, fileId, Seek::From, query.key, query.limit));
    case Query::After:
        return toRecords(
            recordstore::readRecords(sql, fileId, Seek::After, query.key, query.limit));
    case Query::Before:
        return toRecords(
            recordstore::readRecords(sql, fileId, Seek::Before, query.key, query.limit));
    case Query::Last:
        return toRecords(recordstore::readRecords(sql, fileId, Seek::Last, 0, query.limit));
    case Query::Match:
        return toRecords(
            recordstore::findRecords(sql, fileId, query.key, query.pattern, query.limit));
    }
    return {};
}

int clampRows(qint64 rows)
{
    return int(std::clamp<qint64>(rows, 0, std::numeric_limits<int>::max()));
}

} // namespace

// One change of a file's pending fixes, for undo: the fixes before and after.
class CellFixCommand : public QUndoCommand
{
public:
    CellFixCommand(RecordsModel *model,
                   qint64 fileId,
                   RecordsModel::FileFixes before,
                   RecordsModel::FileFixes after,
                   const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_fileId(fileId)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

    void redo() override { m_model->storeFixes(m_fileId, m_after); }
    void undo() override { m_model->storeFixes(m_fileId, m_before); }

private:
    RecordsModel *m_model;
    qint64 m_fileId;
    RecordsModel::FileFixes m_before;
    RecordsModel::FileFixes m_after;
};

RecordsModel::RecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undo(new QUndoStack(this))
{
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pumpTimer, &QTimer::timeout, this, &RecordsModel::pump);
}

void RecordsModel::setDatabase(Database *database)
{
    m_database = database;
    m_file = FileInfo();
    m_filter.clear();
    dropPlan();
    resetContents();
}

void RecordsModel::setFile(const FileInfo &file)
{
    m_file = file;
    m_filter.clear();
    dropPlan();
    resetContents();
    if (m_mapped)
        startPlanLoad();
}

void RecordsModel::setMapped(bool mapped)
{
    if (mapped == m_mapped)
        return;
    // Other columns, same rows: the loaded pages stay.
    beginResetModel();
    m_mapped = mapped;
    endResetModel();
    if (m_mapped && !m_plan && !m_planLoading)
        startPlanLoad();
}

void RecordsModel::reloadMapping()
{
    if (m_mapped)
        startPlanLoad();
    else
        dropPlan();
}

bool RecordsModel::hasMappedColumns() const
{
    return m_plan
           && std::any_of(m_plan->columns.cbegin(), m_plan->columns.cend(), [](const auto &c) {
                  return c.source >= 0;
              });
}

void RecordsModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    resetContents();
}

void RecordsModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
    resetContents();
}

void RecordsModel::setMaxCachedPages(int pages)
{
    m_maxPages = std::max(2, pages);
    evict();
}

void RecordsModel::setMaxFilterRows(int rows)
{
    m_maxFilterRows = std::max(1, rows);
}

bool RecordsModel::isFilterTruncated() const
{
    return !m_filter.isEmpty() && m_matches.size() >= m_maxFilterRows;
}

RecordsModel::Stats RecordsModel::stats() const
{
    Stats stats = m_stats;
    stats.cachedPages = int(m_pages.size());
    stats.planLoads = m_planLoads;
    return stats;
}

void RecordsModel::setPending(int delta)
{
    const bool was = isLoading();
    m_pending += delta;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void RecordsModel::resetContents(const std::optional<RecordLayout> &layout)
{
    const bool wasLoading = isLoading();
    beginResetModel();
    ++m_generation;
    m_pending = 0; // what is in flight belongs to the old generation and will be dropped
    m_pages.clear();
    m_inFlight.clear();
    m_wanted.clear();
    m_layout = layout;
    m_matches.clear();
    m_filterLoading = false;
    m_filterDone = false;
    m_stats = {};
    const bool active = m_database && m_file.id != 0;
    m_rows = active && m_filter.isEmpty() ? clampRows(m_file.recordCount) : 0;
    endResetModel(); // observers may call fetchMore() here, starting the first filter page
    if (wasLoading && !isLoading())
        emit loadingChanged(false);
    if (!active)
        return;
    if (!m_filter.isEmpty())
        startFilterLoad();
    else if (!m_layout)
        startLayoutProbe();
}

const RecordsModel::Record *RecordsModel::record(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    if (!m_filter.isEmpty())
        return &m_matches[row];
    const auto page = m_pages.constFind(row / m_pageSize);
    if (page == m_pages.cend())
        return nullptr;
    const int offset = row % m_pageSize;
    return offset < page->rows.size() ? &page->rows[offset] : nullptr;
}

void RecordsModel::touch(int row) const
{
    if (const auto page = m_pages.constFind(row / m_pageSize); page != m_pages.cend())
        page->lastUsed = ++m_useClock;
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QStringList RecordsModel::rowTexts(int row) const
{
    const Record *loaded = record(row);
    if (!loaded)
        return {};
    if (!m_mapped)
        return loaded->fields;
    return m_plan ? mappedRow(*loaded).values : QStringList();
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_file.id == 0)
        return 0;
    if (m_mapped)
        return m_plan ? int(m_plan->columns.size()) : 0;
    return int(m_file.header.size());
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record *row = record(index.row());
    switch (role) { // the record's roles, the same in the raw and the mapped view
    case Qt::ForegroundRole:
        if (!row)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case RecordNoRole:
        return row ? QVariant(row->recordNo) : QVariant();
    case LineNoRole:
        return row ? QVariant(row->lineNo) : QVariant();
    case LoadedRole:
        return row != nullptr;
    default:
        break;
    }
    if (m_mapped)
        return mappedData(index, row, role);
    switch (role) {
    case Qt::DisplayRole:
        if (row) {
            if (m_filter.isEmpty())
                touch(index.row());
            return row->fields.value(index.column());
        }
        requestRow(index.row());
        return index.column() == 0 ? tr("Loading…") : QString();
    case Qt::ToolTipRole:
        return row ? row->fields.value(index.column()) : QVariant();
    case MappedRole:
        return true;
    }
    return {};
}

QVariant RecordsModel::mappedData(const QModelIndex &index, const Record *row, int role) const
{
    // columnCount() is 0 until the plan has arrived, so a valid index has one.
    const MappingPlan::Column &column = m_plan->columns[index.column()];
    const bool mapped = column.source >= 0;
    const MappedRow *cells = row ? &mappedRow(*row) : nullptr;
    const QString reason = cells ? cells->reasons.value(index.column()) : QString();
    const PendingFix *fix = row && mapped ? fixAt(row->recordNo, column.source) : nullptr;
    switch (role) {
    case Qt::EditRole:
        if (!row || !mapped)
            return {};
        return fix ? fix->value : row->fields.value(column.source);
    case Qt::DisplayRole:
        if (cells) {
            if (m_filter.isEmpty())
                touch(index.row());
            return cells->values.value(index.column());
        }
        requestRow(index.row());
        return index.column() == 0 ? tr("Loading…") : QString();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (!mapped)
            return tr("Not mapped: no column of this file feeds “%1”.").arg(column.name);
        if (!cells)
            return {};
        if (fix && !reason.isEmpty())
            return tr("Fixed “%1” → “%2”, still invalid: %3")
                .arg(fix->original, fix->value, reason);
        if (fix)
            return tr("Fixed “%1” → “%2”; not applied yet (Apply Fixes).")
                .arg(fix->original, fix->value);
        if (!reason.isEmpty())
            return tr("Invalid %1 value “%2”: %3")
                .arg(SchemaModel::typeDisplayName(column.type),
                     cells->values.value(index.column()),
                     reason);
        return cells->values.value(index.column());
    case Qt::BackgroundRole:
        if (!reason.isEmpty())
            return invalidCellBrush();
        if (fix)
            return fixedCellBrush();
        return {};
    case Qt::DecorationRole: // the tint alone would not be seen by everyone
        if (!reason.isEmpty())
            return m_problemIcon;
        if (fix)
            return m_fixedIcon;
        return {};
    case PendingFixRole:
        return fix != nullptr;
    case InvalidReasonRole:
        return reason.isEmpty() ? QVariant() : QVariant(reason);
    case MappedRole:
        return mapped;
    }
    return {};
}

const RecordsModel::MappedRow &RecordsModel::mappedRow(const Record &record) const
{
    if (const auto cached = m_mappedRows.constFind(record.recordNo); cached != m_mappedRows.cend())
        return *cached;
    if (m_mappedRows.size() >= maxMappedRows)
        m_mappedRows.clear();
    MappedRow out;
    out.values = mappedRecord(*m_plan, fixedFields(record), nullptr, &out.reasons);
    return *m_mappedRows.insert(record.recordNo, out);
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_mapped)
        return mappedHeaderData(section, role);
    if (orientation == Qt::Horizontal) {
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && section >= 0
            && section < m_file.header.size())
            return m_file.header[section];
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    // Never queues a page: header views sample sections far from the viewport for their
    // size hint; the cells' data() asks for what is on screen.
    const Record *row = record(section);
    if (role == Qt::DisplayRole)
        return row ? QString::number(row->lineNo) : QString();
    if (role == Qt::ToolTipRole && row)
        return tr("Record %1, line %2").arg(row->recordNo).arg(row->lineNo);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RecordsModel::mappedHeaderData(int section, int role) const
{
    if (!m_plan || section < 0 || section >= m_plan->columns.size())
        return QAbstractTableModel::headerData(section, Qt::Horizontal, role);
    const MappingPlan::Column &column = m_plan->columns[section];
    switch (role) {
    case Qt::DisplayRole:
        return column.name;
    case Qt::ToolTipRole: {
        const QString type = SchemaModel::typeDisplayName(column.type);
        if (column.source < 0)
            return tr("%1 (%2): not mapped").arg(column.name, type);
        if (column.transform.isNone())
            return tr("%1 (%2), from the file column “%3”")
                .arg(column.name, type, column.fileColumn);
        return tr("%1 (%2), from the file column “%3” with the transform %4")
            .arg(column.name, type, column.fileColumn, column.transform.toString());
    }
    case Qt::ForegroundRole:
        if (column.source < 0)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case MappedRole:
        return column.source >= 0;
    }
    return QAbstractTableModel::headerData(section, Qt::Horizontal, role);
}

void RecordsModel::fetchRow(int row)
{
    if (row >= 0 && row < m_rows && !isRowLoaded(row))
        requestRow(row);
}

void RecordsModel::requestRow(int row) const
{
    if (!m_filter.isEmpty())
        return;
    const int page = row / m_pageSize;
    if (m_pages.contains(page))
        return; // loaded but short: the row is missing, asking again would not help
    if (m_inFlight.contains(page))
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start();
}

void RecordsModel::pump()
{
    if (!m_filter.isEmpty() || !m_database || m_file.id == 0) {
        m_wanted.clear();
        return;
    }
    QList<int> wanted = std::exchange(m_wanted, {});
    if (wanted.size() > maxWantedPages)
        wanted = wanted.mid(wanted.size() - maxWantedPages);
    // Newest first: that is what the view shows now.
    for (qsizetype i = wanted.size() - 1; i >= 0; --i) {
        const int page = wanted[i];
        if (m_pages.contains(page) || m_inFlight.contains(page))
            continue;
        if (m_inFlight.size() >= maxPagesInFlight || !startPageLoad(page))
            m_wanted.prepend(page); // later: when a load finishes or the layout is known
    }
}

bool RecordsModel::isPageFull(int page) const
{
    const auto it = m_pages.constFind(page);
    const int expected = std::min(m_pageSize, m_rows - page * m_pageSize);
    return it != m_pages.cend() && it->rows.size() == expected;
}

bool RecordsModel::startPageLoad(int page)
{
    const int first = page * m_pageSize;
    const int count = std::min(m_pageSize, m_rows - first);
    if (count <= 0)
        return true;
    const int lastPage = (m_rows - 1) / m_pageSize;
    PageQuery query;
    query.limit = count;
    if (m_layout) {
        query.kind = PageQuery::From;
        query.key = m_layout->recordNo(first);
    } else if (page > 0 && isPageFull(page - 1)) {
        query.kind = PageQuery::After;
        query.key = m_pages[page - 1].rows.last().recordNo;
    } else if (page == 0) {
        query.kind = PageQuery::After;
        query.key = std::numeric_limits<qint64>::min();
    } else if (page == lastPage) {
        query.kind = PageQuery::Last;
    } else if (page < lastPage && isPageFull(page + 1)) {
        query.kind = PageQuery::Before;
        query.key = m_pages[page + 1].rows.first().recordNo;
    } else {
        return false; // needs the layout
    }
    m_inFlight.insert(page);
    setPending(1);
    const quint64 generation = m_generation;
    const qint64 fileId = m_file.id;
    QFuture<QList<Record>> future = m_database->read(
        [fileId, query](QSqlDatabase &db) { return fetchPage(db, fileId, query); });
    whenFinished(future, this, [this, generation, page](const QFuture<QList<Record>> &done) {
        if (generation != m_generation)
            return;
        setPending(-1);
        m_inFlight.remove(page);
        if (const QString error = failureOf(done); !error.isEmpty()) {
            emit loadFailed(error);
            return; // the page stays a placeholder; the view asks again when it repaints
        }
        pageArrived(page, done.result());
    });
    return true;
}

void RecordsModel::pageArrived(int page, const QList<Record> &rows)
{
    ++m_stats.pageLoads;
    m_stats.rowsFetched += rows.size();
    m_pages.insert(page, Page{rows, ++m_useClock});
    const int first = page * m_pageSize;
    const int last = std::min(first + m_pageSize, m_rows) - 1;
    evict();
    if (last >= first && columnCount() > 0) {
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        emit headerDataChanged(Qt::Vertical, first, last);
        emit rowsLoaded(first, last);
    }
    pump();
}

void RecordsModel::evict()
{
    // Least recently shown first: data() marks a page used each time a view paints one of its
    // rows, and a page that just arrived counts as used, so what is on screen stays.
    // No dataChanged() for evicted rows: they are not on screen, and observers that read
    // changed rows back (the model tester, a proxy) would load them again and evict others in
    // turn. A view that shows them later gets placeholders and the page is loaded again.
    while (m_pages.size() > m_maxPages) {
        auto victim = m_pages.cbegin();
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (it->lastUsed < victim->lastUsed)
                victim = it;
        }
        m_pages.erase(victim);
    }
}

void RecordsModel::startLayoutProbe()
{
    setPending(1);
    const quint64 generation = m_generation;
    const qint64 fileId = m_file.id;
    const qint64 expected = m_file.recordCount;
    QFuture<RecordLayout> future = m_database->read([fileId, expected](QSqlDatabase &db) {
        return RecordLayout::probe(Sql(db), fileId, expected);
    });
    whenFinished(future, this, [this, generation](const QFuture<RecordLayout> &done) {
        if (generation != m_generation)
            return;
        setPending(-1);
        if (const QString error = failureOf(done); !error.isEmpty()) {
            emit loadFailed(error);
            return;
        }
        layoutArrived(done.result());
    });
}

void RecordsModel::layoutArrived(const RecordLayout &layout)
{
    if (clampRows(layout.rows) != m_rows) {
        // files.record_count disagrees with the records (an import still running): show what
        // is there. Pages loaded so far were placed by the wrong count, so start over.
        m_file.recordCount = layout.rows;
        resetContents(layout);
        emit layoutKnown();
        return;
    }
    m_layout = layout;
    emit layoutKnown();
    pump();
}

void RecordsModel::setPlanLoading(bool loading)
{
    const bool was = isLoading();
    m_planLoading = loading;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void RecordsModel::dropPlan()
{
    ++m_planToken;
    setPlanLoading(false);
    m_plan.reset();
    m_planError.clear();
    m_mappedRows.clear();
}

void RecordsModel::startPlanLoad()
{
    if (!m_database || m_file.id == 0)
        return;
    const quint64 token = ++m_planToken;
    setPlanLoading(true);
    const qint64 fileId = m_file.id;
    // From the primary: the plan is reloaded right after the mapping or schema was saved.
    QFuture<MappingPlan> future = m_database->read(
        [fileId](QSqlDatabase &db) {
            const Sql sql(db);
            return MappingService(sql).plan(fileId);
        },
        ReadConsistency::Primary);
    whenFinished(future, this, [this, token](const QFuture<MappingPlan> &done) {
        if (token != m_planToken)
            return;
        setPlanLoading(false);
        m_planError = failureOf(done);
        if (!m_planError.isEmpty()) {
            emit loadFailed(m_planError);
            return;
        }
        ++m_planLoads;
        // Columns may come, go or change meaning: a reset, but the loaded pages stay.
        const bool shown = m_mapped;
        if (shown)
            beginResetModel();
        m_plan = done.result();
        m_mappedRows.clear();
        if (shown)
            endResetModel();
        emit mappingLoaded();
    });
}

QList<QByteArray> RecordsModel::fixedFields(const Record &record) const
{
    QList<QByteArray> fields;
    fields.reserve(record.fields.size());
    for (const QString &field : record.fields)
        fields << field.toUtf8();
    const auto fixes = m_fixes.constFind(m_file.id);
    if (fixes == m_fixes.cend())
        return fields;
    for (auto it = fixes->lowerBound({record.recordNo, 0});
         it != fixes->cend() && it.key().first == record.recordNo;
         ++it) {
        const int source = it.key().second;
        while (fields.size() <= source)
            fields << QByteArray();
        fields[source] = it->value.toUtf8();
    }
    return fields;
}

const RecordsModel::PendingFix *RecordsModel::fixAt(qint64 recordNo, int source) const
{
    const auto fixes = m_fixes.constFind(m_file.id);
    if (fixes == m_fixes.cend())
        return nullptr;
    const auto it = fixes->constFind({recordNo, source});
    return it == fixes->cend() ? nullptr : &*it;
}

bool RecordsModel::canFix() const
{
    return m_mapped && m_plan && m_database && m_file.id != 0
           && m_file.status == QLatin1String("imported") && !m_applyingFixes;
}

void RecordsModel::setApplyingFixes(bool applying)
{
    m_applyingFixes = applying;
}

Qt::ItemFlags RecordsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !canFix())
        return flags;
    const MappingPlan::Column &column = m_plan->columns[index.column()];
    const Record *row = record(index.row());
    if (!row || column.source < 0)
        return flags;
    if (fixAt(row->recordNo, column.source)
        || !mappedRow(*row).reasons.value(index.column()).isEmpty())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RecordsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    setFix(index.row(), index.column(), value.toString());
    return true;
}

void RecordsModel::setFix(int rowIndex, int column, const std::optional<QString> &value)
{
    if (!canFix() || column < 0 || column >= m_plan->columns.size())
        return;
    const MappingPlan::Column &planColumn = m_plan->columns[column];
    const Record *row = record(rowIndex);
    if (planColumn.source < 0 || !row)
        return;
    const FixKey key{row->recordNo, planColumn.source};
    FileFixes after = m_fixes.value(m_file.id);
    const QString original = row->fields.value(planColumn.source);
    if (!value || *value == original) {
        after.remove(key);
    } else {
        // Checked as it would be stored: the record with its other pending fixes and this one.
        QList<QByteArray> fields = fixedFields(*row);
        while (fields.size() <= planColumn.source)
            fields << QByteArray();
        fields[planColumn.source] = value->toUtf8();
        QStringList reasons;
        mappedRecord(*m_plan, fields, nullptr, &reasons);
        after.insert(key, PendingFix{planColumn.name, original, *value, reasons.value(column)});
    }
    const FileFixes before = m_fixes.value(m_file.id);
    if (before == after)
        return;
    const QString text = after.contains(key)
                             ? tr("Fix %1 on Line %2").arg(planColumn.name).arg(row->lineNo)
                             : tr("Revert %1 on Line %2").arg(planColumn.name).arg(row->lineNo);
    m_undo->push(new CellFixCommand(this, m_file.id, before, after, text));
}

void RecordsModel::storeFixes(qint64 fileId, const FileFixes &fixes)
{
    if (fixes.isEmpty())
        m_fixes.remove(fileId);
    else
        m_fixes.insert(fileId, fixes);
    if (fileId == m_file.id)
        refreshFixedRows();
    emit fixesChanged();
}

void RecordsModel::refreshFixedRows()
{
    m_mappedRows.clear();
    if (m_mapped && m_rows > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

QList<cellfixes::Fix> RecordsModel::cellFixes(bool readyOnly) const
{
    QList<cellfixes::Fix> out;
    const FileFixes fixes = m_fixes.value(m_file.id);
    qint64 at = 0;
    for (auto it = fixes.cbegin(); it != fixes.cend(); ++it) {
        ++at;
        if (readyOnly && !it->problem.isEmpty())
            continue;
        out << cellfixes::Fix{at, it.key().first, it->column, it->value, it->original};
    }
    return out;
}

int RecordsModel::pendingFixCount() const
{
    return int(m_fixes.value(m_file.id).size());
}

int RecordsModel::readyFixCount() const
{
    return int(cellFixes(true).size());
}

void RecordsModel::fixesApplied(const QSet<qint64> &notApplied)
{
    FileFixes kept;
    const FileFixes fixes = m_fixes.value(m_file.id);
    qint64 at = 0;
    for (auto it = fixes.cbegin(); it != fixes.cend(); ++it) {
        if (notApplied.contains(++at) || !it->problem.isEmpty())
            kept.insert(it.key(), *it);
    }
    m_undo->clear(); // applied: no longer undoable
    storeFixes(m_file.id, kept);
    // The stored values changed: read the records again, where they are.
    resetContents(m_layout);
}

void RecordsModel::discardFixes()
{
    const FileFixes before = m_fixes.value(m_file.id);
    if (before.isEmpty())
        return;
    m_undo->push(new CellFixCommand(this, m_file.id, before, {}, tr("Discard Fixes")));
}

bool RecordsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_filter.isEmpty() && m_database && m_file.id != 0
           && !m_filterLoading && !m_filterDone;
}

void RecordsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFilterLoad();
}

void RecordsModel::startFilterLoad()
{
    // A view (or the model tester) may call fetchMore() from within endResetModel(), before
    // resetContents() starts the first page itself.
    if (m_filterLoading || m_filterDone)
        return;
    m_filterLoading = true;
    setPending(1);
    PageQuery query;
    query.kind = PageQuery::Match;
    query.key
        = m_matches.isEmpty() ? std::numeric_limits<qint64>::min() : m_matches.last().recordNo;
    query.limit = std::min(m_pageSize, m_maxFilterRows - int(m_matches.size()));
    query.pattern = m_filter;
    const quint64 generation = m_generation;
    const qint64 fileId = m_file.id;
    QFuture<QList<Record>> future = m_database->read(
        [fileId, query](QSqlDatabase &db) { return fetchPage(db, fileId, query); });
    whenFinished(future, this, [this, generation, query](const QFuture<QList<Record>> &done) {
        if (generation != m_generation)
            return;
        setPending(-1);
        if (const QString error = failureOf(done); !error.isEmpty()) {
            m_filterLoading = false;
            m_filterDone = true;
            emit loadFailed(error);
            return;
        }
        const QList<Record> rows = done.result();
        m_filterDone
            = rows.size() < query.limit || m_matches.size() + rows.size() >= m_maxFilterRows;
        filterArrived(rows);
    });
}

void RecordsModel::filterArrived(const QList<Record> &rows)
{
    ++m_stats.pageLoads;
    m_stats.rowsFetched += rows.size();
    // Still "loading" while rows are inserted: observers may call fetchMore() from the insert
    // signals, and the next page must start after these rows.
    if (!rows.isEmpty()) {
        beginInsertRows({}, m_rows, m_rows + int(rows.size()) - 1);
        m_matches.append(rows);
        m_rows = int(m_matches.size());
        endInsertRows();
    }
    m_filterLoading = false;
    if (!rows.isEmpty())
        emit rowsLoaded(m_rows - int(rows.size()), m_rows - 1);
    emit filterProgress(m_rows, m_filterDone);
}

} // namespace stevedore
