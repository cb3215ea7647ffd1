// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/archivedevice.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <deque>
#include <limits>

namespace stevedore {

namespace {

// raw is read in blocks of this size. After a seek (zip: the central directory, each local
// header) the first block is small, so that listing a zip of many members reads little.
constexpr qint64 BlockSize = 64 * 1024;
constexpr qint64 SeekBlockSize = 4 * 1024;

// The shortest header of a gzip member (10 bytes) or of a bzip2 stream ("BZh9" and a block
// magic of 6 bytes): a file shorter than this that fails is cut short, not damaged.
constexpr qint64 ShortestHeader = 10;

// CRC-32 as gzip computes it (ISO 3309, reflected polynomial 0xEDB88320), zlib's convention:
// crc32Update(crc32Update(0, a), b) is the CRC of a followed by b. Slicing by 8, as zlib does,
// so that checking the output costs little next to inflating it.
using CrcTables = std::array<std::array<quint32, 256>, 8>;

constexpr CrcTables makeCrcTables()
{
    CrcTables tables{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        tables[0][i] = c;
    }
    for (size_t i = 0; i < 256; ++i) {
        for (size_t k = 1; k < 8; ++k)
            tables[k][i] = (tables[k - 1][i] >> 8) ^ tables[0][tables[k - 1][i] & 0xff];
    }
    return tables;
}

constexpr CrcTables crcTables = makeCrcTables();

quint32 load32(const uchar *p)
{
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint32 crc32Update(quint32 crc, const uchar *p, qint64 size)
{
    const CrcTables &t = crcTables;
    crc = ~crc;
    for (; size >= 8; p += 8, size -= 8) {
        const quint32 low = crc ^ load32(p);
        const quint32 high = load32(p + 4);
        crc = t[7][low & 0xff] ^ t[6][(low >> 8) & 0xff] ^ t[5][(low >> 16) & 0xff]
              ^ t[4][low >> 24] ^ t[3][high & 0xff] ^ t[2][(high >> 8) & 0xff]
              ^ t[1][(high >> 16) & 0xff] ^ t[0][high >> 24];
    }
    for (; size > 0; ++p, --size)
        crc = t[0][(crc ^ *p) & 0xff] ^ (crc >> 8);
    return ~crc;
}

QString entryName(struct archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char *local = archive_entry_pathname(entry))
        return QString::fromLocal8Bit(local);
    return {};
}

// The number of entries the zip's end-of-central-directory record announces, found in the
// file's last 16 KiB as libarchive finds it; -1 when it cannot be told (no record, zip64).
// libarchive skips forward over a damaged directory entry to the end record without a word,
// so its entries are counted against this.
qint64 zipEntryCount(QIODevice *raw, qint64 size)
{
    const qint64 tail = std::min<qint64>(size, 16 * 1024);
    if (tail < 22 || !raw->seek(size - tail))
        return -1;
    const QByteArray bytes = raw->read(tail);
    const qsizetype at = bytes.lastIndexOf(QByteArrayView("PK\x05\x06"), bytes.size() - 22);
    if (at < 0)
        return -1;
    const auto count = qint64(uchar(bytes.at(at + 10))) | qint64(uchar(bytes.at(at + 11))) << 8;
    return count == 0xffff ? -1 : count;
}

QString archiveText(struct archive *archive)
{
    const char *text = archive ? archive_error_string(archive) : nullptr;
    return QString::fromUtf8(text ? text : "").simplified();
}

} // namespace

QString compressionName(Compression compression)
{
    switch (compression) {
    case Compression::None:
        return QStringLiteral("none");
    case Compression::Gzip:
        return QStringLiteral("gzip");
    case Compression::Bzip2:
        return QStringLiteral("bzip2");
    case Compression::Xz:
        return QStringLiteral("xz");
    case Compression::Zstd:
        return QStringLiteral("zstd");
    case Compression::Zip:
        return QStringLiteral("zip");
    }
    return QStringLiteral("none");
}

Compression detectCompression(QByteArrayView head)
{
    if (head.startsWith("\x1f\x8b"))
        return Compression::Gzip;
    if (head.startsWith("BZh"))
        return Compression::Bzip2;
    if (head.startsWith(QByteArrayView("\xfd\x37\x7a\x58\x5a\x00", 6)))
        return Compression::Xz;
    if (head.startsWith("\x28\xb5\x2f\xfd"))
        return Compression::Zstd;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Compression::Zip;
    return Compression::None;
}

// libarchive 3.6's gzip filter skips each member's 8-byte trailer (CRC-32 and length of the
// member's output) unchecked, so a flipped bit that inflate does not notice would pass. This
// checks them from the outside. libarchive does not say where one member ends and the next
// begins (a file may be several members: `cat a.gz b.gz`), so every place in raw where a gzip
// header follows 8 bytes is a candidate member boundary; once libarchive has consumed the
// candidate's trailer, the member it would end must end in the output block libarchive just
// produced, at the candidate's length, with the candidate's CRC. Candidates are taken in raw
// order, so a candidate that matches (a false one does with chance 2^-32) starts the next
// member. The last member's trailer is the 8 bytes before the end of what libarchive consumed.
struct ArchiveDevice::GzipCheck
{
    struct Candidate
    {
        qint64 end; // raw offset just past the trailer (where the next header starts)
        quint32 crc;
        quint32 size;
    };
    // More candidates than this pending means members of a few bytes each, by the thousand, in
    // the raw libarchive reads ahead: nothing a gzip program writes.
    static constexpr size_t MaxCandidates = 1 << 16;

