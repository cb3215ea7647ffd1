// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/archivedevice.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace stevedore;

namespace {

// Inputs are made by the real command-line tools, so that the device is tested on what
// operators' files hold, not on what libarchive writes.
const QStringList requiredTools = {QStringLiteral("gzip"),
                                   QStringLiteral("bzip2"),
                                   QStringLiteral("xz"),
                                   QStringLiteral("zstd"),
                                   QStringLiteral("zip"),
                                   QStringLiteral("head")};

// The bombs: this many zero bytes compress far beyond 1000:1 with xz, zstd and bzip2, and are
// 16 times the 64 MiB floor, so the check must stop them long before their end.
constexpr qint64 BombSize = qint64(1) << 30;

// Read sizes that straddle every block boundary somewhere.
const qint64 oddChunks[] = {1, 7, 4093, 65537, 3, 100003, 511};

QByteArray variedContent(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out;
    out.reserve(size);
    int line = 0;
    while (out.size() < size) {
        switch (random.bounded(4)) {
        case 0: // CSV-like text
            for (int i = 0; i < 200; ++i, ++line)
                out += QByteArray::number(line) + ",name "
                       + QByteArray::number(random.bounded(1000)) + ",\"quoted, text\","
                       + QByteArray::number(random.generateDouble()) + "\n";
            break;
        case 1: // a run of zeros
            out += QByteArray(random.bounded(1, 100000), '\0');
            break;
        case 2: { // incompressible bytes
            QByteArray noise(random.bounded(1, 50000), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            out += noise;
            break;
        }
        default: // one repeated byte, then UTF-8
            out += QByteArray(random.bounded(1, 3000), char(random.bounded(256)));
            out += "Zürich;Ærøskøbing;東京\r\n";
            break;
        }
    }
    out.truncate(size);
    return out;
}

// Reads to the end in odd chunk sizes; false with *error on a failed read. Bounded: a device
// that neither ends nor fails would trip the iteration cap rather than hang the test.
bool readAllChunked(QIODevice &device, QByteArray *out, QString *error)
{
    out->clear();
    QByteArray chunk;
    for (qint64 i = 0; i < 10'000'000; ++i) {
        const qint64 want = oddChunks[i % std::size(oddChunks)];
        chunk.resize(want);
        const qint64 n = device.read(chunk.data(), want);
        if (n < 0) {
            *error = device.errorString();
            return false;
        }
        if (n == 0)
            return device.atEnd();
        out->append(chunk.constData(), n);
    }
    *error = QStringLiteral("no end after ten million reads");
    return false;
}

// Opens and reads everything: the error of open() or of the failing read, empty on success.
QString readError(QIODevice *raw,
                  const QString &member = {},
                  qint64 ratio = 0,
                  ArchiveDevice **keep = nullptr)
{
    auto *device = new ArchiveDevice(raw, member);
    if (ratio > 0)
        device->setMaxExpansionRatio(ratio);
    QString error;
    if (!device->open(QIODevice::ReadOnly)) {
        error = device->errorString();
        if (error.isEmpty())
            error = QStringLiteral("open failed without a reason");
    } else {
        QByteArray data;
        if (!readAllChunked(*device, &data, &error) && error.isEmpty())
            error = QStringLiteral("read failed without a reason");
    }
    if (keep)
        *keep = device;
    else
        delete device;
    return error;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_ArchiveDevice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void detect_data();
    void detect();
    void roundTrip_data();
    void roundTrip();
    void empty_data();
    void empty();
    void plainRefused();
    void rawReadFromStart();
    void reopen();
    void zipMembers();
    void zipErrors();
    void emptyZip();
    void csvkitGzip();
    void gzipMembers();
    void gzipOfXzIsOneLayer();
    void truncated_data();
    void truncated();
    void corrupt_data();
    void corrupt();
    void gzipTrailer();
    void trailingGarbage();
    void encryptedZip();
    void bombs_data();
    void bombs();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Runs a shell command line in the scratch folder (pipes for the bombs); fails the test
    // when it does not succeed.
    bool shell(const QString &command);
    // Compresses the file `input` with `kind`'s tool into `output` (a zip holds it under its
    // file name).
    bool compress(const QString &kind, const QString &input, const QString &output);
    QString compressed(const QString &kind, const QByteArray &content, const QString &stem);

    QTemporaryDir m_dir;
    QByteArray m_content;
};

void tst_ArchiveDevice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString &tool : requiredTools)
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(tool + QStringLiteral(" is not installed: the test needs it")));
    m_content = variedContent(3 * 1024 * 1024 + 12345, 20260101);
}

