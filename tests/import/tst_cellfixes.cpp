// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "import/cellfixes.h"
#include "import/importer.h"
#include "importfixture.h"
#include "store/recordstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace stevedore;

// Correcting invalid stored values in place (mapping fix, the Mapped view's edits:
// import/cellfixes.h) on SQLite (tst_cellfixes) or PostgreSQL (tst_cellfixes_pg): the value
// changes in its record, which keeps its number and line, exactly once, with an audit entry;
// a fix that cannot be applied changes nothing and says why.
class TestCellFixes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appliedInPlaceExactlyOnce();
    void badFixesChangeNothing();
    void transformedColumnStoresTheFileText();
    void onlyAnImportedFileTakesFixes();
    void cli();

private:
    // id,name,amount with `records` records; amount is "x<n>" (not an integer) for the numbers
    // in `bad`, else n * 3. Imported in batches of 4 so that records share blocks; the schema
    // (id integer required, name text, amount integer at most 10000) maps every column.
    void importFile(int records, const std::set<int> &bad);
    cellfixes::Outcome apply(const QList<cellfixes::Fix> &fixes);
    qint64 count(const QString &statement);
    QList<recordstore::Record> records();
    QStringList cli(const QStringList &arguments) const;
    void runOk(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::EngineScratch> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestCellFixes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
    m_db = test::openDatabase(m_scratch->url());
}

void TestCellFixes::cleanup()
{
    m_db.reset();
    m_scratch.reset();
    m_dir.reset();
}

void TestCellFixes::runOk(const QStringList &arguments)
{
    const test::CliResult result = test::runCli(cli(arguments));
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

void TestCellFixes::importFile(int records, const std::set<int> &bad)
{
    QByteArray csv = "id,name,amount\n";
    for (int n = 1; n <= records; ++n)
        csv += QByteArray::number(n) + ",name " + QByteArray::number(n) + ","
               + (bad.contains(n) ? "x" + QByteArray::number(n) : QByteArray::number(n * 3)) + "\n";
    const QString path = m_dir->filePath(QStringLiteral("f.csv"));
    QVERIFY(test::writeFile(path, csv));
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.fileName = QStringLiteral("f.csv");
    options.batchSize = 4;
    Importer importer(*m_db, options);
    const ImportResult result = importer.run();
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));

    const QString schema = m_dir->filePath(QStringLiteral("schema.json"));
    QVERIFY(test::writeFile(schema,
                            R"({"columns": [
                                {"name": "id", "type": "integer", "required": true},
                                {"name": "name", "type": "text"},
                                {"name": "amount", "type": "integer",
                                 "rules": [{"rule": "max", "value": "10000"}]}]})"));
    runOk({"schema", "apply", schema});
    runOk({"mapping", "set", "--project", "p", "--file", "f.csv", "id=id", "amount=amount"});
}

cellfixes::Outcome TestCellFixes::apply(const QList<cellfixes::Fix> &fixes)
{
    return m_db
        ->write([fixes](QSqlDatabase &db) {
            const Sql sql(db);
            SqlTransaction transaction(sql);
            const qint64 id
                = sql.scalar(QStringLiteral("SELECT id FROM files WHERE name = 'f.csv'"))
                      .toLongLong();
            cellfixes::Outcome outcome
                = cellfixes::apply(sql, id, fixes, rejectfixes::Author{QStringLiteral("ops")});
            transaction.commit();
            return outcome;
        })
        .result();
}

qint64 TestCellFixes::count(const QString &statement)
{
    return m_db
        ->read([statement](QSqlDatabase &db) { return Sql(db).scalar(statement).toLongLong(); },
               ReadConsistency::Primary)
        .result();
}

QList<recordstore::Record> TestCellFixes::records()
{
    return m_db
        ->read(
            [](QSqlDatabase &db) {
                const Sql sql(db);
                const qint64 id
                    = sql.scalar(QStringLiteral("SELECT id FROM files WHERE name = 'f.csv'"))
                          .toLongLong();
                return recordstore::readRecords(sql, id, recordstore::Seek::From, 0, 1000);
            },
            ReadConsistency::Primary)
        .result();
}

QStringList TestCellFixes::cli(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--db"), m_scratch->url().toString()} + arguments;
}

