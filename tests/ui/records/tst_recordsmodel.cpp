// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "mappedfixture.h"
#include "records/recordsmodel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QIcon>
#include <QTableView>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::guitest;

class tst_RecordsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void modelTester();
    void pagesWithoutLoadingTheWholeFile();
    void goToEndLoadsOnlyTheLastPage();
    void unusedRecordNumbersMapToRows_data();
    void unusedRecordNumbersMapToRows();
    void staleRecordCountIsCorrected();
    void evictionKeepsTheWindowBounded();
    void filterRunsOnTheServer();
    void filterEscapesWildcards();
    void staleResultsAreDropped();
    void emptyFile();
    void mappedColumnsFollowTheSchema();
    void mappedModeStaysLazy();
    void unmappedFileShowsTheSchema();
    void switchingModesKeepsThePages();
    void reloadMappingShowsTheNewMapping();
    void stalePlansAreDropped();

private:
    // Asks for a row as a view would, then waits for its page.
    static bool loadRow(RecordsModel &model, int row)
    {
        model.data(model.index(row, 0));
        return QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 10000);
    }

    std::unique_ptr<ScratchDatabase> m_db;
    FileInfo m_big;    // 100,000 records
    FileInfo m_medium; // 10,000 records
    FileInfo m_small;  // 1,000 records
    QList<qint64> m_unused{1, 5, 6, 7, 500, 501, 1999, 3000};
    QTemporaryDir m_csvDir;
    FileInfo m_people; // peopleCsv, mapped by peopleMapping()
};

void tst_RecordsModel::initTestCase()
{
    WarningTrap::install();
    m_db = std::make_unique<ScratchDatabase>();
    m_big = writeFile(m_db->database(), QStringLiteral("p"), QStringLiteral("big.csv"), 100000);
    m_medium
        = writeFile(m_db->database(), QStringLiteral("p"), QStringLiteral("medium.csv"), 10000);
    m_small = writeFile(m_db->database(), QStringLiteral("p"), QStringLiteral("small.csv"), 1000);
    QCOMPARE(m_big.recordCount, 100000);

    applyPeopleSchema(m_db->database());
    m_people = importCsv(
        m_db->database(), m_csvDir, QStringLiteral("people"), QStringLiteral("people.csv"));
    QCOMPARE(m_people.recordCount, qint64(5));
    saveMapping(m_db->database(), m_people.id, peopleMapping());
    // big.csv: id → age, name → full_name (upper); the rest unmapped.
    saveMapping(
        m_db->database(),
        m_big.id,
        {mapTo(QStringLiteral("id"), QStringLiteral("age")),
         mapTo(QStringLiteral("name"), QStringLiteral("full_name"), QStringLiteral("upper"))});
}

void tst_RecordsModel::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_RecordsModel::modelTester()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setFile(m_small);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.columnCount(), 3);
    QVERIFY(loadRow(model, 0));
    QVERIFY(loadRow(model, 999));
    QCOMPARE(model.index(999, 1).data().toString(), QStringLiteral("name 1000"));
    model.setFilter(QStringLiteral("city 7"));
    while (!model.isFilterComplete()) {
        QTRY_VERIFY(model.isFilterComplete() || model.canFetchMore({}));
        if (model.canFetchMore({}))
            model.fetchMore({});
    }
    // city 7, 70..79 for every hundred records.
    QCOMPARE(model.rowCount(), 110);
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), 1000);
    model.setFile(FileInfo());
    QCOMPARE(model.rowCount(), 0);
}

