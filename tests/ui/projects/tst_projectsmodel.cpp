// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "projects/projectsmodel.h"

#include <QAbstractItemModelTester>
#include <QTreeView>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::guitest;

class tst_ProjectsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void projectsThenFilesOnDemand();
    void reloadKeepsExpandedProjects();
    void treeViewExpands();
    void supersededReloadIsDropped();

private:
    std::unique_ptr<ScratchDatabase> m_db;
};

void tst_ProjectsModel::initTestCase()
{
    WarningTrap::install();
    m_db = std::make_unique<ScratchDatabase>();
    writeFile(m_db->database(), QStringLiteral("alpha"), QStringLiteral("a1.csv"), 10);
    writeFile(m_db->database(), QStringLiteral("alpha"), QStringLiteral("a2.csv"), 20);
    writeFile(m_db->database(), QStringLiteral("beta"), QStringLiteral("b1.csv"), 5);
    m_db->database()
        .write([](QSqlDatabase &db) { catalog::createProject(Sql(db), QStringLiteral("empty")); })
        .waitForFinished();
}

void tst_ProjectsModel::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_ProjectsModel::projectsThenFilesOnDemand()
{
    ProjectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    QSignalSpy loaded(&model, &ProjectsModel::projectsLoaded);
    model.reload();
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex alpha = model.projectIndex(QStringLiteral("alpha"));
    QVERIFY(alpha.isValid());
    QCOMPARE(alpha.siblingAtColumn(ProjectsModel::RecordsColumn).data().toString(),
             QLocale().toString(30));
    QVERIFY(model.hasChildren(alpha));
    QVERIFY(!model.hasChildren(model.projectIndex(QStringLiteral("empty"))));
    // The tester fetched every project's files already (it calls fetchMore); wait for them.
    QTRY_VERIFY(model.areFilesLoaded(QStringLiteral("alpha")));
    QCOMPARE(model.rowCount(alpha), 2);
    const QModelIndex a2 = model.index(1, 0, alpha);
    QVERIFY(model.isFile(a2));
    QCOMPARE(a2.data().toString(), QStringLiteral("a2.csv"));
    QCOMPARE(model.file(a2).recordCount, 20);
    QCOMPARE(model.project(a2).name, QStringLiteral("alpha"));
    QCOMPARE(model.parent(a2), alpha);
    QCOMPARE(model.fileIndex(QStringLiteral("alpha"), model.file(a2).id), a2);
}

void tst_ProjectsModel::reloadKeepsExpandedProjects()
{
    ProjectsModel model;
    model.setDatabase(&m_db->database());
    QSignalSpy loaded(&model, &ProjectsModel::projectsLoaded);
    model.reload();
    QVERIFY(loaded.wait());
    const QModelIndex beta = model.projectIndex(QStringLiteral("beta"));
    QVERIFY(model.canFetchMore(beta));
    QSignalSpy files(&model, &ProjectsModel::filesLoaded);
    model.fetchMore(beta);
    QVERIFY(!model.canFetchMore(beta)); // one request at a time
    QVERIFY(files.wait());
    QCOMPARE(model.rowCount(beta), 1);

    writeFile(m_db->database(), QStringLiteral("beta"), QStringLiteral("b2.csv"), 7);
    model.reload();
    QVERIFY(loaded.wait());
    // Listed again in the same task: no separate fetch needed.
    QVERIFY(model.areFilesLoaded(QStringLiteral("beta")));
    QCOMPARE(model.rowCount(model.projectIndex(QStringLiteral("beta"))), 2);
    QVERIFY(!model.areFilesLoaded(QStringLiteral("alpha")));
}

void tst_ProjectsModel::treeViewExpands()
{
    ProjectsModel model;
    model.setDatabase(&m_db->database());
    QTreeView view;
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(&model, &ProjectsModel::projectsLoaded);
    model.reload();
    QVERIFY(loaded.wait());
    const QModelIndex alpha = model.projectIndex(QStringLiteral("alpha"));
    view.expand(alpha);
    QTRY_COMPARE(model.rowCount(alpha), 2);
}

void tst_ProjectsModel::supersededReloadIsDropped()
{
    ProjectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_db->database());
    QSignalSpy loaded(&model, &ProjectsModel::projectsLoaded);
    model.reload();
    model.reload();
    QVERIFY(loaded.wait());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(loaded.count(), 1);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_ProjectsModel)
#include "tst_projectsmodel.moc"
