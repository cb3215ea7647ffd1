// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/database.h"
#include "db/dberror.h"
#include "db/migrations.h"
#include "db/sql.h"
#include "schema/schemaservice.h"
#include "store/catalog.h"
#include "store/importjobs.h"
#include "store/recordstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtConcurrent>
#include <QtTest>

using namespace stevedore;

// Migrations and the catalog, on SQLite (tst_migrations) or on the PostgreSQL cluster
// (tst_migrations_pg, built with STEVEDORE_TEST_PG).
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freshDatabaseIsMigratedAndValid();
    void reopeningIsANoOp();
    void concurrentFirstStarts();
    void newerDatabaseIsRefused();
    void upgradeFromVersion1KeepsData();
    void upgradeFromVersion4KeepsRejects();
    void missingTableIsReported();
    void foreignSqliteFileIsRefused_data();
    void foreignSqliteFileIsRefused();
    void emptySqliteFileBecomesOurs();
    void projectsAndFiles();
    void filesListingIsOneQuery();
    void idsAreNeverReused();

private:
    DbUrl url() const;
    std::unique_ptr<test::EngineScratch> m_scratch;
};

DbUrl TestMigrations::url() const
{
    return m_scratch->url();
}

void TestMigrations::init()
{
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
}

void TestMigrations::cleanup()
{
    m_scratch.reset();
}

void TestMigrations::freshDatabaseIsMigratedAndValid()
{
    auto db = test::openDatabase(url());
    const int version = db->write([](QSqlDatabase &c) {
                              Sql sql(c);
                              Migrations::validate(sql);
                              return Migrations::currentVersion(sql);
                          }).result();
    QCOMPARE(version, Migrations::latestVersion());
    QVERIFY(!db->serverVersion().isEmpty());
}

void TestMigrations::reopeningIsANoOp()
{
    test::openDatabase(url());
    auto db = test::openDatabase(url());
    const int before
        = db->write([](QSqlDatabase &c) { return Migrations::apply(Sql(c)); }).result();
    QCOMPARE(before, Migrations::latestVersion());
}

void TestMigrations::concurrentFirstStarts()
{
    // Two processes starting on an empty database at once must not both create the tables.
    const DbUrl target = url();
    QList<QFuture<QString>> starts;
    for (int i = 0; i < 3; ++i)
        starts << QtConcurrent::run([target] {
            try {
                test::openDatabase(target);
            } catch (const DbError &error) {
                return error.message();
            }
            return QString();
        });
    for (auto &s : starts)
        QCOMPARE(s.result(), QString());
    auto db = test::openDatabase(target);
    QCOMPARE(db->write([](QSqlDatabase &c) { return Migrations::currentVersion(Sql(c)); }).result(),
             Migrations::latestVersion());
}

void TestMigrations::newerDatabaseIsRefused()
{
    {
        auto db = test::openDatabase(url());
        db->write([](QSqlDatabase &c) {
              Sql(c).exec("UPDATE stevedore_meta SET value = '999' WHERE key = 'schema_version'");
          }).waitForFinished();
    }
    try {
        test::openDatabase(url());
        QFAIL("opened a database newer than the app");
    } catch (const DbError &error) {
        QVERIFY2(error.message().contains(QLatin1String("newer")), qPrintable(error.message()));
        QVERIFY(error.message().contains(QLatin1String("999")));
    }
}

