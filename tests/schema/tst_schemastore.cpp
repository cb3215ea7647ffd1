// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/schemastore.h"
#include "schemafixture.h"

#include <QtTest>

#include <atomic>
#include <chrono>

using namespace stevedore;
using namespace std::chrono_literals;

// The cached façade: lookups served from the cache, and never older than the caller's own
// writes.
class TestSchemaStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void schemaIsCachedUntilWrittenOrExpired();
    void mappingIsCachedPerFile();
    void schemaChangesReachCachedMappings();
    void dryRunsInvalidateNothing();
    void planAndValidate();

private:
    void sneakyDescription(const QString &text); // a write that bypasses the store
    QString col(const char *base) const { return m_fixture.name(QString::fromUtf8(base)); }

    test::SchemaFixture m_fixture;
    std::atomic<qint64> m_nowMs{0};
    std::unique_ptr<SchemaStore::Cache> m_cache;
    std::unique_ptr<SchemaStore> m_store;
};

void TestSchemaStore::initTestCase()
{
    QVERIFY(m_fixture.setUpCase());
}

void TestSchemaStore::init()
{
    m_fixture.setUp();
    m_fixture.applyMine({m_fixture.column(QStringLiteral("email"), ColumnType::Email),
                         m_fixture.column(QStringLiteral("age"), ColumnType::Integer)});
    TtlCacheOptions options;
    options.name = QStringLiteral("schema");
    options.defaultTtl = 60s;
    options.clock = [this] {
        return std::chrono::steady_clock::time_point(std::chrono::milliseconds(m_nowMs.load()));
    };
    m_cache = std::make_unique<SchemaStore::Cache>(options);
    m_store = std::make_unique<SchemaStore>(m_fixture.database(), *m_cache);
}

void TestSchemaStore::cleanup()
{
    m_store.reset();
    m_cache.reset();
    m_fixture.tearDown();
}

void TestSchemaStore::sneakyDescription(const QString &text)
{
    m_fixture.write([text](QSqlDatabase &db) {
        Sql(db).exec(QStringLiteral("UPDATE schema_columns SET description = ?"), {text});
    });
}

void TestSchemaStore::schemaIsCachedUntilWrittenOrExpired()
{
    const Schema first = m_store->schema();
    QCOMPARE(m_store->schema().version, first.version);
    QCOMPARE(m_store->cacheStats().misses, 1u);
    QCOMPARE(m_store->cacheStats().hits, 1u);

    sneakyDescription(QStringLiteral("behind the cache's back"));
    QCOMPARE(m_store->schema().columns.first().description, QString()); // still cached

    // A write through the store is visible to the very next read.
    QList<SchemaColumn> columns = m_fixture.mine(); // as stored, sneaky description included
    columns << m_fixture.column(QStringLiteral("added"));
    const SchemaDiff diff = m_store->applySchema(m_fixture.withOthers(columns), first.version);
    const Schema after = m_store->schema();
    QCOMPARE(after.version, diff.toVersion);
    QCOMPARE(m_fixture.mine(after).size(), 3);
    QCOMPARE(after.columns.first().description, QStringLiteral("behind the cache's back"));

    // Writes elsewhere show once the entry expires.
    sneakyDescription(QStringLiteral("later"));
    QCOMPARE(m_store->schema().columns.first().description,
             QStringLiteral("behind the cache's back"));
    m_nowMs += 61000;
    QCOMPARE(m_store->schema().columns.first().description, QStringLiteral("later"));
}

