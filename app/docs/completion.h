// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace stevedore::cli {

struct Command;

// Shell completion scripts for bash and zsh, made from the tables --help prints. They complete
// commands, their actions and options, file names, and the values of --project and --file by
// running `stevedore projects` / `stevedore files --project P` (with the --db on the line).
QString bashCompletion();
QString zshCompletion();

// A command's first words ("create", "rename", "delete" for project), read from its usage: the
// first word of each alternative that is a plain lowercase word.
QStringList commandActions(const Command &command);

} // namespace stevedore::cli
