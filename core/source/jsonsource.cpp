// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/jsonsource.h"

#include "text/jsonstring.h"
#include "text/utf8.h"

#include <QHash>
#include <QIODevice>

#include <yajl/yajl_parse.h>

#include <algorithm>
#include <cstring>
#include <vector>

// Reading rules (docs/formats.md is the user-facing version):
// - The device is read in chunks into one buffer and fed to yajl in pieces that end at a line
//   feed or at the end of the buffered data, so every token a callback sees lies on the current
//   line (a JSON token cannot hold a raw line end) and line numbers cost nothing. The buffer
//   keeps the bytes from the start of the record being parsed, which gives `raw` and lets a
//   string's source text be found again (see stringValue()); memory is the read-ahead window
//   plus the largest record, and a record past kMaxRecordSize keeps only its first bytes.
// - JSON Lines are fed through one yajl handle with yajl_allow_multiple_values rather than one
//   handle per line: yajl has no reset, and a handle per record would cost several allocations
//   per record. Line ends are handled here, between pieces: a record ends at the end of the
//   line where its value closes. yajl cannot go on after an error, so an error (rare) costs a
//   new handle and reading resumes on the next line.
// - An object may span lines (a pretty-printed object, or a sequence of them) until the first
//   object read shows the file's shape: one that ends on its own line makes the file strict
//   JSON Lines, where a line that ends inside an object is a reject of its own. Otherwise a
//   line whose first token cannot continue the open object starts a new record, so a cut line
//   costs one record, not the next one too.
// - yajl checks UTF-8 only loosely (overlong forms and surrogates pass), so its check is off
//   and the strings the records use are checked here; yajl also decodes a lone \uD800 to '?'
//   eating the next character, and pairs any two \u escapes, so strings with escapes are
//   decoded here from their source text.
// - Values are appended to the record in the order they come; when the keys come in header
//   order (the common case) the record is assembled already, otherwise it is reordered once.

namespace stevedore {

namespace {

constexpr qsizetype kChunkSize = 256 * 1024;
constexpr qint64 kMaxRecordSize = 64 * 1024 * 1024;
// The raw text kept for a record cut at the size limit (as the CSV reader does).
constexpr qsizetype kCutRawSize = 64 * 1024;
// Key names quoted in messages are cut to this many bytes.
constexpr qsizetype kQuotedKeySize = 100;

// Nested containers being written as compact JSON text.
constexpr unsigned char kArray = 1;
constexpr unsigned char kHasItems = 2;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipBom(QByteArrayView text)
{
    return text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

// Characters (not bytes) in UTF-8 text; invalid bytes count one each.
qint64 countChars(const char *p, qsizetype n)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < n; ++i)
        count += (uchar(p[i]) & 0xC0) != 0x80;
    return count;
}

bool isValidUtf8(const char *text, qsizetype n)
{
    const auto *p = reinterpret_cast<const uchar *>(text);
    const auto *const end = p + n;
    for (;;) {
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if ((word & 0x8080808080808080ULL) != 0)
                break;
            p += 8;
        }
        while (p < end && *p < 0x80)
            ++p;
        if (p == end)
            return true;
        const int length = utf8::sequenceLength(p, end);
        if (length <= 0)
            return false;
        p += length;
    }
}

// Text shown for a rejected record: invalid UTF-8 and NUL bytes as \xNN, as for CSV.
void sanitizeRaw(QByteArray &raw)
{
    if (isValidUtf8(raw.constData(), raw.size()) && !raw.contains('\0'))
        return;
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray clean;
    clean.reserve(raw.size() + 16);
    const auto *p = reinterpret_cast<const uchar *>(raw.constData());
    const auto *const end = p + raw.size();
    while (p < end) {
        const int length = *p >= 0x80 ? utf8::sequenceLength(p, end) : (*p == 0 ? 0 : 1);
        if (length > 0) {
            clean.append(reinterpret_cast<const char *>(p), length);
            p += length;
        } else {
            const char escape[4] = {'\\', 'x', hex[*p >> 4], hex[*p & 15]};
            clean.append(escape, 4);
            ++p;
        }
    }
    raw = std::move(clean);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The \uXXXX escape at p (p[0] == '\\'), or -1 when [p, end) holds none.
int unicodeEscape(const char *p, const char *end)
{
    if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
        return -1;
    int value = 0;
    for (int i = 2; i < 6; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    char bytes[4];
    int length = 0;
    if (c < 0x80) {
        bytes[length++] = char(c);
    } else if (c < 0x800) {
        bytes[length++] = char(0xC0 | (c >> 6));
        bytes[length++] = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        bytes[length++] = char(0xE0 | (c >> 12));
        bytes[length++] = char(0x80 | ((c >> 6) & 0x3F));
        bytes[length++] = char(0x80 | (c & 0x3F));
    } else {
        bytes[length++] = char(0xF0 | (c >> 18));
        bytes[length++] = char(0x80 | ((c >> 12) & 0x3F));
        bytes[length++] = char(0x80 | ((c >> 6) & 0x3F));
        bytes[length++] = char(0x80 | (c & 0x3F));
    }
    out.append(bytes, length);
}

// Decodes the inside of a JSON string literal that yajl has lexed (so its escapes are
// well-formed). A surrogate pair becomes its character; a lone surrogate becomes U+FFFD.
void decodeString(const char *p, const char *end, QByteArray &out)
{
    out.resize(0);
    while (p < end) {
        const auto *backslash = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)));
        if (!backslash) {
            out.append(p, end - p);
            return;
        }
        out.append(p, backslash - p);
        p = backslash;
        const char kind = p + 1 < end ? p[1] : '\\';
        if (kind != 'u') {
            static constexpr char from[] = "\"\\/bfnrt";
            static constexpr char to[] = "\"\\/\b\f\n\r\t";
            const char *found = std::strchr(from, kind);
            out.append(found ? to[found - from] : kind);
            p += 2;
            continue;
        }
        char32_t c = char32_t(std::max(unicodeEscape(p, end), 0));
        p += 6;
        if (c >= 0xD800 && c <= 0xDBFF) {
            const int low = unicodeEscape(p, end);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + char32_t(low - 0xDC00);
                p += 6;
            } else {
                c = 0xFFFD;
            }
        } else if (c >= 0xDC00 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        appendUtf8(out, c);
    }
}

