// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "benchcontext.h"

#include "childprocess.h"
#include "csvgenerator.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "scratchdatabase.h"
#include "store/catalog.h"
#include "workbookgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <chrono>

namespace stevedore::bench {

qint64 nowNanos()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double elapsedMicros(qint64 startNanos)
{
    return double(nowNanos() - startNanos) / 1000.0;
}

BenchContext::BenchContext(Database &database, BenchOptions options)
    : m_database(database)
    , m_options(std::move(options))
    , m_tag(QStringLiteral("%1_%2")
                .arg(QCoreApplication::applicationPid())
                .arg(QRandomGenerator::global()->bounded(0x1000000), 6, 16, QLatin1Char('0')))
{}

BenchContext::~BenchContext()
{
    cleanUp();
}

bool BenchContext::isPostgres() const
{
    return m_database.engine() == Engine::Postgres;
}

QString BenchContext::scratchProject() const
{
    return QStringLiteral("stevedore-bench-") + m_tag;
}

qint64 BenchContext::scratchProjectId()
{
    if (m_projectId == 0) {
        const QString name = scratchProject();
        m_projectId
            = m_database
                  .write([name](QSqlDatabase &db) { return catalog::createProject(Sql(db), name); })
                  .result();
    }
    return m_projectId;
}

QString BenchContext::path(const QString &name) const
{
    return QDir(m_options.outDir).filePath(name);
}

qint64 BenchContext::importRecords() const
{
    return scaled(1000000, 20000);
}

QString BenchContext::importCsv()
{
    return csvOf(importRecords());
}

QString BenchContext::csvOf(qint64 records)
{
    const QString file = path(QStringLiteral("bench-%1-%2.csv").arg(m_tag).arg(records));
    if (m_generated.contains(file))
        return file;
    if (writeBenchCsv(file, records) < 0)
        throw DbError(DbError::Kind::Permanent, QStringLiteral("cannot write %1").arg(file));
    m_generated << file;
    return file;
}

qint64 BenchContext::workbookRecords() const
{
    return scaled(1000000, 20000);
}

QString BenchContext::importWorkbook()
{
    const QString file = path(QStringLiteral("bench-%1-%2.xlsx").arg(m_tag).arg(workbookRecords()));
    if (m_generated.contains(file))
        return file;
    if (const QString why = writeBenchWorkbook(file, workbookRecords(), m_options.outDir);
        !why.isEmpty()) {
        QFile::remove(file);
        throw DbError(DbError::Kind::Permanent, why);
    }
    m_generated << file;
    return file;
}

QString BenchContext::gzipped(const QString &file)
{
    const QString compressed = file + QStringLiteral(".gz");
    if (m_generated.contains(compressed))
        return compressed;
    const ChildResult gzip
        = runChild(QStringLiteral("gzip"),
                   {QStringLiteral("-6"), QStringLiteral("-k"), QStringLiteral("-f"), file},
                   {},
                   m_options.outDir);
    if (!gzip.ok()) {
        QFile::remove(compressed);
        throw DbError(
            DbError::Kind::Permanent,
            QStringLiteral("cannot gzip %1: %2")
                .arg(file, gzip.started ? QString::fromUtf8(gzip.err).trimmed() : gzip.error));
    }
    m_generated << compressed;
    return compressed;
}

void BenchContext::execute(const QString &statement, const QVariantList &params)
{
    m_database.write([statement, params](QSqlDatabase &db) { Sql(db).exec(statement, params); })
        .waitForFinished();
}

void BenchContext::dropFile(qint64 fileId)
{
    m_database
        .write([fileId](QSqlDatabase &db) {
            Sql sql(db);
            SqlTransaction transaction(sql);
            catalog::deleteFile(sql, fileId);
            transaction.commit();
        })
        .waitForFinished();
}

qint64 BenchContext::fileIdOf(const QString &fileName)
{
    const qint64 project = scratchProjectId();
    return m_database
        .write([project, fileName](QSqlDatabase &db) {
            return Sql(db)
                .scalar(QStringLiteral("SELECT id FROM files WHERE project_id = ? AND name = ?"),
                        {project, fileName})
                .toLongLong();
        })
        .result();
}

void BenchContext::waitUntilReadable(qint64 fileId, qint64 records)
{
    QElapsedTimer waited;
    waited.start();
    const auto visible = [this, fileId] {
        return m_database
            .read([fileId](QSqlDatabase &db) {
                return Sql(db)
                    .scalar(QStringLiteral("SELECT coalesce(sum(record_count), 0) FROM "
                                           "record_blocks WHERE file_id = ?"),
                            {fileId})
                    .toLongLong();
            })
            .result();
    };
    while (visible() < records && waited.elapsed() < 60000)
        QThread::msleep(50);
}

Database &BenchContext::schemaDatabase()
{
    if (!m_schemaDatabase)
        m_schemaDatabase = std::make_unique<ScratchDatabase>(
            m_database.options().primary, m_options.outDir, m_tag);
    return m_schemaDatabase->database();
}

void BenchContext::progress(const QString &line) const
{
    if (m_options.progress)
        m_options.progress(line);
}

void BenchContext::cleanUp()
{
    m_schemaDatabase.reset();
    for (const QString &file : std::as_const(m_generated))
        QFile::remove(file);
    m_generated.clear();
    if (m_projectId == 0)
        return;
    const QString name = scratchProject();
    m_projectId = 0;
    try {
        m_database.write([name](QSqlDatabase &db) { return catalog::deleteProject(Sql(db), name); })
            .waitForFinished();
    } catch (const DbError &error) {
        progress(QStringLiteral("could not remove the scratch project %1: %2")
                     .arg(name, error.message()));
    }
}

} // namespace stevedore::bench
