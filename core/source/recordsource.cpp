// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/recordsource.h"

namespace stevedore {

RecordSource::~RecordSource() = default;

QStringList RecordSource::header()
{
    return uniqueHeader(rawHeader());
}

QString RecordSource::location(qint64 line, int column) const
{
    Q_UNUSED(column)
    return QString::number(line);
}

QString formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Auto:
        return QStringLiteral("auto");
    case SourceFormat::Delimited:
        return QStringLiteral("csv");
    case SourceFormat::Xlsx:
        return QStringLiteral("xlsx");
    case SourceFormat::Ods:
        return QStringLiteral("ods");
    case SourceFormat::Json:
        return QStringLiteral("json");
    case SourceFormat::JsonLines:
        return QStringLiteral("jsonl");
    case SourceFormat::FixedWidth:
        return QStringLiteral("fixed");
    }
    return {};
}

std::optional<SourceFormat> formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (SourceFormat format : {SourceFormat::Auto,
                                SourceFormat::Delimited,
                                SourceFormat::Xlsx,
                                SourceFormat::Ods,
                                SourceFormat::Json,
                                SourceFormat::JsonLines,
                                SourceFormat::FixedWidth}) {
        if (lower == formatName(format))
            return format;
    }
    if (lower == QLatin1String("tsv") || lower == QLatin1String("delimited"))
        return SourceFormat::Delimited;
    if (lower == QLatin1String("ndjson") || lower == QLatin1String("json-lines"))
        return SourceFormat::JsonLines;
    if (lower == QLatin1String("fixed-width"))
        return SourceFormat::FixedWidth;
    return std::nullopt;
}

} // namespace stevedore
