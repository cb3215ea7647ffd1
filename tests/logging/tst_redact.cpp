// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "redact.h"

#include <QTest>

using namespace stevedore;

class tst_Redact : public QObject
{
    Q_OBJECT

private slots:
    void redactSecrets_data();
    void redactSecrets();
    void redactIsIdempotent_data() { redactSecrets_data(); }
    void redactIsIdempotent();
    void isSecretKey_data();
    void isSecretKey();
    void redactConnectionString_data();
    void redactConnectionString();
    void printable_data();
    void printable();
};

void tst_Redact::redactSecrets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QString &input, const QString &expected) {
        QTest::newRow(name) << input << expected;
    };
    // URI userinfo
    row("postgresql uri",
        "postgresql://alice:s3cret@db.example.com:5432/app",
        "postgresql://alice:***@db.example.com:5432/app");
    row("postgres uri", "postgres://u:p@h/db", "postgres://u:***@h/db");
    row("other scheme", "mysql://root:toor@localhost", "mysql://root:***@localhost");
    row("in a sentence",
        "cannot connect to postgresql://bob:hunter2@db/app: timeout",
        "cannot connect to postgresql://bob:***@db/app: timeout");
    row("colon in password", "postgresql://bob:pa:ss@host/db", "postgresql://bob:***@host/db");
    row("at in password", "postgresql://u:p@ss@host/db", "postgresql://u:***@host/db");
    row("multi host",
        "postgresql://u:pw@h1:5432,h2:5433/db",
        "postgresql://u:***@h1:5432,h2:5433/db");
    row("quoted uri", "'postgresql://u:pw@h/db'", "'postgresql://u:***@h/db'");
    row("jdbc", "jdbc:postgresql://u:pw@h/db", "jdbc:postgresql://u:***@h/db");
    row("non-ascii",
        "URL: postgresql://jürgen:gehëim@hôst/db",
        "URL: postgresql://jürgen:***@hôst/db");
    row("two uris",
        "postgresql://a:1@x postgresql://b:2@y",
        "postgresql://a:***@x postgresql://b:***@y");
    // A password typed raw, with characters that end a URI's authority early.
    row("blank in password", "postgresql://u:pa ss@h/db", "postgresql://u:***@h/db");
    row("slash in password", "postgresql://u:p/x@h/db", "postgresql://u:***@h/db");
    row("hash in password", "postgresql://u:p#x@h/db", "postgresql://u:***@h/db");
    row("question mark in password", "postgresql://u:p?x@h/db", "postgresql://u:***@h/db");
    row("digits then question mark", "postgresql://u:12?x@h/db", "postgresql://u:***@h/db");
    row("blank and at in password", "postgresql://u:p s@x@h/db", "postgresql://u:***@h/db");
    row("blank in quoted password",
        "bad URL 'postgresql://u:pa ss@h/db': invalid port '@'",
        "bad URL 'postgresql://u:***@h/db': invalid port '@'");
    // URI query parameters
    row("query first",
        "postgresql://host/db?password=x&sslmode=require",
        "postgresql://host/db?password=***&sslmode=require");
    row("query last",
        "postgresql://host/db?sslmode=require&password=x%20y",
        "postgresql://host/db?sslmode=require&password=***");
    row("query fragment", "https://h/p?password=x#top", "https://h/p?password=***#top");
    row("userinfo and query",
        "postgresql://u:a@h/db?password=b&x=1",
        "postgresql://u:***@h/db?password=***&x=1");
    // libpq conninfo and environment
    row("conninfo",
        "host=localhost password=secret dbname=app",
        "host=localhost password=*** dbname=app");
    row("conninfo spaces", "password = secret user=x", "password = *** user=x");
    row("conninfo quoted", "host=h password='with spaces' user=u", "host=h password='***' user=u");
    row("conninfo escaped quote", R"(password='it\'s \\ secret' user=u)", "password='***' user=u");
    row("conninfo unterminated quote", "password='abc def", "password='***");
    row("upper case", "PASSWORD=abc", "PASSWORD=***");
    row("PGPASSWORD", "PGPASSWORD=hunter2 psql -h db", "PGPASSWORD=*** psql -h db");
    row("PGPASSWORD double quoted", R"(PGPASSWORD="a b" psql)", R"(PGPASSWORD="***" psql)");
    row("sslpassword",
        "sslpassword=k3y sslmode=verify-full",
        "sslpassword=*** sslmode=verify-full");
    row("both forms", "postgresql://a:b@h and password=c", "postgresql://a:***@h and password=***");
    row("newline ends value", "password=abc\nnext line", "password=***\nnext line");
    // left alone
    row("empty", "", "");
    row("plain text", "imported 42 rows", "imported 42 rows");
    row("auth error",
        R"(FATAL: password authentication failed for user "bob")",
        R"(FATAL: password authentication failed for user "bob")");
    row("no password in uri", "postgresql://alice@host/db", "postgresql://alice@host/db");
    row("port only", "postgresql://host:5432/db", "postgresql://host:5432/db");
    row("empty password", "postgresql://u:@host/db", "postgresql://u:@host/db");
    row("web url", "https://example.com/a/b?q=1", "https://example.com/a/b?q=1");
    row("passfile", "passfile=/home/u/.pgpass", "passfile=/home/u/.pgpass");
    row("longer key", "password_hint=x", "password_hint=x");
    // libpq skips blanks after '=', so here the password really is "user=x".
    row("blank then value", "password= user=x", "password= ***");
    row("key at end", "password=", "password=");
    row("port, then an address later",
        "postgresql://host:5432/db refused user@example.com",
        "postgresql://host:5432/db refused user@example.com");
    row("ipv6, then an address later",
        "postgresql://[::1]:5432/db refused a@b",
        "postgresql://[::1]:5432/db refused a@b");
}

