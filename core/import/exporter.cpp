// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/exporter.h"

#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "store/catalog.h"
#include "store/recordcodec.h"
#include "store/recordstore.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace stevedore {

void appendCsvField(QByteArray &out, QByteArrayView value)
{
    bool quote = !value.isEmpty() && (value.front() == ' ' || value.back() == ' ');
    for (const char c : value) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(value.data(), value.size());
        return;
    }
    out.append('"');
    const char *p = value.data();
    const char *end = p + value.size();
    const char *run = p;
    for (; p < end; ++p) {
        if (*p == '"') {
            out.append(run, p - run + 1);
            out.append('"');
            run = p + 1;
        }
    }
    out.append(run, end - run);
    out.append('"');
}

namespace {

struct Page
{
    QList<QByteArray> data;
};

// A record as parsed by recordcodec's allocation-free parser.
struct FieldBuffer
{
    QByteArray data;
    QList<qsizetype> ends;
    qsizetype size() const { return ends.size(); }
    QByteArrayView operator[](qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : ends[i - 1];
        return {data.constData() + begin, ends[i] - begin};
    }
};

template<typename Fields>
void appendRow(QByteArray &out,
               ExportFormat format,
               const QList<QByteArray> &header,
               const Fields &fields)
{
    if (format == ExportFormat::Csv) {
        // A record of one empty value written as is would be a blank line, which most readers
        // skip (RFC 4180 has no empty record), so the value is lost on the way back.
        if (fields.size() == 1 && QByteArrayView(fields[0]).isEmpty()) {
            out.append("\"\"\n");
            return;
        }
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendCsvField(out, fields[i]);
        }
        out.append('\n');
        return;
    }
    out.append('{');
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i > 0)
            out.append(',');
        recordcodec::appendJsonString(out, header[i]);
        out.append(':');
        if (i < fields.size())
            recordcodec::appendJsonString(out, fields[i]);
        else
            out.append("null");
    }
    out.append("}\n");
}

void writeOut(QIODevice *out, QByteArray &buffer)
{
    if (buffer.isEmpty())
        return;
    if (out->write(buffer) != buffer.size())
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("cannot write the export: ") + out->errorString());
    buffer.clear();
}

struct FileMeta
{
    qint64 fileId = 0;
    qint64 records = 0;
    qint64 maxRecord = 0;
    QStringList header;
    QStringList rawHeader;
};

FileMeta readFileMeta(const Sql &sql, const QString &project, const QString &fileName)
{
    const FileInfo info = catalog::fileInfo(sql, catalog::projectId(sql, project), fileName);
    FileMeta m;
    m.fileId = info.id;
    m.records = info.recordCount;
    m.header = info.header;
    m.rawHeader = QStringList();
    const QJsonArray raw
        = QJsonDocument::fromJson(
              sql.scalar(QStringLiteral("SELECT raw_header FROM files WHERE id = ?"), {info.id})
                  .toString()
                  .toUtf8())
              .array();
    for (const QJsonValue &v : raw)
        m.rawHeader << v.toString();
    const auto bounds = recordstore::recordBounds(sql, info.id);
    m.maxRecord = bounds ? bounds->second : 0;
    return m;
}

// The first CSV row (also the JSONL keys unless they must differ, see jsonKeys()).
QList<QByteArray> headerRow(const ExportOptions &options, const FileMeta &meta)
{
    if (options.transform)
        return options.transform(nullptr);
    QList<QByteArray> header;
    // CSV keeps the names as written in the file; JSONL keys must be unique.
    const QStringList &names = options.format == ExportFormat::Csv && !meta.rawHeader.isEmpty()
                                   ? meta.rawHeader
                                   : meta.header;
    for (const QString &name : names)
        header << name.toUtf8();
    return header;
}

