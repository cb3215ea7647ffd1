// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/rejectfixes.h"

#include "csv/csvreader.h"
#include "csv/dialect.h"
#include "csv/dialectdetection.h"
#include "db/dberror.h"
#include "db/livefiles.h"
#include "db/sql.h"
#include "source/recordsource.h"
#include "store/catalog.h"
#include "store/importjobs.h"
#include "store/recordcodec.h"
#include "store/recordstore.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace stevedore::rejectfixes {

namespace {

// The fields of a fix's raw text: nullopt and *problem when it is not one record.
std::optional<QList<QByteArray>> parseRecord(const FileReading &reading,
                                             const QString &rejectReason,
                                             const QString &raw,
                                             QString *problem)
{
    const QByteArray utf8 = raw.toUtf8();
    // The database's refusals store the record's fields as a JSON array; so may a fix of a
    // file that is not delimited text.
    const bool refused = rejectReason.startsWith(QLatin1String("refused by the database"));
    if (refused || (!reading.delimited && utf8.trimmed().startsWith('['))) {
        QList<QByteArray> fields;
        if (recordcodec::parseJsonArray(utf8.trimmed(), fields)) {
            for (const QByteArray &field : std::as_const(fields)) {
                if (field.contains('\0')) {
                    *problem = QStringLiteral("a field holds a NUL character");
                    return std::nullopt;
                }
            }
            return fields;
        }
        if (refused) {
            *problem = QStringLiteral("raw is not a JSON array of strings (the database refused "
                                      "this record, so its raw holds its fields that way)");
            return std::nullopt;
        }
    }
    Dialect dialect; // the fix is UTF-8 text whatever the file's encoding was, without a header
    dialect.hasHeader = false;
    dialect.delimiter = reading.delimiter;
    dialect.quote = reading.quote;
    QBuffer buffer;
    buffer.setData(utf8);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    CsvRecord record;
    if (!reader.next(record)) {
        *problem = QStringLiteral("raw holds no record");
        return std::nullopt;
    }
    if (!record.error.isEmpty()) {
        *problem = record.error;
        return std::nullopt;
    }
    QList<QByteArray> fields;
    fields.reserve(record.fieldCount());
    for (int i = 0; i < record.fieldCount(); ++i)
        fields << record.field(i).toByteArray();
    if (reader.next(record)) {
        *problem = QStringLiteral("raw holds more than one record (line %1 of it starts another)")
                       .arg(record.line);
        return std::nullopt;
    }
    return fields;
}

// parseRecord(), and the record must have as many fields as the file's header, however it
// was written.
std::optional<QList<QByteArray>> parseFix(const FileReading &reading,
                                          const QString &rejectReason,
                                          const QString &raw,
                                          QString *problem)
{
    std::optional<QList<QByteArray>> fields = parseRecord(reading, rejectReason, raw, problem);
    if (fields && fields->size() != reading.fieldCount) {
        *problem = QStringLiteral("the fixed record has %1 fields, the header has %2")
                       .arg(fields->size())
                       .arg(reading.fieldCount);
        return std::nullopt;
    }
    return fields;
}

bool fixedBefore(const Sql &sql, qint64 fileId, qint64 line)
{
    return !sql.exec(QStringLiteral("SELECT 1 FROM record_fixes WHERE file_id = ? AND "
                                    "line_no = ?"),
                     {fileId, line})
                .isEmpty();
}

bool numberHoldsRecord(const Sql &sql, qint64 fileId, qint64 recordNo)
{
    return sql.scalar(QStringLiteral("SELECT CASE WHEN ")
                          + recordstore::storedCondition(QStringLiteral("CAST(? AS BIGINT)"))
                          + QStringLiteral(" THEN 1 ELSE 0 END"),
                      {fileId, recordNo, recordNo, recordNo})
               .toInt()
           == 1;
}

// Sql binds a null QString as NULL; the audit's texts are never NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString databaseUser(const Sql &sql)
{
    // SQLite has no users: the file's owner is whoever can open it.
    if (sql.engine() == Engine::Sqlite)
        return QStringLiteral("");
    return sql.scalar(QStringLiteral("SELECT current_user")).toString();
}

// Opens the fixes CSV and finds its line and raw columns; throws DbError(Invalid) naming what
// is wrong.
struct FixesCsv
{
    QFile file;
    std::unique_ptr<CsvReader> reader;
    qsizetype lineColumn = -1;
    qsizetype rawColumn = -1;
};

void openFixes(FixesCsv &csv, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (isLiveDatabaseFile(path))
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("%1 belongs to the database Stevedore has open").arg(path));
    csv.file.setFileName(path);
    if (!csv.file.open(QIODevice::ReadOnly))
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("cannot read %1: %2").arg(path, csv.file.errorString()));
    Dialect dialect;
    // A spreadsheet may have saved the edited rejects with ';' or tabs.
    dialect.delimiter = detectDialect(csv.file.peek(64 * 1024)).delimiter;
    csv.reader = std::make_unique<CsvReader>(&csv.file, dialect);
    const QStringList header = csv.reader->rawHeader();
    if (!csv.reader->headerError().isEmpty())
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("%1:1: %2").arg(name, csv.reader->headerError()));
    csv.lineColumn = header.indexOf(QStringLiteral("line"));
    csv.rawColumn = header.indexOf(QStringLiteral("raw"));
    if (csv.lineColumn < 0 || csv.rawColumn < 0)
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("%1:1: the header has no \"line\" and \"raw\" columns "
                                     "(a rejects CSV has line,reason,raw)")
                          .arg(name));
}

