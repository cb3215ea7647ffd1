// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "mappedfixture.h"
#include "records/fileexporter.h"
#include "records/recordsmodel.h"
#include "records/recordsview.h"
#include "store/recordcodec.h"
#include "store/recordstore.h"
#include "tablecolumns.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::guitest;

class tst_RecordsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void copiesSelectionAsTsv();
    void goToEndAndBack();
    void goToEndWaitsForEveryMatch();
    void goToEndFollowsTheTrueRecordCount();
    void columnsFitTheirContent();
    void draggedWidthIsRememberedPerFile();
    void quickFilter();
    void exportRequest();
    void exportWritesTheFile();
    void cancelledExportLeavesNoFile();
    void mappedModeIsRemembered();
    void mappedViewShowsTheSchemaColumns();
    void copiesMappedSelectionAsTsv();
    void hintWhenNothingIsMapped();
    void quickFilterInMappedMode();
    void reloadMappingShowsTheNewMapping();
    void mappingThatCannotBeLoadedIsExplained();
    void invalidValuesAreFixedInPlace();
    void fixOverAChangedValueStays();

private:
    // A view on file in mapped mode, shown, with its plan and first page loaded.
    static bool openMapped(RecordsView &view, Database &database, const FileInfo &file);
    // Drags the right edge of column's header section by dx, as the user does.
    static void dragSection(QHeaderView *header, int column, int dx);
    bool open(RecordsView &view, const FileInfo &file);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_csvDir;
    std::unique_ptr<ScratchDatabase> m_db;
    FileInfo m_file;
    FileInfo m_people;
    FileInfo m_small;
};

void tst_RecordsView::initTestCase()
{
    WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recordsview"));
    m_db = std::make_unique<ScratchDatabase>();
    m_file = writeFile(m_db->database(), QStringLiteral("p"), QStringLiteral("r.csv"), 20000);
    applyPeopleSchema(m_db->database());
    m_people = importCsv(
        m_db->database(), m_csvDir, QStringLiteral("people"), QStringLiteral("people.csv"));
    QCOMPARE(m_people.recordCount, qint64(5));
    saveMapping(m_db->database(), m_people.id, peopleMapping());
    m_small = writeFile(m_db->database(), QStringLiteral("p"), QStringLiteral("small.csv"), 10);
}

void tst_RecordsView::init()
{
    QSettings().clear(); // every view starts in raw mode
}

bool tst_RecordsView::openMapped(RecordsView &view, Database &database, const FileInfo &file)
{
    view.resize(900, 600);
    view.setDatabase(&database);
    view.setMappedMode(true);
    view.setFile(QStringLiteral("people"), file);
    view.show();
    return QTest::qWaitForWindowExposed(&view)
           && QTest::qWaitFor([&] { return view.model()->mappingPlan() != nullptr; }, 10000)
           && QTest::qWaitFor([&] { return view.model()->isRowLoaded(0); }, 10000);
}

bool tst_RecordsView::open(RecordsView &view, const FileInfo &file)
{
    view.resize(900, 600);
    view.setDatabase(&m_db->database());
    view.setFile(QStringLiteral("p"), file);
    view.show();
    return QTest::qWaitForWindowExposed(&view)
           && QTest::qWaitFor([&] { return view.model()->isRowLoaded(0); }, 10000);
}

