// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "csv/csvreader.h"

#include "text/utf8.h"

#include <QIODevice>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

// Reading rules (docs/csv-rules.md is the user-facing version):
// - The parser works on bytes: delimiter, quote, CR and LF are ASCII, so scanning UTF-8 or
//   Windows-1252 bytes is exact. UTF-16 and UTF-32 input is transcoded to UTF-8 chunk by chunk
//   first.
// - A record is parsed from the start of the buffer each time; if the buffer ends before the
//   record does, more input is read and the record is parsed again. Reads grow with the record
//   once it passes kLongRecord, so re-parsing stays linear, and the whole record stays in the
//   buffer, which gives `raw` for free and lets an unterminated quote resynchronise.
// - The buffer always holds a '\n' sentinel after the data, so the scanning loops need no bound
//   check: '\n' stops both the unquoted and the quoted scans. kPadding zero bytes follow it so
//   that a 16-byte block load starting before the sentinel stays inside the allocation.

namespace stevedore {

QByteArrayView CsvRecord::field(int i) const
{
    const qsizetype begin = i == 0 ? 0 : ends.at(i - 1);
    return QByteArrayView(data.constData() + begin, ends.at(i) - begin);
}

QStringList CsvRecord::fields() const
{
    QStringList result;
    result.reserve(fieldCount());
    for (int i = 0; i < fieldCount(); ++i)
        result.append(fieldString(i));
    return result;
}

QStringList uniqueHeader(const QStringList &raw)
{
    // Names written in the file are reserved first, so a column really called "a_2" keeps its
    // name and a second "a" becomes "a_3" instead of colliding with it.
    QSet<QString> taken;
    for (const QString &name : raw) {
        if (!name.isEmpty())
            taken.insert(name.toCaseFolded());
    }
    QSet<QString> used;
    QStringList result;
    result.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const bool generated = raw.at(i).isEmpty();
        const QString base = generated ? QStringLiteral("column_%1").arg(i + 1) : raw.at(i);
        QString name = base;
        const bool clash = used.contains(name.toCaseFolded())
                           || (generated && taken.contains(name.toCaseFolded()));
        if (clash) {
            for (int n = 2;; ++n) {
                name = QStringLiteral("%1_%2").arg(base).arg(n);
                const QString key = name.toCaseFolded();
                if (!used.contains(key) && !taken.contains(key))
                    break;
            }
        }
        used.insert(name.toCaseFolded());
        result.append(name);
    }
    return result;
}

namespace {

constexpr qsizetype kDefaultChunkSize = 256 * 1024;
constexpr qsizetype kDefaultMaxRecordSize = 64 * 1024 * 1024;
// Records longer than this make the next read as large as the record, so a record parsed
// again after each read costs O(length) in total, not O(length^2 / chunk).
constexpr qsizetype kLongRecord = 1024 * 1024;
constexpr qsizetype kPadding = 16;
// The raw text kept for a record cut at the size limit: enough to find it in the file, while
// a reject holding the whole cut record would store up to the limit in the database.
constexpr qsizetype kCutRawSize = 64 * 1024;

// Windows-1252 0x80..0x9F; the five undefined bytes map to the C1 control of the same value,
// as the WHATWG encoding standard does, so no byte is invalid in this encoding.
constexpr std::array<char16_t, 32> kCp1252High
    = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Writes the UTF-8 form of c (< 0x110000, surrogates allowed) to out; returns the length.
int encodeUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

char32_t cp1252ToUnicode(uchar b)
{
    return b >= 0x80 && b < 0xA0 ? char32_t(kCp1252High[b - 0x80]) : char32_t(b);
}

// First byte in [p, end) that is NUL or >= 0x80, or end. Eight bytes at a time: ASCII text
// without NUL is the common case and only needs this pass.
const uchar *findNulOrHigh(const uchar *p, const uchar *end)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        if (((word | ((word - kOnes) & ~word)) & kHighs) != 0)
            break;
        p += 8;
    }
    while (p < end && *p != 0 && *p < 0x80)
        ++p;
    return p;
}