// A database left at version 1 (schema columns, mappings to them, a hole in the ids) is
// upgraded at open: every row is kept with its id, mappings still point at their columns, the
// foreign key still works, and from then on no column id is handed out twice.
void TestMigrations::upgradeFromVersion1KeepsData()
{
    const QString connection = QStringLiteral("v1-%1").arg(QRandomGenerator::global()->generate());
    QList<qint64> ids;
    qint64 fileId = 0;
    {
        QSqlDatabase c = Database::openConnection(url(), connection, QStringLiteral("test"), false);
        Sql sql(c);
        QCOMPARE(Migrations::apply(sql, 1), 0);
        QCOMPARE(Migrations::currentVersion(sql), 1);
        SqlTransaction t(sql);
        const qint64 project = catalog::createProject(sql, QStringLiteral("p"));
        fileId = sql.scalar("INSERT INTO files (project_id, name, header, status, created_at) "
                            "VALUES (?, 'f.csv', '[\"A\",\"B\",\"C\"]', 'imported', 1) "
                            "RETURNING id",
                            {project})
                     .toLongLong();
        for (const char *name : {"a", "b", "c", "gone"})
            ids << sql.scalar("INSERT INTO schema_columns (name, type, position, created_at, "
                              "updated_at) VALUES (?, 'text', ?, 1, 2) RETURNING id",
                              {QString::fromLatin1(name), ids.size()})
                       .toLongLong();
        sql.exec("DELETE FROM schema_columns WHERE id = ?", {ids.takeFirst()}); // a hole
        sql.exec("UPDATE schema_state SET version = 5");
        sql.exec("INSERT INTO column_mappings (file_id, file_column, position, "
                 "schema_column_id, transform, confidence) VALUES (?, 'A', 0, NULL, NULL, NULL), "
                 "(?, 'B', 1, ?, 'trim', 0.5), (?, 'C', 2, ?, NULL, NULL)",
                 {fileId, fileId, ids[0], fileId, ids[1]});
        // Version 1 kept a row per record; number 3 was rejected.
        sql.exec("INSERT INTO file_records (file_id, record_no, line_no, data) VALUES "
                 "(?, 1, 2, '[\"a\",\"b\"]'), (?, 2, 3, '[\"c\",\"d\\n\"]'), "
                 "(?, 4, 6, '[\"e\",\"f\"]')",
                 {fileId, fileId, fileId});
        t.commit();
    }
    QSqlDatabase::removeDatabase(connection);

    auto db = test::openDatabase(url());
    const auto [version, columns, mappings]
        = db->write([](QSqlDatabase &c) {
                Sql sql(c);
                Migrations::validate(sql);
                return std::tuple(Migrations::currentVersion(sql),
                                  SchemaService(sql).load(),
                                  sql.exec("SELECT file_column, "
                                           "schema_column_id, transform "
                                           "FROM column_mappings "
                                           "ORDER BY position")
                                      .rows);
            }).result();
    QCOMPARE(version, Migrations::latestVersion());
    QCOMPARE(columns.version, 5);
    QCOMPARE(columns.columns.size(), 3);
    const QStringList names{"b", "c", "gone"};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(columns.columns[i].id, ids[i]);
        QCOMPARE(columns.columns[i].name, names[i]);
    }
    QCOMPARE(mappings.size(), 3);
    QVERIFY(mappings[0][1].isNull());
    QCOMPARE(mappings[1][1].toLongLong(), ids[0]);
    QCOMPARE(mappings[1][2].toString(), QStringLiteral("trim"));
    QCOMPARE(mappings[2][1].toLongLong(), ids[1]);
    // Version 4 rebuilt projects, files and jobs (SQLite): ids kept, and the foreign keys of
    // the tables that refer to them reach the rebuilt tables (deleting cascades).
    const auto [sameFile, integrity]
        = db->write([fileId](QSqlDatabase &c) {
                Sql sql(c);
                return std::pair(
                    sql.scalar("SELECT name FROM files WHERE id = ?", {fileId}).toString(),
                    sql.engine() == Engine::Sqlite
                        ? sql.exec("PRAGMA foreign_key_check").rows.size()
                        : 0);
            }).result();
    QCOMPARE(sameFile, QStringLiteral("f.csv"));
    QCOMPARE(integrity, 0);
    // Version 3 moved the records into blocks; they read as before.
    const auto records
        = db->write([fileId](QSqlDatabase &c) {
                return recordstore::readRecords(Sql(c), fileId, recordstore::Seek::From, 0, 10);
            }).result();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].recordNo, 1);
    QCOMPARE(records[0].lineNo, 2);
    QCOMPARE(records[0].json, QByteArray(R"(["a","b"])"));
    QCOMPARE(records[1].json, QByteArray(R"(["c","d\n"])"));
    QCOMPARE(records[2].recordNo, 4);
    QCOMPARE(records[2].lineNo, 6);

    // Remove the column with the largest id and "c" (SchemaService drops its mapping row), then
    // add one: its id is new.
    const SchemaDiff diff = db->write([keep = columns.columns[0]](QSqlDatabase &c) {
                                  SchemaColumn added;
                                  added.name = QStringLiteral("new");
                                  return SchemaService(Sql(c)).apply({keep, added});
                              }).result();
    QCOMPARE(diff.changes.size(), 3);
    // The foreign key now refers to the rebuilt table: deleting "b" by hand unmaps "B".
    const auto [newId, targets] = db->write([b = ids[0]](QSqlDatabase &c) {
                                        Sql sql(c);
                                        sql.exec("DELETE FROM schema_columns WHERE id = ?", {b});
                                        const qint64 id = sql.scalar("SELECT id FROM "
                                                                     "schema_columns WHERE "
                                                                     "name = 'new'")
                                                              .toLongLong();
                                        return std::pair(id,
                                                         sql.exec("SELECT file_column, "
                                                                  "schema_column_id FROM "
                                                                  "column_mappings ORDER BY "
                                                                  "position")
                                                             .rows);
                                    }).result();
    QVERIFY2(newId > ids[2], qPrintable(QStringLiteral("id %1 reused").arg(newId)));
    QCOMPARE(targets.size(), 2); // "C" went with its column
    QCOMPARE(targets[1][0].toString(), QStringLiteral("B"));
    QVERIFY(targets[1][1].isNull());
}

