// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "benchrunner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace stevedore::bench {

Stats Stats::of(QList<double> samples)
{
    Stats stats;
    stats.count = int(samples.size());
    if (samples.isEmpty())
        return stats;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    stats.median = n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    stats.min = samples.first();
    stats.max = samples.last();
    return stats;
}

QJsonObject Stats::toJson() const
{
    return {{QStringLiteral("median"), median},
            {QStringLiteral("min"), min},
            {QStringLiteral("max"), max},
            {QStringLiteral("n"), count}};
}

Stats Stats::fromJson(const QJsonObject &object)
{
    Stats stats;
    stats.median = object.value(QStringLiteral("median")).toDouble();
    stats.min = object.value(QStringLiteral("min")).toDouble();
    stats.max = object.value(QStringLiteral("max")).toDouble();
    stats.count = object.value(QStringLiteral("n")).toInt(1);
    return stats;
}

void BenchResult::computeRatio()
{
    ratio.reset();
    if (!baseline)
        return;
    const double numerator = higherIsBetter ? optimized.median : baseline->median;
    const double divisor = higherIsBetter ? baseline->median : optimized.median;
    if (divisor > 0)
        ratio = numerator / divisor;
}

QJsonObject BenchResult::toJson() const
{
    QJsonObject object{
        {QStringLiteral("name"), name},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("title"), title},
        {QStringLiteral("baseline"), baseline ? QJsonValue(baseline->toJson()) : QJsonValue()},
        {QStringLiteral("optimized"), optimized.toJson()},
        {QStringLiteral("ratio"), ratio ? QJsonValue(*ratio) : QJsonValue()},
        {QStringLiteral("higher_is_better"), higherIsBetter}};
    if (!extra.isEmpty())
        object.insert(QStringLiteral("extra"), extra);
    return object;
}

BenchResult BenchResult::fromJson(const QJsonObject &object)
{
    BenchResult result;
    result.name = object.value(QStringLiteral("name")).toString();
    result.unit = object.value(QStringLiteral("unit")).toString();
    result.title = object.value(QStringLiteral("title")).toString();
    if (object.value(QStringLiteral("baseline")).isObject())
        result.baseline = Stats::fromJson(object.value(QStringLiteral("baseline")).toObject());
    result.optimized = Stats::fromJson(object.value(QStringLiteral("optimized")).toObject());
    result.higherIsBetter = object.value(QStringLiteral("higher_is_better")).toBool();
    result.computeRatio();
    result.extra = object.value(QStringLiteral("extra")).toObject();
    return result;
}

namespace {
// Lock-free, so that a signal handler may set it.
std::atomic<bool> cancelFlag{false};
static_assert(std::atomic<bool>::is_always_lock_free);
} // namespace

void requestCancel() noexcept
{
    cancelFlag.store(true, std::memory_order_relaxed);
}

void resetCancel() noexcept
{
    cancelFlag.store(false, std::memory_order_relaxed);
}

bool cancelRequested() noexcept
{
    return cancelFlag.load(std::memory_order_relaxed);
}

void throwIfCancelled()
{
    if (cancelRequested())
        throw BenchCancelled();
}

QList<QList<double>> alternate(const QList<std::function<double()>> &variants,
                               int rounds,
                               int warmups,
                               const std::function<void(int)> &afterEach)
{
    QList<QList<double>> samples(variants.size());
    for (int round = -warmups; round < rounds; ++round) {
        for (int v = 0; v < variants.size(); ++v) {
            throwIfCancelled();
            const double sample = variants[v]();
            if (afterEach)
                afterEach(v);
            if (round >= 0)
                samples[v] << sample;
        }
    }
    return samples;
}

BenchResult makeResult(const QString &name,
                       const QString &unit,
                       const QString &title,
                       const QList<double> &baseline,
                       const QList<double> &optimized,
                       bool higherIsBetter)
{
    BenchResult result;
    result.name = name;
    result.unit = unit;
    result.title = title;
    result.baseline = Stats::of(baseline);
    result.optimized = Stats::of(optimized);
    result.higherIsBetter = higherIsBetter;
    result.computeRatio();
    return result;
}

BenchResult makeMeasurement(const QString &name,
                            const QString &unit,
                            const QString &title,
                            const QList<double> &samples,
                            bool higherIsBetter)
{
    BenchResult result;
    result.name = name;
    result.unit = unit;
    result.title = title;
    result.optimized = Stats::of(samples);
    result.higherIsBetter = higherIsBetter;
    return result;
}

QByteArray resultsJson(const QJsonObject &env, const QList<BenchResult> &results)
{
    QJsonArray rows;
    for (const BenchResult &result : results)
        rows.append(result.toJson());
    return QJsonDocument(
               QJsonObject{{QStringLiteral("env"), env}, {QStringLiteral("results"), rows}})
        .toJson(QJsonDocument::Indented);
}

std::optional<QList<BenchResult>>
readResults(const QByteArray &json, QJsonObject *env, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue rows = document.object().value(QStringLiteral("results"));
    if (parseError.error != QJsonParseError::NoError || !rows.isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QStringLiteral("no \"results\" array");
        return std::nullopt;
    }
    if (env)
        *env = document.object().value(QStringLiteral("env")).toObject();
    QList<BenchResult> results;
    for (const QJsonValue &row : rows.toArray())
        results << BenchResult::fromJson(row.toObject());
    return results;
}

QList<MetricChange>
compareResults(const QList<BenchResult> &before, const QList<BenchResult> &after, double threshold)
{
    QList<MetricChange> changes;
    for (const BenchResult &now : after) {
        const auto old = std::find_if(before.cbegin(), before.cend(), [&](const BenchResult &r) {
            return r.name == now.name;
        });
        if (old == before.cend())
            continue;
        MetricChange change;
        change.name = now.name;
        change.unit = now.unit;
        change.oldValue = old->optimized.median;
        change.newValue = now.optimized.median;
        if (change.oldValue != 0)
            change.change = (change.newValue - change.oldValue) / change.oldValue;
        change.regression
            = now.higherIsBetter ? change.change < -threshold : change.change > threshold;
        changes << change;
    }
    return changes;
}

QString formatValue(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const double magnitude = std::abs(value);
    if (magnitude >= 1000)
        return QString::number(qint64(std::llround(value)));
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return QString::number(value, 'f', magnitude > 0 && magnitude < 0.001 ? 6 : decimals);
}

} // namespace stevedore::bench
