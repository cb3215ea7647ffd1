// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "csv/dialectdetection.h"
#include "source/archivedevice.h"
#include "source/fixedwidthsource.h"
#include "source/recordsource.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class QIODevice;

namespace stevedore {

// How to read one file, as the operator asked (import options, the import dialog). Stored with
// the file (toJson()) so that a resumed import reads it exactly as its first run did.
struct SourceOptions
{
    SourceFormat format = SourceFormat::Auto;
    DialectOverrides overrides; // delimited text; the encoding of fixed-width text
    // A workbook's sheet (its name, or its 1-based index as text) or an archive's member (its
    // name); empty: the first.
    QString part;
    int skipRows = 0;                // workbooks: rows above the header row
    QList<FixedColumn> fixedColumns; // fixed-width text: required

    // The options that decide which records are read, as stored with the file: format, part,
    // skip rows and fixed columns (the dialect is stored on its own).
    QJsonObject toJson() const;
    // Takes those from json over what is here; false when json is malformed.
    bool applyJson(const QJsonObject &json);

    // The kind a file was read as, from the reading stored with it (files.dialect: the
    // dialect, "source" and "read_as"): the format asked for, else the one detected. Files
    // stored before either was kept were read as delimited text.
    static SourceFormat storedFormat(const QString &storedReading);
};

// One sheet of a workbook or member of an archive.
struct SourcePart
{
    QString name;
    qint64 rows = -1;  // -1: unknown
    qint64 bytes = -1; // uncompressed size when known, else -1
};

// What a file is, from its content (never its name).
struct SourceKind
{
    SourceFormat format = SourceFormat::Delimited; // of the content; an archive's: Auto
    Compression compression = Compression::None;
    // A workbook's sheets or a zip archive's members, in order; empty for other files.
    QList<SourcePart> parts;
    QString error; // why it cannot be read (not a readable workbook, corrupt archive, …)

    bool isWorkbook() const { return format == SourceFormat::Xlsx || format == SourceFormat::Ods; }
    bool isArchive() const { return compression == Compression::Zip && !isWorkbook(); }
    bool hasParts() const { return isWorkbook() || isArchive(); }
};

// Inspects the file open on raw (random access, at any position; left at 0): its kind and
// parts. format forces the kind of content (Auto: detect).
SourceKind inspectSource(QIODevice *raw, SourceFormat format = SourceFormat::Auto);

// The name a part gets as a file of the project: "BOOK.xlsx:Sheet1", "ARCHIVE.zip:a.csv".
QString partFileName(const QString &fileName, const QString &part);

// The records of one file (one sheet, one member) as the importer and the preview read them:
// the devices from the file's bytes up to the record source. The content — the decompressed
// bytes of a compressed file or archive member, the file itself otherwise, or the workbook's
// file for a sheet — can be hashed as it is read, so that an import can check at the end that
// it parsed exactly what it hashed before.
class SourceStream
{
public:
    SourceStream();
    ~SourceStream();
    SourceStream(const SourceStream &) = delete;
    SourceStream &operator=(const SourceStream &) = delete;

    // Opens the records of the file on raw (random access, positioned anywhere: it is read from
    // its start). Empty on success, else why not (one line). Reading again means opening again.
    QString open(QIODevice *raw, const SourceOptions &options);

    RecordSource *records() const { return m_records.get(); }
    SourceFormat format() const { return m_format; }
    Compression compression() const { return m_kind.compression; }
    const SourceKind &kind() const { return m_kind; }
    // The part read (resolved: a sheet's name, a member's name); empty for a whole file.
    QString part() const { return m_part; }
    // Delimited text's dialect, detected with the overrides; for other kinds the default.
    const Dialect &dialect() const { return m_dialect; }

    // Bytes of the file consumed so far (compressed bytes for compressed content): progress.
    qint64 progressBytes() const;
    // SHA-256 and count of the content bytes read since open(). Workbooks are read in parts,
    // not as a stream: their digest is empty (the importer relies on the file's stat there).
    // The digest finishes the hash: ask for it once the records are all read.
    QByteArray contentDigest();
    qint64 contentBytes() const;
    bool streamsContent() const { return m_hashing != nullptr; }

    // Hashes the whole content from the start (a pass of its own; raw is left at 0). Of a
    // workbook the file's bytes are hashed. False with *error set on a read error, or
    // "cancelled" once *cancel is set.
    static bool hashContent(QIODevice *raw,
                            const SourceOptions &options,
                            QByteArray *digest,
                            QString *error,
                            const std::atomic<bool> *cancel);

private:
    class HashingDevice;

    SourceKind m_kind;
    SourceFormat m_format = SourceFormat::Delimited;
    QString m_part;
    Dialect m_dialect;
    QIODevice *m_raw = nullptr;
    std::unique_ptr<ArchiveDevice> m_archive;
    std::unique_ptr<HashingDevice> m_hashing;
    std::unique_ptr<RecordSource> m_records;
};

// A RecordSource over delimited text: CsvReader behind the common interface.
std::unique_ptr<RecordSource> openDelimitedSource(QIODevice *content, const Dialect &dialect);

} // namespace stevedore