// Finds the first byte that ends a run of plain field text: one of three ASCII bytes, or any
// byte >= 0x80 when those need transcoding. Relies on the sentinel to stop.
class StopScanner
{
public:
    StopScanner(uchar a, uchar b, uchar c, bool highStops)
        : m_highStops(highStops)
    {
        m_table[a] = m_table[b] = m_table[c] = 1;
        if (highStops)
            std::fill(m_table.begin() + 0x80, m_table.end(), uchar(1));
#ifdef __SSE2__
        m_a = _mm_set1_epi8(char(a));
        m_b = _mm_set1_epi8(char(b));
        m_c = _mm_set1_epi8(char(c));
#endif
    }

    const uchar *find(const uchar *p) const
    {
#ifdef __SSE2__
        for (;;) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i hits
                = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, m_a), _mm_cmpeq_epi8(v, m_b)),
                               _mm_cmpeq_epi8(v, m_c));
            int mask = _mm_movemask_epi8(hits);
            if (m_highStops)
                mask |= _mm_movemask_epi8(v);
            if (mask != 0)
                return p + __builtin_ctz(unsigned(mask));
            p += 16;
        }
#else
        while (!m_table[*p])
            ++p;
        return p;
#endif
    }

private:
    std::array<uchar, 256> m_table{};
    bool m_highStops;
#ifdef __SSE2__
    __m128i m_a;
    __m128i m_b;
    __m128i m_c;
#endif
};

// Appends to a QByteArray through a cached pointer; the array's capacity is reused between
// records, so a record allocates nothing once the buffers have grown.
class Sink
{
public:
    explicit Sink(QByteArray &target)
        : m_target(target)
    {
        // A shared array (the caller kept a copy of the last record) is not reused: taking
        // its capacity would allocate that much again on every record.
        const qsizetype reusable = m_target.isDetached() ? m_target.capacity() : 0;
        m_target.resize(std::max<qsizetype>(reusable, 256));
        m_data = m_target.data();
        m_capacity = m_target.size();
    }
    ~Sink() { finish(); } // leaves a consistent size even when the record is parsed again
    Sink(const Sink &) = delete;
    Sink &operator=(const Sink &) = delete;

    void append(const uchar *s, qsizetype n)
    {
        if (m_size + n > m_capacity)
            grow(n);
        std::memcpy(m_data + m_size, s, size_t(n));
        m_size += n;
    }
    void put(uchar c)
    {
        if (m_size == m_capacity)
            grow(1);
        m_data[m_size++] = char(c);
    }
    void putUnicode(char32_t c)
    {
        if (m_size + 4 > m_capacity)
            grow(4);
        m_size += encodeUtf8(c, m_data + m_size);
    }
    void putEscaped(uchar c)
    {
        static constexpr char kHex[] = "0123456789ABCDEF";
        const uchar text[4] = {'\\', 'x', uchar(kHex[c >> 4]), uchar(kHex[c & 15])};
        append(text, 4);
    }
    qsizetype size() const { return m_size; }
    void truncate(qsizetype size) { m_size = size; }
    void finish() { m_target.resize(m_size); }

private:
    void grow(qsizetype n)
    {
        m_target.resize(std::max(m_size + n, m_capacity * 2));
        m_data = m_target.data();
        m_capacity = m_target.size();
    }

    QByteArray &m_target;
    char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

// Source bytes per code unit: 2 for UTF-16, 4 for UTF-32, 1 for UTF-8 and Windows-1252.
int unitSize(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return 2;
    case TextEncoding::Utf32LE:
    case TextEncoding::Utf32BE:
        return 4;
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
    case TextEncoding::Windows1252:
        break;
    }
    return 1;
}

void appendError(QString &error, const QString &text)
{
    if (!error.isEmpty())
        error += QLatin1String("; ");
    error += text;
}

} // namespace

class CsvReader::Private
{
public:
    enum class Step { Record, NeedMore, End };
    // Whether more input can follow the buffer: No; Eof; Cap = the record reached the size
    // limit, so it is cut here although the input goes on.
    enum class Final { No, Eof, Cap };

    Private(QIODevice *device, const Dialect &dialect);

    bool readRecord(CsvRecord &record);
    bool readDataRecord(CsvRecord &record);
    void ensureHeader();
    qint64 bytesRead() const;

    Step parse(CsvRecord &record, Final final);
    void finishRaw(CsvRecord &record, const uchar *begin, const uchar *end, QString &error) const;
    bool skipRestOfLine();
    bool refill();
    void compact();
    void terminate();
    void reserve(qsizetype size);
    void transcode(const uchar *p, qsizetype n, bool flush);
    void putUnit(const uchar *p);
    void putUtf16Unit(char16_t unit);
    void putUtf32Unit(char32_t unit);
    void putBytes(const char *p, int n);

