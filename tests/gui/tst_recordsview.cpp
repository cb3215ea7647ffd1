// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "fileexporter.h"
#include "guitest.h"
#include "recordsmodel.h"
#include "recordsview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::guitest;

class tst_RecordsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void copiesSelectionAsTsv();
    void goToEndAndBack();
    void quickFilter();
    void exportRequest();
    void exportWritesTheFile();
    void cancelledExportLeavesNoFile();

private:
    std::unique_ptr<ScratchDatabase> m_db;
    FileInfo m_file;
};

void tst_RecordsView::initTestCase()
{
    WarningTrap::install();
    m_db = std::make_unique<ScratchDatabase>();
    m_file = writeFile(m_db->database(), QStringLiteral("p"), QStringLiteral("r.csv"), 20000);
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

QTEST_MAIN(tst_RecordsView)
#include "tst_recordsview.moc"
