// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

// What the import tests compare: a file's records as exported, and as the reader reads a source.

#include "csv/csvreader.h"
#include "csv/dialectdetection.h"
#include "db/database.h"
#include "import/exporter.h"

#include <QBuffer>
#include <QFile>
#include <QList>
#include <QStringList>

#include <set>

namespace stevedore::test {

// A small CSV of `records` records "id,name,amount" (i, "name i", 3 * i) whose records
// numbered in `bad` lack the amount (rejected: two fields). Record i is on line i + 1.
inline QByteArray numberedCsv(int records, const std::set<int> &bad)
{
    QByteArray data = "id,name,amount\n";
    for (int i = 1; i <= records; ++i) {
        data += QByteArray::number(i) + ",name " + QByteArray::number(i);
        if (!bad.contains(i))
            data += ',' + QByteArray::number(i * 3);
        data += '\n';
    }
    return data;
}

// What exportedRecords() gives for numberedCsv(records, bad) once imported.
inline QList<QStringList> numberedRecords(int records, const std::set<int> &bad)
{
    QList<QStringList> rows{{"id", "name", "amount"}};
    for (int i = 1; i <= records; ++i) {
        if (!bad.contains(i))
            rows << QStringList{
                QString::number(i), QStringLiteral("name %1").arg(i), QString::number(i * 3)};
    }
    return rows;
}

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
