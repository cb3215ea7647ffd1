// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "accessibility.h"
#include "import/cellfixes.h"
#include "schema/mappingservice.h"
#include "store/catalog.h"
#include "store/recordlayout.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <utility>

class QUndoStack;

namespace stevedore {

class Database;

// A file's records as a table: one row per record, one column per header column, the line
// number in the vertical header. Nothing is loaded up front and only a bounded window of
// pages is kept, so a file of millions of records costs a few megabytes.
//
// Browsing (no filter): rowCount() is the file's record count from the start, so scroll bars
// are right and "go to end" is one jump. Rows are grouped in pages of pageSize() rows aligned
// at multiples of the page size; data() on a row whose page is not loaded returns a
// placeholder and queues that page. Queued pages are loaded newest first, at most two at a
// time, and pages asked for long ago (the view scrolled past them) are forgotten. Each page is
// one keyset query on the (file_id, record_no) primary key, never OFFSET:
//   - once the file's layout is known, by record number: record_no >= first LIMIT n;
//   - before that: page 0 from the start, the last page from the end
//     (ORDER BY record_no DESC LIMIT n), a page after a loaded one after its last record.
// The layout (RecordLayout::probe(), read once per file) maps rows to record numbers, which
// are dense except where the import rejected records. At most maxCachedPages() pages are kept;
// the least recently shown are evicted and become placeholders again.
//
// Filtering: a non-empty filter runs on the server (data LIKE ?, ILIKE on PostgreSQL, the text
// matched against the stored JSON) in keyset pages after the last match; rows grow through
// canFetchMore()/fetchMore() as the view scrolls, up to maxFilterRows() matches.
//
// Mapped mode (setMapped()): the same rows in the schema's columns, as MappingService::plan()
// compiles the file's mapping: each cell is the mapped file field with its transform applied,
// unmapped columns are empty, and a cell that fails its column's type has a background and
// says why (InvalidReasonRole, the tooltip). The plan is loaded off the GUI thread when the
// mode is switched on, the file changes or reloadMapping() is called; until it arrives the
// model has no columns. Pages and the filter are the same as in raw mode (the filter matches
// the raw values); a row's mapped cells are computed from its loaded fields when a view first
// asks for them and kept in a small cache.
//
// Fixing invalid values (mapped mode, a file whose import finished): an invalid cell is
// editable; its edit value is the stored text of the file column that feeds it (before the
// transform), and a fix typed over it is pending until applyFixes() hands it to
// cellfixes::apply(). A pending fix shows at once: the cell is mapped and checked again with the
// new text, tinted as fixed or still invalid. Fixes are kept per file and go through
// undoStack() (the Edit menu's Undo while the Records view is shown); cellFixes() lists them.
class RecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Record
    {
        qint64 recordNo = 0;
        qint64 lineNo = 0;
        QStringList fields;
    };
    struct Stats
    {
        int pageLoads = 0;      // page queries answered since setFile()
        qint64 rowsFetched = 0; // records received since setFile()
        int cachedPages = 0;    // pages held now
        int planLoads = 0;      // mapping plans received since the model was created
    };
    enum Role {
        RecordNoRole = Qt::UserRole + 1,
        LineNoRole,
        LoadedRole,
        InvalidReasonRole, // mapped mode: why the value fails its column; null when it does not
        MappedRole,        // whether a file column feeds the cell's column (always in raw mode)
        PendingFixRole,    // mapped mode: whether the cell has a fix not applied yet
    };

    explicit RecordsModel(QObject *parent = nullptr);

    // Not owned; must be open. Clears the model.
    void setDatabase(Database *database);
    // Shows every record of the file (clears the filter). A file with id 0 empties the model.
    void setFile(const FileInfo &file);
    const FileInfo &file() const { return m_file; }
    // Empty: browse every record.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setMaxCachedPages(int pages);
    int maxCachedPages() const { return m_maxPages; }
    void setMaxFilterRows(int rows);
    int maxFilterRows() const { return m_maxFilterRows; }

    // Raw (false, the default) or mapped columns. Switching keeps the loaded pages.
    void setMapped(bool mapped);
    bool isMapped() const { return m_mapped; }
    // Loads the plan again (the schema or the file's mapping changed); until it arrives the
    // current one stays. In raw mode the plan is just forgotten and loaded on the next switch.
    void reloadMapping();
    // The plan shown in mapped mode; nullptr before it has arrived.
    const MappingPlan *mappingPlan() const { return m_plan ? &*m_plan : nullptr; }
    // Why the last plan could not be loaded; empty once one has arrived.
    QString mappingError() const { return m_planError; }
    // Whether the plan has arrived and maps at least one column.
    bool hasMappedColumns() const;

