// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "csv/dialectdetection.h"

#include "csv/csvreader.h"
#include "text/utf8.h"

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace stevedore {

namespace {

struct EncodingGuess
{
    TextEncoding encoding;
    double confidence;
};

struct ByteOrderMark
{
    QByteArrayView bytes;
    TextEncoding encoding;
};

// Longest first: UTF-32LE's mark begins with UTF-16LE's.
const ByteOrderMark kByteOrderMarks[] = {
    {QByteArrayView("\xFF\xFE\0\0", 4), TextEncoding::Utf32LE},
    {QByteArrayView("\0\0\xFE\xFF", 4), TextEncoding::Utf32BE},
    {QByteArrayView("\xEF\xBB\xBF", 3), TextEncoding::Utf8Bom},
    {QByteArrayView("\xFF\xFE", 2), TextEncoding::Utf16LE},
    {QByteArrayView("\xFE\xFF", 2), TextEncoding::Utf16BE},
};

const ByteOrderMark *byteOrderMark(QByteArrayView sample)
{
    for (const ByteOrderMark &mark : kByteOrderMarks) {
        if (sample.startsWith(mark.bytes))
            return &mark;
    }
    return nullptr;
}

// UTF-16 without a BOM: mostly-ASCII text puts a NUL in every other byte and text in the bytes
// between. The second half matters: a run of NULs has NULs at every position, and is binary.
std::optional<TextEncoding> utf16Shape(QByteArrayView sample)
{
    const qsizetype pairs = sample.size() / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNuls += sample[2 * i] == '\0';
        oddNuls += sample[2 * i + 1] == '\0';
    }
    if (oddNuls * 10 >= pairs * 3 && evenNuls * 20 < pairs)
        return TextEncoding::Utf16LE;
    if (evenNuls * 10 >= pairs * 3 && oddNuls * 20 < pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

struct Utf8Census
{
    qsizetype valid = 0;   // multi-byte sequences
    qsizetype invalid = 0; // runs of bytes that are not UTF-8
};

Utf8Census utf8Census(QByteArrayView sample)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const uchar *>(sample.data());
    const auto *const end = p + sample.size();
    bool inInvalidRun = false;
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            inInvalidRun = false;
            continue;
        }
        const int length = utf8::sequenceLength(p, end);
        if (length > 0) {
            ++census.valid;
            p += length;
            inInvalidRun = false;
            continue;
        }
        if (length == utf8::cut)
            break; // the rest of it may follow the sample
        census.invalid += inInvalidRun ? 0 : 1;
        inInvalidRun = true;
        ++p;
    }
    return census;
}

EncodingGuess detectEncoding(QByteArrayView sample)
{
    if (const ByteOrderMark *mark = byteOrderMark(sample))
        return {mark->encoding, 1.0};
    if (const std::optional<TextEncoding> utf16 = utf16Shape(sample))
        return {*utf16, 0.9};
    const Utf8Census census = utf8Census(sample);
    if (census.invalid == 0)
        return {TextEncoding::Utf8, 1.0};
    // Text with many valid multi-byte sequences and a few invalid bytes is UTF-8 with errors:
    // reading it as Windows-1252 would turn every one of its characters into two or three
    // without a word, while reading it as UTF-8 rejects the few records holding the bad bytes.
    // Windows-1252 text rarely forms a valid sequence (a letter then a symbol byte), so its
    // invalid bytes outnumber them.
    if (census.valid >= 2 * census.invalid)
        return {TextEncoding::Utf8, 0.8};
    // Any bytes are Windows-1252; text that is not valid UTF-8 is very likely 8-bit.
    return {TextEncoding::Windows1252, 0.8};
}

// Parses the sample with the given dialect, up to limit rows, stopping at a quoted field
// that the end of the sample cut. A first record cut that way is kept: a header longer than
// the sample may end inside a quoted name, and it is the only row there is.
QList<QStringList> sampleRows(QByteArrayView sample, Dialect dialect, int limit)
{
    QByteArray bytes = sample.toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    dialect.hasHeader = false;
    CsvReader reader(&buffer, dialect);
    QList<QStringList> rows;
    CsvRecord record;
    bool cut = false;
    while (rows.size() < limit && reader.next(record)) {
        if (record.error.contains(QLatin1String("unterminated"))) {
            if (rows.isEmpty())
                rows.append(record.fields());
            cut = true;
            break;
        }
        rows.append(record.fields());
    }
    // The sample may end inside the last record; drop it when it came out shorter than the
    // one before (a cut inside the last field leaves the count, and the row, intact enough).
    if (rows.size() > 1 && !cut && rows.constLast().size() < rows.at(rows.size() - 2).size())
        rows.removeLast();
    return rows;
}

