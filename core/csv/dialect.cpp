// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "csv/dialect.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

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
    case TextEncoding::Utf32LE:
        return QStringLiteral("utf-32le");
    case TextEncoding::Utf32BE:
        return QStringLiteral("utf-32be");
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
        {QStringLiteral("utf-32le"), TextEncoding::Utf32LE},
        {QStringLiteral("utf-32be"), TextEncoding::Utf32BE},
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

} // namespace stevedore
