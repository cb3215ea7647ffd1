// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "dburl.h"

#include "dberror.h"
#include "redact.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace stevedore {

// The value comes last: a redacted value may run to the end of the message.
static DbError invalidUrl(const QString &text, const QString &why)
{
    return DbError(
        DbError::Kind::Invalid,
        QStringLiteral("bad database URL: %1: %2").arg(why, redactConnectionString(text)));
}

// QUrl's error text goes on to quote the URL and its parts ("source was …", "userinfo = …"),
// and names the offending character, which may be one of the password's: only its gist is kept.
static QString urlProblem(const QString &text, const QUrl &url)
{
    static const QRegularExpression character(
        QStringLiteral(R"( \(character '.*' not permitted\))"));
    QString problem = url.errorString().section(QLatin1Char(';'), 0, 0).trimmed();
    problem.remove(character);
    if (text.contains(QLatin1Char('@')))
        problem += QStringLiteral("; a user name or password holding a blank, @, #, /, ? or % "
                                  "must be percent-encoded (%20, %40, %23, %2F, %3F, %25)");
    return problem;
}

DbUrl DbUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    DbUrl url;
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        url.engine = Engine::Sqlite;
        url.path = trimmed.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2); // sqlite:///abs/path
        if (url.path.isEmpty())
            throw invalidUrl(text, QStringLiteral("sqlite: needs a file path (sqlite:PATH)"));
        if (url.path != QLatin1String(":memory:"))
            url.path = QDir::cleanPath(QDir::current().absoluteFilePath(url.path));
        return url;
    }
    if (!trimmed.startsWith(QLatin1String("postgresql://"))
        && !trimmed.startsWith(QLatin1String("postgres://")))
        throw invalidUrl(
            text, QStringLiteral("expected sqlite:PATH or postgresql://user@host[:port]/db"));

    const QUrl qurl(trimmed, QUrl::StrictMode);
    if (!qurl.isValid())
        throw invalidUrl(text, urlProblem(trimmed, qurl));
    // A password typed raw with '#' or '?' in it ("u:12#x@h") can still parse, ending early
    // with the rest taken for a fragment or a parameter that would be echoed back by libpq.
    if (qurl.hasFragment())
        throw invalidUrl(text,
                         QStringLiteral("a database URL has no #fragment; a '#' in a password "
                                        "must be percent-encoded (%23)"));
    url.engine = Engine::Postgres;
    url.host = qurl.host(QUrl::FullyDecoded);
    url.port = qurl.port(0);
    url.user = qurl.userName(QUrl::FullyDecoded);
    url.password = qurl.password(QUrl::FullyDecoded);
    url.database = qurl.path(QUrl::FullyDecoded);
    if (url.database.startsWith(QLatin1Char('/')))
        url.database.remove(0, 1);
    if (url.database.contains(QLatin1Char('/')))
        throw invalidUrl(text, QStringLiteral("the database name may not contain '/'"));
    const QUrlQuery query(qurl);
    static const QRegularExpression parameterName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!parameterName.match(key).hasMatch()) {
            throw invalidUrl(text,
                             QStringLiteral("a parameter name is not a word; a '?' in a password "
                                            "must be percent-encoded (%3F)"));
        } else if (key == QLatin1String("pooler")) {
            if (value == QLatin1String("transaction"))
                url.pooler = PoolerMode::Transaction;
            else if (value == QLatin1String("none") || value == QLatin1String("session"))
                url.pooler = PoolerMode::None;
            else
                throw invalidUrl(text,
                                 QStringLiteral("pooler must be transaction, session or none"));
        } else if (key == QLatin1String("password")) {
            url.password = value;
        } else if (key == QLatin1String("host")) {
            url.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            url.port = value.toInt(&ok);
            if (!ok)
                throw invalidUrl(text, QStringLiteral("port must be a number"));
        } else if (key == QLatin1String("user")) {
            url.user = value;
        } else if (key == QLatin1String("dbname")) {
            url.database = value;
        } else {
            url.params.append({key, value});
        }
    }
    return url;
}

DbUrl DbUrl::defaultUrl()
{
    const QString fromEnv = qEnvironmentVariable("STEVEDORE_DB");
    if (!fromEnv.isEmpty())
        return parse(fromEnv);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    DbUrl url;
    url.engine = Engine::Sqlite;
    url.path = QDir(dir).filePath(QStringLiteral("stevedore.sqlite"));
    return url;
}

static QString buildUrl(const DbUrl &url, const QString &password)
{
    if (url.engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + url.path;
    QUrl out;
    out.setScheme(QStringLiteral("postgresql"));
    out.setHost(url.host);
    if (url.port > 0)
        out.setPort(url.port);
    out.setUserName(url.user);
    if (!password.isEmpty())
        out.setPassword(password);
    out.setPath(QLatin1Char('/') + url.database);
    QUrlQuery query;
    for (const auto &[key, value] : url.params)
        query.addQueryItem(key, value);
    if (url.pooler == PoolerMode::Transaction)
        query.addQueryItem(QStringLiteral("pooler"), QStringLiteral("transaction"));
    out.setQuery(query);
    return out.toString();
}

QString DbUrl::redacted() const
{
    return buildUrl(*this, password.isEmpty() ? QString() : QStringLiteral("***"));
}

QString DbUrl::toString() const
{
    return buildUrl(*this, password);
}

QString DbUrl::shortName() const
{
    if (engine == Engine::Sqlite)
        return path;
    QString name = host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port > 0)
        name += QLatin1Char(':') + QString::number(port);
    return name + QLatin1Char('/') + database;
}

void DbUrl::configure(QSqlDatabase &db) const
{
    if (engine == Engine::Sqlite) {
        db.setDatabaseName(path);
        return;
    }
    if (!host.isEmpty())
        db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    if (!database.isEmpty())
        db.setDatabaseName(database);
    if (!user.isEmpty())
        db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    QStringList options;
    bool hasTimeout = false;
    for (const auto &[key, value] : params) {
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        options << key + QLatin1Char('=') + value;
    }
    if (!hasTimeout)
        options << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

static QString conninfoQuote(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString DbUrl::conninfo() const
{
    QStringList parts;
    auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + conninfoQuote(value);
    };
    add("host", host);
    if (port > 0)
        add("port", QString::number(port));
    add("dbname", database);
    add("user", user);
    add("password", password);
    bool hasTimeout = false;
    for (const auto &[key, value] : params) {
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        parts << key + QLatin1Char('=') + conninfoQuote(value);
    }
    if (!hasTimeout)
        parts << QStringLiteral("connect_timeout=10");
    return parts.join(QLatin1Char(' '));
}

} // namespace stevedore