    std::deque<Candidate> candidates;
    qint64 scanned = 0;     // raw offsets below this were scanned for candidates
    qint64 memberStart = 0; // output offset where the current member's output begins
    qint64 position = 0;    // output offset up to which memberCrc is computed
    quint32 memberCrc = 0;
    bool overflow = false;

    void scan(const ArchiveDevice &device, qint64 end)
    {
        const auto at = [&device](qint64 pos) {
            return device.rawByte(pos);
        };
        const auto consider = [&](qint64 t) {
            if (at(t) != 0x1f || at(t + 1) != 0x8b || at(t + 2) != 8 || (at(t + 3) & 0xe0) != 0)
                return;
            std::array<uchar, 8> trailer{};
            for (qint64 i = 0; i < 8; ++i) {
                const int byte = at(t - 8 + i);
                if (byte < 0)
                    return;
                trailer[size_t(i)] = uchar(byte);
            }
            if (candidates.size() >= MaxCandidates) {
                overflow = true;
                return;
            }
            candidates.push_back({t, load32(trailer.data()), load32(trailer.data() + 4)});
        };
        // The first header is at 0; a second one needs a header, a deflate stream and a
        // trailer before it (at least 20 bytes).
        qint64 t = std::max<qint64>(scanned, 20);
        for (; t < device.m_bufferStart && t + 3 < end; ++t)
            consider(t);
        const char *block = device.m_buffer.constData();
        while (t + 3 < end) {
            const char *from = block + (t - device.m_bufferStart);
            const void *hit = std::memchr(from, 0x1f, size_t(end - 3 - t));
            if (!hit)
                break;
            t += static_cast<const char *>(hit) - from;
            consider(t);
            ++t;
        }
        scanned = std::max(scanned, end - 3);
    }

    // data: the output block [position, position + size); consumed: raw bytes libarchive has
    // consumed to produce everything up to its end.
    void take(const uchar *data, qint64 size, qint64 consumed)
    {
        const qint64 blockStart = position;
        const qint64 blockEnd = blockStart + size;
        while (!candidates.empty() && candidates.front().end <= consumed) {
            const Candidate candidate = candidates.front();
            candidates.pop_front();
            // Lengths are stored modulo 2^32: a member may be longer.
            qint64 end = memberStart + candidate.size;
            while (end < position)
                end += qint64(1) << 32;
            if (end > blockEnd)
                continue;
            const quint32 crc
                = crc32Update(memberCrc, data + (position - blockStart), end - position);
            if (crc != candidate.crc)
                continue;
            memberStart = end;
            position = end;
            memberCrc = 0;
        }
        memberCrc = crc32Update(memberCrc, data + (position - blockStart), blockEnd - position);
        position = blockEnd;
    }

