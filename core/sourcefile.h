// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <atomic>
#include <memory>

namespace stevedore {

class Sha256;

// Empty when PATH names a regular file (or a resource), otherwise why not ("no such file",
// "permission denied", "is not a regular file (a FIFO)", …). Only stat(): never opens it.
QString checkRegularFile(const QString &path);

// The file an import reads, guarded against changing under it.
//
// open() refuses anything but a regular file before reading a byte (a FIFO would block, a
// character device such as /dev/zero never ends), without blocking on it. What the file was
// at open() (device, inode, size, modification time) is kept: changed() compares it with
// the open descriptor and with what the path names now, and parsing() hands out a device that
// hashes every byte read through it, so that the digest of what was actually parsed can be
// compared with the digest taken before the import started. Resource paths (":/…", the demo
// files) are read as they are: they cannot change.
class SourceFile
{
public:
    SourceFile();
    ~SourceFile();
    SourceFile(const SourceFile &) = delete;
    SourceFile &operator=(const SourceFile &) = delete;

    // Empty on success, otherwise why the file cannot be read ("permission denied", "is not a
    // regular file (a FIFO)", …).
    QString open(const QString &path);

    QFile &file() { return m_file; }
    qint64 size() const { return m_size; }

    // SHA-256 of the whole file from its start, read in 1 MiB steps; stops early (returning
    // false with *error "cancelled") once *cancel is set. Leaves the file positioned at 0.
    bool hashAll(QByteArray *digest, QString *error, const std::atomic<bool> *cancel);

    // A device over the file, at its start, that hashes what is read through it. Seeking it
    // back to 0 starts the hash afresh; other seeks are refused.
    QIODevice *parsing();
    // The digest of the bytes read through parsing() since its last start, and their count.
    QByteArray parsedDigest();
    qint64 parsedBytes() const;

    // Empty while the file is as it was at open(); otherwise what changed, one line.
    QString changed() const;

private:
    class HashingDevice;

    QFile m_file;
    QString m_path;
    bool m_watched = false; // false for resources
    qint64 m_size = 0;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    qint64 m_mtimeNs = 0;
    std::unique_ptr<HashingDevice> m_parsing;
};

} // namespace stevedore
