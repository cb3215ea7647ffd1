// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/database.h"
#include "db/sql.h"
#include "import/importer.h"
#include "logging/metrics.h"
#include "schema/schemaservice.h"
#include "schema/schemastore.h"
#include "store/catalog.h"
#include "testsupport.h"

#include <QtTest>

using namespace stevedore;

// The project and file lists through Database's lookup cache: served from it inside reads,
// invalidated by every write through the Database (catalog, services, imports), published to
// the metrics the dashboard reads, and bounded by the TTL for writes of another process.
// tst_catalogcache runs on SQLite, tst_catalogcache_pg on the PostgreSQL cluster (with its
// replica).
class TestCatalogCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listIsServedFromCacheUntilAWrite();
    void projectWritesInvalidate();
    void importAndReplaceInvalidateFiles();
    void mappingSaveUpdatesMappedColumns();
    void serviceWritesBypassingTheStoreInvalidateIt();
    void writeTaskSeesItsOwnTransaction();
    void otherProcessWritesShowAfterTtl();
    void zeroTtlTurnsCachingOff();
    void statisticsReachMetrics();
    void replicaReadsDoNotFillTheCache();

private:
    std::unique_ptr<Database> open(std::chrono::milliseconds ttl = std::chrono::seconds(60));
    QList<ProjectInfo> projects(quint64 *statements = nullptr);
    QList<FileInfo> files(const QString &project, quint64 *statements = nullptr);
    template<typename Fn>
    auto write(Fn fn)
    {
        auto future = m_db->write(std::move(fn));
        if constexpr (std::is_void_v<std::invoke_result_t<Fn &, QSqlDatabase &>>)
            future.waitForFinished();
        else
            return future.result();
    }
    QString csv(const QString &name, const QByteArray &content);
    ImportResult import(const QString &project, const QString &path, bool replace = false);

    DbUrl url() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::EngineScratch> m_scratch;
    std::unique_ptr<Database> m_db;
};

DbUrl TestCatalogCache::url() const
{
    return m_scratch->url();
}

std::unique_ptr<Database> TestCatalogCache::open(std::chrono::milliseconds ttl)
{
    DatabaseOptions options;
    options.primary = url();
    options.cacheTtl = ttl;
    auto database = std::make_unique<Database>(options);
    database->open();
    return database;
}

void TestCatalogCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
    m_db = open();
}

void TestCatalogCache::cleanup()
{
    m_db.reset();
    m_scratch.reset();
    m_dir.reset();
}

// Reads on the primary (SQLite's readers); *statements: SQL statements the read ran.
QList<ProjectInfo> TestCatalogCache::projects(quint64 *statements)
{
    const auto [list, ran] = m_db->read(
                                     [](QSqlDatabase &db) {
                                         const quint64 before = Sql::statementCount();
                                         QList<ProjectInfo> out = catalog::listProjects(Sql(db));
                                         return std::pair(out, Sql::statementCount() - before);
                                     },
                                     ReadConsistency::Primary)
                                 .result();
    if (statements)
        *statements = ran;
    return list;
}

QList<FileInfo> TestCatalogCache::files(const QString &project, quint64 *statements)
{
    const auto [list, ran] = m_db->read(
                                     [project](QSqlDatabase &db) {
                                         const Sql sql(db);
                                         const quint64 before = Sql::statementCount();
                                         QList<FileInfo> out = catalog::listFiles(
                                             sql, catalog::projectId(sql, project));
                                         return std::pair(out, Sql::statementCount() - before);
                                     },
                                     ReadConsistency::Primary)
                                 .result();
    if (statements)
        *statements = ran;
    return list;
}

