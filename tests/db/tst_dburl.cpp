// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "dberror.h"
#include "dburl.h"

#include <QSqlDatabase>
#include <QtTest>

using namespace stevedore;

class TestDbUrl : public QObject
{
    Q_OBJECT

private slots:
    void postgres_data();
    void postgres();
    void sqlite();
    void invalid_data();
    void invalid();
    void invalidNeverShowsThePassword_data();
    void invalidNeverShowsThePassword();
    void conninfoQuotes();
    void multiHost_data();
    void multiHost();
};

void TestDbUrl::postgres_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("pooler");
    QTest::addColumn<QString>("redacted");

    QTest::newRow("full") << "postgresql://ops:s3cret@db.example:6432/imports?sslmode=require"
                          << "db.example" << 6432 << "ops"
                          << "s3cret"
                          << "imports" << false
                          << "postgresql://ops:***@db.example:6432/imports?sslmode=require";
    QTest::newRow("no password") << "postgresql://ops@localhost/imports"
                                 << "localhost" << 0 << "ops"
                                 << ""
                                 << "imports" << false << "postgresql://ops@localhost/imports";
    QTest::newRow("pooler") << "postgres://u:pw9@127.0.0.1:5433/db?pooler=transaction"
                            << "127.0.0.1" << 5433 << "u"
                            << "pw9"
                            << "db" << true
                            << "postgresql://u:***@127.0.0.1:5433/db?pooler=transaction";
    QTest::newRow("escaped password") << "postgresql://u:p%40ss%3Aw0rd@h/db"
                                      << "h" << 0 << "u"
                                      << "p@ss:w0rd"
                                      << "db" << false << "postgresql://u:***@h/db";
    // Written back by toString() (the bench dialog's child, remembered connections): every
    // character the user info must escape stays escaped, so the URL parses to the same password.
    QTest::newRow("password needing escapes")
        << "postgresql://u:Qx7%20%40%23%2F%3F%25%3A%2541Zk9@h/db%20x"
        << "h" << 0 << "u"
        << "Qx7 @#/?%:%41Zk9"
        << "db x" << false << "postgresql://u:***@h/db x";
    QTest::newRow("ipv6") << "postgresql://u@[::1]:5432/db"
                          << "::1" << 5432 << "u"
                          << ""
                          << "db" << false << "postgresql://u@[::1]:5432/db";
    QTest::newRow("password in query") << "postgresql://u@h/db?password=hunter2"
                                       << "h" << 0 << "u"
                                       << "hunter2"
                                       << "db" << false << "postgresql://u:***@h/db";
}

void TestDbUrl::postgres()
{
    QFETCH(QString, text);
    const DbUrl url = DbUrl::parse(text);
    QCOMPARE(url.engine, Engine::Postgres);
    QTEST(url.host, "host");
    QTEST(url.port, "port");
    QTEST(url.user, "user");
    QTEST(url.password, "password");
    QTEST(url.database, "database");
    QTEST(url.pooler == PoolerMode::Transaction, "pooler");
    QTEST(url.redacted(), "redacted");
    QFETCH(QString, password);
    if (!password.isEmpty()) {
        QVERIFY(!url.redacted().contains(password));
        QVERIFY(url.conninfo().contains(password)); // handed to libpq, never logged
    }
    QCOMPARE(DbUrl::parse(url.toString()), url); // round trip
}

void TestDbUrl::sqlite()
{
    const DbUrl url = DbUrl::parse(QStringLiteral("sqlite:/tmp/x/y.db"));
    QCOMPARE(url.engine, Engine::Sqlite);
    QCOMPARE(url.path, QStringLiteral("/tmp/x/y.db"));
    QCOMPARE(url.redacted(), QStringLiteral("sqlite:/tmp/x/y.db"));
    const DbUrl relative = DbUrl::parse(QStringLiteral("sqlite:rel.db"));
    QVERIFY(QFileInfo(relative.path).isAbsolute());
}

void TestDbUrl::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("scheme") << "mysql://u:pw@h/db"
                            << "expected sqlite:PATH";
    QTest::newRow("empty sqlite") << "sqlite:"
                                  << "file path";
    QTest::newRow("pooler value") << "postgresql://u:pw@h/db?pooler=statement"
                                  << "pooler";
    QTest::newRow("port") << "postgresql://u:pw@h:abc/db"
                          << "";
    QTest::newRow("empty host in list") << "postgresql://u:pw@a:1,,b:2/db"
                                        << "host list";
    QTest::newRow("bad port in list") << "postgresql://u:pw@a:1,b:x/db"
                                      << "host list";
    QTest::newRow("ports for hosts") << "postgresql://u:pw@a,b/db?port=1,2,3"
                                     << "one port for each host";
}

void TestDbUrl::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, mustMention);
    try {
        DbUrl::parse(text);
        QFAIL("accepted a bad URL");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        QVERIFY2(error.message().contains(mustMention), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QLatin1String(":pw@")), qPrintable(error.message()));
    }
}

