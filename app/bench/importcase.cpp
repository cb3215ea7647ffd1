// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "benchcases.h"

#include "anchor.h"
#include "benchcontext.h"
#include "childprocess.h"
#include "csv/csvreader.h"
#include "csvgenerator.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "import/exporter.h"
#include "import/importer.h"
#include "store/catalog.h"
#include "store/recordcodec.h"
#include "store/recordwriter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>

#include <atomic>
#include <cmath>

namespace stevedore::bench {

namespace {

// The first `records` well-formed records of the file, parsed and encoded as the importer does.
RecordBatch parseSample(const QString &path, qint64 records)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DbError(DbError::Kind::Permanent, QStringLiteral("cannot read %1").arg(path));
    CsvReader reader(&file, detectDialect(file.peek(64 * 1024)));
    reader.header();
    RecordBatch batch;
    CsvRecord record;
    while (qint64(batch.rows.size()) < records && reader.next(record)) {
        if (!record.error.isEmpty())
            continue;
        const qsizetype offset = batch.json.size();
        QList<QByteArrayView> fields;
        for (int i = 0; i < record.fieldCount(); ++i)
            fields << record.field(i);
        recordcodec::appendJsonArray(batch.json, fields);
        batch.rows.push_back({record.number, record.line, offset, batch.json.size() - offset});
    }
    return batch;
}

qint64 createEmptyFile(Database &db, qint64 projectId, const QString &name)
{
    return db
        .write([projectId, name](QSqlDatabase &conn) {
            Sql sql(conn);
            sql.exec(QStringLiteral("INSERT INTO files (project_id, name, status, created_at) "
                                    "VALUES (?, ?, 'imported', ?)"),
                     {projectId, name, catalog::nowMs()});
            return sql
                .scalar(QStringLiteral("SELECT id FROM files WHERE project_id = ? AND name = ?"),
                        {projectId, name})
                .toLongLong();
        })
        .result();
}

// [[epoch ms, records/s], …] from the importer's progress (its last entry is the end of the
// run): the rate between two reports, drawn as a step so that even a short run (one report)
// makes a line.
QJsonArray throughputSeries(qint64 startMs, const QList<std::pair<qint64, qint64>> &progress)
{
    QJsonArray series;
    qint64 lastMs = startMs;
    qint64 lastRecords = 0;
    for (const auto &[ms, records] : progress) {
        if (ms <= lastMs || records <= lastRecords)
            continue; // e.g. the final commit after the last report: nothing parsed
        const double rate = double(records - lastRecords) * 1000.0 / double(ms - lastMs);
        series.append(QJsonArray{lastMs, rate});
        series.append(QJsonArray{ms, rate});
        lastMs = ms;
        lastRecords = records;
    }
    return series;
}

// Index of the sample nearest the median (the run the chart names as such).
qsizetype medianIndex(const QList<double> &samples)
{
    const double median = Stats::of(samples).median;
    qsizetype best = 0;
    for (qsizetype i = 1; i < samples.size(); ++i) {
        if (std::abs(samples[i] - median) < std::abs(samples[best] - median))
            best = i;
    }
    return best;
}

// The import in a child `stevedore import`, for its peak RSS; then the export of that file.
QList<BenchResult> childImportAndExport(BenchContext &ctx, const QString &csv, qint64 records)
{
    const auto [child, summary] = childImport(ctx, csv);
    BenchResult rss = makeMeasurement(QStringLiteral("import.peak_rss"),
                                      QStringLiteral("MiB"),
                                      QStringLiteral("Peak RSS of `stevedore import` of the "
                                                     "%1-record file (child process, wait4)")
                                          .arg(records),
                                      {child.peakRssMiB});
    rss.extra = {{QStringLiteral("records"), records},
                 {QStringLiteral("child_seconds"), child.seconds},
                 {QStringLiteral("child_records_per_s"),
                  summary.value(QStringLiteral("records_per_s")).toDouble()},
                 {QStringLiteral("csv_mib"), double(QFileInfo(csv).size()) / (1024.0 * 1024.0)}};

    const QString fileName = QFileInfo(csv).fileName();
    const qint64 fileId = ctx.fileIdOf(fileName);
    // The export reads where reads go (a replica within the lag bound): start once it is there.
    ctx.waitUntilReadable(fileId, records);
    QList<double> rates;
    qint64 exported = 0;
    for (int i = 0; i < ctx.scaled(3, 5); ++i) {
        QFile sink(QStringLiteral("/dev/null"));
        if (!sink.open(QIODevice::WriteOnly))
            throw DbError(DbError::Kind::Permanent, QStringLiteral("cannot open /dev/null"));
        ExportOptions options;
        options.project = ctx.scratchProject();
        options.file = fileName;
        const qint64 start = nowNanos();
        exported = exportFile(ctx.database(), options, &sink).records;
        if (exported != records)
            throw DbError(
                DbError::Kind::Permanent,
                QStringLiteral("the export wrote %1 of %2 records").arg(exported).arg(records));
        rates << double(exported) / (elapsedMicros(start) / 1e6);
    }
    ctx.dropFile(fileId);
    BenchResult exportRate = makeMeasurement(QStringLiteral("export"),
                                             QStringLiteral("records/s"),
                                             QStringLiteral("Export of the imported file as CSV "
                                                            "(to /dev/null)"),
                                             rates,
                                             true);
    exportRate.extra = {{QStringLiteral("records"), exported}};
    return {rss, exportRate};
}

// One autocommit INSERT per record through QSqlQuery on a connection of its own, opened with
// the defaults and closed on the calling thread.
void naiveSqliteInserts(const QString &path, qint64 fileId, const RecordBatch &batch)
{
    static std::atomic<int> serial{0};
    const QString name = QStringLiteral("stevedore-bench-naive-%1").arg(++serial);
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(path);
        if (!conn.open())
            throw DbError::fromSqlError(conn.lastError(), QStringLiteral("open %1").arg(path));
        writeRecordsNaive(Sql(conn), fileId, batch);
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The optimised side's runs: the last imported file (dropped between rounds) and each run's
// progress series, for the throughput chart.
struct BatchedRuns
{
    qint64 fileId = 0;
    QList<qint64> startTimes;
    QList<QList<std::pair<qint64, qint64>>> progress;
};

// The measured runs for the throughput chart (runs' index 0, the warm-up, left out):
// [{"start_ms", "median"?, "points": [[epoch ms, records/s], …]}, …], "median": true on the run
// nearest the median (runs' index medianRun).
QJsonArray throughputRuns(const BatchedRuns &runs, qsizetype medianRun)
{
    QJsonArray out;
    for (qsizetype i = 1; i < runs.startTimes.size(); ++i) {
        QJsonObject run{{QStringLiteral("start_ms"), runs.startTimes[i]},
                        {QStringLiteral("points"),
                         throughputSeries(runs.startTimes[i], runs.progress.value(i))}};
        if (i == medianRun)
            run.insert(QStringLiteral("median"), true);
        out.append(run);
    }
    return out;
}

// One run of the batched transactional Importer over csv; µs per record.
double runBatched(BenchContext &ctx, const QString &csv, qint64 records, BatchedRuns &runs)
{
    QList<std::pair<qint64, qint64>> progress;
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    const double micros
        = timedImport(ctx,
                      csv,
                      QStringLiteral("bench-import.csv"),
                      records,
                      &runs.fileId,
                      [&progress](const ImportProgress &p) {
                          progress.append({QDateTime::currentMSecsSinceEpoch(), p.records});
                      });
    progress.append({QDateTime::currentMSecsSinceEpoch(), records});
    runs.startTimes << startMs;
    runs.progress << progress;
    return micros;
}

} // namespace

double timedImport(BenchContext &ctx,
                   const QString &path,
                   const QString &fileName,
                   qint64 records,
                   qint64 *fileId,
                   const std::function<void(const ImportProgress &)> &onProgress)
{
    ctx.scratchProjectId();
    ImportOptions options;
    options.project = ctx.scratchProject();
    options.path = path;
    options.fileName = fileName;
    Importer importer(ctx.database(), options);
    importer.onProgress = onProgress;
    const qint64 start = nowNanos();
    const ImportResult result = importer.run();
    const double micros = elapsedMicros(start);
    *fileId = result.fileId;
    if (result.outcome != ImportResult::Outcome::Imported || result.records != records)
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("the import of %1 did not finish: %2 (%3 of %4 records)")
                          .arg(QFileInfo(path).fileName(), result.message)
                          .arg(result.records)
                          .arg(records));
    return micros / double(records);
}

