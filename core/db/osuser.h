// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stevedore {

// The operating-system user this process runs as (the login name, else $USER), written into
// audit columns next to the database user: who fixed a record, who saved a mapping.
QString currentOsUser();

class Sql;

// The database user of the connection (`current_user` on PostgreSQL); empty on SQLite, which
// has no users (the file's owner is whoever can open it). Throws DbError.
QString currentDatabaseUser(const Sql &sql);

} // namespace stevedore
