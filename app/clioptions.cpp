// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "clioptions.h"

#include "cli.h"
#include "text/duration.h"

namespace stevedore::cli {

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("db"),
         QStringLiteral(
             "Database: sqlite:PATH or postgresql://user@host[:port]/db[?pooler=transaction]. "
             "Default: $STEVEDORE_DB, else an embedded SQLite file."),
         QStringLiteral("url")},
        {QStringLiteral("replica"),
         QStringLiteral("A PostgreSQL read replica (repeatable)."),
         QStringLiteral("url")},
        {QStringLiteral("max-replica-lag"),
         QStringLiteral(
             "Skip replicas further behind than this (ms, or with s suffix; default 2s)."),
         QStringLiteral("time")},
        {QStringLiteral("log-level"),
         QStringLiteral("trace, debug, info, warning, error, critical or off (default: "
                        "$SPDLOG_LEVEL, else info)."),
         QStringLiteral("level")},
        {QStringLiteral("log-file"),
         QStringLiteral("Write the log to this file."),
         QStringLiteral("path")},
        {QStringLiteral("log-format"), QStringLiteral("text or json."), QStringLiteral("format")},
    };
}

int findCommand(const QStringList &arguments)
{
    QStringList valued;
    for (const QCommandLineOption &option : globalOptions())
        valued << QStringLiteral("--") + option.names().first();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (arg.startsWith(QLatin1Char('-'))) {
            if (valued.contains(arg))
                ++i; // skip the value
            continue;
        }
        return i;
    }
    return -1;
}

GlobalOptions parseGlobalOptions(const QCommandLineParser &parser)
{
    GlobalOptions options;
    const QString format = parser.value(QStringLiteral("log-format"));
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json"))
        throw UsageError{QStringLiteral("--log-format must be text or json")};
    options.log.json = format == QLatin1String("json");
    options.log.level = parser.value(QStringLiteral("log-level"));
    options.log.filePath = parser.value(QStringLiteral("log-file"));
    options.logLevelGiven = parser.isSet(QStringLiteral("log-level"));
    if (parser.isSet(QStringLiteral("db")))
        options.db = DbUrl::parse(parser.value(QStringLiteral("db")));
    for (const QString &replica : parser.values(QStringLiteral("replica")))
        options.replicas << DbUrl::parse(replica);
    if (parser.isSet(QStringLiteral("max-replica-lag")))
        options.maxReplicaLag = parseDuration(parser.value(QStringLiteral("max-replica-lag")));
    return options;
}

} // namespace stevedore::cli
