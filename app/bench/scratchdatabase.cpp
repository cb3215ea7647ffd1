// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "scratchdatabase.h"

#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"

#include <QFile>
#include <QSqlDatabase>

namespace stevedore::bench {

namespace {

// Runs one statement on a private connection of the calling thread.
void execOnce(const DbUrl &url, const QString &statement)
{
    const QString name = QStringLiteral("stevedore-bench-admin");
    {
        QSqlDatabase db
            = Database::openConnection(url, name, QStringLiteral("stevedore-bench"), false);
        Sql sql(db);
        sql.exec(QStringLiteral("SET client_min_messages = warning")); // no NOTICE on stderr
        sql.exec(statement);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

ScratchDatabase::ScratchDatabase(const DbUrl &primary, const QString &dir, const QString &tag)
    : m_primary(primary)
{
    if (primary.isPostgres()) {
        m_schema = QStringLiteral("stevedore_bench_") + tag;
        m_url = primary;
        m_url.pooler = PoolerMode::None;
        // libpq's "options": every connection of this URL starts with this search_path, so
        // migrations and services create and use the tables in the scratch schema unchanged.
        m_url.params.append(
            {QStringLiteral("options"), QStringLiteral("-csearch_path=") + m_schema});
    } else {
        m_url = DbUrl::parse(QStringLiteral("sqlite:") + dir + QStringLiteral("/bench-schema-")
                             + tag + QStringLiteral(".db"));
    }
}

ScratchDatabase::~ScratchDatabase()
{
    m_database.reset();
    if (!m_schema.isEmpty()) {
        try {
            execOnce(m_primary,
                     QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE")
                         .arg(Sql::quoteIdentifier(m_schema)));
        } catch (const DbError &) {
            // Nothing more to do: the name is unique and says what it was.
        }
        return;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(m_url.path + QLatin1String(suffix));
}

Database &ScratchDatabase::database()
{
    if (m_database)
        return *m_database;
    if (!m_schema.isEmpty())
        execOnce(m_primary, QStringLiteral("CREATE SCHEMA %1").arg(Sql::quoteIdentifier(m_schema)));
    DatabaseOptions options;
    options.primary = m_url;
    options.applicationName = QStringLiteral("stevedore-bench");
    auto database = std::make_unique<Database>(options);
    database->open();
    m_database = std::move(database);
    return *m_database;
}

QString ScratchDatabase::description() const
{
    return m_schema.isEmpty()
               ? m_url.path
               : QStringLiteral("schema %1 in %2").arg(m_schema, m_primary.shortName());
}

} // namespace stevedore::bench
