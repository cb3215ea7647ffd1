// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "redact.h"

#include <algorithm>
#include <array>

namespace stevedore {

namespace {

// The scanner works on code units so that QString (UTF-16) and std::string (UTF-8) share it
// and neither needs a lossy conversion; every pattern is ASCII.
template<typename Char>
using View = std::basic_string_view<Char>;

template<typename Char>
bool isSpace(Char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

template<typename Char>
bool isKeyChar(Char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

template<typename Char>
Char toLower(Char c)
{
    return (c >= 'A' && c <= 'Z') ? Char(c - 'A' + 'a') : c;
}

template<typename Char>
bool startsWithNoCase(View<Char> text, std::size_t pos, std::string_view word)
{
    if (text.size() - pos < word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (toLower(text[pos + i]) != Char(word[i]))
            return false;
    }
    return true;
}

template<typename Char>
std::size_t findNoCase(View<Char> text, std::size_t from, std::string_view word)
{
    for (std::size_t i = from; i + word.size() <= text.size(); ++i) {
        if (startsWithNoCase(text, i, word))
            return i;
    }
    return View<Char>::npos;
}

template<typename Char>
void appendMask(std::basic_string<Char> &out)
{
    out.append(3, Char('*'));
}

template<typename Char>
bool endsAuthority(Char c)
{
    return c == '/' || c == '?' || c == '#' || isSpace(c);
}

template<typename Char>
bool isPortList(View<Char> text)
{
    for (const Char c : text) {
        if (!(c >= '0' && c <= '9') && c != ',')
            return false;
    }
    return true;
}

// The position of the '@' ending the userinfo of the URI whose authority starts at start, or
// npos. Usually the last '@' before the authority ends at '/', '?', '#' or a blank. A password
// typed raw with one of those in it ("u:p/x@h", "u:pa ss@h") ends that scan early: then a
// "user:" start and an '@' further on the line are taken for userinfo, hiding more rather
// than less. A "host:5432" start takes an '@' only from the same blank-free run of text.
template<typename Char>
std::size_t userinfoEnd(View<Char> text, std::size_t start)
{
    std::size_t end = start;
    std::size_t at = View<Char>::npos;
    for (; end < text.size() && !endsAuthority(text[end]); ++end) {
        if (text[end] == '@')
            at = end;
    }
    if (at != View<Char>::npos)
        return at;
    const View<Char> head = text.substr(start, end - start);
    const std::size_t colon = head.find(Char(':'));
    if (colon == View<Char>::npos || colon == 0 || head.front() == '[')
        return View<Char>::npos;
    const std::size_t limit
        = std::min({text.size(), text.find(Char('\n'), end), findNoCase(text, end, "://")});
    bool blank = false;
    std::size_t i = end;
    for (; i < limit && text[i] != '@'; ++i)
        blank = blank || isSpace(text[i]);
    if (i >= limit || (blank && isPortList(head.substr(colon + 1))))
        return View<Char>::npos;
    at = i;
    for (++i; i < limit && !endsAuthority(text[i]); ++i) {
        if (text[i] == '@')
            at = i;
    }
    return at;
}

// "scheme://user:SECRET@host" -> "scheme://user:***@host".
template<typename Char>
std::basic_string<Char> redactUriPasswords(View<Char> text)
{
    std::basic_string<Char> out;
    out.reserve(text.size());
    std::size_t copied = 0;
    std::size_t pos = 0;
    while ((pos = findNoCase(text, pos, "://")) != View<Char>::npos) {
        const std::size_t start = pos + 3;
        const std::size_t at = userinfoEnd(text, start);
        if (at == View<Char>::npos) {
            pos = start;
            continue;
        }
        const std::size_t colon = text.substr(start, at - start).find(Char(':'));
        if (colon != View<Char>::npos && start + colon + 1 < at) {
            out.append(text.substr(copied, start + colon + 1 - copied));
            appendMask(out);
            copied = at;
        }
        pos = at;
    }
    out.append(text.substr(copied));
    return out;
}

// "...password = VALUE" -> "...password = ***", keeping quotes around a quoted value.
template<typename Char>
std::basic_string<Char> redactPasswordKeys(View<Char> text)
{
    std::basic_string<Char> out;
    out.reserve(text.size());
    std::size_t copied = 0;
    std::size_t pos = 0;
    constexpr std::string_view key = "password";
    while ((pos = findNoCase(text, pos, key)) != View<Char>::npos) {
        std::size_t keyStart = pos;
        while (keyStart > 0 && isKeyChar(text[keyStart - 1]))
            --keyStart;
        const bool inQuery
            = keyStart > 0 && (text[keyStart - 1] == '?' || text[keyStart - 1] == '&');
        std::size_t i = pos + key.size();
        while (i < text.size() && isSpace(text[i]))
            ++i;
        if (i >= text.size() || text[i] != '=') {
            pos += key.size();
            continue;
        }
        ++i;
        while (i < text.size() && isSpace(text[i]))
            ++i;
        std::size_t valueStart = i;
        std::size_t valueEnd = i;
        if (i < text.size() && (text[i] == '\'' || text[i] == '"')) {
            const Char quote = text[i];
            valueStart = valueEnd = i + 1;
            while (valueEnd < text.size() && text[valueEnd] != quote)
                valueEnd += (text[valueEnd] == '\\' && valueEnd + 1 < text.size()) ? 2 : 1;
            valueEnd = std::min(valueEnd, text.size());
        } else {
            while (valueEnd < text.size() && !isSpace(text[valueEnd])
                   && !(inQuery && (text[valueEnd] == '&' || text[valueEnd] == '#'))) {
                ++valueEnd;
            }
        }
        if (valueEnd > valueStart) {
            out.append(text.substr(copied, valueStart - copied));
            appendMask(out);
            copied = valueEnd;
        }
        pos = std::max(valueEnd, pos + key.size());
    }
    out.append(text.substr(copied));
    return out;
}

template<typename Char>
bool mayContainSecret(View<Char> text)
{
    return findNoCase(text, 0, "://") != View<Char>::npos
           || findNoCase(text, 0, "password") != View<Char>::npos;
}

template<typename Char>
std::basic_string<Char> redact(View<Char> text)
{
    if (!mayContainSecret(text))
        return std::basic_string<Char>(text);
    const std::basic_string<Char> pass1 = redactUriPasswords(text);
    return redactPasswordKeys(View<Char>(pass1));
}

} // namespace

QString redactSecrets(QStringView text)
{
    const View<char16_t> view(text.utf16(), std::size_t(text.size()));
    if (!mayContainSecret(view))
        return text.toString();
    const std::u16string result = redact(view);
    return QString::fromUtf16(result.data(), qsizetype(result.size()));
}

std::string redactSecrets(std::string_view text)
{
    return redact(text);
}

QString redactConnectionString(QStringView text)
{
    const QString out = redactSecrets(text);
    // A value the parser could not read has no reliable end: hide all that follows the key.
    const View<char16_t> view(QStringView(out).utf16(), std::size_t(out.size()));
    constexpr std::string_view key = "password";
    for (std::size_t pos = 0; (pos = findNoCase(view, pos, key)) != View<char16_t>::npos;) {
        pos += key.size();
        std::size_t i = pos;
        while (i < view.size() && isSpace(view[i]))
            ++i;
        if (i >= view.size() || view[i] != '=')
            continue;
        ++i;
        while (i < view.size() && isSpace(view[i]))
            ++i;
        return out.left(qsizetype(i)) + QLatin1String("***");
    }
    return out;
}

QString printable(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != 0x7f && (u < 0x80 || u > 0x9f)) {
            out += c;
            continue;
        }
        switch (u) {
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += u < 0x80 ? QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'))
                            : QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

bool isSecretKey(std::string_view key)
{
    static constexpr std::array<std::string_view, 6> words{
        "pass", "pwd", "secret", "token", "apikey", "api_key"};
    for (std::string_view word : words) {
        if (findNoCase(key, 0, word) != std::string_view::npos)
            return true;
    }
    return false;
}

} // namespace stevedore