    // Empty when every member's trailer matched; else why not.
    QString finish(const ArchiveDevice &device, qint64 consumed)
    {
        take(nullptr, 0, consumed);
        if (overflow)
            return QStringLiteral("too many gzip members to check");
        std::array<uchar, 8> trailer{};
        for (qint64 i = 0; i < 8; ++i) {
            const int byte = device.rawByte(consumed - 8 + i);
            if (byte < 0)
                return QStringLiteral("its last gzip trailer cannot be found");
            trailer[size_t(i)] = uchar(byte);
        }
        if (load32(trailer.data() + 4) != quint32(quint64(position - memberStart) & 0xffffffffu))
            return QStringLiteral("the length in its gzip trailer does not match the data");
        if (load32(trailer.data()) != memberCrc)
            return QStringLiteral("CRC-32 mismatch: the data is not what was compressed");
        return {};
    }
};

// libarchive's client callbacks; the client data is the ArchiveDevice.
struct ArchiveDevice::Callbacks
{
    static la_ssize_t read(struct archive *, void *client, const void **buffer)
    {
        return la_ssize_t(static_cast<ArchiveDevice *>(client)->readRaw(buffer));
    }
    static la_int64_t skip(struct archive *, void *client, la_int64_t request)
    {
        return static_cast<ArchiveDevice *>(client)->skipRaw(request);
    }
    static la_int64_t seek(struct archive *, void *client, la_int64_t offset, int whence)
    {
        return static_cast<ArchiveDevice *>(client)->seekRaw(offset, whence);
    }
};

ArchiveDevice::ArchiveDevice(QIODevice *raw, const QString &member, QObject *parent)
    : QIODevice(parent)
    , m_raw(raw)
    , m_member(member)
{}

ArchiveDevice::~ArchiveDevice()
{
    releaseArchive();
}

bool ArchiveDevice::open(OpenMode mode)
{
    if (isOpen()) {
        setErrorString(QStringLiteral("the archive device is already open"));
        return false;
    }
    if ((mode & ReadWrite) != ReadOnly || (mode & (Append | Truncate)) != 0) {
        setErrorString(QStringLiteral("an archive device can only be opened for reading"));
        return false;
    }
    if (!startArchive(false))
        return false;
    const bool started = m_compression == Compression::Zip ? findMember() : startStream();
    if (!started) {
        releaseArchive();
        return false;
    }
    QIODevice::open(mode);
    if (!m_atEnd)
        fetch();
    return true;
}

void ArchiveDevice::close()
{
    releaseArchive();
    QIODevice::close();
}

bool ArchiveDevice::atEnd() const
{
    if (!isOpen())
        return true;
    if (m_blockPos < m_blockSize || QIODevice::bytesAvailable() > 0)
        return false;
    // A failure is not the end until a read has returned -1 for it, so that a loop on atEnd()
    // meets the error rather than stopping as if the data were complete.
    return m_atEnd || (m_failed && m_errorReported);
}

qint64 ArchiveDevice::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + (m_blockSize - m_blockPos);
}

qint64 ArchiveDevice::readData(char *data, qint64 maxSize)
{
    qint64 total = 0;
    while (total < maxSize) {
        if (m_blockPos == m_blockSize) {
            if (m_failed || m_atEnd || !m_archive)
                break;
            fetch();
            continue;
        }
        const qint64 n = std::min(maxSize - total, m_blockSize - m_blockPos);
        std::memcpy(data + total, m_block + m_blockPos, size_t(n));
        m_blockPos += n;
        total += n;
    }
    m_uncompressedRead += total;
    // One block ahead, so that atEnd() knows the end when the last byte has been read.
    if (m_blockPos == m_blockSize && !m_failed && !m_atEnd && m_archive)
        fetch();
    if (total == 0 && m_failed) {
        m_errorReported = true;
        return -1;
    }
    return total;
}

qint64 ArchiveDevice::writeData(const char *, qint64)
{
    return -1;
}

