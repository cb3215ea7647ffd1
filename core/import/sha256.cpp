// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/sha256.h"

#include <QIODevice>
#include <QString>

#include <atomic>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define STEVEDORE_SHA_NI 1
#endif

namespace stevedore {

namespace {

std::atomic<bool> accelerationAllowed{true};

#ifdef STEVEDORE_SHA_NI

// FIPS 180-4 round constants.
alignas(16) const std::uint32_t roundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool cpuHasShaExtensions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9);
    const bool sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
}

// The message schedule is kept as four vectors of four words (W[4g..4g+3] for the group g of
// four rounds in flight); sha256msg1/msg2 compute the next group from the previous four.
__attribute__((target("sha,sse4.1,ssse3"))) void
compressShaNi(std::uint32_t state[8], const unsigned char *data, size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi8(12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3);
    // The instructions want the state as ABEF and CDGH (highest lane first).
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    const __m128i badc = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(badc, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, badc, 0xF0);

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data) + i),
                                    byteSwap);
        for (int group = 0; group < 16; ++group) {
            const __m128i k
                = _mm_load_si128(reinterpret_cast<const __m128i *>(roundConstants + 4 * group));
            const __m128i wk = _mm_add_epi32(w[group % 4], k);
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(wk, 0x0E));
            if (group < 12) {
                // W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16] for the group 4 ahead.
                __m128i next = _mm_sha256msg1_epu32(w[group % 4], w[(group + 1) % 4]);
                next = _mm_add_epi32(next,
                                     _mm_alignr_epi8(w[(group + 3) % 4], w[(group + 2) % 4], 4));
                w[group % 4] = _mm_sha256msg2_epu32(next, w[(group + 3) % 4]);
            }
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}

#endif

bool accelerated()
{
#ifdef STEVEDORE_SHA_NI
    static const bool available = cpuHasShaExtensions();
    return available && accelerationAllowed.load();
#else
    return false;
#endif
}

} // namespace

Sha256::Sha256()
    : m_state{0x6a09e667,
              0xbb67ae85,
              0x3c6ef372,
              0xa54ff53a,
              0x510e527f,
              0x9b05688c,
              0x1f83d9ab,
              0x5be0cd19}
{
    if (!accelerated())
        m_portable = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
}

Sha256::~Sha256() = default;

bool Sha256::hardwareAccelerated()
{
    return accelerated();
}

void Sha256::setAccelerationAllowed(bool allowed)
{
    accelerationAllowed = allowed;
}

void Sha256::compress(const unsigned char *blocks, size_t count)
{
#ifdef STEVEDORE_SHA_NI
    compressShaNi(m_state, blocks, count);
#else
    Q_UNUSED(blocks);
    Q_UNUSED(count);
#endif
}

void Sha256::addData(QByteArrayView data)
{
    if (m_portable) {
        m_portable->addData(data);
        return;
    }
    auto bytes = reinterpret_cast<const unsigned char *>(data.data());
    size_t size = size_t(data.size());
    m_length += size;
    if (m_pendingSize > 0) {
        const size_t take = std::min(size, sizeof(m_pending) - m_pendingSize);
        std::memcpy(m_pending + m_pendingSize, bytes, take);
        m_pendingSize += take;
        bytes += take;
        size -= take;
        if (m_pendingSize < sizeof(m_pending))
            return;
        compress(m_pending, 1);
        m_pendingSize = 0;
    }
    if (const size_t blocks = size / 64) {
        compress(bytes, blocks);
        bytes += blocks * 64;
        size -= blocks * 64;
    }
    std::memcpy(m_pending, bytes, size);
    m_pendingSize = size;
}

QByteArray Sha256::result()
{
    if (m_portable)
        return m_portable->result();
    // Padding: 0x80, zeros up to 56 mod 64, then the length in bits, big-endian.
    unsigned char tail[128] = {};
    std::memcpy(tail, m_pending, m_pendingSize);
    tail[m_pendingSize] = 0x80;
    const size_t tailSize = m_pendingSize < 56 ? 64 : 128;
    const std::uint64_t bits = m_length * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailSize - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compress(tail, tailSize / 64);
    m_pendingSize = 0;
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = char(m_state[i] >> 24);
        digest[4 * i + 1] = char(m_state[i] >> 16);
        digest[4 * i + 2] = char(m_state[i] >> 8);
        digest[4 * i + 3] = char(m_state[i]);
    }
    return digest;
}

bool sha256Of(QIODevice *device, QByteArray *digest, QString *error)
{
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device->read(buffer.data(), buffer.size());
        if (read < 0) {
            if (error)
                *error = device->errorString();
            return false;
        }
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
    }
    *digest = hash.result();
    return true;
}

} // namespace stevedore