void tst_RecordsModel::pagesWithoutLoadingTheWholeFile()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setFile(m_big);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The first screen costs one page, however long the file.
    QTRY_VERIFY(model.isRowLoaded(0));
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.stats().pageLoads, 1);
    QCOMPARE(model.stats().rowsFetched, model.pageSize());

    // Scrolling a screen at a time through 20 pages loads exactly those pages.
    const int rowsPerScreen
        = view.viewport()->height() / view.verticalHeader()->defaultSectionSize();
    int row = 0;
    while (row < 20 * model.pageSize()) {
        row = std::min(row + rowsPerScreen, 20 * model.pageSize() - 1);
        view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtBottom);
        QTRY_VERIFY(model.isRowLoaded(row));
        if (row == 20 * model.pageSize() - 1)
            break;
    }
    QCOMPARE(model.stats().pageLoads, 20);
    QCOMPARE(model.stats().rowsFetched, qint64(20 * model.pageSize()));
    for (int r = 0; r < 20 * model.pageSize(); r += 997)
        QCOMPARE(model.record(r)->recordNo, qint64(r + 1));

    // A jump into the middle loads that page only.
    view.scrollTo(model.index(61234, 0), QAbstractItemView::PositionAtCenter);
    QTRY_VERIFY(model.isRowLoaded(61234));
    QVERIFY(model.stats().pageLoads <= 22);
    QCOMPARE(model.index(61234, 0).data().toString(), QStringLiteral("61235"));
    QCOMPARE(model.headerData(61234, Qt::Vertical, Qt::DisplayRole).toString(),
             QStringLiteral("61236"));
    QVERIFY(model.stats().rowsFetched < 12 * 1000);
}

void tst_RecordsModel::goToEndLoadsOnlyTheLastPage()
{
    RecordsModel model;
    model.setDatabase(&m_db->database());
    model.setFile(m_big);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(model.isRowLoaded(0));
    const RecordsModel::Stats before = model.stats();

    view.setFocus();
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(model.isRowLoaded(99999));
    QCOMPARE(model.record(99999)->recordNo, qint64(100000));
    QCOMPARE(model.record(99999)->fields.value(1), QStringLiteral("name 100000"));
    QCOMPARE(model.stats().pageLoads - before.pageLoads, 1);
    QCOMPARE(model.stats().rowsFetched - before.rowsFetched, qint64(model.pageSize()));
    QVERIFY(!model.isRowLoaded(50000));
}

void tst_RecordsModel::unusedRecordNumbersMapToRows_data()
{
    QTest::addColumn<bool>("recordRejects");
    QTest::newRow("rejects listed") << true;
    QTest::newRow("found by a scan") << false;
}

void tst_RecordsModel::unusedRecordNumbersMapToRows()
{
    QFETCH(bool, recordRejects);
    FileSpec spec;
    spec.name = recordRejects ? QStringLiteral("gaps.csv") : QStringLiteral("gaps-scan.csv");
    spec.records = 5000;
    spec.unused = m_unused;
    spec.recordRejects = recordRejects;
    const FileInfo file = writeFile(m_db->database(), spec);

    QList<qint64> present;
    for (qint64 n = 1; n <= spec.records + spec.unused.size(); ++n) {
        if (!spec.unused.contains(n))
            present << n;
    }
    QCOMPARE(present.size(), 5000);

    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    model.setDatabase(&m_db->database());
    model.setFile(file);
    QTRY_VERIFY(model.hasLayout());
    QCOMPARE(model.rowCount(), 5000);
    // Rows in pages reached by seeking (no neighbour loaded), in an order that never walks.
    for (const int row : {4999, 2500, 450, 1, 0, 6, 1990, 2995, 2996, 399, 400, 3999}) {
        QVERIFY(loadRow(model, row));
        QCOMPARE(model.record(row)->recordNo, present[row]);
        QCOMPARE(model.index(row, 0).data().toString(), QString::number(present[row]));
    }
}

void tst_RecordsModel::staleRecordCountIsCorrected()
{
    FileSpec spec;
    spec.name = QStringLiteral("growing.csv");
    spec.records = 1200;
    spec.claimedCount = 1000; // as while an import is still running
    const FileInfo file = writeFile(m_db->database(), spec);

    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setFile(file);
    QCOMPARE(model.rowCount(), 1000);
    QTRY_VERIFY(model.hasLayout());
    QCOMPARE(model.rowCount(), 1200);
    QVERIFY(loadRow(model, 1199));
    QCOMPARE(model.record(1199)->recordNo, qint64(1200));
}

