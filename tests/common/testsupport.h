// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the tests: scratch databases on both engines and running the CLI.

#include "db/database.h"
#include "db/dberror.h"
#include "db/dburl.h"
#include "db/sql.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace stevedore::test {

// The URL of the throw-away PostgreSQL primary that scripts/test starts, or empty.
inline QString pgEnv(const char *name)
{
    return qEnvironmentVariable(name);
}

// Runs one statement on a short-lived connection of the test thread (admin work only).
inline void adminExec(const DbUrl &url, const QString &statement)
{
    const QString name = QStringLiteral("admin-%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db
            = Database::openConnection(url, name, QStringLiteral("stevedore-test"), false);
        Sql(db).exec(statement);
    }
    QSqlDatabase::removeDatabase(name);
}

// A PostgreSQL database of its own for one test run (tests run side by side on one cluster),
// dropped again at the end. The same database is reachable through the replica and PgBouncer.
// The locale of a scratch database: the cluster's, or "C" (ASCII-only lower() and ILIKE), as
// many servers are set up, for code that must not depend on the server's locale.
enum class PgLocale { Cluster, C };

class PgScratch
{
public:
    explicit PgScratch(PgLocale locale = PgLocale::Cluster)
    {
        const QString primary = pgEnv("STEVEDORE_TEST_PG_PRIMARY");
        if (primary.isEmpty())
            return;
        m_admin = DbUrl::parse(primary);
        m_name = QStringLiteral("t_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QRandomGenerator::global()->bounded(1000000));
        adminExec(m_admin,
                  QStringLiteral("CREATE DATABASE ") + Sql::quoteIdentifier(m_name)
                      + (locale == PgLocale::C
                             ? QStringLiteral(" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                                              "LC_CTYPE 'C'")
                             : QString()));
        m_ok = true;
    }
    ~PgScratch()
    {
        if (!m_ok)
            return;
        try {
            adminExec(m_admin,
                      QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                          .arg(Sql::quoteIdentifier(m_name)));
        } catch (const DbError &) {
        }
    }
    PgScratch(const PgScratch &) = delete;
    PgScratch &operator=(const PgScratch &) = delete;

    // False when STEVEDORE_TEST_PG_PRIMARY is not set: the test must then fail.
    bool ok() const { return m_ok; }
    QString name() const { return m_name; }
    DbUrl primary() const { return withDb(pgEnv("STEVEDORE_TEST_PG_PRIMARY")); }
    DbUrl replica() const { return withDb(pgEnv("STEVEDORE_TEST_PG_REPLICA")); }
    DbUrl bouncer() const { return withDb(pgEnv("STEVEDORE_TEST_PG_BOUNCER")); }

private:
    DbUrl withDb(const QString &text) const
    {
        DbUrl url = DbUrl::parse(text);
        url.database = m_name;
        return url;
    }
    DbUrl m_admin;
    QString m_name;
    bool m_ok = false;
};

#define STEVEDORE_REQUIRE_PG(scratch) \
    QVERIFY2((scratch).ok(), \
             "STEVEDORE_TEST_PG_PRIMARY is not set: run the tests through scripts/test, which " \
             "starts the PostgreSQL cluster")

inline DbUrl sqliteUrl(const QTemporaryDir &dir, const QString &name = QStringLiteral("t.db"));

// The database of a test target built for one engine: a SQLite file in a temporary folder or,
// in a target built with STEVEDORE_TEST_PG, a PostgreSQL database of its own (PgScratch).
class EngineScratch
{
public:
    explicit EngineScratch(PgLocale locale = PgLocale::Cluster)
    {
#ifdef STEVEDORE_TEST_PG
        m_pg = std::make_unique<PgScratch>(locale);
#else
        Q_UNUSED(locale);
#endif
    }
    bool ok() const
    {
        return !m_pg || m_pg->ok();
    }
    DbUrl url() const
    {
        return m_pg ? m_pg->primary() : sqliteUrl(m_dir);
    }
    const PgScratch *pg() const
    {
        return m_pg.get();
    } // nullptr on SQLite

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgScratch> m_pg;
};

#define STEVEDORE_REQUIRE_ENGINE(scratch) \
    QVERIFY2((scratch).ok(), \
             "STEVEDORE_TEST_PG_PRIMARY is not set: run the tests through scripts/test, which " \
             "starts the PostgreSQL cluster")

inline std::unique_ptr<Database> openDatabase(const DbUrl &url, QList<DbUrl> replicas = {})
{
    DatabaseOptions options;
    options.primary = url;
    options.replicas = replicas;
    auto database = std::make_unique<Database>(options);
    database->open();
    return database;
}

inline DbUrl sqliteUrl(const QTemporaryDir &dir, const QString &name)
{
    return DbUrl::parse(QStringLiteral("sqlite:") + dir.filePath(name));
}

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the stevedore binary with arguments; waits up to timeoutMs.
inline CliResult
runCli(const QStringList &arguments, int timeoutMs = 120000, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(STEVEDORE_BINARY), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace stevedore::test
