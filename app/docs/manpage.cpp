// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "docs/manpage.h"

#include "cli.h"
#include "clioptions.h"
#include "version.h"

#include <QRegularExpression>

namespace stevedore::cli {

namespace {

// Text for roff: a backslash printed as such, hyphens as minus signs (so that options can be
// searched and copied), and a line that would start with a control character made inert.
QString roff(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    out.replace(QLatin1Char('-'), QLatin1String("\\-"));
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString optionHead(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << QStringLiteral("\\fB%1%2\\fR")
                     .arg(name.size() == 1 ? QStringLiteral("\\-") : QStringLiteral("\\-\\-"),
                          roff(name));
    QString head = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        head += QStringLiteral(" \\fI%1\\fR").arg(roff(option.valueName()));
    return head;
}

QString optionList(const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &option : options)
        text += QStringLiteral(".TP\n%1\n%2\n").arg(optionHead(option), roff(option.description()));
    return text;
}

// The usage as --help prints it, its long lines broken between words so that it fits an
// 80-column terminal (no-fill mode does not break lines itself).
QString wrappedUsage(const QString &usage, qsizetype indent)
{
    constexpr qsizetype width = 72;
    QStringList lines;
    for (const QString &line : usage.split(QLatin1Char('\n'))) {
        const qsizetype words = line.indexOf(QRegularExpression(QStringLiteral("\\S")));
        QString current = line.left(std::max<qsizetype>(words, 0));
        for (const QString &word : line.mid(current.size()).split(QLatin1Char(' '))) {
            if (current.trimmed().isEmpty()) {
                current += word;
            } else if (indent + current.size() + 1 + word.size() > width) {
                lines << current;
                current = QStringLiteral("        ") + word;
                indent = 0;
            } else {
                current += QLatin1Char(' ') + word;
            }
        }
        lines << current;
        indent = 0;
    }
    return lines.join(QLatin1Char('\n'));
}

QString commandSection(const Command &command)
{
    const QString usage = wrappedUsage(command.usage, command.name.size() + 11);
    QString text = QStringLiteral(".SS %1\n%2\n.PP\n.nf\n\\fBstevedore %1\\fR %3\n.fi\n")
                       .arg(command.name, roff(command.summary), roff(usage));
    return text + optionList(command.options);
}

const char *const header = R"sh(.TH STEVEDORE 1 "" "stevedore %1" "User Commands"
.SH NAME
stevedore \- the operators' console for a data\-import database
.SH SYNOPSIS
.B stevedore
[\fIGLOBAL OPTIONS\fR] [\fIFILE\fR...]
.br
.B stevedore
[\fIGLOBAL OPTIONS\fR] \fICOMMAND\fR [\fIOPTIONS\fR]
.SH DESCRIPTION
Stevedore browses projects, the files imported into them and their records, runs batch
imports that cannot lose or duplicate a record, edits the global schema and per\-file column
mappings, and shows live charts of what the database is doing.
.PP
With no command it opens the GUI; \fIFILE\fRs given instead of a command (as a file manager
does) are offered in its import dialog. A word that names a command is that command: write
\fB./projects\fR for a file called \fBprojects\fR. Every command runs headless and never needs
a display. Global options are accepted before or after the command.
.SH GLOBAL OPTIONS
)sh";

const char *const helpOptions = R"sh(.TP
\fB\-\-help\fR, \fB\-h\fR
Show the commands and global options; after a command, that command's options.
.TP
\fB\-\-version\fR, \fB\-v\fR
Show the version.
)sh";

const char *const trailer = R"sh(.SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 1
Failure: a mistake in the command line, a missing project or file, an unreachable server, a
bad URL, an import that failed. One line on standard error says why.
.TP
.B 2
Finished, with problems: \fBimport\fR rejected some records (each printed as
\fIFILE\fR:\fILINE\fR: \fIreason\fR); \fBmapping validate\fR found invalid values or unmapped
required columns; \fBbench \-\-compare\fR found a regression beyond 10%.
.TP
.B 130
\fBbench\fR was stopped by SIGTERM or Ctrl\-C (its scratch data removed).
.SH ENVIRONMENT
.TP
.B STEVEDORE_DB
The database when \fB\-\-db\fR is not given.
.TP
.B SPDLOG_LEVEL
The log level when \fB\-\-log\-level\fR is not given.
.SH FILES
.TP
.I ~/.local/share/Stevedore/stevedore/stevedore.sqlite
The embedded SQLite database used by default.
.TP
.I ~/.local/share/Stevedore/stevedore/logs/stevedore.log
The log (rotated at 5 MiB, three files kept).
.TP
.I ~/.config/Stevedore/stevedore.conf
GUI settings: window state, recent connections (never passwords), language.
.SH SEE ALSO
.BR psql (1),
.BR sqlite3 (1);
the README and docs in
.IR /usr/share/doc/stevedore .
)sh";

} // namespace

QString manPage()
{
    QString text = QString::fromUtf8(header).arg(QString::fromLatin1(versionString));
    text += optionList(globalOptions());
    text += QString::fromUtf8(helpOptions) + QStringLiteral(".SH COMMANDS\n");
    for (const Command &command : allCommands()) {
        if (!command.hidden)
            text += commandSection(command);
    }
    return text + QString::fromUtf8(trailer);
}

} // namespace stevedore::cli