// Sets up m_archive over m_raw, read from its start: zip's central directory through seeks,
// a single stream through the one filter its magic names. Only that filter is appended (no
// filter bidding), so a .gz holding an .xz file gives the .xz bytes, as `gzip -dc` does.
bool ArchiveDevice::startArchive(bool zipOnly)
{
    releaseArchive();
    m_compression = Compression::None;
    m_compressedRead = 0;
    m_compressedSize = 0;
    m_uncompressedRead = 0;
    m_produced = 0;
    m_failed = false;
    m_atEnd = false;
    m_errorReported = false;
    m_rawPos = 0;
    m_rawEof = false;
    m_rawError.clear();
    m_bufferStart = m_bufferLength = m_previousStart = m_previousLength = 0;
    m_nextBlockSize = BlockSize;
    m_zipEntries = -1;

    if (!m_raw || !m_raw->isReadable()) {
        fail(QStringLiteral("the file is not open for reading"));
        return false;
    }
    if (!m_raw->isSequential() && !m_raw->seek(0)) {
        fail(QStringLiteral("cannot read the file: ") + m_raw->errorString());
        return false;
    }
    const QByteArray head = m_raw->peek(22);
    m_compression = detectCompression(head);
    m_compressedSize = m_raw->size();
    if (zipOnly && m_compression != Compression::Zip) {
        fail(QStringLiteral("the file is not a zip archive"));
        return false;
    }
    if (m_compression == Compression::None) {
        fail(QStringLiteral(
            "the file is not compressed (no gzip, bzip2, xz, zstd or zip signature)"));
        return false;
    }
    if (m_compression == Compression::Zip && !m_raw->isSequential()) {
        m_zipEntries = zipEntryCount(m_raw, m_compressedSize);
        if (!m_raw->seek(0)) {
            fail(QStringLiteral("cannot read the file: ") + m_raw->errorString());
            return false;
        }
    }
    if (m_compression == Compression::Zip && m_raw->isSequential()) {
        fail(QStringLiteral("a zip archive can only be read from a file (its directory is at "
                            "the end)"));
        return false;
    }
    m_subject = m_compression == Compression::Zip
                    ? QStringLiteral("the zip archive")
                    : QStringLiteral("the %1 data").arg(compressionName(m_compression));
    if (head.startsWith("PK\x05\x06")) {
        // An end-of-central-directory record at offset 0: an archive without members (what
        // zip leaves when the last one is deleted). libarchive's seekable reader never looks
        // for the record at offset 0, so this is answered here, without m_archive.
        if (head.size() < 22 || head.at(10) != 0 || head.at(11) != 0) {
            fail(QStringLiteral("the zip archive is corrupt (it starts with its end record)"));
            return false;
        }
        return true;
    }

    m_archive = archive_read_new();
    if (!m_archive) {
        fail(QStringLiteral("out of memory"));
        return false;
    }
    int r = ARCHIVE_OK;
    switch (m_compression) {
    case Compression::Zip:
        r = archive_read_support_format_zip_seekable(m_archive);
        archive_read_set_seek_callback(m_archive, &Callbacks::seek);
        archive_read_set_skip_callback(m_archive, &Callbacks::skip);
        break;
    case Compression::Gzip:
        m_gzip = std::make_unique<GzipCheck>();
        r = archive_read_append_filter(m_archive, ARCHIVE_FILTER_GZIP);
        break;
    case Compression::Bzip2:
        r = archive_read_append_filter(m_archive, ARCHIVE_FILTER_BZIP2);
        break;
    case Compression::Xz:
        r = archive_read_append_filter(m_archive, ARCHIVE_FILTER_XZ);
        break;
    case Compression::Zstd:
        r = archive_read_append_filter(m_archive, ARCHIVE_FILTER_ZSTD);
        break;
    case Compression::None:
        break;
    }
    // The raw format set, not bid for: bidding needs output, and when the filter fails before
    // giving any (a truncated first block) libarchive would settle on its "empty" format and
    // report an empty file instead of the failure.
    if (m_compression != Compression::Zip && r == ARCHIVE_OK)
        r = archive_read_set_format(m_archive, ARCHIVE_FORMAT_RAW);
    if (r != ARCHIVE_OK) {
        // ARCHIVE_WARN here means an external program would do the decompressing.
        fail(QStringLiteral("%1 cannot be read (this build of libarchive lacks %2: %3)")
                 .arg(m_subject, compressionName(m_compression), archiveText(m_archive)));
        return false;
    }
    archive_read_set_read_callback(m_archive, &Callbacks::read);
    archive_read_set_callback_data(m_archive, this);
    if (archive_read_open1(m_archive) != ARCHIVE_OK) {
        failFromArchive(m_compression == Compression::Zip);
        return false;
    }
    return true;
}

