// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace stevedore {

// Empty when PATH names a regular file (or a resource), otherwise why not ("no such file",
// "permission denied", "is not a regular file (a FIFO)", …). Only stat(): never opens it.
QString checkRegularFile(const QString &path);

// The file an import reads, guarded against changing under it.
//
// open() refuses anything but a regular file before reading a byte (a FIFO would block, a
// character device such as /dev/zero never ends), without blocking on it. What the file was
// at open() (device, inode, size, modification time) is kept: changed() compares it with
// the open descriptor and with what the path names now. (What was parsed is hashed as it is
// read by source/sourcestream.h, to be compared with the digest taken before the import.)
// Resource paths (":/…", the demo files) are read as they are: they cannot change.
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

    // Empty while the file is as it was at open(); otherwise what changed, one line.
    QString changed() const;

private:
    QFile m_file;
    QString m_path;
    bool m_watched = false; // false for resources
    qint64 m_size = 0;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    qint64 m_mtimeNs = 0;
};

} // namespace stevedore
