// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "text/utf8.h"

#include <array>
#include <cstddef>
#include <string_view>

namespace stevedore::json {

namespace detail {

// The bytes a JSON string holds as they are: printable ASCII except '"' and '\'.
inline constexpr std::array<bool, 256> plainBytes = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[std::size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

} // namespace detail

// Writes text escaped for the inside of a JSON string literal (no quotes) through
// append(const char *data, std::size_t size). '"', '\', LF, CR and tab get their short
// escapes, the other controls below 0x20 \u00XX; valid UTF-8 and DEL are copied as they are;
// each byte of invalid UTF-8 becomes U+FFFD, so the output is always valid JSON.
//
// The record store keeps records in this form and searches them by escaping the needle the
// same way, so changing an escape changes what finds records already stored.
template<typename Append>
void writeEscaped(std::string_view text, Append &&append)
{
    static constexpr char hex[] = "0123456789abcdef";
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *const end = p + text.size();
    const unsigned char *run = p; // bytes copied as they are, not yet appended
    const auto flush = [&] {
        if (p != run)
            append(reinterpret_cast<const char *>(run), std::size_t(p - run));
    };
    while (p < end) {
        const unsigned char c = *p;
        if (detail::plainBytes[c]) {
            ++p;
            continue;
        }
        if (c >= 0x80) {
            if (const int length = utf8::sequenceLength(p, end); length > 0) {
                p += length;
                continue;
            }
            flush();
            append("\xEF\xBF\xBD", 3);
        } else {
            flush();
            switch (c) {
            case '"':
                append("\\\"", 2);
                break;
            case '\\':
                append("\\\\", 2);
                break;
            case '\n':
                append("\\n", 2);
                break;
            case '\r':
                append("\\r", 2);
                break;
            case '\t':
                append("\\t", 2);
                break;
            default: {
                const char escape[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                append(escape, 6);
            }
            }
        }
        run = ++p;
    }
    flush();
}

// Writes text as a JSON string literal, quotes included, escaped as writeEscaped() does.
template<typename Append>
void writeString(std::string_view text, Append &&append)
{
    append("\"", 1);
    writeEscaped(text, append);
    append("\"", 1);
}

} // namespace stevedore::json
