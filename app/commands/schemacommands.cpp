// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "db/database.h"
#include "db/dberror.h"
#include "db/osuser.h"
#include "db/sql.h"
#include "import/cellfixes.h"
#include "schema/filevalidation.h"
#include "schema/schemastore.h"
#include "store/catalog.h"

#include <QFile>

#include <algorithm>

namespace stevedore::cli {

namespace {

const QString jsonFlag = QStringLiteral("json");
const QString dryRunFlag = QStringLiteral("dry-run");
const QString expectFlag = QStringLiteral("expect-version");
const QString thresholdFlag = QStringLiteral("threshold");
const QString failuresFlag = QStringLiteral("failures");

// The options a sub-command accepts; any other command option is a mistake worth reporting.
void allowOnly(const Context &ctx, const QString &sub, const QStringList &allowed)
{
    const QStringList all{jsonFlag,
                          dryRunFlag,
                          expectFlag,
                          thresholdFlag,
                          QStringLiteral("project"),
                          QStringLiteral("file")};
    for (const QString &option : all) {
        if (ctx.isSet(option) && !allowed.contains(option))
            throw UsageError{
                QStringLiteral("--%1 does not apply to '%2 %3'").arg(option, ctx.command, sub)};
    }
}

std::optional<int> expectedVersion(const Context &ctx)
{
    if (!ctx.isSet(expectFlag))
        return std::nullopt;
    bool ok = false;
    const int version = ctx.value(expectFlag).toInt(&ok);
    if (!ok || version < 0)
        throw UsageError{QStringLiteral("--expect-version needs a version number, not '%1'")
                             .arg(ctx.value(expectFlag))};
    return version;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString confidenceText(double value)
{
    return QString::number(value, 'f', 2);
}

// --- schema ---------------------------------------------------------------------------------

int schemaShow(Context &ctx, SchemaStore &store)
{
    allowOnly(ctx, QStringLiteral("show"), {jsonFlag});
    const Schema schema = store.schema();
    if (ctx.isSet(jsonFlag)) {
        ctx.outJson(SchemaService::toVariant(schema));
        return 0;
    }
    ctx.out(QStringLiteral("schema version %1, %2 columns\n")
                .arg(schema.version)
                .arg(schema.columns.size()));
    QList<QStringList> rows{{QStringLiteral("ID"),
                             QStringLiteral("NAME"),
                             QStringLiteral("TYPE"),
                             QStringLiteral("REQUIRED"),
                             QStringLiteral("VALUES"),
                             QStringLiteral("DESCRIPTION")}};
    for (const SchemaColumn &column : schema.columns)
        rows << QStringList{QString::number(column.id),
                            column.name,
                            columnTypeName(column.type),
                            yesNo(column.required),
                            column.values.join(QStringLiteral(", ")),
                            column.description};
    printTable(ctx, rows);
    return 0;
}

QString changeLine(const ColumnChange &change)
{
    if (change.added)
        return QStringLiteral("  + %1 added (%2)")
            .arg(quotedName(change.after.name), columnTypeName(change.after.type));
    if (change.removed)
        return QStringLiteral("  - %1 removed; unmaps %2 file column(s)")
            .arg(quotedName(change.before.name))
            .arg(change.affected.size());
    QStringList parts;
    if (change.renamed)
        parts << QStringLiteral("renamed from %1").arg(quotedName(change.before.name));
    if (change.retyped)
        parts << QStringLiteral("retyped %1 → %2")
                     .arg(columnTypeName(change.before.type), columnTypeName(change.after.type));
    if (change.reordered)
        parts << QStringLiteral("moved to position %1").arg(change.after.position + 1);
    if (change.updated) {
        QStringList what;
        if (change.before.required != change.after.required)
            what << (change.after.required ? QStringLiteral("now required")
                                           : QStringLiteral("now optional"));
        if (change.before.values != change.after.values)
            what << QStringLiteral("values");
        if (change.before.description != change.after.description)
            what << QStringLiteral("description");
        parts << QStringLiteral("changed: ") + what.join(QStringLiteral(", "));
    }
    return QStringLiteral("  ~ %1: %2")
        .arg(quotedName(change.after.name), parts.join(QStringLiteral("; ")));
}

void printDiff(const Context &ctx, const SchemaDiff &diff)
{
    if (diff.isEmpty()) {
        ctx.out(QStringLiteral("no changes (schema version %1)\n").arg(diff.fromVersion));
        return;
    }
    if (diff.dryRun)
        ctx.out(QStringLiteral("dry run, nothing changed: schema version %1 would become %2\n")
                    .arg(diff.fromVersion)
                    .arg(diff.fromVersion + 1));
    else
        ctx.out(
            QStringLiteral("schema version %1 → %2\n").arg(diff.fromVersion).arg(diff.toVersion));
    for (const ColumnChange &change : diff.changes) {
        ctx.out(changeLine(change) + QLatin1Char('\n'));
        for (const MappingImpact &impact : change.affected) {
            QString line = QStringLiteral("      project %1 file %2 column %3")
                               .arg(quotedName(impact.project),
                                    quotedName(impact.file),
                                    quotedName(impact.fileColumn));
            if (impact.invalidValues >= 0)
                line += QStringLiteral(": %1 invalid value(s)").arg(impact.invalidValues);
            ctx.out(line + QLatin1Char('\n'));
        }
    }
}

int schemaApply(Context &ctx, SchemaStore &store)
{
    allowOnly(ctx, QStringLiteral("apply"), {jsonFlag, dryRunFlag, expectFlag});
    if (ctx.positional.size() != 2)
        throw UsageError{QStringLiteral("usage: stevedore schema apply FILE.json "
                                        "[--expect-version N] [--dry-run]")};
    const QString path = ctx.positional[1];
    const std::optional<int> expect = expectedVersion(ctx);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QString error;
    const std::optional<QList<SchemaColumn>> desired
        = SchemaService::fromJson(file.readAll(), &error);
    QStringList problems = desired ? SchemaService::problems(*desired) : QStringList{error};
    if (problems.isEmpty()) {
        try {
            const SchemaDiff diff = store.applySchema(*desired, expect, ctx.isSet(dryRunFlag));
            if (ctx.isSet(jsonFlag))
                ctx.outJson(SchemaService::toVariant(diff));
            else
                printDiff(ctx, diff);
            return 0;
        } catch (const DbError &dbError) {
            if (dbError.kind() != DbError::Kind::Invalid)
                throw;
            problems = dbError.message().split(QStringLiteral("; "));
        }
    }
    for (const QString &problem : std::as_const(problems))
        ctx.err(QStringLiteral("stevedore schema: %1: %2\n").arg(path, problem));
    return 1;
}

int schemaCommand(Context &ctx)
{
    const QString sub = ctx.positional.value(0);
    if (sub == QLatin1String("show") && ctx.positional.size() == 1) {
        SchemaStore store(ctx.database());
        return schemaShow(ctx, store);
    }
    if (sub == QLatin1String("apply")) {
        SchemaStore store(ctx.database());
        return schemaApply(ctx, store);
    }
    throw UsageError{QStringLiteral("usage: stevedore schema show [--json] | apply FILE.json "
                                    "[--expect-version N] [--dry-run]")};
}

// --- mapping --------------------------------------------------------------------------------

// The file a mapping command is about; resolved once the options have been checked.
struct FileRef
{
    QString project;
    QString file;

    qint64 resolve(SchemaStore &store) const { return store.fileId(project, file); }
};

int mappingShow(Context &ctx, SchemaStore &store, const FileRef &ref)
{
    allowOnly(
        ctx, QStringLiteral("show"), {QStringLiteral("project"), QStringLiteral("file"), jsonFlag});
    const qint64 fileId = ref.resolve(store);
    const FileMapping mapping = store.mapping(fileId);
    if (ctx.isSet(jsonFlag)) {
        ctx.outJson(MappingService::toVariant(mapping));
        return 0;
    }
    ctx.out(QStringLiteral("file %1, mapping version %2\n")
                .arg(quotedName(mapping.fileName))
                .arg(mapping.version));
    QList<QStringList> rows{{QStringLiteral("FILE COLUMN"),
                             QStringLiteral("SCHEMA COLUMN"),
                             QStringLiteral("TRANSFORM"),
                             QStringLiteral("CONFIDENCE")}};
    for (const ColumnMapping &column : mapping.columns)
        rows << QStringList{column.fileColumn,
                            column.isMapped() ? column.schemaColumn : QStringLiteral("-"),
                            column.transform.isEmpty() ? QStringLiteral("-") : column.transform,
                            column.confidence ? confidenceText(*column.confidence)
                                              : QStringLiteral("-")};
    printTable(ctx, rows);
    for (const ColumnMapping &column : mapping.columns) {
        if (!column.isMapped() || column.rules.isEmpty())
            continue;
        QStringList rules;
        for (const ColumnRule &rule : column.rules)
            rules << columnrules::toText(rule);
        ctx.out(QStringLiteral("rules of %1 (besides the schema's): %2\n")
                    .arg(quotedName(column.fileColumn), rules.join(QStringLiteral("; "))));
    }
    return 0;
}

int mappingAuto(Context &ctx, SchemaStore &store, const FileRef &ref)
{
    allowOnly(
        ctx,
        QStringLiteral("auto"),
        {QStringLiteral("project"), QStringLiteral("file"), jsonFlag, thresholdFlag, dryRunFlag});
    double threshold = 0.8;
    if (ctx.isSet(thresholdFlag)) {
        bool ok = false;
        threshold = ctx.value(thresholdFlag).toDouble(&ok);
        if (!ok || threshold < 0 || threshold > 1)
            throw UsageError{QStringLiteral("--threshold needs a number from 0 to 1, not '%1'")
                                 .arg(ctx.value(thresholdFlag))};
    }
    const bool dryRun = ctx.isSet(dryRunFlag);
    const AutoMapResult result = store.autoMap(ref.resolve(store), threshold, dryRun);
    auto applied = [&](const MatchSuggestion &s) {
        return s.schemaColumnId != 0 && s.confidence >= threshold;
    };
    if (ctx.isSet(jsonFlag)) {
        QVariantList suggestions;
        for (const MatchSuggestion &s : result.suggestions)
            suggestions << QVariantMap{{QStringLiteral("file_column"), s.fileColumn},
                                       {QStringLiteral("schema_column"),
                                        s.schemaColumnId ? QVariant(s.schemaColumn) : QVariant()},
                                       {QStringLiteral("confidence"),
                                        s.confidence > 0 ? QVariant(s.confidence) : QVariant()},
                                       {QStringLiteral("basis"), s.basis},
                                       {QStringLiteral("applied"), !dryRun && applied(s)}};
        ctx.outJson(QVariantMap{{QStringLiteral("file"), result.mapping.fileName},
                                {QStringLiteral("threshold"), threshold},
                                {QStringLiteral("dry_run"), dryRun},
                                {QStringLiteral("applied"), dryRun ? 0 : result.applied},
                                {QStringLiteral("version"), result.mapping.version},
                                {QStringLiteral("suggestions"), suggestions}});
        return 0;
    }
    QList<QStringList> rows{{QStringLiteral("FILE COLUMN"),
                             QStringLiteral("SUGGESTION"),
                             QStringLiteral("CONFIDENCE"),
                             QStringLiteral("BASIS"),
                             QStringLiteral("")}};
    for (const MatchSuggestion &s : result.suggestions) {
        const QString state
            = !applied(s) ? (s.schemaColumnId ? QStringLiteral("below threshold") : QString())
              : dryRun    ? QStringLiteral("would apply")
                          : QStringLiteral("applied");
        rows << QStringList{s.fileColumn,
                            s.schemaColumnId ? s.schemaColumn : QStringLiteral("-"),
                            s.confidence > 0 ? confidenceText(s.confidence) : QStringLiteral("-"),
                            s.basis.isEmpty() ? QStringLiteral("-") : s.basis,
                            state};
    }
    if (result.suggestions.isEmpty())
        ctx.out(QStringLiteral("every file column is mapped already\n"));
    else
        printTable(ctx, rows);
    ctx.out(dryRun ? QStringLiteral("dry run: %1 suggestion(s) at or above %2 not applied\n")
                         .arg(result.applied)
                         .arg(threshold)
                   : QStringLiteral("applied %1 suggestion(s) at or above %2; mapping version %3\n")
                         .arg(result.applied)
                         .arg(threshold)
                         .arg(result.mapping.version));
    return 0;
}

int mappingSet(Context &ctx, SchemaStore &store, const FileRef &ref)
{
    allowOnly(ctx,
              QStringLiteral("set"),
              {QStringLiteral("project"), QStringLiteral("file"), expectFlag});
    const QStringList assignments = ctx.positional.mid(1);
    if (assignments.isEmpty())
        throw UsageError{QStringLiteral("usage: stevedore mapping set --project P --file F "
                                        "'FILE_COLUMN=SCHEMA_COLUMN[:TRANSFORM]'...")};
    const std::optional<int> expect = expectedVersion(ctx);
    const qint64 fileId = ref.resolve(store);
    const FileMapping current = store.mapping(fileId);
    const Schema schema = store.schema();
    QStringList fileColumns;
    for (const ColumnMapping &column : current.columns)
        fileColumns << column.fileColumn;
    QList<MappingEdit> edits;
    QStringList problems;
    for (const QString &assignment : assignments) {
        QString error;
        if (const auto edit
            = MappingService::parseAssignment(assignment, fileColumns, schema, &error))
            edits << *edit;
        else
            problems << error;
    }
    if (!problems.isEmpty())
        throw DbError(DbError::Kind::Invalid, problems.join(QStringLiteral("; ")));
    const FileMapping saved = store.saveMapping(fileId, edits, expect);
    int mapped = 0;
    for (const ColumnMapping &column : saved.columns)
        mapped += column.isMapped() ? 1 : 0;
    ctx.out(QStringLiteral("saved %1 change(s) to %2: %3 of %4 file columns mapped; mapping "
                           "version %5\n")
                .arg(edits.size())
                .arg(quotedName(saved.fileName))
                .arg(mapped)
                .arg(saved.columns.size())
                .arg(saved.version));
    return 0;
}

int mappingValidate(Context &ctx, SchemaStore &store, const FileRef &ref)
{
    allowOnly(ctx,
              QStringLiteral("validate"),
              {QStringLiteral("project"), QStringLiteral("file"), jsonFlag, failuresFlag});
    const qint64 fileId = ref.resolve(store);
    if (ctx.isSet(failuresFlag)) {
        // Streamed as the scan finds them (on the pool thread; this one waits for the result).
        const bool json = ctx.isSet(jsonFlag);
        const FailureSink print = [&ctx, json, &ref](const ValidationFailure &failure) {
            if (json) {
                ctx.outJson(QVariantMap{{QStringLiteral("line"), failure.lineNo},
                                        {QStringLiteral("record"), failure.recordNo},
                                        {QStringLiteral("column"), failure.column},
                                        {QStringLiteral("file_column"), failure.fileColumn},
                                        {QStringLiteral("rule"), failure.rule},
                                        {QStringLiteral("value"), failure.value},
                                        {QStringLiteral("message"), failure.message}});
                return;
            }
            ctx.out(QStringLiteral("%1:%2: %3: %4 (%5, value %6)\n")
                        .arg(ref.file)
                        .arg(failure.lineNo)
                        .arg(quotedName(failure.column),
                             failure.message,
                             failure.rule,
                             quotedName(failure.value)));
        };
        const ValidationReport report = store.validate(fileId, print);
        if (!json) {
            for (const QString &name : report.unmappedRequired)
                ctx.out(QStringLiteral("%1: required schema column %2 is not mapped\n")
                            .arg(ref.file, quotedName(name)));
        }
        return report.isValid() ? 0 : 2;
    }
    const ValidationReport report = store.validate(fileId);
    const int code = report.isValid() ? 0 : 2;
    if (ctx.isSet(jsonFlag)) {
        ctx.outJson(MappingService::toVariant(report));
        return code;
    }
    ctx.out(QStringLiteral("file %1: %2 records, %3 mapped columns\n")
                .arg(quotedName(report.fileName))
                .arg(report.records)
                .arg(report.columns.size()));
    QList<QStringList> rows{{QStringLiteral("FILE COLUMN"),
                             QStringLiteral("SCHEMA COLUMN"),
                             QStringLiteral("TYPE"),
                             QStringLiteral("INVALID")}};
    for (const ColumnValidation &column : report.columns)
        rows << QStringList{column.fileColumn,
                            column.schemaColumn,
                            columnTypeName(column.type),
                            QString::number(column.invalid)};
    if (!report.columns.isEmpty())
        printTable(ctx, rows);
    for (const ColumnValidation &column : report.columns) {
        for (const InvalidValue &example : column.examples)
            ctx.out(QStringLiteral("  %1 line %2: %3 (%4)\n")
                        .arg(quotedName(column.fileColumn))
                        .arg(example.lineNo)
                        .arg(quotedName(example.value), example.reason));
    }
    if (!report.unmappedRequired.isEmpty()) {
        QStringList names;
        for (const QString &name : report.unmappedRequired)
            names << quotedName(name);
        ctx.out(QStringLiteral("required schema columns not mapped: %1\n")
                    .arg(names.join(QStringLiteral(", "))));
    }
    ctx.out(report.isValid()
                ? QStringLiteral("valid\n")
                : QStringLiteral("invalid: %1 value(s), %2 required column(s) unmapped\n")
                      .arg(report.invalidValues())
                      .arg(report.unmappedRequired.size()));
    return code;
}

// mapping fix CELLS.csv: corrects stored values (import/cellfixes.h) in one transaction. Exit
// 0 when every row applied (or had been), 2 when some could not be (each on stderr as
// CELLS.csv:LINE: reason).
int mappingFix(Context &ctx, SchemaStore &, const FileRef &ref)
{
    allowOnly(
        ctx, QStringLiteral("fix"), {QStringLiteral("project"), QStringLiteral("file"), jsonFlag});
    if (ctx.positional.size() != 2)
        throw UsageError{QStringLiteral("usage: stevedore mapping fix --project P --file F "
                                        "CELLS.csv (a CSV with record,column,value)")};
    const QString path = ctx.positional.at(1);
    const rejectfixes::Author author{currentOsUser()};
    const cellfixes::Outcome outcome
        = ctx.database()
              .write([ref, path, author](QSqlDatabase &db) {
                  const Sql sql(db);
                  SqlTransaction transaction(sql);
                  const qint64 fileId
                      = catalog::fileInfo(sql, catalog::projectId(sql, ref.project), ref.file).id;
                  cellfixes::Outcome applied = cellfixes::apply(sql, fileId, path, author);
                  transaction.commit();
                  return applied;
              })
              .result();
    for (const QString &line : rejectfixes::describe(path, outcome.problems))
        ctx.err(line + QLatin1Char('\n'));
    if (ctx.isSet(jsonFlag)) {
        QVariantList problems;
        for (const rejectfixes::Problem &problem : outcome.problems)
            problems << QVariantMap{{QStringLiteral("line"), problem.at},
                                    {QStringLiteral("message"), problem.message}};
        ctx.outJson(QVariantMap{{QStringLiteral("file"), ref.file},
                                {QStringLiteral("applied"), outcome.applied},
                                {QStringLiteral("already_applied"), outcome.alreadyApplied},
                                {QStringLiteral("problems"), problems}});
    } else {
        ctx.out(QStringLiteral("corrected %1 value(s) in %2 (%3 applied before, %4 not applied)\n")
                    .arg(outcome.applied)
                    .arg(quotedName(ref.file))
                    .arg(outcome.alreadyApplied)
                    .arg(outcome.problems.size()));
    }
    return outcome.problems.isEmpty() ? 0 : 2;
}

int mappingCommand(Context &ctx)
{
    const QString sub = ctx.positional.value(0);
    using Handler = int (*)(Context &, SchemaStore &, const FileRef &);
    const std::pair<const char *, Handler> handlers[] = {{"show", mappingShow},
                                                         {"auto", mappingAuto},
                                                         {"set", mappingSet},
                                                         {"validate", mappingValidate},
                                                         {"fix", mappingFix}};
    for (const auto &[name, handler] : handlers) {
        if (sub != QLatin1String(name)
            || (sub != QLatin1String("set") && sub != QLatin1String("fix")
                && ctx.positional.size() != 1))
            continue;
        const FileRef ref{ctx.required(QStringLiteral("project")),
                          ctx.required(QStringLiteral("file"))};
        SchemaStore store(ctx.database());
        return handler(ctx, store, ref);
    }
    throw UsageError{
        QStringLiteral("usage: stevedore mapping show|auto|set|validate|fix --project P "
                       "--file F (see 'stevedore mapping --help')")};
}

} // namespace

QList<Command> schemaCommands()
{
    const QCommandLineOption json{jsonFlag, QStringLiteral("Print JSON.")};
    const QCommandLineOption dryRun{dryRunFlag,
                                    QStringLiteral("Show what would change; change nothing.")};
    const QCommandLineOption expect{
        expectFlag,
        QStringLiteral("Refuse the change unless the current version is N "
                       "(optimistic concurrency)."),
        QStringLiteral("N")};
    return {
        {QStringLiteral("schema"),
         QStringLiteral("Show the global target schema, or apply a new one from JSON."),
         QStringLiteral(
             "show [--json] | apply FILE.json [--expect-version N] [--dry-run] [--json]"),
         {json, dryRun, expect},
         schemaCommand},
        {QStringLiteral("mapping"),
         QStringLiteral("Show, suggest, set or validate how a file's columns map to the schema; "
                        "correct invalid stored values."),
         QStringLiteral("show --project P --file F [--json]\n"
                        "       | auto --project P --file F [--threshold X] [--dry-run] [--json]\n"
                        "       | set --project P --file F [--expect-version N] "
                        "'FILE_COLUMN=SCHEMA_COLUMN[:TRANSFORM]'...\n"
                        "       | validate --project P --file F [--failures] [--json]\n"
                        "       | fix --project P --file F CELLS.csv [--json]\n"
                        "TRANSFORM: steps separated by ';': trim, collapse, upper, lower, "
                        "null-if[:VALUES], number:LOCALE, date:FORMAT, lookup:VALUE=RESULT "
                        "(docs/schema.md); an empty SCHEMA_COLUMN unmaps.\n"
                        "validate exits 0 when valid, 2 when values are invalid or required "
                        "columns unmapped, 1 on errors; with --failures it lists every failing "
                        "cell as FILE:LINE: COLUMN: MESSAGE (RULE, value V), or with --json one "
                        "object a line.\n"
                        "fix stores the values of a CSV record,column,value (the record number, "
                        "the schema column, the file's new text) where each record's column "
                        "reads them, exactly once, with an audit entry; exit 2 when some rows "
                        "could not be applied"),
         {{QStringLiteral("project"), QStringLiteral("The project."), QStringLiteral("name")},
          {QStringLiteral("file"),
           QStringLiteral("The file in the project."),
           QStringLiteral("name")},
          {jsonFlag, QStringLiteral("Print JSON (fix: one summary).")},
          dryRun,
          expect,
          {thresholdFlag,
           QStringLiteral("Apply suggestions at least this confident (0..1, default 0.8)."),
           QStringLiteral("X")},
          {failuresFlag,
           QStringLiteral("validate: list every failing cell, as the scan finds it.")}},
         mappingCommand},
    };
}

} // namespace stevedore::cli