void tst_RecordsView::dragSection(QHeaderView *header, int column, int dx)
{
    const int y = header->height() / 2;
    const QPoint from(header->sectionViewportPosition(column) + header->sectionSize(column) - 1, y);
    const QPoint to = from + QPoint(dx, 0);
    QWidget *viewport = header->viewport();
    QMouseEvent press(QEvent::MouseButtonPress,
                      from,
                      viewport->mapToGlobal(from),
                      Qt::LeftButton,
                      Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &press);
    QMouseEvent move(QEvent::MouseMove,
                     to,
                     viewport->mapToGlobal(to),
                     Qt::NoButton,
                     Qt::LeftButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QMouseEvent release(QEvent::MouseButtonRelease,
                        to,
                        viewport->mapToGlobal(to),
                        Qt::LeftButton,
                        Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &release);
}

void tst_RecordsView::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_RecordsView::copiesSelectionAsTsv()
{
    RecordsView view;
    view.resize(900, 600);
    view.setDatabase(&m_db->database());
    view.setFile(QStringLiteral("p"), m_file);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.model()->isRowLoaded(0));

    QItemSelection selection(view.model()->index(1, 0), view.model()->index(3, 1));
    // A row far away that is not loaded is left out, and said so.
    selection.select(view.model()->index(15000, 0), view.model()->index(15000, 2));
    view.table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(view.copySelection(), 3);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("2\tname 2\n3\tname 3\n4\tname 4\n"));

    view.table()->setFocus();
    view.table()->selectionModel()->select(
        QItemSelection(view.model()->index(0, 2), view.model()->index(0, 2)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keySequence(view.table(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("city 1\n"));
}

void tst_RecordsView::goToEndAndBack()
{
    RecordsView view;
    view.resize(900, 600);
    view.setDatabase(&m_db->database());
    view.setFile(QStringLiteral("p"), m_file);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.model()->isRowLoaded(0));
    view.table()->setFocus();
    QTest::keySequence(view.table(), QKeySequence::MoveToEndOfDocument);
    QTRY_VERIFY(view.model()->isRowLoaded(19999));
    QCOMPARE(view.table()->currentIndex().row(), 19999);
    QCOMPARE(view.model()->stats().pageLoads, 2);
    view.goToStartAction()->trigger();
    QCOMPARE(view.table()->currentIndex().row(), 0);
}

// More matches than one page: the last one is only known once every page has been read.
void tst_RecordsView::goToEndWaitsForEveryMatch()
{
    RecordsView view;
    view.model()->setPageSize(50);
    QVERIFY(open(view, m_file));
    QSignalSpy progress(view.model(), &RecordsModel::filterProgress);
    view.filterEdit()->setText(QStringLiteral("city 7"));
    QVERIFY(progress.wait());
    QVERIFY(!view.model()->isFilterComplete());
    view.table()->setFocus();
    QTest::keySequence(view.table(), QKeySequence::MoveToEndOfDocument);
    QTRY_VERIFY(view.model()->isFilterComplete());
    // "city 7" and "city 70".."city 79" in every hundred records.
    QCOMPARE(view.model()->rowCount(), 2200);
    QTRY_COMPARE(view.table()->currentIndex().row(), 2199);
    QCOMPARE(view.table()->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("19979"));
    QVERIFY(view.table()->selectionModel()->isSelected(view.table()->currentIndex()));
}

// files.record_count says more than there are (an import still running): the end is where the
// records end, as the file's layout tells once it is read.
void tst_RecordsView::goToEndFollowsTheTrueRecordCount()
{
    FileSpec spec;
    spec.project = QStringLiteral("p");
    spec.name = QStringLiteral("running.csv");
    spec.records = 250;
    spec.claimedCount = 300;
    const FileInfo file = writeFile(m_db->database(), spec);
    RecordsView view;
    view.model()->setPageSize(100);
    view.resize(900, 600);
    view.setDatabase(&m_db->database());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFile(QStringLiteral("p"), file);
    QCOMPARE(view.model()->rowCount(), 300);
    view.table()->setFocus();
    QTest::keySequence(view.table(), QKeySequence::MoveToEndOfDocument); // before the layout
    QTRY_VERIFY(view.model()->hasLayout());
    QCOMPARE(view.model()->rowCount(), 250);
    QTRY_COMPARE(view.table()->currentIndex().row(), 249);
    QTRY_VERIFY(view.model()->isRowLoaded(249));
    QCOMPARE(view.model()->record(249)->recordNo, qint64(250));
    QVERIFY(view.table()->selectionModel()->isSelected(view.table()->currentIndex()));
}

void tst_RecordsView::columnsFitTheirContent()
{
    RecordsView view;
    QVERIFY(open(view, m_file));
    const QHeaderView *header = view.table()->horizontalHeader();
    const int eightDigits = view.fontMetrics().horizontalAdvance(QStringLiteral("00000000"));
    // "id": short numbers, yet eight digits wide; "name": "name 1".."name 50" and no wider
    // than the cap; "city": the last, to the view's edge.
    QTRY_VERIFY(header->sectionSize(0) >= eightDigits);
    QVERIFY(header->sectionSize(0) <= TableColumns::defaultMaxWidth);
    QVERIFY(header->sectionSize(1)
            >= view.fontMetrics().horizontalAdvance(QStringLiteral("name 50")));
    QVERIFY(header->sectionSize(1) <= TableColumns::defaultMaxWidth);
    QCOMPARE(header->sectionViewportPosition(2) + header->sectionSize(2),
             view.table()->viewport()->width());
    // Fitting read the first page only, the one on screen.
    QCOMPARE(view.model()->stats().pageLoads, 1);
}

void tst_RecordsView::draggedWidthIsRememberedPerFile()
{
    int dragged = 0;
    {
        RecordsView view;
        QVERIFY(open(view, m_file));
        QHeaderView *header = view.table()->horizontalHeader();
        const int name50 = view.fontMetrics().horizontalAdvance(QStringLiteral("name 50"));
        QTRY_VERIFY(header->sectionSize(1) >= name50); // fitted to the first rows
        const int fitted = header->sectionSize(1);
        dragSection(header, 1, 90);
        dragged = header->sectionSize(1);
        QCOMPARE(dragged, fitted + 90);
        // Another file does not get it; the same file again does.
        view.setFile(QStringLiteral("p"), m_small);
        QTRY_VERIFY(view.model()->isRowLoaded(0));
        QTRY_VERIFY2(header->sectionSize(1) < fitted + 10,
                     qPrintable(QStringLiteral("%1 %2").arg(header->sectionSize(1)).arg(fitted)));
        view.setFile(QStringLiteral("p"), m_file);
        QTRY_COMPARE(header->sectionSize(1), dragged);
        // Nor does the mapped view of the same file.
        view.setMappedMode(true);
        QVERIFY(!view.columns()->isUserSized(1));
        view.setMappedMode(false);
        QVERIFY(view.columns()->isUserSized(1));
    }
    // A new view (the next start) opens the file at the width the user left.
    RecordsView view;
    QVERIFY(open(view, m_file));
    QTRY_COMPARE(view.table()->horizontalHeader()->sectionSize(1), dragged);
}

void tst_RecordsView::quickFilter()
{
    RecordsView view;
    view.setDatabase(&m_db->database());
    view.setFile(QStringLiteral("p"), m_file);
    QSignalSpy progress(view.model(), &RecordsModel::filterProgress);
    view.filterEdit()->setText(QStringLiteral("name 1999"));
    QVERIFY(progress.wait()); // after the typing pause
    QCOMPARE(view.model()->filter(), QStringLiteral("name 1999"));
    QTRY_VERIFY(view.model()->isFilterComplete());
    QCOMPARE(view.model()->rowCount(), 11); // 1999 and 19990..19999
    // Another file clears the filter.
    view.setFile(QStringLiteral("p"), m_file);
    QVERIFY(view.filterEdit()->text().isEmpty());
    QCOMPARE(view.model()->rowCount(), 20000);
}

void tst_RecordsView::exportRequest()
{
    RecordsView view;
    QVERIFY(!view.exportCsvAction()->isEnabled());
    view.setDatabase(&m_db->database());
    view.setFile(QStringLiteral("p"), m_file);
    QVERIFY(view.exportCsvAction()->isEnabled());
    QSignalSpy requested(&view, &RecordsView::exportRequested);
    view.exportJsonlAction()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("p"));
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("r.csv"));
    QCOMPARE(requested.at(0).at(2).value<ExportFormat>(), ExportFormat::Jsonl);
}

