// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "import/importer.h"
#include "import/rejectfixes.h"
#include "importfixture.h"
#include "store/catalog.h"
#include "store/recordstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <set>

using namespace stevedore;

// Fixing rejected records in place (rejects --fix, import/rejectfixes.h) on SQLite
// (tst_rejectfixes) or PostgreSQL (tst_rejectfixes_pg): a fixed record goes back at the number
// and line it was rejected at, exactly once, with an audit entry; a fix that cannot be applied
// stays a reject and is located in the fixes CSV.
class TestRejectFixes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appliedInPlaceExactlyOnce();
    void badFixesStayRejectsAndAreLocated();
    void spreadsheetSavedWithSemicolons();
    void detectedDelimiterReadsTheFix();
    void databaseRefusalIsFixedAsJson();
    void onlyAnImportedFileTakesFixes();
    void replacingTheFileForgetsItsFixes();
    void gridFixesAndCheck();
    void cli();

private:
    // id,name,amount; records whose number is in `bad` have two fields (a reject). Line = number
    // + 1.
    QString writeFile(const QString &name, int records, const std::set<int> &bad);
    QList<QStringList> expected(int records, const std::set<int> &bad) const;
    void import(const QString &path, bool replace = false);
    // A fixes CSV as an operator saves it: line,reason,raw rows.
    QString writeFixes(const QByteArray &rows, const QString &name = QStringLiteral("fixed.csv"));
    qint64 fileId();
    rejectfixes::Outcome apply(const QString &fixes);
    qint64 count(const QString &statement, const QVariantList &params = {});
    QList<recordstore::Record> records();
    QStringList cli(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::EngineScratch> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestRejectFixes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
    m_db = test::openDatabase(m_scratch->url());
}

void TestRejectFixes::cleanup()
{
    m_db.reset();
    m_scratch.reset();
    m_dir.reset();
}

QString TestRejectFixes::writeFile(const QString &name, int records, const std::set<int> &bad)
{
    const QString path = m_dir->filePath(name);
    test::writeFile(path, test::numberedCsv(records, bad));
    return path;
}

QList<QStringList> TestRejectFixes::expected(int records, const std::set<int> &bad) const
{
    return test::numberedRecords(records, bad);
}

void TestRejectFixes::import(const QString &path, bool replace)
{
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.fileName = QStringLiteral("f.csv");
    options.batchSize = 4; // several batches, so the rejects fall between blocks
    options.replace = replace;
    Importer importer(*m_db, options);
    const ImportResult result = importer.run();
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
}

QString TestRejectFixes::writeFixes(const QByteArray &rows, const QString &name)
{
    const QString path = m_dir->filePath(name);
    test::writeFile(path, rows);
    return path;
}

qint64 TestRejectFixes::fileId()
{
    return count(QStringLiteral("SELECT id FROM files WHERE name = 'f.csv'"));
}

rejectfixes::Outcome TestRejectFixes::apply(const QString &fixes)
{
    const qint64 id = fileId();
    return m_db
        ->write([id, fixes](QSqlDatabase &db) {
            Sql sql(db);
            SqlTransaction transaction(sql);
            rejectfixes::Outcome outcome
                = rejectfixes::apply(sql, id, fixes, rejectfixes::Author{QStringLiteral("ops")});
            transaction.commit();
            return outcome;
        })
        .result();
}

qint64 TestRejectFixes::count(const QString &statement, const QVariantList &params)
{
    return m_db
        ->read([statement, params](
                   QSqlDatabase &db) { return Sql(db).scalar(statement, params).toLongLong(); },
               ReadConsistency::Primary)
        .result();
}

QList<recordstore::Record> TestRejectFixes::records()
{
    const qint64 id = fileId();
    return m_db
        ->read(
            [id](QSqlDatabase &db) {
                return recordstore::readRecords(Sql(db), id, recordstore::Seek::From, 0, 1000);
            },
            ReadConsistency::Primary)
        .result();
}

QStringList TestRejectFixes::cli(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--db"), m_scratch->url().toString()} + arguments;
}

