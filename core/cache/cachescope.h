// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/ttlcache.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace stevedore {

// How a function running inside one of a Database's pool tasks reaches that Database's lookup
// cache (Database::cache()) without being handed it: Database::read() and Database::write()
// install a scope for the task on the pool thread, and catalog functions ask it. Outside any
// scope (a connection of one's own, a test) nothing is cached.
//
// - Read (a read on the primary, or SQLite's readers): lookups are served from the cache and
//   loaded into it on a miss, on the task's own connection.
// - HitsOnly (a read on a replica): fresh entries are served, but nothing a replica returns is
//   stored, since it may lag behind a write that has just invalidated the entry.
// - Write: nothing is served (a write must see its own transaction). When the task ends —
//   after its transaction committed or rolled back, before its caller sees the result — every
//   entry under catalogPrefix and every prefix noted with invalidateAfterWrite() is removed.
//   A write can change any list (record counts, statuses, mapped columns), hence the whole
//   "catalog:" prefix rather than a guess at what the SQL touched.
//
// The cache must have stale-while-revalidate off: a loader here uses the task's connection and
// cannot be run later on another thread.
class CacheScope
{
public:
    using Cache = TtlCache<QVariant>;
    enum class Mode { Read, HitsOnly, Write };

    // cache may be null (caching off); the scope then serves nothing and invalidates nothing.
    CacheScope(Cache *cache, Mode mode);
    ~CacheScope();
    Q_DISABLE_COPY_MOVE(CacheScope)

    // The value of key from the current scope's cache, or load()'s. T must be a QVariant type.
    template<typename T, typename Load>
    static T cached(const QString &key, Load &&load);

    // Inside a write task: removes keys starting with prefix when the task ends (invalidation
    // must follow the commit, or a concurrent read could cache the old rows again). Elsewhere
    // a no-op.
    static void invalidateAfterWrite(const QString &prefix);

    // Keys: "catalog:…" for catalog:: lookups, "schema" and "mapping:<fileId>" for SchemaStore.
    static const QString catalogPrefix;
    static const QString schemaKey;
    static const QString mappingPrefix;
    static QString mappingKey(qint64 fileId) { return mappingPrefix + QString::number(fileId); }

private:
    static CacheScope *current();

    Cache *m_cache;
    Mode m_mode;
    QStringList m_pending;
    CacheScope *m_previous;
};

template<typename T, typename Load>
T CacheScope::cached(const QString &key, Load &&load)
{
    CacheScope *scope = current();
    if (!scope || !scope->m_cache || scope->m_mode == Mode::Write)
        return load();
    if (scope->m_mode == Mode::HitsOnly) {
        if (const std::optional<QVariant> hit = scope->m_cache->get(key))
            return hit->template value<T>();
        return load();
    }
    return scope->m_cache->getOrLoad(key, [&load] { return QVariant::fromValue(load()); })
        .template value<T>();
}

} // namespace stevedore