    QIODevice *m_device;
    Dialect m_dialect;
    int m_unitSize = 1; // source bytes per code unit: 2 for UTF-16, 4 for UTF-32
    bool m_bigEndian = false;
    bool m_cp1252 = false;
    bool m_quoting = true;
    StopScanner m_unquotedStops;
    StopScanner m_quotedStops;
    qsizetype m_chunkSize = kDefaultChunkSize;
    qsizetype m_maxRecordSize = kDefaultMaxRecordSize;

    // Input decoded to bytes the parser reads: m_buffer[m_pos, m_end), then a '\n' sentinel.
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    QByteArray m_source; // UTF-16 or UTF-32 source chunk
    qint64 m_deviceBytes = 0;
    bool m_eof = false;
    bool m_bomChecked = false;
    QString m_error;
    QString m_headerError;

    // UTF-16 and UTF-32 decoding state carried across chunks.
    std::array<uchar, 4> m_partial{}; // the bytes of a code unit that a chunk cut
    int m_partialSize = 0;
    char16_t m_highSurrogate = 0;
    bool m_firstUnit = true;

    qint64 m_line = 1;
    qint64 m_number = 0;
    qsizetype m_columns = 0; // from the header, or the first record without one
    bool m_skipLine = false; // discard up to the next line end (after a record cut at the limit)

    bool m_headerDone = false;
    QStringList m_rawHeader;
    bool m_hasPeeked = false;
    CsvRecord m_peeked;
};

CsvReader::Private::Private(QIODevice *device, const Dialect &dialect)
    : m_device(device)
    , m_dialect(dialect)
    , m_unitSize(unitSize(dialect.encoding))
    , m_bigEndian(dialect.encoding == TextEncoding::Utf16BE
                  || dialect.encoding == TextEncoding::Utf32BE)
    , m_cp1252(dialect.encoding == TextEncoding::Windows1252)
    , m_quoting(dialect.quote != '\0')
    , m_unquotedStops('\r', '\n', uchar(dialect.delimiter), m_cp1252)
    , m_quotedStops('\r', '\n', m_quoting ? uchar(dialect.quote) : uchar('\n'), m_cp1252)
{
    m_buffer.resize(1 + kPadding);
    terminate();
}

