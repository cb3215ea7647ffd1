// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace stevedore {

class Sql;

// Versioned schema migrations for SQLite and PostgreSQL. Applied and validated once, at
// start-up, on the primary; no code checks for tables at query time after that.
class Migrations
{
public:
    // The version this build writes and understands.
    static int latestVersion();
    // Applies what is missing, each migration in its own transaction, serialised against
    // other processes (advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite). Throws
    // DbError when the database is newer than this build or a migration fails.
    // Returns the version before migrating (0 for a new database). upTo stops at an older
    // version (tests build old databases with it).
    static int apply(const Sql &sql, int upTo = latestVersion());
    // SQLite: throws DbError when the file is not ours to change, before anything writes to
    // it: a file of another application (tables, but no stevedore_meta) or no SQLite file at
    // all. An empty or new file is fine: it becomes a Stevedore database. name is for the
    // message (the file's path).
    static void refuseForeign(const Sql &sql, const QString &name);
    // Checks that every table this build needs is present; throws DbError naming the missing.
    static void validate(const Sql &sql);
    static int currentVersion(const Sql &sql);
    static QStringList requiredTables();
};

} // namespace stevedore
