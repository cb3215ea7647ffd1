// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "store/recordcodec.h"

#include "text/jsonstring.h"

namespace stevedore::recordcodec {

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    // The quotes go in as chars: QByteArray appends a char for less than a one-byte range,
    // and a record has a pair per field.
    out.append('"');
    json::writeEscaped(
        std::string_view(utf8.data(), std::size_t(utf8.size())),
        [&out](const char *data, std::size_t size) { out.append(data, qsizetype(size)); });
    out.append('"');
}

void appendJsonArray(QByteArray &out, const QList<QByteArrayView> &fields)
{
    out.append('[');
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendJsonString(out, fields[i]);
    }
    out.append(']');
}

static int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

static bool readHex4(const char *&p, const char *end, char32_t &value)
{
    if (end - p < 4)
        return false;
    value = 0;
    for (int i = 0; i < 4; ++i) {
        const int v = hexValue(p[i]);
        if (v < 0)
            return false;
        value = (value << 4) | char32_t(v);
    }
    p += 4;
    return true;
}

// The escape after a backslash (p is past the backslash); false when it is not valid JSON.
static inline bool appendEscape(const char *&p, const char *end, QByteArray &data)
{
    if (p == end)
        return false;
    const char e = *p++;
    switch (e) {
    case '"':
        data.append('"');
        return true;
    case '\\':
        data.append('\\');
        return true;
    case '/':
        data.append('/');
        return true;
    case 'b':
        data.append('\b');
        return true;
    case 'f':
        data.append('\f');
        return true;
    case 'n':
        data.append('\n');
        return true;
    case 'r':
        data.append('\r');
        return true;
    case 't':
        data.append('\t');
        return true;
    case 'u': {
        char32_t cp = 0;
        if (!readHex4(p, end, cp))
            return false;
        if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
            const char *save = p;
            p += 2;
            char32_t low = 0;
            if (readHex4(p, end, low) && low >= 0xDC00 && low < 0xE000)
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            else
                p = save;
        }
        appendUtf8(data, cp);
        return true;
    }
    default:
        return false;
    }
}

// One JSON string's content, appended unescaped (p is past the opening quote and ends past the
// closing one). Runs without escapes are appended in one piece.
static inline bool appendString(const char *&p, const char *end, QByteArray &data)
{
    const char *run = p;
    for (;;) {
        if (p == end)
            return false;
        const char c = *p;
        if (c == '"') {
            data.append(run, p - run);
            ++p;
            return true;
        }
        if (c != '\\') {
            ++p;
            continue;
        }
        data.append(run, p - run);
        ++p;
        if (!appendEscape(p, end, data))
            return false;
        run = p;
    }
}

bool parseJsonArray(QByteArrayView json, QByteArray &data, QList<qsizetype> &ends)
{
    data.clear();
    ends.clear();
    const char *p = json.data();
    const char *end = p + json.size();
    auto skipSpace = [&] {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    };
    skipSpace();
    if (p == end || *p != '[')
        return false;
    ++p;
    skipSpace();
    if (p < end && *p == ']')
        return true;
    for (;;) {
        skipSpace();
        if (p == end || *p != '"')
            return false;
        ++p;
        if (!appendString(p, end, data))
            return false;
        ends.append(data.size());
        skipSpace();
        if (p == end)
            return false;
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p == ']')
            return true;
        return false;
    }
}

bool parseJsonArray(QByteArrayView json, QList<QByteArray> &fields)
{
    fields.clear();
    QByteArray data;
    QList<qsizetype> ends;
    if (!parseJsonArray(json, data, ends))
        return false;
    qsizetype begin = 0;
    for (const qsizetype e : ends) {
        fields.append(data.mid(begin, e - begin));
        begin = e;
    }
    return true;
}

QStringList parseJsonArrayToStrings(QByteArrayView json)
{
    QList<QByteArray> fields;
    QStringList out;
    if (!parseJsonArray(json, fields))
        return out;
    out.reserve(fields.size());
    for (const QByteArray &field : fields)
        out << QString::fromUtf8(field);
    return out;
}

} // namespace stevedore::recordcodec
