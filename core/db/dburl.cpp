// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/dburl.h"

#include "db/dberror.h"
#include "logging/redact.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

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

// Stores one port per host, or the one port when every host uses the same.
static void setPorts(DbUrl &url, const QList<int> &ports)
{
    url.port = ports.value(0);
    url.ports.clear();
    if (std::any_of(ports.begin(), ports.end(), [&ports](int p) { return p != ports.first(); })) {
        url.port = 0;
        url.ports = ports;
    }
}

// QUrl takes one host. Takes the host list of a multi-host URL ("a:p1,b:p2") out of the
// authority, leaving the first host there for QUrl; returns the list's hosts (empty for a
// single host).
static QList<DbHost> takeHostList(QString &trimmed, const QString &text)
{
    const qsizetype start = trimmed.indexOf(QLatin1String("://")) + 3;
    qsizetype end = start;
    while (end < trimmed.size() && !QStringLiteral("/?#").contains(trimmed.at(end)))
        ++end;
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'), end - 1);
    const qsizetype from = at >= start ? at + 1 : start;
    const QString list = trimmed.mid(from, end - from);
    if (!list.contains(QLatin1Char(',')))
        return {};
    QList<DbHost> hosts;
    for (const QString &entry : list.split(QLatin1Char(','))) {
        const QUrl one(QStringLiteral("postgresql://") + entry, QUrl::StrictMode);
        if (!one.isValid() || one.host().isEmpty())
            throw invalidUrl(text,
                             QStringLiteral("'%1' in the host list is not host[:port]").arg(entry));
        hosts.append({one.host(QUrl::FullyDecoded), one.port(0)});
    }
    trimmed.replace(from, list.size(), list.section(QLatin1Char(','), 0, 0));
    return hosts;
}

// trimmed starts with "sqlite:".
static DbUrl parseSqlite(const QString &trimmed, const QString &text)
{
    DbUrl url;
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

static void setHostList(DbUrl &url, const QList<DbHost> &hostList)
{
    QStringList names;
    QList<int> ports;
    for (const DbHost &host : hostList) {
        names << host.name;
        ports << host.port;
    }
    url.host = names.join(QLatin1Char(','));
    setPorts(url, ports);
}

// One ?key=value of a PostgreSQL URL; libpq's own parameters pass through to params.
static void setParameter(DbUrl &url, const QString &key, const QString &value, const QString &text)
{
    static const QRegularExpression parameterName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
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
            throw invalidUrl(text, QStringLiteral("pooler must be transaction, session or none"));
    } else if (key == QLatin1String("password")) {
        url.password = value;
    } else if (key == QLatin1String("host")) {
        url.host = value;
    } else if (key == QLatin1String("port")) {
        QList<int> ports;
        for (const QString &port : value.split(QLatin1Char(','))) {
            bool ok = false;
            ports << port.toInt(&ok);
            if (!ok)
                throw invalidUrl(text, QStringLiteral("port must be a number"));
        }
        setPorts(url, ports);
    } else if (key == QLatin1String("user")) {
        url.user = value;
    } else if (key == QLatin1String("dbname")) {
        url.database = value;
    } else {
        url.params.append({key, value});
    }
}

// trimmed starts with "postgresql://" or "postgres://".
static DbUrl parsePostgres(QString trimmed, const QString &text)
{
    const QList<DbHost> hostList = takeHostList(trimmed, text);
    const QUrl qurl(trimmed, QUrl::StrictMode);
    if (!qurl.isValid())
        throw invalidUrl(text, urlProblem(trimmed, qurl));
    // A password typed raw with '#' or '?' in it ("u:12#x@h") can still parse, ending early
    // with the rest taken for a fragment or a parameter that would be echoed back by libpq.
    if (qurl.hasFragment())
        throw invalidUrl(text,
                         QStringLiteral("a database URL has no #fragment; a '#' in a password "
                                        "must be percent-encoded (%23)"));
    DbUrl url;
    url.engine = Engine::Postgres;
    url.host = qurl.host(QUrl::FullyDecoded);
    url.port = qurl.port(0);
    if (!hostList.isEmpty())
        setHostList(url, hostList);
    url.user = qurl.userName(QUrl::FullyDecoded);
    url.password = qurl.password(QUrl::FullyDecoded);
    url.database = qurl.path(QUrl::FullyDecoded);
    if (url.database.startsWith(QLatin1Char('/')))
        url.database.remove(0, 1);
    if (url.database.contains(QLatin1Char('/')))
        throw invalidUrl(text, QStringLiteral("the database name may not contain '/'"));
    for (const auto &[key, value] : QUrlQuery(qurl).queryItems(QUrl::FullyDecoded))
        setParameter(url, key, value, text);
    if (!url.ports.isEmpty() && url.ports.size() != url.host.count(QLatin1Char(',')) + 1)
        throw invalidUrl(text, QStringLiteral("give one port, or one port for each host"));
    return url;
}