void tst_RecordsModel::evictionKeepsTheWindowBounded()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(200);
    model.setMaxCachedPages(4);
    model.setDatabase(&m_db->database());
    model.setFile(m_medium);
    for (int page = 0; page < 30; ++page) {
        QVERIFY(loadRow(model, page * 200 + 17));
        QVERIFY(model.stats().cachedPages <= 4);
    }
    QVERIFY(model.isRowLoaded(29 * 200));
    QCOMPARE(model.stats().pageLoads, 30);
    // Least recently shown go first (the tester keeps reading row 0, so page 0 stays).
    QVERIFY(!model.isRowLoaded(5 * 200));
    // An evicted page is a placeholder again and comes back when asked for.
    QCOMPARE(model.index(5 * 200, 0).data().toString(), RecordsModel::tr("Loading…"));
    QTRY_VERIFY(model.isRowLoaded(5 * 200));
    QCOMPARE(model.record(5 * 200)->recordNo, qint64(5 * 200 + 1));
    QVERIFY(model.stats().cachedPages <= 4);
}

void tst_RecordsModel::filterRunsOnTheServer()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setFile(m_big);
    model.setFilter(QStringLiteral("CITY 42"));
    QTRY_VERIFY(model.rowCount() > 0);
    QCOMPARE(model.rowCount(), model.pageSize()); // one page of matches, more on demand
    QVERIFY(!model.isFilterComplete());
    while (!model.isFilterComplete()) {
        QTRY_VERIFY(model.isFilterComplete() || model.canFetchMore({}));
        if (model.canFetchMore({}))
            model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 1000); // 42, 142, …, 99942
    QCOMPARE(model.record(0)->recordNo, qint64(42));
    QCOMPARE(model.record(999)->recordNo, qint64(99942));
    QVERIFY(!model.isFilterTruncated());

    model.setMaxFilterRows(700);
    model.setFilter(QStringLiteral("city 4"));
    while (!model.isFilterComplete()) {
        QTRY_VERIFY(model.isFilterComplete() || model.canFetchMore({}));
        if (model.canFetchMore({}))
            model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 700);
    QVERIFY(model.isFilterTruncated());
}

void tst_RecordsModel::filterEscapesWildcards()
{
    RecordsModel model;
    model.setDatabase(&m_db->database());
    model.setFile(m_small);
    QSignalSpy progress(&model, &RecordsModel::filterProgress);
    for (const QString &text :
         {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\\"), QStringLiteral("\"")}) {
        model.setFilter(text);
        QVERIFY(progress.wait());
        QVERIFY2(model.rowCount() == 0, qPrintable(text));
        QVERIFY(model.isFilterComplete());
    }
}

void tst_RecordsModel::staleResultsAreDropped()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setFile(m_big);
    model.data(model.index(50000, 0)); // queued, then superseded
    model.setFile(m_small);
    QVERIFY(loadRow(model, 0));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.stats().pageLoads, 1);
    QCOMPARE(model.record(0)->fields.value(1), QStringLiteral("name 1"));
}

void tst_RecordsModel::emptyFile()
{
    const FileInfo file
        = writeFile(m_db->database(), QStringLiteral("p"), QStringLiteral("empty.csv"), 0);
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setFile(file);
    QTRY_VERIFY(model.hasLayout());
    QCOMPARE(model.rowCount(), 0);
}