// Where yajl's offset stands after an error, relative to the offending text.
enum class ErrorAt {
    AfterToken, // just past the token it could not use
    Char,       // just past the one character it could not read
    InString,   // on the character a string cannot hold (yajl backs up to it)
    InWord,     // on the character that ends a misspelt word or number
    Restored,   // on the token's start, or 2 bytes into a string token (yajl "restores" it)
};

struct SyntaxError
{
    QString reason;
    ErrorAt at = ErrorAt::AfterToken;
};

// yajl's messages, said the way the rest of Stevedore says things.
SyntaxError syntaxError(const QByteArray &yajlMessage, char found)
{
    // "parse error: ..." / "lexical error: ...", ending in a line feed.
    QByteArray message = yajlMessage.trimmed();
    if (const qsizetype colon = message.indexOf(": "); colon >= 0)
        message = message.mid(colon + 2);
    const QString quoted
        = found > ' ' && found < 0x7F ? QStringLiteral(" '%1'").arg(QChar(found)) : QString();
    static const struct
    {
        const char *yajl;
        const char *ours;
        ErrorAt at;
    } reasons[] = {
        {"unallowed token at this point in JSON text", "unexpected%1", ErrorAt::AfterToken},
        {"invalid object key (must be a string)",
         "expected a key (a string in double quotes)",
         ErrorAt::AfterToken},
        {"object key and value must be separated by a colon (':')",
         "expected ':' after a key",
         ErrorAt::AfterToken},
        {"after key and value, inside map, I expect ',' or '}'",
         "expected ',' or '}' after a value in an object",
         ErrorAt::Restored},
        {"after array element, I expect ',' or ']'",
         "expected ',' or ']' after an element",
         ErrorAt::AfterToken},
        {"trailing garbage", "text after the end of the array", ErrorAt::AfterToken},
        {"invalid char in json text.", "unexpected character%1", ErrorAt::Char},
        {"invalid string in json text.",
         "invalid word (JSON knows true, false and null)",
         ErrorAt::InWord},
        {"invalid character inside string.",
         "a control character (such as a line end) in a string must be escaped",
         ErrorAt::InString},
        {"invalid (non-hex) character occurs after '\\u' inside string.",
         "\\u must be followed by four hexadecimal digits",
         ErrorAt::InString},
        {"inside a string, '\\' occurs before a character which it may not.",
         "invalid escape in a string",
         ErrorAt::InString},
        {"probable comment found in input text, comments are not enabled.",
         "comments are not allowed in JSON",
         ErrorAt::Char},
    };
    for (const auto &reason : reasons) {
        if (message == reason.yajl)
            return {QString::fromLatin1(reason.ours).replace(QLatin1String("%1"), quoted),
                    reason.at};
    }
    if (message.startsWith("malformed number"))
        return {QStringLiteral("malformed number"), ErrorAt::InWord};
    return {QString::fromUtf8(message), ErrorAt::AfterToken};
}