void TestCellFixes::appliedInPlaceExactlyOnce()
{
    importFile(20, {5, 6, 13});
    const QList<recordstore::Record> before = records();
    QCOMPARE(before.size(), 20);

    // Record 5 by the value the operator saw, record 13 whatever is stored; 6 stays.
    const QList<cellfixes::Fix> fixes{
        {1, 5, QStringLiteral("amount"), QStringLiteral("15"), QStringLiteral("x5")},
        {2, 13, QStringLiteral("Amount"), QStringLiteral("39"), std::nullopt}};
    const cellfixes::Outcome first = apply(fixes);
    QCOMPARE(first.applied, qint64(2));
    QCOMPARE(first.alreadyApplied, qint64(0));
    QVERIFY(first.problems.isEmpty());

    // Only those two values changed; every record keeps its number and line, in its block.
    const QList<recordstore::Record> after = records();
    QCOMPARE(after.size(), 20);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(after[i].recordNo, before[i].recordNo);
        QCOMPARE(after[i].lineNo, before[i].lineNo);
        if (i == 4)
            QCOMPARE(after[i].json, QByteArray(R"(["5","name 5","15"])"));
        else if (i == 12)
            QCOMPARE(after[i].json, QByteArray(R"(["13","name 13","39"])"));
        else
            QCOMPARE(after[i].json, before[i].json);
    }
    QCOMPARE(count("SELECT count(*) FROM record_blocks WHERE record_count > 1") > 0, true);
    QCOMPARE(count("SELECT record_count FROM files"), qint64(20));

    // The audit: which value, what it was and became, who and when.
    const QVariantList audit
        = m_db->read(
                  [](QSqlDatabase &db) {
                      const SqlResult rows = Sql(db).exec(QStringLiteral(
                          "SELECT record_no, line_no, field_no, column_name, old_value, "
                          "new_value, os_user, db_user, fixed_at FROM cell_fixes ORDER BY "
                          "record_no"));
                      return rows.rows.value(0);
                  },
                  ReadConsistency::Primary)
              .result();
    QCOMPARE(audit.value(0).toLongLong(), qint64(5));
    QCOMPARE(audit.value(1).toLongLong(), qint64(6));
    QCOMPARE(audit.value(2).toInt(), 3);
    QCOMPARE(audit.value(3).toString(), QStringLiteral("amount"));
    QCOMPARE(audit.value(4).toString(), QStringLiteral("x5"));
    QCOMPARE(audit.value(5).toString(), QStringLiteral("15"));
    QCOMPARE(audit.value(6).toString(), QStringLiteral("ops"));
#ifdef STEVEDORE_TEST_PG
    QVERIFY(!audit.value(7).toString().isEmpty()); // current_user
#else
    QCOMPARE(audit.value(7).toString(), QString()); // SQLite has no users
#endif
    QVERIFY(qAbs(audit.value(8).toLongLong() - QDateTime::currentMSecsSinceEpoch()) < 600000);

    // Exactly once: the same fixes again change nothing and add no audit.
    const cellfixes::Outcome again = apply(fixes);
    QCOMPARE(again.applied, qint64(0));
    QCOMPARE(again.alreadyApplied, qint64(2));
    QVERIFY(again.problems.isEmpty());
    QCOMPARE(count("SELECT count(*) FROM cell_fixes"), qint64(2));
    QCOMPARE(records(), after);

    // The file now validates but for record 6.
    const test::CliResult validate = test::runCli(
        cli({"mapping", "validate", "--project", "p", "--file", "f.csv", "--failures"}));
    QCOMPARE(validate.exitCode, 2);
    QCOMPARE(validate.out,
             QByteArray("f.csv:7: \"amount\": not an integer (type, value \"x6\")\n"));
}

void TestCellFixes::badFixesChangeNothing()
{
    importFile(10, {2, 3, 4, 5, 6, 7});
    const QList<recordstore::Record> before = records();
    const cellfixes::Outcome outcome
        = apply({{1, 2, QStringLiteral("nope"), QStringLiteral("1"), std::nullopt},
                 {2, 3, QStringLiteral("name"), QStringLiteral("n"), std::nullopt},
                 {3, 99, QStringLiteral("amount"), QStringLiteral("1"), std::nullopt},
                 {4, 4, QStringLiteral("amount"), QStringLiteral("twelve"), std::nullopt},
                 {5, 5, QStringLiteral("amount"), QStringLiteral("20000"), std::nullopt},
                 {6, 6, QStringLiteral("amount"), QStringLiteral("18"), QStringLiteral("x66")},
                 {7, 7, QStringLiteral("amount"), QStringLiteral("21"), QStringLiteral("x7")}});
    QCOMPARE(outcome.applied, qint64(1));
    QStringList messages;
    for (const rejectfixes::Problem &problem : outcome.problems)
        messages << QString::number(problem.at) + QLatin1String(": ") + problem.message;
    QCOMPARE(messages,
             (QStringList{
                 "1: \"nope\" is not a schema column",
                 "2: no column of 'f.csv' is mapped to \"name\"",
                 "3: 'f.csv' has no record 99",
                 "4: record 4 (line 5): \"amount\" would still be invalid: not an integer (value "
                 "\"twelve\")",
                 "5: record 5 (line 6): \"amount\" would still be invalid: above the maximum "
                 "10000 (value \"20000\")",
                 "6: record 6 (line 7): \"amount\" is now \"x6\", not \"x66\" as when it was "
                 "edited",
             }));
    QList<recordstore::Record> want = before;
    want[6].json = R"(["7","name 7","21"])";
    QCOMPARE(records(), want);
    QCOMPARE(count("SELECT count(*) FROM cell_fixes"), qint64(1));
}

