// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

namespace stevedore {

struct MetricSample
{
    qint64 msecsSinceEpoch = 0;
    double value = 0;
};

// A cached reference to one metric's current value, for callers too hot for a name lookup.
// Valid for the lifetime of the Metrics object that issued it (reset() keeps it valid).
class MetricHandle
{
public:
    MetricHandle() = default;
    bool isValid() const { return m_value != nullptr; }
    void add(double delta = 1) const { m_value->fetch_add(delta, std::memory_order_relaxed); }
    void set(double value) const { m_value->store(value, std::memory_order_relaxed); }
    double value() const { return m_value->load(std::memory_order_relaxed); }

private:
    friend class Metrics;
    explicit MetricHandle(std::atomic<double> *value)
        : m_value(value)
    {}
    std::atomic<double> *m_value = nullptr;
};

// Process-wide registry of named gauges and counters: the pool, cache and importer publish,
// the GUI reads. All members are thread-safe. Updating an existing metric takes a shared lock
// and one atomic operation; the first update of a name takes the exclusive lock to create it.
// A metric is never removed, so handles and names stay valid.
class Metrics
{
public:
    // 15 minutes at 2 Hz; older samples are overwritten.
    static constexpr qsizetype historyCapacity = 1800;

    static Metrics &instance();
    Metrics();
    ~Metrics();
    Metrics(const Metrics &) = delete;
    Metrics &operator=(const Metrics &) = delete;

    MetricHandle handle(const QString &name); // creates the metric at 0 if missing
    void setGauge(const QString &name, double value);
    void addCounter(const QString &name, double delta = 1);
    double value(const QString &name) const; // 0 for an unknown name
    // Oldest first; only samples taken at or after since when it is valid.
    QList<MetricSample> history(const QString &name, const QDateTime &since = {}) const;
    QStringList names() const; // sorted
    // Appends every metric's current value to its history, stamped now (or at the given time).
    // Meant to be driven by a 2 Hz timer.
    void sample();
    void sample(qint64 msecsSinceEpoch);
    // Sets every value to 0 and clears the histories; names and handles stay.
    void reset();

private:
    struct Slot;
    Slot &slot(const QString &name);
    const Slot *find(const QString &name) const;

    mutable std::shared_mutex m_mutex; // guards m_slots (the map, not the values)
    std::unordered_map<QString, std::unique_ptr<Slot>> m_slots;
    mutable std::mutex m_historyMutex; // guards every Slot's history
};

// Latency distribution in microseconds, lock-free. Buckets grow geometrically by 3 % from 1 us
// to 60 s, so a percentile is within 1.5 % of the exact nearest-rank value (values outside that
// range are reported as the recorded minimum or maximum). Reading concurrently with record()
// gives a consistent-enough snapshot, not an atomic one.
class LatencyHistogram
{
public:
    static constexpr double minMicros = 1.0;
    static constexpr double maxMicros = 60e6;
    static constexpr double growth = 1.03;
    static constexpr double relativeError = 0.015; // sqrt(growth) - 1, rounded up

    LatencyHistogram();
    void record(double micros);
    // Nearest-rank percentile, p in [0, 100]; 0 when nothing was recorded.
    double percentile(double p) const;
    quint64 count() const { return m_count.load(std::memory_order_relaxed); }
    void reset();

private:
    // Bucket 0 below minMicros, then geometric buckets, the last one at or above maxMicros.
    static constexpr int bucketCount = 609;
    static int bucketFor(double micros);
    static double bucketValue(int bucket);

    std::array<std::atomic<quint64>, bucketCount> m_buckets;
    std::atomic<quint64> m_count = 0;
    std::atomic<double> m_min;
    std::atomic<double> m_max;
};

} // namespace stevedore
