// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "store/catalog.h"

#include "cache/cachescope.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "logging/logging.h"
#include "store/importjobs.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace stevedore::catalog {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Keys of the lookups cached inside Database::read() (see CacheScope); any write task
// invalidates all of them.
static QString projectsKey()
{
    return CacheScope::catalogPrefix + QStringLiteral("projects");
}

static QString projectIdKey(const QString &name)
{
    return CacheScope::catalogPrefix + QStringLiteral("project-id:") + name;
}

static QString filesKey(qint64 projectId)
{
    return CacheScope::catalogPrefix + QStringLiteral("files:%1").arg(projectId);
}

static QString fileKey(qint64 projectId, const QString &fileName)
{
    return CacheScope::catalogPrefix + QStringLiteral("file:%1:").arg(projectId) + fileName;
}

QList<ProjectInfo> listProjects(const Sql &sql)
{
    return CacheScope::cached<QList<ProjectInfo>>(projectsKey(),
                                                  [&sql] { return queryProjects(sql); });
}

// SQL expression: the records of file `f`, counting those an unfinished import committed.
static QString fileRecordsExpr()
{
    return QStringLiteral("CASE WHEN f.status = 'imported' THEN f.record_count ELSE %1 END")
        .arg(importjobs::unfinishedRecordsExpr(QStringLiteral("f.id")));
}

QList<ProjectInfo> queryProjects(const Sql &sql)
{
    const SqlResult result
        = sql.exec(QStringLiteral("SELECT p.id, p.name, count(f.id), coalesce(sum(%1), 0), "
                                  "p.created_at FROM projects p LEFT JOIN files f ON "
                                  "f.project_id = p.id GROUP BY p.id, p.name, p.created_at "
                                  "ORDER BY p.name")
                       .arg(fileRecordsExpr()));
    QList<ProjectInfo> out;
    out.reserve(result.rows.size());
    for (const QVariantList &row : result.rows) {
        ProjectInfo info;
        info.id = row[0].toLongLong();
        info.name = row[1].toString();
        info.fileCount = row[2].toLongLong();
        info.recordCount = row[3].toLongLong();
        info.createdAt = row[4].toLongLong();
        out << info;
    }
    return out;
}

qint64 projectId(const Sql &sql, const QString &name)
{
    return CacheScope::cached<qint64>(projectIdKey(name), [&sql, &name] {
        const QVariant id
            = sql.scalar(QStringLiteral("SELECT id FROM projects WHERE name = ?"), {name});
        if (id.isNull())
            throw DbError(DbError::Kind::NotFound,
                          QStringLiteral("no project named '%1'").arg(name));
        return id.toLongLong();
    });
}

qint64 ensureProject(const Sql &sql, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw DbError(DbError::Kind::Invalid, QStringLiteral("a project name may not be empty"));
    // ON CONFLICT DO NOTHING makes two processes creating the same project both succeed.
    sql.exec(QStringLiteral("INSERT INTO projects (name, created_at) VALUES (?, ?) "
                            "ON CONFLICT (name) DO NOTHING"),
             {name, nowMs()});
    return projectId(sql, name);
}

qint64 createProject(const Sql &sql, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw DbError(DbError::Kind::Invalid, QStringLiteral("a project name may not be empty"));
    const SqlResult result = sql.exec(QStringLiteral("INSERT INTO projects (name, created_at) "
                                                     "VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
                                      {name, nowMs()});
    if (result.affected == 0)
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("a project named '%1' exists already").arg(name));
    return projectId(sql, name);
}

void renameProject(const Sql &sql, const QString &from, const QString &to)
{
    if (to.trimmed().isEmpty())
        throw DbError(DbError::Kind::Invalid, QStringLiteral("a project name may not be empty"));
    SqlTransaction transaction(sql);
    const qint64 id = projectId(sql, from);
    if (!sql.scalar(QStringLiteral("SELECT id FROM projects WHERE name = ?"), {to}).isNull())
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("a project named '%1' exists already").arg(to));
    sql.exec(QStringLiteral("UPDATE projects SET name = ? WHERE id = ?"), {to, id});
    transaction.commit();
}

void lockFile(const Sql &sql, qint64 fileId)
{
    if (sql.engine() == Engine::Postgres)
        sql.exec(QStringLiteral("SELECT id FROM files WHERE id = ? FOR UPDATE"), {fileId});
}

void lockProjectFiles(const Sql &sql, qint64 projectId)
{
    if (sql.engine() == Engine::Postgres)
        sql.exec(QStringLiteral("SELECT id FROM files WHERE project_id = ? FOR UPDATE"),
                 {projectId});
}

