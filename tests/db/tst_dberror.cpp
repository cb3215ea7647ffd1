// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "database.h"
#include "dberror.h"
#include "sql.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace stevedore;

#ifdef STEVEDORE_TEST_PG
constexpr bool pgBuild = true;
#else
constexpr bool pgBuild = false;
#endif

// Errors from the server stay one line, on SQLite (tst_dberror) and on the PostgreSQL cluster
// (tst_dberror_pg, built with STEVEDORE_TEST_PG), whose messages come with DETAIL, HINT,
// CONTEXT and LINE fields on lines of their own.
class TestDbError : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneLine_data();
    void oneLine();
    void serverErrorsAreOneLine_data();
    void serverErrorsAreOneLine();
    void refusedRecordIsOneLine();

private:
    std::unique_ptr<test::EngineScratch> m_scratch;
};

void TestDbError::init()
{
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
}

void TestDbError::cleanup()
{
    m_scratch.reset();
}

void TestDbError::oneLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("detail") << "ERROR:  duplicate key value violates unique constraint \"t_pkey\"\n"
                               "DETAIL:  Key (id)=(1) already exists.\n"
                            << "ERROR: duplicate key value violates unique constraint \"t_pkey\"; "
                               "DETAIL: Key (id)=(1) already exists.";
    QTest::newRow("caret") << "ERROR:  syntax error at or near \"SELEC\"\nLINE 1: SELEC 1\n"
                              "        ^\n"
                           << "ERROR: syntax error at or near \"SELEC\"; LINE 1: SELEC 1";
    QTest::newRow("one line") << "UNIQUE constraint failed: t.id"
                              << "UNIQUE constraint failed: t.id";
    QTest::newRow("empty") << ""
                           << "";
}

void TestDbError::oneLine()
{
    QFETCH(QString, text);
    QTEST(DbError::oneLine(text), "expected");
}

void TestDbError::serverErrorsAreOneLine_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QStringList>("mentions");
    const QStringList table{"CREATE TABLE t (id INTEGER PRIMARY KEY)", "INSERT INTO t VALUES (1)"};
    QTest::newRow("unique") << table << "INSERT INTO t VALUES (1)"
                            << (pgBuild ? QStringList{"ERROR: duplicate key",
                                                      "; DETAIL: Key (id)=(1) already"}
                                        : QStringList{"UNIQUE constraint failed"});
    QTest::newRow("syntax") << QStringList() << "SELEC 1"
                            << (pgBuild ? QStringList{"syntax error", "; LINE 1: SELEC 1"}
                                        : QStringList{"syntax error"});
    if (pgBuild) {
        QTest::newRow("detail, hint and context")
            << QStringList()
            << "DO $$ BEGIN RAISE EXCEPTION 'boom' USING DETAIL = 'the detail', "
               "HINT = 'the hint'; END $$"
            << QStringList{"ERROR: boom; DETAIL: the detail; HINT: the hint; CONTEXT: PL/pgSQL"};
    }
}

// Through Sql (libpq's PQexecParams on PostgreSQL) and through QSqlQuery (QPSQL's text).
void TestDbError::serverErrorsAreOneLine()
{
    QFETCH(QStringList, setup);
    QFETCH(QString, statement);
    QFETCH(QStringList, mentions);
    auto db = test::openDatabase(m_scratch->url());
    const QStringList messages
        = db->write([setup, statement](QSqlDatabase &c) {
                Sql sql(c);
                for (const QString &s : setup)
                    sql.exec(s);
                QStringList out;
                try {
                    sql.exec(statement);
                } catch (const DbError &error) {
                    out << error.message();
                }
                QSqlQuery query(c);
                if (!query.exec(statement))
                    out << DbError::fromSqlError(query.lastError(), QStringLiteral("query"))
                               .message();
                return out;
            }).result();
    QCOMPARE(messages.size(), 2);
    for (const QString &message : messages) {
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        for (const QString &mention : mentions)
            QVERIFY2(message.contains(mention), qPrintable(message));
    }
}

// The database refuses one record of an import (a CHECK constraint on PostgreSQL, whose
// refusal carries a DETAIL line; a trigger on SQLite): its reject line on stderr is one line.
void TestDbError::refusedRecordIsOneLine()
{
    const DbUrl url = m_scratch->url();
    test::openDatabase(url); // migrated
    test::adminExec(url,
                    pgBuild ? QStringLiteral("ALTER TABLE record_blocks ADD CONSTRAINT "
                                             "no_forbidden CHECK (data NOT LIKE '%forbidden%')")
                            : QStringLiteral("CREATE TRIGGER no_forbidden BEFORE INSERT ON "
                                             "record_blocks WHEN NEW.data LIKE '%forbidden%' "
                                             "BEGIN SELECT RAISE(ABORT, 'forbidden'); END"));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("refused.csv"));
    QVERIFY(test::writeFile(csv, "a,b\n1,2\nforbidden,3\n4,5\n"));
    const test::CliResult r = test::runCli(
        {"--db", url.toString(), "import", "--project", "p", "--batch-size", "2", csv});
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(r.err.startsWith((csv + QStringLiteral(":3: refused by the database: ")).toUtf8()),
             r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    if (pgBuild)
        QVERIFY2(r.err.contains("; DETAIL: Failing row contains"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestDbError)
#include "tst_dberror.moc"
