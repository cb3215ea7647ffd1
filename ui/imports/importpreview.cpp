// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/importpreview.h"

#include "import/importer.h"
#include "import/sourcefile.h"

#include <QCoreApplication>

namespace stevedore {

namespace {

struct ImportPreviewTr
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::ImportPreview)
};

// Content bytes the records read so far took up: the preview's byte limit for text. Not
// SourceStream::contentBytes(), which counts what the reader has buffered ahead of them (a
// whole chunk of 256 KiB at its first read), so that a limit below one chunk would stop the
// preview before its first record. A workbook's sheet is not text: no limit there.
qint64 recordBytes(const SourceStream &stream)
{
    return stream.streamsContent() ? stream.records()->bytesRead() : 0;
}

// The bytes the preview read: of the content (decompressed) for text, as recordBytes(); of the
// file for a workbook's sheet.
qint64 sampledBytes(const SourceStream &stream)
{
    return stream.streamsContent() ? recordBytes(stream) : stream.progressBytes();
}

// Whether records has none left after the sample stopped with more still possible. The
// sample stopped at maxRecords: one record more says whether the file ended there (a file of
// exactly maxRecords records is complete). Stopped at maxBytes: not read further, so as not to
// read an enormous record the limit is there to avoid.
bool isAtEnd(RecordSource *records, bool stoppedAtMaxRecords)
{
    CsvRecord record;
    return stoppedAtMaxRecords && !records->next(record) && records->errorString().isEmpty();
}

// The content's first lines as they are: read as delimited text with no quoting and no
// header, each record's raw text is its line, decoded and with the line end cut, through the
// same devices (decompression, archive member) and encoding detection as every other read.
bool readRawLines(QIODevice *raw,
                  const PreviewSettings &settings,
                  int maxLines,
                  qsizetype maxBytes,
                  ImportPreview *preview)
{
    SourceOptions options = settings.sourceOptions();
    options.format = SourceFormat::Delimited;
    options.overrides
        = {.delimiter = ',', .quote = '\0', .hasHeader = false, .encoding = settings.encoding};
    SourceStream stream;
    const QString why = stream.open(raw, options);
    preview->kind = stream.kind();
    preview->kind.format = SourceFormat::FixedWidth; // as the fixed-width read reports it
    if (!why.isEmpty()) {
        preview->refusal = why;
        return false;
    }
    preview->format = SourceFormat::FixedWidth;
    preview->part = stream.part();
    preview->dialect = stream.dialect();
    RecordSource *records = stream.records();
    CsvRecord record;
    bool more = true;
    while (preview->rawLines.size() < maxLines && recordBytes(stream) <= maxBytes) {
        more = records->next(record);
        if (!more)
            break;
        preview->rawLines << QString::fromUtf8(record.raw);
    }
    preview->complete = !more || isAtEnd(records, preview->rawLines.size() >= maxLines);
    preview->bytesSampled = sampledBytes(stream);
    if (!records->errorString().isEmpty())
        preview->error = records->errorString();
    return true;
}

} // namespace

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return ImportPreviewTr::tr("comma");
    case ';':
        return ImportPreviewTr::tr("semicolon");
    case '\t':
        return ImportPreviewTr::tr("tab");
    case '|':
        return ImportPreviewTr::tr("pipe");
    case ' ':
        return ImportPreviewTr::tr("space");
    default:
        return QStringLiteral("'%1'").arg(QLatin1Char(delimiter));
    }
}

ImportPreview loadImportPreview(const QString &path,
                                const PreviewSettings &settings,
                                int maxRecords,
                                qsizetype maxBytes)
{
    ImportPreview preview;
    preview.path = path;
    preview.refusal = checkImportable(path);
    if (preview.isRefused())
        return preview;
    SourceFile file;
    if (const QString why = file.open(path); !why.isEmpty()) {
        preview.refusal = why;
        return preview;
    }
    preview.fileSize = file.size();
    const bool fixedWidth = settings.format == SourceFormat::FixedWidth;
    if (fixedWidth) {
        if (!readRawLines(&file.file(), settings, maxRecords, maxBytes, &preview))
            return preview;
        if (settings.fixedColumns.isEmpty())
            return preview; // the operator cuts the lines into columns first
    }
    SourceStream stream;
    if (const QString why = stream.open(&file.file(), settings.sourceOptions()); !why.isEmpty()) {
        preview.kind = stream.kind();
        preview.refusal = why;
        return preview;
    }
    preview.kind = stream.kind();
    preview.format = stream.format();
    preview.part = stream.part();
    if (!fixedWidth) // fixed-width text: the encoding detected with the lines
        preview.dialect = stream.dialect();
    RecordSource *records = stream.records();
    preview.header = records->header();
    if (preview.header.isEmpty() && !records->headerError().isEmpty()) {
        preview.error = records->headerError();
        return preview;
    }
    CsvRecord record;
    bool more = true;
    while (preview.rows.size() < maxRecords && recordBytes(stream) <= maxBytes) {
        more = records->next(record);
        if (!more)
            break;
        preview.rows << record.fields();
        preview.lines << record.line;
        preview.locations << records->location(record.line);
        preview.rowErrors << record.error;
    }
    preview.complete = !more || isAtEnd(records, preview.rows.size() >= maxRecords);
    preview.bytesSampled = sampledBytes(stream);
    if (!records->errorString().isEmpty())
        preview.error = records->errorString();
    return preview;
}

} // namespace stevedore
