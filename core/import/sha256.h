// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <cstdint>
#include <memory>

class QIODevice;
class QString;

namespace stevedore {

// SHA-256 of the bytes added. Uses the CPU's SHA extensions (x86 SHA-NI) when it has them,
// which hash an import's file about ten times faster than Qt's portable code; elsewhere it
// is QCryptographicHash. Both give the same digest (tests/import/tst_sha256.cpp).
class Sha256
{
public:
    Sha256();
    ~Sha256();

    void addData(QByteArrayView data);
    // The 32-byte digest; call once, after the last addData().
    QByteArray result();

    // Whether this machine's CPU runs the accelerated code.
    static bool hardwareAccelerated();
    // Test hook: use the portable code even where the CPU could do better.
    static void setAccelerationAllowed(bool allowed);

private:
    void compress(const unsigned char *blocks, size_t count);

    std::unique_ptr<QCryptographicHash> m_portable; // set when not accelerated
    std::uint32_t m_state[8];
    unsigned char m_pending[64];
    size_t m_pendingSize = 0;
    std::uint64_t m_length = 0;
};

// Hashes the device from its current position to its end in 1 MiB reads. Returns false and
// sets *error (the device's error string) when a read fails.
bool sha256Of(QIODevice *device, QByteArray *digest, QString *error);

} // namespace stevedore
