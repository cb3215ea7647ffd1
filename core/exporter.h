// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace stevedore {

class Database;

enum class ExportFormat { Csv, Jsonl };

struct ExportOptions
{
    QString project;
    QString file;
    ExportFormat format = ExportFormat::Csv;
    // Optional: turns a record's fields into the row to write (mapped export). Returns the
    // header when called with nullptr.
    std::function<QList<QByteArray>(const QList<QByteArray> *fields)> transform;
    int pageSize = 20000;
};

struct ExportResult
{
    qint64 records = 0;
    bool cancelled = false;
};

// Streams a file's records in their original order to out: the header then one line per record,
// UTF-8, RFC 4180 quoting for CSV (a field is quoted when it holds a comma, quote, CR or LF, or
// begins or ends with a space; a record of one empty value is written `""`, never a blank
// line), or one JSON object per record keyed by the header for JSONL.
// Memory stays bounded: records are read in keyset pages while the previous page is written.
// Throws DbError; progress(done, total) may return false to cancel.
ExportResult exportFile(Database &database,
                        const ExportOptions &options,
                        QIODevice *out,
                        const std::function<bool(qint64, qint64)> &progress = {});

void appendCsvField(QByteArray &out, QByteArrayView value);

} // namespace stevedore
