// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "db/database.h"
#include "db/dberror.h"
#include "db/osuser.h"
#include "db/sql.h"
#include "import/exporter.h"
#include "import/importer.h"
#include "import/importtemplate.h"
#include "import/rejectfixes.h"
#include "import/rejectscsv.h"
#include "import/sourcefile.h"
#include "logging/redact.h"
#include "schema/mappingmemory.h"
#include "store/catalog.h"
#include "store/importjobs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace stevedore::cli {

namespace {

std::atomic<Importer *> g_running{nullptr};

extern "C" void onInterrupt(int)
{
    if (Importer *importer = g_running.load())
        importer->cancel(); // an atomic store: safe in a signal handler
}

QCommandLineOption projectOption()
{
    return {QStringLiteral("project"), QStringLiteral("The project."), QStringLiteral("name")};
}

QString formatDuration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    const qint64 s = qint64(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void drawProgress(const QString &name, const ImportProgress &p)
{
    const double fraction = p.totalBytes > 0 ? double(p.bytesRead) / double(p.totalBytes) : 0;
    const int width = 24;
    const int filled = std::clamp(int(fraction * width), 0, width);
    const QString bar
        = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    const QString line = QStringLiteral("\r%1 [%2] %3% %4 records, %5 rejected, %6/s, ETA %7 ")
                             .arg(printable(name).left(30), bar)
                             .arg(int(fraction * 100), 3)
                             .arg(p.records)
                             .arg(p.rejected)
                             .arg(qint64(p.recordsPerSecond))
                             .arg(formatDuration(p.etaSeconds));
    std::fputs(line.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

// The CSV dialect overrides of `import`: --delimiter, --quote, --encoding, --[no-]header.
void parseDialectOverrides(Context &ctx, ImportOptions &base)
{
    const QString delimiter = ctx.value(QStringLiteral("delimiter"));
    if (!delimiter.isEmpty() && delimiter != QLatin1String("auto")) {
        QString d = delimiter;
        if (d == QLatin1String("\\t") || d == QLatin1String("tab"))
            d = QStringLiteral("\t");
        if (d.size() != 1 || d[0].unicode() > 127)
            throw UsageError{
                QStringLiteral("--delimiter takes one ASCII character, 'tab' or auto")};
        base.overrides.delimiter = char(d[0].unicode());
    }
    if (ctx.isSet(QStringLiteral("quote"))) {
        const QString quote = ctx.value(QStringLiteral("quote"));
        if (quote == QLatin1String("none"))
            base.overrides.quote = '\0';
        else if (quote.size() == 1 && quote[0].unicode() > 32 && quote[0].unicode() < 127)
            base.overrides.quote = char(quote[0].unicode());
        else
            throw UsageError{QStringLiteral("--quote takes one ASCII character or none")};
        if (base.overrides.quote == base.overrides.delimiter)
            throw UsageError{QStringLiteral("--quote and --delimiter must differ")};
    }
    const QString encoding = ctx.value(QStringLiteral("encoding"));
    if (!encoding.isEmpty() && encoding != QLatin1String("auto")) {
        const auto parsed = encodingFromName(encoding);
        if (!parsed)
            throw UsageError{QStringLiteral("unknown --encoding '%1' (utf-8, utf-16le, utf-16be, "
                                            "utf-32le, utf-32be, windows-1252, latin1)")
                                 .arg(encoding)};
        base.overrides.encoding = *parsed;
    }
    if (ctx.isSet(QStringLiteral("header")) && ctx.isSet(QStringLiteral("no-header")))
        throw UsageError{QStringLiteral("--header and --no-header exclude each other")};
    if (ctx.isSet(QStringLiteral("header")))
        base.overrides.hasHeader = true;
    if (ctx.isSet(QStringLiteral("no-header")))
        base.overrides.hasHeader = false;
}

// The kind of file and what of it to read: --format, --sheet/--member, --skip-rows,
// --fixed-spec. "--sheet all" is resolved per file (partsToImport()).
void parseSourceOptions(Context &ctx, ImportOptions &base)
{
    const QString format = ctx.value(QStringLiteral("format"));
    if (!format.isEmpty()) {
        const std::optional<SourceFormat> parsed = formatFromName(format);
        if (!parsed)
            throw UsageError{QStringLiteral("unknown --format '%1' (auto, csv, xlsx, ods, json, "
                                            "jsonl, fixed)")
                                 .arg(format)};
        base.format = *parsed;
    }
    if (ctx.isSet(QStringLiteral("sheet")) && ctx.isSet(QStringLiteral("member")))
        throw UsageError{QStringLiteral("--sheet and --member exclude each other")};
    base.part = ctx.isSet(QStringLiteral("sheet")) ? ctx.value(QStringLiteral("sheet"))
                                                   : ctx.value(QStringLiteral("member"));
    if (ctx.isSet(QStringLiteral("skip-rows"))) {
        bool ok = false;
        base.skipRows = ctx.value(QStringLiteral("skip-rows")).toInt(&ok);
        if (!ok || base.skipRows < 0)
            throw UsageError{QStringLiteral("--skip-rows must be 0 or more")};
    }
    const QString spec = ctx.value(QStringLiteral("fixed-spec"));
    if (!spec.isEmpty()) {
        QFile file(spec);
        if (!file.open(QIODevice::ReadOnly))
            throw UsageError{
                QStringLiteral("cannot read --fixed-spec %1: %2").arg(spec, file.errorString())};
        QString error;
        base.fixedColumns = parseFixedSpec(file.read(1 << 20), &error);
        if (base.fixedColumns.isEmpty())
            throw UsageError{QStringLiteral("%1: %2").arg(spec, error)};
        if (base.format == SourceFormat::Auto)
            base.format = SourceFormat::FixedWidth;
    }
    if (base.format == SourceFormat::FixedWidth && base.fixedColumns.isEmpty())
        throw UsageError{QStringLiteral("--format fixed needs --fixed-spec FILE")};
}

// The parts of PATH one `import` reads, each a file of the project: every sheet of a workbook
// with "--sheet all", every member of a zip archive unless --member names one; otherwise the
// one asked for (empty: the file itself, or a workbook's first sheet).
QStringList partsToImport(const ImportOptions &options)
{
    QFile file(options.path);
    if (!checkRegularFile(options.path).isEmpty() || !file.open(QIODevice::ReadOnly))
        return {options.part}; // the import says why it cannot be read
    const SourceKind kind = inspectSource(&file, options.format);
    const bool all
        = options.part == QLatin1String("all") || (kind.isArchive() && options.part.isEmpty());
    if (!all || !kind.error.isEmpty() || !kind.hasParts())
        return {options.part};
    QStringList parts;
    for (const SourcePart &part : kind.parts)
        parts.append(part.name);
    return parts;
}

// What every FILE of one `import` shares: the project and the options given.
ImportOptions parseImportOptions(Context &ctx)
{
    ImportOptions base;
    base.project = ctx.required(QStringLiteral("project"));
    if (ctx.positional.isEmpty())
        throw UsageError{QStringLiteral("name at least one FILE to import")};
    base.replace = ctx.isSet(QStringLiteral("replace"));
    if (ctx.isSet(QStringLiteral("batch-size"))) {
        bool ok = false;
        base.batchSize = ctx.value(QStringLiteral("batch-size")).toInt(&ok);
        if (!ok || base.batchSize < 1)
            throw UsageError{QStringLiteral("--batch-size must be a positive number")};
    }
    if (ctx.isSet(QStringLiteral("max-rejects"))) {
        QString error;
        const std::optional<RejectBudget> budget
            = RejectBudget::parse(ctx.value(QStringLiteral("max-rejects")), &error);
        if (!budget || !budget->isSet())
            throw UsageError{QStringLiteral("--max-rejects: ")
                             + (error.isEmpty() ? QStringLiteral("give N or N%") : error)};
        base.rejectBudget = *budget;
    }
    base.atomic = ctx.isSet(QStringLiteral("atomic"));
    parseDialectOverrides(ctx, base);
    parseSourceOptions(ctx, base);
    return base;
}

// Runs one file's import, drawing progress on stderr when asked and listing each reject as
// FILE:LINE: reason; Ctrl-C (or SIGTERM) stops it at the next batch boundary.
ImportResult importOne(Context &ctx, const ImportOptions &options, bool showProgress)
{
    const QString &path = options.path;
    Importer importer(ctx.database(), options);
    bool progressShown = false;
    if (showProgress)
        importer.onProgress = [&](const ImportProgress &p) {
            drawProgress(QFileInfo(path).fileName(), p);
            progressShown = true;
        };
    importer.onReject = [&](const ImportReject &reject) {
        if (progressShown) {
            std::fputs("\r\033[K", stderr);
            progressShown = false;
        }
        ctx.err(QStringLiteral("%1:%2: %3\n").arg(path, reject.location, reject.reason));
    };
    g_running.store(&importer);
    const ImportResult result = importer.run();
    g_running.store(nullptr);
    if (progressShown)
        std::fputs("\n", stderr);
    return result;
}

// --mapping-from: auto (default), none, or a file of the project named before the import.
QString parseMappingFrom(Context &ctx)
{
    if (!ctx.isSet(QStringLiteral("mapping-from")))
        return QStringLiteral("auto");
    const QString value = ctx.value(QStringLiteral("mapping-from"));
    if (value.isEmpty())
        throw UsageError{QStringLiteral("--mapping-from: give auto, none or a file of the "
                                        "project")};
    if (value == QLatin1String("auto") || value == QLatin1String("none"))
        return value;
    const QString project = ctx.required(QStringLiteral("project"));
    ctx.database()
        .read([project, value](QSqlDatabase &db) {
            const Sql sql(db);
            catalog::fileInfo(sql, catalog::projectId(sql, project), value); // or NotFound
        })
        .waitForFinished();
    return value;
}

// What became of a new file's mapping: one line for the operator, and the "mapping" object of
// --json.
struct MappingNote
{
    QString message;
    QVariantMap json;
};

// Gives a file just imported its template's mapping (import/importtemplate.h), or else the
// mapping of an earlier file with the same header (schema/mappingmemory.h). An error here
// leaves the import as it is and is reported.
std::optional<MappingNote> recallMapping(Context &ctx,
                                         const QString &mappingFrom,
                                         const std::optional<ImportTemplate> &settings,
                                         const ImportResult &result,
                                         int &exitCode)
{
    if (result.outcome != ImportResult::Outcome::Imported || result.fileId == 0)
        return std::nullopt;
    const bool fromTemplate = settings && !settings->mapping.isEmpty();
    if (!fromTemplate && mappingFrom == QLatin1String("none"))
        return std::nullopt;
    const qint64 fileId = result.fileId;
    try {
        if (fromTemplate) {
            const importtemplates::Applied applied
                = ctx.database()
                      .write([fileId, settings](QSqlDatabase &db) {
                          return importtemplates::applyMapping(Sql(db), fileId, *settings);
                      })
                      .result();
            return MappingNote{applied.message,
                               {{QStringLiteral("template"), settings->name},
                                {QStringLiteral("version"), settings->version},
                                {QStringLiteral("applied"), applied.columns > 0},
                                {QStringLiteral("columns"), applied.columns},
                                {QStringLiteral("missing"), applied.missing}}};
        }
        const mappingmemory::Outcome outcome
            = ctx.database()
                  .write([fileId, mappingFrom](QSqlDatabase &db) {
                      return mappingmemory::afterImport(Sql(db), fileId, mappingFrom);
                  })
                  .result();
        MappingNote note{outcome.message, {}};
        if (outcome.proposal) {
            note.json = outcome.proposal->toVariant();
            note.json.insert(QStringLiteral("applied"), outcome.applied);
        }
        return note;
    } catch (const DbError &error) {
        ctx.err(QStringLiteral("%1: the records are imported, but the mapping was not applied: "
                               "%2\n")
                    .arg(result.fileName, error.message()));
        exitCode = 1;
        return std::nullopt;
    }
}

QVariantMap resultJson(const QString &path, const ImportResult &result)
{
    return QVariantMap{
        {QStringLiteral("file"), path},
        {QStringLiteral("name"), result.fileName},
        {QStringLiteral("status"),
         result.outcome == ImportResult::Outcome::Imported          ? QStringLiteral("imported")
         : result.outcome == ImportResult::Outcome::AlreadyImported ? QStringLiteral("unchanged")
                                                                    : QStringLiteral("cancelled")},
        {QStringLiteral("records"), result.records},
        {QStringLiteral("rejected"), result.rejected},
        {QStringLiteral("seconds"), result.seconds},
        {QStringLiteral("records_per_s"), result.recordsPerSecond},
        {QStringLiteral("sha256"), result.sha256},
        {QStringLiteral("resumed"), result.resumed}};
}

// Prints one file's outcome (as text or, with --json, as one object per line) and folds it
// into the exit code: 1 when a file failed or was cancelled, else 2 when records were rejected.
void report(Context &ctx,
            const QString &path,
            const QString &project,
            const ImportResult &result,
            const std::optional<MappingNote> &mapping,
            bool json,
            int &exitCode)
{
    switch (result.outcome) {
    case ImportResult::Outcome::Failed:
    case ImportResult::Outcome::Cancelled:
        ctx.err(QStringLiteral("%1: %2\n").arg(path, result.message));
        exitCode = 1;
        break;
    case ImportResult::Outcome::AlreadyImported:
        if (!json)
            ctx.out(QStringLiteral("%1: %2\n").arg(path, result.message));
        break;
    case ImportResult::Outcome::Imported:
        if (result.rejected > 0 && exitCode == 0)
            exitCode = 2;
        if (!json)
            ctx.out(QStringLiteral("%1: imported %2 records into %3/%4, %5 rejected, in %6 s "
                                   "(%7 records/s)%8\n")
                        .arg(path)
                        .arg(result.records)
                        .arg(project, result.fileName)
                        .arg(result.rejected)
                        .arg(result.seconds, 0, 'f', 2)
                        .arg(qint64(result.recordsPerSecond))
                        .arg(result.resumed ? QStringLiteral(" (resumed)") : QString()));
        if (!json && mapping && !mapping->message.isEmpty())
            ctx.out(QStringLiteral("%1: %2\n").arg(path, mapping->message));
        break;
    }
    if (json && result.outcome != ImportResult::Outcome::Failed) {
        QVariantMap object = resultJson(path, result);
        if (mapping && !mapping->json.isEmpty())
            object.insert(QStringLiteral("mapping"), mapping->json);
        ctx.outJson(object);
    }
}

// --template NAME: the template, read before anything is imported, and its settings taken where
// the command line gives none. A template with a mapping and --mapping-from exclude each other.
std::optional<ImportTemplate> applyTemplate(Context &ctx, ImportOptions &base)
{
    if (!ctx.isSet(QStringLiteral("template")))
        return std::nullopt;
    const QString name = ctx.value(QStringLiteral("template"));
    ImportTemplate found
        = ctx.database()
              .read([name](QSqlDatabase &db) { return importtemplates::get(Sql(db), name); },
                    ReadConsistency::Primary)
              .result();
    if (!found.mapping.isEmpty() && ctx.isSet(QStringLiteral("mapping-from")))
        throw UsageError{QStringLiteral("template \"%1\" has a mapping: leave out --mapping-from")
                             .arg(found.name)};
    ImportTemplate::Given given;
    given.format = ctx.isSet(QStringLiteral("format")) || ctx.isSet(QStringLiteral("fixed-spec"));
    given.delimiter = ctx.isSet(QStringLiteral("delimiter"));
    given.quote = ctx.isSet(QStringLiteral("quote"));
    given.encoding = ctx.isSet(QStringLiteral("encoding"));
    given.header = ctx.isSet(QStringLiteral("header")) || ctx.isSet(QStringLiteral("no-header"));
    given.part = ctx.isSet(QStringLiteral("sheet")) || ctx.isSet(QStringLiteral("member"));
    given.skipRows = ctx.isSet(QStringLiteral("skip-rows"));
    given.rejectBudget = ctx.isSet(QStringLiteral("max-rejects"));
    found.applyTo(base, given);
    if (base.format == SourceFormat::FixedWidth && base.fixedColumns.isEmpty())
        throw UsageError{QStringLiteral("--format fixed needs --fixed-spec FILE")};
    return found;
}

int importCommand(Context &ctx)
{
    ImportOptions base = parseImportOptions(ctx);
    const std::optional<ImportTemplate> settings = applyTemplate(ctx, base);
    const QString mappingFrom = parseMappingFrom(ctx);
    const bool json = ctx.isSet(QStringLiteral("json"));
    const bool showProgress = ctx.isSet(QStringLiteral("progress")) || isatty(fileno(stderr));

    ctx.database(); // opened (and refused) before any signal handler is installed
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    int exitCode = 0;
    bool cancelled = false;
    for (const QString &path : std::as_const(ctx.positional)) {
        ImportOptions options = base;
        options.path = path;
        const QStringList parts = partsToImport(options);
        // "--sheet all" reads the sheets that hold something: an empty one is passed over with
        // a note (a sheet named on its own stays an error when empty).
        const bool everySheet
            = base.part == QLatin1String("all") && parts != QStringList{base.part};
        for (const QString &part : parts) {
            options.part = part;
            const ImportResult result = importOne(ctx, options, showProgress);
            if (everySheet && result.empty) {
                ctx.err(QStringLiteral("%1: sheet \"%2\" is empty (no header, no records); "
                                       "skipped\n")
                            .arg(path, part));
                continue;
            }
            const std::optional<MappingNote> mapping
                = recallMapping(ctx, mappingFrom, settings, result, exitCode);
            report(ctx, path, base.project, result, mapping, json, exitCode);
            cancelled = result.outcome == ImportResult::Outcome::Cancelled;
            if (cancelled)
                break;
        }
        if (cancelled)
            break;
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return exitCode;
}

// Read before the export: a file whose import has not finished exports only part of itself.
QString fileStatus(Context &ctx, const ExportOptions &options)
{
    return ctx.database()
        .read(
            [project = options.project, file = options.file](QSqlDatabase &db) {
                Sql sql(db);
                return catalog::fileInfo(sql, catalog::projectId(sql, project), file).status;
            },
            ReadConsistency::Primary)
        .result();
}

int exportCommand(Context &ctx)
{
    ExportOptions options;
    options.project = ctx.required(QStringLiteral("project"));
    options.file = ctx.required(QStringLiteral("file"));
    const QString format = ctx.value(QStringLiteral("format"));
    if (format.isEmpty() || format == QLatin1String("csv"))
        options.format = ExportFormat::Csv;
    else if (format == QLatin1String("jsonl"))
        options.format = ExportFormat::Jsonl;
    else
        throw UsageError{QStringLiteral("--format must be csv or jsonl")};
    const QString status = fileStatus(ctx, options);
    ExportResult result;
    if (ctx.isSet(QStringLiteral("mapped"))) {
        result = exportMapped(ctx, options);
    } else {
        auto out = openOutput(ctx);
        result = exportFile(ctx.database(), options, out.get());
        out->flush();
    }
    if (status != QLatin1String("imported"))
        ctx.err(QStringLiteral("stevedore export: warning: '%1' in project '%2' is not completely "
                               "imported (status %3: its import failed, was interrupted or is "
                               "still running); the export holds the %4 records imported so far\n")
                    .arg(options.file, options.project, status)
                    .arg(result.records));
    return 0;
}

// rejects --fix FIXED.csv: puts the fixed records back where they were rejected
// (import/rejectfixes.h), in one transaction. Exit 0 when every row applied (or had been),
// 2 when some could not be (each on stderr as FIXED.csv:LINE: reason).
int applyRejectFixes(Context &ctx, const QString &project, const QString &fileName)
{
    const QString path = ctx.value(QStringLiteral("fix"));
    if (ctx.isSet(QStringLiteral("output")))
        throw UsageError{QStringLiteral("--fix writes nothing but its summary: leave out -o")};
    const rejectfixes::Author author{currentOsUser()};
    const rejectfixes::Outcome outcome
        = ctx.database()
              .write([project, fileName, path, author](QSqlDatabase &db) {
                  Sql sql(db);
                  SqlTransaction transaction(sql);
                  const qint64 fileId
                      = catalog::fileInfo(sql, catalog::projectId(sql, project), fileName).id;
                  rejectfixes::Outcome applied = rejectfixes::apply(sql, fileId, path, author);
                  transaction.commit();
                  return applied;
              })
              .result();
    for (const QString &line : rejectfixes::describe(path, outcome.problems))
        ctx.err(line + QLatin1Char('\n'));
    if (ctx.isSet(QStringLiteral("json"))) {
        QVariantList problems;
        for (const rejectfixes::Problem &problem : outcome.problems)
            problems << QVariantMap{{QStringLiteral("line"), problem.at},
                                    {QStringLiteral("message"), problem.message}};
        ctx.outJson(QVariantMap{{QStringLiteral("file"), fileName},
                                {QStringLiteral("applied"), outcome.applied},
                                {QStringLiteral("already_applied"), outcome.alreadyApplied},
                                {QStringLiteral("skipped"), outcome.skipped},
                                {QStringLiteral("problems"), problems}});
    } else {
        ctx.out(QStringLiteral("put %1 fixed records back into '%2' (%3 applied before, %4 "
                               "skipped: empty raw, %5 not applied)\n")
                    .arg(outcome.applied)
                    .arg(fileName)
                    .arg(outcome.alreadyApplied)
                    .arg(outcome.skipped)
                    .arg(outcome.problems.size()));
    }
    return outcome.problems.isEmpty() ? 0 : 2;
}

int rejectsCommand(Context &ctx)
{
    const QString project = ctx.required(QStringLiteral("project"));
    const QString fileName = ctx.required(QStringLiteral("file"));
    if (ctx.isSet(QStringLiteral("fix")))
        return applyRejectFixes(ctx, project, fileName);
    if (ctx.isSet(QStringLiteral("json")))
        throw UsageError{QStringLiteral("--json goes with --fix (the rejects are CSV)")};
    auto out = openOutput(ctx);
    const QList<RejectRow> rows = ctx.database()
                                      .read([project, fileName](QSqlDatabase &db) {
                                          Sql sql(db);
                                          const FileInfo info = catalog::fileInfo(
                                              sql, catalog::projectId(sql, project), fileName);
                                          return importjobs::fileRejects(sql, info.id);
                                      })
                                      .result();
    const QByteArray buffer = rejectsCsv(rows);
    out->write(buffer);
    out->flush();
    return 0;
}

// Imports the sample files shipped in resources/ into a "demo" project (first start).
int demoCommand(Context &ctx)
{
    Database &database = ctx.database();
    const QDir demo(QStringLiteral(":/demo"));
    const QStringList files = demo.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        throw DbError(DbError::Kind::Permanent, QStringLiteral("no demo files are bundled"));
    ctx.out(QStringLiteral("Importing %1 sample files into project 'demo' in %2\n")
                .arg(files.size())
                .arg(database.options().primary.redacted()));
    int code = 0;
    for (const QString &name : files) {
        ImportOptions options;
        options.project = QStringLiteral("demo");
        options.path = demo.filePath(name);
        options.fileName = name;
        Importer importer(database, options);
        const ImportResult result = importer.run();
        if (result.outcome == ImportResult::Outcome::Failed) {
            ctx.err(QStringLiteral("%1: %2\n").arg(name, result.message));
            code = 1;
            continue;
        }
        ctx.out(result.outcome == ImportResult::Outcome::AlreadyImported
                    ? QStringLiteral("  %1: already there\n").arg(name)
                    : QStringLiteral("  %1: %2 records, %3 rejected\n")
                          .arg(name)
                          .arg(result.records)
                          .arg(result.rejected));
    }
    const QList<FileInfo> list
        = database
              .read(
                  [](QSqlDatabase &db) {
                      Sql sql(db);
                      return catalog::listFiles(sql,
                                                catalog::projectId(sql, QStringLiteral("demo")));
                  },
                  ReadConsistency::Primary)
              .result();
    ctx.out(QStringLiteral("Project 'demo' now holds:\n"));
    for (const FileInfo &file : list)
        ctx.out(QStringLiteral("  %1  %2 records  %3 bytes  %4\n")
                    .arg(file.name)
                    .arg(file.recordCount)
                    .arg(file.byteSize)
                    .arg(file.status));
    ctx.out(QStringLiteral("Try: stevedore files --project demo; stevedore export --project demo "
                           "--file %1\n")
                .arg(list.isEmpty() ? QStringLiteral("FILE") : list.first().name));
    return code;
}

} // namespace

// Opens -o PATH (or stdout for "-" / none) for writing.
std::unique_ptr<QFile> openOutput(const Context &ctx)
{
    auto file = std::make_unique<QFile>();
    const QString path = ctx.value(QStringLiteral("output"));
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (!file->open(stdout, QIODevice::WriteOnly))
            throw DbError(DbError::Kind::Permanent, QStringLiteral("cannot write to stdout"));
        return file;
    }
    file->setFileName(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("cannot write %1: %2").arg(path, file->errorString()));
    return file;
}

QList<Command> importCommands()
{
    const QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write to PATH ('-': stdout, the default)."),
                                    QStringLiteral("path")};
    const QCommandLineOption fileOption{QStringLiteral("file"),
                                        QStringLiteral("The file's name in the project."),
                                        QStringLiteral("name")};
    return {
        {QStringLiteral("import"),
         QStringLiteral("Import files into a project: delimited text, Excel and OpenDocument "
                        "workbooks, JSON, fixed-width text, compressed or zipped (exit 0 all "
                        "imported, 2 some rejected, 1 failed)."),
         QStringLiteral("--project P [--format KIND] [--sheet NAME|INDEX|all] [--member NAME] "
                        "[--skip-rows N] [--fixed-spec FILE] [--delimiter C|auto] [--quote C|none] "
                        "[--encoding NAME|auto] [--header|--no-header] [--batch-size N] "
                        "[--max-rejects N|N%] [--atomic] [--replace] "
                        "[--template NAME] [--mapping-from FILE|auto|none] [--json] [--progress] "
                        "FILE..."),
         {projectOption(),
          {QStringLiteral("format"),
           QStringLiteral("auto (default: from the content), csv, xlsx, ods, json, jsonl or "
                          "fixed."),
           QStringLiteral("kind")},
          {QStringLiteral("sheet"),
           QStringLiteral("A workbook's sheet by name or 1-based index, or all (default: the "
                          "first). Each sheet is a file named BOOK:SHEET."),
           QStringLiteral("sheet")},
          {QStringLiteral("member"),
           QStringLiteral("The one member of a zip archive to import (default: every member, "
                          "each a file named ARCHIVE:MEMBER)."),
           QStringLiteral("name")},
          {QStringLiteral("skip-rows"),
           QStringLiteral("Rows of a sheet to skip before its header row."),
           QStringLiteral("n")},
          {QStringLiteral("fixed-spec"),
           QStringLiteral("Fixed-width columns: a CSV file column,start,length (implies --format "
                          "fixed)."),
           QStringLiteral("file")},
          {QStringLiteral("delimiter"),
           QStringLiteral("Field delimiter, 'tab', or auto."),
           QStringLiteral("c")},
          {QStringLiteral("quote"),
           QStringLiteral("Quote character (default \"), e.g. ' ; none: quotes are plain text."),
           QStringLiteral("c")},
          {QStringLiteral("encoding"),
           QStringLiteral("utf-8, utf-16le, utf-16be, utf-32le, utf-32be, windows-1252, latin1 "
                          "or auto."),
           QStringLiteral("name")},
          {QStringLiteral("header"),
           QStringLiteral("The first line is the header (not detected).")},
          {QStringLiteral("no-header"),
           QStringLiteral("The first line is a record, not a header.")},
          {QStringLiteral("batch-size"),
           QStringLiteral("Records per transaction (default %1).")
               .arg(Importer::defaultBatchSize()),
           QStringLiteral("n")},
          {QStringLiteral("max-rejects"),
           QStringLiteral("Stop (failed, exit 1) at the next batch once more than N records, or "
                          "N% of those read, are rejected; what was committed stays."),
           QStringLiteral("n")},
          {QStringLiteral("atomic"),
           QStringLiteral("All or nothing: a failed import removes the file (its records, "
                          "rejects and job).")},
          {QStringLiteral("replace"),
           QStringLiteral("Replace a file of the same name with different content.")},
          {QStringLiteral("template"),
           QStringLiteral("Read and map the files as the import template NAME says (stevedore "
                          "template); options given here win."),
           QStringLiteral("name")},
          {QStringLiteral("mapping-from"),
           QStringLiteral("Map the new file as an earlier one: auto (default) takes the mapping "
                          "of the project's file whose header matches best when confident and "
                          "the file has none; FILE takes that file's; none leaves it unmapped."),
           QStringLiteral("file")},
          {QStringLiteral("json"), QStringLiteral("One JSON summary object per file on stdout.")},
          {QStringLiteral("progress"),
           QStringLiteral("Show progress even when stderr is not a terminal.")}},
         importCommand},
        {QStringLiteral("export"),
         QStringLiteral("Write a file's records in original order as CSV or JSON lines."),
         QStringLiteral("--project P --file F [--mapped] [--format csv|jsonl] [-o PATH|-]"),
         {projectOption(),
          fileOption,
          {QStringLiteral("format"),
           QStringLiteral("csv (default) or jsonl."),
           QStringLiteral("format")},
          {QStringLiteral("mapped"),
           QStringLiteral("Write schema columns through the file's mapping.")},
          output},
         exportCommand},
        {QStringLiteral("rejects"),
         QStringLiteral("Write a file's rejected records as CSV (line, reason, raw), or put "
                        "fixed ones back in place (--fix)."),
         QStringLiteral("--project P --file F [-o PATH|-] | --fix FIXED.csv [--json]"),
         {projectOption(),
          fileOption,
          output,
          {QStringLiteral("fix"),
           QStringLiteral("Put the records of an edited rejects CSV (line,reason,raw) back into "
                          "the file at their lines, exactly once, in one transaction."),
           QStringLiteral("FIXED.csv")},
          {QStringLiteral("json"), QStringLiteral("With --fix: one JSON summary on stdout.")}},
         rejectsCommand},
        {QStringLiteral("demo"),
         QStringLiteral("Import the bundled sample files into a 'demo' project and show them."),
         QString(),
         {},
         demoCommand},
    };
}

} // namespace stevedore::cli
