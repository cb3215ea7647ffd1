// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cache/cachescope.h"

namespace stevedore {

namespace {

thread_local CacheScope *currentScope = nullptr;

} // namespace

const QString CacheScope::catalogPrefix = QStringLiteral("catalog:");
const QString CacheScope::schemaKey = QStringLiteral("schema");
const QString CacheScope::mappingPrefix = QStringLiteral("mapping:");

CacheScope::CacheScope(Cache *cache, Mode mode)
    : m_cache(cache)
    , m_mode(mode)
    , m_previous(currentScope)
{
    currentScope = this;
}

CacheScope::~CacheScope()
{
    currentScope = m_previous;
    if (!m_cache || m_mode != Mode::Write)
        return;
    m_cache->invalidatePrefix(catalogPrefix);
    for (const QString &prefix : std::as_const(m_pending))
        m_cache->invalidatePrefix(prefix);
}

CacheScope *CacheScope::current()
{
    return currentScope;
}

void CacheScope::invalidateAfterWrite(const QString &prefix)
{
    if (currentScope && currentScope->m_mode == Mode::Write)
        currentScope->m_pending << prefix;
}

} // namespace stevedore