void tst_RecordsView::exportWritesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.jsonl"));
    QWidget parent;
    FileExporter exporter(&parent);
    QSignalSpy finished(&exporter, &FileExporter::finished);
    QVERIFY(exporter.start(&m_db->database(),
                           QStringLiteral("p"),
                           QStringLiteral("r.csv"),
                           ExportFormat::Jsonl,
                           path));
    QVERIFY(exporter.isRunning());
    QVERIFY(exporter.progressDialog()->isVisible());
    QVERIFY(!exporter.start(&m_db->database(),
                            QStringLiteral("p"),
                            QStringLiteral("r.csv"),
                            ExportFormat::Jsonl,
                            path)); // one at a time
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 20001); // and the empty string after the last newline
    QCOMPARE(lines.first(), QByteArray(R"({"id":"1","name":"name 1","city":"city 1"})"));
    QTRY_VERIFY(!exporter.progressDialog());
}

void tst_RecordsView::cancelledExportLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    QWidget parent;
    FileExporter exporter(&parent);
    QSignalSpy finished(&exporter, &FileExporter::finished);
    QVERIFY(exporter.start(
        &m_db->database(), QStringLiteral("p"), QStringLiteral("r.csv"), ExportFormat::Csv, path));
    auto *cancel = exporter.progressDialog()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toString(), FileExporter::tr("Export cancelled."));
    QVERIFY(!QFile::exists(path));
}

