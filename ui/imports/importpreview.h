// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "csv/dialectdetection.h"
#include "source/sourcestream.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stevedore {

// What the operator fixed in the import dialog; anything empty is detected as the importer
// does (the quote is '"' unless given). overrides() is what the import is queued with.
struct PreviewSettings
{
    std::optional<char> delimiter;
    std::optional<char> quote; // '\0': no quoting
    std::optional<TextEncoding> encoding;
    std::optional<bool> hasHeader;
    // The kind of file (Auto: detected), the sheet or archive member (empty: the first), rows
    // above a sheet's header, fixed-width columns.
    SourceFormat format = SourceFormat::Auto;
    QString part;
    int skipRows = 0;
    QList<FixedColumn> fixedColumns;

    SourceOptions sourceOptions() const
    {
        return {format, overrides(), part, skipRows, fixedColumns};
    }
    DialectOverrides overrides() const
    {
        return {
            .delimiter = delimiter, .quote = quote, .hasHeader = hasHeader, .encoding = encoding};
    }
    bool operator==(const PreviewSettings &other) const = default;
};

// The first records of a file as the importer would read them.
struct ImportPreview
{
    QString path;
    QString refusal; // checkImportable(): non-empty when the file cannot be imported
    QString error;   // reading failed after the checks (rare)
    Dialect dialect; // detected with the overrides applied, as the importer will use it
    SourceKind kind; // the file's kind, and a workbook's sheets or an archive's members
    SourceFormat format = SourceFormat::Delimited; // of the part read
    QString part;                                  // the sheet or member read (resolved)
    qint64 fileSize = 0;
    // What the records shown took: bytes of the content (decompressed) for text, of the file
    // for a workbook.
    qint64 bytesSampled = 0;
    QStringList header; // unique names (CsvReader::header())
    QList<QStringList> rows;
    QList<qint64> lines;   // 1-based line (a sheet's row) of each row
    QStringList locations; // where each row is, as rejects say it ("12", "Sheet1!A12")
    QStringList rowErrors; // per row; empty when the record is fine
    bool complete = false; // no record follows those read: the preview shows them all
    // Fixed-width text (format forced to FixedWidth): the content's first lines as they are,
    // decoded, for the operator to cut into columns. Read even without columns; the records
    // then stay empty.
    QStringList rawLines;

    bool isRefused() const { return !refusal.isEmpty(); }
    // Refused as a whole (not readable, not a workbook, a corrupt archive…), as opposed to one
    // sheet or member that cannot be read while the others may be.
    bool isFileRefused() const
    {
        return isRefused() && (!kind.hasParts() || kind.parts.isEmpty() || !kind.error.isEmpty());
    }
};

// Reads the first maxRecords records of path through the same source the importer reads
// (source/sourcestream.h), so the dialect, sheet and cells are exactly what an import gets.
// Stops early once the records read take up more than maxBytes of content, for text (a file of
// a few enormous records); the records read are whole. For
// fixed-width text the first lines are read as well (rawLines), and the records only once
// there are columns. Blocking:
// run it on a worker thread (QtConcurrent::run). Never throws.
ImportPreview loadImportPreview(const QString &path,
                                const PreviewSettings &settings,
                                int maxRecords = 100,
                                qsizetype maxBytes = 256 * 1024);

// "comma", "tab", "semicolon"… for messages and the dialog's summary (translated).
QString delimiterName(char delimiter);

} // namespace stevedore
