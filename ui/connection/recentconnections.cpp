// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "connection/recentconnections.h"

#include "db/dberror.h"

#include <QCoreApplication>
#include <QSettings>

namespace stevedore {

namespace {

// An array in QSettings, one plain-text URL per key, so the file stays readable (and it can be
// checked that no password ever reaches it).
const QString arrayKey = QStringLiteral("connections/recent");
const QString primaryKey = QStringLiteral("primary");
const QString replicasKey = QStringLiteral("replicas");
const QString lagKey = QStringLiteral("maxReplicaLagMs");

struct Entry
{
    QString primary;
    QStringList replicas;
    qint64 lagMs = 2000;
};

Entry toEntry(const DatabaseOptions &options)
{
    Entry entry;
    entry.primary = RecentConnections::withoutSecrets(options.primary).toString();
    for (const DbUrl &replica : options.replicas)
        entry.replicas << RecentConnections::withoutSecrets(replica).toString();
    entry.lagMs = options.maxReplicaLag.count();
    return entry;
}

std::optional<DatabaseOptions> toOptions(const Entry &entry)
{
    try {
        DatabaseOptions options;
        options.primary = DbUrl::parse(entry.primary);
        for (const QString &replica : entry.replicas)
            options.replicas << DbUrl::parse(replica);
        options.maxReplicaLag = std::chrono::milliseconds(entry.lagMs);
        return options;
    } catch (const DbError &) {
        return std::nullopt; // written by another version, or edited by hand: skip it
    }
}

QList<Entry> readEntries()
{
    QSettings settings;
    QList<Entry> entries;
    const int size = settings.beginReadArray(arrayKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        Entry entry;
        entry.primary = settings.value(primaryKey).toString();
        entry.replicas = settings.value(replicasKey).toStringList();
        entry.lagMs = settings.value(lagKey, qint64(2000)).toLongLong();
        entries << entry;
    }
    settings.endArray();
    return entries;
}

void writeEntries(const QList<Entry> &entries)
{
    QSettings settings;
    settings.remove(arrayKey);
    settings.beginWriteArray(arrayKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(primaryKey, entries[i].primary);
        if (!entries[i].replicas.isEmpty())
            settings.setValue(replicasKey, entries[i].replicas);
        settings.setValue(lagKey, entries[i].lagMs);
    }
    settings.endArray();
}

} // namespace

DbUrl RecentConnections::withoutSecrets(DbUrl url)
{
    url.password.clear();
    url.params.removeIf([](const auto &param) {
        return param.first.contains(QLatin1String("password"), Qt::CaseInsensitive);
    });
    return url;
}

QList<DatabaseOptions> RecentConnections::load()
{
    QList<DatabaseOptions> out;
    for (const Entry &entry : readEntries()) {
        if (const auto options = toOptions(entry))
            out << *options;
    }
    return out;
}

void RecentConnections::add(const DatabaseOptions &options)
{
    const Entry added = toEntry(options);
    QList<Entry> entries{added};
    for (const Entry &entry : readEntries()) {
        if (entry.primary != added.primary && entries.size() < maxEntries)
            entries << entry;
    }
    writeEntries(entries);
}

void RecentConnections::clear()
{
    QSettings().remove(arrayKey);
}

QString RecentConnections::displayName(const DatabaseOptions &options)
{
    const DbUrl &url = options.primary;
    const QString engine
        = url.isPostgres()
              ? QCoreApplication::translate("stevedore::ConnectionStatus", "PostgreSQL")
              : QCoreApplication::translate("stevedore::ConnectionStatus", "SQLite");
    QString name = QStringLiteral("%1 · %2").arg(engine, url.shortName());
    if (!options.replicas.isEmpty())
        name += QLatin1Char(' ')
                + QCoreApplication::translate("stevedore::RecentConnections",
                                              "(+%n replica(s))",
                                              nullptr,
                                              int(options.replicas.size()));
    return name;
}

} // namespace stevedore
