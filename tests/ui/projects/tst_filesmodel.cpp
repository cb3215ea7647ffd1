// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "projects/filesmodel.h"
#include "projects/filesview.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::guitest;

class tst_FilesModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void modelTester();
    void sizesSortNumerically();
    void mappingCompleteness();
    void viewLoadsOffTheGuiThread();
    void viewFilters();
    void staleProjectIsDropped();

private:
    static QList<FileInfo> sampleFiles();
};

void tst_FilesModel::initTestCase()
{
    WarningTrap::install();
}

void tst_FilesModel::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

QList<FileInfo> tst_FilesModel::sampleFiles()
{
    QList<FileInfo> files;
    const QList<std::tuple<QString, qint64, qint64>> rows = {
        {QStringLiteral("b.csv"), 900, 10},
        {QStringLiteral("a.csv"), 5 * 1024 * 1024, 20000},
        {QStringLiteral("C.csv"), 12 * 1024, 300},
    };
    qint64 id = 1;
    for (const auto &[name, size, records] : rows) {
        FileInfo file;
        file.id = id++;
        file.name = name;
        file.byteSize = size;
        file.recordCount = records;
        file.status = QStringLiteral("imported");
        file.header
            = {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"), QStringLiteral("w")};
        file.mappedColumns = int(id) - 2;
        file.importedAt = 1700000000000 + id;
        files << file;
    }
    return files;
}

void tst_FilesModel::modelTester()
{
    FilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFiles(sampleFiles());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FilesModel::ColumnCount));
    proxy.sort(FilesModel::Size);
    model.setFiles({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_FilesModel::sizesSortNumerically()
{
    FilesModel model;
    model.setFiles(sampleFiles());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FilesModel::SortRole);
    proxy.sort(FilesModel::Size, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, FilesModel::Name).data().toString();
    QCOMPARE(names, QStringList({"b.csv", "C.csv", "a.csv"}));
    // Human readable, and not what the sort used.
    QCOMPARE(model.index(1, FilesModel::Size).data().toString(),
             QLocale().formattedDataSize(5 * 1024 * 1024));
    QCOMPARE(model.index(1, FilesModel::Size).data(FilesModel::SortRole).toLongLong(),
             5 * 1024 * 1024);
}

void tst_FilesModel::mappingCompleteness()
{
    FilesModel model;
    model.setFiles(sampleFiles());
    QCOMPARE(model.index(0, FilesModel::Mapping).data().toString(), QStringLiteral("0/4"));
    QCOMPARE(model.index(2, FilesModel::Mapping).data().toString(), QStringLiteral("2/4"));
    QCOMPARE(model.index(2, FilesModel::Mapping).data(FilesModel::SortRole).toDouble(), 0.5);
    QCOMPARE(model.index(0, FilesModel::Status).data().toString(), FilesModel::tr("Imported"));
}

void tst_FilesModel::viewLoadsOffTheGuiThread()
{
    ScratchDatabase db;
    writeFile(db.database(), QStringLiteral("p"), QStringLiteral("one.csv"), 10);
    writeFile(db.database(), QStringLiteral("p"), QStringLiteral("two.csv"), 2000);
    FilesView view;
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setDatabase(&db.database());
    QSignalSpy loaded(&view, &FilesView::loaded);
    view.setProject(QStringLiteral("p"));
    QVERIFY(view.isLoading());
    QCOMPARE(view.model()->rowCount(), 0); // nothing happened on this thread yet
    QVERIFY(loaded.wait());
    QVERIFY(!view.isLoading());
    QCOMPARE(view.model()->rowCount(), 2);
    view.table()->sortByColumn(FilesModel::Records, Qt::DescendingOrder);
    QCOMPARE(view.proxy()->index(0, FilesModel::Name).data().toString(), QStringLiteral("two.csv"));
}

void tst_FilesModel::viewFilters()
{
    FilesView view;
    view.model()->setFiles(sampleFiles());
    view.filterEdit()->setText(QStringLiteral("A.CSV"));
    QCOMPARE(view.proxy()->rowCount(), 1);
    QCOMPARE(view.proxy()->index(0, FilesModel::Name).data().toString(), QStringLiteral("a.csv"));
    view.filterEdit()->clear();
    QCOMPARE(view.proxy()->rowCount(), 3);
}

void tst_FilesModel::staleProjectIsDropped()
{
    ScratchDatabase db;
    writeFile(db.database(), QStringLiteral("first"), QStringLiteral("f.csv"), 10);
    writeFile(db.database(), QStringLiteral("second"), QStringLiteral("s1.csv"), 10);
    writeFile(db.database(), QStringLiteral("second"), QStringLiteral("s2.csv"), 10);
    FilesView view;
    view.setDatabase(&db.database());
    QSignalSpy loaded(&view, &FilesView::loaded);
    view.setProject(QStringLiteral("first"));
    view.setProject(QStringLiteral("second"));
    QVERIFY(loaded.wait());
    QTRY_VERIFY(!view.isLoading());
    QCOMPARE(loaded.count(), 1); // the first answer was dropped
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(view.model()->file(0).name, QStringLiteral("s1.csv"));
}

QTEST_MAIN(tst_FilesModel)
#include "tst_filesmodel.moc"
