// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "csv/csvreader.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace stevedore {

// The kinds of file an import reads. Detected from content (detectSourceFormat()), never from
// the name; the operator can override (import --format).
enum class SourceFormat {
    Auto, // detect
    Delimited,
    Xlsx,
    Ods,
    Json,      // a top-level array of objects
    JsonLines, // one object per line
    FixedWidth,
};

// "csv", "xlsx", "ods", "json", "jsonl", "fixed" (what --format takes; "auto" for Auto).
QString formatName(SourceFormat format);
std::optional<SourceFormat> formatFromName(const QString &name);

// A stream of records with a header, read from one file (or one sheet of a workbook, one member
// of an archive). Every kind of file an import reads is one of these: the importer, the import
// dialog's preview, `rejects` and resume read through this interface only.
//
// Records are numbered from 1 in the order they are read; malformed records are counted too,
// so that numbers follow the file. A resumed import reads the source again from its start and
// skips the records up to its checkpoint, so a source needs no seeking: it must only give the
// same records with the same numbers each time it reads the same bytes.
//
// The record's `line` is where it is located in its kind's own terms: the physical line in a
// text file, the row number in a sheet (1-based, as the spreadsheet shows it). `lastLine` is
// the last line it spans. `error` is non-empty when the record is rejected for its content;
// `raw` is what is shown of a rejected record (the line's text, or the row's cells as CSV).
// Memory stays bounded by the longest record (plus, for a workbook, its shared string table),
// never by the file.
class RecordSource
{
public:
    virtual ~RecordSource();

    // The header names as they are in the file ("column_1".."column_N" without a header).
    // Reads as much as needed. Empty when the source has no record at all or when the header
    // cannot be read (headerError() then says why).
    virtual QStringList rawHeader() = 0;
    // rawHeader() made unique as uniqueHeader() does.
    QStringList header();

    // The next data record; false at the end or on an error that stops the reading
    // (errorString() says which). Reuses the record's buffers.
    virtual bool next(CsvRecord &record) = 0;

    // Empty unless reading stopped on an error (I/O, a corrupt container, …): one line, for
    // "cannot be read: …".
    virtual QString errorString() const = 0;
    // Empty unless the header could not be read.
    virtual QString headerError() const = 0;
    // Bytes of the underlying device consumed so far; progress for text sources.
    virtual qint64 bytesRead() const = 0;

    // Where a record is, after the file's name and a colon: "12" (a line of text) or
    // "Sheet1!A12" (a sheet's row; column > 0 names the cell, 1-based). The default is the line.
    virtual QString location(qint64 line, int column = 0) const;
};

// Makes header names unique (as CsvReader::header() does) — declared in csv/csvreader.h.

} // namespace stevedore
