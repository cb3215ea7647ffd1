// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/sourcestream.h"

#include "import/sha256.h"
#include "source/jsonsource.h"
#include "source/odssource.h"
#include "source/xlsxsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stevedore {

namespace {

// Detection reads this much of the content, as the delimited reader's dialect detection does.
constexpr qsizetype detectionSample = 64 * 1024;

const QLatin1String odsMimeType("application/vnd.oasis.opendocument.spreadsheet");

// The kind of (decompressed) text content: JSON when it starts like JSON, else delimited.
SourceFormat textFormat(QByteArrayView head)
{
    if (const std::optional<bool> lines = detectJsonLines(head))
        return *lines ? SourceFormat::JsonLines : SourceFormat::Json;
    return SourceFormat::Delimited;
}

QList<SourcePart> partsOf(const QList<SheetInfo> &sheets)
{
    QList<SourcePart> parts;
    for (const SheetInfo &sheet : sheets)
        parts.append({sheet.name, sheet.rows, sheet.bytes});
    return parts;
}

// The zip's members that are files to import (workbooks' and macOS's metadata left out).
QList<SourcePart> archiveParts(const QList<ArchiveMember> &members)
{
    QList<SourcePart> parts;
    for (const ArchiveMember &member : members) {
        if (member.name.startsWith(QLatin1String("__MACOSX/"))
            || member.name.section(QLatin1Char('/'), -1).startsWith(QLatin1Char('.')))
            continue;
        parts.append({member.name, -1, member.size});
    }
    return parts;
}

bool isOds(QIODevice *raw)
{
    raw->seek(0);
    ArchiveDevice mimetype(raw, QStringLiteral("mimetype"));
    if (!mimetype.open(QIODevice::ReadOnly))
        return false;
    return mimetype.read(256).trimmed() == QByteArrayView(odsMimeType);
}

// The part options name: a sheet by name or 1-based index, a member by name; the first when
// empty. Empty with *error set when there is no such part.
QString resolvePart(const SourceKind &kind, const QString &wanted, QString *error)
{
    if (kind.parts.isEmpty()) {
        *error = kind.isWorkbook() ? QStringLiteral("has no sheets")
                                   : QStringLiteral("is an empty archive (no files in it)");
        return {};
    }
    if (wanted.isEmpty())
        return kind.parts.first().name;
    for (const SourcePart &part : kind.parts) {
        if (part.name == wanted)
            return part.name;
    }
    bool isIndex = false;
    const int index = wanted.toInt(&isIndex);
    if (isIndex && kind.isWorkbook()) {
        if (index >= 1 && index <= kind.parts.size())
            return kind.parts.at(index - 1).name;
        *error = QStringLiteral("has no sheet %1 (it has %2)").arg(index).arg(kind.parts.size());
        return {};
    }
    QStringList names;
    for (const SourcePart &part : kind.parts)
        names.append(part.name);
    *error = QStringLiteral("has no %1 named '%2' (it has: %3)")
                 .arg(kind.isWorkbook() ? QStringLiteral("sheet") : QStringLiteral("member"),
                      wanted,
                      names.join(QLatin1String(", ")));
    return {};
}

// Why the decompressed content at head cannot be imported; empty when it can. Only text is
// read from inside a compressed file or a zip archive. member: the zip member, else empty.
QString decompressedContentRefusal(QByteArrayView head, const QString &member)
{
    QString why;
    if (const Compression inner = detectCompression(head); inner != Compression::None) {
        const QString what = inner == Compression::Zip
                                 ? QStringLiteral("a zip archive or a workbook")
                                 : QStringLiteral("%1 data").arg(compressionName(inner));
        why = member.isEmpty()
                  ? QStringLiteral("holds %1 inside the compressed data, which is not read; "
                                   "decompress it first")
                        .arg(what)
                  : QStringLiteral("member '%1' holds %2, which is not read from inside a zip; "
                                   "extract it first")
                        .arg(member, what);
        return why;
    }
    if (head.isEmpty())
        return {};
    why = binaryContentReason(head);
    if (!why.isEmpty() && !member.isEmpty())
        why = QStringLiteral("member '%1' %2").arg(member, why);
    return why;
}

} // namespace