QString TestCatalogCache::csv(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportResult TestCatalogCache::import(const QString &project, const QString &path, bool replace)
{
    ImportOptions options;
    options.project = project;
    options.path = path;
    options.fileName = QStringLiteral("people.csv");
    options.replace = replace;
    return Importer(*m_db, options).run();
}

static QStringList namesOf(const QList<ProjectInfo> &projects)
{
    QStringList out;
    for (const ProjectInfo &project : projects)
        out << project.name;
    return out;
}

void TestCatalogCache::listIsServedFromCacheUntilAWrite()
{
    write([](QSqlDatabase &db) { catalog::createProject(Sql(db), QStringLiteral("a")); });
    const CacheStats start = m_db->cache().stats();
    quint64 statements = 0;
    QCOMPARE(namesOf(projects(&statements)), QStringList{"a"});
    QVERIFY(statements > 0);
    QCOMPARE(m_db->cache().stats().misses, start.misses + 1);

    QCOMPARE(namesOf(projects(&statements)), QStringList{"a"});
    QCOMPARE(statements, quint64(0)); // a hit: no SQL at all
    QCOMPARE(m_db->cache().stats().hits, start.hits + 1);

    write([](QSqlDatabase &db) { catalog::createProject(Sql(db), QStringLiteral("b")); });
    QCOMPARE(namesOf(projects(&statements)), QStringList({"a", "b"}));
    QVERIFY(statements > 0);
    QCOMPARE(m_db->cache().stats().misses, start.misses + 2);
    QCOMPARE(m_db->cache().stats().hits, start.hits + 1);
}

void TestCatalogCache::projectWritesInvalidate()
{
    write([](QSqlDatabase &db) { catalog::createProject(Sql(db), QStringLiteral("old")); });
    QCOMPARE(files(QStringLiteral("old")).size(), 0); // caches the project id and the list
    write([](QSqlDatabase &db) {
        catalog::renameProject(Sql(db), QStringLiteral("old"), QStringLiteral("new"));
    });
    QCOMPARE(namesOf(projects()), QStringList{"new"});
    QVERIFY_THROWS_EXCEPTION(DbError, files(QStringLiteral("old")));
    QCOMPARE(files(QStringLiteral("new")).size(), 0);
    write([](QSqlDatabase &db) { catalog::deleteProject(Sql(db), QStringLiteral("new")); });
    QCOMPARE(projects().size(), 0);
    QVERIFY_THROWS_EXCEPTION(DbError, files(QStringLiteral("new")));
}

void TestCatalogCache::importAndReplaceInvalidateFiles()
{
    write([](QSqlDatabase &db) { catalog::createProject(Sql(db), QStringLiteral("p")); });
    QCOMPARE(files(QStringLiteral("p")).size(), 0);
    QCOMPARE(projects().value(0).fileCount, 0);

    const ImportResult first = import(QStringLiteral("p"), csv("one.csv", "name,age\nann,3\n"));
    QCOMPARE(first.outcome, ImportResult::Outcome::Imported);
    QList<FileInfo> list = files(QStringLiteral("p"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].recordCount, 1);
    QCOMPARE(list[0].status, QStringLiteral("imported"));
    QCOMPARE(projects().value(0).recordCount, 1);

    const ImportResult second
        = import(QStringLiteral("p"), csv("two.csv", "name,age\nbob,4\ncy,5\n"), true);
    QCOMPARE(second.outcome, ImportResult::Outcome::Imported);
    list = files(QStringLiteral("p"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].recordCount, 2);
    QCOMPARE(projects().value(0).recordCount, 2);
}

void TestCatalogCache::mappingSaveUpdatesMappedColumns()
{
    write([](QSqlDatabase &db) { catalog::createProject(Sql(db), QStringLiteral("p")); });
    QCOMPARE(import(QStringLiteral("p"), csv("one.csv", "name,age\nann,3\n")).outcome,
             ImportResult::Outcome::Imported);
    SchemaStore store(*m_db);
    SchemaColumn name;
    name.name = QStringLiteral("name");
    store.applySchema({name});
    QCOMPARE(files(QStringLiteral("p")).value(0).mappedColumns, 0);
    const qint64 fileId = store.fileId(QStringLiteral("p"), QStringLiteral("people.csv"));
    QCOMPARE(store.mapping(fileId).columns.value(0).schemaColumnId, qint64(0));

    store.saveMapping(fileId, {{QStringLiteral("name"), 0, QStringLiteral("name"), {}, {}}});
    QCOMPARE(files(QStringLiteral("p")).value(0).mappedColumns, 1);
    QVERIFY(store.mapping(fileId).columns.value(0).isMapped());

    // A replacing import drops the file's mapping: the store's cached mapping goes too.
    QCOMPARE(import(QStringLiteral("p"), csv("two.csv", "name,age\nbob,4\n"), true).outcome,
             ImportResult::Outcome::Imported);
    QCOMPARE(files(QStringLiteral("p")).value(0).mappedColumns, 0);
    QVERIFY(!store.mapping(fileId).columns.value(0).isMapped());
}

// The GUI editors write through SchemaService/MappingService in their own tasks: a
// SchemaStore on the same Database must not keep serving what they replaced.
void TestCatalogCache::serviceWritesBypassingTheStoreInvalidateIt()
{
    SchemaStore store(*m_db);
    QCOMPARE(store.schema().columns.size(), 0);
    const CacheStats before = m_db->cache().stats();
    QCOMPARE(store.schema().columns.size(), 0);
    QCOMPARE(m_db->cache().stats().hits, before.hits + 1);

    write([](QSqlDatabase &db) {
        SchemaColumn column;
        column.name = QStringLiteral("direct");
        SchemaService(Sql(db)).apply({column});
    });
    const Schema after = store.schema();
    QCOMPARE(after.columns.size(), 1);
    QCOMPARE(after.columns[0].name, QStringLiteral("direct"));
}

void TestCatalogCache::writeTaskSeesItsOwnTransaction()
{
    QCOMPARE(projects().size(), 0); // cached: empty
    const QList<ProjectInfo> inside = write([](QSqlDatabase &db) {
        const Sql sql(db);
        SqlTransaction transaction(sql);
        catalog::createProject(sql, QStringLiteral("x"));
        QList<ProjectInfo> out = catalog::listProjects(sql);
        transaction.commit();
        return out;
    });
    QCOMPARE(namesOf(inside), QStringList{"x"});
    QCOMPARE(namesOf(projects()), QStringList{"x"});
}

// A second Database stands in for another process: its writes do not reach this cache, so
// they show once the entry expires.
void TestCatalogCache::otherProcessWritesShowAfterTtl()
{
    m_db = open(std::chrono::milliseconds(1500));
    QCOMPARE(projects().size(), 0);
    auto other = open();
    other->write([](QSqlDatabase &db) { catalog::createProject(Sql(db), QStringLiteral("o")); })
        .waitForFinished();
    QCOMPARE(projects().size(), 0); // still the cached list, for at most the TTL
    QTRY_COMPARE_WITH_TIMEOUT(projects().size(), 1, 10000);
}

void TestCatalogCache::zeroTtlTurnsCachingOff()
{
    m_db = open(std::chrono::milliseconds(0));
    quint64 statements = 0;
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(projects(&statements).size(), 0);
        QVERIFY(statements > 0);
    }
    QCOMPARE(m_db->cache().stats().hits, quint64(0));
    QCOMPARE(m_db->cache().size(), 0);
}