// Parses one record at m_pos. On Step::Record, m_pos and m_line move past it; on NeedMore
// nothing changes except that blank lines before the record may have been consumed.
//
// The one function over 80 lines on purpose: it is the import's hot loop, a state machine whose
// cursor, field start and state stay in registers across every byte. Split into calls, that
// state would go through memory at each call: keep it whole unless `stevedore bench --compare`
// shows a split costs nothing.
CsvReader::Private::Step CsvReader::Private::parse(CsvRecord &record, Final final)
{
    const auto *const base = reinterpret_cast<const uchar *>(m_buffer.constData());
    const uchar *const end = base + m_end;
    const uchar *p = base + m_pos;
    const bool more = final == Final::No;

    // An empty physical line between records is skipped, unless the file has one column,
    // where it is a record holding one empty value.
    while (p < end && (*p == '\n' || *p == '\r') && m_columns != 1) {
        if (*p == '\r' && p + 1 == end && more)
            return Step::NeedMore;
        p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
        ++m_line;
        m_pos = p - base;
    }
    if (p == end)
        return more ? Step::NeedMore : Step::End;

    const uchar *const begin = p;
    const uchar delimiter = uchar(m_dialect.delimiter);
    const uchar quote = uchar(m_dialect.quote);
    Sink out(record.data);
    record.ends.clear();
    QString error;
    qint64 lines = 0;          // line ends consumed inside the record so far
    bool closedQuote = false;  // at textStop: p is just after a quoted field's closing quote
    bool terminated = false;   // the record ended with a line end (not at end of input)
    const uchar *rawEnd = end; // end of the record's text without its line end
    const uchar *next = end;   // where the next record starts
    // Recovery point for an unterminated quoted field: the first line end after its opening.
    qint64 openLine = 0;
    const uchar *resyncAt = nullptr;
    const uchar *resyncNext = nullptr;
    qsizetype resyncSize = 0;
    qsizetype resyncFields = 0;
    qint64 resyncLines = 0;

fieldStart:
    if (p == end) {
        if (more)
            return Step::NeedMore;
        goto endOfInput;
    }
    if (m_quoting && *p == quote)
        goto quoted;

unquoted : {
    const uchar *s = p;
    p = m_unquotedStops.find(p);
    out.append(s, p - s);
}
// Where a run of field text stopped (and where a closing quote leads): the end of the input,
// the field's end, or, for other text, on with the field as unquoted text.
textStop:
    if (p == end) {
        if (more)
            return Step::NeedMore;
        goto endOfInput;
    }
    if (*p == delimiter) {
        record.ends.append(out.size());
        ++p;
        closedQuote = false;
        goto fieldStart;
    }
    if (*p == '\n' || *p == '\r')
        goto lineEnd;
    if (closedQuote) {
        // RFC 4180 allows only a delimiter or a line end after a closing quote. The text is
        // kept, but the record is flagged: it usually means the quotes are unbalanced above.
        closedQuote = false;
        if (error.isEmpty()) {
            error = QStringLiteral("unexpected text after a closing quote at line %1")
                        .arg(m_line + lines);
        }
        goto unquoted;
    }
    out.putUnicode(cp1252ToUnicode(*p++)); // a Windows-1252 byte >= 0x80
    goto unquoted;

quoted:
    openLine = lines;
    resyncAt = nullptr;
    ++p;
quotedRun : {
    const uchar *s = p;
    p = m_quotedStops.find(p);
    out.append(s, p - s);
    if (p == end) {
        if (more)
            return Step::NeedMore;
        goto unterminated;
    }
    if (*p == quote) {
        if (p + 1 == end && more)
            return Step::NeedMore;
        if (p + 1 < end && p[1] == quote) {
            out.put(quote);
            p += 2;
            goto quotedRun;
        }
        ++p;
        closedQuote = true;
        goto textStop;
    }
    if (*p == '\n' || *p == '\r') {
        if (*p == '\r' && p + 1 == end && more)
            return Step::NeedMore;
        const qsizetype n = (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
        if (!resyncAt) {
            resyncAt = p;
            resyncNext = p + n;
            resyncSize = out.size();
            resyncFields = record.ends.size();
            resyncLines = lines;
        }
        out.append(p, n);
        p += n;
        ++lines;
        goto quotedRun;
    }
    out.putUnicode(cp1252ToUnicode(*p++));
    goto quotedRun;
}

unterminated:
    if (final == Final::Cap) {
        appendError(error,
                    QStringLiteral("quoted field starting at line %1 not closed within %2 bytes")
                        .arg(m_line + openLine)
                        .arg(m_maxRecordSize));
    } else {
        appendError(
            error,
            QStringLiteral("unterminated quoted field starting at line %1").arg(m_line + openLine));
    }
    if (resyncAt) {
        // Keep the record up to the end of the line where the quote opened; the following
        // lines are read again as records.
        out.truncate(resyncSize);
        record.ends.resize(resyncFields);
        record.ends.append(out.size());
        rawEnd = resyncAt;
        next = resyncNext;
        lines = resyncLines;
        terminated = true;
        goto finished;
    }
    record.ends.append(out.size());
    if (final == Final::Cap) {
        appendError(error, QStringLiteral("the rest of line %1 is skipped").arg(m_line + lines));
        m_skipLine = true;
    }
    goto finished;

endOfInput:
    record.ends.append(out.size());
    if (final == Final::Cap) {
        appendError(error,
                    QStringLiteral("record longer than %1 bytes; the rest of line %2 is skipped")
                        .arg(m_maxRecordSize)
                        .arg(m_line + lines));
        m_skipLine = true;
    }
    goto finished;

lineEnd:
    record.ends.append(out.size());
    rawEnd = p;
    if (*p == '\r') {
        if (p + 1 == end && more)
            return Step::NeedMore;
        next = p + ((p + 1 < end && p[1] == '\n') ? 2 : 1);
    } else {
        next = p + 1;
    }
    terminated = true;

finished:
    out.finish();
    record.line = m_line;
    record.lastLine = m_line + lines;
    m_line = record.lastLine + (terminated ? 1 : 0);
    m_pos = next - base;
    finishRaw(record, begin, rawEnd, error);
    record.error = error;
    return Step::Record;
}

// Fills record.raw from the record's text and reports NUL bytes and invalid bytes.
void CsvReader::Private::finishRaw(CsvRecord &record,
                                   const uchar *begin,
                                   const uchar *end,
                                   QString &error) const
{
    if (m_skipLine && end - begin > kCutRawSize) {
        // A record cut at the size limit keeps the start of its text, ending on a character
        // boundary so that the cut adds no invalid bytes of its own.
        end = begin + kCutRawSize;
        if (!m_cp1252) {
            while (end > begin && (*end & 0xC0) == 0x80)
                --end;
        }
    }
    const uchar *first = findNulOrHigh(begin, end);
    if (first == end) {
        record.raw.resize(end - begin);
        std::memcpy(record.raw.data(), begin, size_t(end - begin));
        return;
    }
    Sink raw(record.raw);
    raw.append(begin, first - begin);
    const uchar *nul = nullptr;
    const uchar *invalid = nullptr;
    for (const uchar *p = first; p < end;) {
        if (*p == 0) {
            nul = nul ? nul : p;
            raw.putEscaped(0);
            ++p;
        } else if (m_cp1252) {
            raw.putUnicode(cp1252ToUnicode(*p++));
        } else if (const int n = utf8::sequenceLength(p, end); n > 0) {
            raw.append(p, n);
            p += n;
        } else {
            invalid = invalid ? invalid : p;
            raw.putEscaped(*p++);
        }
        const uchar *run = findNulOrHigh(p, end);
        raw.append(p, run - p);
        p = run;
    }
    raw.finish();

    // Line and column (1-based, in characters) of a position inside the record.
    const auto locate = [&](const uchar *at) {
        qint64 line = record.line;
        qint64 column = 1;
        for (const uchar *p = begin; p < at; ++p) {
            if (*p == '\n' || (*p == '\r' && p[1] != '\n')) {
                ++line;
                column = 1;
            } else if (m_cp1252 || (*p & 0xC0) != 0x80) {
                ++column;
            }
        }
        return QStringLiteral("line %1, column %2").arg(line).arg(column);
    };
    if (nul)
        appendError(error, QStringLiteral("NUL byte at %1").arg(locate(nul)));
    if (invalid) {
        appendError(error,
                    QStringLiteral("bytes invalid in %1 at %2")
                        .arg(m_unitSize == 4   ? QStringLiteral("UTF-32")
                             : m_unitSize == 2 ? QStringLiteral("UTF-16")
                                               : QStringLiteral("UTF-8"),
                             locate(invalid)));
    }
}

// Discards input up to and including the next line end. False when more input is needed.
bool CsvReader::Private::skipRestOfLine()
{
    const char *base = m_buffer.constData();
    const char *p = base + m_pos;
    const char *end = base + m_end;
    while (p < end && *p != '\n' && *p != '\r')
        ++p;
    if (p == end) {
        m_pos = m_end;
        m_skipLine = !m_eof;
        return m_eof;
    }
    if (*p == '\r' && p + 1 == end && !m_eof) {
        m_pos = p - base;
        return false;
    }
    p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
    m_pos = p - base;
    ++m_line;
    m_skipLine = false;
    return true;
}

void CsvReader::Private::compact()
{
    if (m_pos == 0)
        return;
    char *data = m_buffer.data();
    std::memmove(data, data + m_pos, size_t(m_end - m_pos));
    m_end -= m_pos;
    m_pos = 0;
    terminate();
}

void CsvReader::Private::terminate()
{
    char *data = m_buffer.data();
    data[m_end] = '\n';
    std::memset(data + m_end + 1, 0, kPadding);
}

// Makes room for size bytes of data, the sentinel and the padding.
void CsvReader::Private::reserve(qsizetype size)
{
    size += 1 + kPadding;
    if (m_buffer.size() < size)
        m_buffer.resize(std::max(size, m_buffer.size() * 2));
}

void CsvReader::Private::putBytes(const char *p, int n)
{
    std::memcpy(m_buffer.data() + m_end, p, size_t(n));
    m_end += n;
}

void CsvReader::Private::putUnit(const uchar *p)
{
    if (m_unitSize == 2) {
        putUtf16Unit(m_bigEndian ? char16_t(p[0] << 8 | p[1]) : char16_t(p[1] << 8 | p[0]));
        return;
    }
    putUtf32Unit(
        m_bigEndian
            ? char32_t(p[0]) << 24 | char32_t(p[1]) << 16 | char32_t(p[2]) << 8 | char32_t(p[3])
            : char32_t(p[3]) << 24 | char32_t(p[2]) << 16 | char32_t(p[1]) << 8 | char32_t(p[0]));
}

void CsvReader::Private::putUtf16Unit(char16_t unit)
{
    char bytes[4];
    if (m_firstUnit) {
        m_firstUnit = false;
        if (unit == 0xFEFF)
            return; // byte order mark
    }
    if (m_highSurrogate) {
        const char16_t high = m_highSurrogate;
        m_highSurrogate = 0;
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            const char32_t c = 0x10000 + ((char32_t(high) - 0xD800) << 10) + (unit - 0xDC00);
            putBytes(bytes, encodeUtf8(c, bytes));
            return;
        }
        // A lone surrogate is written in its 3-byte form, which is invalid UTF-8, so the
        // record that holds it is flagged like any other invalid byte sequence.
        putBytes(bytes, encodeUtf8(high, bytes));
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        m_highSurrogate = unit;
        return;
    }
    putBytes(bytes, encodeUtf8(unit, bytes));
}

