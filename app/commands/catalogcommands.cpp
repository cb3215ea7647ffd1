// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "db/database.h"
#include "db/sql.h"
#include "store/catalog.h"

#include <QDateTime>

namespace stevedore::cli {

static QString isoTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

static QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), QStringLiteral("Print JSON.")};
}

static QCommandLineOption projectOption()
{
    return {QStringLiteral("project"), QStringLiteral("The project."), QStringLiteral("name")};
}

static int projectsCommand(Context &ctx)
{
    const QList<ProjectInfo> projects
        = ctx.database()
              .read([](QSqlDatabase &db) { return catalog::listProjects(Sql(db)); })
              .result();
    if (ctx.isSet(QStringLiteral("json"))) {
        QVariantList list;
        for (const ProjectInfo &p : projects)
            list << QVariantMap{{QStringLiteral("name"), p.name},
                                {QStringLiteral("files"), p.fileCount},
                                {QStringLiteral("records"), p.recordCount},
                                {QStringLiteral("created_at"), isoTime(p.createdAt)}};
        ctx.outJson(list);
        return 0;
    }
    QList<QStringList> rows{
        {QStringLiteral("NAME"), QStringLiteral("FILES"), QStringLiteral("RECORDS")}};
    for (const ProjectInfo &p : projects)
        rows << QStringList{p.name, QString::number(p.fileCount), QString::number(p.recordCount)};
    printTable(ctx, rows);
    return 0;
}

static int projectCommand(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == QLatin1String("create") && ctx.positional.size() == 2) {
        const QString name = ctx.positional[1];
        ctx.database()
            .write([name](QSqlDatabase &db) { return catalog::createProject(Sql(db), name); })
            .result();
        ctx.out(QStringLiteral("created project '%1'\n").arg(name));
        return 0;
    }
    if (action == QLatin1String("rename") && ctx.positional.size() == 3) {
        const QString from = ctx.positional[1];
        const QString to = ctx.positional[2];
        ctx.database()
            .write([from, to](QSqlDatabase &db) { catalog::renameProject(Sql(db), from, to); })
            .waitForFinished();
        ctx.out(QStringLiteral("renamed project '%1' to '%2'\n").arg(from, to));
        return 0;
    }
    if (action == QLatin1String("delete") && ctx.positional.size() == 2) {
        const QString name = ctx.positional[1];
        const qint64 records
            = ctx.database()
                  .write([name](QSqlDatabase &db) { return catalog::deleteProject(Sql(db), name); })
                  .result();
        ctx.out(QStringLiteral("deleted project '%1' (%2 records)\n").arg(name).arg(records));
        return 0;
    }
    throw UsageError{
        QStringLiteral("usage: stevedore project create NAME | rename OLD NEW | delete NAME")};
}

static int filesCommand(Context &ctx)
{
    const QString project = ctx.required(QStringLiteral("project"));
    const QList<FileInfo> files
        = ctx.database()
              .read([project](QSqlDatabase &db) {
                  Sql sql(db);
                  return catalog::listFiles(sql, catalog::projectId(sql, project));
              })
              .result();
    if (ctx.isSet(QStringLiteral("json"))) {
        QVariantList list;
        for (const FileInfo &f : files)
            list << QVariantMap{{QStringLiteral("name"), f.name},
                                {QStringLiteral("records"), f.recordCount},
                                {QStringLiteral("bytes"), f.byteSize},
                                {QStringLiteral("status"), f.status},
                                {QStringLiteral("imported_at"),
                                 f.importedAt > 0 ? QVariant(isoTime(f.importedAt)) : QVariant()},
                                {QStringLiteral("rejected"), f.rejectCount},
                                {QStringLiteral("sha256"), f.sha256}};
        ctx.outJson(list);
        return 0;
    }
    QList<QStringList> rows{{QStringLiteral("NAME"),
                             QStringLiteral("RECORDS"),
                             QStringLiteral("BYTES"),
                             QStringLiteral("STATUS"),
                             QStringLiteral("IMPORTED AT")}};
    for (const FileInfo &f : files)
        rows << QStringList{f.name,
                            QString::number(f.recordCount),
                            QString::number(f.byteSize),
                            f.status,
                            isoTime(f.importedAt)};
    printTable(ctx, rows);
    return 0;
}

QList<Command> catalogCommands()
{
    return {
        {QStringLiteral("projects"),
         QStringLiteral("List projects with their file and record counts."),
         QStringLiteral("[--json]"),
         {jsonOption()},
         projectsCommand},
        {QStringLiteral("project"),
         QStringLiteral("Create, rename or delete a project."),
         QStringLiteral("create NAME | rename OLD NEW | delete NAME"),
         {},
         projectCommand},
        {QStringLiteral("files"),
         QStringLiteral("List a project's files (one query)."),
         QStringLiteral("--project NAME [--json]"),
         {projectOption(), jsonOption()},
         filesCommand},
    };
}

} // namespace stevedore::cli
