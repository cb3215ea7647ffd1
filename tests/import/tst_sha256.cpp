// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace stevedore;

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void knownVectors_data();
    void knownVectors();
    void everyPaddingLength_data();
    void everyPaddingLength();
    void unevenChunksOfALargeInput_data();
    void unevenChunksOfALargeInput();
    void device();

private:
    static QByteArray hex(const QByteArray &data) { return data.toHex(); }
};

void TestSha256::initTestCase()
{
    qInfo("SHA extensions %s", Sha256::hardwareAccelerated() ? "in use" : "not available");
}

void TestSha256::cleanup()
{
    Sha256::setAccelerationAllowed(true);
}

void TestSha256::knownVectors_data()
{
    QTest::addColumn<bool>("accelerated");
    QTest::newRow("accelerated") << true;
    QTest::newRow("portable") << false;
}

void TestSha256::knownVectors()
{
    QFETCH(bool, accelerated);
    Sha256::setAccelerationAllowed(accelerated);
    if (!accelerated)
        QVERIFY(!Sha256::hardwareAccelerated());
    const auto digest = [](const QByteArray &text) {
        Sha256 hash;
        hash.addData(text);
        return hash.result().toHex();
    };
    // FIPS 180-4 examples.
    QCOMPARE(digest(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QCOMPARE(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QCOMPARE(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QCOMPARE(digest(QByteArray(1000000, 'a')),
             "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestSha256::everyPaddingLength_data()
{
    knownVectors_data();
}

void TestSha256::everyPaddingLength()
{
    QFETCH(bool, accelerated);
    Sha256::setAccelerationAllowed(accelerated);
    QRandomGenerator random(7);
    for (int size = 0; size <= 300; ++size) {
        QByteArray data(size, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        Sha256 hash;
        hash.addData(data);
        QCOMPARE(hex(hash.result()),
                 hex(QCryptographicHash::hash(data, QCryptographicHash::Sha256)));
    }
}

void TestSha256::unevenChunksOfALargeInput_data()
{
    knownVectors_data();
}

void TestSha256::unevenChunksOfALargeInput()
{
    QFETCH(bool, accelerated);
    Sha256::setAccelerationAllowed(accelerated);
    QRandomGenerator random(11);
    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (char &c : data)
        c = char(random.bounded(256));
    Sha256 hash;
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype take = std::min<qsizetype>(random.bounded(1, 200000), data.size() - at);
        hash.addData(QByteArrayView(data.constData() + at, take));
        at += take;
    }
    QCOMPARE(hex(hash.result()), hex(QCryptographicHash::hash(data, QCryptographicHash::Sha256)));
}

void TestSha256::device()
{
    QByteArray data;
    for (int i = 0; i < 300000; ++i)
        data += "line " + QByteArray::number(i) + ",x\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QByteArray digest;
    QString error;
    QVERIFY(sha256Of(&buffer, &digest, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(hex(digest), hex(QCryptographicHash::hash(data, QCryptographicHash::Sha256)));

    QBuffer closed;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::read (QBuffer): device not open");
    QVERIFY(!sha256Of(&closed, &digest, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