void TestCatalogCache::statisticsReachMetrics()
{
    projects();
    projects();
    projects();
    m_db->publishMetrics();
    const CacheStats stats = m_db->cache().stats();
    QVERIFY(stats.hits >= 2);
    const Metrics &metrics = Metrics::instance();
    QCOMPARE(metrics.value(QStringLiteral("cache.lookups.hits")), double(stats.hits));
    QCOMPARE(metrics.value(QStringLiteral("cache.lookups.misses")), double(stats.misses));
    QCOMPARE(metrics.value(QStringLiteral("cache.lookups.hit_ratio")), stats.hitRatio());
    QCOMPARE(metrics.value(QStringLiteral("cache.lookups.loads")), double(stats.loads));
    QVERIFY(metrics.names().contains(QStringLiteral("cache.lookups.evictions")));
}

// A replica may lag behind a write that has just invalidated an entry: what it returns is
// served but never stored; fresh entries loaded from the primary are served to replica reads.
void TestCatalogCache::replicaReadsDoNotFillTheCache()
{
#ifndef STEVEDORE_TEST_PG
    QSKIP("PostgreSQL only (tst_catalogcache_pg)");
#else
    DatabaseOptions options;
    options.primary = url();
    options.replicas = {m_scratch->pg()->replica()};
    options.cacheTtl = std::chrono::seconds(60);
    m_db = std::make_unique<Database>(options);
    m_db->open();
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_db->replicaStatus().isEmpty() && m_db->replicaStatus().first().usable, 20000);
    const auto onReplica = [this] {
        return m_db
            ->read([](QSqlDatabase &db) { return catalog::listProjects(Sql(db)).size(); },
                   ReadConsistency::AllowReplica)
            .result();
    };
    // The replica has replayed the migrations once a read there succeeds.
    const auto replicaAnswers = [&onReplica] {
        try {
            return onReplica() == 0;
        } catch (const DbError &) {
            return false;
        }
    };
    QTRY_VERIFY_WITH_TIMEOUT(replicaAnswers(), 20000);
    QCOMPARE(m_db->cache().size(), 0); // not stored
    QCOMPARE(projects().size(), 0);    // the primary's answer is
    QCOMPARE(m_db->cache().size(), 1);
    const quint64 hits = m_db->cache().stats().hits;
    QCOMPARE(onReplica(), 0);
    QCOMPARE(m_db->cache().stats().hits, hits + 1);
#endif
}

QTEST_GUILESS_MAIN(TestCatalogCache)
#include "tst_catalogcache.moc"