void TestRejectFixes::appliedInPlaceExactlyOnce()
{
    import(writeFile(QStringLiteral("f.csv"), 20, {5, 12, 13}));
    QCOMPARE(count("SELECT count(*) FROM import_rejects"), qint64(3));

    // What `stevedore rejects` wrote, corrected: record 5 gets its amount, record 12 a name
    // holding a line break (one record spanning two lines of the fixes CSV); 13 stays rejected.
    const test::CliResult rejects
        = test::runCli(cli({"rejects", "--project", "p", "--file", "f.csv"}));
    QCOMPARE(rejects.exitCode, 0);
    QVERIFY2(rejects.out.startsWith("line,reason,raw\n6,"), rejects.out.constData());
    const QString fixes = writeFixes("line,reason,raw\n"
                                     "6,expected 3 fields,\"5,name 5,15\"\n"
                                     "13,expected 3 fields,\"12,\"\"name\n12\"\",36\"\n");
    const rejectfixes::Outcome first = apply(fixes);
    QCOMPARE(first.applied, qint64(2));
    QCOMPARE(first.alreadyApplied, qint64(0));
    QVERIFY(first.problems.isEmpty());

    QList<QStringList> want = expected(20, {13});
    want[12][1] = QStringLiteral("name\n12");
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), want);
    // In place: the numbers and lines they were rejected at.
    const QList<recordstore::Record> stored = records();
    QCOMPARE(stored.size(), 19);
    QCOMPARE(stored.at(4).recordNo, qint64(5));
    QCOMPARE(stored.at(4).lineNo, qint64(6));
    QCOMPARE(stored.at(11).recordNo, qint64(12));
    QCOMPARE(stored.at(11).lineNo, qint64(13));
    QCOMPARE(stored.at(12).recordNo, qint64(14));

    QCOMPARE(count("SELECT count(*) FROM import_rejects"), qint64(1));
    QCOMPARE(count("SELECT line_no FROM import_rejects"), qint64(14));
    QCOMPARE(count("SELECT records_rejected FROM import_jobs"), qint64(1));
    QCOMPARE(count("SELECT record_count FROM files"), qint64(19));
    // The audit: who, when, what it was and what it became.
    const QVariantList audit
        = m_db->read(
                  [](QSqlDatabase &db) {
                      const SqlResult rows = Sql(db).exec(QStringLiteral(
                          "SELECT record_no, line_no, reason, old_raw, new_data, os_user, "
                          "db_user, fixed_at FROM record_fixes ORDER BY record_no"));
                      return rows.rows.value(0);
                  },
                  ReadConsistency::Primary)
              .result();
    QCOMPARE(audit.value(0).toLongLong(), qint64(5));
    QCOMPARE(audit.value(1).toLongLong(), qint64(6));
    QVERIFY2(audit.value(2).toString().contains("3"), qPrintable(audit.value(2).toString()));
    QCOMPARE(audit.value(3).toString(), QStringLiteral("5,name 5"));
    QCOMPARE(audit.value(4).toString(), QStringLiteral(R"(["5","name 5","15"])"));
    QCOMPARE(audit.value(5).toString(), QStringLiteral("ops"));
    if (m_scratch->url().isPostgres())
        QVERIFY(!audit.value(6).toString().isEmpty());
    else
        QCOMPARE(audit.value(6).toString(), QString());
    QVERIFY(qAbs(audit.value(7).toLongLong() - QDateTime::currentMSecsSinceEpoch()) < 3600000);

    // Exactly once: the same fixes again change nothing.
    const rejectfixes::Outcome second = apply(fixes);
    QCOMPARE(second.applied, qint64(0));
    QCOMPARE(second.alreadyApplied, qint64(2));
    QVERIFY(second.problems.isEmpty());
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), want);
    QCOMPARE(count("SELECT count(*) FROM record_fixes"), qint64(2));
    QCOMPARE(count("SELECT record_count FROM files"), qint64(19));
}

void TestRejectFixes::badFixesStayRejectsAndAreLocated()
{
    import(writeFile(QStringLiteral("f.csv"), 10, {2, 4, 6, 8}));
    const QString fixes = writeFixes("line,reason,raw\n"
                                     "3,x,\"2,name 2,6\"\n"         // fine
                                     "5,x,\"4,name 4\"\n"           // still two fields
                                     "2,x,\"1,name 1,3\"\n"         // line 2 was imported
                                     "7,x,\n"                       // empty raw: skipped
                                     "9,x,\"8,\"\"unterminated\"\n" // malformed
                                     "nine,x,a\n");
    const rejectfixes::Outcome outcome = apply(fixes);
    QCOMPARE(outcome.applied, qint64(1));
    QCOMPARE(outcome.skipped, qint64(1));
    QCOMPARE(outcome.problems.size(), 4);
    const QStringList described
        = rejectfixes::describe(QStringLiteral("fixed.csv"), outcome.problems);
    QCOMPARE(described.at(0),
             QStringLiteral("fixed.csv:3: line 5: the fixed record has 2 fields, the header "
                            "has 3"));
    QCOMPARE(described.at(1),
             QStringLiteral("fixed.csv:4: line 2 of 'f.csv' is not a rejected record"));
    QVERIFY2(described.at(2).startsWith(QStringLiteral("fixed.csv:6: line 9: ")),
             qPrintable(described.at(2)));
    QCOMPARE(described.at(3), QStringLiteral("fixed.csv:7: \"nine\" is not a line number"));

    // What could not be applied is still rejected; the rest went in.
    QCOMPARE(count("SELECT count(*) FROM import_rejects"), qint64(3));
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(10, {4, 6, 8}));
}