void tst_Redact::redactSecrets()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QCOMPARE(stevedore::redactSecrets(input), expected);
    const QByteArray utf8 = input.toUtf8();
    QCOMPARE(QString::fromStdString(
                 stevedore::redactSecrets(std::string_view(utf8.constData(), utf8.size()))),
             expected);
}

void tst_Redact::redactIsIdempotent()
{
    QFETCH(QString, expected);
    QCOMPARE(stevedore::redactSecrets(expected), expected);
}

void tst_Redact::isSecretKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    QTest::newRow("password") << "password" << true;
    QTest::newRow("PGPASSWORD") << "PGPASSWORD" << true;
    QTest::newRow("passwd") << "passwd" << true;
    QTest::newRow("db_pwd") << "db_pwd" << true;
    QTest::newRow("api_key") << "api_key" << true;
    QTest::newRow("Token") << "Token" << true;
    QTest::newRow("host") << "host" << false;
    QTest::newRow("rows") << "rows" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_Redact::isSecretKey()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(stevedore::isSecretKey(key.toStdString()), secret);
}

void tst_Redact::redactConnectionString_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("conninfo") << "host=a password=secret"
                              << "host=a password=***";
    QTest::newRow("conninfo, blank in password") << "host=a password=se cret dbname=x"
                                                 << "host=a password=***";
    QTest::newRow("password first") << "password = x host=h"
                                    << "password = ***";
    QTest::newRow("query") << "postgresql://h/db?password=pa ss&sslmode=require"
                           << "postgresql://h/db?password=***";
    QTest::newRow("userinfo") << "postgresql://u:pa ss@h/db"
                              << "postgresql://u:***@h/db";
    QTest::newRow("other scheme") << "mysql://root:toor@h"
                                  << "mysql://root:***@h";
    QTest::newRow("sqlite") << "sqlite:/tmp/my data/x.db"
                            << "sqlite:/tmp/my data/x.db";
    QTest::newRow("no password") << "postgresql://u@h/db?sslmode=require"
                                 << "postgresql://u@h/db?sslmode=require";
}

void tst_Redact::redactConnectionString()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(stevedore::redactConnectionString(input), expected);
    QCOMPARE(stevedore::redactConnectionString(expected), expected);
}

void tst_Redact::printable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "plain 'name' 42"
                           << "plain 'name' 42";
    QTest::newRow("non-ascii") << QStringLiteral("jürgen ✓ \u00a0 €")
                               << QStringLiteral("jürgen ✓ \u00a0 €");
    QTest::newRow("backslash") << R"(C:\dir\n)"
                               << R"(C:\dir\n)";
    QTest::newRow("newline") << "a\nb"
                             << R"(a\nb)";
    QTest::newRow("carriage return") << "a\rb"
                                     << R"(a\rb)";
    QTest::newRow("tab") << "a\tb"
                         << R"(a\tb)";
    QTest::newRow("escape sequence") << "\x1b[31mred\x1b[0m"
                                     << R"(\x1b[31mred\x1b[0m)";
    QTest::newRow("nul") << QString(QChar(0)) << R"(\x00)";
    QTest::newRow("bell") << "\a"
                          << R"(\x07)";
    QTest::newRow("delete") << "\x7f"
                            << R"(\x7f)";
    QTest::newRow("c1 csi") << QString(QChar(0x9b)) + "2J"
                            << R"(\u009b2J)";
    QTest::newRow("c1 next line") << QString(QChar(0x85)) << R"(\u0085)";
}

void tst_Redact::printable()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(stevedore::printable(input), expected);
    QCOMPARE(stevedore::printable(expected), expected);
}

QTEST_GUILESS_MAIN(tst_Redact)
#include "tst_redact.moc"
