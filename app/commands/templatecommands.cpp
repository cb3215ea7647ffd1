// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "db/database.h"
#include "db/dberror.h"
#include "db/osuser.h"
#include "db/sql.h"
#include "import/importtemplate.h"
#include "store/catalog.h"

#include <QFile>

namespace stevedore::cli {

namespace {

const QString jsonFlag = QStringLiteral("json");
const QString expectFlag = QStringLiteral("expect-version");

void allowOnly(const Context &ctx, const QString &sub, const QStringList &allowed)
{
    for (const QString &option :
         {jsonFlag, expectFlag, QStringLiteral("project"), QStringLiteral("file")}) {
        if (ctx.isSet(option) && !allowed.contains(option))
            throw UsageError{
                QStringLiteral("--%1 does not apply to 'template %2'").arg(option, sub)};
    }
}

QString mappingText(const ImportTemplate::Column &column)
{
    QString text = QStringLiteral("%1 = %2").arg(column.fileColumn, column.schemaColumn);
    if (!column.transform.isEmpty())
        text += QStringLiteral(" : ") + column.transform;
    return text;
}

int templateList(Context &ctx)
{
    allowOnly(ctx, QStringLiteral("list"), {jsonFlag});
    const QList<ImportTemplate> templates
        = ctx.database()
              .read([](QSqlDatabase &db) { return importtemplates::list(Sql(db)); })
              .result();
    if (ctx.isSet(jsonFlag)) {
        QVariantList list;
        for (const ImportTemplate &settings : templates)
            list << settings.toVariant();
        ctx.outJson(list);
        return 0;
    }
    QList<QStringList> rows{{QStringLiteral("NAME"),
                             QStringLiteral("VERSION"),
                             QStringLiteral("COLUMNS"),
                             QStringLiteral("UPDATED"),
                             QStringLiteral("BY")}};
    for (const ImportTemplate &settings : templates) {
        const QVariantMap json = settings.toVariant();
        rows << QStringList{settings.name,
                            QString::number(settings.version),
                            QString::number(settings.mapping.size()),
                            json.value(QStringLiteral("updated_at")).toString(),
                            settings.updatedBy};
    }
    printTable(ctx, rows);
    return 0;
}

ImportTemplate findTemplate(Context &ctx, const QString &name)
{
    return ctx.database()
        .read([name](QSqlDatabase &db) { return importtemplates::get(Sql(db), name); },
              ReadConsistency::Primary)
        .result();
}

int templateShow(Context &ctx, const QString &name)
{
    allowOnly(ctx, QStringLiteral("show"), {jsonFlag});
    const ImportTemplate settings = findTemplate(ctx, name);
    const QVariantMap json = settings.toVariant();
    if (ctx.isSet(jsonFlag)) {
        ctx.outJson(json);
        return 0;
    }
    ctx.out(QStringLiteral("template \"%1\", version %2, saved %3 by %4\n")
                .arg(settings.name)
                .arg(settings.version)
                .arg(json.value(QStringLiteral("updated_at")).toString(), settings.updatedBy));
    for (auto it = json.cbegin(); it != json.cend(); ++it) {
        static const QStringList shownAbove{QStringLiteral("name"),
                                            QStringLiteral("version"),
                                            QStringLiteral("updated_at"),
                                            QStringLiteral("updated_by"),
                                            QStringLiteral("mapping")};
        if (!shownAbove.contains(it.key()))
            ctx.out(QStringLiteral("  %1: %2\n").arg(it.key(), it.value().toString()));
    }
    for (const ImportTemplate::Column &column : settings.mapping) {
        ctx.out(QStringLiteral("  map %1\n").arg(mappingText(column)));
        for (const ColumnRule &rule : column.rules)
            ctx.out(QStringLiteral("    rule %1\n").arg(columnrules::toText(rule)));
    }
    return 0;
}

int templateSave(Context &ctx, const QString &name)
{
    allowOnly(ctx,
              QStringLiteral("save"),
              {jsonFlag, expectFlag, QStringLiteral("project"), QStringLiteral("file")});
    std::optional<int> expect;
    if (ctx.isSet(expectFlag)) {
        bool ok = false;
        expect = ctx.value(expectFlag).toInt(&ok);
        if (!ok || *expect < 0)
            throw UsageError{QStringLiteral("--expect-version must be a number, 0 or more")};
    }
    const bool fromFile = ctx.isSet(QStringLiteral("file"));
    std::optional<ImportTemplate> settings;
    if (fromFile) {
        if (ctx.positional.size() != 2)
            throw UsageError{QStringLiteral("give either SETTINGS.json or --project P --file F")};
    } else {
        if (ctx.positional.size() != 3)
            throw UsageError{
                QStringLiteral("usage: stevedore template save NAME SETTINGS.json | --project P "
                               "--file F")};
        const QString path = ctx.positional.at(2);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw UsageError{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
        QString error;
        settings = ImportTemplate::fromJson(file.readAll(), &error);
        if (!settings)
            throw DbError(DbError::Kind::Invalid, QStringLiteral("%1: %2").arg(path, error));
        settings->name = name;
    }
    const QString project = fromFile ? ctx.required(QStringLiteral("project")) : QString();
    const QString fileName = ctx.value(QStringLiteral("file"));
    const QString osUser = currentOsUser();
    const ImportTemplate saved
        = ctx.database()
              .write([name, project, fileName, settings, expect, osUser](QSqlDatabase &db) {
                  const Sql sql(db);
                  SqlTransaction transaction(sql);
                  ImportTemplate wanted = settings.value_or(ImportTemplate());
                  if (!settings) {
                      const qint64 fileId
                          = catalog::fileInfo(sql, catalog::projectId(sql, project), fileName).id;
                      wanted = importtemplates::fromFile(sql, fileId, name);
                  }
                  ImportTemplate done = importtemplates::save(sql, wanted, expect, osUser);
                  transaction.commit();
                  return done;
              })
              .result();
    if (ctx.isSet(jsonFlag))
        ctx.outJson(saved.toVariant());
    else
        ctx.out(QStringLiteral("saved template \"%1\", version %2 (%3 mapped columns)\n")
                    .arg(saved.name)
                    .arg(saved.version)
                    .arg(saved.mapping.size()));
    return 0;
}

int templateDelete(Context &ctx, const QString &name)
{
    allowOnly(ctx, QStringLiteral("delete"), {});
    ctx.database()
        .write([name](QSqlDatabase &db) {
            const Sql sql(db);
            SqlTransaction transaction(sql);
            importtemplates::remove(sql, name);
            transaction.commit();
        })
        .waitForFinished();
    ctx.out(QStringLiteral("deleted template \"%1\"\n").arg(name));
    return 0;
}

int templateCommand(Context &ctx)
{
    const QString sub = ctx.positional.value(0);
    if (sub == QLatin1String("list") && ctx.positional.size() == 1)
        return templateList(ctx);
    const QString name = ctx.positional.value(1);
    if (sub == QLatin1String("show") && ctx.positional.size() == 2)
        return templateShow(ctx, name);
    if (sub == QLatin1String("save") && ctx.positional.size() >= 2)
        return templateSave(ctx, name);
    if (sub == QLatin1String("delete") && ctx.positional.size() == 2)
        return templateDelete(ctx, name);
    throw UsageError{QStringLiteral("usage: stevedore template list|show|save|delete (see "
                                    "'stevedore template --help')")};
}

} // namespace

QList<Command> templateCommands()
{
    return {
        {QStringLiteral("template"),
         QStringLiteral("List, show, save or delete named import templates: how to read and map "
                        "a kind of file (import --template NAME)."),
         QStringLiteral("list [--json]\n"
                        "       | show NAME [--json]\n"
                        "       | save NAME SETTINGS.json [--expect-version N] [--json]\n"
                        "       | save NAME --project P --file F [--expect-version N] [--json]\n"
                        "       | delete NAME\n"
                        "SETTINGS.json: {\"format\", \"delimiter\", \"quote\", \"encoding\", "
                        "\"header\", \"sheet\", \"skip_rows\", \"fixed_spec\", \"max_rejects\", "
                        "\"atomic\", \"mapping\": [{\"file_column\", \"schema_column\", "
                        "\"transform\", \"rules\"}]}, every key optional (docs/schema.md); save "
                        "--file takes the file's format, dialect, sheet, mapping and rules"),
         {{jsonFlag, QStringLiteral("Print JSON.")},
          {expectFlag,
           QStringLiteral("save: refuse unless the template is at version N (0: new)."),
           QStringLiteral("N")},
          {QStringLiteral("project"),
           QStringLiteral("save: the file's project."),
           QStringLiteral("name")},
          {QStringLiteral("file"),
           QStringLiteral("save: take the settings of this imported file."),
           QStringLiteral("name")}},
         templateCommand},
    };
}

} // namespace stevedore::cli