// A single stream: libarchive's raw format gives it as one entry ("empty" when it decompresses
// to nothing).
bool ArchiveDevice::startStream()
{
    struct archive_entry *entry = nullptr;
    const int r = archive_read_next_header(m_archive, &entry);
    if (r == ARCHIVE_EOF) {
        finishStream();
        return !m_failed;
    }
    if (r < ARCHIVE_WARN) {
        failFromArchive();
        return false;
    }
    return true;
}

bool ArchiveDevice::findMember()
{
    if (!m_archive) {
        fail(QStringLiteral("the zip archive has no file members"));
        return false;
    }
    for (qint64 entries = 0;; ++entries) {
        struct archive_entry *entry = nullptr;
        const int r = archive_read_next_header(m_archive, &entry);
        if (r == ARCHIVE_EOF) {
            if (!checkEntryCount(entries))
                return false;
            fail(m_member.isEmpty()
                     ? QStringLiteral("the zip archive has no file members")
                     : QStringLiteral("the zip archive has no member named '%1'").arg(m_member));
            return false;
        }
        if (r < ARCHIVE_WARN) {
            failFromArchive();
            return false;
        }
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        const QString name = entryName(entry);
        if (!m_member.isEmpty() && name != m_member)
            continue;
        m_subject = QStringLiteral("zip member '%1'").arg(name);
        if (archive_entry_is_encrypted(entry)) {
            fail(m_subject
                 + QStringLiteral(" is password-protected (encrypted members are "
                                  "not read)"));
            return false;
        }
        return true;
    }
}

QList<ArchiveMember> ArchiveDevice::listMembers(QString *error)
{
    QList<ArchiveMember> members;
    const auto failed = [&] {
        *error = errorString();
        return QList<ArchiveMember>();
    };
    if (!startArchive(true))
        return failed();
    error->clear();
    if (!m_archive)
        return {};
    qsizetype encrypted = 0;
    for (qint64 entries = 0;; ++entries) {
        struct archive_entry *entry = nullptr;
        const int r = archive_read_next_header(m_archive, &entry);
        if (r == ARCHIVE_EOF) {
            if (!checkEntryCount(entries))
                return failed();
            break;
        }
        if (r < ARCHIVE_WARN) {
            failFromArchive();
            return failed();
        }
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        members.append(
            {entryName(entry),
             archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : qint64(-1)});
        if (archive_entry_is_encrypted(entry))
            ++encrypted;
    }
    if (!members.isEmpty() && encrypted == members.size()) {
        fail(QStringLiteral("the zip archive is password-protected (encrypted members are not "
                            "read)"));
        return failed();
    }
    error->clear();
    return members;
}

bool ArchiveDevice::checkEntryCount(qint64 entries)
{
    if (m_zipEntries < 0 || entries == m_zipEntries)
        return true;
    fail(QStringLiteral("the zip archive is corrupt (its directory lists %1 entries, %2 of them "
                        "can be read)")
             .arg(m_zipEntries)
             .arg(entries));
    return false;
}

QList<ArchiveMember> listZipMembers(QIODevice *raw, QString *error)
{
    QString failure;
    QList<ArchiveMember> members;
    {
        ArchiveDevice device(raw);
        members = device.listMembers(&failure);
    }
    if (raw && !raw->isSequential())
        raw->seek(0);
    if (error)
        *error = failure;
    return members;
}