void tst_RecordsView::mappedModeIsRemembered()
{
    {
        RecordsView view;
        QVERIFY(!view.isMappedMode());
        QVERIFY(view.rawButton()->isChecked());
        QVERIFY(view.mappedButton()->isEnabled());
        view.mappedButton()->click();
        QVERIFY(view.isMappedMode());
        QVERIFY(view.model()->isMapped());
        QVERIFY(!view.rawButton()->isChecked());
    }
    {
        RecordsView view;
        QVERIFY(view.isMappedMode());
        QVERIFY(view.mappedButton()->isChecked());
        view.rawButton()->click();
        QVERIFY(!view.isMappedMode());
        QVERIFY(!view.model()->isMapped());
    }
    RecordsView view;
    QVERIFY(!view.isMappedMode());
    view.setMappedMode(true);
    QVERIFY(view.mappedButton()->isChecked());
    QVERIFY(QSettings().value(QStringLiteral("records/mapped")).toBool());
}

void tst_RecordsView::mappedViewShowsTheSchemaColumns()
{
    RecordsView view;
    QVERIFY(openMapped(view, m_db->database(), m_people));
    QAbstractItemModel *model = view.table()->model();
    QCOMPARE(model->columnCount(), 5);
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("joined"));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("2020-02-01"));
    QCOMPARE(model->index(1, 2).data(RecordsModel::InvalidReasonRole).toString(),
             QStringLiteral("not an integer"));
    QVERIFY(view.hintLabel()->isHidden());
    // Painting the highlighted cells and the greyed headers is fine.
    view.table()->viewport()->repaint();
    view.table()->horizontalHeader()->viewport()->repaint();
}

void tst_RecordsView::copiesMappedSelectionAsTsv()
{
    RecordsView view;
    QVERIFY(openMapped(view, m_db->database(), m_people));
    QItemSelection selection(view.model()->index(0, 1), view.model()->index(1, 2));
    selection.select(view.model()->index(0, 4), view.model()->index(0, 4));
    view.table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(view.copySelection(), 2);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("ANN SMITH\t34\t\nBOB JONES\tabc\n"));
}

void tst_RecordsView::hintWhenNothingIsMapped()
{
    RecordsView view;
    view.resize(900, 600);
    view.setDatabase(&m_db->database());
    view.setFile(QStringLiteral("p"), m_file);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.hintLabel()->isHidden()); // raw mode

    QSignalSpy loaded(view.model(), &RecordsModel::mappingLoaded);
    view.setMappedMode(true);
    QVERIFY(loaded.wait());
    QVERIFY(view.hintLabel()->isVisible());
    QCOMPARE(view.hintLabel()->text(),
             RecordsView::tr("No column of this file is mapped yet — use the Mapping view."));
    QCOMPARE(view.model()->columnCount(), 5);
    QCOMPARE(view.model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("email"));
    QCOMPARE(view.model()->rowCount(), 20000);

    view.setMappedMode(false);
    QVERIFY(view.hintLabel()->isHidden());
    view.setFile(QStringLiteral("people"), m_people);
    view.setMappedMode(true);
    QVERIFY(loaded.wait());
    QVERIFY(view.hintLabel()->isHidden());
}

void tst_RecordsView::quickFilterInMappedMode()
{
    RecordsView view;
    QVERIFY(openMapped(view, m_db->database(), m_people));
    QVERIFY(view.filterEdit()->toolTip().contains(RecordsView::tr("raw values")));
    QSignalSpy progress(view.model(), &RecordsModel::filterProgress);
    view.filterEdit()->setText(QStringLiteral("Bob"));
    QVERIFY(progress.wait());
    QTRY_VERIFY(view.model()->isFilterComplete());
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, 1).data().toString(), QStringLiteral("BOB JONES"));
    QCOMPARE(view.model()->index(0, 0).data(RecordsModel::InvalidReasonRole).toString(),
             QStringLiteral("not an e-mail address"));
    view.table()->selectionModel()->select(
        QItemSelection(view.model()->index(0, 0), view.model()->index(0, 2)),
        QItemSelectionModel::ClearAndSelect);
    QCOMPARE(view.copySelection(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("bad-email\tBOB JONES\tabc\n"));
}