void tst_RecordsModel::mappedColumnsFollowTheSchema()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setMapped(true);
    QSignalSpy loaded(&model, &RecordsModel::mappingLoaded);
    model.setFile(m_people);
    QCOMPARE(model.columnCount(), 0); // the plan is loaded on the pool
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 5);

    // Schema names, in schema order.
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    QCOMPARE(headers,
             QStringList({QStringLiteral("email"),
                          QStringLiteral("full_name"),
                          QStringLiteral("age"),
                          QStringLiteral("joined"),
                          QStringLiteral("country")}));
    QVERIFY(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Full Name")));
    QVERIFY(!model.headerData(4, Qt::Horizontal, RecordsModel::MappedRole).toBool());

    QVERIFY(loadRow(model, 0));
    // Mapped and transformed: upper-cased, the date made ISO.
    QCOMPARE(model.rowTexts(0),
             QStringList({QStringLiteral("ann@example.org"),
                          QStringLiteral("ANN SMITH"),
                          QStringLiteral("34"),
                          QStringLiteral("2020-02-01"),
                          QString()}));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("ANN SMITH"));
    for (int column = 0; column < 4; ++column) {
        const QModelIndex valid = model.index(0, column);
        QVERIFY(valid.data(RecordsModel::InvalidReasonRole).isNull());
        QVERIFY(valid.data(Qt::BackgroundRole).isNull());
        QVERIFY(valid.data(Qt::DecorationRole).isNull());
        QVERIFY(valid.data(RecordsModel::MappedRole).toBool());
    }

    // Unmapped columns are empty and say so.
    const QModelIndex country = model.index(0, 4);
    QVERIFY(country.data().toString().isEmpty());
    QVERIFY(!country.data(RecordsModel::MappedRole).toBool());
    QVERIFY(country.data(RecordsModel::InvalidReasonRole).isNull());
    QVERIFY(country.data(Qt::ToolTipRole).toString().contains(RecordsModel::tr("Not mapped")));

    // Invalid cells are highlighted, marked with an icon (not by colour alone) and the tooltip
    // and the screen reader's description say why.
    const struct
    {
        int row;
        int column;
        QString value;
        QString reason;
    } invalid[] = {
        {1, 0, QStringLiteral("bad-email"), QStringLiteral("not an e-mail address")},
        {1, 2, QStringLiteral("abc"), QStringLiteral("not an integer")},
        {1, 3, QStringLiteral("2020-13-01"), QStringLiteral("not a date")},
        {3, 0, QString(), QStringLiteral("required value is empty")},
        {3, 2, QStringLiteral("5x"), QStringLiteral("not an integer")},
    };
    for (const auto &cell : invalid) {
        const QModelIndex index = model.index(cell.row, cell.column);
        QCOMPARE(index.data().toString(), cell.value);
        const QString reason = index.data(RecordsModel::InvalidReasonRole).toString();
        QVERIFY2(reason.startsWith(cell.reason), qPrintable(reason));
        QVERIFY(index.data(Qt::BackgroundRole).canConvert<QBrush>());
        QVERIFY(index.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(reason),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(index.data(Qt::AccessibleDescriptionRole).toString().contains(reason));
    }
    // An empty optional value is fine.
    QVERIFY(model.index(2, 1).data(RecordsModel::InvalidReasonRole).isNull());
    QVERIFY(model.index(2, 1).data().toString().isEmpty());
}

void tst_RecordsModel::mappedModeStaysLazy()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setMapped(true);
    QSignalSpy loaded(&model, &RecordsModel::mappingLoaded);
    model.setFile(m_big);
    QVERIFY(loaded.wait());
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QTRY_VERIFY(model.isRowLoaded(0));
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.stats().pageLoads, 1);
    QCOMPARE(model.stats().rowsFetched, model.pageSize());
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("1"));

    const int rowsPerScreen
        = view.viewport()->height() / view.verticalHeader()->defaultSectionSize();
    for (int row = rowsPerScreen; row < 5 * model.pageSize(); row += rowsPerScreen) {
        view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtBottom);
        QTRY_VERIFY(model.isRowLoaded(row));
    }
    QCOMPARE(model.stats().pageLoads, 5);
    QCOMPARE(model.stats().rowsFetched, qint64(5 * model.pageSize()));

    view.scrollTo(model.index(61234, 0), QAbstractItemView::PositionAtCenter);
    QTRY_VERIFY(model.isRowLoaded(61234));
    QCOMPARE(model.index(61234, 1).data().toString(), QStringLiteral("NAME 61235"));
    QCOMPARE(model.index(61234, 2).data().toString(), QStringLiteral("61235"));
    QVERIFY(model.index(61234, 2).data(RecordsModel::InvalidReasonRole).isNull());
    // email is required and unmapped: empty, not flagged (validation reports it per file).
    QVERIFY(model.index(61234, 0).data().toString().isEmpty());
    QVERIFY(model.index(61234, 0).data(RecordsModel::InvalidReasonRole).isNull());
    QVERIFY(model.stats().pageLoads <= 7);
    QVERIFY(model.stats().rowsFetched <= 7 * model.pageSize());
}

