// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/ttlcache.h"
#include "schema/mappingservice.h"
#include "schema/schemaservice.h"

#include <QString>
#include <QVariant>

#include <atomic>
#include <optional>

namespace stevedore {

class Database;
enum class ReadConsistency;

// The schema and mapping services over a Database, with lookups cached in a TtlCache under
// "schema" and "mapping:<fileId>" (CacheScope's keys). Every write made here invalidates what
// it touched before returning, and reads after this object's first write go to the primary,
// so a reader in the same process never sees data older than its own write. With the
// Database's own cache (the one-argument constructor), writes made through the services or
// the catalog in other pool tasks of this process (an import replacing a file, a project
// deleted, SchemaService used directly) invalidate it too; writes made by another process or
// by SQL by hand show after the cache's TTL.
//
// Calls block until the database answers (or the cache does): in the GUI, call them from a
// worker (QtConcurrent::run) and watch the future. Thread-safe. database and cache must
// outlive this object, and database must outlive any stale-while-revalidate refresh the
// cache still runs.
class SchemaStore
{
public:
    using Cache = TtlCache<QVariant>;

    // Uses database.cache(), whose statistics Database::publishMetrics() publishes.
    explicit SchemaStore(Database &database);
    // A cache of one's own (tests, benchmarks); only this object's writes invalidate it.
    SchemaStore(Database &database, Cache &cache);

    Schema schema();
    SchemaDiff applySchema(const QList<SchemaColumn> &desired,
                           std::optional<int> expectVersion = std::nullopt,
                           bool dryRun = false);

    // Throws DbError(NotFound) naming the project or file. Cached in the Database's cache
    // (catalog::fileInfo), which every write through the Database invalidates.
    qint64 fileId(const QString &project, const QString &file);

    FileMapping mapping(qint64 fileId);
    FileMapping saveMapping(qint64 fileId,
                            const QList<MappingEdit> &edits,
                            std::optional<int> expectVersion = std::nullopt);
    AutoMapResult autoMap(qint64 fileId, double threshold, bool dryRun);
    // The cached schema and mapping compiled; for exports.
    MappingPlan plan(qint64 fileId);
    // Reads every record of the file: never cached.
    // sink is called on the pool thread that validates (MappingService::validate).
    ValidationReport validate(qint64 fileId, const FailureSink &sink = {});

    CacheStats cacheStats() const { return m_cache.stats(); }

    static QString mappingKey(qint64 fileId);

private:
    ReadConsistency consistency() const;
    void invalidateAfterWrite(const QString &prefix);
    void mappingWritten(qint64 fileId);

    Database &m_database;
    Cache &m_cache;
    std::atomic<bool> m_wrote{false};
};

} // namespace stevedore