void tst_RecordsView::reloadMappingShowsTheNewMapping()
{
    const FileInfo file = importCsv(
        m_db->database(), m_csvDir, QStringLiteral("people"), QStringLiteral("people-view.csv"));
    RecordsView view;
    QVERIFY(openMapped(view, m_db->database(), file));
    QVERIFY(view.hintLabel()->isVisible()); // not mapped yet
    QVERIFY(view.model()->index(0, 0).data().toString().isEmpty());

    saveMapping(m_db->database(), file.id, peopleMapping());
    QSignalSpy loaded(view.model(), &RecordsModel::mappingLoaded);
    view.reloadMapping();
    QVERIFY(loaded.wait());
    QVERIFY(view.hintLabel()->isHidden());
    QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("ann@example.org"));
    QCOMPARE(view.model()->stats().pageLoads, 1);
}

void tst_RecordsView::mappingThatCannotBeLoadedIsExplained()
{
    FileInfo gone = m_people;
    gone.id = 987654; // deleted meanwhile
    RecordsView view;
    view.setDatabase(&m_db->database());
    view.setMappedMode(true);
    QSignalSpy status(&view, &RecordsView::statusMessage);
    view.setFile(QStringLiteral("people"), gone);
    QVERIFY(status.wait());
    QTRY_VERIFY(!view.model()->isLoading());
    QVERIFY(!view.model()->mappingError().isEmpty());
    QVERIFY(!view.hintLabel()->isHidden());
    QVERIFY(view.hintLabel()->text().contains(view.model()->mappingError()));
    QCOMPARE(view.model()->columnCount(), 0);
}

// The stored fields of a file's records, in order.
static QList<QStringList> storedFields(Database &database, qint64 fileId)
{
    const QList<recordstore::Record> records
        = database
              .read(
                  [fileId](QSqlDatabase &db) {
                      return recordstore::readRecords(
                          Sql(db), fileId, recordstore::Seek::From, 0, 100);
                  },
                  ReadConsistency::Primary)
              .result();
    QList<QStringList> out;
    for (const recordstore::Record &record : records)
        out << recordcodec::parseJsonArrayToStrings(record.json);
    return out;
}

