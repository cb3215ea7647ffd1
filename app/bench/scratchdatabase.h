// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "db/dburl.h"

#include <QString>

#include <memory>

namespace stevedore {
class Database;
}

namespace stevedore::bench {

// A database of Stevedore's tables that the benchmark may change freely, for the cases that
// touch the global target schema (schema_columns is not per project). On PostgreSQL it is a
// schema of its own with a unique name in the --db database, reached by every connection
// through search_path; on SQLite a file in the output folder. Removed by the destructor.
class ScratchDatabase
{
public:
    // primary: the --db URL (PostgreSQL) or ignored (SQLite); dir: where an SQLite file goes.
    ScratchDatabase(const DbUrl &primary, const QString &dir, const QString &tag);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    // Opens it (creating the schema and applying migrations) on first use. Throws DbError.
    Database &database();
    // "schema stevedore_bench_… in host/db" or the SQLite path, for the report.
    QString description() const;

private:
    DbUrl m_primary;
    DbUrl m_url;
    QString m_schema; // PostgreSQL only
    std::unique_ptr<Database> m_database;
};

} // namespace stevedore::bench