void TestRejectFixes::spreadsheetSavedWithSemicolons()
{
    import(writeFile(QStringLiteral("f.csv"), 6, {3}));
    const rejectfixes::Outcome outcome
        = apply(writeFixes("line;reason;raw\r\n4;expected 3 fields;3,name 3,9\r\n"));
    QCOMPARE(outcome.applied, qint64(1));
    QVERIFY(outcome.problems.isEmpty());
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(6, {}));
}

// A file whose delimiter was detected (the import asked for no format): its fixes are read with
// that delimiter, not as comma-separated text (the stored reading says what it was read as).
void TestRejectFixes::detectedDelimiterReadsTheFix()
{
    QByteArray csv = test::numberedCsv(6, {3});
    csv.replace(',', ';');
    const QString path = m_dir->filePath(QStringLiteral("f.csv"));
    test::writeFile(path, csv);
    import(path);
    const QString stored
        = m_db->read(
                  [](QSqlDatabase &db) {
                      return Sql(db).scalar(QStringLiteral("SELECT dialect FROM files")).toString();
                  },
                  ReadConsistency::Primary)
              .result();
    QVERIFY2(stored.contains(QLatin1String("\"read_as\":\"csv\"")), qPrintable(stored));
    const rejectfixes::Outcome outcome = apply(writeFixes("line,reason,raw\n4,x,3;name 3;9\n"));
    QCOMPARE(outcome.applied, qint64(1));
    QVERIFY(outcome.problems.isEmpty());
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(6, {}));
}

void TestRejectFixes::databaseRefusalIsFixedAsJson()
{
    import(writeFile(QStringLiteral("f.csv"), 6, {3}));
    // A record the database refused is stored with its fields as a JSON array.
    const qint64 id = fileId();
    m_db->write([](QSqlDatabase &db) {
            Sql(db).exec(QStringLiteral("UPDATE import_rejects SET reason = 'refused by the "
                                        "database: value too long', raw = '[\"3\",\"name 3\"]'"));
        })
        .waitForFinished();
    const QString bad = writeFixes("line,reason,raw\n4,x,\"3,name 3,9\"\n", "bad.csv");
    const rejectfixes::Outcome notJson = apply(bad);
    QCOMPARE(notJson.applied, qint64(0));
    QCOMPARE(notJson.problems.size(), 1);
    QVERIFY2(notJson.problems.at(0).message.contains("JSON array"),
             qPrintable(notJson.problems.at(0).message));
    // As a JSON array it still needs the header's three fields.
    const rejectfixes::Outcome shortFix
        = apply(writeFixes("line,reason,raw\n4,x,\"[\"\"3\"\",\"\"name 3\"\"]\"\n", "short.csv"));
    QCOMPARE(shortFix.applied, qint64(0));
    QCOMPARE(rejectfixes::describe("short.csv", shortFix.problems),
             QStringList{"short.csv:2: line 4: the fixed record has 2 fields, the header has 3"});
    const rejectfixes::Outcome outcome
        = apply(writeFixes("line,reason,raw\n4,x,\"[\"\"3\"\",\"\"name, 3\"\",\"\"9\"\"]\"\n"));
    QCOMPARE(outcome.applied, qint64(1));
    QList<QStringList> want = expected(6, {});
    want[3][1] = QStringLiteral("name, 3");
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), want);
    QCOMPARE(fileId(), id);
}

void TestRejectFixes::onlyAnImportedFileTakesFixes()
{
    import(writeFile(QStringLiteral("f.csv"), 6, {3}));
    m_db->write([](QSqlDatabase &db) {
            Sql(db).exec(QStringLiteral("UPDATE files SET status = 'failed'"));
        })
        .waitForFinished();
    try {
        apply(writeFixes("line,reason,raw\n4,x,\"3,name 3,9\"\n"));
        QFAIL("a failed import took fixes");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        QVERIFY2(error.message().contains("not imported (status failed)"),
                 qPrintable(error.message()));
    }
    QCOMPARE(count("SELECT count(*) FROM import_rejects"), qint64(1));
    QCOMPARE(count("SELECT count(*) FROM record_fixes"), qint64(0));

    // A CSV that is not a rejects CSV changes nothing either.
    m_db->write([](QSqlDatabase &db) {
            Sql(db).exec(QStringLiteral("UPDATE files SET status = 'imported'"));
        })
        .waitForFinished();
    try {
        apply(writeFixes("id,name,amount\n3,name 3,9\n"));
        QFAIL("a CSV without line and raw columns was applied");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        QVERIFY2(error.message().startsWith("fixed.csv:1: the header has no \"line\" and \"raw\""),
                 qPrintable(error.message()));
    }
    QCOMPARE(count("SELECT count(*) FROM import_rejects"), qint64(1));
}