void tst_RecordsView::invalidValuesAreFixedInPlace()
{
    const FileInfo file = importCsv(
        m_db->database(), m_csvDir, QStringLiteral("people"), QStringLiteral("fixes.csv"));
    saveMapping(m_db->database(), file.id, peopleMapping());
    RecordsView view;
    QVERIFY(openMapped(view, m_db->database(), file));
    RecordsModel *model = view.model();
    QAbstractItemModel *table = view.table()->model();
    // Only invalid values of mapped columns take a fix; nothing is pending yet.
    QVERIFY(!(table->flags(table->index(0, 2)) & Qt::ItemIsEditable));
    QVERIFY(table->flags(table->index(1, 2)) & Qt::ItemIsEditable);
    QVERIFY(!(table->flags(table->index(1, 4)) & Qt::ItemIsEditable)); // country: unmapped
    QVERIFY(view.fixBar()->isHidden());
    QVERIFY(!view.applyFixesAction()->isEnabled());
    // The edit value is the stored text, before the column's transform.
    QCOMPARE(table->index(1, 3).data(Qt::EditRole).toString(), QStringLiteral("2020-13-01"));

    // A fix that still fails shows as invalid and is not ready.
    QVERIFY(table->setData(table->index(1, 2), QStringLiteral("forty")));
    QCOMPARE(table->index(1, 2).data(RecordsModel::PendingFixRole).toBool(), true);
    QCOMPARE(table->index(1, 2).data(RecordsModel::InvalidReasonRole).toString(),
             QStringLiteral("not an integer"));
    QCOMPARE(model->pendingFixCount(), 1);
    QCOMPARE(model->readyFixCount(), 0);
    QVERIFY(!view.fixBar()->isHidden());
    QCOMPARE(view.fixSummary()->text(),
             QStringLiteral("1 correction(s) not applied yet; 1 of them still invalid (see the "
                            "cell's tooltip)"));
    QVERIFY(!view.applyFixesAction()->isEnabled());
    // Corrected: checked again at once.
    QVERIFY(table->setData(table->index(1, 2), QStringLiteral("40")));
    QCOMPARE(table->index(1, 2).data().toString(), QStringLiteral("40"));
    QVERIFY(table->index(1, 2).data(RecordsModel::InvalidReasonRole).isNull());
    QVERIFY(table->index(1, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("abc")));
    QCOMPARE(model->readyFixCount(), 1);
    QVERIFY(view.applyFixesAction()->isEnabled());
    QCOMPARE(view.applyFixesAction()->text(), QStringLiteral("&Apply 1 Fix(es)"));
    // Undo takes it back one step at a time.
    QCOMPARE(model->undoStack()->count(), 2);
    model->undoStack()->undo();
    QCOMPARE(table->index(1, 2).data(Qt::EditRole).toString(), QStringLiteral("forty"));
    model->undoStack()->undo();
    QCOMPARE(model->pendingFixCount(), 0);
    QCOMPARE(table->index(1, 2).data().toString(), QStringLiteral("abc"));
    QVERIFY(view.fixBar()->isHidden());
    model->undoStack()->redo();
    model->undoStack()->redo();
    QCOMPARE(table->index(1, 2).data().toString(), QStringLiteral("40"));
    // A date typed as the file writes them, shown through the transform.
    QVERIFY(table->setData(table->index(1, 3), QStringLiteral("13/01/2020")));
    QCOMPARE(table->index(1, 3).data().toString(), QStringLiteral("2020-01-13"));
    // Typing the stored text back is no fix.
    QVERIFY(table->setData(table->index(3, 2), QStringLiteral("5")));
    QVERIFY(table->setData(table->index(3, 2), QStringLiteral("5x")));
    QCOMPARE(model->pendingFixCount(), 2);
    view.table()->viewport()->repaint(); // painting the fixed cells is fine

    QSignalSpy finished(&view, &RecordsView::fixesFinished);
    view.applyFixesAction()->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(model->pendingFixCount(), 0);
    QCOMPARE(model->undoStack()->count(), 0);
    QVERIFY(view.fixBar()->isHidden());
    // Read again from the database: the values are stored, valid, no longer pending.
    QVERIFY(QTest::qWaitFor([&] { return model->isRowLoaded(1); }, 10000));
    QCOMPARE(table->index(1, 2).data().toString(), QStringLiteral("40"));
    QVERIFY(table->index(1, 2).data(RecordsModel::InvalidReasonRole).isNull());
    QCOMPARE(table->index(1, 2).data(RecordsModel::PendingFixRole).toBool(), false);
    const QList<QStringList> stored = storedFields(m_db->database(), file.id);
    QCOMPARE(stored.at(1), (QStringList{"bad-email", "Bob Jones", "40", "13/01/2020", QString()}));
    QCOMPARE(stored.at(3).at(2), QStringLiteral("5x"));
    const qint64 audits = m_db->database()
                              .read(
                                  [](QSqlDatabase &db) {
                                      return Sql(db)
                                          .scalar(QStringLiteral("SELECT count(*) FROM "
                                                                 "cell_fixes"))
                                          .toLongLong();
                                  },
                                  ReadConsistency::Primary)
                              .result();
    QCOMPARE(audits, qint64(2));
}

void tst_RecordsView::fixOverAChangedValueStays()
{
    const FileInfo file = importCsv(
        m_db->database(), m_csvDir, QStringLiteral("people"), QStringLiteral("changed.csv"));
    saveMapping(m_db->database(), file.id, peopleMapping());
    RecordsView view;
    QVERIFY(openMapped(view, m_db->database(), file));
    QAbstractItemModel *table = view.table()->model();
    QVERIFY(table->setData(table->index(3, 2), QStringLiteral("5")));
    // Meanwhile someone else corrects the same value differently.
    m_db->database()
        .write([id = file.id](QSqlDatabase &db) {
            const Sql sql(db);
            SqlTransaction transaction(sql);
            cellfixes::apply(sql,
                             id,
                             {{1, 4, QStringLiteral("age"), QStringLiteral("6"), std::nullopt}},
                             rejectfixes::Author{QStringLiteral("other")});
            transaction.commit();
        })
        .waitForFinished();
    QSignalSpy finished(&view, &RecordsView::fixesFinished);
    QSignalSpy status(&view, &RecordsView::statusMessage);
    view.applyFixesAction()->trigger();
    QVERIFY(finished.wait(10000));
    QVERIFY2(status.constLast().at(0).toString().contains(QStringLiteral("1 could not be applied")),
             qPrintable(status.constLast().at(0).toString()));
    auto *box = view.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY2(box->detailedText().contains(QStringLiteral("is now \"6\", not \"5x\"")),
             qPrintable(box->detailedText()));
    box->close();
    // The fix stays, to be looked at again.
    QCOMPARE(view.model()->pendingFixCount(), 1);
    QCOMPARE(storedFields(m_db->database(), file.id).at(3).at(2), QStringLiteral("6"));
}

QTEST_MAIN(tst_RecordsView)
#include "tst_recordsview.moc"