    bool isLoading() const { return m_pending > 0 || m_planLoading; }
    bool hasLayout() const { return m_layout.has_value(); }
    bool isRowLoaded(int row) const { return record(row) != nullptr; }
    // The record on that row, or nullptr while it is not loaded.
    const Record *record(int row) const;
    // The texts shown on a loaded row, raw fields or mapped values; empty while not loaded.
    // Never queues a page.
    QStringList rowTexts(int row) const;
    // Browsing: queues the page holding row (rowsLoaded() says when it is there).
    void fetchRow(int row);
    // Filter mode: true once every match is listed (or maxFilterRows() was reached).
    bool isFilterComplete() const { return m_filterDone; }
    bool isFilterTruncated() const;
    Stats stats() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Fixes of invalid values (see above).
    QUndoStack *undoStack() const { return m_undo; }
    // Whether cells can take fixes now: mapped mode, a plan, an imported file, not applying.
    bool canFix() const;
    // While fixes are being applied no cell is editable.
    void setApplyingFixes(bool applying);
    // Sets (or with nullopt, removes) the fix of the value that feeds plan column `column` on
    // that row, through the undo stack; the row must be loaded. Typing the stored text back
    // removes the fix.
    void setFix(int row, int column, const std::optional<QString> &value);
    // The current file's pending fixes in record order; readyOnly: only those that check out.
    // Fix::at numbers them from 1 in that order.
    QList<cellfixes::Fix> cellFixes(bool readyOnly = false) const;
    int pendingFixCount() const;
    int readyFixCount() const;
    // After applying: drops the fixes that were applied (all but those whose Fix::at is in
    // notApplied) and the undo history, and reads the records again.
    void fixesApplied(const QSet<qint64> &notApplied);
    // Drops the current file's pending fixes (undoable).
    void discardFixes();

    // Internal, public for the page tasks: one keyset query.
    struct PageQuery
    {
        enum Kind { From, After, Before, Last, Match } kind = From;
        qint64 key = 0;
        int limit = 0;
        QString pattern; // Match only: the text to find
    };

signals:
    void loadingChanged(bool loading);
    void rowsLoaded(int first, int last);
    void layoutKnown();
    void loadFailed(const QString &message);
    void filterProgress(int matches, bool complete);
    // A plan has arrived; in mapped mode the columns were reset to it.
    void mappingLoaded();
    // Pending fixes were added, changed or removed.
    void fixesChanged();

private:
    friend class CellFixCommand;
    // A pending fix: the stored text it replaces, the new text, and why the value would still
    // fail its column (empty: it checks out), found when it was typed.
    struct PendingFix
    {
        QString column; // the schema column it was typed in
        QString original;
        QString value;
        QString problem;

        friend bool operator==(const PendingFix &, const PendingFix &) = default;
    };
    using FixKey = std::pair<qint64, int>; // record number, field index in the record
    using FileFixes = QMap<FixKey, PendingFix>;

    // Sets a file's fixes without the undo stack (the command's redo/undo).
    void storeFixes(qint64 fileId, const FileFixes &fixes);
    const PendingFix *fixAt(qint64 recordNo, int source) const;
    // The record's fields with its pending fixes applied.
    QList<QByteArray> fixedFields(const Record &record) const;
    void refreshFixedRows();

    // A row in mapped mode: one value and one reason (empty: valid) per plan column.
    struct MappedRow
    {
        QStringList values;
        QStringList reasons;
    };
    struct Page
    {
        QList<Record> rows;
        mutable quint64 lastUsed = 0; // m_useClock when a view last showed one of its rows
    };

    void resetContents(const std::optional<RecordLayout> &layout = {});
    void requestRow(int row) const;
    void touch(int row) const;
    void pump();
    bool startPageLoad(int page);
    void pageArrived(int page, const QList<Record> &rows);
    void evict();
    void startLayoutProbe();
    void layoutArrived(const RecordLayout &layout);
    void startFilterLoad();
    void filterArrived(const QList<Record> &rows);
    void setPending(int delta);
    bool isPageFull(int page) const;
    void startPlanLoad();
    void dropPlan();
    void setPlanLoading(bool loading);
    const MappedRow &mappedRow(const Record &record) const;
    QVariant mappedData(const QModelIndex &index, const Record *row, int role) const;
    QVariant mappedHeaderData(int section, int role) const;

    Database *m_database = nullptr;
    FileInfo m_file;
    QString m_filter;
    int m_rows = 0;
    int m_pageSize = 500;
    int m_maxPages = 40;
    int m_maxFilterRows = 50000;
    quint64 m_generation = 0; // bumped on every reset: older results are dropped
    int m_pending = 0;
    Stats m_stats;

    // Browsing.
    QHash<int, Page> m_pages;
    QSet<int> m_inFlight;
    std::optional<RecordLayout> m_layout;
    // data() is const but queues pages and marks them used: bookkeeping, not the model's state.
    mutable QList<int> m_wanted; // oldest first
    mutable quint64 m_useClock = 0;
    mutable QTimer m_pumpTimer;

    // Filtering.
    QList<Record> m_matches;
    bool m_filterLoading = false;
    bool m_filterDone = false;

    // Mapped mode.
    bool m_mapped = false;
    std::optional<MappingPlan> m_plan;
    quint64 m_planToken = 0; // bumped on every plan request or drop: older plans are dropped
    bool m_planLoading = false;
    int m_planLoads = 0;
    QString m_planError;
    // By record number, for m_plan; cleared wholesale when full (a screen is cheap to redo).
    mutable QHash<qint64, MappedRow> m_mappedRows;
    const QIcon m_problemIcon = problemIcon();
    const QIcon m_fixedIcon = QIcon(QStringLiteral(":/icons/rename.svg"));

    // Fixing.
    QHash<qint64, FileFixes> m_fixes; // file id -> fixes
    QUndoStack *m_undo = nullptr;
    bool m_applyingFixes = false;
};

} // namespace stevedore
