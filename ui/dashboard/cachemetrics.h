// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/ttlcache.h"

#include <QString>

namespace stevedore {

// The names under which a cache's statistics are published to Metrics::instance(); the
// dashboard reads these. <name> is TtlCacheOptions::name.
QString cacheHitsMetric(const QString &name);     // "cache.<name>.hits"
QString cacheMissesMetric(const QString &name);   // "cache.<name>.misses"
QString cacheHitRatioMetric(const QString &name); // "cache.<name>.hit_ratio", 0..1

// Sets the three gauges from a snapshot of the cache's counters (TtlCache::stats()); call it
// from the timer that samples the metrics. Thread-safe.
void publishCacheStats(const QString &name, const CacheStats &stats);

// The cache names that have published statistics so far, sorted.
QStringList publishedCaches();

} // namespace stevedore