struct DelimiterScore
{
    char delimiter = ',';
    double consistency = 0; // share of rows with the most common field count
    qsizetype fields = 1;   // that field count
};

DelimiterScore scoreDelimiter(const QList<QStringList> &rows, char delimiter)
{
    QHash<qsizetype, int> counts;
    for (const QStringList &row : rows)
        ++counts[row.size()];
    DelimiterScore score;
    score.delimiter = delimiter;
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() > score.fields)) {
            best = it.value();
            score.fields = it.key();
        }
    }
    if (!rows.isEmpty() && score.fields > 1)
        score.consistency = double(best) / double(rows.size());
    return score;
}

enum class ValueKind { Empty, Number, Date, Text };

ValueKind classify(const QString &value)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^\s*[-+]?(\d[\d,]*)?\.?\d+([eE][-+]?\d+)?%?\s*$)"));
    static const QRegularExpression date(QStringLiteral(
        R"(^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?.*)?\s*$)"));
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return ValueKind::Empty;
    if (number.match(trimmed).hasMatch())
        return ValueKind::Number;
    if (date.match(trimmed).hasMatch())
        return ValueKind::Date;
    return ValueKind::Text;
}

struct HeaderGuess
{
    bool hasHeader = true;
    double confidence = 0.5;
};

// Votes per column: a typed first-row value says "no header"; a text first-row value above a
// typed column says "header"; in text columns a first value whose length differs from data
// values that all have one length says "header". Duplicate first-row names say "no header".
HeaderGuess detectHeader(const QList<QStringList> &rows, qsizetype columns)
{
    if (rows.isEmpty())
        return {true, 0.5};
    const QStringList &first = rows.first();
    int votes = 0;
    int typedFirst = 0;
    for (const QString &name : first) {
        const ValueKind kind = classify(name);
        if (kind == ValueKind::Number || kind == ValueKind::Date)
            ++typedFirst;
    }
    QSet<QString> distinct;
    for (const QString &name : first) {
        if (!name.trimmed().isEmpty())
            distinct.insert(name.trimmed().toCaseFolded());
    }
    const qsizetype nonEmpty = std::count_if(
        first.cbegin(), first.cend(), [](const QString &s) { return !s.trimmed().isEmpty(); });
    if (rows.size() == 1) {
        if (typedFirst > 0 || distinct.size() < nonEmpty)
            return {false, 0.6};
        return {true, 0.5};
    }
    for (qsizetype column = 0; column < std::min(columns, first.size()); ++column) {
        const ValueKind head = classify(first.at(column));
        if (head == ValueKind::Number || head == ValueKind::Date) {
            --votes;
            continue;
        }
        int typed = 0;
        int values = 0;
        QSet<qsizetype> lengths;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            if (column >= rows.at(r).size())
                continue;
            const QString &value = rows.at(r).at(column);
            const ValueKind kind = classify(value);
            if (kind == ValueKind::Empty)
                continue;
            ++values;
            typed += kind == ValueKind::Number || kind == ValueKind::Date;
            lengths.insert(value.size());
        }
        if (head == ValueKind::Empty || values == 0)
            continue;
        if (typed * 2 > values)
            ++votes;
        else if (values >= 2 && lengths.size() == 1 && !lengths.contains(first.at(column).size()))
            ++votes;
    }
    if (distinct.size() < nonEmpty)
        votes -= 2;
    const double strength
        = std::min(1.0, double(std::abs(votes)) / double(std::max<qsizetype>(1, columns)));
    if (votes > 0)
        return {true, 0.7 + 0.3 * strength};
    if (votes < 0)
        return {false, 0.7 + 0.3 * strength};
    return {true, 0.5}; // nothing conclusive: most files have a header
}

} // namespace

