// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "dialect.h"

#include "csvreader.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace stevedore {

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return QStringLiteral("utf-8");
}

std::optional<TextEncoding> encodingFromName(const QString &name)
{
    static const QHash<QString, TextEncoding> names = {
        {QStringLiteral("utf-8"), TextEncoding::Utf8},
        {QStringLiteral("utf8"), TextEncoding::Utf8},
        {QStringLiteral("utf-8-bom"), TextEncoding::Utf8Bom},
        {QStringLiteral("utf-16le"), TextEncoding::Utf16LE},
        {QStringLiteral("utf-16be"), TextEncoding::Utf16BE},
        {QStringLiteral("windows-1252"), TextEncoding::Windows1252},
        {QStringLiteral("cp1252"), TextEncoding::Windows1252},
        {QStringLiteral("latin1"), TextEncoding::Windows1252},
        {QStringLiteral("iso-8859-1"), TextEncoding::Windows1252},
    };
    const auto it = names.constFind(name.toLower());
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

namespace {

QString jsonString(const QString &text)
{
    // QJsonDocument escapes exactly as JSON requires; strip the surrounding array.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString charString(char c)
{
    return c == '\0' ? QString() : QString(QChar(uchar(c)));
}

// A JSON string holding one character U+0001..U+00FF, or empty when allowEmpty.
std::optional<char> charFromJson(const QJsonValue &value, bool allowEmpty)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.isEmpty() && allowEmpty)
        return '\0';
    if (text.size() != 1 || text.at(0).unicode() == 0 || text.at(0).unicode() > 0xFF)
        return std::nullopt;
    return char(text.at(0).unicode());
}

} // namespace

QString Dialect::toJson() const
{
    return QStringLiteral(
               R"({"delimiter":%1,"quote":%2,"header":%3,"encoding":"%4","confidence":%5})")
        .arg(jsonString(charString(delimiter)),
             jsonString(charString(quote)),
             hasHeader ? QStringLiteral("true") : QStringLiteral("false"),
             encodingName(encoding),
             QString::number(confidence, 'g', QLocale::FloatingPointShortest));
}

std::optional<Dialect> Dialect::fromJson(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const std::optional<char> delimiter
        = charFromJson(object.value(QLatin1String("delimiter")), false);
    const std::optional<char> quote = charFromJson(object.value(QLatin1String("quote")), true);
    const QJsonValue header = object.value(QLatin1String("header"));
    const QJsonValue encodingValue = object.value(QLatin1String("encoding"));
    const std::optional<TextEncoding> encoding = encodingFromName(encodingValue.toString());
    const QJsonValue confidence = object.value(QLatin1String("confidence"));
    if (!delimiter || !quote || !header.isBool() || !encodingValue.isString() || !encoding)
        return std::nullopt;
    // A delimiter that is a line end or the quote would make every file unreadable.
    if (*delimiter == '\r' || *delimiter == '\n' || *delimiter == *quote || *quote == '\r'
        || *quote == '\n') {
        return std::nullopt;
    }
    if (!confidence.isUndefined() && !confidence.isDouble())
        return std::nullopt;
    Dialect dialect;
    dialect.delimiter = *delimiter;
    dialect.quote = *quote;
    dialect.hasHeader = header.toBool();
    dialect.encoding = *encoding;
    dialect.confidence = std::clamp(confidence.toDouble(1.0), 0.0, 1.0);
    return dialect;
}

namespace {

struct EncodingGuess
{
    TextEncoding encoding;
    double confidence;
};

EncodingGuess detectEncoding(QByteArrayView sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8Bom, 1.0};
    if (sample.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, 1.0};
    if (sample.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, 1.0};

    // UTF-16 without a BOM: mostly-ASCII text puts a NUL in every other byte.
    const qsizetype pairs = std::min<qsizetype>(sample.size(), 8192) / 2;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNuls += sample[2 * i] == '\0';
        oddNuls += sample[2 * i + 1] == '\0';
    }
    if (pairs >= 2) {
        if (oddNuls * 10 >= pairs * 3 && evenNuls * 20 < pairs)
            return {TextEncoding::Utf16LE, 0.9};
        if (evenNuls * 10 >= pairs * 3 && oddNuls * 20 < pairs)
            return {TextEncoding::Utf16BE, 0.9};
    }

    // A sequence cut by the end of the sample stays in the decoder's state: not an error.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(sample);
    if (!decoder.hasError())
        return {TextEncoding::Utf8, 1.0};
    // Any bytes are Windows-1252; text that is not valid UTF-8 is very likely 8-bit.
    return {TextEncoding::Windows1252, 0.8};
}

// Parses the sample with the given dialect, up to limit rows, stopping at a quoted field
// that the end of the sample cut.
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

} // namespace stevedore