void deleteFileContents(const Sql &sql, qint64 fileId)
{
    lockFile(sql, fileId);
    recordstore::deleteFileRecords(sql, fileId);
    importjobs::deleteFileJobs(sql, fileId);
    sql.exec(QStringLiteral("DELETE FROM column_mappings WHERE file_id = ?"), {fileId});
    CacheScope::invalidateAfterWrite(CacheScope::mappingKey(fileId));
}

void deleteFile(const Sql &sql, qint64 fileId)
{
    deleteFileContents(sql, fileId);
    sql.exec(QStringLiteral("DELETE FROM files WHERE id = ?"), {fileId});
}

static QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

std::optional<ImportTarget> lockImportTarget(const Sql &sql, qint64 projectId, const QString &name)
{
    const SqlResult row = sql.exec(
        QStringLiteral("SELECT id, sha256, status, dialect FROM files WHERE project_id = ? AND "
                       "name = ?")
            + (sql.engine() == Engine::Postgres ? QStringLiteral(" FOR UPDATE") : QString()),
        {projectId, name});
    if (row.isEmpty())
        return std::nullopt;
    return ImportTarget{row.value(0, 0).toLongLong(),
                        row.value(0, 1).toString(),
                        row.value(0, 2).toString(),
                        row.value(0, 3).toString()};
}

qint64 insertImportingFile(const Sql &sql,
                           qint64 projectId,
                           const QString &name,
                           const ImportSource &source)
{
    sql.exec(QStringLiteral("INSERT INTO files (project_id, name, header, raw_header, byte_size, "
                            "sha256, dialect, status, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, 'importing', ?)"),
             {projectId,
              name,
              jsonArray(source.header),
              jsonArray(source.rawHeader),
              source.byteSize,
              source.sha256,
              source.dialect,
              nowMs()});
    return sql
        .scalar(QStringLiteral("SELECT id FROM files WHERE project_id = ? AND name = ?"),
                {projectId, name})
        .toLongLong();
}

void restartImportingFile(const Sql &sql, qint64 fileId, const ImportSource &source)
{
    sql.exec(QStringLiteral("UPDATE files SET header = ?, raw_header = ?, record_count = 0, "
                            "byte_size = ?, sha256 = ?, dialect = ?, status = 'importing', "
                            "imported_at = NULL, mapping_version = mapping_version + 1 "
                            "WHERE id = ?"),
             {jsonArray(source.header),
              jsonArray(source.rawHeader),
              source.byteSize,
              source.sha256,
              source.dialect,
              fileId});
}

void markFileImported(const Sql &sql, qint64 fileId, qint64 records, qint64 now)
{
    sql.exec(QStringLiteral("UPDATE files SET record_count = ?, status = 'imported', "
                            "imported_at = ? WHERE id = ?"),
             {records, now, fileId});
}

void discardImport(const Sql &sql, qint64 jobId)
{
    SqlTransaction transaction(sql);
    const std::optional<qint64> fileId = importjobs::fileOf(sql, jobId);
    const QString fileStatus
        = fileId ? sql.scalar(QStringLiteral("SELECT status FROM files WHERE id = ?"), {*fileId})
                       .toString()
                 : QString();
    const bool dropFile = fileId && fileStatus != QLatin1String("imported");
    if (dropFile)
        deleteFile(sql, *fileId);
    else
        importjobs::deleteJob(sql, jobId);
    transaction.commit();
    if (dropFile)
        logger(LogCategory::Db)
            ->info("discarded import job {} and its unfinished file {}", jobId, *fileId);
    else
        logger(LogCategory::Db)->info("deleted import job {}", jobId);
}

qint64 deleteProject(const Sql &sql, const QString &name)
{
    SqlTransaction transaction(sql);
    const qint64 id = projectId(sql, name);
    lockProjectFiles(sql, id);
    const qint64 records = sql.scalar(QStringLiteral("SELECT coalesce(sum(record_count), 0) "
                                                     "FROM files WHERE project_id = ?"),
                                      {id})
                               .toLongLong();
    // record_blocks has no foreign key (it would slow bulk loading), so it goes first.
    sql.exec(QStringLiteral("DELETE FROM record_blocks WHERE file_id IN "
                            "(SELECT id FROM files WHERE project_id = ?)"),
             {id});
    importjobs::deleteProjectJobs(sql, id);
    sql.exec(QStringLiteral("DELETE FROM column_mappings WHERE file_id IN "
                            "(SELECT id FROM files WHERE project_id = ?)"),
             {id});
    sql.exec(QStringLiteral("DELETE FROM files WHERE project_id = ?"), {id});
    sql.exec(QStringLiteral("DELETE FROM projects WHERE id = ?"), {id});
    CacheScope::invalidateAfterWrite(CacheScope::mappingPrefix);
    transaction.commit();
    logger(LogCategory::Db)
        ->info("deleted project '{}' and its {} records", name.toStdString(), records);
    return records;
}