// Takes libarchive's next decompressed block (it stays valid until the next call).
void ArchiveDevice::fetch()
{
    m_block = nullptr;
    m_blockSize = m_blockPos = 0;
    // libarchive may hand out empty blocks; endless empty ones would be a hang.
    for (int empty = 0; empty < 1024; ++empty) {
        const void *data = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int r = archive_read_data_block(m_archive, &data, &size, &offset);
        if (r == ARCHIVE_EOF) {
            finishStream();
            return;
        }
        if (r != ARCHIVE_OK) { // ARCHIVE_WARN too: it is how zip reports a bad CRC
            failFromArchive();
            return;
        }
        if (size == 0)
            continue;
        const auto n = qint64(size);
        if (m_produced + n > expansionLimit()) {
            fail(QStringLiteral("%1 expands more than %2 times (a decompression bomb?)")
                     .arg(m_subject)
                     .arg(maxExpansionRatio()));
            return;
        }
        if (m_gzip)
            m_gzip->take(static_cast<const uchar *>(data), n, archive_filter_bytes(m_archive, -1));
        m_produced += n;
        m_block = static_cast<const char *>(data);
        m_blockSize = n;
        return;
    }
    fail(m_subject + QStringLiteral(" is corrupt (nothing comes out of it)"));
}

// The end of the decompressed data: checks what libarchive leaves unchecked (gzip trailers,
// bytes after the last stream, a stream that never started) before calling it the end.
void ArchiveDevice::finishStream()
{
    if (m_compression != Compression::Zip) {
        const qint64 consumed = archive_filter_bytes(m_archive, -1);
        if (consumed <= 0) {
            // The filter found no header to start from (libarchive then ends quietly).
            fail(m_compressedSize < ShortestHeader
                     ? m_subject + QStringLiteral(" is truncated (the file ends inside its header)")
                     : m_subject + QStringLiteral(" is corrupt (its header is not valid)"));
            return;
        }
        if (m_gzip) {
            const QString problem = m_gzip->finish(*this, consumed);
            if (!problem.isEmpty()) {
                fail(m_subject + QStringLiteral(" is corrupt (") + problem + QLatin1Char(')'));
                return;
            }
        }
        // libarchive stops quietly where no further stream starts; anything left is not data
        // of ours (or a damaged next stream, whose records would otherwise vanish).
        if (!m_raw->isSequential() && consumed < m_compressedSize) {
            fail(QStringLiteral("%1 is corrupt (%2 bytes after its end are not %3 data)")
                     .arg(m_subject)
                     .arg(m_compressedSize - consumed)
                     .arg(compressionName(m_compression)));
            return;
        }
    }
    m_atEnd = true;
    if (!m_raw->isSequential())
        m_compressedRead = m_compressedSize;
}

void ArchiveDevice::fail(const QString &message)
{
    m_failed = true;
    m_block = nullptr;
    m_blockSize = m_blockPos = 0;
    setErrorString(message);
}

// One line from libarchive's error, named by what it means for the operator. libarchive's
// wording differs by filter; a failure once raw has run out is a truncation unless libarchive
// names a checksum or data error.
void ArchiveDevice::failFromArchive(bool zipDirectory)
{
    if (!m_rawError.isEmpty()) {
        fail(QStringLiteral("cannot read the file: ") + m_rawError);
        return;
    }
    const QString detail = archiveText(m_archive);
    if (zipDirectory && detail.contains(QLatin1String("Unrecognized archive format"))) {
        // The seekable zip reader finds no end-of-central-directory record in the file's tail.
        fail(QStringLiteral("the zip archive is truncated or damaged (its central directory, "
                            "at the end of the file, is missing)"));
        return;
    }
    const bool truncated
        = detail.contains(QLatin1String("truncat"), Qt::CaseInsensitive)
          || (m_rawEof
              && (detail.isEmpty() || detail.contains(QLatin1String("Unknown error"))
                  || detail.contains(QLatin1String("No progress"))));
    if (truncated)
        fail(m_subject + QStringLiteral(" is truncated (the file ends before its data does)"));
    else if (detail.startsWith(QLatin1String("Unsupported")))
        fail(m_subject + QStringLiteral(" cannot be read (") + detail + QLatin1Char(')'));
    else
        fail(m_subject + QStringLiteral(" is corrupt (")
             + (detail.isEmpty() ? QStringLiteral("unreadable data") : detail) + QLatin1Char(')'));
}

