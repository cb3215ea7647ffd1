// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/importtemplate.h"

#include "csv/dialect.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "import/importer.h"
#include "schema/mappingservice.h"
#include "schema/schemaservice.h"
#include "schema/valuetransform.h"
#include "source/fixedwidthsource.h"
#include "source/sourcestream.h"
#include "store/catalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace stevedore {

namespace {

const QLatin1String formatKey("format");
const QLatin1String delimiterKey("delimiter");
const QLatin1String quoteKey("quote");
const QLatin1String encodingKey("encoding");
const QLatin1String headerKey("header");
const QLatin1String sheetKey("sheet");
const QLatin1String skipRowsKey("skip_rows");
const QLatin1String fixedSpecKey("fixed_spec");
const QLatin1String maxRejectsKey("max_rejects");
const QLatin1String atomicKey("atomic");
const QLatin1String mappingKey("mapping");

QString delimiterText(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter));
}

// A file column's name as matched when the file's differs: case and spacing ignored.
QString looseName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// Sql binds a null QString as NULL; the stored texts are never NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

ImportTemplate fromRow(const QVariantList &row)
{
    QString error;
    ImportTemplate out = ImportTemplate::fromJson(row.value(1).toString().toUtf8(), &error)
                             .value_or(ImportTemplate());
    out.name = row.value(0).toString();
    out.version = row.value(2).toInt();
    out.updatedAt = row.value(3).toLongLong();
    out.updatedBy = row.value(4).toString();
    return out;
}

const char selectColumns[] = "SELECT name, settings, version, updated_at, updated_by FROM "
                             "import_templates ";

} // namespace

QVariantMap ImportTemplate::toVariant() const
{
    QVariantMap out;
    if (!name.isEmpty())
        out.insert(QStringLiteral("name"), name);
    if (version > 0) {
        out.insert(QStringLiteral("version"), version);
        out.insert(
            QStringLiteral("updated_at"),
            QDateTime::fromMSecsSinceEpoch(updatedAt, QTimeZone::utc()).toString(Qt::ISODate));
        out.insert(QStringLiteral("updated_by"), updatedBy);
    }
    if (format)
        out.insert(formatKey, formatName(*format));
    if (overrides.delimiter)
        out.insert(delimiterKey, delimiterText(*overrides.delimiter));
    if (overrides.quote)
        out.insert(quoteKey,
                   *overrides.quote == '\0' ? QStringLiteral("none")
                                            : QString(QLatin1Char(*overrides.quote)));
    if (overrides.encoding)
        out.insert(encodingKey, encodingName(*overrides.encoding));
    if (overrides.hasHeader)
        out.insert(headerKey, *overrides.hasHeader);
    if (!sheet.isEmpty())
        out.insert(sheetKey, sheet);
    if (skipRows > 0)
        out.insert(skipRowsKey, skipRows);
    if (!fixedColumns.isEmpty())
        out.insert(fixedSpecKey, QString::fromUtf8(fixedSpecToCsv(fixedColumns)));
    if (rejectBudget.isSet())
        out.insert(maxRejectsKey, rejectBudget.toString());
    if (atomic)
        out.insert(atomicKey, true);
    QVariantList columns;
    for (const Column &column : mapping) {
        QVariantMap entry{{QStringLiteral("file_column"), column.fileColumn},
                          {QStringLiteral("schema_column"), column.schemaColumn}};
        if (!column.transform.isEmpty())
            entry.insert(QStringLiteral("transform"), column.transform);
        if (!column.rules.isEmpty()) {
            QVariantList rules;
            for (const ColumnRule &rule : column.rules)
                rules << columnrules::toVariant(rule);
            entry.insert(QStringLiteral("rules"), rules);
        }
        columns << entry;
    }
    out.insert(mappingKey, columns);
    return out;
}