// Version 5 gives each reject the column of its cell: the rejects stored before keep theirs,
// located at their row (column 0).
void TestMigrations::upgradeFromVersion4KeepsRejects()
{
    const QString connection = QStringLiteral("v4-%1").arg(QRandomGenerator::global()->generate());
    qint64 jobId = 0;
    {
        QSqlDatabase c = Database::openConnection(url(), connection, QStringLiteral("test"), false);
        Sql sql(c);
        QCOMPARE(Migrations::apply(sql, 4), 0);
        QCOMPARE(Migrations::currentVersion(sql), 4);
        SqlTransaction t(sql);
        const qint64 project = catalog::createProject(sql, QStringLiteral("p"));
        const qint64 fileId
            = sql.scalar("INSERT INTO files (project_id, name, status, created_at) "
                         "VALUES (?, 'book.xlsx:Sheet1', 'importing', 1) RETURNING id",
                         {project})
                  .toLongLong();
        jobId = sql.scalar("INSERT INTO import_jobs (project_id, file_id, file_name, "
                           "source_path, sha256, byte_size, status, started_at, updated_at) "
                           "VALUES (?, ?, 'book.xlsx:Sheet1', '/tmp/book.xlsx', '', 1, "
                           "'importing', 1, 1) RETURNING id",
                           {project, fileId})
                    .toLongLong();
        sql.exec("INSERT INTO import_rejects (job_id, record_no, line_no, reason, raw) "
                 "VALUES (?, 4, 5, 'cell E5 is outside the header''s 4 columns', '4,b4,c,d,x')",
                 {jobId});
        t.commit();
    }
    QSqlDatabase::removeDatabase(connection);

    auto db = test::openDatabase(url());
    const auto [version, stored]
        = db->write([jobId](QSqlDatabase &c) {
                Sql sql(c);
                return std::pair(Migrations::currentVersion(sql), importjobs::rejects(sql, jobId));
            }).result();
    QCOMPARE(version, Migrations::latestVersion());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].recordNo, 4);
    QCOMPARE(stored[0].line, 5);
    QCOMPARE(stored[0].column, 0);
    QCOMPARE(stored[0].reason, QStringLiteral("cell E5 is outside the header's 4 columns"));
}