// A sequential device over the content that hashes every byte read through it.
class SourceStream::HashingDevice final : public QIODevice
{
public:
    explicit HashingDevice(QIODevice *content)
        : m_content(content)
    {
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    // Once, at the end: the hash is finished by it.
    QByteArray digest()
    {
        if (m_digest.isEmpty())
            m_digest = m_hash.result();
        return m_digest;
    }
    qint64 hashed() const { return m_hashed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_content->read(data, maxSize);
        if (n > 0) {
            m_hash.addData(QByteArrayView(data, n));
            m_hashed += n;
        } else if (n < 0) {
            setErrorString(m_content->errorString());
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_content;
    Sha256 m_hash;
    QByteArray m_digest;
    qint64 m_hashed = 0;
};

QJsonObject SourceOptions::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("format"), formatName(format));
    if (!part.isEmpty())
        json.insert(QLatin1String("part"), part);
    if (skipRows > 0)
        json.insert(QLatin1String("skipRows"), skipRows);
    if (!fixedColumns.isEmpty())
        json.insert(QLatin1String("fixedSpec"), QString::fromUtf8(fixedSpecToCsv(fixedColumns)));
    return json;
}

SourceFormat SourceOptions::storedFormat(const QString &storedReading)
{
    const QJsonObject stored = QJsonDocument::fromJson(storedReading.toUtf8()).object();
    const std::optional<SourceFormat> asked = formatFromName(
        stored.value(QLatin1String("source")).toObject().value(QLatin1String("format")).toString());
    if (asked && *asked != SourceFormat::Auto)
        return *asked;
    const std::optional<SourceFormat> readAs
        = formatFromName(stored.value(QLatin1String("read_as")).toString());
    return readAs && *readAs != SourceFormat::Auto ? *readAs : SourceFormat::Delimited;
}

bool SourceOptions::applyJson(const QJsonObject &json)
{
    const std::optional<SourceFormat> storedFormat
        = formatFromName(json.value(QLatin1String("format")).toString());
    if (!storedFormat)
        return false;
    QList<FixedColumn> columns;
    if (const QJsonValue spec = json.value(QLatin1String("fixedSpec")); spec.isString()) {
        QString error;
        columns = parseFixedSpec(spec.toString().toUtf8(), &error);
        if (columns.isEmpty())
            return false;
    }
    format = *storedFormat;
    part = json.value(QLatin1String("part")).toString();
    skipRows = json.value(QLatin1String("skipRows")).toInt(0);
    fixedColumns = columns;
    return true;
}

QString partFileName(const QString &fileName, const QString &part)
{
    return part.isEmpty() ? fileName : fileName + QLatin1Char(':') + part;
}

SourceKind inspectSource(QIODevice *raw, SourceFormat format)
{
    SourceKind kind;
    raw->seek(0);
    const QByteArray head = raw->peek(detectionSample);
    kind.compression = detectCompression(head);
    QString error;
    if (kind.compression == Compression::Zip) {
        const QList<ArchiveMember> members = listZipMembers(raw, &error);
        const auto has = [&members](QLatin1String name) {
            return std::any_of(members.cbegin(), members.cend(), [name](const ArchiveMember &m) {
                return m.name == name;
            });
        };
        if (!error.isEmpty()) {
            kind.error = error;
        } else if (format == SourceFormat::Xlsx
                   || (format == SourceFormat::Auto && has(QLatin1String("xl/workbook.xml")))) {
            kind.format = SourceFormat::Xlsx;
            kind.parts = partsOf(xlsxSheets(raw, &error));
            kind.error = error;
        } else if (format == SourceFormat::Ods
                   || (format == SourceFormat::Auto && has(QLatin1String("mimetype"))
                       && isOds(raw))) {
            kind.format = SourceFormat::Ods;
            kind.parts = partsOf(odsSheets(raw, &error));
            kind.error = error;
        } else {
            kind.format = format;
            kind.parts = archiveParts(members);
        }
        raw->seek(0);
        return kind;
    }
    if (format == SourceFormat::Xlsx || format == SourceFormat::Ods) {
        // Not a zip container: an encrypted Office file is a compound document.
        kind.format = format;
        kind.error = head.startsWith("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
                         ? QStringLiteral("is password-protected (an encrypted workbook) or an "
                                          "old binary .xls; save it as .xlsx without a password")
                         : QStringLiteral("is not a workbook (%1 expects a zip container)")
                               .arg(formatName(format));
        return kind;
    }
    if (format != SourceFormat::Auto) {
        kind.format = format;
    } else if (kind.compression == Compression::None) {
        kind.format = textFormat(head);
    } else {
        ArchiveDevice content(raw);
        if (!content.open(QIODevice::ReadOnly))
            kind.error = content.errorString();
        else
            kind.format = textFormat(content.peek(detectionSample));
    }
    raw->seek(0);
    return kind;
}

SourceStream::SourceStream() = default;
SourceStream::~SourceStream() = default;

QString SourceStream::open(QIODevice *raw, const SourceOptions &options)
{
    m_records.reset();
    m_hashing.reset();
    m_archive.reset();
    m_raw = raw;
    m_kind = inspectSource(raw, options.format);
    if (!m_kind.error.isEmpty())
        return m_kind.error;
    QString error;
    m_part.clear();
    if (m_kind.hasParts()) {
        m_part = resolvePart(m_kind, options.part, &error);
        if (m_part.isEmpty())
            return error;
    }
    m_format = m_kind.format;
    m_dialect = Dialect();
    raw->seek(0);
    if (m_kind.isWorkbook()) {
        m_records = m_format == SourceFormat::Xlsx
                        ? openXlsxSheet(raw, m_part, options.skipRows, &error)
                        : openOdsSheet(raw, m_part, options.skipRows, &error);
        return m_records ? QString() : error;
    }
    QIODevice *content = raw;
    if (m_kind.compression != Compression::None) {
        m_archive = std::make_unique<ArchiveDevice>(raw, m_kind.isArchive() ? m_part : QString());
        if (!m_archive->open(QIODevice::ReadOnly))
            return m_archive->errorString();
        content = m_archive.get();
    }
    const QByteArray head = content->peek(detectionSample);
    if (m_archive) {
        // What was decompressed is checked as a plain file is before its import: a compressed
        // file or a workbook inside a zip (or a .tar.gz) would otherwise read as text.
        if (const QString why
            = decompressedContentRefusal(head, m_kind.isArchive() ? m_part : QString());
            !why.isEmpty())
            return why;
    }
    if (m_format == SourceFormat::Auto) // a member of an archive
        m_format = textFormat(head);
    m_hashing = std::make_unique<HashingDevice>(content);
    switch (m_format) {
    case SourceFormat::Auto:
    case SourceFormat::Delimited:
        m_format = SourceFormat::Delimited;
        m_dialect = detectDialect(head, options.overrides);
        m_records = openDelimitedSource(m_hashing.get(), m_dialect);
        break;
    case SourceFormat::Json:
    case SourceFormat::JsonLines:
        m_records = openJsonSource(m_hashing.get(), m_format == SourceFormat::JsonLines);
        break;
    case SourceFormat::FixedWidth: {
        if (options.fixedColumns.isEmpty())
            return QStringLiteral("fixed-width text needs a column spec (--fixed-spec FILE)");
        const TextEncoding encoding
            = options.overrides.encoding.value_or(detectDialect(head).encoding);
        m_records = openFixedWidthSource(m_hashing.get(), options.fixedColumns, encoding);
        break;
    }
    case SourceFormat::Xlsx:
    case SourceFormat::Ods:
        return QStringLiteral("is not a workbook");
    }
    return {};
}

qint64 SourceStream::progressBytes() const
{
    if (m_archive)
        return m_archive->compressedBytesRead();
    return m_records ? m_records->bytesRead() : 0;
}

QByteArray SourceStream::contentDigest()
{
    return m_hashing ? m_hashing->digest() : QByteArray();
}

qint64 SourceStream::contentBytes() const
{
    return m_hashing ? m_hashing->hashed() : 0;
}

bool SourceStream::hashContent(QIODevice *raw,
                               const SourceOptions &options,
                               QByteArray *digest,
                               QString *error,
                               const std::atomic<bool> *cancel)
{
    const SourceKind kind = inspectSource(raw, options.format);
    if (!kind.error.isEmpty()) {
        *error = kind.error;
        return false;
    }
    raw->seek(0);
    std::unique_ptr<ArchiveDevice> archive;
    QIODevice *content = raw;
    if (kind.compression != Compression::None && !kind.isWorkbook()) {
        QString part;
        if (kind.isArchive()) {
            part = resolvePart(kind, options.part, error);
            if (part.isEmpty())
                return false;
        }
        archive = std::make_unique<ArchiveDevice>(raw, part);
        if (!archive->open(QIODevice::ReadOnly)) {
            *error = archive->errorString();
            return false;
        }
        content = archive.get();
    }
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        const qint64 read = content->read(buffer.data(), buffer.size());
        if (read < 0) {
            *error = content->errorString();
            return false;
        }
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
    }
    *digest = hash.result();
    raw->seek(0);
    return true;
}

namespace {

class DelimitedSource final : public RecordSource
{
public:
    DelimitedSource(QIODevice *content, const Dialect &dialect)
        : m_reader(content, dialect)
    {}
    QStringList rawHeader() override { return m_reader.rawHeader(); }
    bool next(CsvRecord &record) override { return m_reader.next(record); }
    QString errorString() const override { return m_reader.errorString(); }
    QString headerError() const override { return m_reader.headerError(); }
    qint64 bytesRead() const override { return m_reader.bytesRead(); }

private:
    CsvReader m_reader;
};

} // namespace

std::unique_ptr<RecordSource> openDelimitedSource(QIODevice *content, const Dialect &dialect)
{
    return std::make_unique<DelimitedSource>(content, dialect);
}

} // namespace stevedore
