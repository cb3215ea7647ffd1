// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/sourcefile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stevedore {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("is a directory, not a file");
    if (S_ISFIFO(mode))
        return QStringLiteral("is not a regular file (a FIFO)");
    if (S_ISCHR(mode))
        return QStringLiteral("is not a regular file (a character device)");
    if (S_ISBLK(mode))
        return QStringLiteral("is not a regular file (a block device)");
    if (S_ISSOCK(mode))
        return QStringLiteral("is not a regular file (a socket)");
    return QStringLiteral("is not a regular file");
}

QString errnoReason(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return QStringLiteral("no such file");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied");
    default:
        return QStringLiteral("cannot be read: ") + QString::fromLocal8Bit(std::strerror(error));
    }
}

qint64 mtimeNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

QString sizeChange(qint64 from, qint64 to)
{
    return QStringLiteral("its size went from %1 to %2 bytes").arg(from).arg(to);
}

} // namespace

QString checkRegularFile(const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return QFile::exists(path) ? QString() : QStringLiteral("no such file");
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return errnoReason(errno);
    if (!S_ISREG(st.st_mode))
        return kindOf(st.st_mode);
    return {};
}

SourceFile::SourceFile() = default;
SourceFile::~SourceFile() = default;

QString SourceFile::open(const QString &path)
{
    m_path = path;
    if (path.startsWith(QLatin1Char(':'))) {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot be read: ") + m_file.errorString();
        m_size = m_file.size();
        return {};
    }
    // O_NONBLOCK: opening a FIFO that replaced the file after a check must not hang.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return errnoReason(errno);
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        const QString why = errnoReason(errno);
        ::close(fd);
        return why;
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return kindOf(st.st_mode);
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!m_file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return QStringLiteral("cannot be read: ") + m_file.errorString();
    }
    m_watched = true;
    m_size = qint64(st.st_size);
    m_device = quint64(st.st_dev);
    m_inode = quint64(st.st_ino);
    m_mtimeNs = mtimeNs(st);
    return {};
}

QString SourceFile::changed() const
{
    if (!m_watched)
        return {};
    struct stat st = {};
    if (::fstat(m_file.handle(), &st) != 0)
        return QStringLiteral("it can no longer be read");
    if (qint64(st.st_size) != m_size)
        return sizeChange(m_size, qint64(st.st_size));
    if (mtimeNs(st) != m_mtimeNs)
        return QStringLiteral("it was written to");
    // A deleted or renamed file is still read whole through the open descriptor; another
    // file under its name means the operator meant other content.
    struct stat now = {};
    if (::stat(QFile::encodeName(m_path).constData(), &now) == 0
        && (quint64(now.st_dev) != m_device || quint64(now.st_ino) != m_inode))
        return QStringLiteral("another file was put in its place");
    return {};
}

} // namespace stevedore