void CsvReader::Private::putUtf32Unit(char32_t unit)
{
    if (m_firstUnit) {
        m_firstUnit = false;
        if (unit == 0xFEFF)
            return; // byte order mark
    }
    if (unit > 0x10FFFF) {
        putBytes("\xFF", 1); // never valid UTF-8, so the record is flagged
        return;
    }
    // A surrogate gets its 3-byte form, invalid UTF-8, and is flagged the same way.
    char bytes[4];
    putBytes(bytes, encodeUtf8(unit, bytes));
}

void CsvReader::Private::transcode(const uchar *p, qsizetype n, bool flush)
{
    // Each 2 source bytes give at most 3 bytes (UTF-32: 4 give at most 4), plus a pending
    // surrogate or cut unit and the sentinel.
    reserve(m_end + (n / 2 + 2) * 3 + 8);
    const uchar *end = p + n;
    if (m_partialSize > 0) {
        while (m_partialSize < m_unitSize && p < end)
            m_partial[m_partialSize++] = *p++;
        if (m_partialSize == m_unitSize) {
            putUnit(m_partial.data());
            m_partialSize = 0;
        }
    }
    for (; end - p >= m_unitSize; p += m_unitSize)
        putUnit(p);
    while (p < end)
        m_partial[m_partialSize++] = *p++;
    if (flush) {
        char bytes[4];
        if (m_highSurrogate) {
            putBytes(bytes, encodeUtf8(m_highSurrogate, bytes));
            m_highSurrogate = 0;
        }
        if (m_partialSize > 0) {
            // A cut final unit cannot be decoded; 0xFF is never valid UTF-8, so it is flagged.
            putBytes("\xFF", 1);
            m_partialSize = 0;
        }
    }
    terminate();
}

