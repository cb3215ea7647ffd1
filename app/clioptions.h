// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "globaloptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace stevedore::cli {

// The options every command accepts, before or after the command word.
QList<QCommandLineOption> globalOptions();
// Finds the command word in argv (skipping global options and their values): its index,
// or -1 when there is none (no command: the GUI).
int findCommand(const QStringList &arguments);
// The global options' values from a parser that has parsed globalOptions(). Throws UsageError
// or DbError (Invalid) for a value it cannot use: a --log-format other than text or json, a
// bad --db or --replica URL, a bad --max-replica-lag duration.
GlobalOptions parseGlobalOptions(const QCommandLineParser &parser);

} // namespace stevedore::cli
