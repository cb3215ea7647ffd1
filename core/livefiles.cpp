// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "livefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

#include <sys/stat.h>

#include <algorithm>
#include <optional>

namespace stevedore {

namespace {

struct Registry
{
    QMutex mutex;
    QStringList databases; // absolute paths, one entry per LiveFiles
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

QStringList registeredDatabases()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.databases;
}

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &other) const = default;
};

// stat() only: opening the file is exactly what must not happen.
std::optional<FileId> fileId(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileId{info.st_dev, info.st_ino};
}

// A path that does not exist yet names a live file when it would be created in the same
// folder under the same name (an export must not create a stray -journal either).
bool sameLocation(const QFileInfo &a, const QFileInfo &b)
{
    if (a.fileName() != b.fileName())
        return false;
    const std::optional<FileId> folder = fileId(a.absolutePath());
    return folder && folder == fileId(b.absolutePath());
}

bool isCompanion(const QString &path, const QString &database)
{
    static const char *const suffixes[] = {"", "-wal", "-shm", "-journal"};
    const std::optional<FileId> target = fileId(path);
    for (const char *suffix : suffixes) {
        const QString candidate = database + QLatin1String(suffix);
        if (target ? target == fileId(candidate)
                   : sameLocation(QFileInfo(path), QFileInfo(candidate)))
            return true;
    }
    return false;
}

} // namespace

LiveFiles::LiveFiles(const QString &databasePath)
    : m_path(QFileInfo(databasePath).absoluteFilePath())
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.databases.append(m_path);
}

LiveFiles::~LiveFiles()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.databases.removeOne(m_path);
}

bool isLiveDatabaseFile(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QStringList databases = registeredDatabases();
    return std::any_of(databases.cbegin(), databases.cend(), [&path](const QString &database) {
        return isCompanion(path, database);
    });
}

QString liveDatabaseRefusal(const QString &path)
{
    if (!isLiveDatabaseFile(path))
        return {};
    return QStringLiteral("is the open database (or its -wal, -shm or -journal file): only "
                          "SQLite may open it while Stevedore uses it");
}

} // namespace stevedore
