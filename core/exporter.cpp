// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "exporter.h"

#include "catalog.h"
#include "database.h"
#include "dberror.h"
#include "recordcodec.h"
#include "recordstore.h"
#include "sql.h"

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

} // namespace

ExportResult exportFile(Database &database,
                        const ExportOptions &options,
                        QIODevice *out,
                        const std::function<bool(qint64, qint64)> &progress)
{
    const QString project = options.project;
    const QString fileName = options.file;
    struct Meta
    {
        qint64 fileId = 0;
        qint64 records = 0;
        qint64 maxRecord = 0;
        QStringList header;
        QStringList rawHeader;
    };
    const Meta meta
        = database
              .read(
                  [project, fileName](QSqlDatabase &db) {
                      Sql sql(db);
                      const FileInfo info
                          = catalog::fileInfo(sql, catalog::projectId(sql, project), fileName);
                      Meta m;
                      m.fileId = info.id;
                      m.records = info.recordCount;
                      m.header = info.header;
                      m.rawHeader = QStringList();
                      const QJsonArray raw = QJsonDocument::fromJson(
                                                 sql.scalar(QStringLiteral("SELECT raw_header FROM "
                                                                           "files WHERE id = ?"),
                                                            {info.id})
                                                     .toString()
                                                     .toUtf8())
                                                 .array();
                      for (const QJsonValue &v : raw)
                          m.rawHeader << v.toString();
                      const auto bounds = recordstore::recordBounds(sql, info.id);
                      m.maxRecord = bounds ? bounds->second : 0;
                      return m;
                  },
                  ReadConsistency::Primary)
              .result();

    QList<QByteArray> header;
    if (options.transform) {
        header = options.transform(nullptr);
    } else {
        // CSV keeps the names as written in the file; JSONL keys must be unique.
        const QStringList &names = options.format == ExportFormat::Csv && !meta.rawHeader.isEmpty()
                                       ? meta.rawHeader
                                       : meta.header;
        for (const QString &name : names)
            header << name.toUtf8();
    }
    QList<QByteArray> jsonKeys = header;
    if (!options.transform && options.format == ExportFormat::Jsonl) {
        jsonKeys.clear();
        for (const QString &name : meta.header)
            jsonKeys << name.toUtf8();
    }

    QByteArray buffer;
    buffer.reserve(1 << 20);
    if (options.format == ExportFormat::Csv)
        appendRow(buffer, ExportFormat::Csv, header, header);

    const qint64 fileId = meta.fileId;
    const qint64 pageSize = std::max(1, options.pageSize);
    // Pages are ranges of record numbers, so the next page can be requested before the
    // current one is written (numbers are dense but for rejected records).
    auto fetch = [&database, fileId, pageSize](qint64 from) {
        return database.read(
            [fileId, from, pageSize](QSqlDatabase &db) {
                Page page;
                recordstore::readRecordData(Sql(db), fileId, from, from + pageSize, page.data);
                return page;
            },
            // A replica may not have a file imported a moment ago yet; an
            // export must never come back short.
            ReadConsistency::Primary);
    };

    ExportResult result;
    QList<QByteArray> fields;
    FieldBuffer buffered;
    qint64 next = 1;
    QFuture<Page> pending = fetch(next);
    while (next <= meta.maxRecord) {
        const Page page = pending.result();
        next += pageSize;
        if (next <= meta.maxRecord)
            pending = fetch(next);
        for (const QByteArray &json : page.data) {
            const bool ok = options.transform
                                ? recordcodec::parseJsonArray(json, fields)
                                : recordcodec::parseJsonArray(json, buffered.data, buffered.ends);
            if (!ok)
                throw DbError(DbError::Kind::Permanent,
                              QStringLiteral("record %1 of '%2' is corrupt in the database")
                                  .arg(result.records + 1)
                                  .arg(fileName));
            if (options.transform)
                appendRow(buffer, options.format, jsonKeys, options.transform(&fields));
            else
                appendRow(buffer, options.format, jsonKeys, buffered);
            ++result.records;
            if (buffer.size() > (1 << 20))
                writeOut(out, buffer);
        }
        if (progress && !progress(result.records, meta.records)) {
            if (next <= meta.maxRecord)
                pending.waitForFinished();
            result.cancelled = true;
            break;
        }
    }
    writeOut(out, buffer);
    return result;
}

} // namespace stevedore
