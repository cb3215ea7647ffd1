// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/rejectfixes.h"

#include "csv/csvreader.h"
#include "csv/dialect.h"
#include "csv/dialectdetection.h"
#include "db/dberror.h"
#include "db/livefiles.h"
#include "db/osuser.h"
#include "db/sql.h"
#include "source/recordsource.h"
#include "source/sourcestream.h"
#include "store/catalog.h"
#include "store/importjobs.h"
#include "store/recordcodec.h"
#include "store/recordstore.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

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
        m_dbUser = currentDatabaseUser(sql);
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
    reading.delimited = SourceOptions::storedFormat(file.dialect) == SourceFormat::Delimited;
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
    // First: a CSV that cannot be read is refused before any lock.
    FixesCsv csv(path,
                 {QStringLiteral("line"), QStringLiteral("raw")},
                 QStringLiteral("a rejects CSV has line,reason,raw"));
    Applier applier(sql, fileId, author);
    qint64 at = 0;
    QStringList values;
    bool complete = false;
    while (csv.next(at, values, complete)) {
        if (!complete) {
            applier.problem(at, QStringLiteral("the row has no line or raw value"));
            continue;
        }
        bool isNumber = false;
        const qint64 line = values[0].trimmed().toLongLong(&isNumber);
        if (!isNumber || line < 1) {
            applier.problem(at, QStringLiteral("\"%1\" is not a line number").arg(values[0]));
            continue;
        }
        applier.apply(Fix{at, line, values[1]});
    }
    if (!csv.errorString().isEmpty())
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("cannot read %1: %2").arg(path, csv.errorString()));
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

FixesCsv::FixesCsv(const QString &path, const QStringList &columns, const QString &hint)
{
    const QString name = QFileInfo(path).fileName();
    if (isLiveDatabaseFile(path))
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("%1 belongs to the database Stevedore has open").arg(path));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("cannot read %1: %2").arg(path, m_file.errorString()));
    Dialect dialect;
    // A spreadsheet may have saved the edited CSV with ';' or tabs.
    dialect.delimiter = detectDialect(m_file.peek(64 * 1024)).delimiter;
    m_reader = std::make_unique<CsvReader>(&m_file, dialect);
    const QStringList header = m_reader->rawHeader();
    if (!m_reader->headerError().isEmpty())
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("%1:1: %2").arg(name, m_reader->headerError()));
    QStringList missing;
    for (const QString &column : columns) {
        m_columns << header.indexOf(column);
        if (m_columns.constLast() < 0)
            missing << QLatin1Char('"') + column + QLatin1Char('"');
    }
    if (!missing.isEmpty())
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("%1:1: the header has no %2 column%3 (%4)")
                          .arg(name,
                               missing.size() > 1
                                   ? missing.first(missing.size() - 1).join(QLatin1String(", "))
                                         + QLatin1String(" and ") + missing.constLast()
                                   : missing.constFirst(),
                               missing.size() > 1 ? QStringLiteral("s") : QString(),
                               hint));
}

FixesCsv::~FixesCsv() = default;

bool FixesCsv::next(qint64 &line, QStringList &values, bool &complete)
{
    CsvRecord row;
    if (!m_reader->next(row))
        return false;
    line = row.line;
    values.clear();
    complete = true;
    for (const qsizetype column : std::as_const(m_columns)) {
        if (column < row.fieldCount()) {
            values << row.fieldString(int(column));
        } else {
            values << QString();
            complete = false;
        }
    }
    return true;
}

QString FixesCsv::errorString() const
{
    return m_reader->errorString();
}

} // namespace stevedore::rejectfixes
