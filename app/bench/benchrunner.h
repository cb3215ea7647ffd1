// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <exception>
#include <functional>
#include <optional>

namespace stevedore::bench {

// Median, minimum and maximum of one variant's samples.
struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
    int count = 0;

    // The median of an even count is the mean of the two middle samples.
    static Stats of(QList<double> samples);
    QJsonObject toJson() const;
    static Stats fromJson(const QJsonObject &object);
};

// One row of results.json. A row without a baseline is a plain measurement (pool acquire
// cost, peak RSS, export rate): it has no ratio.
//
// The ratio rule, the same for every row: ratio = how many times better the optimised side
// is than the baseline, so that above 1 is a win and below 1 a loss:
//   lower-is-better units (µs/record, ms, s, …):  baseline median ÷ optimised median
//   higher-is-better units (records/s, a ratio):  optimised median ÷ baseline median
// The baseline is the naive path, or an external anchor tool (sqlite3 .import, psql \copy)
// against which Stevedore's import is the optimised side.
struct BenchResult
{
    QString name;  // "import", "import.anchor.sqlite3", …
    QString unit;  // "µs/op", "ms", "records/s", "MiB", …
    QString title; // one line for the report
    std::optional<Stats> baseline;
    Stats optimized;
    std::optional<double> ratio;
    bool higherIsBetter = false; // records/s, hit ratio; times are lower-is-better
    QJsonObject extra;

    // Fills ratio from the medians by the rule above; leaves it empty without a baseline or
    // when the divisor is zero.
    void computeRatio();
    QJsonObject toJson() const;
    // The ratio is computed again from the medians, never taken from the file, so that a file
    // of an earlier version (whose anchor rows held Stevedore ÷ anchor, marked "ratio_kind":
    // "optimized/baseline") reads by the same rule as a new one.
    static BenchResult fromJson(const QJsonObject &object);
};

// Stopping a run early: `stevedore bench` calls requestCancel() from its SIGTERM/SIGINT handler
// (it is async-signal-safe), and alternate() then throws BenchCancelled before its next sample,
// so the run unwinds and removes its scratch project and files as on a normal end.
struct BenchCancelled : std::exception
{
    const char *what() const noexcept override { return "cancelled"; }
};
void requestCancel() noexcept;
void resetCancel() noexcept;
bool cancelRequested() noexcept;
// Throws BenchCancelled when a cancel was requested.
void throwIfCancelled();

// Runs variants in alternation after warm-ups: W×(A B …), then rounds×(A B …), so that a
// drift of the machine (other processes, caches, the WAL growing) hits every variant alike.
// Each call of a variant returns one sample in the row's unit. Returns the samples per
// variant, in the order given. afterEach (optional) runs untimed after every call, e.g. to
// delete what an import wrote. Throws BenchCancelled between calls once a cancel is requested.
QList<QList<double>> alternate(const QList<std::function<double()>> &variants,
                               int rounds,
                               int warmups = 1,
                               const std::function<void(int variant)> &afterEach = {});

// A two-variant row: baseline and optimised samples, the ratio computed.
BenchResult makeResult(const QString &name,
                       const QString &unit,
                       const QString &title,
                       const QList<double> &baseline,
                       const QList<double> &optimized,
                       bool higherIsBetter = false);
// A one-variant row (no baseline, no ratio).
BenchResult makeMeasurement(const QString &name,
                            const QString &unit,
                            const QString &title,
                            const QList<double> &samples,
                            bool higherIsBetter = false);

// results.json: {"env": {...}, "results": [...]}.
QByteArray resultsJson(const QJsonObject &env, const QList<BenchResult> &results);
// Reads results.json; nullopt and *error when it is not one.
std::optional<QList<BenchResult>>
readResults(const QByteArray &json, QJsonObject *env, QString *error);

// The change of one metric against an earlier run.
struct MetricChange
{
    QString name;
    QString unit;
    double oldValue = 0; // optimized median
    double newValue = 0;
    double change = 0;       // (new - old) / old; 0 when old is 0
    bool regression = false; // worse by more than the threshold in the metric's direction
};

// Compares every row present in both runs by name: the optimised medians in the row's unit,
// never the ratios, the direction from higherIsBetter. Rows only in one run are left out.
QList<MetricChange> compareResults(const QList<BenchResult> &before,
                                   const QList<BenchResult> &after,
                                   double threshold = 0.10);

// Three significant digits below 1000 ("1.23", "45.6", "0.0123"), whole numbers above.
QString formatValue(double value);

} // namespace stevedore::bench
