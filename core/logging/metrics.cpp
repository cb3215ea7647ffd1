// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "logging/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace stevedore {

struct Metrics::Slot
{
    std::atomic<double> value = 0;
    std::vector<MetricSample> history; // ring, guarded by Metrics::m_historyMutex
    std::size_t head = 0;              // oldest sample once the ring is full
};

Metrics &Metrics::instance()
{
    static Metrics metrics;
    return metrics;
}

Metrics::Metrics() = default;
Metrics::~Metrics() = default;

const Metrics::Slot *Metrics::find(const QString &name) const
{
    std::shared_lock lock(m_mutex);
    const auto it = m_slots.find(name);
    return it == m_slots.end() ? nullptr : it->second.get();
}

Metrics::Slot &Metrics::slot(const QString &name)
{
    if (const Slot *existing = find(name))
        return const_cast<Slot &>(*existing);
    std::unique_lock lock(m_mutex);
    auto &entry = m_slots[name];
    if (!entry)
        entry = std::make_unique<Slot>();
    return *entry;
}

MetricHandle Metrics::handle(const QString &name)
{
    return MetricHandle(&slot(name).value);
}

void Metrics::setGauge(const QString &name, double value)
{
    slot(name).value.store(value, std::memory_order_relaxed);
}

void Metrics::addCounter(const QString &name, double delta)
{
    slot(name).value.fetch_add(delta, std::memory_order_relaxed);
}

double Metrics::value(const QString &name) const
{
    const Slot *s = find(name);
    return s ? s->value.load(std::memory_order_relaxed) : 0.0;
}

QList<MetricSample> Metrics::history(const QString &name, const QDateTime &since) const
{
    const Slot *s = find(name);
    if (!s)
        return {};
    const qint64 from
        = since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    std::lock_guard lock(m_historyMutex);
    QList<MetricSample> result;
    result.reserve(qsizetype(s->history.size()));
    for (std::size_t i = 0; i < s->history.size(); ++i) {
        const MetricSample &sample = s->history[(s->head + i) % s->history.size()];
        if (sample.msecsSinceEpoch >= from)
            result.append(sample);
    }
    return result;
}

QStringList Metrics::names() const
{
    QStringList result;
    {
        std::shared_lock lock(m_mutex);
        result.reserve(qsizetype(m_slots.size()));
        for (const auto &entry : m_slots)
            result.append(entry.first);
    }
    result.sort();
    return result;
}

void Metrics::sample()
{
    sample(QDateTime::currentMSecsSinceEpoch());
}

void Metrics::sample(qint64 msecsSinceEpoch)
{
    std::shared_lock lock(m_mutex);
    std::lock_guard historyLock(m_historyMutex);
    for (const auto &entry : m_slots) {
        Slot &s = *entry.second;
        const MetricSample sample{msecsSinceEpoch, s.value.load(std::memory_order_relaxed)};
        if (qsizetype(s.history.size()) < historyCapacity) {
            s.history.push_back(sample);
        } else {
            s.history[s.head] = sample;
            s.head = (s.head + 1) % s.history.size();
        }
    }
}

void Metrics::reset()
{
    std::shared_lock lock(m_mutex);
    std::lock_guard historyLock(m_historyMutex);
    for (const auto &entry : m_slots) {
        entry.second->value.store(0, std::memory_order_relaxed);
        entry.second->history.clear();
        entry.second->head = 0;
    }
}

LatencyHistogram::LatencyHistogram()
{
    reset();
}

int LatencyHistogram::bucketFor(double micros)
{
    if (!(micros >= minMicros)) // also catches NaN
        return 0;
    if (micros >= maxMicros)
        return bucketCount - 1;
    static const double logGrowth = std::log(growth);
    const int bucket = 1 + int(std::log(micros / minMicros) / logGrowth);
    return std::min(bucket, bucketCount - 2);
}

double LatencyHistogram::bucketValue(int bucket)
{
    // Geometric middle of [min * growth^(b-1), min * growth^b).
    return minMicros * std::pow(growth, double(bucket - 1) + 0.5);
}

void LatencyHistogram::record(double micros)
{
    m_buckets[std::size_t(bucketFor(micros))].fetch_add(1, std::memory_order_relaxed);
    m_count.fetch_add(1, std::memory_order_relaxed);
    double current = m_min.load(std::memory_order_relaxed);
    while (micros < current && !m_min.compare_exchange_weak(current, micros))
        ;
    current = m_max.load(std::memory_order_relaxed);
    while (micros > current && !m_max.compare_exchange_weak(current, micros))
        ;
}

double LatencyHistogram::percentile(double p) const
{
    std::array<quint64, bucketCount> counts;
    quint64 total = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        counts[i] = m_buckets[i].load(std::memory_order_relaxed);
        total += counts[i];
    }
    if (total == 0)
        return 0;
    const double fraction = std::clamp(p, 0.0, 100.0) / 100.0;
    const quint64 rank = std::max<quint64>(1, quint64(std::ceil(fraction * double(total))));
    const double low = m_min.load(std::memory_order_relaxed);
    const double high = m_max.load(std::memory_order_relaxed);
    if (low <= high && rank == 1)
        return low;
    if (low <= high && rank == total)
        return high;
    quint64 seen = 0;
    for (int bucket = 0; bucket < bucketCount; ++bucket) {
        seen += counts[std::size_t(bucket)];
        if (seen < rank)
            continue;
        const double estimate = bucket == 0                 ? low
                                : bucket == bucketCount - 1 ? high
                                                            : bucketValue(bucket);
        // min/max lag the buckets while record() runs on another thread.
        return low <= high ? std::clamp(estimate, low, high) : bucketValue(bucket);
    }
    return high;
}

void LatencyHistogram::reset()
{
    for (auto &bucket : m_buckets)
        bucket.store(0, std::memory_order_relaxed);
    m_count.store(0, std::memory_order_relaxed);
    m_min.store(std::numeric_limits<double>::infinity(), std::memory_order_relaxed);
    m_max.store(-std::numeric_limits<double>::infinity(), std::memory_order_relaxed);
}

} // namespace stevedore
