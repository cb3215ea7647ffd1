// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

struct archive;

namespace stevedore {

// How a file's bytes are packed, from its first bytes (magic numbers), never its name.
enum class Compression { None, Gzip, Bzip2, Xz, Zstd, Zip };

// "none", "gzip", "bzip2", "xz", "zstd", "zip".
QString compressionName(Compression compression);
Compression detectCompression(QByteArrayView head);

// One entry of a zip archive (directories are left out).
struct ArchiveMember
{
    QString name;     // the path inside the archive, '/'-separated
    qint64 size = -1; // uncompressed size from the central directory, -1 when unknown
};

// The file members of the zip archive on raw (random access; read from its start, left at 0).
// Empty with *error set (one line) when raw is not a readable zip (truncated, corrupt,
// encrypted).
QList<ArchiveMember> listZipMembers(QIODevice *raw, QString *error);

// A sequential read-only device over the decompressed bytes of a compressed file (gzip, bzip2,
// xz, zstd) or of one member of a zip archive, streamed through libarchive in constant memory.
// raw must be random access and outlive this device; open() reads it from its start. Only one
// ArchiveDevice may be open on the same raw device at a time (they share its position).
//
// A decompression bomb is stopped, not run to exhaustion: once the bytes given out pass
// max(ExpansionFloor, maxExpansionRatio() × compressed bytes consumed) the read fails with
// "expands more than 1000 times (a decompression bomb?)". A truncated or corrupt stream fails
// the read with one line naming the problem; an encrypted zip member fails open().
class ArchiveDevice final : public QIODevice
{
public:
    static constexpr qint64 DefaultExpansionRatio = 1000;
    static constexpr qint64 ExpansionFloor = 64 * 1024 * 1024;

    // member: the zip member to read (empty: the first file member); ignored for single-stream
    // compression.
    explicit ArchiveDevice(QIODevice *raw, const QString &member = {}, QObject *parent = nullptr);
    ~ArchiveDevice() override;

    // ReadOnly only. False with errorString() set when raw holds no compressed stream (plain
    // content is refused), the member does not exist, or the archive cannot be read.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    Compression compression() const { return m_compression; }
    // Bytes of raw consumed so far (progress and ETA are measured on these).
    qint64 compressedBytesRead() const { return m_compressedRead; }
    // raw's size.
    qint64 compressedSize() const { return m_compressedSize; }
    // Decompressed bytes given out so far.
    qint64 uncompressedBytesRead() const { return m_uncompressedRead; }
    bool hasError() const { return m_failed; }

    void setMaxExpansionRatio(qint64 ratio) { m_maxRatio = ratio; }
    qint64 maxExpansionRatio() const { return m_maxRatio; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    // The implementation may add private members and helpers; the public interface above is
    // what the rest of the code relies on.
    struct Callbacks; // libarchive's read/skip/seek callbacks over m_raw (in the .cpp)
    friend struct Callbacks;
    // The CRC-32 and length trailers of gzip members, which libarchive 3.6 does not check.
    struct GzipCheck;
    friend QList<ArchiveMember> listZipMembers(QIODevice *raw, QString *error);

    bool startArchive(bool zipOnly);
    bool startStream();
    bool findMember();
    bool checkEntryCount(qint64 entries);
    QList<ArchiveMember> listMembers(QString *error);
    void fetch();
    void finishStream();
    void fail(const QString &message);
    void failFromArchive(bool zipDirectory = false);
    void releaseArchive();
    qint64 expansionLimit() const;
    qint64 readRaw(const void **buffer);
    qint64 skipRaw(qint64 request);
    qint64 seekRaw(qint64 offset, int whence);
    int rawByte(qint64 pos) const;

    QIODevice *m_raw;
    QString m_member;
    struct archive *m_archive = nullptr;
    QByteArray m_buffer;
    Compression m_compression = Compression::None;
    qint64 m_compressedRead = 0;
    qint64 m_compressedSize = 0;
    qint64 m_uncompressedRead = 0;
    qint64 m_maxRatio = DefaultExpansionRatio;
    bool m_failed = false;
    bool m_atEnd = false;

    // raw is read in blocks into m_buffer; the block before stays in m_previous (a gzip
    // trailer may straddle two blocks). Starts and lengths are offsets in raw.
    QByteArray m_previous;
    qint64 m_bufferStart = 0;
    qint64 m_bufferLength = 0;
    qint64 m_previousStart = 0;
    qint64 m_previousLength = 0;
    qint64 m_rawPos = 0;
    qint64 m_nextBlockSize = 0;
    qint64 m_zipEntries = -1; // what the zip's end record announces, -1: unknown
    bool m_rawEof = false;    // the last read of raw hit its end (a failure then is a truncation)
    QString m_rawError;       // raw itself failed to read
    QString m_subject;        // "the gzip data", "zip member 'a.csv'": what messages are about
    // The decompressed block libarchive handed out last (valid until the next fetch()): read
    // one block ahead so that atEnd() is exact.
    const char *m_block = nullptr;
    qint64 m_blockSize = 0;
    qint64 m_blockPos = 0;
    qint64 m_produced = 0;        // decompressed bytes taken from libarchive
    bool m_errorReported = false; // a read has returned -1 for the failure
    std::unique_ptr<GzipCheck> m_gzip;
};

} // namespace stevedore