void TestCellFixes::transformedColumnStoresTheFileText()
{
    importFile(6, {});
    // amount read as a German number: the stored text is what the file holds, checked after
    // the transform.
    runOk({"mapping", "set", "--project", "p", "--file", "f.csv", "amount=amount:number:de_DE"});
    const cellfixes::Outcome outcome
        = apply({{1, 2, QStringLiteral("amount"), QStringLiteral("1.234"), std::nullopt},
                 {2, 3, QStringLiteral("amount"), QStringLiteral("12.345"), std::nullopt}});
    QCOMPARE(outcome.applied, qint64(1));
    QCOMPARE(outcome.problems.size(), 1);
    QVERIFY2(outcome.problems[0].message.contains("above the maximum 10000"),
             qPrintable(outcome.problems[0].message));
    QCOMPARE(records().at(1).json, QByteArray(R"(["2","name 2","1.234"])"));
}

void TestCellFixes::onlyAnImportedFileTakesFixes()
{
    importFile(4, {2});
    m_db->write([](QSqlDatabase &db) {
            Sql(db).exec(QStringLiteral("UPDATE files SET status = 'failed'"));
        })
        .waitForFinished();
    try {
        apply({{1, 2, QStringLiteral("amount"), QStringLiteral("6"), std::nullopt}});
        QFAIL("a failed file took a fix");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        QVERIFY2(error.message().contains("not imported (status failed)"),
                 qPrintable(error.message()));
    }
    QCOMPARE(count("SELECT count(*) FROM cell_fixes"), qint64(0));
    QCOMPARE(records().at(1).json, QByteArray(R"(["2","name 2","x2"])"));
}

void TestCellFixes::cli()
{
    importFile(8, {2, 5});
    const QString fixes = m_dir->filePath(QStringLiteral("cells.csv"));
    // As a spreadsheet saves it: ';', other columns kept, one row too short.
    QVERIFY(test::writeFile(fixes,
                            "line;record;column;value;message\n"
                            "3;2;amount;6;not an integer\n"
                            "6;5;amount;five;not an integer\n"
                            "9\n"));
    const QStringList command = cli({"mapping", "fix", "--project", "p", "--file", "f.csv", fixes});
    const test::CliResult partial = test::runCli(command);
    QCOMPARE(partial.exitCode, 2);
    QCOMPARE(partial.err,
             (fixes
              + ":3: record 5 (line 6): \"amount\" would still be invalid: not an integer "
                "(value \"five\")\n"
              + fixes + ":4: the row has no record, column or value\n")
                 .toUtf8());
    QCOMPARE(partial.out,
             QByteArray("corrected 1 value(s) in \"f.csv\" (0 applied before, 2 not applied)\n"));

    QVERIFY(test::writeFile(fixes, "record,column,value\n2,amount,6\n5,amount,15\n"));
    const test::CliResult json = test::runCli(command + QStringList{"--json"});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.err, QByteArray());
    const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(summary.value("applied").toInteger(), qint64(1));
    QCOMPARE(summary.value("already_applied").toInteger(), qint64(1));
    QCOMPARE(summary.value("problems").toArray().size(), 0);
    const test::CliResult validate = test::runCli(
        cli({"mapping", "validate", "--project", "p", "--file", "f.csv", "--failures"}));
    QCOMPARE(validate.exitCode, 0);

    QVERIFY(test::writeFile(fixes, "line,raw\n3,x\n"));
    const test::CliResult wrong = test::runCli(command);
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("cells.csv:1: the header has no \"record\", \"column\" and "
                                "\"value\" columns"),
             wrong.err.constData());
    const test::CliResult usage
        = test::runCli(cli({"mapping", "fix", "--project", "p", "--file", "f.csv"}));
    QCOMPARE(usage.exitCode, 1);
    QCOMPARE(count("SELECT count(*) FROM cell_fixes"), qint64(2));
}

QTEST_GUILESS_MAIN(TestCellFixes)
#include "tst_cellfixes.moc"
