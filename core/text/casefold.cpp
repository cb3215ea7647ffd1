// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "text/casefold.h"

#include "text/utf8.h"

#include <QChar>

#include <array>
#include <cstdint>
#include <cstring>

namespace stevedore::text {

namespace {

constexpr std::uint64_t highBits = 0x8080808080808080u;
constexpr std::uint64_t ones = 0x0101010101010101u;

// Eight ASCII bytes lower-cased at once (no byte has its high bit set, so no sum carries into
// the next byte): a byte is upper case when it is at least 'A' and not above 'Z', and gets 0x20.
std::uint64_t lowerAscii(std::uint64_t word)
{
    const std::uint64_t atLeastA = word + ones * (0x80 - 'A');
    const std::uint64_t aboveZ = word + ones * (0x7F - 'Z');
    return word | (((atLeastA & ~aboveZ) & highBits) >> 2);
}

// Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic: the two-byte characters, folded from a
// table rather than through QChar, which costs a call per character.
constexpr char32_t twoByteLimit = 0x800;
const std::array<char16_t, twoByteLimit> twoByteFolds = [] {
    std::array<char16_t, twoByteLimit> folds{};
    for (char32_t cp = 0; cp < twoByteLimit; ++cp)
        folds[cp] = char16_t(QChar::toCaseFolded(cp));
    return folds;
}();

char32_t decode(const unsigned char *p, int length)
{
    char32_t cp = p[0] & (0xFF >> (length + 1));
    for (int i = 1; i < length; ++i)
        cp = (cp << 6) | (p[i] & 0x3F);
    return cp;
}

char *encode(char *out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

} // namespace

QByteArray caseFoldedUtf8(QByteArrayView utf8)
{
    QByteArray out(caseFoldCapacity(utf8.size()), Qt::Uninitialized);
    out.truncate(caseFoldUtf8Into(utf8, out.data()));
    return out;
}

qsizetype caseFoldUtf8Into(QByteArrayView utf8, char *out)
{
    char *const start = out;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const auto *const end = p + utf8.size();
    while (p < end) {
        if (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if ((word & highBits) == 0) {
                word = lowerAscii(word);
                std::memcpy(out, &word, 8);
                out += 8;
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            *out++ = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            ++p;
            continue;
        }
        const int length = utf8::sequenceLength(p, end);
        if (length <= 0) {
            *out++ = char(c);
            ++p;
            continue;
        }
        const char32_t cp = decode(p, length);
        const char32_t folded = cp < twoByteLimit ? twoByteFolds[cp] : QChar::toCaseFolded(cp);
        // Simple folding keeps ß; full folding (and German capitals) have "ss".
        if (folded == 0x00DF) {
            *out++ = 's';
            *out++ = 's';
        } else {
            out = encode(out, folded);
        }
        p += length;
    }
    return out - start;
}

} // namespace stevedore::text
