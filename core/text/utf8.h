// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

namespace stevedore::utf8 {

// What sequenceLength() returns when `end` cuts a sequence whose bytes so far are valid: the
// rest of it may follow (a sample, a chunk), or the text ends in the middle of a character.
inline constexpr int cut = -1;

// The length (2 to 4) of the valid UTF-8 sequence starting at p, whose first byte must be
// >= 0x80; 0 when the bytes are not valid UTF-8 (continuation bytes as leads, overlong forms,
// surrogates, values past U+10FFFF); `cut` when end comes first. Inline because the CSV reader
// calls it for every non-ASCII character it imports.
inline int sequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char lead = p[0];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // overlong below
        else if (lead == 0xED)
            high = 0x9F; // surrogates above
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90; // overlong below
        else if (lead == 0xF4)
            high = 0x8F; // past U+10FFFF above
    } else {
        return 0;
    }
    const auto available = end - p;
    if (available < 2)
        return cut;
    if (p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (i == available)
            return cut;
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

} // namespace stevedore::utf8
