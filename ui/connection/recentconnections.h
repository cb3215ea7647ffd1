// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "db/database.h"

#include <QList>

namespace stevedore {

// The connections opened recently, newest first, kept in QSettings ("connections/recent")
// without passwords: a password typed in the dialog lives only in memory; otherwise libpq
// finds it (~/.pgpass, PGPASSWORD, a service file).
class RecentConnections
{
public:
    static constexpr int maxEntries = 10;

    static QList<DatabaseOptions> load();
    // Moves options to the front (an entry for the same primary is replaced).
    static void add(const DatabaseOptions &options);
    static void clear();
    // The URL as stored: no password, no password-like parameters.
    static DbUrl withoutSecrets(DbUrl url);
    // For menus: "SQLite · /path" or "PostgreSQL · host:port/db (+2 replicas)".
    static QString displayName(const DatabaseOptions &options);
};

} // namespace stevedore
