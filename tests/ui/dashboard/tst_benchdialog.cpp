// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "dashboard/benchdialog.h"
#include "dashboard/benchprocess.h"
#include "dashboard/dashboardview.h"
#include "guitest.h"
#include "imports/jobqueue.h"
#include "importtest.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace stevedore;

// Dashboard → Run Benchmark…: the real `stevedore bench` in a child process next to a GUI
// that keeps the same database open (SQLite; PostgreSQL in tst_benchdialog_pg).
class tst_BenchDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void commandLineHoldsNoPassword();
    void dashboardOpensTheDialog();
    void failureIsExplainedAndChoicesRemembered();
    void runReportsProgressAndOpensTheReport();
    void cancelStopsTheRunAndCleansUp();
    void cancelKillsAChildThatIgnoresIt();

private:
    std::unique_ptr<BenchDialog> dialog(const QStringList &only);
    qint64 scratchProjects() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::PgScratch> m_pg;
    std::unique_ptr<Database> m_database;
    QList<QUrl> m_opened;
};

void tst_BenchDialog::initTestCase()
{
    guitest::WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_benchdialog"));
}

void tst_BenchDialog::init()
{
    QSettings().clear();
    m_opened.clear();
    m_dir = std::make_unique<QTemporaryDir>();
#ifdef STEVEDORE_TEST_PG
    // The cluster's URL has a password: the child gets it through PGPASSWORD only.
    m_pg = std::make_unique<test::PgScratch>();
    STEVEDORE_REQUIRE_PG(*m_pg);
    QVERIFY(!m_pg->primary().password.isEmpty());
    m_database = test::openDatabase(m_pg->primary());
#else
    m_database = test::openDatabase(test::sqliteUrl(*m_dir));
#endif
}

void tst_BenchDialog::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
    importtest::detachAndWait(*JobQueue::instance());
    m_database.reset();
    m_pg.reset();
    m_dir.reset();
}

std::unique_ptr<BenchDialog> tst_BenchDialog::dialog(const QStringList &only)
{
    auto dialog = std::make_unique<BenchDialog>(m_database->options().primary);
    dialog->setProgram(QStringLiteral(STEVEDORE_BINARY));
    dialog->setReportOpener([this](const QUrl &url) { m_opened << url; });
    dialog->quickButton()->setChecked(true);
    dialog->outDirEdit()->setText(m_dir->filePath(QStringLiteral("bench")));
    dialog->onlyEdit()->setText(only.join(QStringLiteral(", ")));
    return dialog;
}

qint64 tst_BenchDialog::scratchProjects() const
{
    return m_database
        ->read(
            [](QSqlDatabase &db) {
                return Sql(db)
                    .scalar(QStringLiteral(
                        "SELECT count(*) FROM projects WHERE name LIKE 'stevedore-bench-%'"))
                    .toLongLong();
            },
            ReadConsistency::Primary)
        .result();
}

