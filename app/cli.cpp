// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "catalog.h"
#include "clioptions.h"
#include "database.h"
#include "dberror.h"
#include "logging.h"
#include "redact.h"
#include "sql.h"
#include "version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>

#include <cstdio>

namespace stevedore::cli {

Context::Context(QCommandLineParser &p)
    : parser(p)
{}

Context::~Context() = default;

static std::chrono::milliseconds parseDuration(const QString &text)
{
    QString t = text.trimmed();
    double factor = 1;
    if (t.endsWith(QLatin1String("ms"))) {
        t.chop(2);
    } else if (t.endsWith(QLatin1Char('s'))) {
        t.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || value < 0)
        throw UsageError{QStringLiteral("bad duration '%1' (e.g. 500ms, 2s)").arg(text)};
    return std::chrono::milliseconds(qint64(value * factor));
}

Database &Context::database()
{
    if (m_database)
        return *m_database;
    DatabaseOptions options;
    options.primary = parser.isSet(QStringLiteral("db"))
                          ? DbUrl::parse(parser.value(QStringLiteral("db")))
                          : DbUrl::defaultUrl();
    for (const QString &replica : parser.values(QStringLiteral("replica")))
        options.replicas << DbUrl::parse(replica);
    if (parser.isSet(QStringLiteral("max-replica-lag")))
        options.maxReplicaLag = parseDuration(parser.value(QStringLiteral("max-replica-lag")));
    if (!options.replicas.isEmpty() && !options.primary.isPostgres())
        throw UsageError{QStringLiteral("--replica needs a PostgreSQL --db")};
    auto database = std::make_unique<Database>(options);
    database->open();
    m_database = std::move(database);
    return *m_database;
}

void Context::closeDatabase()
{
    m_database.reset();
}

QString Context::required(const QString &name) const
{
    if (!parser.isSet(name) || parser.value(name).isEmpty())
        throw UsageError{QStringLiteral("'%1' needs --%2").arg(command, name)};
    return parser.value(name);
}

static void writeLine(std::FILE *stream, const QString &line)
{
    const bool ended = line.endsWith(QLatin1Char('\n'));
    QByteArray bytes = printable(QStringView(line).chopped(ended ? 1 : 0)).toUtf8();
    if (ended)
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

void Context::out(const QString &line) const
{
    writeLine(stdout, line);
}

void Context::err(const QString &line) const
{
    writeLine(stderr, line);
}

void Context::outJson(const QVariant &value) const
{
    const QByteArray bytes = toJson(value).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

QString toJson(const QVariant &value)
{
    return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
}

static QString isoTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

static QString padRight(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(1, width - text.size() + 1), QLatin1Char(' '));
}

void printTable(const Context &ctx, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return;
    // Escaped before measuring, so that the columns line up as printed.
    QList<QStringList> cells = rows;
    for (QStringList &row : cells) {
        for (QString &cell : row)
            cell = printable(cell);
    }
    QList<qsizetype> widths(cells.first().size(), 0);
    for (const QStringList &row : std::as_const(cells))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const QStringList &row : std::as_const(cells)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? padRight(row[c], widths[c]) : row[c];
        ctx.out(line + QLatin1Char('\n'));
    }
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

static QString generalHelp()
{
    QString text = QStringLiteral(
        "Usage: stevedore [GLOBAL OPTIONS] [COMMAND [OPTIONS]]\n"
        "Stevedore — the operators' console for the data-import database.\n"
        "With no command it opens the GUI; every command runs headless.\n\nCommands:\n");
    for (const Command &command : allCommands())
        text += QStringLiteral("  %1%2\n").arg(padRight(command.name, 10), command.summary);
    text += QStringLiteral("\nGlobal options (before or after the command):\n");
    for (const QCommandLineOption &option : globalOptions())
        text += QStringLiteral("  --%1 <%2>\n      %3\n")
                    .arg(option.names().first(), option.valueName(), option.description());
    text += QStringLiteral("  --help, --version\n\nRun 'stevedore COMMAND --help' for a command's "
                           "options.\n");
    return text;
}

static QString commandHelp(const Command &command)
{
    QString text = QStringLiteral("Usage: stevedore %1 %2\n%3\n")
                       .arg(command.name, command.usage, command.summary);
    if (!command.options.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        for (const QCommandLineOption &option : command.options) {
            QStringList names;
            for (const QString &name : option.names())
                names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
            QString head = names.join(QStringLiteral(", "));
            if (!option.valueName().isEmpty())
                head += QStringLiteral(" <%1>").arg(option.valueName());
            text += QStringLiteral("  %1\n      %2\n").arg(head, option.description());
        }
    }
    return text;
}

bool wantsGui(const QStringList &arguments)
{
    if (findCommand(arguments) >= 0)
        return false;
    for (const QString &arg : arguments.mid(1)) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")
            || arg == QLatin1String("--version") || arg == QLatin1String("-v"))
            return false;
    }
    return true;
}