DbUrl DbUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:")))
        return parseSqlite(trimmed, text);
    if (!trimmed.startsWith(QLatin1String("postgresql://"))
        && !trimmed.startsWith(QLatin1String("postgres://")))
        throw invalidUrl(
            text, QStringLiteral("expected sqlite:PATH or postgresql://user@host[:port]/db"));
    return parsePostgres(trimmed, text);
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

// The text a person reads (redacted()) is decoded where that is unambiguous; the text a program
// parses again (toString()) is fully encoded, so that a password or name holding a blank, @, #,
// / or ? comes back unchanged.
static QString
buildUrl(const DbUrl &url, const QString &password, QUrl::ComponentFormattingOptions format)
{
    if (url.engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + url.path;
    const QList<DbHost> hosts = url.hosts();
    QUrl out;
    out.setScheme(QStringLiteral("postgresql"));
    out.setHost(hosts.first().name);
    if (hosts.first().port > 0)
        out.setPort(hosts.first().port);
    // DecodedMode: a '%' in a name or password is that character, not the start of an escape.
    out.setUserName(url.user, QUrl::DecodedMode);
    if (!password.isEmpty())
        out.setPassword(password, QUrl::DecodedMode);
    out.setPath(QLatin1Char('/') + url.database, QUrl::DecodedMode);
    QUrlQuery query;
    for (const auto &[key, value] : url.params)
        query.addQueryItem(key, value);
    if (url.pooler == PoolerMode::Transaction)
        query.addQueryItem(QStringLiteral("pooler"), QStringLiteral("transaction"));
    out.setQuery(query);
    QString text = out.toString(format);
    // QUrl holds one host: the others follow it in the authority, where libpq reads them.
    QString others;
    for (qsizetype i = 1; i < hosts.size(); ++i) {
        QUrl host;
        host.setHost(hosts[i].name);
        if (hosts[i].port > 0)
            host.setPort(hosts[i].port);
        others += QLatin1Char(',') + host.authority(format);
    }
    text.insert(QLatin1String("postgresql://").size() + out.authority(format).size(), others);
    return text;
}

QString DbUrl::redacted() const
{
    return buildUrl(
        *this, password.isEmpty() ? QString() : QStringLiteral("***"), QUrl::PrettyDecoded);
}

QString DbUrl::toString() const
{
    return buildUrl(*this, password, QUrl::FullyEncoded);
}

QString DbUrl::shortName() const
{
    if (engine == Engine::Sqlite)
        return path;
    QStringList names;
    for (const DbHost &server : hosts()) {
        QString name = server.name.isEmpty() ? QStringLiteral("localhost") : server.name;
        if (server.port > 0)
            name += QLatin1Char(':') + QString::number(server.port);
        names << name;
    }
    return names.join(QLatin1Char(',')) + QLatin1Char('/') + database;
}

QList<DbHost> DbUrl::hosts() const
{
    QList<DbHost> out;
    const QStringList names = host.split(QLatin1Char(','));
    for (qsizetype i = 0; i < names.size(); ++i)
        out.append({names[i], ports.isEmpty() ? port : ports.value(i)});
    return out;
}

// libpq's port parameter: one port for every host or a list with one per host; empty for
// libpq's default.
static QString portText(const DbUrl &url)
{
    if (url.ports.isEmpty())
        return url.port > 0 ? QString::number(url.port) : QString();
    QStringList ports;
    for (int port : url.ports)
        ports << (port > 0 ? QString::number(port) : QString());
    return ports.join(QLatin1Char(','));
}

void DbUrl::configure(QSqlDatabase &db) const
{
    if (engine == Engine::Sqlite) {
        db.setDatabaseName(path);
        return;
    }
    if (!host.isEmpty())
        db.setHostName(host); // QPSQL hands a host list to libpq as it is
    if (ports.isEmpty() && port > 0)
        db.setPort(port);
    if (!database.isEmpty())
        db.setDatabaseName(database);
    if (!user.isEmpty())
        db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    QStringList options;
    if (!ports.isEmpty())
        options << QStringLiteral("port=") + portText(*this); // QSqlDatabase's port is one int
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
    add("port", portText(*this));
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
