// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "benchrunner.h"
#include "childprocess.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace stevedore {
struct ImportProgress;
}

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
// validatecase.cpp, postgrescases.cpp). Each throws DbError (or std::exception) when it cannot
// finish.
namespace cases {
QList<BenchResult> pool(BenchContext &ctx);
QList<BenchResult> import(BenchContext &ctx);
QList<BenchResult> files(BenchContext &ctx);
QList<BenchResult> mapping(BenchContext &ctx);
QList<BenchResult> tableCheck(BenchContext &ctx);
QList<BenchResult> schema(BenchContext &ctx);
QList<BenchResult> cache(BenchContext &ctx);
QList<BenchResult> validate(BenchContext &ctx);
QList<BenchResult> logging(BenchContext &ctx);
QList<BenchResult> pooler(BenchContext &ctx);
QList<BenchResult> replica(BenchContext &ctx);
QList<BenchResult> formats(BenchContext &ctx);
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

// The formats case's row formats.gz_overhead, in µs/record: Stevedore's import of the plain CSV
// is the baseline, its import of the same CSV gzip-compressed the optimised side, so the ratio
// is below 1 by what decompression costs; extra.overhead_percent = (gz - plain) ÷ plain of the
// medians, in %, and within_target says whether it is under gzOverheadTargetPercent (the
// issue's bound).
inline constexpr double gzOverheadTargetPercent = 30;
BenchResult
gzOverheadResult(qint64 records, const QList<double> &plainSamples, const QList<double> &gzSamples);

// Shared by the import and formats cases (importcase.cpp).

// One import of path by the Importer into the scratch project as fileName, timed on a steady
// clock: µs per record. The project is created through ctx first (untimed): an Importer that
// finds none creates it itself, and the context, not knowing of it, would then fail to create
// it on its next use ("exists already") and leave it behind at cleanUp(). *fileId is the file the
// import made (for BenchContext::dropFile()), set also when it throws: DbError unless exactly
// `records` were imported. onProgress, when set, sees the importer's progress reports.
double timedImport(BenchContext &ctx,
                   const QString &path,
                   const QString &fileName,
                   qint64 records,
                   qint64 *fileId,
                   const std::function<void(const ImportProgress &)> &onProgress = {});

// `stevedore import --json path` in a child process of its own, so that the peak RSS in child is
// that import's alone (wait4); the scratch project is created through ctx first, as for
// timedImport(). Throws DbError when it fails. The file stays in the scratch
// project under the name the summary gives ("name").
struct ChildImport
{
    ChildResult child;
    QJsonObject summary;
};
ChildImport childImport(BenchContext &ctx, const QString &path);

} // namespace stevedore::bench