qint64 removeFile(const Sql &sql, const QString &project, const QString &name)
{
    SqlTransaction transaction(sql);
    const std::optional<ImportTarget> target = lockImportTarget(sql, projectId(sql, project), name);
    if (!target)
        throw DbError(DbError::Kind::NotFound,
                      QStringLiteral("no file named '%1' in the project '%2'").arg(name, project));
    const qint64 records
        = sql.scalar(QStringLiteral("SELECT record_count FROM files WHERE id = ?"), {target->id})
              .toLongLong();
    deleteFile(sql, target->id);
    transaction.commit();
    logger(LogCategory::Db)
        ->info("deleted file '{}' of project '{}' and its {} records",
               name.toStdString(),
               project.toStdString(),
               records);
    return records;
}

static QStringList parseHeader(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        out << value.toString();
    return out;
}

static QString fileColumns()
{
    // A file still being imported (or stopped half-way) counts what its job committed so far.
    const QString id = QStringLiteral("f.id");
    return QStringLiteral("SELECT f.id, f.project_id, f.name, f.header, %1, "
                          "f.byte_size, f.sha256, f.dialect, f.status, "
                          "coalesce(f.imported_at, 0), %2")
               .arg(fileRecordsExpr(),
                    QStringLiteral("CASE WHEN f.status = 'imported' THEN %1 ELSE %2 END")
                        .arg(importjobs::rejectedTotalExpr(id),
                             importjobs::unfinishedRejectedExpr(id)))
           + QStringLiteral(", (SELECT count(*) FROM column_mappings m WHERE m.file_id = f.id "
                            "AND m.schema_column_id IS NOT NULL), f.mapping_version FROM files f ");
}

static FileInfo fileFromRow(const QVariantList &row)
{
    FileInfo info;
    info.id = row[0].toLongLong();
    info.projectId = row[1].toLongLong();
    info.name = row[2].toString();
    info.header = parseHeader(row[3].toString());
    info.recordCount = row[4].toLongLong();
    info.byteSize = row[5].toLongLong();
    info.sha256 = row[6].toString();
    info.dialect = row[7].toString();
    info.status = row[8].toString();
    info.importedAt = row[9].toLongLong();
    info.rejectCount = row[10].toLongLong();
    info.mappedColumns = row[11].toInt();
    info.mappingVersion = row[12].toInt();
    return info;
}

std::optional<FileOrigin> fileOrigin(const Sql &sql, qint64 fileId)
{
    const SqlResult result = sql.exec(
        QStringLiteral("SELECT name, raw_header, dialect, status FROM files WHERE id = ?"),
        {fileId});
    if (result.isEmpty())
        return std::nullopt;
    return FileOrigin{result.value(0, 0).toString(),
                      parseHeader(result.value(0, 1).toString()),
                      result.value(0, 2).toString(),
                      result.value(0, 3).toString()};
}

QList<FileInfo> listFiles(const Sql &sql, qint64 projectId)
{
    return CacheScope::cached<QList<FileInfo>>(
        filesKey(projectId), [&sql, projectId] { return queryFiles(sql, projectId); });
}

QList<FileInfo> queryFiles(const Sql &sql, qint64 projectId)
{
    const SqlResult result = sql.exec(
        fileColumns() + QStringLiteral("WHERE f.project_id = ? ORDER BY f.name"), {projectId});
    QList<FileInfo> out;
    out.reserve(result.rows.size());
    for (const QVariantList &row : result.rows)
        out << fileFromRow(row);
    return out;
}

FileInfo fileInfo(const Sql &sql, qint64 projectId, const QString &fileName)
{
    return CacheScope::cached<FileInfo>(fileKey(projectId, fileName), [&] {
        const SqlResult result
            = sql.exec(fileColumns() + QStringLiteral("WHERE f.project_id = ? AND f.name = ?"),
                       {projectId, fileName});
        if (result.isEmpty())
            throw DbError(DbError::Kind::NotFound,
                          QStringLiteral("no file named '%1' in this project").arg(fileName));
        return fileFromRow(result.rows.first());
    });
}

} // namespace stevedore::catalog