// Reads the next chunk behind m_end. False when nothing more will come (end or I/O error).
bool CsvReader::Private::refill()
{
    if (m_eof)
        return false;
    compact();
    qsizetype want = m_chunkSize;
    if (m_end >= kLongRecord)
        want = std::max(want, m_end);
    // A record is cut once the buffer holds the size limit: reading far past it would only
    // make the buffer, and the cut record, up to twice as large.
    want = std::min(want, std::max(m_chunkSize, m_maxRecordSize - m_end));
    // A small file or the tail of one needs no full chunk (detection reads many small samples).
    if (!m_device->isSequential())
        want = std::min<qsizetype>(want, std::max<qint64>(m_device->bytesAvailable(), 1));
    for (;;) {
        qint64 n = 0;
        if (m_unitSize > 1) {
            m_source.resize(want);
            n = m_device->read(m_source.data(), want);
        } else {
            reserve(m_end + want);
            n = m_device->read(m_buffer.data() + m_end, want);
        }
        if (n < 0) {
            m_error = m_device->errorString();
            if (m_error.isEmpty())
                m_error = QStringLiteral("read error");
            m_eof = true;
            return false;
        }
        if (n == 0 && m_device->isSequential() && m_device->waitForReadyRead(-1))
            continue;
        m_deviceBytes += n;
        if (m_unitSize > 1) {
            transcode(reinterpret_cast<const uchar *>(m_source.constData()), n, n == 0);
        } else {
            m_end += n;
            terminate();
        }
        if (n == 0)
            m_eof = true;
        return n > 0;
    }
}

