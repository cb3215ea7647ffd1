// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/valuevalidator.h"

#include <QDate>
#include <QDateTime>

namespace stevedore {

namespace {

struct TypeName
{
    ColumnType type;
    const char *name;
};

constexpr TypeName typeNames[] = {
    {ColumnType::Text, "text"},
    {ColumnType::Integer, "integer"},
    {ColumnType::Decimal, "decimal"},
    {ColumnType::Boolean, "boolean"},
    {ColumnType::Date, "date"},
    {ColumnType::DateTime, "datetime"},
    {ColumnType::Email, "email"},
    {ColumnType::Enum, "enum"},
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly n digits at text[pos]; -1 when they are not all digits.
int digits(QByteArrayView text, qsizetype pos, int n)
{
    if (pos + n > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool matchesDateFormat(QByteArrayView utf8, const QString &format, bool withTime)
{
    const QString text = QString::fromUtf8(utf8);
    return withTime ? QDateTime::fromString(text, format).isValid()
                    : QDate::fromString(text, format).isValid();
}

} // namespace

QString columnTypeName(ColumnType type)
{
    for (const TypeName &entry : typeNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("text");
}

std::optional<ColumnType> columnTypeFromName(const QString &name)
{
    for (const TypeName &entry : typeNames) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

QStringList columnTypeNames()
{
    QStringList names;
    for (const TypeName &entry : typeNames)
        names << QString::fromLatin1(entry.name);
    return names;
}

ValueValidator::ValueValidator(ColumnType type,
                               bool required,
                               const QStringList &enumValues,
                               const QString &dateFormat)
    : m_type(type)
    , m_required(required)
    , m_dateFormat(dateFormat)
{
    for (const QString &value : enumValues)
        m_enumValues << value.toUtf8();
}

bool ValueValidator::isValid(QByteArrayView utf8) const
{
    if (utf8.isEmpty())
        return !m_required;
    return isValidNonEmpty(utf8);
}

bool ValueValidator::isValidNonEmpty(QByteArrayView utf8) const
{
    switch (m_type) {
    case ColumnType::Text:
        return true;
    case ColumnType::Integer:
        return isInteger(utf8);
    case ColumnType::Decimal:
        return isDecimal(utf8);
    case ColumnType::Boolean:
        return isBoolean(utf8);
    case ColumnType::Date:
        return isIsoDate(utf8)
               || (!m_dateFormat.isEmpty() && matchesDateFormat(utf8, m_dateFormat, false));
    case ColumnType::DateTime:
        return isIsoDateTime(utf8)
               || (!m_dateFormat.isEmpty() && matchesDateFormat(utf8, m_dateFormat, true));
    case ColumnType::Email:
        return isEmail(utf8);
    case ColumnType::Enum:
        for (const QByteArray &value : m_enumValues) {
            if (value == utf8)
                return true;
        }
        return false;
    }
    return false;
}

QString ValueValidator::reason(QByteArrayView utf8) const
{
    if (isValid(utf8))
        return {};
    if (utf8.isEmpty())
        return QStringLiteral("required value is empty");
    const QByteArrayView trimmed = QByteArrayView(utf8).trimmed();
    if (trimmed.size() != utf8.size() && !trimmed.isEmpty() && isValidNonEmpty(trimmed))
        return QStringLiteral("surrounding spaces (use the trim transform)");
    const QString format
        = m_dateFormat.isEmpty() ? QString() : QStringLiteral(" or ") + m_dateFormat;
    switch (m_type) {
    case ColumnType::Text:
        break;
    case ColumnType::Integer:
        return QStringLiteral("not an integer");
    case ColumnType::Decimal:
        return QStringLiteral("not a decimal number");
    case ColumnType::Boolean:
        return QStringLiteral("not a boolean (true/false, yes/no, 1/0, t/f)");
    case ColumnType::Date:
        return QStringLiteral("not a date (yyyy-MM-dd%1)").arg(format);
    case ColumnType::DateTime:
        return QStringLiteral("not an ISO 8601 date-time (yyyy-MM-ddTHH:mm:ss%1)").arg(format);
    case ColumnType::Email:
        return QStringLiteral("not an e-mail address");
    case ColumnType::Enum: {
        QStringList values;
        for (const QByteArray &value :
             m_enumValues.first(std::min<qsizetype>(5, m_enumValues.size())))
            values << QString::fromUtf8(value);
        if (m_enumValues.size() > 5)
            values << QStringLiteral("…");
        return QStringLiteral("not one of: %1").arg(values.join(QStringLiteral(", ")));
    }
    }
    return QStringLiteral("invalid");
}

bool ValueValidator::isInteger(QByteArrayView text)
{
    qsizetype i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        ++i;
    if (i == text.size())
        return false;
    for (; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    return true;
}

bool ValueValidator::isDecimal(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == '+' || text[i] == '-'))
        ++i;
    qsizetype mantissaDigits = 0;
    while (i < n && isDigit(text[i])) {
        ++i;
        ++mantissaDigits;
    }
    if (i < n && text[i] == '.') {
        ++i;
        while (i < n && isDigit(text[i])) {
            ++i;
            ++mantissaDigits;
        }
    }
    if (mantissaDigits == 0)
        return false;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            ++i;
        const qsizetype start = i;
        while (i < n && isDigit(text[i]))
            ++i;
        if (i == start)
            return false;
    }
    return i == n;
}

bool ValueValidator::isBoolean(QByteArrayView text)
{
    static const char *const words[] = {"true", "false", "yes", "no", "1", "0", "t", "f"};
    if (text.size() > 5)
        return false;
    for (const char *word : words) {
        if (QByteArrayView(word).compare(text, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool ValueValidator::isIsoDate(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    static const int daysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= daysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool ValueValidator::isIsoDateTime(QByteArrayView text)
{
    if (text.size() < 16 || !isIsoDate(text.first(10)))
        return false;
    const char separator = text[10];
    if (separator != 'T' && separator != 't' && separator != ' ')
        return false;
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    if (text[13] != ':' || hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return false;
    qsizetype i = 16;
    const qsizetype n = text.size();
    if (i < n && text[i] == ':') {
        const int second = digits(text, i + 1, 2);
        if (second < 0 || second > 59)
            return false;
        i += 3;
        if (i < n && (text[i] == '.' || text[i] == ',')) {
            const qsizetype start = ++i;
            while (i < n && isDigit(text[i]))
                ++i;
            if (i == start)
                return false;
        }
    }
    if (i == n)
        return true;
    if ((text[i] == 'Z' || text[i] == 'z') && i + 1 == n)
        return true;
    if (text[i] != '+' && text[i] != '-')
        return false;
    const int offsetHours = digits(text, i + 1, 2);
    if (offsetHours < 0 || offsetHours > 23)
        return false;
    i += 3;
    if (i == n)
        return true;
    if (text[i] == ':')
        ++i;
    const int offsetMinutes = digits(text, i, 2);
    return offsetMinutes >= 0 && offsetMinutes <= 59 && i + 2 == n;
}

// Pragmatic, not RFC 5322: the equivalent of
//   ^[^\s@()<>\[\]\\,;:"]+@([^\s@()<>\[\]\\,;:".]+\.)+[^\s@()<>\[\]\\,;:".]{2,}$
// with no leading, trailing or doubled dot in the local part and no label of the domain
// starting or ending with '-'. Non-ASCII letters are allowed (internationalised addresses).
bool ValueValidator::isEmail(QByteArrayView text)
{
    const qsizetype at = text.indexOf('@');
    if (at <= 0 || at > 64 || at == text.size() - 1 || text.lastIndexOf('@') != at)
        return false;
    for (const char c : text) {
        switch (c) {
        case '(':
        case ')':
        case '<':
        case '>':
        case '[':
        case ']':
        case '\\':
        case ',':
        case ';':
        case ':':
        case '"':
        case 0x7f:
            return false;
        default:
            if (uchar(c) <= 0x20)
                return false;
        }
    }
    const QByteArrayView local = text.first(at);
    if (local.startsWith('.') || local.endsWith('.') || local.contains(QByteArrayView("..")))
        return false;
    const QByteArrayView domain = text.sliced(at + 1);
    int labels = 0;
    qsizetype start = 0;
    QByteArrayView label;
    while (start <= domain.size()) {
        qsizetype end = domain.indexOf('.', start);
        if (end < 0)
            end = domain.size();
        label = domain.sliced(start, end - start);
        if (label.isEmpty() || label.startsWith('-') || label.endsWith('-'))
            return false;
        ++labels;
        start = end + 1;
    }
    return labels >= 2 && label.size() >= 2;
}

} // namespace stevedore