// Applies fixes one by one to one file, in the caller's transaction.
class Applier
{
public:
    Applier(const Sql &sql, qint64 fileId, const Author &author)
        : m_sql(sql)
        , m_fileId(fileId)
        , m_author(author)
    {
        catalog::lockFile(sql, fileId);
        const std::optional<catalog::FileOrigin> file = catalog::fileOrigin(sql, fileId);
        if (!file)
            throw DbError(DbError::Kind::NotFound, QStringLiteral("the file no longer exists"));
        if (file->status != QLatin1String("imported"))
            throw DbError(DbError::Kind::Invalid,
                          QStringLiteral("'%1' is not imported (status %2): resume or finish its "
                                         "import before fixing its rejects")
                              .arg(file->name, file->status));
        m_reading = readingOf(*file);
        m_dbUser = databaseUser(sql);
        m_now = QDateTime::currentMSecsSinceEpoch();
    }

    void apply(const Fix &fix)
    {
        const auto problem = [this, &fix](const QString &message) {
            m_outcome.problems << Problem{fix.at, message};
        };
        if (fix.raw.trimmed().isEmpty()) {
            ++m_outcome.skipped;
            return;
        }
        const std::optional<importjobs::RejectAtLine> reject
            = importjobs::rejectAtLine(m_sql, m_fileId, fix.line);
        if (!reject) {
            if (fixedBefore(m_sql, m_fileId, fix.line))
                ++m_outcome.alreadyApplied;
            else
                problem(QStringLiteral("line %1 of '%2' is not a rejected record")
                            .arg(fix.line)
                            .arg(m_reading.fileName));
            return;
        }
        QString why;
        const std::optional<QList<QByteArray>> fields
            = parseFix(m_reading, reject->reason, fix.raw, &why);
        if (!fields) {
            problem(QStringLiteral("line %1: %2").arg(fix.line).arg(why));
            return;
        }
        if (numberHoldsRecord(m_sql, m_fileId, reject->recordNo)) {
            problem(QStringLiteral("line %1: record %2 is already stored")
                        .arg(fix.line)
                        .arg(reject->recordNo));
            return;
        }
        QList<QByteArrayView> views;
        views.reserve(fields->size());
        for (const QByteArray &field : *fields)
            views << field;
        QByteArray json;
        recordcodec::appendJsonArray(json, views);

        recordstore::insertRecord(m_sql, m_fileId, reject->recordNo, fix.line, json);
        m_sql.exec(QStringLiteral("INSERT INTO record_fixes (file_id, record_no, line_no, job_id, "
                                  "reason, old_raw, new_data, fixed_at, os_user, db_user) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {m_fileId,
                    reject->recordNo,
                    fix.line,
                    reject->jobs.constFirst(),
                    notNull(reject->reason),
                    notNull(reject->raw),
                    QString::fromUtf8(json),
                    m_now,
                    notNull(m_author.osUser),
                    notNull(m_dbUser)});
        importjobs::forgetReject(m_sql, *reject);
        ++m_outcome.applied;
    }

