// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "db/dburl.h"
#include "logging/logging.h"

#include <QList>

#include <chrono>
#include <optional>

namespace stevedore {

// The options the GUI and every command accept (README, "Command line"), parsed and checked
// once by the application before it starts either. An option not given stays unset, so that
// each entry point applies its own default: the GUI opens the connection used last, a command
// $STEVEDORE_DB or the embedded SQLite file.
struct GlobalOptions
{
    std::optional<DbUrl> db;                                // --db
    QList<DbUrl> replicas;                                  // --replica, repeatable
    std::optional<std::chrono::milliseconds> maxReplicaLag; // --max-replica-lag
    LogOptions log; // --log-level, --log-file, --log-format; console left at its default
    bool logLevelGiven = false; // commands show log lines on stderr only when asked to
};

} // namespace stevedore