void TestMigrations::missingTableIsReported()
{
    {
        auto db = test::openDatabase(url());
        db->write([](QSqlDatabase &c) {
              Sql(c).exec("DROP TABLE metrics_history");
          }).waitForFinished();
    }
    try {
        test::openDatabase(url());
        QFAIL("opened a database with a table missing");
    } catch (const DbError &error) {
        QVERIFY2(error.message().contains(QLatin1String("metrics_history")),
                 qPrintable(error.message()));
    }
}

// A file of another application (on either engine's build: it is about SQLite files) is
// refused before anything writes to it, and left byte for byte as it was.
void TestMigrations::foreignSqliteFileIsRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QByteArray>("text"); // written as the file instead, when not empty
    QTest::addColumn<QString>("why");
    QTest::newRow("another application's tables")
        << QStringList{"CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)",
                       "INSERT INTO contacts (name) VALUES ('ann'), ('bob')"}
        << QByteArray() << "contacts";
    QTest::newRow("a table named like ours")
        << QStringList{"CREATE TABLE projects (id INTEGER PRIMARY KEY, title TEXT)",
                       "INSERT INTO projects (title) VALUES ('x')"}
        << QByteArray() << "projects";
    QTest::newRow("not an SQLite file")
        << QStringList() << QByteArray("a,b\n1,2\n") << "not an SQLite file";
}

void TestMigrations::foreignSqliteFileIsRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QByteArray, text);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (!text.isEmpty()) {
        QVERIFY(test::writeFile(path, text));
    } else {
        const QString connection = QStringLiteral("foreign-%1").arg(QTest::currentDataTag());
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            c.setDatabaseName(path);
            QVERIFY(c.open());
            for (const QString &statement : std::as_const(statements))
                QVERIFY2(QSqlQuery(c).exec(statement), qPrintable(statement));
        }
        QSqlDatabase::removeDatabase(connection);
    }
    const QByteArray before = test::readFile(path);
    QVERIFY(!before.isEmpty());
    try {
        test::openDatabase(test::sqliteUrl(dir, QStringLiteral("foreign.db")));
        QFAIL("opened another application's file");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        QVERIFY2(error.message().startsWith(path + QStringLiteral(" is not a Stevedore database")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(why), qPrintable(error.message()));
        QVERIFY(!error.message().contains(QLatin1Char('\n')));
    }
    QCOMPARE(test::readFile(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"foreign.db"});
}

void TestMigrations::emptySqliteFileBecomesOurs()
{
    QTemporaryDir dir;
    QVERIFY(test::writeFile(dir.filePath(QStringLiteral("empty.db")), QByteArray()));
    auto db = test::openDatabase(test::sqliteUrl(dir, QStringLiteral("empty.db")));
    QCOMPARE(db->write([](QSqlDatabase &c) { return Migrations::currentVersion(Sql(c)); }).result(),
             Migrations::latestVersion());
}

void TestMigrations::projectsAndFiles()
{
    auto db = test::openDatabase(url());
    const QString hostile = QStringLiteral("x'); DROP TABLE projects; -- \"é\\");
    db->write([hostile](QSqlDatabase &c) {
          Sql sql(c);
          catalog::createProject(sql, QStringLiteral("alpha"));
          catalog::createProject(sql, hostile);
      }).waitForFinished();
    QVERIFY_THROWS_EXCEPTION(DbError, db->write([](QSqlDatabase &c) {
                                            return catalog::createProject(Sql(c),
                                                                          QStringLiteral("alpha"));
                                        }).result());
    db->write([](QSqlDatabase &c) {
          Sql sql(c);
          catalog::ensureProject(sql, QStringLiteral("alpha")); // idempotent
          catalog::renameProject(sql, QStringLiteral("alpha"), QStringLiteral("beta"));
      }).waitForFinished();
    const QList<ProjectInfo> projects
        = db->read([](QSqlDatabase &c) { return catalog::listProjects(Sql(c)); },
                   ReadConsistency::Primary)
              .result();
    QCOMPARE(projects.size(), 2);
    QStringList names;
    for (const ProjectInfo &p : projects)
        names << p.name;
    QVERIFY(names.contains(hostile));
    QVERIFY(names.contains(QStringLiteral("beta")));
    QVERIFY_THROWS_EXCEPTION(DbError, db->read([](QSqlDatabase &c) {
                                            return catalog::projectId(Sql(c),
                                                                      QStringLiteral("alpha"));
                                        }).result());
    const qint64 removed = db->write([hostile](QSqlDatabase &c) {
                                 return catalog::deleteProject(Sql(c), hostile);
                             }).result();
    QCOMPARE(removed, 0);
}

