// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "exporter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace stevedore {
class Database;
}

namespace stevedore::cli {

// What a command gets: its parsed options and positional arguments, and the database,
// opened on first use with the global options.
class Context
{
public:
    explicit Context(QCommandLineParser &parser);
    ~Context();

    QCommandLineParser &parser;
    QStringList positional; // after the command word
    QString command;

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
};

QList<Command> catalogCommands();
QList<Command> importCommands(); // importcommands.cpp
QList<Command> schemaCommands(); // schemacommands.cpp
QList<Command> chartsCommands(); // chartscommand.cpp
// True for commands that render with widgets (charts): main() must give them a QApplication
// on the offscreen platform instead of a QCoreApplication.
bool needsOffscreenWidgets(const QStringList &arguments); // chartscommand.cpp
QList<Command> allCommands();

// Runs a headless command; argv holds the full command line. Returns the exit code.
int run(const QStringList &arguments);
// True when argv names no command (and no --help/--version): the GUI should open.
bool wantsGui(const QStringList &arguments);
// Applies the global --log-* options (also used by the GUI).
void setUpLogging(QCommandLineParser &parser, bool console);

QString toJson(const QVariant &value);

// Prints rows as aligned columns (the first row is the header); cells go through printable().
void printTable(const Context &ctx, const QList<QStringList> &rows);

// Opens -o PATH for writing, or stdout for "-" or no -o; throws DbError naming the path.
std::unique_ptr<QFile> openOutput(const Context &ctx); // importcommands.cpp

// export --mapped: the file's records in schema columns through its mapping.
ExportResult exportMapped(Context &ctx, const ExportOptions &options);

} // namespace stevedore::cli