void TestRejectFixes::replacingTheFileForgetsItsFixes()
{
    import(writeFile(QStringLiteral("f.csv"), 6, {3}));
    QCOMPARE(apply(writeFixes("line,reason,raw\n4,x,\"3,name 3,9\"\n")).applied, qint64(1));
    QCOMPARE(count("SELECT count(*) FROM record_fixes"), qint64(1));
    import(writeFile(QStringLiteral("g.csv"), 7, {3}), true);
    QCOMPARE(count("SELECT count(*) FROM record_fixes"), qint64(0));
    // The new content's reject at the same line is a reject again, and can be fixed.
    QCOMPARE(apply(writeFixes("line,reason,raw\n4,x,\"3,name 3,9\"\n")).applied, qint64(1));
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(7, {}));
}

void TestRejectFixes::gridFixesAndCheck()
{
    import(writeFile(QStringLiteral("f.csv"), 8, {2, 5}));
    const qint64 id = fileId();
    const rejectfixes::FileReading reading
        = m_db->read([id](QSqlDatabase &db) {
                  return rejectfixes::readingOf(*catalog::fileOrigin(Sql(db), id));
              })
              .result();
    QCOMPARE(reading.fieldCount, 3);
    QCOMPARE(rejectfixes::check(reading, "x", "5,name 5,15"), QString());
    QCOMPARE(rejectfixes::check(reading, "x", "5,name 5"),
             QStringLiteral("the fixed record has 2 fields, the header has 3"));
    QVERIFY(rejectfixes::check(reading, "x", "5,\"name").contains("quote"));
    QCOMPARE(rejectfixes::check(reading, "x", "5,a,b\n6,c,d"),
             QStringLiteral("raw holds more than one record (line 2 of it starts another)"));

    // The grid's rows: the same line twice is applied once.
    const QList<rejectfixes::Fix> fixes{{1, 3, "2,name 2,6"}, {2, 3, "2,name 2,6"}, {3, 6, ""}};
    const rejectfixes::Outcome outcome = m_db->write([id, fixes](QSqlDatabase &db) {
                                                 Sql sql(db);
                                                 SqlTransaction transaction(sql);
                                                 rejectfixes::Outcome applied
                                                     = rejectfixes::apply(sql, id, fixes, {"ops"});
                                                 transaction.commit();
                                                 return applied;
                                             })
                                             .result();
    QCOMPARE(outcome.applied, qint64(1));
    QCOMPARE(outcome.alreadyApplied, qint64(1));
    QCOMPARE(outcome.skipped, qint64(1));
    QVERIFY(outcome.problems.isEmpty());
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(8, {5}));
}

void TestRejectFixes::cli()
{
    import(writeFile(QStringLiteral("f.csv"), 8, {2, 5}));
    const QString fixes = writeFixes("line,reason,raw\n3,x,\"2,name 2,6\"\n6,x,\"5,name 5\"\n");
    const QStringList command
        = cli({"rejects", "--project", "p", "--file", "f.csv", "--fix", fixes});
    const test::CliResult partial = test::runCli(command);
    QCOMPARE(partial.exitCode, 2);
    QCOMPARE(partial.err,
             (fixes + ":3: line 6: the fixed record has 2 fields, the header has 3\n").toUtf8());
    QCOMPARE(partial.out,
             QByteArray("put 1 fixed records back into 'f.csv' (0 applied before, 0 skipped: "
                        "empty raw, 1 not applied)\n"));

    test::writeFile(fixes, "line,reason,raw\n3,x,\"2,name 2,6\"\n6,x,\"5,name 5,15\"\n");
    const test::CliResult json = test::runCli(command + QStringList{"--json"});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.err, QByteArray());
    const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(summary.value("applied").toInteger(), qint64(1));
    QCOMPARE(summary.value("already_applied").toInteger(), qint64(1));
    QCOMPARE(summary.value("problems").toArray().size(), 0);
    QCOMPARE(test::exportedRecords(*m_db, "p", "f.csv"), expected(8, {}));

    const test::CliResult empty
        = test::runCli(cli({"rejects", "--project", "p", "--file", "f.csv"}));
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QByteArray("line,reason,raw\n"));

    const test::CliResult usage = test::runCli(command + QStringList{"-o", "x.csv"});
    QCOMPARE(usage.exitCode, 1);
    QVERIFY2(usage.err.contains("leave out -o"), usage.err.constData());
    const test::CliResult missing = test::runCli(cli(
        {"rejects", "--project", "p", "--file", "f.csv", "--fix", m_dir->filePath("none.csv")}));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("cannot read"), missing.err.constData());
}

QTEST_GUILESS_MAIN(TestRejectFixes)
#include "tst_rejectfixes.moc"
