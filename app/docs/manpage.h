// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stevedore::cli {

// stevedore(1) in roff, made from the tables --help prints (allCommands(), globalOptions()),
// so that the man page cannot drift from the program.
QString manPage();

} // namespace stevedore::cli
