// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "clioptions.h"
#include "db/database.h"
#include "db/dberror.h"
#include "logging/logging.h"
#include "logging/redact.h"
#include "version.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>

#include <cstdio>

namespace stevedore::cli {

Context::Context(QCommandLineParser &p)
    : parser(p)
{}

Context::~Context() = default;

Database &Context::database()
{
    if (m_database)
        return *m_database;
    DatabaseOptions options;
    options.primary = globals.db ? *globals.db : DbUrl::defaultUrl();
    options.replicas = globals.replicas;
    if (globals.maxReplicaLag)
        options.maxReplicaLag = *globals.maxReplicaLag;
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

QString generalHelp()
{
    QString text = QStringLiteral(
        "Usage: stevedore [GLOBAL OPTIONS] [COMMAND [OPTIONS]]\n"
        "Stevedore — the operators' console for the data-import database.\n"
        "With no command it opens the GUI; every command runs headless.\n\nCommands:\n");
    for (const Command &command : allCommands()) {
        if (!command.hidden)
            text += QStringLiteral("  %1%2\n").arg(padRight(command.name, 10), command.summary);
    }
    text += QStringLiteral("\nGlobal options (before or after the command):\n");
    for (const QCommandLineOption &option : globalOptions())
        text += QStringLiteral("  --%1 <%2>\n      %3\n")
                    .arg(option.names().first(), option.valueName(), option.description());
    text += QStringLiteral("  --help, --version\n\nRun 'stevedore COMMAND --help' for a command's "
                           "options.\n");
    return text;
}

QString commandHelp(const Command &command)
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

static const Command *commandNamed(const QList<Command> &commands, const QString &name)
{
    for (const Command &command : commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

// "stevedore FILE...": the first word is no command's name but a file that exists.
static bool namesFiles(const QStringList &arguments, int index)
{
    return !commandNamed(allCommands(), arguments[index]) && QFileInfo(arguments[index]).isFile();
}

bool wantsGui(const QStringList &arguments)
{
    if (const int index = findCommand(arguments); index >= 0 && !namesFiles(arguments, index))
        return false;
    for (const QString &arg : arguments.mid(1)) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")
            || arg == QLatin1String("--version") || arg == QLatin1String("-v"))
            return false;
    }
    return true;
}

void setUpLogging(const GlobalOptions &options)
{
    LogOptions log = options.log;
    log.console = options.logLevelGiven;
    initLogging(log);
}

std::optional<Command> commandIn(const QStringList &arguments)
{
    const int index = findCommand(arguments);
    if (index < 0)
        return std::nullopt;
    const QList<Command> commands = allCommands();
    const Command *command = commandNamed(commands, arguments[index]);
    return command ? std::optional<Command>(*command) : std::nullopt;
}

bool parseGuiOptions(const QStringList &arguments, GlobalOptions &options, QStringList &files)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    // Options the parser does not know are Qt's own (-platform, -style, …), which
    // QApplication takes; a known option without its value is a mistake.
    if (!parser.parse(arguments) && parser.unknownOptionNames().isEmpty()) {
        std::fprintf(stderr,
                     "stevedore: %s; see 'stevedore --help'\n",
                     qPrintable(printable(parser.errorText())));
        return false;
    }
    for (const QString &file : parser.positionalArguments())
        files << QFileInfo(file).absoluteFilePath();
    QString error;
    try {
        options = parseGlobalOptions(parser);
        return true;
    } catch (const UsageError &usage) {
        error = redactSecrets(usage.message);
    } catch (const DbError &dbError) {
        error = dbError.message();
    }
    const QByteArray line = "stevedore: " + printable(error).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    return false;
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
        command = commandNamed(commands, arguments[index]);
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
        ctx.globals = parseGlobalOptions(parser);
        if (!command->hidden)
            setUpLogging(ctx.globals);
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

QList<Command> allCommands()
{
    QList<Command> commands = catalogCommands();
    commands << importCommands() << schemaCommands() << templateCommands();
    commands << benchCommands();
    commands << chartsCommands();
    commands << docsCommands();
    return commands;
}

} // namespace stevedore::cli