void TestSchemaStore::mappingIsCachedPerFile()
{
    const qint64 one
        = m_fixture.createFile(QStringLiteral("one.csv"), {QStringLiteral("Mail")}, {});
    const qint64 two
        = m_fixture.createFile(QStringLiteral("two.csv"), {QStringLiteral("Years")}, {});
    QVERIFY(!m_store->mapping(one).columns[0].isMapped());
    QVERIFY(!m_store->mapping(two).columns[0].isMapped());
    const CacheStats before = m_store->cacheStats();

    const FileMapping saved
        = m_store->saveMapping(one, {{QStringLiteral("Mail"), 0, col("email"), {}, {}}});
    QCOMPARE(saved.version, 1);
    QCOMPARE(m_store->mapping(one).columns[0].schemaColumn, col("email"));
    QCOMPARE(m_store->mapping(one).version, 1);
    // two.csv's entry was left alone: served from the cache.
    QVERIFY(!m_store->mapping(two).columns[0].isMapped());
    const CacheStats after = m_store->cacheStats();
    QCOMPARE(after.misses - before.misses, 1u);
    QCOMPARE(after.hits - before.hits, 2u);

    // Auto-mapping is a write as well (the file column "Years" is no match for anything).
    const qint64 three = m_fixture.createFile(QStringLiteral("three.csv"), {col("age")}, {});
    QVERIFY(!m_store->mapping(three).columns[0].isMapped());
    QCOMPARE(m_store->autoMap(three, 0.8, false).applied, 1);
    QCOMPARE(m_store->mapping(three).columns[0].schemaColumn, col("age"));
}

void TestSchemaStore::schemaChangesReachCachedMappings()
{
    const qint64 file = m_fixture.createFile(QStringLiteral("f.csv"), {QStringLiteral("Mail")}, {});
    m_store->saveMapping(file, {{QStringLiteral("Mail"), 0, col("email"), {}, {}}});
    QCOMPARE(m_store->mapping(file).columns[0].schemaColumn, col("email"));

    QList<SchemaColumn> columns = m_fixture.mine(m_store->schema());
    columns[0].name = col("mail_address");
    m_store->applySchema(m_fixture.withOthers(columns));
    QCOMPARE(m_store->mapping(file).columns[0].schemaColumn, col("mail_address"));

    columns.removeFirst();
    m_store->applySchema(m_fixture.withOthers(columns));
    const FileMapping mapping = m_store->mapping(file);
    QVERIFY(!mapping.columns[0].isMapped());
    QCOMPARE(mapping.version, 2);
}

void TestSchemaStore::dryRunsInvalidateNothing()
{
    const qint64 file = m_fixture.createFile(QStringLiteral("f.csv"), {col("email")}, {});
    m_store->schema();
    m_store->mapping(file);
    const CacheStats before = m_store->cacheStats();
    m_store->applySchema(m_fixture.withOthers({}), std::nullopt, true);
    m_store->autoMap(file, 0.8, true);
    m_store->schema();
    m_store->mapping(file);
    const CacheStats after = m_store->cacheStats();
    QCOMPARE(after.misses, before.misses);
    QCOMPARE(after.hits - before.hits, 2u);
}

void TestSchemaStore::planAndValidate()
{
    const qint64 file
        = m_fixture.createFile(QStringLiteral("f.csv"),
                               {QStringLiteral("Age"), QStringLiteral("Mail")},
                               {{QStringLiteral("1"), QStringLiteral("a@b.example")},
                                {QStringLiteral("x"), QStringLiteral("a@b.example")}});
    m_store->saveMapping(file,
                         {{QStringLiteral("Age"), 0, col("age"), {}, {}},
                          {QStringLiteral("Mail"), 0, col("email"), {}, {}}});
    const MappingPlan plan = m_store->plan(file);
    QCOMPARE(plan.columns.size(), m_store->schema().columns.size());
    const ValidationReport report = m_store->validate(file);
    QCOMPARE(report.records, 2);
    QCOMPARE(report.invalidValues(), 1);
    QCOMPARE(report.columns.size(), 2); // in schema order: email, age
    QCOMPARE(report.columns[1].schemaColumn, col("age"));
    QCOMPARE(report.columns[1].examples.value(0).value, QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestSchemaStore)
#include "tst_schemastore.moc"
