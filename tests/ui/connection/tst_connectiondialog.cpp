// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "connection/connectiondialog.h"
#include "connection/recentconnections.h"
#include "db/dberror.h"
#include "guitest.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::guitest;

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void uriFillsTheFields();
    void badUriIsReported();
    void replicasAndLag();
    void sqliteNeedsAPath();
    void recentConnectionsKeepNoPasswords();
    void testsAnSqliteDatabase();
    void reportsAFailedConnection();

private:
    QTemporaryDir m_dir;
};

void tst_ConnectionDialog::initTestCase()
{
    WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ConnectionDialog::init()
{
    RecentConnections::clear();
}

void tst_ConnectionDialog::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_ConnectionDialog::uriFillsTheFields()
{
    ConnectionDialog dialog;
    QVERIFY(dialog.applyUri(QStringLiteral(
        "postgresql://alice:s%3Acret@db.example:6432/stock?sslmode=require&pooler=transaction"
        "&application_name=ops")));
    const DatabaseOptions options = dialog.options();
    const DbUrl &url = options.primary;
    QVERIFY(url.isPostgres());
    QCOMPARE(url.host, QStringLiteral("db.example"));
    QCOMPARE(url.port, 6432);
    QCOMPARE(url.database, QStringLiteral("stock"));
    QCOMPARE(url.user, QStringLiteral("alice"));
    QCOMPARE(url.password, QStringLiteral("s:cret"));
    QCOMPARE(url.pooler, PoolerMode::Transaction);
    QVERIFY(url.params.contains({QStringLiteral("sslmode"), QStringLiteral("require")}));
    QVERIFY(url.params.contains({QStringLiteral("application_name"), QStringLiteral("ops")}));
}

void tst_ConnectionDialog::badUriIsReported()
{
    ConnectionDialog dialog;
    QVERIFY(!dialog.applyUri(QStringLiteral("postgresql://alice:secret@host/db?pooler=bogus")));
    QVERIFY(!dialog.testResultText().isEmpty());
    QVERIFY(!dialog.testResultText().contains(QStringLiteral("secret")));
}

void tst_ConnectionDialog::replicasAndLag()
{
    DatabaseOptions in;
    in.primary = DbUrl::parse(QStringLiteral("postgresql://bob@primary:5432/stock"));
    in.replicas << DbUrl::parse(QStringLiteral("postgresql://bob@replica1/stock"))
                << DbUrl::parse(QStringLiteral("postgresql://bob@replica2:5433/stock"));
    in.maxReplicaLag = std::chrono::milliseconds(1500);
    ConnectionDialog dialog;
    dialog.setOptions(in);
    const DatabaseOptions out = dialog.options();
    QCOMPARE(out.primary, in.primary);
    QCOMPARE(out.replicas, in.replicas);
    QCOMPARE(out.maxReplicaLag, in.maxReplicaLag);
}

void tst_ConnectionDialog::sqliteNeedsAPath()
{
    ConnectionDialog dialog;
    QVERIFY_THROWS_EXCEPTION(DbError, dialog.options());
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible()); // refused, with the reason shown
    QVERIFY(!dialog.testResultText().isEmpty());
    QVERIFY(dialog.applyUri(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("x.db"))));
    QCOMPARE(dialog.options().primary.path, m_dir.filePath(QStringLiteral("x.db")));
    dialog.accept();
    QVERIFY(!dialog.isVisible());
}

void tst_ConnectionDialog::recentConnectionsKeepNoPasswords()
{
    DatabaseOptions options;
    options.primary = DbUrl::parse(
        QStringLiteral("postgresql://alice:topsecret@db:5432/stock?sslpassword=alsosecret"));
    options.replicas << DbUrl::parse(QStringLiteral("postgresql://alice:topsecret@replica/stock"));
    RecentConnections::add(options);
    DatabaseOptions other;
    other.primary
        = DbUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("a.db")));
    RecentConnections::add(other);
    RecentConnections::add(options); // moves to the front, no duplicate

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("db:5432"));
    QVERIFY(!stored.contains("topsecret"));
    QVERIFY(!stored.contains("alsosecret"));

    const QList<DatabaseOptions> recent = RecentConnections::load();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent[0].primary.host, QStringLiteral("db"));
    QVERIFY(recent[0].primary.password.isEmpty());
    QCOMPARE(recent[0].replicas.size(), 1);
    QVERIFY(recent[0].replicas[0].password.isEmpty());
    QVERIFY(!recent[1].primary.isPostgres());

    ConnectionDialog dialog; // offers them
    dialog.setOptions(recent[0]);
    QCOMPARE(dialog.options().primary.host, QStringLiteral("db"));
}

void tst_ConnectionDialog::testsAnSqliteDatabase()
{
    ConnectionDialog dialog;
    QVERIFY(dialog.applyUri(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("t.db"))));
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(dialog.isTesting());
    QVERIFY(finished.wait(20000));
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.serverVersion.startsWith(QStringLiteral("SQLite 3.")));
    QVERIFY(result.latencyMs >= 0);
    QVERIFY(dialog.testResultText().contains(result.serverVersion));
}

void tst_ConnectionDialog::reportsAFailedConnection()
{
    ConnectionDialog dialog;
    // Port 1 on the loopback interface: refused at once.
    QVERIFY(dialog.applyUri(QStringLiteral("postgresql://nobody:pw@127.0.0.1:1/none")));
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(60000));
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(dialog.testResultText().startsWith(
        ConnectionDialog::tr("Connection failed: %1").arg(QString()).left(10)));
    QVERIFY(!dialog.testResultText().contains(QStringLiteral(":pw@")));
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