std::optional<ImportTemplate> ImportTemplate::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QStringLiteral("not JSON: %1").arg(parseError.errorString())
                     : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const auto fail = [error](const QString &key, const QString &why) {
        *error = QStringLiteral("\"%1\": %2").arg(key, why);
        return std::nullopt;
    };
    const auto text = [&object](QLatin1String key) {
        return object.value(key).toString();
    };
    const auto wrongType = [&object](QLatin1String key, QJsonValue::Type type) {
        return object.contains(key) && object.value(key).type() != type;
    };
    ImportTemplate out;
    for (const QLatin1String key :
         {formatKey, delimiterKey, quoteKey, encodingKey, sheetKey, fixedSpecKey, maxRejectsKey}) {
        if (wrongType(key, QJsonValue::String))
            return fail(key, QStringLiteral("must be a string"));
    }
    if (object.contains(formatKey)) {
        out.format = formatFromName(text(formatKey));
        if (!out.format)
            return fail(formatKey,
                        QStringLiteral("unknown format \"%1\" (auto, csv, xlsx, ods, json, jsonl, "
                                       "fixed)")
                            .arg(text(formatKey)));
        if (*out.format == SourceFormat::Auto)
            out.format.reset();
    }
    if (object.contains(delimiterKey)) {
        QString d = text(delimiterKey);
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            d = QStringLiteral("\t");
        if (d.size() != 1 || d[0].unicode() > 127)
            return fail(delimiterKey, QStringLiteral("one ASCII character or \"tab\""));
        out.overrides.delimiter = char(d[0].unicode());
    }
    if (object.contains(quoteKey)) {
        const QString q = text(quoteKey);
        if (q == QLatin1String("none"))
            out.overrides.quote = '\0';
        else if (q.size() == 1 && q[0].unicode() > 32 && q[0].unicode() < 127)
            out.overrides.quote = char(q[0].unicode());
        else
            return fail(quoteKey, QStringLiteral("one ASCII character or \"none\""));
        if (out.overrides.quote == out.overrides.delimiter)
            return fail(quoteKey, QStringLiteral("must differ from the delimiter"));
    }
    if (object.contains(encodingKey)) {
        out.overrides.encoding = encodingFromName(text(encodingKey));
        if (!out.overrides.encoding)
            return fail(encodingKey,
                        QStringLiteral("unknown encoding \"%1\" (utf-8, utf-16le, utf-16be, "
                                       "utf-32le, utf-32be, windows-1252, latin1)")
                            .arg(text(encodingKey)));
    }
    if (object.contains(headerKey)) {
        if (!object.value(headerKey).isBool())
            return fail(headerKey, QStringLiteral("must be true or false"));
        out.overrides.hasHeader = object.value(headerKey).toBool();
    }
    out.sheet = text(sheetKey);
    if (object.contains(skipRowsKey)) {
        const QJsonValue rows = object.value(skipRowsKey);
        if (!rows.isDouble() || rows.toDouble() < 0 || rows.toDouble() != rows.toInt())
            return fail(skipRowsKey, QStringLiteral("must be a whole number, 0 or more"));
        out.skipRows = rows.toInt();
    }
    if (object.contains(fixedSpecKey)) {
        QString why;
        out.fixedColumns = parseFixedSpec(text(fixedSpecKey).toUtf8(), &why);
        if (out.fixedColumns.isEmpty())
            return fail(fixedSpecKey, why);
    }
    if (out.format == SourceFormat::FixedWidth && out.fixedColumns.isEmpty())
        return fail(fixedSpecKey, QStringLiteral("the fixed format needs a fixed_spec"));
    if (object.contains(maxRejectsKey)) {
        QString why;
        const std::optional<RejectBudget> budget = RejectBudget::parse(text(maxRejectsKey), &why);
        if (!budget)
            return fail(maxRejectsKey, why);
        out.rejectBudget = *budget;
    }
    if (object.contains(atomicKey)) {
        if (!object.value(atomicKey).isBool())
            return fail(atomicKey, QStringLiteral("must be true or false"));
        out.atomic = object.value(atomicKey).toBool();
    }
    if (object.contains(mappingKey) && !object.value(mappingKey).isArray())
        return fail(mappingKey, QStringLiteral("must be an array"));
    const QJsonArray columns = object.value(mappingKey).toArray();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonObject entry = columns.at(i).toObject();
        const QString where = QStringLiteral("mapping[%1]").arg(i);
        Column column{entry.value(QLatin1String("file_column")).toString(),
                      entry.value(QLatin1String("schema_column")).toString(),
                      entry.value(QLatin1String("transform")).toString()};
        if (column.fileColumn.isEmpty() || column.schemaColumn.isEmpty())
            return fail(where, QStringLiteral("needs \"file_column\" and \"schema_column\""));
        for (const Column &earlier : std::as_const(out.mapping)) {
            if (earlier.fileColumn == column.fileColumn)
                return fail(where,
                            QStringLiteral("the file column \"%1\" is mapped twice")
                                .arg(column.fileColumn));
            if (earlier.schemaColumn.compare(column.schemaColumn, Qt::CaseInsensitive) == 0)
                return fail(where,
                            QStringLiteral("the schema column \"%1\" is fed twice")
                                .arg(column.schemaColumn));
        }
        if (!column.transform.isEmpty()) {
            QString why;
            if (!ValueTransform::parse(column.transform, &why))
                return fail(where, QStringLiteral("transform: %1").arg(why));
        }
        const QJsonValue rules = entry.value(QLatin1String("rules"));
        if (!rules.isUndefined() && !rules.isNull() && !rules.isArray())
            return fail(where, QStringLiteral("\"rules\" must be an array"));
        const QJsonArray ruleEntries = rules.toArray();
        for (qsizetype r = 0; r < ruleEntries.size(); ++r) {
            QString why;
            const std::optional<ColumnRule> rule
                = columnrules::fromJson(ruleEntries.at(r), int(r), &why);
            if (!rule)
                return fail(where, why);
            column.rules << *rule;
        }
        out.mapping << column;
    }
    return out;
}

