// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "globaloptions.h"
#include "import/exporter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace stevedore {
class Database;
}

namespace stevedore::cli {

// What a command gets: its parsed options and positional arguments, the global options, and
// the database, opened on first use with them.
class Context
{
public:
    explicit Context(QCommandLineParser &parser);
    ~Context();

    QCommandLineParser &parser;
    QStringList positional; // after the command word
    QString command;
    GlobalOptions globals;

    Database &database();
    void closeDatabase();
    bool isSet(const QString &name) const { return parser.isSet(name); }
    QString value(const QString &name) const { return parser.value(name); }
    // The value of a required option; throws UsageError when missing.
    QString required(const QString &name) const;

    // One line of text to stdout / stderr, UTF-8; a trailing '\n' ends it. Every other control
    // character in it (a newline or ESC in a name, path or reason) is written as an escape
    // (printable() in redact.h), so data cannot split a line or drive the terminal.
    void out(const QString &line) const;
    void err(const QString &line) const;
    // A JSON document (toJson) and a newline to stdout, as it is: JSON escapes its own.
    void outJson(const QVariant &value) const;

private:
    std::unique_ptr<Database> m_database;
};

// A mistake in the command line: printed with a hint to --help, exit 1.
struct UsageError
{
    QString message;
};

struct Command
{
    QString name;
    QString summary;
    QString usage; // "--project NAME [--json]"
    QList<QCommandLineOption> options;
    std::function<int(Context &)> run;
    // Renders with widgets (charts): main() gives it a QApplication on the offscreen platform
    // instead of a QCoreApplication, so it still never needs a display.
    bool needsWidgets = false;
    // Prints text made from these tables (man page, shell completion): left out of --help,
    // and runs without logging, so that the build can run it anywhere.
    bool hidden = false;
};

// Each command file under commands/ contributes one list; allCommands() joins them.
QList<Command> catalogCommands();  // commands/catalogcommands.cpp
QList<Command> importCommands();   // commands/importcommands.cpp
QList<Command> schemaCommands();   // commands/schemacommands.cpp
QList<Command> templateCommands(); // commands/templatecommands.cpp
QList<Command> benchCommands();    // commands/benchcommand.cpp
QList<Command> chartsCommands();   // commands/chartscommand.cpp
QList<Command> docsCommands();     // commands/docscommands.cpp
QList<Command> allCommands();
// The command argv names; none when it names no command or an unknown one.
std::optional<Command> commandIn(const QStringList &arguments);

// Runs a headless command; argv holds the full command line. Returns the exit code.
int run(const QStringList &arguments);
// True when argv names no command (and no --help/--version): the GUI should open. A first
// word that is no command name but an existing file ("stevedore FILE...", as a file manager
// starts it) opens the GUI too, with the words offered for import; a command's name wins.
bool wantsGui(const QStringList &arguments);
// Parses and checks the global options for the GUI (argv names no command), before any
// QApplication exists. On a bad value prints the one line a command would, without the
// command's name ("stevedore: --log-format must be text or json"), and returns false: exit 1.
// files gets the FILE words, as absolute paths.
bool parseGuiOptions(const QStringList &arguments, GlobalOptions &options, QStringList &files);
// The commands, options and exit codes for --help, the man page and the shell completion.
QString generalHelp();
QString commandHelp(const Command &command);
// Sets up logging from the global --log-* options; the console gets log lines only when
// --log-level was given, so that errors reach stderr as one line.
void setUpLogging(const GlobalOptions &options);

QString toJson(const QVariant &value);

// Prints rows as aligned columns (the first row is the header); cells go through printable().
void printTable(const Context &ctx, const QList<QStringList> &rows);

// Opens -o PATH for writing, or stdout for "-" or no -o; throws DbError naming the path.
std::unique_ptr<QFile> openOutput(const Context &ctx); // commands/importcommands.cpp

// export --mapped: the file's records in schema columns through its mapping.
ExportResult exportMapped(Context &ctx, const ExportOptions &options);

} // namespace stevedore::cli
