// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "db/dburl.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct pg_conn;
struct sqlite3;

namespace stevedore {

struct SqlResult
{
    QStringList columns;
    QList<QVariantList> rows; // text for PostgreSQL, native types for SQLite; NULL is null
    qint64 affected = 0;

    bool isEmpty() const { return rows.isEmpty(); }
    QVariant value(int row = 0, int column = 0) const
    {
        return row < rows.size() && column < rows[row].size() ? rows[row][column] : QVariant();
    }
};

// Runs statements on one connection (on the thread that owns it) with bound parameters.
// SQL is written with `?` placeholders. On PostgreSQL it goes through libpq's PQexecParams:
// unnamed protocol-level statements, values sent apart from the text, nothing left behind
// on the session — so it is safe behind a transaction-pooling PgBouncer, unlike QPSQL's
// SQL-level PREPARE/EXECUTE. On SQLite it uses QSqlQuery's prepared statements.
// Every failure throws DbError naming `what` went wrong.
class Sql
{
public:
    explicit Sql(QSqlDatabase &db);

    Engine engine() const { return m_engine; }
    SqlResult exec(const QString &sql, const QVariantList &params = {}) const;
    // Convenience: first column of the first row, or a null QVariant.
    QVariant scalar(const QString &sql, const QVariantList &params = {}) const;
    // One round trip to the server that reads and writes nothing (a latency probe).
    void ping() const;

    void begin() const;
    void commit() const;
    void rollback() const; // never throws

    QSqlDatabase &database() const { return m_db; }
    pg_conn *pgConn() const; // nullptr on SQLite
    sqlite3 *sqlite() const; // nullptr on PostgreSQL

    // Statements executed on the calling thread so far (tests count queries with it).
    static quint64 statementCount();

    // Quotes an identifier for the engine (doubling embedded quotes).
    static QString quoteIdentifier(const QString &name);

private:
    QSqlDatabase &m_db;
    Engine m_engine;
};

// Rolls back on scope exit unless commit() was called; for code that may throw.
class SqlTransaction
{
public:
    explicit SqlTransaction(const Sql &sql);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;
    void commit();

private:
    const Sql &m_sql;
    bool m_done = false;
};

Engine engineOf(const QSqlDatabase &db);
// For PostgreSQL: false when the server has closed the connection (e.g. it restarted), found
// without a round trip by reading what is pending on the socket. Always true for SQLite.
bool connectionLooksAlive(const QSqlDatabase &db);
pg_conn *pgConnOf(const QSqlDatabase &db);
sqlite3 *sqliteOf(const QSqlDatabase &db);

} // namespace stevedore
