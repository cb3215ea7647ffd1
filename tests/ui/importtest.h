// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the GUI tests that import: scratch CSV files, exporting a file's records
// back, and waiting for queued import jobs.

#include "db/database.h"
#include "db/sql.h"
#include "import/exporter.h"
#include "imports/jobqueue.h"
#include "store/catalog.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

namespace stevedore::importtest {

// id,name,city with records rows; every badEvery-th record (0: none) has a missing field, so
// the importer rejects it with its line.
inline QByteArray csvText(qint64 records, qint64 badEvery = 0)
{
    QByteArray text("id,name,city\n");
    text.reserve(records * 32);
    for (qint64 i = 1; i <= records; ++i) {
        text += QByteArray::number(i);
        text += ",name ";
        text += QByteArray::number(i);
        if (badEvery <= 0 || i % badEvery != 0) {
            text += ",city ";
            text += QByteArray::number(i % 100);
        }
        text += '\n';
    }
    return text;
}

inline bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

// The file's records as CSV, through the exporter (header first).
inline QByteArray exported(Database &database, const QString &project, const QString &file)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.project = project;
    options.file = file;
    exportFile(database, options, &buffer);
    return bytes;
}

inline QList<FileInfo> files(Database &database, const QString &project)
{
    return database
        .read(
            [project](QSqlDatabase &db) {
                Sql sql(db);
                return catalog::listFiles(sql, catalog::projectId(sql, project));
            },
            ReadConsistency::Primary)
        .result();
}

inline bool isFinished(const ImportJob &job)
{
    return !job.isActive();
}

// Detaches the queue from its database and waits for the runs still using it, so that the
// test may destroy the database next (a test may block; the GUI never does).
inline void detachAndWait(JobQueue &queue)
{
    for (QFuture<void> run : queue.setDatabase(nullptr))
        run.waitForFinished();
}

} // namespace stevedore::importtest