QString quoteKey(QByteArrayView key)
{
    if (key.size() <= kQuotedKeySize)
        return QString::fromUtf8(key);
    // Cut on a character boundary.
    qsizetype cut = kQuotedKeySize;
    while (cut > 0 && (uchar(key[cut]) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(key.first(cut)) + QStringLiteral("…");
}

using Parser = std::unique_ptr<yajl_handle_t, decltype(&yajl_free)>;

// yajl's message for the error that stopped the parser.
QByteArray yajlMessage(yajl_handle parser)
{
    unsigned char *text = yajl_get_error(parser, 0, nullptr, 0);
    const QByteArray message(reinterpret_cast<const char *>(text));
    yajl_free_error(parser, text);
    return message;
}

// What detectJsonLines() needs of a parse: where the first value ends.
struct Probe
{
    int depth = 0;
    bool done = false;

    static int value(void *ctx)
    {
        auto *probe = static_cast<Probe *>(ctx);
        probe->done = probe->depth == 0;
        return probe->done ? 0 : 1;
    }
    static int open(void *ctx)
    {
        ++static_cast<Probe *>(ctx)->depth;
        return 1;
    }
    static int close(void *ctx)
    {
        auto *probe = static_cast<Probe *>(ctx);
        probe->done = --probe->depth == 0;
        return probe->done ? 0 : 1;
    }
};

} // namespace

std::optional<bool> detectJsonLines(QByteArrayView head)
{
    qsizetype start = skipBom(head);
    while (start < head.size() && isJsonSpace(head[start]))
        ++start;
    if (start == head.size() || (head[start] != '{' && head[start] != '['))
        return std::nullopt;
    const bool lines = head[start] == '{';

    // A CSV file whose first cell starts with a bracket must not pass: the head has to parse as
    // JSON up to the end of its first value (or to its end, which may cut a token), and the
    // rest of that value's line must be blank.
    static const yajl_callbacks callbacks = {
        [](void *ctx) { return Probe::value(ctx); },
        [](void *ctx, int) { return Probe::value(ctx); },
        nullptr,
        nullptr,
        [](void *ctx, const char *, size_t) { return Probe::value(ctx); },
        [](void *ctx, const unsigned char *, size_t) { return Probe::value(ctx); },
        [](void *ctx) { return Probe::open(ctx); },
        [](void *, const unsigned char *, size_t) { return 1; },
        [](void *ctx) { return Probe::close(ctx); },
        [](void *ctx) { return Probe::open(ctx); },
        [](void *ctx) { return Probe::close(ctx); },
    };
    Probe probe;
    Parser parser(yajl_alloc(&callbacks, nullptr, &probe), &yajl_free);
    yajl_config(parser.get(), yajl_dont_validate_strings, 1);
    const auto *text = reinterpret_cast<const unsigned char *>(head.data() + start);
    const yajl_status status = yajl_parse(parser.get(), text, size_t(head.size() - start));
    if (status == yajl_status_error)
        return std::nullopt;
    if (probe.done) {
        for (qsizetype i = start + qsizetype(yajl_get_bytes_consumed(parser.get()));
             i < head.size() && head[i] != '\n';
             ++i) {
            if (!isJsonSpace(head[i]))
                return std::nullopt;
        }
    }
    return lines;
}

namespace {

class JsonSource final : public RecordSource
{
public:
    JsonSource(QIODevice *content, bool lines);

    QStringList rawHeader() override;
    bool next(CsvRecord &record) override;
    QString errorString() const override;
    QString headerError() const override;
    qint64 bytesRead() const override;
    QString location(qint64 line, int column) const override;

private:
    // How JSON Lines treat an object that does not end on the line where it starts.
    enum class Shape { Unknown, OneLine, MultiLine };
    enum class Kind { Object, Array, String, Number, True, False, Null };

    // Input.
    bool refill();
    void compact();
    qint64 keepFrom() const;
    qint64 pendingStart() const;
    void step();
    void endOfInput();
    void lineEnded(qsizetype newline);
    qint64 position() const; // global offset yajl has reached in the current piece
    int columnOf(qint64 offset) const;
    int errorColumn(qint64 offset, ErrorAt at) const;
    bool startsObject(qsizetype lineStart) const;
    char byteBefore(qint64 offset) const;
    void resetParser();

    // Records.
    CsvRecord &acquireSlot();
    void beginRecord(qint64 start);
    void finishRecord(qint64 end, qint64 lastLine);
    void assembleFields();
    void setError(const QString &error);
    void cutLongRecord();
    bool writing() const;
    void fail(int column, const QString &reason);
    void failOnSyntaxError();

    // JSON Lines.
    void endLinesRecordAtLineEnd(qint64 lineEnd);
    void linesSyntaxError(bool cancelled);
    qint64 lineEndWithoutCr(qint64 newline) const;

    // Parse events.
    int element(Kind kind);
    void beforeNestedValue();
    void scalar(Kind kind, const char *text, qsizetype size);
    QByteArrayView stringValue(const unsigned char *text, size_t size, bool *hasNul);
    void openOutput();
    void put(const char *bytes, qsizetype size);
    void growOutput(qsizetype size);
    int onScalar(Kind kind, const char *text, qsizetype size);
    int onString(const unsigned char *text, size_t size);
    int onStartContainer(Kind kind);
    int onKey(const unsigned char *text, size_t size);
    int onEndContainer(bool array);
    void valueEnded(qint64 end);

    void ensureHeader();

    static const yajl_callbacks s_callbacks;

    QIODevice *const m_device;
    const bool m_lines;
    // Depth (open containers) inside a record's object: 1 for JSON Lines, 2 in an array.
    const int m_recordDepth;
    Parser m_parser{nullptr, &yajl_free};

    // Input: m_buffer[0] is at global offset m_bufferStart; [m_pos, m_end) not yet fed.
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_bufferStart = 0;
    qint64 m_deviceBytes = 0;
    bool m_eof = false;
    bool m_bomChecked = false;
    bool m_sawContent = false;
    qint64 m_piece = 0; // global offset of the piece being fed
    qint64 m_line = 1;
    qint64 m_lineStart = 0;
    // Columns: m_columnChars characters of the current line lie before m_columnBase.
    qint64 m_columnBase = 0;
    qint64 m_columnChars = 0;
    bool m_skipLine = false; // JSON Lines: the rest of the line is skipped after an error

    // Parse state.
    int m_depth = 0;
    bool m_topSeen = false;      // array: the top-level '[' was read
    qint64 m_afterElement = 0;   // array: end of the previous element (or of '[')
    bool m_valueDone = false;    // JSON Lines: the line's value is complete
    qint64 m_valueEnd = 0;       // ... and ends here
    bool m_endsThisLine = false; // JSON Lines: the record ends at the end of this line
    int m_eventsThisLine = 0;
    Shape m_shape = Shape::Unknown;
    QString m_cancelReason; // array: why a callback stopped the parse
    qint64 m_cancelOffset = 0;

    // Header.
    std::vector<QByteArray> m_keys;
    QHash<QByteArray, int> m_keyIndex;
    QStringList m_header;
    bool m_headerDone = false;
    qint64 m_headerRecords = 0; // records the header was taken from

    // Records: a ring of m_queue.size() slots, m_count ready from m_head; the record being
    // parsed, if any, is the slot after them.
    std::vector<CsvRecord> m_queue;
    size_t m_head = 0;
    size_t m_count = 0;
    qint64 m_number = 0;
    qint64 m_completed = 0;

    // The record being parsed.
    CsvRecord *m_rec = nullptr;
    qint64 m_recStart = 0;
    bool m_recIsObject = false;
    bool m_recTooLong = false;
    int m_column = -1;
    int m_lastColumn = -1;
    bool m_inOrder = true;
    size_t m_keysAtStart = 0;
    std::vector<std::pair<qsizetype, qsizetype>> m_spans; // per column; first < 0: absent
    std::vector<unsigned char> m_nest;
    QByteArray m_decoded;
    QByteArray m_scratch;
    // The record's data is written through a cached pointer (its capacity is reused).
    char *m_out = nullptr;
    qsizetype m_outSize = 0;
    qsizetype m_outCapacity = 0;

    // Reading stopped for good: the end, or an error (shown once the records before it are).
    bool m_finished = false;
    QString m_error;
};

const yajl_callbacks JsonSource::s_callbacks = {
    [](void *ctx) { return static_cast<JsonSource *>(ctx)->onScalar(Kind::Null, nullptr, 0); },
    [](void *ctx, int value) {
        return static_cast<JsonSource *>(ctx)->onScalar(
            value ? Kind::True : Kind::False, value ? "true" : "false", value ? 4 : 5);
    },
    nullptr,
    nullptr,
    [](void *ctx, const char *text, size_t size) {
        return static_cast<JsonSource *>(ctx)->onScalar(Kind::Number, text, qsizetype(size));
    },
    [](void *ctx, const unsigned char *text, size_t size) {
        return static_cast<JsonSource *>(ctx)->onString(text, size);
    },
    [](void *ctx) { return static_cast<JsonSource *>(ctx)->onStartContainer(Kind::Object); },
    [](void *ctx, const unsigned char *text, size_t size) {
        return static_cast<JsonSource *>(ctx)->onKey(text, size);
    },
    [](void *ctx) { return static_cast<JsonSource *>(ctx)->onEndContainer(false); },
    [](void *ctx) { return static_cast<JsonSource *>(ctx)->onStartContainer(Kind::Array); },
    [](void *ctx) { return static_cast<JsonSource *>(ctx)->onEndContainer(true); },
};

QString kindName(int kind)
{
    static const char *const names[]
        = {"an object", "an array", "a string", "a number", "true", "false", "null"};
    return QString::fromLatin1(names[kind]);
}

JsonSource::JsonSource(QIODevice *content, bool lines)
    : m_device(content)
    , m_lines(lines)
    , m_recordDepth(lines ? 1 : 2)
{
    resetParser();
}

void JsonSource::resetParser()
{
    m_parser.reset(yajl_alloc(&s_callbacks, nullptr, this));
    yajl_config(m_parser.get(), yajl_dont_validate_strings, 1);
    if (m_lines)
        yajl_config(m_parser.get(), yajl_allow_multiple_values, 1);
    m_depth = 0;
    m_valueDone = false;
    m_nest.clear();
}

// --- Input ---------------------------------------------------------------------------------

qint64 JsonSource::keepFrom() const
{
    const qint64 position = m_bufferStart + m_pos;
    if (m_recTooLong)
        return position; // a cut record keeps only its first bytes
    return std::max(pendingStart(), m_bufferStart);
}

// Where the record being read starts, or would start: a JSON Lines record starts at its line's
// start, an array element after the previous one.
qint64 JsonSource::pendingStart() const
{
    if (m_rec)
        return m_recStart;
    return m_lines ? m_lineStart : m_afterElement;
}

void JsonSource::compact()
{
    const qsizetype keep = qsizetype(keepFrom() - m_bufferStart);
    const qsizetype kept = m_end - keep;
    // Moving costs the kept bytes; it is done when it frees at least as many, else the buffer
    // grows, so a long record is moved O(1) times per doubling, not once per chunk.
    if (keep > 0 && keep >= kept && m_buffer.size() - m_end < kChunkSize) {
        const qint64 newStart = m_bufferStart + keep;
        if (m_columnBase < newStart) {
            const qsizetype from = qsizetype(std::max(m_columnBase, m_bufferStart) - m_bufferStart);
            m_columnChars += countChars(m_buffer.constData() + from, keep - from);
            m_columnBase = newStart;
        }
        std::memmove(m_buffer.data(), m_buffer.constData() + keep, size_t(kept));
        m_bufferStart = newStart;
        m_pos -= keep;
        m_end = kept;
    }
    if (m_buffer.size() - m_end < kChunkSize)
        m_buffer.resize(std::max(m_end + kChunkSize, m_buffer.size() * 2));
}

bool JsonSource::refill()
{
    if (m_eof)
        return false;
    compact();
    for (;;) {
        const qint64 n = m_device->read(m_buffer.data() + m_end, kChunkSize);
        if (n < 0) {
            m_error = m_device->errorString();
            if (m_error.isEmpty())
                m_error = QStringLiteral("read error");
            m_eof = true;
            m_finished = true;
            return false;
        }
        if (n == 0 && m_device->isSequential() && m_device->waitForReadyRead(-1))
            continue;
        m_deviceBytes += n;
        m_end += qsizetype(n);
        if (n == 0)
            m_eof = true;
        return n > 0;
    }
}

qint64 JsonSource::position() const
{
    return m_piece + qint64(yajl_get_bytes_consumed(m_parser.get()));
}

// The 1-based column of the character ending at global offset `end` (yajl reports the offset
// just past the token it stopped on).
int JsonSource::columnOf(qint64 end) const
{
    // Past the buffered bytes: the line end the end of the file stands for.
    const qint64 past = std::max<qint64>(end - (m_bufferStart + m_end), 0);
    end -= past;
    const qint64 from = std::max(m_columnBase, m_bufferStart);
    const qint64 chars = m_columnChars + past
                         + (end > from ? countChars(m_buffer.constData() + (from - m_bufferStart),
                                                    qsizetype(end - from))
                                       : 0);
    return int(std::max<qint64>(chars, 1));
}

// The column where the offending token of a syntax error starts, from the offset yajl reports.
int JsonSource::errorColumn(qint64 offset, ErrorAt at) const
{
    const auto isWord = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
               || c == '.' || c == '+' || c == '-';
    };
    const auto byteAt = [this](qint64 where) {
        return byteBefore(where + 1);
    };
    const qint64 lowest = std::max(m_lineStart, m_bufferStart);
    qint64 start = offset - 1; // the offending token's last byte, or the offending character
    switch (at) {
    case ErrorAt::Char:
        break;
    case ErrorAt::InString:
        start = offset;
        break;
    case ErrorAt::InWord:
        start = offset;
        while (start - 1 >= lowest && isWord(byteAt(start - 1)))
            --start;
        break;
    case ErrorAt::Restored:
        start = offset - 2 >= lowest && byteAt(offset - 2) == '"' ? offset - 2 : offset;
        break;
    case ErrorAt::AfterToken:
        if (byteAt(start) == '"') {
            // A string: back to its opening quote (a quote inside one follows a backslash).
            for (--start; start > lowest; --start) {
                if (byteAt(start) == '"' && byteAt(start - 1) != '\\')
                    break;
            }
        } else {
            while (start - 1 >= lowest && isWord(byteAt(start)) && isWord(byteAt(start - 1)))
                --start;
        }
        break;
    }
    return columnOf(std::max(start, lowest) + 1);
}

// Whether the line starting at buffer index lineStart starts with '{' (after blank space).
bool JsonSource::startsObject(qsizetype lineStart) const
{
    for (qsizetype i = lineStart; i < m_end; ++i) {
        if (!isJsonSpace(m_buffer.at(i)))
            return m_buffer.at(i) == '{';
    }
    return false;
}

char JsonSource::byteBefore(qint64 offset) const
{
    const qint64 index = offset - 1 - m_bufferStart;
    return index >= 0 && index < m_end ? m_buffer.at(qsizetype(index)) : ' ';
}

// Feeds the next piece: the buffered bytes up to and including the next line feed.
void JsonSource::step()
{
    if (!m_bomChecked) {
        while (m_end < 3 && refill()) {
        }
        m_bomChecked = true;
        m_pos = skipBom(QByteArrayView(m_buffer.constData(), m_end));
        m_lineStart = m_columnBase = m_pos;
        m_afterElement = m_pos;
    }
    if (m_pos == m_end && !refill()) {
        endOfInput();
        return;
    }
    const char *begin = m_buffer.constData() + m_pos;
    const auto *newline
        = static_cast<const char *>(std::memchr(begin, '\n', size_t(m_end - m_pos)));
    const qsizetype size = newline ? newline - begin + 1 : m_end - m_pos;
    // A record's bytes are kept until it ends (for `raw`), also while the rest of its line is
    // skipped after an error, so the size limit holds then too.
    const qint64 pending = m_bufferStart + m_pos - pendingStart();
    if (!m_recTooLong && pending + size - (newline ? 1 : 0) > kMaxRecordSize) {
        cutLongRecord();
        if (m_finished)
            return;
    } else if (!m_skipLine && !newline && m_end - m_pos < pending && !m_eof) {
        // yajl lexes a token cut by the end of a piece again from its start with the next
        // piece, so a record's partial line is fed once as many bytes wait as it has so far:
        // a long token then costs O(length) in all, not O(length^2 / chunk).
        refill();
        return;
    }
    if (!m_sawContent)
        m_sawContent = std::any_of(begin, begin + size, [](char c) { return !isJsonSpace(c); });
    if (m_skipLine) {
        m_pos += size;
        if (newline)
            lineEnded(m_pos - 1);
        return;
    }
    m_piece = m_bufferStart + m_pos;
    const yajl_status status
        = yajl_parse(m_parser.get(), reinterpret_cast<const unsigned char *>(begin), size_t(size));
    const qsizetype lineStart = qsizetype(m_lineStart - m_bufferStart);
    m_pos += size;
    if (status != yajl_status_ok) {
        if (!m_lines) {
            if (status == yajl_status_client_canceled)
                fail(errorColumn(m_cancelOffset, ErrorAt::AfterToken), m_cancelReason);
            else
                failOnSyntaxError();
            return;
        }
        // An object opened on an earlier line, and this line starts an object that cannot
        // continue it: the first was cut there. It is rejected alone and this line read again
        // as the start of a record.
        if (m_rec && !m_valueDone && m_eventsThisLine == 0 && m_line != m_rec->line && !m_recTooLong
            && m_lineStart >= m_bufferStart && startsObject(lineStart)) {
            setError(QStringLiteral("the object is not closed: line %1 does not continue it")
                         .arg(m_line));
            finishRecord(lineEndWithoutCr(m_lineStart - 1), m_line - 1);
            resetParser();
            m_pos = lineStart;
            m_eventsThisLine = 0;
            return;
        }
        linesSyntaxError(status == yajl_status_client_canceled);
        if (!newline) {
            m_skipLine = true;
            return;
        }
    }
    if (newline)
        lineEnded(m_pos - 1);
}

// The end of the line whose line feed is at global offset `newline`, without a CR before it.
qint64 JsonSource::lineEndWithoutCr(qint64 newline) const
{
    const qint64 index = newline - m_bufferStart;
    if (index > 0 && index <= m_end && m_buffer.at(qsizetype(index - 1)) == '\r')
        return newline - 1;
    return newline;
}

void JsonSource::lineEnded(qsizetype newline)
{
    if (m_lines)
        endLinesRecordAtLineEnd(m_bufferStart + newline);
    ++m_line;
    m_lineStart = m_columnBase = m_bufferStart + newline + 1;
    m_columnChars = 0;
    m_eventsThisLine = 0;
    m_skipLine = false;
}

void JsonSource::endOfInput()
{
    if (m_finished)
        return;
    m_finished = true;
    const qint64 end = m_bufferStart + m_end;
    if (m_lines) {
        // The end of the file ends its last line.
        if (m_lineStart < end) {
            if (!m_skipLine) {
                m_piece = end;
                const yajl_status status
                    = yajl_parse(m_parser.get(), reinterpret_cast<const unsigned char *>("\n"), 1);
                if (status != yajl_status_ok)
                    linesSyntaxError(status == yajl_status_client_canceled);
            }
            endLinesRecordAtLineEnd(end);
        }
        if (m_rec) {
            // An object still open: it runs to the end of the file.
            const bool lastLineOpen = m_lineStart < end;
            setError(QStringLiteral("the file ends before the object is closed"));
            finishRecord(lastLineOpen ? end : lineEndWithoutCr(m_lineStart - 1),
                         lastLineOpen ? m_line : m_line - 1);
        }
        return;
    }
    if (!m_sawContent || !m_error.isEmpty())
        return;
    m_piece = end;
    if (yajl_complete_parse(m_parser.get()) != yajl_status_ok) {
        const QByteArray message = yajlMessage(m_parser.get());
        if (message.contains("premature EOF"))
            fail(end > m_lineStart ? columnOf(end) + 1 : 1,
                 QStringLiteral("the file ends before the array is closed"));
        else
            failOnSyntaxError();
    }
}

void JsonSource::failOnSyntaxError()
{
    const SyntaxError error = syntaxError(yajlMessage(m_parser.get()), byteBefore(position()));
    fail(errorColumn(position(), error.at), error.reason);
}

// Stops the reading (an array's syntax error): "line L, column C: reason".
void JsonSource::fail(int column, const QString &reason)
{
    if (m_rec) {
        // The element being read is not a record: the error says where reading stopped.
        m_rec = nullptr;
        --m_number;
    }
    m_error = QStringLiteral("line %1, column %2: %3").arg(m_line).arg(column).arg(reason);
    m_finished = true;
}

// --- JSON Lines ------------------------------------------------------------------------------

void JsonSource::endLinesRecordAtLineEnd(qint64 lineEnd)
{
    if (!m_rec)
        return;
    const bool ends = m_valueDone || m_endsThisLine || !m_recIsObject || m_shape == Shape::OneLine;
    if (!ends)
        return; // an object going on on the next line
    if (!m_valueDone && !m_endsThisLine) {
        if (m_recIsObject)
            setError(QStringLiteral("the line ends before the object is closed"));
        resetParser();
    }
    finishRecord(lineEndWithoutCr(lineEnd), m_line);
    m_valueDone = false;
    m_endsThisLine = false;
}

// A yajl error (or a callback's stop) on the current line: the record so far, up to the end of
// this line, is rejected and the parser starts again on the next line.
void JsonSource::linesSyntaxError(bool cancelled)
{
    const qint64 offset = position();
    if (!m_rec)
        beginRecord(std::max(m_lineStart, m_bufferStart));
    if (m_valueDone || cancelled) {
        qint64 at = m_valueEnd;
        while (at < m_bufferStart + m_end
               && isJsonSpace(m_buffer.at(qsizetype(at - m_bufferStart))))
            ++at;
        setError(QStringLiteral("line %1, column %2: text after the object")
                     .arg(m_line)
                     .arg(columnOf(at + 1)));
    } else {
        const SyntaxError error = syntaxError(yajlMessage(m_parser.get()), byteBefore(offset));
        setError(QStringLiteral("line %1, column %2: %3")
                     .arg(m_line)
                     .arg(errorColumn(offset, error.at))
                     .arg(error.reason));
    }
    resetParser();
    m_endsThisLine = true;
}

// --- Records ---------------------------------------------------------------------------------

CsvRecord &JsonSource::acquireSlot()
{
    if (m_count == m_queue.size()) {
        std::vector<CsvRecord> grown(std::max<size_t>(16, m_queue.size() * 2));
        for (size_t i = 0; i < m_count; ++i)
            grown[i] = std::move(m_queue[(m_head + i) % m_queue.size()]);
        m_queue = std::move(grown);
        m_head = 0;
    }
    return m_queue[(m_head + m_count) % m_queue.size()];
}

void JsonSource::beginRecord(qint64 start)
{
    CsvRecord &record = acquireSlot();
    record.ends.clear();
    record.raw.resize(0);
    record.error.clear();
    record.line = record.lastLine = m_line;
    record.number = ++m_number;
    m_rec = &record;
    openOutput();
    m_recStart = start;
    m_recIsObject = false;
    m_recTooLong = false;
    m_column = -1;
    m_lastColumn = -1;
    m_inOrder = true;
    m_keysAtStart = m_keys.size();
    m_spans.assign(m_keys.size(), {-1, -1});
    m_nest.clear();
}

void JsonSource::openOutput()
{
    QByteArray &data = m_rec->data;
    // A shared array (the caller kept a copy of a record) is not reused: taking its capacity
    // would allocate that much again for every record.
    const qsizetype reusable = data.isDetached() ? data.capacity() : 0;
    data.resize(std::max<qsizetype>(reusable, 256));
    m_out = data.data();
    m_outCapacity = data.size();
    m_outSize = 0;
}

void JsonSource::growOutput(qsizetype size)
{
    QByteArray &data = m_rec->data;
    data.resize(std::max(m_outSize + size, m_outCapacity * 2));
    m_out = data.data();
    m_outCapacity = data.size();
}

void JsonSource::put(const char *bytes, qsizetype size)
{
    if (m_outSize + size > m_outCapacity)
        growOutput(size);
    std::memcpy(m_out + m_outSize, bytes, size_t(size));
    m_outSize += size;
}

void JsonSource::setError(const QString &error)
{
    if (m_rec && m_rec->error.isEmpty())
        m_rec->error = error;
}

// A record past kMaxRecordSize. yajl keeps a token that spans reads in its own buffer, so
// bounding memory means no longer feeding it the record: a JSON Lines record is rejected and the
// rest of its line skipped; an array cannot be resynchronised, so its reading stops.
void JsonSource::cutLongRecord()
{
    if (!m_lines) {
        fail(columnOf(m_bufferStart + m_pos) + 1,
             QStringLiteral("element longer than %1 bytes").arg(kMaxRecordSize));
        return;
    }
    if (!m_rec) // a line whose first value is still being lexed
        beginRecord(std::max(m_lineStart, m_bufferStart));
    const qsizetype from = qsizetype(m_recStart - m_bufferStart);
    m_rec->raw = QByteArray(m_buffer.constData() + from, std::min(kCutRawSize, m_end - from));
    m_recTooLong = true;
    setError(QStringLiteral("record longer than %1 bytes; the rest of line %2 is skipped")
                 .arg(kMaxRecordSize)
                 .arg(m_line));
    resetParser();
    m_skipLine = true;
    m_endsThisLine = true;
}

bool JsonSource::writing() const
{
    return m_column >= 0 && !m_recTooLong && m_rec->error.isEmpty();
}

void JsonSource::finishRecord(qint64 end, qint64 lastLine)
{
    CsvRecord &record = *m_rec;
    record.data.resize(m_outSize);
    if (!m_recTooLong) {
        const qint64 from = std::max(m_recStart, m_bufferStart);
        const qsizetype size = qsizetype(std::max<qint64>(end - from, 0));
        record.raw.resize(size);
        std::memcpy(record.raw.data(), m_buffer.constData() + (from - m_bufferStart), size_t(size));
    }
    record.lastLine = std::max(lastLine, record.line);
    if (record.error.isEmpty()) {
        assembleFields();
    } else {
        // A rejected record's keys are not columns; they are the last ones added.
        while (m_keys.size() > m_keysAtStart) {
            m_keyIndex.remove(m_keys.back());
            m_keys.pop_back();
        }
        record.data.resize(0);
        record.ends.clear();
        sanitizeRaw(record.raw);
    }
    ++m_count;
    ++m_completed;
    m_rec = nullptr;
}

void JsonSource::assembleFields()
{
    CsvRecord &record = *m_rec;
    const auto columns = qsizetype(m_keys.size());
    record.ends.reserve(columns);
    if (m_inOrder) {
        // Keys came as columns 0..k-1 with their values appended one after the other.
        for (qsizetype i = 0; i <= m_lastColumn; ++i)
            record.ends.append(m_spans[size_t(i)].second);
        for (qsizetype i = m_lastColumn + 1; i < columns; ++i)
            record.ends.append(record.data.size());
        return;
    }
    std::swap(m_scratch, record.data);
    record.data.resize(0);
    for (qsizetype i = 0; i < columns; ++i) {
        const auto [begin, end] = m_spans[size_t(i)];
        if (begin >= 0)
            record.data.append(m_scratch.constData() + begin, end - begin);
        record.ends.append(record.data.size());
    }
}

// --- Parse events ----------------------------------------------------------------------------

// A value at the level of records: a JSON Lines line's value or an array's element.
int JsonSource::element(Kind kind)
{
    if (m_lines) {
        if (m_valueDone) // a second value on the line
            return 0;
        beginRecord(std::max(m_lineStart, m_bufferStart));
    } else {
        // The element starts after the previous one's end, its comma and blank space.
        qint64 start = std::max(m_afterElement, m_bufferStart);
        const qint64 limit = m_bufferStart + m_end;
        while (start < limit) {
            const char c = m_buffer.at(qsizetype(start - m_bufferStart));
            if (!isJsonSpace(c) && c != ',')
                break;
            ++start;
        }
        beginRecord(start);
    }
    if (kind == Kind::Object)
        m_recIsObject = true;
    else
        setError(QStringLiteral("expected an object, found ") + kindName(int(kind)));
    return 1;
}

// Called when a record-level value has ended at global offset end.
void JsonSource::valueEnded(qint64 end)
{
    if (m_lines) {
        m_valueDone = true;
        m_valueEnd = end;
        if (m_shape == Shape::Unknown && m_recIsObject)
            m_shape = m_line == m_rec->line ? Shape::OneLine : Shape::MultiLine;
    } else {
        finishRecord(end, m_line);
        m_afterElement = end;
    }
}

void JsonSource::beforeNestedValue()
{
    unsigned char &top = m_nest.back();
    if (top & kArray) {
        if (top & kHasItems)
            put(",", 1);
        top |= kHasItems;
    }
}

void JsonSource::scalar(Kind kind, const char *text, qsizetype size)
{
    if (m_depth == m_recordDepth) {
        auto &span = m_spans[size_t(m_column)];
        span.first = m_outSize;
        if (kind != Kind::Null)
            put(text, size);
        span.second = m_outSize;
        return;
    }
    beforeNestedValue();
    switch (kind) {
    case Kind::String:
        json::writeString(std::string_view(text, size_t(size)),
                          [this](const char *bytes, std::size_t n) { put(bytes, qsizetype(n)); });
        break;
    case Kind::Null:
        put("null", 4);
        break;
    default:
        put(text, size);
    }
}

int JsonSource::onScalar(Kind kind, const char *text, qsizetype size)
{
    ++m_eventsThisLine;
    if (m_depth == 0 && !m_lines) {
        m_cancelReason
            = QStringLiteral("expected an array of objects, found ") + kindName(int(kind));
        m_cancelOffset = position();
        return 0;
    }
    if (m_depth == m_recordDepth - 1) {
        if (!element(kind))
            return 0;
        valueEnded(position());
        return 1;
    }
    if (m_rec && m_recIsObject && writing())
        scalar(kind, text, size);
    return 1;
}

// The bytes of the string yajl just lexed. yajl's own decoding is used when the string has no
// escape; otherwise its source text (still in the buffer: it is part of the record being read)
// is decoded here. Empty view on a record error (invalid UTF-8).
QByteArrayView JsonSource::stringValue(const unsigned char *text, size_t size, bool *hasNul)
{
    QByteArrayView value(reinterpret_cast<const char *>(text), qsizetype(size));
    *hasNul = false;
    // yajl hands out a string without escapes where it lies in the text it was given (its own
    // buffer when the string spans pieces), and one with escapes from its decoding buffer. A
    // raw string cannot hold a NUL byte (yajl refuses control characters in strings).
    const char *buffer = m_buffer.constData();
    if (value.data() >= buffer && value.data() < buffer + m_end) {
        if (isValidUtf8(value.data(), value.size()))
            return value;
        setError(QStringLiteral("bytes invalid in UTF-8 in a string at line %1").arg(m_line));
        return {};
    }
    const qint64 end = position() - m_bufferStart; // just past the closing quote
    const qint64 quote = end - qint64(size) - 2;   // the opening quote, if nothing was escaped
    // Decoding only shortens a string, and a '"' inside one always follows a backslash, so an
    // unescaped '"' where the opening quote would be means the text had no escape.
    const bool plain
        = quote >= 0 && buffer[quote] == '"' && (quote == 0 || buffer[quote - 1] != '\\');
    if (!plain) {
        qint64 open = end - 2;
        qint64 lowest = std::max<qint64>(m_recStart - m_bufferStart, 0);
        for (; open >= lowest; --open) {
            if (buffer[open] != '"')
                continue;
            qint64 backslashes = 0;
            while (open - 1 - backslashes >= lowest && buffer[open - 1 - backslashes] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                break;
        }
        if (open >= lowest) {
            decodeString(buffer + open + 1, buffer + end - 1, m_decoded);
            value = QByteArrayView(m_decoded);
            *hasNul = value.contains('\0');
        }
    }
    if (!isValidUtf8(value.data(), value.size())) {
        setError(QStringLiteral("bytes invalid in UTF-8 in a string at line %1").arg(m_line));
        return {};
    }
    return value;
}

int JsonSource::onString(const unsigned char *text, size_t size)
{
    if (m_depth == m_recordDepth - 1 || !m_rec || !m_recIsObject || !writing())
        return onScalar(Kind::String, nullptr, 0);
    ++m_eventsThisLine;
    bool hasNul = false;
    const QByteArrayView value = stringValue(text, size, &hasNul);
    if (!writing())
        return 1;
    if (m_depth == m_recordDepth && hasNul) {
        setError(QStringLiteral("NUL character (\\u0000) in the value of '%1'")
                     .arg(quoteKey(m_keys[size_t(m_column)])));
        return 1;
    }
    scalar(Kind::String, value.data(), value.size());
    return 1;
}

int JsonSource::onStartContainer(Kind kind)
{
    ++m_eventsThisLine;
    if (m_depth == 0 && !m_lines) {
        if (kind != Kind::Array || m_topSeen) {
            m_cancelReason
                = QStringLiteral("expected an array of objects, found ") + kindName(int(kind));
            m_cancelOffset = position();
            return 0;
        }
        m_topSeen = true;
        m_afterElement = position();
    } else if (m_depth == m_recordDepth - 1) {
        if (!element(kind))
            return 0;
    } else if (m_rec && m_recIsObject && writing()) {
        if (m_depth == m_recordDepth)
            m_spans[size_t(m_column)].first = m_outSize;
        else
            beforeNestedValue();
        put(kind == Kind::Array ? "[" : "{", 1);
        m_nest.push_back(kind == Kind::Array ? kArray : 0);
    }
    ++m_depth;
    return 1;
}

int JsonSource::onEndContainer(bool array)
{
    ++m_eventsThisLine;
    --m_depth;
    if (m_depth == m_recordDepth - 1) {
        if (m_rec)
            valueEnded(position());
    } else if (m_depth >= m_recordDepth && m_rec && m_recIsObject && writing()) {
        put(array ? "]" : "}", 1);
        m_nest.pop_back();
        if (m_depth == m_recordDepth)
            m_spans[size_t(m_column)].second = m_outSize;
    }
    return 1;
}

int JsonSource::onKey(const unsigned char *text, size_t size)
{
    ++m_eventsThisLine;
    if (!m_rec || !m_recIsObject || m_recTooLong || !m_rec->error.isEmpty())
        return 1;
    if (m_depth > m_recordDepth) {
        if (!writing())
            return 1;
        bool hasNul = false;
        const QByteArrayView key = stringValue(text, size, &hasNul);
        if (!writing())
            return 1;
        unsigned char &top = m_nest.back();
        if (top & kHasItems)
            put(",", 1);
        top |= kHasItems;
        json::writeString(std::string_view(key.data(), size_t(key.size())),
                          [this](const char *bytes, std::size_t n) { put(bytes, qsizetype(n)); });
        put(":", 1);
        return 1;
    }
    bool hasNul = false;
    const QByteArrayView key = stringValue(text, size, &hasNul);
    if (!m_rec->error.isEmpty())
        return 1;
    m_column = -1;
    if (hasNul) {
        setError(QStringLiteral("NUL character (\\u0000) in a key"));
        return 1;
    }
    // Keys usually come in the same order in every record: try the next column first.
    int column = m_lastColumn + 1;
    if (size_t(column) >= m_keys.size() || m_keys[size_t(column)] != key) {
        column = m_keyIndex.value(QByteArray::fromRawData(key.data(), key.size()), -1);
        if (column < 0) {
            if (m_rec->number > jsonHeaderSample) {
                setError(QStringLiteral("key '%1' is not in the header (the header is the keys "
                                        "of the first %2 records)")
                             .arg(quoteKey(key))
                             .arg(jsonHeaderSample));
                return 1;
            }
            column = int(m_keys.size());
            m_keys.emplace_back(key.data(), key.size());
            m_keyIndex.insert(m_keys.back(), column);
            m_spans.emplace_back(-1, -1);
        }
    }
    if (m_spans[size_t(column)].first >= 0) {
        setError(QStringLiteral("duplicate key '%1'").arg(quoteKey(key)));
        return 1;
    }
    if (column != m_lastColumn + 1)
        m_inOrder = false;
    m_lastColumn = column;
    m_column = column;
    return 1;
}

// --- RecordSource ----------------------------------------------------------------------------

void JsonSource::ensureHeader()
{
    while (!m_headerDone) {
        if (m_finished || m_completed >= jsonHeaderSample) {
            m_headerRecords = std::min<qint64>(m_completed, jsonHeaderSample);
            m_header.reserve(qsizetype(m_keys.size()));
            for (const QByteArray &key : m_keys)
                m_header.append(QString::fromUtf8(key));
            m_headerDone = true;
        } else {
            step();
        }
    }
}

QStringList JsonSource::rawHeader()
{
    ensureHeader();
    return m_header;
}

bool JsonSource::next(CsvRecord &record)
{
    ensureHeader();
    while (m_count == 0 && !m_finished)
        step();
    if (m_count == 0)
        return false;
    CsvRecord &front = m_queue[m_head];
    // Records of the read-ahead window may predate keys first seen after them.
    if (front.error.isEmpty()) {
        while (front.ends.size() < m_header.size())
            front.ends.append(front.data.size());
    }
    std::swap(record, front); // the caller's old buffers come back for reuse
    m_head = (m_head + 1) % m_queue.size();
    --m_count;
    return true;
}

QString JsonSource::errorString() const
{
    return m_count == 0 ? m_error : QString();
}

QString JsonSource::headerError() const
{
    if (!m_headerDone || !m_header.isEmpty() || !m_error.isEmpty() || m_headerRecords == 0)
        return {};
    return QStringLiteral("no columns: none of the first %1 records is an object with a key")
        .arg(m_headerRecords);
}

qint64 JsonSource::bytesRead() const
{
    return m_deviceBytes;
}

QString JsonSource::location(qint64 line, int column) const
{
    if (column > 0)
        return QStringLiteral("%1:%2").arg(line).arg(column);
    return QString::number(line);
}

} // namespace

std::unique_ptr<RecordSource> openJsonSource(QIODevice *content, bool lines)
{
    return std::make_unique<JsonSource>(content, lines);
}

} // namespace stevedore
