// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "sourcefile.h"

#include "sha256.h"

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

class SourceFile::HashingDevice final : public QIODevice
{
public:
    explicit HashingDevice(QFile &source)
        : m_source(source)
    {
        restart();
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_source.size(); }
    bool seek(qint64 pos) override
    {
        if (pos != 0 || !m_source.seek(0))
            return false;
        restart();
        return QIODevice::seek(0);
    }

    QByteArray digest() { return m_hash->result(); }
    qint64 hashed() const { return m_hashed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_source.read(data, maxSize);
        if (n > 0) {
            m_hash->addData(QByteArrayView(data, n));
            m_hashed += n;
        } else if (n < 0) {
            setErrorString(m_source.errorString());
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void restart()
    {
        m_hash = std::make_unique<Sha256>();
        m_hashed = 0;
    }

    QFile &m_source;
    std::unique_ptr<Sha256> m_hash;
    qint64 m_hashed = 0;
};

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

bool SourceFile::hashAll(QByteArray *digest, QString *error, const std::atomic<bool> *cancel)
{
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    m_file.seek(0);
    for (;;) {
        if (cancel && cancel->load()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        const qint64 read = m_file.read(buffer.data(), buffer.size());
        if (read < 0) {
            *error = m_file.errorString();
            return false;
        }
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
    }
    *digest = hash.result();
    m_file.seek(0);
    return true;
}

QIODevice *SourceFile::parsing()
{
    if (!m_parsing)
        m_parsing = std::make_unique<HashingDevice>(m_file);
    else
        m_parsing->seek(0);
    m_file.seek(0);
    return m_parsing.get();
}

QByteArray SourceFile::parsedDigest()
{
    return m_parsing ? m_parsing->digest() : QByteArray();
}

qint64 SourceFile::parsedBytes() const
{
    return m_parsing ? m_parsing->hashed() : 0;
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
