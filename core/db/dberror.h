// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlError>
#include <QString>

#include <stdexcept>

namespace stevedore {

// The one exception type the data layer throws. Messages are already redacted and meant for
// operators: they name what failed, never a password or a full connection string.
class DbError : public std::runtime_error
{
public:
    enum class Kind {
        Permanent,  // bad input, constraint violation, missing object: retrying will not help
        Transient,  // serialization failure, deadlock, lock timeout: retry the transaction
        Connection, // the connection broke or could not be opened: reconnect, then retry
        Timeout,    // no pooled connection became free within the acquire timeout
        Conflict,   // optimistic-concurrency conflict (someone else changed it first)
        NotFound,   // a named project, file or job does not exist
        Invalid,    // input refused before anything was written
        Cancelled,  // the caller cancelled while a connection was being opened; nothing ran
    };

    DbError(Kind kind, const QString &message, const QString &sqlState = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString sqlState() const { return m_sqlState; }
    bool isRetryable() const { return m_kind == Kind::Transient || m_kind == Kind::Connection; }

    // Classifies a QSqlError (SQLSTATE for PostgreSQL, SQLite's result codes otherwise).
    static DbError fromSqlError(const QSqlError &error, const QString &context);
    // A server's error text as one line. libpq puts each field on a line of its own
    // ("ERROR:  …", "DETAIL:  …", "HINT:  …", "CONTEXT:  …", "LINE 1: …" and a caret under
    // it); they become "ERROR: …; DETAIL: …; HINT: …", without the caret line. For every text
    // that comes from libpq or QPSQL, so that an error (and a reject's reason) stays one line.
    static QString oneLine(const QString &serverText);

    // The kind of a refused connection, from libpq's message (it gives no SQLSTATE): a wrong
    // password or a role or database that does not exist is permanent, anything else (a server
    // that is down, starting or full) is a connection error worth retrying.
    static Kind refusedConnectionKind(const QString &libpqText);

private:
    Kind m_kind;
    QString m_message;
    QString m_sqlState;
};

} // namespace stevedore
