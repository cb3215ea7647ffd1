// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "benchrunner.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace stevedore::bench {

class BenchContext;

// One case of the suite: the naive baseline and the optimised path of one optimisation, run
// alternately on identical data, plus any extra rows it measures on the way.
struct BenchCase
{
    QString name; // for --only
    QString summary;
    std::function<QList<BenchResult>(BenchContext &)> run;
    // Why the case cannot run with these options (e.g. "needs --pooler URL"); empty: it can.
    std::function<QString(const BenchContext &)> unavailable;
};

// Every case, in the order they run.
QList<BenchCase> benchCases();
QStringList benchCaseNames();

// The cases, one function each (benchcases.cpp, importcase.cpp, schemacases.cpp,
// postgrescases.cpp). Each throws DbError (or std::exception) when it cannot finish.
namespace cases {
QList<BenchResult> pool(BenchContext &ctx);
QList<BenchResult> import(BenchContext &ctx);
QList<BenchResult> files(BenchContext &ctx);
QList<BenchResult> mapping(BenchContext &ctx);
QList<BenchResult> tableCheck(BenchContext &ctx);
QList<BenchResult> schema(BenchContext &ctx);
QList<BenchResult> cache(BenchContext &ctx);
QList<BenchResult> logging(BenchContext &ctx);
QList<BenchResult> pooler(BenchContext &ctx);
QList<BenchResult> replica(BenchContext &ctx);
} // namespace cases

// The import case's anchor row, in µs/record: an external tool (tool "sqlite3": .import,
// "psql": \copy) loading the same CSV into a plain table is the baseline, Stevedore's import
// the optimised side, so its ratio is anchor ÷ Stevedore (above 1: Stevedore is faster), as
// every row's. anchorRows: what the tool loaded, for the report.
BenchResult importAnchorResult(const QString &tool,
                               const QString &toolVersion,
                               qint64 anchorRows,
                               const QList<double> &anchorSamples,
                               const QList<double> &importSamples);

} // namespace stevedore::bench