void ImportTemplate::applyTo(ImportOptions &options, const Given &given) const
{
    options.importTemplate = name;
    if (!given.format && format && options.format == SourceFormat::Auto)
        options.format = *format;
    if (!given.delimiter && overrides.delimiter)
        options.overrides.delimiter = overrides.delimiter;
    if (!given.quote && overrides.quote)
        options.overrides.quote = overrides.quote;
    if (!given.encoding && overrides.encoding)
        options.overrides.encoding = overrides.encoding;
    if (!given.header && overrides.hasHeader)
        options.overrides.hasHeader = overrides.hasHeader;
    if (!given.part && options.part.isEmpty())
        options.part = sheet;
    if (!given.skipRows)
        options.skipRows = skipRows;
    if (options.fixedColumns.isEmpty())
        options.fixedColumns = fixedColumns;
    if (!given.rejectBudget)
        options.rejectBudget = rejectBudget;
    options.atomic = options.atomic || atomic;
}

namespace importtemplates {

QList<ImportTemplate> list(const Sql &sql)
{
    QList<ImportTemplate> out;
    const SqlResult rows
        = sql.exec(QLatin1String(selectColumns) + QStringLiteral("ORDER BY lower(name), name"));
    for (const QVariantList &row : rows.rows)
        out << fromRow(row);
    return out;
}

std::optional<ImportTemplate> find(const Sql &sql, const QString &name)
{
    const SqlResult rows = sql.exec(
        QLatin1String(selectColumns) + QStringLiteral("WHERE lower(name) = lower(?)"), {name});
    if (rows.rows.isEmpty())
        return std::nullopt;
    return fromRow(rows.rows.constFirst());
}

ImportTemplate save(const Sql &sql,
                    ImportTemplate settings,
                    std::optional<int> expectVersion,
                    const QString &osUser)
{
    settings.name = settings.name.trimmed();
    if (settings.name.isEmpty())
        throw DbError(DbError::Kind::Invalid, QStringLiteral("a template needs a name"));
    const Schema schema = SchemaService(sql).load();
    QStringList problems;
    QStringList names;
    for (const SchemaColumn &column : schema.columns)
        names << column.name;
    for (ImportTemplate::Column &column : settings.mapping) {
        const SchemaColumn *target = schema.byName(column.schemaColumn);
        if (!target) {
            problems << QStringLiteral("\"%1\" is not a schema column").arg(column.schemaColumn);
            continue;
        }
        column.schemaColumn = target->name;
        for (const QString &problem :
             columnrules::problems(target->type, target->name, column.rules, names))
            problems << QStringLiteral("\"%1\": %2").arg(target->name, problem);
    }
    if (!problems.isEmpty())
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("template \"%1\": %2")
                          .arg(settings.name, problems.join(QStringLiteral("; "))));
    // Locks the row on PostgreSQL, so that two saves of one version cannot both win.
    const SqlResult stored = sql.exec(
        QStringLiteral("SELECT name, version FROM import_templates WHERE lower(name) = lower(?)")
            + (sql.engine() == Engine::Postgres ? QStringLiteral(" FOR UPDATE") : QString()),
        {settings.name});
    const int current = stored.rows.isEmpty() ? 0 : stored.rows[0].value(1).toInt();
    if (expectVersion && *expectVersion != current)
        throw DbError(DbError::Kind::Conflict,
                      QStringLiteral("template \"%1\" is at version %2, not %3: someone saved it "
                                     "meanwhile")
                          .arg(settings.name)
                          .arg(current)
                          .arg(*expectVersion));
    settings.version = current + 1;
    settings.updatedAt = QDateTime::currentMSecsSinceEpoch();
    settings.updatedBy = notNull(osUser);
    QVariantMap json = settings.toVariant();
    for (const char *key : {"name", "version", "updated_at", "updated_by"})
        json.remove(QLatin1String(key));
    const QString text = QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(json)).toJson(QJsonDocument::Compact));
    if (current == 0)
        sql.exec(QStringLiteral("INSERT INTO import_templates (name, settings, version, "
                                "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)"),
                 {settings.name,
                  text,
                  settings.version,
                  settings.updatedAt,
                  settings.updatedAt,
                  settings.updatedBy});
    else
        sql.exec(QStringLiteral("UPDATE import_templates SET name = ?, settings = ?, version = ?, "
                                "updated_at = ?, updated_by = ? WHERE lower(name) = lower(?)"),
                 {settings.name,
                  text,
                  settings.version,
                  settings.updatedAt,
                  settings.updatedBy,
                  settings.name});
    return settings;
}

