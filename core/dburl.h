// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <utility>

class QSqlDatabase;

namespace stevedore {

enum class Engine { Sqlite, Postgres };
enum class PoolerMode { None, Transaction };

// One server of a PostgreSQL URL.
struct DbHost
{
    QString name;
    int port = 0; // 0: libpq's default
    bool operator==(const DbHost &) const = default;
};

// A parsed --db / --replica value: `sqlite:PATH` or a libpq URI
// `postgresql://user[:password]@host[:port][,host2[:port2]…]/db[?sslmode=…&pooler=transaction]`.
// Without a password libpq's own sources apply (~/.pgpass, PGPASSWORD, service file).
// Several hosts are libpq's failover list: it tries them in order and keeps the first that
// accepts the connection and suits target_session_attrs (e.g. read-write).
struct DbUrl
{
    Engine engine = Engine::Sqlite;
    QString path; // SQLite file
    QString host; // one host, or libpq's comma-separated list "a,b"
    int port = 0; // 0: libpq's default; the port of every host unless `ports` is set
    // One port per host when the hosts of a list use different ports; otherwise empty.
    QList<int> ports;
    QString database;
    QString user;
    QString password;
    // libpq parameters other than `pooler`, in the order given.
    QList<std::pair<QString, QString>> params;
    PoolerMode pooler = PoolerMode::None;

    // Throws DbError(Invalid) with a redacted message on anything it cannot use.
    static DbUrl parse(const QString &text);
    // $STEVEDORE_DB if set, else an SQLite file under QStandardPaths::AppDataLocation.
    static DbUrl defaultUrl();

    // The URL with the password replaced by *** (safe for logs and messages).
    QString redacted() const;
    // The URL including the password, for handing to another process; never log it.
    QString toString() const;
    // "host:port/db" ("a:p1,b:p2/db" for several hosts) or the SQLite path: for status bars.
    QString shortName() const;
    // Applies host, port, user, password and options to a QSqlDatabase not yet opened.
    void configure(QSqlDatabase &db) const;
    // libpq conninfo string (keyword=value, quoted) for a native PGconn; includes the password.
    QString conninfo() const;

    // The servers in the order libpq tries them (one entry for a single host).
    QList<DbHost> hosts() const;

    bool isPostgres() const { return engine == Engine::Postgres; }
    bool operator==(const DbUrl &) const = default;
};

} // namespace stevedore
