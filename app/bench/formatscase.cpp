// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "benchcases.h"

#include "anchor.h"
#include "benchcontext.h"
#include "childprocess.h"
#include "db/dberror.h"
#include "workbookgenerator.h"

#include <QFile>
#include <QFileInfo>

namespace stevedore::bench {

namespace {

constexpr double mebibyte = 1024.0 * 1024.0;

// One variant of the case: a timed run giving one sample in µs/record, and its untimed
// clean-up (what the run wrote is removed before the next variant runs).
struct Variant
{
    std::function<double()> run;
    std::function<void()> cleanUp;
};

// What the in2csv runs left to report: the largest peak RSS, and the rows of the first
// conversion (its CSV has no line breaks inside fields: lines - 1).
struct In2csvRuns
{
    double peakRssMiB = 0;
    qint64 rows = -1;
};

// csvkit's conversion as its users run it: in2csv BOOK.xlsx > out.csv. The shell execs in2csv
// with stdout on the file, so the child's time and peak RSS are in2csv's own.
double runIn2csv(BenchContext &ctx, const QString &workbook, qint64 records, In2csvRuns &runs)
{
    const QString out = ctx.path(QStringLiteral("bench-%1-in2csv.csv").arg(ctx.tag()));
    const ChildResult child = runChild(QStringLiteral("sh"),
                                       {QStringLiteral("-c"),
                                        QStringLiteral("exec in2csv \"$1\" > \"$2\""),
                                        QStringLiteral("sh"),
                                        workbook,
                                        out},
                                       {},
                                       ctx.options().outDir);
    if (!child.ok()) {
        QFile::remove(out);
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("in2csv failed: %1")
                          .arg(QString::fromUtf8(child.err).trimmed() + child.error));
    }
    runs.peakRssMiB = std::max(runs.peakRssMiB, child.peakRssMiB);
    return child.seconds * 1e6 / double(records);
}

// Counts the first conversion's rows, then removes the output.
void cleanUpIn2csv(BenchContext &ctx, In2csvRuns &runs)
{
    QFile out(ctx.path(QStringLiteral("bench-%1-in2csv.csv").arg(ctx.tag())));
    if (runs.rows < 0 && out.open(QIODevice::ReadOnly)) {
        qint64 lines = 0;
        while (!out.atEnd())
            lines += out.read(1 << 20).count('\n');
        runs.rows = lines - 1;
        out.close();
    }
    out.remove();
}

// The workbook for the formats.xlsx row, or empty (with a progress line saying why) when the
// row cannot be measured: in2csv or the workbook writer missing.
QString workbookForRow(BenchContext &ctx, const QString &in2csvVersion)
{
    if (in2csvVersion.isEmpty()) {
        ctx.progress(QStringLiteral("  in2csv (csvkit) is not installed: no formats.xlsx row"));
        return {};
    }
    if (const QString why = workbookWriterMissing(ctx.options().outDir); !why.isEmpty()) {
        ctx.progress(
            QStringLiteral("  cannot write the workbook (%1): no formats.xlsx row").arg(why));
        return {};
    }
    ctx.progress(QStringLiteral("  writing the %1-record workbook with openpyxl; this takes a "
                                "while (about 70 s per million records)")
                     .arg(ctx.workbookRecords()));
    return ctx.importWorkbook();
}

// Peak RSS of Stevedore's import of the workbook in a child `stevedore import`; the file is
// dropped again.
ChildImport childWorkbookImport(BenchContext &ctx, const QString &workbook, qint64 records)
{
    ChildImport child = childImport(ctx, workbook);
    ctx.dropFile(ctx.fileIdOf(child.summary.value(QStringLiteral("name")).toString()));
    const qint64 imported = child.summary.value(QStringLiteral("records")).toInteger();
    if (imported != records)
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("the child import of the workbook read %1 of %2 records")
                          .arg(imported)
                          .arg(records));
    return child;
}

BenchResult workbookResult(const QString &workbook,
                           qint64 records,
                           const QString &in2csvVersion,
                           const In2csvRuns &in2csv,
                           const ChildImport &child,
                           const QList<double> &in2csvSamples,
                           const QList<double> &importSamples)
{
    BenchResult row = makeResult(QStringLiteral("formats.xlsx"),
                                 QStringLiteral("µs/record"),
                                 QStringLiteral("in2csv BOOK.xlsx > out.csv (csvkit; conversion "
                                                "alone) vs Stevedore's import of the same "
                                                "%1-record × 6-column sheet, database write "
                                                "included")
                                     .arg(records),
                                 in2csvSamples,
                                 importSamples);
    row.extra = {{QStringLiteral("records"), records},
                 {QStringLiteral("xlsx_mib"), double(QFileInfo(workbook).size()) / mebibyte},
                 {QStringLiteral("peak_rss_mib"), child.child.peakRssMiB},
                 {QStringLiteral("in2csv_version"), in2csvVersion},
                 {QStringLiteral("in2csv_peak_rss_mib"), in2csv.peakRssMiB},
                 {QStringLiteral("in2csv_rows"), in2csv.rows},
                 {QStringLiteral("baseline_records_per_s"), 1e6 / row.baseline->median},
                 {QStringLiteral("optimized_records_per_s"), 1e6 / row.optimized.median}};
    return row;
}