ChildImport childImport(BenchContext &ctx, const QString &path)
{
    ctx.scratchProjectId();
    const QString log = ctx.path(QStringLiteral("bench-%1-child.log").arg(ctx.tag()));
    ChildResult child
        = runChild(ctx.options().stevedoreBinary,
                   {QStringLiteral("--log-file"),
                    log,
                    QStringLiteral("import"),
                    QStringLiteral("--project"),
                    ctx.scratchProject(),
                    QStringLiteral("--json"),
                    path},
                   {{QStringLiteral("STEVEDORE_DB"), ctx.database().options().primary.toString()}},
                   ctx.options().outDir);
    QFile::remove(log);
    if (!child.ok())
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("the child import of %1 failed: %2")
                          .arg(QFileInfo(path).fileName(),
                               QString::fromUtf8(child.err).trimmed() + child.error));
    const QJsonObject summary = QJsonDocument::fromJson(child.out).object();
    return {std::move(child), summary};
}

BenchResult importAnchorResult(const QString &tool,
                               const QString &toolVersion,
                               qint64 anchorRows,
                               const QList<double> &anchorSamples,
                               const QList<double> &importSamples)
{
    const QString how = tool == QLatin1String("psql") ? QStringLiteral("psql \\copy")
                                                      : QStringLiteral("sqlite3 .import");
    BenchResult row = makeResult(QStringLiteral("import.anchor.") + tool,
                                 QStringLiteral("µs/record"),
                                 QStringLiteral("%1 of the same CSV into a plain table vs "
                                                "Stevedore's import")
                                     .arg(how),
                                 anchorSamples,
                                 importSamples);
    row.extra = {{QStringLiteral("anchor_records_per_s"), 1e6 / row.baseline->median},
                 {QStringLiteral("anchor_rows"), anchorRows},
                 {QStringLiteral("anchor_version"), toolVersion}};
    return row;
}