void TestMigrations::filesListingIsOneQuery()
{
    auto db = test::openDatabase(url());
    const int fileCount = 300;
    db->write([fileCount](QSqlDatabase &c) {
          Sql sql(c);
          SqlTransaction t(sql);
          const qint64 project = catalog::createProject(sql, QStringLiteral("many"));
          for (int i = 0; i < fileCount; ++i)
              sql.exec("INSERT INTO files (project_id, name, record_count, byte_size, status, "
                       "created_at) VALUES (?, ?, ?, ?, 'imported', ?)",
                       {project,
                        QStringLiteral("f%1.csv").arg(i, 4, 10, QLatin1Char('0')),
                        i,
                        i * 10,
                        catalog::nowMs()});
          t.commit();
      }).waitForFinished();
    const auto [files, statements]
        = db->read(
                [](QSqlDatabase &c) {
                    Sql sql(c);
                    const qint64 project = catalog::projectId(sql, "many");
                    const quint64 before = Sql::statementCount();
                    QList<FileInfo> list = catalog::listFiles(sql, project);
                    return std::make_pair(list, Sql::statementCount() - before);
                },
                ReadConsistency::Primary)
              .result();
    QCOMPARE(statements, quint64(1)); // no N+1
    QCOMPARE(files.size(), fileCount);
    QCOMPARE(files[7].name, QStringLiteral("f0007.csv"));
    QCOMPARE(files[7].recordCount, 7);
    QCOMPARE(files[7].byteSize, 70);
}

void TestMigrations::idsAreNeverReused()
{
    // A window or script still holding the id of something deleted must not reach whatever
    // is created after it, so the largest id is not handed out again (SQLite reuses it
    // without AUTOINCREMENT; PostgreSQL's identity columns never do).
    auto db = test::openDatabase(url());
    const auto ids = [&db] {
        return db
            ->write([](QSqlDatabase &c) {
                Sql sql(c);
                const qint64 project = catalog::createProject(sql, QStringLiteral("p"));
                const qint64 file
                    = sql.scalar("INSERT INTO files (project_id, name, status, created_at) "
                                 "VALUES (?, 'f.csv', 'imported', 0) RETURNING id",
                                 {project})
                          .toLongLong();
                const qint64 job
                    = sql.scalar("INSERT INTO import_jobs (project_id, file_id, file_name, "
                                 "source_path, sha256, byte_size, status, started_at, "
                                 "updated_at) VALUES (?, ?, 'f.csv', '', '', 0, 'done', 0, "
                                 "0) RETURNING id",
                                 {project, file})
                          .toLongLong();
                return std::tuple(project, file, job);
            })
            .result();
    };
    const auto [project1, file1, job1] = ids();
    // Deleting the project cascades to its file and job: all three ids are free again.
    db->write([](QSqlDatabase &c) {
          catalog::deleteProject(Sql(c), QStringLiteral("p"));
      }).waitForFinished();
    const qint64 left = db->write([](QSqlDatabase &c) {
                              return Sql(c)
                                  .scalar("SELECT (SELECT count(*) FROM files) + "
                                          "(SELECT count(*) FROM import_jobs)")
                                  .toLongLong();
                          }).result();
    QCOMPARE(left, 0);
    const auto [project2, file2, job2] = ids();
    QVERIFY(project2 > project1);
    QVERIFY(file2 > file1);
    QVERIFY(job2 > job1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