ImportTemplate get(const Sql &sql, const QString &name)
{
    std::optional<ImportTemplate> found = find(sql, name);
    if (!found)
        throw DbError(DbError::Kind::NotFound,
                      QStringLiteral("no import template is named \"%1\" (see 'stevedore template "
                                     "list')")
                          .arg(name));
    return std::move(*found);
}

void remove(const Sql &sql, const QString &name)
{
    get(sql, name); // or NotFound
    sql.exec(QStringLiteral("DELETE FROM import_templates WHERE lower(name) = lower(?)"), {name});
}

ImportTemplate fromFile(const Sql &sql, qint64 fileId, const QString &name)
{
    const FileMapping mapping = MappingService(sql).load(fileId); // or NotFound
    const std::optional<catalog::FileOrigin> file = catalog::fileOrigin(sql, fileId);
    if (!file)
        throw DbError(DbError::Kind::NotFound, QStringLiteral("the file no longer exists"));
    ImportTemplate out;
    out.name = name;
    SourceOptions source;
    const QJsonObject stored = QJsonDocument::fromJson(file->dialect.toUtf8()).object();
    source.applyJson(stored.value(QLatin1String("source")).toObject());
    source.format = SourceOptions::storedFormat(file->dialect);
    out.format = source.format;
    out.sheet = source.part;
    out.skipRows = source.skipRows;
    out.fixedColumns = source.fixedColumns;
    if (source.format == SourceFormat::Delimited) {
        const Dialect dialect = Dialect::fromJson(file->dialect).value_or(Dialect());
        out.overrides = {.delimiter = dialect.delimiter,
                         .quote = dialect.quote,
                         .hasHeader = dialect.hasHeader,
                         .encoding = dialect.encoding};
    }
    for (const ColumnMapping &column : mapping.columns) {
        if (column.isMapped())
            out.mapping << ImportTemplate::Column{
                column.fileColumn, column.schemaColumn, column.transform, column.rules};
    }
    return out;
}

Applied applyMapping(const Sql &sql, qint64 fileId, const ImportTemplate &settings)
{
    Applied applied;
    const MappingService service(sql);
    const FileMapping current = service.load(fileId);
    QList<MappingEdit> edits;
    for (const ImportTemplate::Column &column : settings.mapping) {
        QString fileColumn;
        for (const ColumnMapping &candidate : current.columns) {
            if (candidate.fileColumn == column.fileColumn) {
                fileColumn = candidate.fileColumn;
                break;
            }
            if (fileColumn.isEmpty()
                && looseName(candidate.fileColumn) == looseName(column.fileColumn))
                fileColumn = candidate.fileColumn;
        }
        if (fileColumn.isEmpty()) {
            applied.missing << column.fileColumn;
            continue;
        }
        MappingEdit edit;
        edit.fileColumn = fileColumn;
        edit.schemaColumn = column.schemaColumn;
        edit.transform = column.transform;
        edit.rules = column.rules;
        edits << edit;
    }
    applied.columns = int(edits.size());
    if (!edits.isEmpty())
        service.save(fileId,
                     edits,
                     std::nullopt,
                     QStringLiteral("template \"%1\" (version %2)")
                         .arg(settings.name)
                         .arg(settings.version));
    applied.message = QStringLiteral("mapping applied: template \"%1\" (version %2), %3 of %4 "
                                     "columns")
                          .arg(settings.name)
                          .arg(settings.version)
                          .arg(applied.columns)
                          .arg(settings.mapping.size());
    if (!applied.missing.isEmpty())
        applied.message += QStringLiteral("; not in the file: %1")
                               .arg(applied.missing.join(QStringLiteral(", ")));
    return applied;
}

} // namespace importtemplates
} // namespace stevedore
