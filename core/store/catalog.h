// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace stevedore {

class Sql;

struct ProjectInfo
{
    qint64 id = 0;
    QString name;
    qint64 fileCount = 0;
    qint64 recordCount = 0;
    qint64 createdAt = 0; // ms since epoch
};

struct FileInfo
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString name;
    QStringList header;
    qint64 recordCount = 0;
    qint64 byteSize = 0;
    QString sha256;
    QString dialect;       // Dialect::toJson()
    QString status;        // importing, imported, failed
    qint64 importedAt = 0; // ms since epoch; 0 when not finished
    qint64 rejectCount = 0;
    int mappedColumns = 0;
    int mappingVersion = 0;
};

// Projects and files, as plain functions over a connection (run them inside a pool task).
// Names are data: always bound, never spliced into SQL.
//
// Inside a Database::read() task, listProjects(), projectId(), listFiles() and fileInfo() are
// served from the Database's lookup cache (keys "catalog:…", see CacheScope); every
// Database::write() task invalidates them when it ends. In a write task, or on a connection
// of one's own, they always query. queryProjects()/queryFiles() always query.
namespace catalog {

qint64 nowMs();

QList<ProjectInfo> listProjects(const Sql &sql);
QList<ProjectInfo> queryProjects(const Sql &sql);
// Throws DbError(NotFound) naming the project.
qint64 projectId(const Sql &sql, const QString &name);
// Creates the project, or returns the existing one's id; safe against concurrent callers.
qint64 ensureProject(const Sql &sql, const QString &name);
// Throws DbError(Invalid) if it exists already.
qint64 createProject(const Sql &sql, const QString &name);
void renameProject(const Sql &sql, const QString &from, const QString &to);
// Deletes the project and everything in it in one transaction; returns the records removed.
qint64 deleteProject(const Sql &sql, const QString &name);

// Every file of a project with its counts, in one query (no N+1).
QList<FileInfo> listFiles(const Sql &sql, qint64 projectId);
QList<FileInfo> queryFiles(const Sql &sql, qint64 projectId);
// Throws DbError(NotFound) naming the file and project.
FileInfo fileInfo(const Sql &sql, qint64 projectId, const QString &fileName);
// What fixing a file's rejected records needs of it: its name, header as written, dialect
// (Dialect::toJson(), with the source options) and status. Nothing when the file no longer exists.
struct FileOrigin
{
    QString name;
    QStringList rawHeader;
    QString dialect;
    QString status; // importing, imported, failed
};
std::optional<FileOrigin> fileOrigin(const Sql &sql, qint64 fileId);
// Inside the caller's transaction, lock a file's row (or every file of a project) on
// PostgreSQL until it ends, so that an import's batch in flight on the file either commits
// before the caller goes on (and the caller sees its records) or sees the caller's change
// after it (Importer checks that its job still owns the file). On SQLite a write transaction
// (BEGIN IMMEDIATE) already excludes every other writer: nothing to do.
void lockFile(const Sql &sql, qint64 fileId);
void lockProjectFiles(const Sql &sql, qint64 projectId);
// Removes a file's records, mappings and import jobs, keeping its row (inside the caller's
// transaction; locks the file's row first).
void deleteFileContents(const Sql &sql, qint64 fileId);
// deleteFileContents() and the file's row.
void deleteFile(const Sql &sql, qint64 fileId);
// Deletes the project's file of that name with its records, mappings and import jobs in a
// transaction of its own, its row locked first as a replace locks it, so that an import running
// on the file either commits its batch before or stops at its next one (it no longer owns the
// file). Returns the file's record count; throws DbError(NotFound) naming the file or project.
qint64 removeFile(const Sql &sql, const QString &project, const QString &name);

// What an import needs to know of a file that exists already.
struct ImportTarget
{
    qint64 id = 0;
    QString sha256;
    QString status;
    QString dialect;
};
// The file of that name in the project, its row locked (PostgreSQL) until the caller's
// transaction ends, so that a replace waits for an import's batch in flight on it.
std::optional<ImportTarget> lockImportTarget(const Sql &sql, qint64 projectId, const QString &name);
// What an import records of its source when it starts (a new file, or a replaced one: its
// records, mappings and jobs must be gone already), status 'importing'.
struct ImportSource
{
    QStringList header;
    QStringList rawHeader;
    qint64 byteSize = 0;
    QString sha256;
    QString dialect;
};
qint64 insertImportingFile(const Sql &sql,
                           qint64 projectId,
                           const QString &name,
                           const ImportSource &source);
void restartImportingFile(const Sql &sql, qint64 fileId, const ImportSource &source);
void markFileImported(const Sql &sql, qint64 fileId, qint64 records, qint64 now);
// Deletes an unfinished import job, and its file too unless the file was completely imported
// (by another job, or before a --replace that was then interrupted). Its own transaction.
void discardImport(const Sql &sql, qint64 jobId);

} // namespace catalog
} // namespace stevedore