// Passwords typed raw, with characters a URL must percent-encode; each is refused, and no part
// of the password (Qx7, Zk9, 4711) appears in the message.
void TestDbUrl::invalidNeverShowsThePassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("blank") << "postgresql://u:Qx7 Zk9@h/db";
    QTest::newRow("at") << "postgresql://u:Qx7@Zk9@h/db";
    QTest::newRow("hash") << "postgresql://u:Qx7#Zk9@h/db";
    QTest::newRow("slash") << "postgresql://u:Qx7/Zk9@h/db";
    QTest::newRow("question mark") << "postgresql://u:Qx7?Zk9@h/db";
    QTest::newRow("digits then hash") << "postgresql://u:4711#Zk9@h/db";
    QTest::newRow("digits then question mark") << "postgresql://u:4711?Zk9@h/db";
    QTest::newRow("digits then slash") << "postgresql://u:4711/Zk9@h/db";
    QTest::newRow("percent") << "postgresql://u:Qx7%Zk9@h/db";
    QTest::newRow("blank in query") << "postgresql://h/db?password=Qx7 Zk9";
    QTest::newRow("conninfo") << "host=h password=Qx7Zk9";
    QTest::newRow("conninfo with blank") << "host=h password=Qx7 Zk9";
    QTest::newRow("conninfo quoted") << "host=h password='Qx7 Zk9' user=u";
}

void TestDbUrl::invalidNeverShowsThePassword()
{
    QFETCH(QString, text);
    try {
        const DbUrl url = DbUrl::parse(text);
        QFAIL(qPrintable("accepted, as " + url.redacted()));
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        QVERIFY2(error.message().startsWith(QLatin1String("bad database URL")),
                 qPrintable(error.message()));
        for (const char *part : {"Qx7", "Zk9", "4711"}) {
            QVERIFY2(!error.message().contains(QLatin1String(part)), qPrintable(error.message()));
            QVERIFY2(!QString::fromUtf8(error.what()).contains(QLatin1String(part)), error.what());
        }
    }
}

void TestDbUrl::conninfoQuotes()
{
    DbUrl url = DbUrl::parse(QStringLiteral("postgresql://u@h/db"));
    url.password = QStringLiteral("it's a \\ secret");
    QVERIFY(url.conninfo().contains(QStringLiteral("password='it\\'s a \\\\ secret'")));
}

void TestDbUrl::multiHost_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shortName");
    QTest::addColumn<QString>("redacted");
    // What libpq is given: the host list and the port list.
    QTest::addColumn<QString>("hostList");
    QTest::addColumn<QString>("portList");

    QTest::newRow("per-host ports")
        << "postgresql://u:pw@a:5432,b:5433/db?target_session_attrs=read-write"
        << "a:5432,b:5433/db"
        << "postgresql://u:***@a:5432,b:5433/db?target_session_attrs=read-write"
        << "a,b"
        << "5432,5433";
    QTest::newRow("same port") << "postgresql://u@a:6432,b:6432/db"
                               << "a:6432,b:6432/db"
                               << "postgresql://u@a:6432,b:6432/db"
                               << "a,b"
                               << "6432";
    QTest::newRow("default port for one") << "postgres://u:pw@a,b:5433/db"
                                          << "a,b:5433/db"
                                          << "postgresql://u:***@a,b:5433/db"
                                          << "a,b"
                                          << ",5433";
    QTest::newRow("ipv6") << "postgresql://u@[::1]:5432,[::2]:5433/db"
                          << "::1:5432,::2:5433/db"
                          << "postgresql://u@[::1]:5432,[::2]:5433/db"
                          << "::1,::2"
                          << "5432,5433";
    QTest::newRow("in the query") << "postgresql://u:pw@x/db?host=a,b&port=5432,5433"
                                  << "a:5432,b:5433/db"
                                  << "postgresql://u:***@a:5432,b:5433/db"
                                  << "a,b"
                                  << "5432,5433";
    QTest::newRow("escaped password") << "postgresql://u:p%40s,s@a:1,b:2/db"
                                      << "a:1,b:2/db"
                                      << "postgresql://u:***@a:1,b:2/db"
                                      << "a,b"
                                      << "1,2";
}

void TestDbUrl::multiHost()
{
    QFETCH(QString, text);
    QFETCH(QString, hostList);
    QFETCH(QString, portList);
    const DbUrl url = DbUrl::parse(text);
    QCOMPARE(url.host, hostList);
    QCOMPARE(url.hosts().size(), 2);
    QTEST(url.shortName(), "shortName");
    QTEST(url.redacted(), "redacted");
    QCOMPARE(DbUrl::parse(url.toString()), url); // round trip
    QVERIFY(url.conninfo().contains(QStringLiteral("host='%1' port='%2'").arg(hostList, portList)));

    const QString name = QStringLiteral("multihost-%1").arg(QTest::currentDataTag());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        url.configure(db);
        QCOMPARE(db.hostName(), hostList);
        const QStringList options = db.connectOptions().split(QLatin1Char(';'));
        if (portList.contains(QLatin1Char(','))) { // QSqlDatabase's port is a single number
            QCOMPARE(db.port(), -1);
            QVERIFY(options.contains(QStringLiteral("port=") + portList));
        } else {
            QCOMPARE(db.port(), portList.toInt());
        }
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestDbUrl)
#include "tst_dburl.moc"