void tst_BenchDialog::commandLineHoldsNoPassword()
{
    BenchRequest request;
    request.program = QStringLiteral(STEVEDORE_BINARY);
    request.database = DbUrl::parse(
        QStringLiteral("postgresql://alice:s3cret@db.example:5433/prod?sslmode=require"));
    request.outDir = QStringLiteral("/tmp/out");
    request.quick = true;
    request.only = {QStringLiteral("pool"), QStringLiteral("files")};
    request.replicas = {DbUrl::parse(QStringLiteral("postgresql://alice:s3cret@r1.example/prod")),
                        DbUrl::parse(QStringLiteral("postgresql://alice@r2.example:5434/prod"))};

    const QStringList arguments = BenchProcess::arguments(request);
    QVERIFY2(!arguments.join(u' ').contains(QLatin1String("s3cret")),
             qPrintable(arguments.join(u' ')));
    // Every replica of the connection, so the dashboard's run includes the replica case.
    QCOMPARE(arguments.count(QStringLiteral("--replica")), 2);
    const qsizetype firstReplica = arguments.indexOf(QStringLiteral("--replica")) + 1;
    QCOMPARE(DbUrl::parse(arguments.at(firstReplica)).host, QStringLiteral("r1.example"));
    QCOMPARE(DbUrl::parse(arguments.at(firstReplica + 2)).port, 5434);
    QCOMPARE(arguments.mid(arguments.indexOf(QStringLiteral("bench"))),
             (QStringList{QStringLiteral("bench"),
                          QStringLiteral("--progress-json"),
                          QStringLiteral("--out"),
                          QStringLiteral("/tmp/out"),
                          QStringLiteral("--quick"),
                          QStringLiteral("--only"),
                          QStringLiteral("pool,files")}));
    const DbUrl passed = DbUrl::parse(arguments.at(arguments.indexOf(QStringLiteral("--db")) + 1));
    QCOMPARE(passed.user, QStringLiteral("alice"));
    QCOMPARE(passed.host, QStringLiteral("db.example"));
    QCOMPARE(passed.database, QStringLiteral("prod"));
    QVERIFY(passed.password.isEmpty());

    const QProcessEnvironment env = BenchProcess::environment(request, QProcessEnvironment());
    QCOMPARE(env.value(QStringLiteral("PGPASSWORD")), QStringLiteral("s3cret"));

    request.database = DbUrl::parse(QStringLiteral("sqlite:/tmp/x.db"));
    request.quick = false;
    request.only.clear();
    QVERIFY(!BenchProcess::environment(request, QProcessEnvironment())
                 .contains(QStringLiteral("PGPASSWORD")));
    QVERIFY(!BenchProcess::arguments(request).contains(QStringLiteral("--quick")));
    QVERIFY(!BenchProcess::arguments(request).contains(QStringLiteral("--only")));
}

void tst_BenchDialog::dashboardOpensTheDialog()
{
    JobQueue queue;
    DashboardView view(&queue);
    QVERIFY(!view.benchButton()->isEnabled());
    QCOMPARE(view.showBenchDialog(), nullptr);
    view.setDatabase(m_database.get());
    QVERIFY(view.benchButton()->isEnabled());
    view.benchButton()->click();
    BenchDialog *shown = view.findChild<BenchDialog *>();
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->request().database, m_database->options().primary);
    QCOMPARE(view.showBenchDialog(), shown); // visible: raised, not replaced
    shown->close();
    QVERIFY(!shown->isVisible());
    view.setDatabase(nullptr);
    QVERIFY(!view.benchButton()->isEnabled());
}

void tst_BenchDialog::failureIsExplainedAndChoicesRemembered()
{
    {
        auto failing = dialog({QStringLiteral("nosuchcase")});
        failing->fullButton()->setChecked(true);
        failing->show();
        QSignalSpy failed(failing->process(), &BenchProcess::failed);
        failing->runButton()->click();
        QVERIFY(failing->cancelButton()->isEnabled());
        QVERIFY(!failing->runButton()->isEnabled());
        QVERIFY(failed.wait(60000));
        // The child's own error (its last stderr lines) is shown.
        QVERIFY2(failing->errorLabel()->isVisible(), "no error shown");
        QVERIFY2(failing->errorLabel()->text().contains(QLatin1String("nosuchcase")),
                 qPrintable(failing->errorLabel()->text()));
        QVERIFY(failing->runButton()->isEnabled());
        QVERIFY(!failing->cancelButton()->isEnabled());
        QVERIFY(m_opened.isEmpty());
    }
    BenchDialog again(m_database->options().primary);
    QVERIFY(again.fullButton()->isChecked());
    QCOMPARE(again.outDirEdit()->text(), m_dir->filePath(QStringLiteral("bench")));
    QCOMPARE(again.onlyEdit()->text(), QStringLiteral("nosuchcase"));

    // A program that cannot start is an error too, not a hang.
    again.setProgram(m_dir->filePath(QStringLiteral("missing-binary")));
    QSignalSpy failed(again.process(), &BenchProcess::failed);
    again.run();
    QVERIFY(failed.count() == 1 || failed.wait(10000));
    QVERIFY(again.errorLabel()->text().contains(QLatin1String("missing-binary")));
}

