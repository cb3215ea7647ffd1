// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

namespace stevedore::cli {

QList<Command> schemaCommands()
{
    return {};
}

} // namespace stevedore::cli