bool tst_ArchiveDevice::shell(const QString &command)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!process.waitForFinished(240'000)) {
        qWarning("command did not finish: %s", qPrintable(command));
        process.kill();
        process.waitForFinished();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("command failed (%d): %s\n%s",
                 process.exitCode(),
                 qPrintable(command),
                 process.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool tst_ArchiveDevice::compress(const QString &kind, const QString &input, const QString &output)
{
    QFile::remove(output);
    const QString in = QStringLiteral("'%1'").arg(input);
    const QString out = QStringLiteral("'%1'").arg(output);
    if (kind == QLatin1String("gzip"))
        return shell(QStringLiteral("gzip -c %1 > %2").arg(in, out));
    if (kind == QLatin1String("bzip2"))
        return shell(QStringLiteral("bzip2 -c %1 > %2").arg(in, out));
    if (kind == QLatin1String("xz"))
        return shell(QStringLiteral("xz -c %1 > %2").arg(in, out));
    if (kind == QLatin1String("zstd"))
        return shell(QStringLiteral("zstd -q -c %1 > %2").arg(in, out));
    if (kind == QLatin1String("zip"))
        return shell(QStringLiteral("zip -q -j %2 %1").arg(in, out));
    return false;
}

QString
tst_ArchiveDevice::compressed(const QString &kind, const QByteArray &content, const QString &stem)
{
    const QString input = path(stem + QStringLiteral(".csv"));
    const QString output = path(stem + QStringLiteral(".csv.") + kind);
    if (!writeFile(input, content) || !compress(kind, input, output))
        return {};
    return output;
}

static void addKinds()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"gzip", "bzip2", "xz", "zstd", "zip"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void tst_ArchiveDevice::detect_data()
{
    addKinds();
}

void tst_ArchiveDevice::detect()
{
    QFETCH(QString, kind);
    const QString file = compressed(kind, "a,b\n1,2\n", QStringLiteral("detect"));
    QVERIFY(!file.isEmpty());
    const QByteArray head = fileBytes(file).left(16);
    const Compression detected = detectCompression(head);
    QCOMPARE(compressionName(detected), kind);
    QVERIFY(detected != Compression::None);

    QCOMPARE(detectCompression("a,b\n1,2\n"), Compression::None);
    QCOMPARE(detectCompression(""), Compression::None);
    QCOMPARE(detectCompression("\x1f"), Compression::None);
    QCOMPARE(detectCompression("PK\x05\x06"), Compression::Zip);
    QCOMPARE(detectCompression("PKzz"), Compression::None);
    QCOMPARE(compressionName(Compression::None), QStringLiteral("none"));
}

void tst_ArchiveDevice::roundTrip_data()
{
    addKinds();
}

void tst_ArchiveDevice::roundTrip()
{
    QFETCH(QString, kind);
    const QString file = compressed(kind, m_content, QStringLiteral("varied"));
    QVERIFY(!file.isEmpty());
    const QByteArray packed = fileBytes(file);

    // Over a file and over memory: raw need not be a file.
    QFile onDisk(file);
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QBuffer inMemory;
    inMemory.setData(packed);
    QVERIFY(inMemory.open(QIODevice::ReadOnly));
    for (QIODevice *raw :
         {static_cast<QIODevice *>(&onDisk), static_cast<QIODevice *>(&inMemory)}) {
        ArchiveDevice device(raw);
        QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
        QCOMPARE(compressionName(device.compression()), kind);
        QCOMPARE(device.compressedSize(), qint64(packed.size()));
        QVERIFY(device.isSequential());
        QVERIFY(!device.atEnd());

        QByteArray out;
        QByteArray chunk;
        qint64 lastProgress = 0;
        for (qint64 i = 0; !device.atEnd(); ++i) {
            const qint64 want = oddChunks[i % std::size(oddChunks)];
            chunk.resize(want);
            const qint64 n = device.read(chunk.data(), want);
            QVERIFY2(n > 0, qPrintable(device.errorString()));
            out.append(chunk.constData(), n);
            QVERIFY(device.compressedBytesRead() >= lastProgress);
            QVERIFY(device.compressedBytesRead() <= device.compressedSize());
            lastProgress = device.compressedBytesRead();
        }
        QVERIFY(out == m_content);
        QCOMPARE(device.uncompressedBytesRead(), qint64(m_content.size()));
        QCOMPARE(device.compressedBytesRead(), qint64(packed.size()));
        QVERIFY(!device.hasError());
        QCOMPARE(device.read(chunk.data(), 1), qint64(0));
        QVERIFY(device.atEnd());
        device.close();
        QVERIFY(!device.isOpen());
    }
}

void tst_ArchiveDevice::empty_data()
{
    addKinds();
}

void tst_ArchiveDevice::empty()
{
    QFETCH(QString, kind);
    const QString file = compressed(kind, QByteArray(), QStringLiteral("empty"));
    QVERIFY(!file.isEmpty());
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    ArchiveDevice device(&raw);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
    QVERIFY(device.atEnd());
    QCOMPARE(device.readAll(), QByteArray());
    QVERIFY(!device.hasError());
    QCOMPARE(device.compressedBytesRead(), raw.size());
}

void tst_ArchiveDevice::plainRefused()
{
    QVERIFY(writeFile(path(QStringLiteral("plain.csv")), "a,b\n1,2\n"));
    QFile raw(path(QStringLiteral("plain.csv")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    ArchiveDevice device(&raw);
    QVERIFY(!device.open(QIODevice::ReadOnly));
    QVERIFY2(device.errorString().contains(QLatin1String("is not compressed")),
             qPrintable(device.errorString()));
    QVERIFY(!device.isOpen());

    ArchiveDevice writer(&raw);
    QVERIFY(!writer.open(QIODevice::ReadWrite));
}

void tst_ArchiveDevice::rawReadFromStart()
{
    const QString file = compressed(QStringLiteral("xz"), m_content, QStringLiteral("start"));
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.seek(raw.size() / 2));
    ArchiveDevice device(&raw);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
    QVERIFY(device.readAll() == m_content);
}

void tst_ArchiveDevice::reopen()
{
    const QString file = compressed(QStringLiteral("gzip"), m_content, QStringLiteral("again"));
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    ArchiveDevice device(&raw);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QCOMPARE(device.read(1000), m_content.left(1000));
    device.close();
    QVERIFY(device.open(QIODevice::ReadOnly));
    QCOMPARE(device.uncompressedBytesRead(), qint64(0));
    QVERIFY(device.readAll() == m_content);
    // Destroyed while open, half read: must free libarchive's state (ASan/valgrind see it).
    auto *halfRead = new ArchiveDevice(&raw);
    QVERIFY(halfRead->open(QIODevice::ReadOnly));
    QCOMPARE(halfRead->read(70000).size(), qsizetype(70000));
    delete halfRead;
}

void tst_ArchiveDevice::zipMembers()
{
    const QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("tree/sub")));
    QVERIFY(dir.mkpath(QStringLiteral("tree/emptydir")));
    const QByteArray first = "id,name\n1,first\n";
    const QByteArray second = m_content.left(500000);
    const QByteArray third = "x;y\n3;4\n";
    QVERIFY(writeFile(path(QStringLiteral("tree/a.csv")), first));
    QVERIFY(writeFile(path(QStringLiteral("tree/b.dat")), second));
    QVERIFY(writeFile(path(QStringLiteral("tree/sub/c.csv")), third));
    QFile::remove(path(QStringLiteral("tree.zip")));
    // Explicit order (a directory first), so that "the first file member" is known.
    QVERIFY(shell(QStringLiteral("cd tree && zip -q ../tree.zip emptydir/ a.csv b.dat sub/ "
                                 "sub/c.csv")));

    QFile raw(path(QStringLiteral("tree.zip")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.seek(17));
    QString error = QStringLiteral("stale");
    const QList<ArchiveMember> members = listZipMembers(&raw, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(raw.pos(), qint64(0));
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.at(0).name, QStringLiteral("a.csv"));
    QCOMPARE(members.at(0).size, qint64(first.size()));
    QCOMPARE(members.at(1).name, QStringLiteral("b.dat"));
    QCOMPARE(members.at(1).size, qint64(second.size()));
    QCOMPARE(members.at(2).name, QStringLiteral("sub/c.csv"));
    QCOMPARE(members.at(2).size, qint64(third.size()));

    const QList<QByteArray> contents = {first, second, third};
    for (qsizetype i = 0; i < members.size(); ++i) {
        ArchiveDevice device(&raw, members.at(i).name);
        QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
        QByteArray out;
        QVERIFY2(readAllChunked(device, &out, &error), qPrintable(error));
        QVERIFY(out == contents.at(i));
        QCOMPARE(device.compressedBytesRead(), raw.size());
        device.close();
    }

    ArchiveDevice byDefault(&raw);
    QVERIFY2(byDefault.open(QIODevice::ReadOnly), qPrintable(byDefault.errorString()));
    QCOMPARE(byDefault.readAll(), first);
    byDefault.close();

    for (const QString &missing : {QStringLiteral("nope.csv"),
                                   QStringLiteral("sub"),
                                   QStringLiteral("emptydir/"),
                                   QStringLiteral("c.csv")}) {
        ArchiveDevice device(&raw, missing);
        QVERIFY(!device.open(QIODevice::ReadOnly));
        QCOMPARE(device.errorString(),
                 QStringLiteral("the zip archive has no member named '%1'").arg(missing));
    }
}

void tst_ArchiveDevice::zipErrors()
{
    QString error;
    QVERIFY(writeFile(path(QStringLiteral("notzip.csv")), "a,b\n1,2\n"));
    QFile plain(path(QStringLiteral("notzip.csv")));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QVERIFY(listZipMembers(&plain, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("the file is not a zip archive"));
    QCOMPARE(plain.pos(), qint64(0));

    const QString gz = compressed(QStringLiteral("gzip"), "a\n", QStringLiteral("gzlist"));
    QFile gzipped(gz);
    QVERIFY(gzipped.open(QIODevice::ReadOnly));
    QVERIFY(listZipMembers(&gzipped, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("the file is not a zip archive"));

    // Cut: the central directory at the end is gone.
    const QString zip = compressed(QStringLiteral("zip"), m_content, QStringLiteral("zcut"));
    QByteArray bytes = fileBytes(zip);
    QBuffer cut;
    cut.setData(bytes.left(bytes.size() / 2));
    QVERIFY(cut.open(QIODevice::ReadOnly));
    QVERIFY(listZipMembers(&cut, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("truncated")), qPrintable(error));
    QCOMPARE(cut.pos(), qint64(0));

    // A damaged central directory: its signature overwritten.
    const qsizetype directory = bytes.lastIndexOf("PK\x01\x02");
    QVERIFY(directory > 0);
    bytes[directory + 2] = 'X';
    QBuffer damaged;
    damaged.setData(bytes);
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    QVERIFY(listZipMembers(&damaged, &error).isEmpty());
    QVERIFY2(!error.isEmpty() && !error.contains(QLatin1Char('\n')), qPrintable(error));

    QVERIFY(listZipMembers(nullptr, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_ArchiveDevice::emptyZip()
{
    // The end-of-central-directory record alone: what `zip` leaves when its last member is
    // deleted.
    const QByteArray eocd("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 22);
    QBuffer raw;
    raw.setData(eocd);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QString error = QStringLiteral("stale");
    QVERIFY(listZipMembers(&raw, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ArchiveDevice device(&raw);
    QVERIFY(!device.open(QIODevice::ReadOnly));
    QCOMPARE(device.errorString(), QStringLiteral("the zip archive has no file members"));
}

void tst_ArchiveDevice::csvkitGzip()
{
    const QString file = QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csvkit/dummy.csv.gz");
    QVERIFY2(QFile::exists(file), qPrintable(file + QStringLiteral(" is missing")));
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), file});
    QVERIFY(gzip.waitForFinished());
    QCOMPARE(gzip.exitCode(), 0);
    const QByteArray expected = gzip.readAllStandardOutput();
    QVERIFY(!expected.isEmpty());

    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    ArchiveDevice device(&raw);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
    QCOMPARE(device.compression(), Compression::Gzip);
    QCOMPARE(device.readAll(), expected);
    QVERIFY(!device.hasError());
    QCOMPARE(device.compressedBytesRead(), raw.size());
}

// Several gzip members in one file (`cat a.gz b.gz`, bgzip): all of them are read, and every
// member's trailer is checked.
void tst_ArchiveDevice::gzipMembers()
{
    QRandomGenerator random(7);
    // Members ending exactly on libarchive's 64 KiB output blocks and next to them, empty
    // ones in a row, hundreds of a few bytes (several trailers in one block of raw), and
    // members larger than a block.
    QList<qint64> sizes = {65536, 65536, 0, 131072, 1, 0, 0, 5, 65535, 65537, 0};
    for (int i = 0; i < 300; ++i)
        sizes.append(random.bounded(0, 13));
    for (int i = 0; i < 40; ++i)
        sizes.append(i % 7 ? random.bounded(1, 3000) : random.bounded(1, 400000));
    QByteArray expected;
    QByteArray packed;
    qsizetype firstMemberEnd = 0;
    for (const qint64 size : sizes) {
        const qint64 from = random.bounded(m_content.size() - size);
        const QByteArray piece = m_content.mid(from, size);
        const QString name = QStringLiteral("piece");
        QVERIFY(writeFile(path(name), piece));
        QVERIFY(compress(QStringLiteral("gzip"), path(name), path(name + QStringLiteral(".gz"))));
        expected += piece;
        packed += fileBytes(path(name + QStringLiteral(".gz")));
        if (firstMemberEnd == 0)
            firstMemberEnd = packed.size();
    }
    QBuffer raw;
    raw.setData(packed);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    ArchiveDevice device(&raw);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
    QByteArray out;
    QString error;
    QVERIFY2(readAllChunked(device, &out, &error), qPrintable(error));
    QVERIFY(out == expected);

    // Compressed once more, the members' headers and trailers are what the outer gzip holds
    // (stored blocks): false member boundaries by the hundred, none of them taken.
    QVERIFY(writeFile(path(QStringLiteral("members.gz")), packed));
    QVERIFY(compress(QStringLiteral("gzip"),
                     path(QStringLiteral("members.gz")),
                     path(QStringLiteral("members.gz.gz"))));
    QFile outer(path(QStringLiteral("members.gz.gz")));
    QVERIFY(outer.open(QIODevice::ReadOnly));
    ArchiveDevice outerDevice(&outer);
    QVERIFY(outerDevice.open(QIODevice::ReadOnly));
    QVERIFY2(readAllChunked(outerDevice, &out, &error), qPrintable(error));
    QVERIFY(out == packed);

    // The first member's CRC damaged: found although later members are fine.
    QByteArray damaged = packed;
    damaged[firstMemberEnd - 8] = char(damaged.at(firstMemberEnd - 8) ^ 0x01);
    QBuffer damagedRaw;
    damagedRaw.setData(damaged);
    QVERIFY(damagedRaw.open(QIODevice::ReadOnly));
    error = readError(&damagedRaw);
    QVERIFY2(error.contains(QLatin1String("is corrupt")), qPrintable(error));
}

void tst_ArchiveDevice::gzipOfXzIsOneLayer()
{
    const QString xz
        = compressed(QStringLiteral("xz"), m_content.left(10000), QStringLiteral("inner"));
    QVERIFY(compress(QStringLiteral("gzip"), xz, path(QStringLiteral("outer.gz"))));
    QFile raw(path(QStringLiteral("outer.gz")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    ArchiveDevice device(&raw);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QCOMPARE(device.readAll(), fileBytes(xz));
}

void tst_ArchiveDevice::truncated_data()
{
    addKinds();
}

void tst_ArchiveDevice::truncated()
{
    QFETCH(QString, kind);
    const QString file = compressed(kind, m_content, QStringLiteral("whole"));
    const QByteArray bytes = fileBytes(file);
    QVERIFY(bytes.size() > 100000);
    // Cut in the middle, just before the end, inside the header.
    for (const qsizetype keep :
         {bytes.size() / 2, bytes.size() - 1, bytes.size() - 5, qsizetype(8)}) {
        QBuffer raw;
        raw.setData(bytes.left(keep));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QString error = readError(&raw);
        QVERIFY2(error.contains(QLatin1String("is truncated")),
                 qPrintable(
                     QStringLiteral("%1 of %2 bytes: %3").arg(keep).arg(bytes.size()).arg(error)));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    }
}

void tst_ArchiveDevice::corrupt_data()
{
    addKinds();
}

void tst_ArchiveDevice::corrupt()
{
    QFETCH(QString, kind);
    const QString file = compressed(kind, m_content, QStringLiteral("whole"));
    const QByteArray bytes = fileBytes(file);
    for (const qsizetype at : {bytes.size() / 2, bytes.size() / 3 + 1, qsizetype(200)}) {
        QByteArray flipped = bytes;
        flipped[at] = char(flipped.at(at) ^ 0x10);
        QBuffer raw;
        raw.setData(flipped);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        ArchiveDevice *device = nullptr;
        const QString error = readError(&raw, {}, 0, &device);
        std::unique_ptr<ArchiveDevice> owner(device);
        QVERIFY2(error.contains(QLatin1String("is corrupt")),
                 qPrintable(QStringLiteral("byte %1: %2").arg(at).arg(error)));
        QVERIFY(device->hasError());
        QCOMPARE(device->errorString(), error);
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        if (device->isOpen()) {
            // Failed for good: further reads fail too, and a loop on atEnd() ends.
            QCOMPARE(device->read(10), QByteArray());
            QVERIFY(device->atEnd());
        }
    }
}

// libarchive 3.6 does not check the trailer; the device does (CRC-32, then the length).
void tst_ArchiveDevice::gzipTrailer()
{
    const QString file = compressed(QStringLiteral("gzip"), m_content, QStringLiteral("trailer"));
    const QByteArray bytes = fileBytes(file);
    for (qsizetype at = bytes.size() - 8; at < bytes.size(); ++at) {
        QByteArray flipped = bytes;
        flipped[at] = char(flipped.at(at) ^ 0x01);
        QBuffer raw;
        raw.setData(flipped);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QString error = readError(&raw);
        QVERIFY2(error.startsWith(QLatin1String("the gzip data is corrupt")),
                 qPrintable(QStringLiteral("byte %1: %2").arg(at).arg(error)));
    }
    // An empty gzip is all header and trailer.
    const QString empty = compressed(QStringLiteral("gzip"), {}, QStringLiteral("trailer0"));
    QByteArray flipped = fileBytes(empty);
    flipped[flipped.size() - 1] = 1;
    QBuffer raw;
    raw.setData(flipped);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY2(readError(&raw).contains(QLatin1String("is corrupt")), qPrintable(readError(&raw)));
}

void tst_ArchiveDevice::trailingGarbage()
{
    for (const char *kind : {"gzip", "bzip2", "xz", "zstd"}) {
        const QString file = compressed(
            QString::fromLatin1(kind), m_content.left(5000), QStringLiteral("garbage"));
        QBuffer raw;
        raw.setData(fileBytes(file) + "not compressed at all\n");
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QString error = readError(&raw);
        QVERIFY2(error.contains(QLatin1String("is corrupt")),
                 qPrintable(QString::fromLatin1(kind) + QStringLiteral(": ") + error));
    }
}

void tst_ArchiveDevice::encryptedZip()
{
    QVERIFY(writeFile(path(QStringLiteral("secret.csv")), "user,password\nroot,hunter2\n"));
    QVERIFY(writeFile(path(QStringLiteral("open.csv")), "a\n1\n"));
    QFile::remove(path(QStringLiteral("locked.zip")));
    QFile::remove(path(QStringLiteral("mixed.zip")));
    QVERIFY(shell(QStringLiteral("zip -q -P secret locked.zip secret.csv")));
    QVERIFY(shell(QStringLiteral("zip -q mixed.zip open.csv && zip -q -P secret mixed.zip "
                                 "secret.csv")));

    QFile locked(path(QStringLiteral("locked.zip")));
    QVERIFY(locked.open(QIODevice::ReadOnly));
    ArchiveDevice device(&locked);
    QVERIFY(!device.open(QIODevice::ReadOnly));
    QCOMPARE(device.errorString(),
             QStringLiteral("zip member 'secret.csv' is password-protected "
                            "(encrypted members are not read)"));
    QString error;
    QVERIFY(listZipMembers(&locked, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("is password-protected")), qPrintable(error));

    // Mixed: the plain member is listed and read, the encrypted one refused.
    QFile mixed(path(QStringLiteral("mixed.zip")));
    QVERIFY(mixed.open(QIODevice::ReadOnly));
    QCOMPARE(listZipMembers(&mixed, &error).size(), qsizetype(2));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ArchiveDevice plain(&mixed, QStringLiteral("open.csv"));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QCOMPARE(plain.readAll(), QByteArray("a\n1\n"));
    plain.close();
    ArchiveDevice secret(&mixed, QStringLiteral("secret.csv"));
    QVERIFY(!secret.open(QIODevice::ReadOnly));
    QVERIFY(secret.errorString().contains(QLatin1String("is password-protected")));
}

void tst_ArchiveDevice::bombs_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<qint64>("ratio"); // 0: the default
    QTest::addColumn<qint64>("size");
    const QString zeros = QStringLiteral("head -c %1 /dev/zero | ");
    QTest::newRow("xz") << zeros + QStringLiteral("xz -1 -T1 > bomb") << qint64(0) << BombSize;
    QTest::newRow("zstd") << zeros + QStringLiteral("zstd -q -1 > bomb") << qint64(0) << BombSize;
    QTest::newRow("bzip2") << zeros + QStringLiteral("bzip2 -1 > bomb") << qint64(0) << BombSize;
    QTest::newRow("zip bzip2") << zeros + QStringLiteral("zip -q -Z bzip2 bomb -") << qint64(0)
                               << BombSize;
    // Deflate tops out near 1030:1, so gzip and a deflated zip member are stopped only with a
    // lower limit.
    QTest::newRow("gzip, ratio 100")
        << zeros + QStringLiteral("gzip -9 > bomb") << qint64(100) << qint64(256) * 1024 * 1024;
    QTest::newRow("zip deflate, ratio 100")
        << zeros + QStringLiteral("zip -q -9 bomb -") << qint64(100) << qint64(256) * 1024 * 1024;
}

void tst_ArchiveDevice::bombs()
{
    QFETCH(QString, command);
    QFETCH(qint64, ratio);
    QFETCH(qint64, size);
    QFile::remove(path(QStringLiteral("bomb")));
    QFile::remove(path(QStringLiteral("bomb.zip")));
    QVERIFY(shell(command.arg(size)));
    const QString file = QFile::exists(path(QStringLiteral("bomb.zip")))
                             ? path(QStringLiteral("bomb.zip"))
                             : path(QStringLiteral("bomb"));
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    ArchiveDevice *device = nullptr;
    const QString error = readError(&raw, {}, ratio, &device);
    std::unique_ptr<ArchiveDevice> owner(device);
    const qint64 limit = ratio > 0 ? ratio : ArchiveDevice::DefaultExpansionRatio;
    QCOMPARE(device->maxExpansionRatio(), limit);
    QVERIFY2(error.endsWith(
                 QStringLiteral("expands more than %1 times (a decompression bomb?)").arg(limit)),
             qPrintable(error));
    QVERIFY(device->hasError());
    // Stopped at the limit, not run to the end.
    const qint64 given = device->uncompressedBytesRead();
    QVERIFY2(given <= std::max(ArchiveDevice::ExpansionFloor, limit * raw.size()),
             qPrintable(QString::number(given)));
    QVERIFY(given >= ArchiveDevice::ExpansionFloor - 1024 * 1024);
    QVERIFY(given < size / 2);
}

QTEST_GUILESS_MAIN(tst_ArchiveDevice)
#include "tst_archivedevice.moc"
