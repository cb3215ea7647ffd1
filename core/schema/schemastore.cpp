// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/schemastore.h"

#include "db/database.h"
#include "db/sql.h"
#include "store/catalog.h"

namespace stevedore {

namespace {

const QString &schemaKey = CacheScope::schemaKey;
const QString &mappingPrefix = CacheScope::mappingPrefix;

} // namespace

SchemaStore::SchemaStore(Database &database)
    : SchemaStore(database, database.cache())
{}

SchemaStore::SchemaStore(Database &database, Cache &cache)
    : m_database(database)
    , m_cache(cache)
{}

QString SchemaStore::mappingKey(qint64 fileId)
{
    return CacheScope::mappingKey(fileId);
}

ReadConsistency SchemaStore::consistency() const
{
    return m_wrote.load() ? ReadConsistency::Primary : ReadConsistency::AllowReplica;
}

void SchemaStore::invalidateAfterWrite(const QString &prefix)
{
    // The flag first: a load that starts after the invalidation must read the primary, or a
    // lagging replica could put the old value straight back.
    m_wrote.store(true);
    m_cache.invalidatePrefix(prefix);
}

// The loaders capture by value: with stale-while-revalidate the cache may run them later, on
// its own thread.
static QVariant loadSchema(Database *database, ReadConsistency consistency)
{
    const auto load = [](QSqlDatabase &db) {
        return SchemaService(Sql(db)).load();
    };
    return QVariant::fromValue(database->read(load, consistency).result());
}

static QVariant loadMapping(Database *database, ReadConsistency consistency, qint64 fileId)
{
    const auto load = [fileId](QSqlDatabase &db) {
        return MappingService(Sql(db)).load(fileId);
    };
    return QVariant::fromValue(database->read(load, consistency).result());
}

void SchemaStore::mappingWritten(qint64 fileId)
{
    // The exact key: "mapping:1" as a prefix would also drop "mapping:12".
    m_wrote.store(true);
    m_cache.invalidate(mappingKey(fileId));
}

Schema SchemaStore::schema()
{
    Database *database = &m_database;
    const ReadConsistency read = consistency();
    return m_cache.getOrLoad(schemaKey, [database, read] { return loadSchema(database, read); })
        .value<Schema>();
}

SchemaDiff SchemaStore::applySchema(const QList<SchemaColumn> &desired,
                                    std::optional<int> expectVersion,
                                    bool dryRun)
{
    const auto apply = [desired, expectVersion, dryRun](QSqlDatabase &db) {
        const Sql sql(db);
        return SchemaService(sql).apply(desired, expectVersion, dryRun);
    };
    const SchemaDiff diff = m_database.write(apply).result();
    if (diff.toVersion != diff.fromVersion) {
        // Mappings carry schema column names and lose removed columns.
        invalidateAfterWrite(schemaKey);
        invalidateAfterWrite(mappingPrefix);
    }
    return diff;
}

qint64 SchemaStore::fileId(const QString &project, const QString &file)
{
    const auto find = [project, file](QSqlDatabase &db) {
        const Sql sql(db);
        return catalog::fileInfo(sql, catalog::projectId(sql, project), file).id;
    };
    return m_database.read(find, consistency()).result();
}

FileMapping SchemaStore::mapping(qint64 fileId)
{
    Database *database = &m_database;
    const ReadConsistency read = consistency();
    return m_cache
        .getOrLoad(mappingKey(fileId),
                   [database, read, fileId] { return loadMapping(database, read, fileId); })
        .value<FileMapping>();
}

FileMapping SchemaStore::saveMapping(qint64 fileId,
                                     const QList<MappingEdit> &edits,
                                     std::optional<int> expectVersion)
{
    const auto save = [fileId, edits, expectVersion](QSqlDatabase &db) {
        const Sql sql(db);
        return MappingService(sql).save(fileId, edits, expectVersion);
    };
    const FileMapping saved = m_database.write(save).result();
    mappingWritten(fileId);
    return saved;
}

AutoMapResult SchemaStore::autoMap(qint64 fileId, double threshold, bool dryRun)
{
    const auto autoMap = [fileId, threshold, dryRun](QSqlDatabase &db) {
        const Sql sql(db);
        return MappingService(sql).autoMap(fileId, threshold, dryRun);
    };
    const AutoMapResult result = m_database.write(autoMap).result();
    if (!dryRun && result.applied > 0)
        mappingWritten(fileId);
    return result;
}

MappingPlan SchemaStore::plan(qint64 fileId)
{
    return MappingService::plan(schema(), mapping(fileId));
}

ValidationReport SchemaStore::validate(qint64 fileId, const FailureSink &sink)
{
    return m_database
        .read(
            [fileId, sink](QSqlDatabase &db) {
                const Sql sql(db);
                return MappingService(sql).validate(fileId, sink);
            },
            consistency())
        .result();
}

} // namespace stevedore
