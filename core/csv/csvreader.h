// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "csv/dialect.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace stevedore {

// One record as read from the file. The reader reuses the object passed to next(), so the
// hot loop allocates nothing once buffers have grown.
struct CsvRecord
{
    // All field values, transcoded to UTF-8 and concatenated; field i is
    // data[i == 0 ? 0 : ends[i - 1] .. ends[i]).
    QByteArray data;
    QList<qsizetype> ends;
    // 1-based physical line (as an editor counts LF, CRLF and lone CR) where the record starts
    // and ends; they differ when a quoted field spans lines.
    qint64 line = 0;
    qint64 lastLine = 0;
    // 1-based number among the data records (the header is not counted); malformed records
    // are counted too, so numbers match the records' order in the file.
    qint64 number = 0;
    // Non-empty when the record is malformed (unterminated quote, wrong number of fields,
    // invalid bytes in the encoding, NUL byte); the fields are then unreliable.
    QString error;
    // The 1-based column (a sheet's cell) the error is about; 0 when it is about the whole
    // record. Only sources with cells set it (xlsx, ods); CsvReader leaves it 0.
    int errorColumn = 0;
    // The record's source text decoded to UTF-8 (invalid bytes shown as \xNN), without its
    // line terminator. Filled for every record; of a record cut at the size limit, its first
    // 64 KiB.
    QByteArray raw;

    int fieldCount() const { return int(ends.size()); }
    QByteArrayView field(int i) const;
    QString fieldString(int i) const { return QString::fromUtf8(field(i)); }
    QStringList fields() const;
};

// Streaming reader for delimited text (RFC 4180 plus LF/CRLF/CR line ends). Memory is bounded
// by the longest record, never by the file. Not thread-safe; one reader per thread.
class CsvReader
{
public:
    // The device must be open for reading and outlive the reader. Input is decoded from the
    // dialect's encoding; a BOM at the start is skipped.
    CsvReader(QIODevice *device, const Dialect &dialect);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The header names as they are in the file, or "column_1".."column_N" without a header.
    // Reads the first record if needed. Empty when the file has no record at all, or when the
    // header is longer than the record size limit (headerError() says so; nothing more is read).
    QStringList rawHeader();
    // The header made unique: an empty name becomes "column_N" (N = 1-based position), a
    // repeated name gets "_2", "_3"... (case-insensitive comparison), never merged.
    QStringList header();

    // Reads the next data record. Returns false at end of input or on an I/O error
    // (errorString() tells which). A record whose field count differs from the header's is
    // returned with error set.
    bool next(CsvRecord &record);

    QString errorString() const; // empty unless an I/O error happened
    QString headerError() const; // empty unless the header could not be read (see rawHeader())
    qint64 bytesRead() const;    // source bytes consumed so far (for progress)

    // Tuning and test hooks; call before the first read. The device is read in chunks of
    // chunkSize source bytes (default 256 KiB; tests use 1 to split the input everywhere).
    // A record longer than maxRecordSize bytes (default 64 MiB), quoted or not, with or without
    // a line end, is returned with an error and reading resumes on the next line, so memory
    // stays bounded whatever the input (a header that long stops the reading: headerError()).
    void setChunkSize(qsizetype bytes);
    void setMaxRecordSize(qsizetype bytes);

private:
    class Private;
    std::unique_ptr<Private> d;
};

// Make header names unique as CsvReader::header() does.
QStringList uniqueHeader(const QStringList &raw);

} // namespace stevedore