bool CsvReader::Private::readRecord(CsvRecord &record)
{
    for (;;) {
        if (!m_error.isEmpty() || !m_headerError.isEmpty())
            return false;
        if (!m_bomChecked && m_unitSize == 1) {
            if (m_end - m_pos < 3 && !m_eof) {
                refill();
                continue;
            }
            m_bomChecked = true;
            if (!m_cp1252 && m_end - m_pos >= 3
                && std::memcmp(m_buffer.constData() + m_pos, "\xEF\xBB\xBF", 3) == 0) {
                m_pos += 3;
            }
        }
        if (m_skipLine && !skipRestOfLine()) {
            refill();
            continue;
        }
        const Step step = parse(record, m_eof ? Final::Eof : Final::No);
        if (step == Step::Record)
            return true;
        if (step == Step::End)
            return false;
        // Too long to wait for its end: cut it (End only when blank lines filled the buffer).
        if (m_end - m_pos >= m_maxRecordSize && parse(record, Final::Cap) == Step::Record)
            return true;
        refill();
    }
}

bool CsvReader::Private::readDataRecord(CsvRecord &record)
{
    if (!readRecord(record))
        return false;
    record.number = ++m_number;
    record.errorColumn = 0;
    if (m_columns == 0) {
        m_columns = record.fieldCount();
    } else if (record.fieldCount() != m_columns) {
        appendError(
            record.error,
            QStringLiteral("expected %1 fields, found %2").arg(m_columns).arg(record.fieldCount()));
    }
    return true;
}

void CsvReader::Private::ensureHeader()
{
    if (m_headerDone)
        return;
    m_headerDone = true;
    if (m_dialect.hasHeader) {
        CsvRecord header;
        if (!readRecord(header))
            return;
        if (m_skipLine) {
            // Cut at the size limit: its names (and how many there are) are unknown, and any
            // record compared with them would be judged wrongly.
            m_headerError = QStringLiteral("the header (line %1) is longer than %2 bytes")
                                .arg(header.line)
                                .arg(m_maxRecordSize);
            return;
        }
        m_rawHeader = header.fields();
        m_columns = header.fieldCount();
        return;
    }
    m_hasPeeked = readDataRecord(m_peeked);
    for (qsizetype i = 1; i <= m_columns; ++i)
        m_rawHeader.append(QStringLiteral("column_%1").arg(i));
}

qint64 CsvReader::Private::bytesRead() const
{
    // Exact for 8-bit encodings; for UTF-16 and UTF-32 the unparsed UTF-8 bytes are an
    // estimate of the source bytes they came from.
    const qint64 pending = (m_end - m_pos) * m_unitSize;
    return std::max<qint64>(0, m_deviceBytes - pending);
}

CsvReader::CsvReader(QIODevice *device, const Dialect &dialect)
    : d(std::make_unique<Private>(device, dialect))
{}

CsvReader::~CsvReader() = default;

QStringList CsvReader::rawHeader()
{
    d->ensureHeader();
    return d->m_rawHeader;
}

QStringList CsvReader::header()
{
    return uniqueHeader(rawHeader());
}

bool CsvReader::next(CsvRecord &record)
{
    d->ensureHeader();
    if (d->m_hasPeeked) {
        d->m_hasPeeked = false;
        std::swap(record, d->m_peeked);
        return true;
    }
    return d->readDataRecord(record);
}

QString CsvReader::errorString() const
{
    return d->m_error;
}

QString CsvReader::headerError() const
{
    return d->m_headerError;
}

qint64 CsvReader::bytesRead() const
{
    return d->bytesRead();
}

void CsvReader::setChunkSize(qsizetype bytes)
{
    d->m_chunkSize = std::max<qsizetype>(1, bytes);
}

void CsvReader::setMaxRecordSize(qsizetype bytes)
{
    d->m_maxRecordSize = std::max<qsizetype>(1, bytes);
}

} // namespace stevedore