void tst_BenchDialog::runReportsProgressAndOpensTheReport()
{
    auto run = dialog({QStringLiteral("tablecheck")});
    run->show();
    QSignalSpy progress(run->process(), &BenchProcess::progress);
    QSignalSpy finished(run->process(), &BenchProcess::finished);
    QSignalSpy failed(run->process(), &BenchProcess::failed);
    run->run();
    // The GUI thread stays free: the dialog answers while the child runs.
    QVERIFY(run->process()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 240000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    bool sawRunning = false;
    for (const QList<QVariant> &args : std::as_const(progress))
        sawRunning = sawRunning
                     || (args.at(1).toInt() == 1
                         && args.at(2).toString().contains(QLatin1String("tablecheck")));
    QVERIFY2(sawRunning, "no progress event for the case");
    QCOMPARE(run->progressBar()->maximum(), 1);
    QCOMPARE(run->progressBar()->value(), 1);

    const QString report = finished.first().first().toString();
    QCOMPARE(
        report,
        QDir(m_dir->filePath(QStringLiteral("bench"))).filePath(QStringLiteral("report.html")));
    QVERIFY(QFileInfo::exists(report));
    QCOMPARE(m_opened, (QList<QUrl>{QUrl::fromLocalFile(report)}));
    QVERIFY(run->openReportButton()->isEnabled());
    // The child logged to the output folder, not to the GUI's log file.
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("bench/bench.log"))));
    // Its scratch project in the shared database is gone.
    QCOMPARE(scratchProjects(), 0);
}

void tst_BenchDialog::cancelStopsTheRunAndCleansUp()
{
    auto run = dialog({QStringLiteral("import")});
    run->show();
    QSignalSpy cancelled(run->process(), &BenchProcess::cancelled);
    QSignalSpy finished(run->process(), &BenchProcess::finished);
    bool cancelSent = false;
    // Cancel once the case runs (the child then has its scratch project).
    connect(run->process(), &BenchProcess::progress, run.get(), [&](int, int total) {
        if (total > 0 && !cancelSent) {
            cancelSent = true;
            run->cancelButton()->click();
        }
    });
    run->run();
    const qint64 pid = run->process()->processId();
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty() || !finished.isEmpty(), 120000);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!run->process()->isRunning());
    QVERIFY(::kill(pid_t(pid), 0) != 0); // reaped: no such process
    QVERIFY(m_opened.isEmpty());
    QVERIFY(run->runButton()->isEnabled());
    // SIGTERM let the child remove what it made: the scratch project and generated CSVs.
    QCOMPARE(scratchProjects(), 0);
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("bench")))
                 .entryList({QStringLiteral("*.csv"), QStringLiteral("*.db")}, QDir::Files),
             QStringList());
}

void tst_BenchDialog::cancelKillsAChildThatIgnoresIt()
{
    // A stand-in that ignores SIGTERM: after the grace time it is killed.
    const QString script = m_dir->filePath(QStringLiteral("stubborn.sh"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\ntrap '' TERM\necho '{\"event\":\"case\",\"state\":\"running\","
               "\"index\":1,\"total\":1,\"name\":\"pool\"}' >&2\nexec sleep 60\n");
    file.close();
    QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));

    auto run = dialog({});
    run->setProgram(script);
    run->process()->setCancelGrace(std::chrono::milliseconds(300));
    QSignalSpy progress(run->process(), &BenchProcess::progress);
    QSignalSpy cancelled(run->process(), &BenchProcess::cancelled);
    run->run();
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 2, 20000); // "Starting…", then the case
    const qint64 pid = run->process()->processId();
    run->cancelButton()->click();
    QVERIFY(cancelled.wait(20000));
    QVERIFY(!run->process()->isRunning());
    QVERIFY(::kill(pid_t(pid), 0) != 0);
    QCOMPARE(run->stepLabel()->text(), BenchDialog::tr("Cancelled."));
}

QTEST_MAIN(tst_BenchDialog)
#include "tst_benchdialog.moc"
