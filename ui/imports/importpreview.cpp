// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/importpreview.h"

#include "csv/csvreader.h"
#include "import/importer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace stevedore {

namespace {

struct ImportPreviewTr
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::ImportPreview)
};

// Importer::run() detects from file.peek(64 * 1024); the preview must agree with it.
constexpr qsizetype detectionSample = 64 * 1024;

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.refusal = file.errorString();
        return preview;
    }
    preview.fileSize = file.size();
    QByteArray sample = file.read(maxBytes);
    preview.bytesSampled = sample.size();
    preview.complete = sample.size() >= preview.fileSize;
    preview.dialect
        = detectDialect(QByteArrayView(sample).first(std::min(sample.size(), detectionSample)),
                        settings.overrides());

    QBuffer buffer(&sample);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, preview.dialect);
    preview.header = reader.header();
    CsvRecord record;
    while (preview.rows.size() < maxRecords && reader.next(record)) {
        preview.rows << record.fields();
        preview.lines << record.line;
        preview.rowErrors << record.error;
    }
    // The sample's end may cut the last record; it is not an error of the file.
    if (!preview.complete && preview.rows.size() < maxRecords && !preview.rows.isEmpty()) {
        preview.rows.removeLast();
        preview.lines.removeLast();
        preview.rowErrors.removeLast();
    }
    if (!reader.errorString().isEmpty())
        preview.error = reader.errorString();
    return preview;
}

} // namespace stevedore