Dialect detectDialect(QByteArrayView sample, const DialectOverrides &overrides)
{
    constexpr int kMaxRows = 500;
    // What the callers pass: the first 64 KiB of the file, or all of a smaller one.
    constexpr qsizetype kFullSample = 64 * 1024;
    Dialect dialect;
    double confidence = 1.0;

    if (overrides.encoding) {
        dialect.encoding = *overrides.encoding;
    } else {
        const EncodingGuess guess = detectEncoding(sample);
        dialect.encoding = guess.encoding;
        confidence *= guess.confidence;
    }

    if (overrides.quote)
        dialect.quote = *overrides.quote;
    QList<QStringList> rows;
    if (overrides.delimiter) {
        dialect.delimiter = *overrides.delimiter;
        rows = sampleRows(sample, dialect, kMaxRows);
    } else {
        DelimiterScore best;
        for (const char candidate : {',', ';', '\t', '|'}) {
            if (candidate == dialect.quote)
                continue;
            Dialect trial = dialect;
            trial.delimiter = candidate;
            const QList<QStringList> candidateRows = sampleRows(sample, trial, kMaxRows);
            const DelimiterScore score = scoreDelimiter(candidateRows, candidate);
            if (score.consistency > best.consistency
                || (score.consistency == best.consistency && score.fields > best.fields)) {
                best = score;
                rows = candidateRows;
            }
        }
        if (best.consistency == 0) {
            // No candidate splits the lines: a single column, or too little text to tell.
            dialect.delimiter = ',';
            rows = sampleRows(sample, dialect, kMaxRows);
            confidence *= rows.size() >= 2 ? 0.6 : 0.4;
        } else {
            dialect.delimiter = best.delimiter;
            // A single row is little evidence however well it splits.
            confidence *= rows.size() >= 2 ? best.consistency : 0.6;
        }
    }

    if (overrides.hasHeader) {
        dialect.hasHeader = *overrides.hasHeader;
    } else {
        // A single row in a full sample is a first line longer than the sample, which cut its
        // last name: a prefix of a name that may look like a number or repeat an earlier
        // name, so it does not vote.
        if (rows.size() == 1 && rows.first().size() > 1 && sample.size() >= kFullSample)
            rows.first().removeLast();
        qsizetype columns = 0;
        if (!rows.isEmpty())
            columns = scoreDelimiter(rows, dialect.delimiter).fields;
        const HeaderGuess guess = detectHeader(rows, columns);
        dialect.hasHeader = guess.hasHeader;
        confidence *= guess.confidence;
    }
    // Two decimals: the value is a rough score, and it is stored and shown as text.
    dialect.confidence = std::clamp(std::round(confidence * 100) / 100, 0.0, 1.0);
    return dialect;
}

QString binaryContentReason(QByteArrayView sample)
{
    static const QByteArrayView signatures[] = {"\x89PNG",
                                                "%PDF",
                                                "PK\x03\x04",
                                                "\x1f\x8b",
                                                "\x7f"
                                                "ELF",
                                                "GIF8",
                                                "\xff\xd8\xff",
                                                "SQLite format"};
    const QString binary = QStringLiteral("is not a delimited text file (binary content)");
    for (const QByteArrayView signature : signatures) {
        if (sample.startsWith(signature))
            return binary;
    }
    // Count characters in the sample's encoding: UTF-16 and UTF-32 text is full of NUL bytes,
    // but not of NUL characters.
    const ByteOrderMark *mark = byteOrderMark(sample);
    const TextEncoding encoding
        = mark ? mark->encoding : utf16Shape(sample).value_or(TextEncoding::Utf8);
    qsizetype unit = 1;
    bool bigEndian = false;
    switch (encoding) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        unit = 2;
        bigEndian = encoding == TextEncoding::Utf16BE;
        break;
    case TextEncoding::Utf32LE:
    case TextEncoding::Utf32BE:
        unit = 4;
        bigEndian = encoding == TextEncoding::Utf32BE;
        break;
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
    case TextEncoding::Windows1252:
        break;
    }
    const qsizetype start = unit > 1 && mark ? mark->bytes.size() : 0;
    qsizetype units = 0;
    qsizetype nul = 0;
    qsizetype suspicious = 0;
    for (qsizetype i = start; i + unit <= sample.size(); i += unit) {
        char32_t c = 0;
        for (qsizetype b = 0; b < unit; ++b) {
            const auto byte = char32_t(uchar(sample[i + (bigEndian ? b : unit - 1 - b)]));
            c = c << 8 | byte;
        }
        ++units;
        if (c == 0)
            ++nul;
        else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\v' && c != '\f'
                  && c != 0x1b)
                 || c > 0x10FFFF)
            ++suspicious;
    }
    if (nul * 2 > units)
        return QStringLiteral("is not a delimited text file (binary content: mostly NUL bytes)");
    // A few stray NULs or control characters in text are malformed records, rejected one by
    // one with their line; many of them are binary data.
    suspicious += nul;
    if (suspicious >= 8 && suspicious * 20 > units)
        return binary;
    return {};
}

} // namespace stevedore
