// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/sql.h"

#include "db/dberror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <poll.h>
#include <vector>

namespace stevedore {

Engine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite;
}

pg_conn *pgConnOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (handle.isValid()
        && (qstrcmp(handle.typeName(), "PGconn*") == 0
            || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}

sqlite3 *sqliteOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

bool connectionLooksAlive(const QSqlDatabase &db)
{
    PGconn *conn = pgConnOf(db);
    if (!conn)
        return db.isOpen();
    if (PQstatus(conn) != CONNECTION_OK)
        return false;
    const int socket = PQsocket(conn);
    if (socket < 0)
        return false;
#ifdef POLLRDHUP
    constexpr short closedEvents = POLLRDHUP | POLLHUP | POLLERR;
#else
    constexpr short closedEvents = POLLHUP | POLLERR;
#endif
    // An idle connection has nothing to read; if it has, the server sent a notice, or an error
    // and then closed it (a restart or pg_terminate_backend()). libpq reads the error without
    // noticing the end of the stream behind it, so look again until nothing is left.
    for (int round = 0; round < 4; ++round) {
        pollfd fd{socket, short(POLLIN | closedEvents), 0};
        if (::poll(&fd, 1, 0) <= 0)
            return true;
        if (fd.revents & closedEvents)
            return false;
        if (!PQconsumeInput(conn) || PQstatus(conn) != CONNECTION_OK)
            return false;
    }
    return false; // still more to read: not an idle connection
}

Sql::Sql(QSqlDatabase &db)
    : m_db(db)
    , m_engine(engineOf(db))
{}

pg_conn *Sql::pgConn() const
{
    return m_engine == Engine::Postgres ? pgConnOf(m_db) : nullptr;
}

sqlite3 *Sql::sqlite() const
{
    return m_engine == Engine::Sqlite ? sqliteOf(m_db) : nullptr;
}

// `?` → `$n`, leaving quoted literals and identifiers alone.
static QByteArray toPgPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++n);
        } else {
            out += c;
        }
    }
    return out.toUtf8();
}

static QByteArray pgText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray();
    return value.toString().toUtf8();
}

static DbError pgError(PGconn *conn, const PGresult *result, const QString &sql)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString message = DbError::oneLine(
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)));
    if (message.isEmpty())
        message = DbError::oneLine(QString::fromUtf8(PQerrorMessage(conn)));
    const QString sqlState = state ? QString::fromLatin1(state) : QString();
    DbError::Kind kind = DbError::Kind::Permanent;
    if (PQstatus(conn) == CONNECTION_BAD || sqlState.startsWith(QLatin1String("08"))
        || sqlState.startsWith(QLatin1String("57P")))
        kind = DbError::Kind::Connection;
    else if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01")
             || sqlState == QLatin1String("55P03"))
        kind = DbError::Kind::Transient;
    Q_UNUSED(sql);
    return DbError(kind, message, sqlState);
}

static thread_local quint64 t_statements = 0;

void Sql::ping() const
{
    exec(QStringLiteral("SELECT 1"));
}

quint64 Sql::statementCount()
{
    return t_statements;
}

SqlResult Sql::exec(const QString &sql, const QVariantList &params) const
{
    ++t_statements;
    SqlResult out;
    if (m_engine == Engine::Postgres) {
        PGconn *conn = pgConn();
        if (!conn)
            throw DbError(DbError::Kind::Connection,
                          QStringLiteral("no open PostgreSQL connection"));
        const QByteArray text = toPgPlaceholders(sql);
        std::vector<QByteArray> storage;
        storage.reserve(size_t(params.size()));
        std::vector<const char *> values;
        values.reserve(size_t(params.size()));
        for (const QVariant &param : params) {
            if (param.isNull()) {
                values.push_back(nullptr);
            } else {
                storage.push_back(pgText(param));
                values.push_back(storage.back().constData());
            }
        }
        PGresult *result = PQexecParams(conn,
                                        text.constData(),
                                        int(values.size()),
                                        nullptr,
                                        values.data(),
                                        nullptr,
                                        nullptr,
                                        0);
        const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            DbError error = pgError(conn, result, sql);
            PQclear(result);
            throw error;
        }
        const int columns = PQnfields(result);
        for (int c = 0; c < columns; ++c)
            out.columns << QString::fromUtf8(PQfname(result, c));
        const int rows = PQntuples(result);
        out.rows.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c) {
                if (PQgetisnull(result, r, c))
                    row << QVariant();
                else
                    row << QString::fromUtf8(PQgetvalue(result, r, c), PQgetlength(result, r, c));
            }
            out.rows << row;
        }
        const char *affected = PQcmdTuples(result);
        out.affected = affected && *affected ? QByteArray(affected).toLongLong() : rows;
        PQclear(result);
        return out;
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw DbError::fromSqlError(query.lastError(), QStringLiteral("prepare"));
    for (const QVariant &param : params)
        query.addBindValue(param);
    if (!query.exec())
        throw DbError::fromSqlError(query.lastError(), QStringLiteral("query"));
    const QSqlRecord record = query.record();
    for (int c = 0; c < record.count(); ++c)
        out.columns << record.fieldName(c);
    while (query.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int c = 0; c < record.count(); ++c)
            row << query.value(c);
        out.rows << row;
    }
    out.affected = query.numRowsAffected();
    return out;
}

QVariant Sql::scalar(const QString &sql, const QVariantList &params) const
{
    return exec(sql, params).value();
}

void Sql::begin() const
{
    exec(m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

void Sql::commit() const
{
    exec(QStringLiteral("COMMIT"));
}

void Sql::rollback() const
{
    try {
        exec(QStringLiteral("ROLLBACK"));
    } catch (const DbError &) {
        // Nothing to roll back (or the connection is gone, which ends the transaction too).
    }
}

QString Sql::quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

SqlTransaction::SqlTransaction(const Sql &sql)
    : m_sql(sql)
{
    m_sql.begin();
}

SqlTransaction::~SqlTransaction()
{
    if (!m_done)
        m_sql.rollback();
}

void SqlTransaction::commit()
{
    m_sql.commit();
    m_done = true;
}

} // namespace stevedore