QList<BenchResult> cases::import(BenchContext &ctx)
{
    Database &db = ctx.database();
    const QString csv = ctx.importCsv();
    const qint64 records = ctx.importRecords();
    const qint64 projectId = ctx.scratchProjectId();
    const qint64 sample = ctx.isPostgres() ? ctx.scaled(5000, 1000) : ctx.scaled(2000, 500);
    const qint64 naiveFileId = createEmptyFile(db, projectId, QStringLiteral("bench-naive.csv"));

    qint64 naiveRows = 0;
    const auto naive = [&] {
        const qint64 start = nowNanos();
        auto batch = std::make_shared<RecordBatch>(parseSample(csv, sample));
        // Autocommit: no transaction, so every INSERT commits on its own.
        if (ctx.isPostgres()) {
            db.write([batch, naiveFileId](QSqlDatabase &conn) {
                  writeRecordsNaive(Sql(conn), naiveFileId, *batch);
              }).waitForFinished();
        } else {
            // What a straightforward program does: its own QSQLITE connection with Qt's and
            // SQLite's defaults (synchronous=FULL: every commit waits for the disk), not the
            // pool's tuned writer (synchronous=NORMAL in WAL, larger cache).
            naiveSqliteInserts(db.options().primary.path, naiveFileId, *batch);
        }
        naiveRows = qint64(batch->rows.size());
        return elapsedMicros(start) / double(naiveRows);
    };

    BatchedRuns runs;
    const auto batched = [&] {
        return runBatched(ctx, csv, records, runs);
    };

    Anchor anchor(ctx, csv);
    QList<std::function<double()>> variants{naive, batched};
    if (anchor.available())
        variants << [&] {
            return anchor.run() * 1e6 / double(records);
        };
    else
        ctx.progress(QStringLiteral("  %1 is not installed: no anchor row").arg(anchor.tool()));
    const auto samples = alternate(variants, ctx.rounds(), 1, [&](int variant) {
        if (variant == 0)
            ctx.execute(QStringLiteral("DELETE FROM record_blocks WHERE file_id = ?"),
                        {naiveFileId});
        else if (variant == 1)
            ctx.dropFile(runs.fileId);
        else
            anchor.reset();
    });
    ctx.dropFile(naiveFileId);

    // The warm-up's series came first.
    const qsizetype medianRun = medianIndex(samples[1]) + 1;
    BenchResult main = makeResult(QStringLiteral("import"),
                                  QStringLiteral("µs/record"),
                                  QStringLiteral("Autocommit INSERT per record through QSqlQuery "
                                                 "(%1-record sample) vs the batched transactional "
                                                 "Importer (%2 records), parsing included")
                                      .arg(naiveRows)
                                      .arg(records),
                                  samples[0],
                                  samples[1]);
    main.extra = {{QStringLiteral("records"), records},
                  {QStringLiteral("naive_sample_records"), naiveRows},
                  {QStringLiteral("csv_bytes"), QFileInfo(csv).size()},
                  {QStringLiteral("baseline_records_per_s"), 1e6 / main.baseline->median},
                  {QStringLiteral("optimized_records_per_s"), 1e6 / main.optimized.median},
                  {QStringLiteral("throughput_runs"), throughputRuns(runs, medianRun)}};
    QList<BenchResult> results{main};

    if (anchor.available())
        results << importAnchorResult(
            anchor.tool(), anchor.version(), anchor.rows(), samples[2], samples[1]);
    results << childImportAndExport(ctx, csv, records);
    return results;
}

} // namespace stevedore::bench
