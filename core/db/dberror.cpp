// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/dberror.h"

#include "logging/redact.h"

#include <QRegularExpression>

namespace stevedore {

DbError::DbError(Kind kind, const QString &message, const QString &sqlState)
    : std::runtime_error(redactSecrets(message).toStdString())
    , m_kind(kind)
    , m_message(redactSecrets(message))
    , m_sqlState(sqlState)
{}

static DbError::Kind classifySqlState(const QString &state)
{
    // SQLSTATE classes: 08 connection exception, 57P01-57P03 admin shutdown / cannot connect
    // now, 40001 serialization failure, 40P01 deadlock, 55P03 lock not available.
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return DbError::Kind::Connection;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")
        || state == QLatin1String("55P03"))
        return DbError::Kind::Transient;
    return DbError::Kind::Permanent;
}

QString DbError::oneLine(const QString &serverText)
{
    static const QRegularExpression label(QStringLiteral("^([A-Z][A-Z0-9 ]*):\\s+"));
    QStringList parts;
    for (const QString &line : serverText.split(QLatin1Char('\n'))) {
        QString part = line.trimmed();
        if (part.isEmpty() || part == QLatin1String("^"))
            continue;
        parts << part.replace(label, QStringLiteral("\\1: "));
    }
    return parts.join(QLatin1String("; "));
}

DbError::Kind DbError::refusedConnectionKind(const QString &libpqText)
{
    // Trying again cannot change these, and repeated failed logins can lock an account.
    if (libpqText.contains(QLatin1String("password authentication failed"))
        || libpqText.contains(QLatin1String("no password supplied"))
        || (libpqText.contains(QLatin1String("FATAL:"))
            && libpqText.contains(QLatin1String("does not exist"))))
        return Kind::Permanent;
    return Kind::Connection;
}

DbError DbError::fromSqlError(const QSqlError &error, const QString &context)
{
    const QString state = error.nativeErrorCode();
    Kind kind = Kind::Permanent;
    if (error.type() == QSqlError::ConnectionError)
        kind = Kind::Connection;
    else if (state.size() == 5) // PostgreSQL SQLSTATE; SQLite's codes have at most 4 digits
        kind = classifySqlState(state);
    else if (const int code = state.toInt() & 0xff; code == 5 || code == 6)
        kind = Kind::Transient; // SQLITE_BUSY / SQLITE_LOCKED and their extended codes
    QString text = oneLine(error.databaseText());
    if (text.isEmpty())
        text = oneLine(error.driverText());
    // A dropped PostgreSQL connection often surfaces as a statement error with no SQLSTATE.
    if (kind == Kind::Permanent && state.isEmpty()
        && (text.contains(QLatin1String("server closed the connection"))
            || text.contains(QLatin1String("no connection to the server"))
            || text.contains(QLatin1String("terminating connection"))
            || text.contains(QLatin1String("connection to server"))))
        kind = Kind::Connection;
    if (kind == Kind::Connection)
        kind = refusedConnectionKind(text);
    return DbError(kind, context + QLatin1String(": ") + text, state);
}

} // namespace stevedore
