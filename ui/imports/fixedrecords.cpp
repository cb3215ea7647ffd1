// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/fixedrecords.h"

#include "csv/csvreader.h"
#include "csv/dialectdetection.h"
#include "db/livefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace stevedore {

namespace {

struct FixedRecordsTr
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::FixedRecords)
};

// Writes one field with the original dialect's quoting (RFC 4180 style with its quote char).
// Without quoting the value is written as it is: read from such a file, it cannot hold the
// delimiter or a line end.
void appendField(QByteArray &out, const QByteArray &value, const Dialect &dialect)
{
    const char quote = dialect.quote;
    if (quote == '\0') {
        out += value;
        return;
    }
    bool needsQuote = false;
    for (const char c : value) {
        if (c == dialect.delimiter || c == quote || c == '\n' || c == '\r') {
            needsQuote = true;
            break;
        }
    }
    if (!needsQuote) {
        out += value;
        return;
    }
    out += quote;
    for (const char c : value) {
        if (c == quote)
            out += quote;
        out += c;
    }
    out += quote;
}

QByteArray delimitedLine(const QStringList &fields, const Dialect &dialect)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += dialect.delimiter;
        appendField(line, fields[i].toUtf8(), dialect);
    }
    return line;
}

// raw as the importer stored it for a record the database refused: a JSON array of strings.
std::optional<QStringList> jsonFields(const QString &reason, const QString &raw)
{
    if (!reason.startsWith(QLatin1String("refused by the database")))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(raw.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    QStringList fields;
    for (const QJsonValue &value : document.array())
        fields << value.toString();
    return fields;
}

} // namespace

QString fixedFileName(const QString &originalName)
{
    const QFileInfo info(originalName);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty()
                             ? originalName
                             : originalName.left(originalName.size() - suffix.size() - 1);
    return base + QStringLiteral(".fixed.csv");
}

FixedRecordsFile writeFixedRecords(const QString &rejectsCsvPath,
                                   const QString &originalName,
                                   const QStringList &originalHeader,
                                   const Dialect &originalDialect)
{
    FixedRecordsFile result;
    result.fileName = fixedFileName(originalName);
    result.delimiter = originalDialect.delimiter;
    result.quote = originalDialect.quote;
    if (isLiveDatabaseFile(rejectsCsvPath)) {
        result.error = FixedRecordsTr::tr("Cannot read %1: it belongs to the database Stevedore "
                                          "has open")
                           .arg(rejectsCsvPath);
        return result;
    }
    QFile in(rejectsCsvPath);
    if (!in.open(QIODevice::ReadOnly)) {
        result.error
            = FixedRecordsTr::tr("Cannot read %1: %2").arg(rejectsCsvPath, in.errorString());
        return result;
    }
    Dialect csv;
    csv.delimiter = detectDialect(in.peek(64 * 1024)).delimiter; // a spreadsheet may use ';'
    CsvReader reader(&in, csv);
    const QStringList header = reader.rawHeader();
    const qsizetype rawColumn = header.indexOf(QStringLiteral("raw"));
    const qsizetype reasonColumn = header.indexOf(QStringLiteral("reason"));
    if (rawColumn < 0) {
        result.error = FixedRecordsTr::tr("%1 has no \"raw\" column (expected line,reason,raw)")
                           .arg(QFileInfo(rejectsCsvPath).fileName());
        return result;
    }
    result.path = QFileInfo(rejectsCsvPath).absoluteDir().filePath(result.fileName);
    QSaveFile out(result.path);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error
            = FixedRecordsTr::tr("Cannot write %1: %2").arg(result.path, out.errorString());
        return result;
    }
    out.write(delimitedLine(originalHeader, originalDialect) + '\n');
    CsvRecord record;
    while (reader.next(record)) {
        // A row whose field count differs is still usable when its raw column is there.
        if (record.fieldCount() <= rawColumn)
            continue;
        const QString raw = record.fieldString(int(rawColumn));
        if (raw.trimmed().isEmpty())
            continue;
        const QString reason = reasonColumn >= 0 && record.fieldCount() > reasonColumn
                                   ? record.fieldString(int(reasonColumn))
                                   : QString();
        const std::optional<QStringList> fields = jsonFields(reason, raw);
        out.write(fields ? delimitedLine(*fields, originalDialect) : raw.toUtf8());
        out.write("\n");
        ++result.records;
    }
    if (!reader.errorString().isEmpty()) {
        result.error = reader.errorString();
        return result;
    }
    if (result.records == 0) {
        out.cancelWriting();
        result.error = FixedRecordsTr::tr("%1 holds no records to re-import")
                           .arg(QFileInfo(rejectsCsvPath).fileName());
        return result;
    }
    if (!out.commit())
        result.error
            = FixedRecordsTr::tr("Cannot write %1: %2").arg(result.path, out.errorString());
    return result;
}

} // namespace stevedore
