// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "docs/completion.h"
#include "docs/manpage.h"

namespace stevedore::cli {

static void print(Context &ctx, const QString &text)
{
    const auto out = openOutput(ctx);
    out->write(text.toUtf8());
    if (!out->flush())
        throw UsageError{QStringLiteral("cannot write: %1").arg(out->errorString())};
}

static int manCommand(Context &ctx)
{
    print(ctx, manPage());
    return 0;
}

static int completionCommand(Context &ctx)
{
    const QString shell = ctx.positional.value(0);
    if (shell == QLatin1String("bash"))
        print(ctx, bashCompletion());
    else if (shell == QLatin1String("zsh"))
        print(ctx, zshCompletion());
    else
        throw UsageError{QStringLiteral("name the shell: bash or zsh")};
    return 0;
}

// The build runs these to install the man page and the completion scripts (not in --help).
QList<Command> docsCommands()
{
    const QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write to PATH ('-': stdout, the default)."),
                                    QStringLiteral("path")};
    Command man{QStringLiteral("man"),
                QStringLiteral("Print the manual page (roff)."),
                QStringLiteral("[-o PATH]"),
                {output},
                manCommand};
    man.hidden = true;
    Command completion{QStringLiteral("completion"),
                       QStringLiteral("Print the shell completion script for bash or zsh."),
                       QStringLiteral("bash|zsh [-o PATH]"),
                       {output},
                       completionCommand};
    completion.hidden = true;
    return {man, completion};
}

} // namespace stevedore::cli