void setUpLogging(QCommandLineParser &parser, bool console)
{
    LogOptions options;
    options.level = parser.value(QStringLiteral("log-level"));
    options.filePath = parser.value(QStringLiteral("log-file"));
    const QString format = parser.value(QStringLiteral("log-format"));
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json"))
        throw UsageError{QStringLiteral("--log-format must be text or json")};
    options.json = format == QLatin1String("json");
    options.console = console;
    initLogging(options);
}

// Qt's own warnings go to the log, never to the terminal of a headless command.
static void qtMessageToLog(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const auto level = type == QtDebugMsg     ? spdlog::level::debug
                       : type == QtInfoMsg    ? spdlog::level::info
                       : type == QtWarningMsg ? spdlog::level::warn
                                              : spdlog::level::err;
    logger(LogCategory::Cli)->log(level, "qt: {}", message.toStdString());
}

int run(const QStringList &arguments)
{
    qInstallMessageHandler(qtMessageToLog);
    const QList<Command> commands = allCommands();
    const int index = findCommand(arguments);
    const Command *command = nullptr;
    if (index >= 0) {
        for (const Command &candidate : commands) {
            if (candidate.name == arguments[index])
                command = &candidate;
        }
        if (!command) {
            std::fprintf(stderr,
                         "stevedore: unknown command '%s'; see 'stevedore --help'\n",
                         qPrintable(printable(arguments[index])));
            return 1;
        }
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help.")});
    parser.addOption(
        {{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version.")});
    if (command)
        parser.addOptions(command->options);
    QStringList args = arguments;
    if (index >= 0)
        args.removeAt(index);
    if (!parser.parse(args)) {
        std::fprintf(stderr,
                     "stevedore: %s; see 'stevedore --help'\n",
                     qPrintable(printable(parser.errorText())));
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        const QString help = command ? commandHelp(*command) : generalHelp();
        std::fputs(help.toUtf8().constData(), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version")) && !command) {
        std::printf("stevedore %s (Qt %s)\n", versionString, qVersion());
        return 0;
    }
    if (!command) {
        std::fputs(generalHelp().toUtf8().constData(), stderr);
        return 1;
    }

    int code = 1;
    Context ctx(parser);
    ctx.command = command->name;
    ctx.positional = parser.positionalArguments();
    try {
        // The console gets log lines only when asked for; errors reach stderr as one line.
        setUpLogging(parser, parser.isSet(QStringLiteral("log-level")));
        code = command->run(ctx);
    } catch (const UsageError &error) {
        ctx.err(
            QStringLiteral("stevedore %1: %2\n").arg(command->name, redactSecrets(error.message)));
        code = 1;
    } catch (const DbError &error) {
        ctx.err(QStringLiteral("stevedore %1: %2\n").arg(command->name, error.message()));
        code = 1;
    } catch (const std::exception &error) {
        ctx.err(QStringLiteral("stevedore %1: %2\n")
                    .arg(command->name, redactSecrets(QString::fromUtf8(error.what()))));
        code = 1;
    }
    std::fflush(stdout);
    ctx.closeDatabase();
    shutdownLogging();
    return code;
}

} // namespace stevedore::cli

namespace stevedore::cli {

QList<Command> benchCommands(); // benchcommand.cpp

QList<Command> allCommands()
{
    QList<Command> commands = catalogCommands();
    commands << importCommands() << schemaCommands();
    commands << benchCommands();
    commands << chartsCommands();
    return commands;
}

} // namespace stevedore::cli
