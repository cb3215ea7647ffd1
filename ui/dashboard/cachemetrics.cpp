// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "dashboard/cachemetrics.h"

#include "logging/metrics.h"

#include <QStringList>

namespace stevedore {

namespace {

const QString prefix = QStringLiteral("cache.");
const QString ratioSuffix = QStringLiteral(".hit_ratio");

} // namespace

QString cacheHitsMetric(const QString &name)
{
    return prefix + name + QStringLiteral(".hits");
}

QString cacheMissesMetric(const QString &name)
{
    return prefix + name + QStringLiteral(".misses");
}

QString cacheHitRatioMetric(const QString &name)
{
    return prefix + name + ratioSuffix;
}

void publishCacheStats(const QString &name, const CacheStats &stats)
{
    Metrics &metrics = Metrics::instance();
    metrics.setGauge(cacheHitsMetric(name), double(stats.hits));
    metrics.setGauge(cacheMissesMetric(name), double(stats.misses));
    metrics.setGauge(cacheHitRatioMetric(name), stats.hitRatio());
}

QStringList publishedCaches()
{
    QStringList caches;
    for (const QString &metric : Metrics::instance().names()) {
        if (metric.startsWith(prefix) && metric.endsWith(ratioSuffix))
            caches << metric.mid(prefix.size(), metric.size() - prefix.size() - ratioSuffix.size());
    }
    return caches;
}

} // namespace stevedore