    void problem(qint64 at, const QString &message) { m_outcome.problems << Problem{at, message}; }

    Outcome finish()
    {
        if (m_outcome.applied > 0)
            m_sql.exec(QStringLiteral("UPDATE files SET record_count = record_count + ? WHERE "
                                      "id = ?"),
                       {m_outcome.applied, m_fileId});
        return m_outcome;
    }

private:
    const Sql &m_sql;
    qint64 m_fileId;
    Author m_author;
    FileReading m_reading;
    QString m_dbUser;
    qint64 m_now = 0;
    Outcome m_outcome;
};

} // namespace

FileReading readingOf(const catalog::FileOrigin &file)
{
    FileReading reading;
    reading.fileName = file.name;
    reading.fieldCount = int(file.rawHeader.size());
    const QJsonObject stored = QJsonDocument::fromJson(file.dialect.toUtf8()).object();
    const std::optional<SourceFormat> format = formatFromName(
        stored.value(QLatin1String("source")).toObject().value(QLatin1String("format")).toString());
    // Files stored before sources had options are delimited text.
    reading.delimited = !format || *format == SourceFormat::Delimited;
    if (reading.delimited) {
        const Dialect dialect = Dialect::fromJson(file.dialect).value_or(Dialect());
        reading.delimiter = dialect.delimiter;
        reading.quote = dialect.quote;
    }
    return reading;
}

QString check(const FileReading &reading, const QString &rejectReason, const QString &raw)
{
    QString problem;
    parseFix(reading, rejectReason, raw, &problem);
    return problem;
}

Outcome apply(const Sql &sql, qint64 fileId, const QString &path, const Author &author)
{
    FixesCsv csv;
    openFixes(csv, path); // first: a CSV that cannot be read is refused before any lock
    Applier applier(sql, fileId, author);
    CsvRecord row;
    while (csv.reader->next(row)) {
        if (row.fieldCount() <= std::max(csv.lineColumn, csv.rawColumn)) {
            applier.problem(row.line, QStringLiteral("the row has no line or raw value"));
            continue;
        }
        bool isNumber = false;
        const QString lineText = row.fieldString(int(csv.lineColumn));
        const qint64 line = lineText.trimmed().toLongLong(&isNumber);
        if (!isNumber || line < 1) {
            applier.problem(row.line, QStringLiteral("\"%1\" is not a line number").arg(lineText));
            continue;
        }
        applier.apply(Fix{row.line, line, row.fieldString(int(csv.rawColumn))});
    }
    if (!csv.reader->errorString().isEmpty())
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("cannot read %1: %2").arg(path, csv.reader->errorString()));
    return applier.finish();
}

Outcome apply(const Sql &sql, qint64 fileId, const QList<Fix> &fixes, const Author &author)
{
    Applier applier(sql, fileId, author);
    for (const Fix &fix : fixes)
        applier.apply(fix);
    return applier.finish();
}

QStringList describe(const QString &csvName, const QList<Problem> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem &problem : problems)
        lines << QStringLiteral("%1:%2: %3").arg(csvName).arg(problem.at).arg(problem.message);
    return lines;
}

} // namespace stevedore::rejectfixes
