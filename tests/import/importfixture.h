// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

// What the import tests compare: a file's records as exported, and as the reader reads a source.

#include "csvreader.h"
#include "database.h"
#include "dialect.h"
#include "exporter.h"

#include <QBuffer>
#include <QFile>
#include <QList>
#include <QStringList>

namespace stevedore::test {

// The exported header and records of a file (as CSV, read back); a malformed record yields a
// one-row list naming the problem, so that a comparison fails with it.
inline QList<QStringList> exportedRecords(Database &db, const QString &project, const QString &file)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.project = project;
    options.file = file;
    exportFile(db, options, &buffer);
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, Dialect());
    QList<QStringList> records;
    records << reader.rawHeader();
    CsvRecord record;
    while (reader.next(record)) {
        if (!record.error.isEmpty())
            return {{QStringLiteral("export produced a malformed record: ") + record.error}};
        records << record.fields();
    }
    return records;
}

// What the reader makes of a file: the header and every well-formed record (the lines of the
// malformed ones in *errorLines).
inline QList<QStringList> sourceRecords(const QString &path, QList<qint64> *errorLines = nullptr)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const Dialect dialect = detectDialect(file.peek(64 * 1024));
    CsvReader reader(&file, dialect);
    QList<QStringList> records;
    records << reader.rawHeader();
    CsvRecord record;
    while (reader.next(record)) {
        if (!record.error.isEmpty()) {
            if (errorLines)
                *errorLines << record.line;
            continue;
        }
        records << record.fields();
    }
    return records;
}

} // namespace stevedore::test