void ArchiveDevice::releaseArchive()
{
    if (m_archive) {
        archive_read_free(m_archive);
        m_archive = nullptr;
    }
    m_gzip.reset();
    m_block = nullptr;
    m_blockSize = m_blockPos = 0;
    m_buffer = QByteArray();
    m_previous = QByteArray();
}

qint64 ArchiveDevice::expansionLimit() const
{
    const qint64 ratio = std::max<qint64>(1, m_maxRatio);
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 limit = m_compressedRead > max / ratio ? max : ratio * m_compressedRead;
    return std::max(ExpansionFloor, limit);
}

// libarchive's read callback: the next block of raw. The block handed out before stays intact
// in m_previous (libarchive has copied what it still needs from it by now).
qint64 ArchiveDevice::readRaw(const void **buffer)
{
    const qint64 want = m_nextBlockSize;
    m_nextBlockSize = BlockSize;
    if (m_previous.size() < want)
        m_previous.resize(BlockSize);
    qint64 filled = 0;
    while (filled < want) {
        const qint64 n = m_raw->read(m_previous.data() + filled, want - filled);
        if (n < 0) {
            m_rawError = m_raw->errorString();
            archive_set_error(m_archive, EIO, "%s", qPrintable(m_rawError));
            return ARCHIVE_FATAL;
        }
        if (n == 0) {
            if (m_raw->isSequential() && m_raw->waitForReadyRead(-1))
                continue;
            m_rawEof = true;
            break;
        }
        filled += n;
    }
    if (filled == 0) {
        *buffer = nullptr;
        return 0;
    }
    std::swap(m_buffer, m_previous);
    m_previousStart = m_bufferStart;
    m_previousLength = m_bufferLength;
    m_bufferStart = m_rawPos;
    m_bufferLength = filled;
    m_rawPos += filled;
    m_compressedRead += filled;
    if (!m_raw->isSequential())
        m_compressedRead = std::min(m_compressedRead, m_compressedSize);
    if (m_gzip)
        m_gzip->scan(*this, m_rawPos);
    *buffer = m_buffer.constData();
    return filled;
}

// Only set for zip: skipping is seeking forward.
qint64 ArchiveDevice::skipRaw(qint64 request)
{
    const qint64 target = std::min(m_rawPos + std::max<qint64>(request, 0), m_compressedSize);
    if (!m_raw->seek(target))
        return 0; // libarchive then reads and drops the bytes
    const qint64 skipped = target - m_rawPos;
    m_rawPos = target;
    m_nextBlockSize = SeekBlockSize;
    return skipped;
}

qint64 ArchiveDevice::seekRaw(qint64 offset, int whence)
{
    qint64 target = offset;
    if (whence == SEEK_CUR)
        target = m_rawPos + offset;
    else if (whence == SEEK_END)
        target = m_compressedSize + offset;
    if (target < 0 || target > m_compressedSize || !m_raw->seek(target)) {
        archive_set_error(m_archive, EIO, "cannot seek to offset %lld", qlonglong(target));
        return ARCHIVE_FATAL;
    }
    m_rawPos = target;
    m_rawEof = false;
    m_nextBlockSize = SeekBlockSize;
    return target;
}

// A byte of raw still held (the current block or the one before), -1 when it is not.
int ArchiveDevice::rawByte(qint64 pos) const
{
    if (pos >= m_bufferStart && pos < m_bufferStart + m_bufferLength)
        return uchar(m_buffer.at(pos - m_bufferStart));
    if (pos >= m_previousStart && pos < m_previousStart + m_previousLength)
        return uchar(m_previous.at(pos - m_previousStart));
    return -1;
}

} // namespace stevedore