QList<QByteArray>
jsonKeys(const ExportOptions &options, const FileMeta &meta, const QList<QByteArray> &header)
{
    if (options.transform || options.format != ExportFormat::Jsonl)
        return header;
    QList<QByteArray> keys;
    for (const QString &name : meta.header)
        keys << name.toUtf8();
    return keys;
}

// Pages are ranges of record numbers, so the next page can be requested before the current one
// is written (numbers are dense but for rejected records).
QFuture<Page> fetchPage(Database &database, qint64 fileId, qint64 from, qint64 pageSize)
{
    return database.read(
        [fileId, from, pageSize](QSqlDatabase &db) {
            Page page;
            recordstore::readRecordData(Sql(db), fileId, from, from + pageSize, page.data);
            return page;
        },
        // A replica may not have a file imported a moment ago yet; an
        // export must never come back short.
        ReadConsistency::Primary);
}

// Formats records into a buffer that is written out whenever it passes 1 MiB.
class RowWriter
{
public:
    RowWriter(const ExportOptions &options, QList<QByteArray> keys, QIODevice *out)
        : m_options(options)
        , m_keys(std::move(keys))
        , m_out(out)
    {
        m_buffer.reserve(1 << 20);
    }

    void appendHeader(const QList<QByteArray> &header)
    {
        appendRow(m_buffer, ExportFormat::Csv, header, header);
    }

    // Appends the stored record `json`, the `number`th one exported (for the error message).
    void appendRecord(const QByteArray &json, qint64 number)
    {
        const bool ok = m_options.transform
                            ? recordcodec::parseJsonArray(json, m_fields)
                            : recordcodec::parseJsonArray(json, m_buffered.data, m_buffered.ends);
        if (!ok)
            throw DbError(DbError::Kind::Permanent,
                          QStringLiteral("record %1 of '%2' is corrupt in the database")
                              .arg(number)
                              .arg(m_options.file));
        if (m_options.transform)
            appendRow(m_buffer, m_options.format, m_keys, m_options.transform(&m_fields));
        else
            appendRow(m_buffer, m_options.format, m_keys, m_buffered);
    }

    void flushIfFull()
    {
        if (m_buffer.size() > (1 << 20))
            writeOut(m_out, m_buffer);
    }

    void flush() { writeOut(m_out, m_buffer); }

private:
    const ExportOptions &m_options;
    const QList<QByteArray> m_keys;
    QIODevice *m_out;
    QByteArray m_buffer;
    QList<QByteArray> m_fields;
    FieldBuffer m_buffered;
};

} // namespace

ExportResult exportFile(Database &database,
                        const ExportOptions &options,
                        QIODevice *out,
                        const std::function<bool(qint64, qint64)> &progress)
{
    const QString project = options.project;
    const QString fileName = options.file;
    const FileMeta meta
        = database
              .read([project, fileName](
                        QSqlDatabase &db) { return readFileMeta(Sql(db), project, fileName); },
                    ReadConsistency::Primary)
              .result();

    const QList<QByteArray> header = headerRow(options, meta);
    RowWriter writer(options, jsonKeys(options, meta, header), out);
    if (options.format == ExportFormat::Csv)
        writer.appendHeader(header);

    const qint64 fileId = meta.fileId;
    const qint64 pageSize = std::max(1, options.pageSize);
    ExportResult result;
    qint64 next = 1;
    QFuture<Page> pending = fetchPage(database, fileId, next, pageSize);
    while (next <= meta.maxRecord) {
        const Page page = pending.result();
        next += pageSize;
        if (next <= meta.maxRecord)
            pending = fetchPage(database, fileId, next, pageSize);
        for (const QByteArray &json : page.data) {
            writer.appendRecord(json, result.records + 1);
            ++result.records;
            writer.flushIfFull();
        }
        if (progress && !progress(result.records, meta.records)) {
            if (next <= meta.maxRecord)
                pending.waitForFinished();
            result.cancelled = true;
            break;
        }
    }
    writer.flush();
    return result;
}

} // namespace stevedore