BenchResult gzipAnchorResult(const Anchor &anchor,
                             const QString &gz,
                             qint64 records,
                             const QList<double> &anchorSamples,
                             const QList<double> &importSamples)
{
    BenchResult row = makeResult(QStringLiteral("formats.csv_gz"),
                                 QStringLiteral("µs/record"),
                                 QStringLiteral("zcat FILE.csv.gz | sqlite3 .import into a plain "
                                                "table vs Stevedore's import of the same "
                                                "%1-record .csv.gz")
                                     .arg(records),
                                 anchorSamples,
                                 importSamples);
    row.extra = {{QStringLiteral("records"), records},
                 {QStringLiteral("csv_gz_mib"), double(QFileInfo(gz).size()) / mebibyte},
                 {QStringLiteral("anchor_rows"), anchor.rows()},
                 {QStringLiteral("anchor_version"), anchor.version()},
                 {QStringLiteral("baseline_records_per_s"), 1e6 / row.baseline->median},
                 {QStringLiteral("optimized_records_per_s"), 1e6 / row.optimized.median}};
    return row;
}

} // namespace

BenchResult
gzOverheadResult(qint64 records, const QList<double> &plainSamples, const QList<double> &gzSamples)
{
    BenchResult row = makeResult(QStringLiteral("formats.gz_overhead"),
                                 QStringLiteral("µs/record"),
                                 QStringLiteral("Stevedore's import of the plain %1-record CSV vs "
                                                "of the same CSV gzip-compressed: the cost of "
                                                "decompression (below 1 by that cost)")
                                     .arg(records),
                                 plainSamples,
                                 gzSamples);
    const double plain = row.baseline->median;
    const double overhead = plain > 0 ? (row.optimized.median - plain) / plain * 100 : 0;
    row.extra = {{QStringLiteral("records"), records},
                 {QStringLiteral("overhead_percent"), overhead},
                 {QStringLiteral("target_percent"), gzOverheadTargetPercent},
                 {QStringLiteral("within_target"), overhead < gzOverheadTargetPercent}};
    return row;
}

QList<BenchResult> cases::formats(BenchContext &ctx)
{
    const QString csv = ctx.importCsv();
    const qint64 records = ctx.importRecords();
    const QString gz = ctx.gzipped(csv);
    const QString in2csvVersion = toolVersion(QStringLiteral("in2csv"), ctx.options().outDir);
    const QString workbook = workbookForRow(ctx, in2csvVersion);
    const qint64 workbookRecords = ctx.workbookRecords();
    Anchor anchor(ctx, gz, Anchor::Input::GzipCsv);
    if (!anchor.available())
        ctx.progress(ctx.isPostgres() ? QStringLiteral("  zcat | sqlite3 is measured on SQLite "
                                                       "only: no formats.csv_gz row")
                                      : QStringLiteral("  sqlite3 is not installed: no "
                                                       "formats.csv_gz row"));

    // Every variant alternates with every other in one run: plain CSV, .csv.gz, then in2csv
    // and the workbook import, then zcat | sqlite3, where they can run.
    qint64 plainFile = 0;
    qint64 gzFile = 0;
    qint64 workbookFile = 0;
    In2csvRuns in2csv;
    QList<Variant> variants{
        {[&] {
             return timedImport(ctx, csv, QStringLiteral("bench-formats.csv"), records, &plainFile);
         },
         [&] {
             ctx.dropFile(plainFile);
         }},
        {[&] {
             return timedImport(ctx, gz, QStringLiteral("bench-formats.csv.gz"), records, &gzFile);
         },
         [&] {
             ctx.dropFile(gzFile);
         }}};
    if (!workbook.isEmpty()) {
        variants << Variant{[&] { return runIn2csv(ctx, workbook, workbookRecords, in2csv); },
                            [&] {
                                cleanUpIn2csv(ctx, in2csv);
                            }}
                 << Variant{[&] {
                                return timedImport(ctx,
                                                   workbook,
                                                   QStringLiteral("bench-formats.xlsx:Sheet1"),
                                                   workbookRecords,
                                                   &workbookFile);
                            },
                            [&] {
                                ctx.dropFile(workbookFile);
                            }};
    }
    if (anchor.available())
        variants << Variant{[&] { return anchor.run() * 1e6 / double(records); },
                            [&] {
                                anchor.reset();
                            }};
    QList<std::function<double()>> runs;
    for (const Variant &variant : std::as_const(variants))
        runs << variant.run;
    const QList<QList<double>> samples
        = alternate(runs, ctx.rounds(), 1, [&](int variant) { variants[variant].cleanUp(); });

    QList<BenchResult> results;
    if (!workbook.isEmpty()) {
        if (in2csv.rows != workbookRecords)
            throw DbError(
                DbError::Kind::Permanent,
                QStringLiteral("in2csv wrote %1 of %2 rows").arg(in2csv.rows).arg(workbookRecords));
        const ChildImport child = childWorkbookImport(ctx, workbook, workbookRecords);
        results << workbookResult(
            workbook, workbookRecords, in2csvVersion, in2csv, child, samples[2], samples[3]);
    }
    if (anchor.available()) {
        if (anchor.rows() != records)
            throw DbError(DbError::Kind::Permanent,
                          QStringLiteral("zcat | sqlite3 loaded %1 of %2 rows")
                              .arg(anchor.rows())
                              .arg(records));
        results << gzipAnchorResult(anchor, gz, records, samples.last(), samples[1]);
    }
    BenchResult overhead = gzOverheadResult(records, samples[0], samples[1]);
    overhead.extra.insert(QStringLiteral("csv_mib"), double(QFileInfo(csv).size()) / mebibyte);
    overhead.extra.insert(QStringLiteral("csv_gz_mib"), double(QFileInfo(gz).size()) / mebibyte);
    ctx.progress(
        QStringLiteral("  decompression overhead of the .csv.gz import: %1 % (target: "
                       "under %2 %)")
            .arg(overhead.extra.value(QStringLiteral("overhead_percent")).toDouble(), 0, 'f', 1)
            .arg(gzOverheadTargetPercent));
    results << overhead;
    return results;
}

} // namespace stevedore::bench