void tst_RecordsModel::unmappedFileShowsTheSchema()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setMapped(true);
    QSignalSpy loaded(&model, &RecordsModel::mappingLoaded);
    model.setFile(m_small);
    QVERIFY(loaded.wait());
    QVERIFY(model.mappingPlan());
    QVERIFY(!model.hasMappedColumns());
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("email"));
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(loadRow(model, 0));
    QCOMPARE(model.rowTexts(0), QStringList(5, QString()));
    QVERIFY(!model.index(0, 0).data(RecordsModel::MappedRole).toBool());
}

void tst_RecordsModel::switchingModesKeepsThePages()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setFile(m_big);
    QVERIFY(loadRow(model, 0));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("name 1"));

    QSignalSpy loaded(&model, &RecordsModel::mappingLoaded);
    model.setMapped(true);
    QVERIFY(loaded.wait());
    QCOMPARE(model.columnCount(), 5);
    QVERIFY(model.isRowLoaded(0));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("NAME 1"));

    model.setMapped(false);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("name 1"));
    // Back again: the plan is kept, nothing is loaded.
    model.setMapped(true);
    QCOMPARE(model.columnCount(), 5);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.stats().pageLoads, 1);
    QCOMPARE(model.stats().planLoads, 1);

    // The quick filter works on the raw values and shows mapped ones.
    model.setFilter(QStringLiteral("name 99999"));
    QTRY_VERIFY(model.isFilterComplete());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("NAME 99999"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("99999"));
}

void tst_RecordsModel::reloadMappingShowsTheNewMapping()
{
    const FileInfo file = importCsv(
        m_db->database(), m_csvDir, QStringLiteral("people"), QStringLiteral("people-reload.csv"));
    saveMapping(m_db->database(), file.id, peopleMapping());
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setMapped(true);
    QSignalSpy loaded(&model, &RecordsModel::mappingLoaded);
    model.setFile(file);
    QVERIFY(loaded.wait());
    QVERIFY(loadRow(model, 0));
    QVERIFY(model.index(0, 4).data().toString().isEmpty());
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("ANN SMITH"));

    // Notes → country, Full Name lower-cased instead, Age unmapped.
    saveMapping(
        m_db->database(),
        file.id,
        {mapTo(QStringLiteral("Notes"), QStringLiteral("country")),
         mapTo(QStringLiteral("Full Name"), QStringLiteral("full_name"), QStringLiteral("lower")),
         mapTo(QStringLiteral("Age"), QString())});
    model.reloadMapping();
    QVERIFY(loaded.wait());
    QCOMPARE(model.stats().pageLoads, 1); // the records did not change
    QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("first"));
    QVERIFY(model.index(0, 4).data(RecordsModel::MappedRole).toBool());
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("ann smith"));
    QVERIFY(model.index(1, 2).data().toString().isEmpty());
    QVERIFY(model.index(1, 2).data(RecordsModel::InvalidReasonRole).isNull());
    // A required column fed by an empty value is now flagged.
    QVERIFY(!model.index(1, 4).data(RecordsModel::InvalidReasonRole).isNull());

    // In raw mode the plan is just forgotten, and loaded again on the way back.
    model.setMapped(false);
    model.reloadMapping();
    QVERIFY(!model.mappingPlan());
    model.setMapped(true);
    QVERIFY(loaded.wait());
    QCOMPARE(model.stats().planLoads, 3);
}

void tst_RecordsModel::stalePlansAreDropped()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    model.setMapped(true);
    QSignalSpy loaded(&model, &RecordsModel::mappingLoaded);
    model.setFile(m_people); // superseded before its plan arrives
    model.setFile(m_small);
    QVERIFY(loaded.wait());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model.stats().planLoads, 1);
    QVERIFY(!model.hasMappedColumns()); // small.csv's plan, not people.csv's
    QCOMPARE(model.rowCount(), 1000);
}

QTEST_MAIN(tst_RecordsModel)
#include "tst_recordsmodel.moc"
