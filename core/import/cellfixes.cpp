// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/cellfixes.h"

#include "db/dberror.h"
#include "db/osuser.h"
#include "db/sql.h"
#include "schema/mappingservice.h"
#include "store/catalog.h"
#include "store/recordcodec.h"
#include "store/recordstore.h"

#include <QDateTime>

namespace stevedore::cellfixes {

namespace {

// Sql binds a null QString as NULL; the audit's texts are never NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Applies fixes one by one to one file, in the caller's transaction.
class Applier
{
public:
    Applier(const Sql &sql, qint64 fileId, const rejectfixes::Author &author)
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
                                         "import before fixing its values")
                              .arg(file->name, file->status));
        m_fileName = file->name;
        m_plan = MappingService(sql).plan(fileId);
        m_dbUser = currentDatabaseUser(sql);
        m_now = QDateTime::currentMSecsSinceEpoch();
    }

    void apply(const Fix &fix)
    {
        const auto problem = [this, &fix](const QString &message) {
            m_outcome.problems << rejectfixes::Problem{fix.at, message};
        };
        const qsizetype index = columnIndex(fix.column);
        if (index < 0) {
            problem(QStringLiteral("\"%1\" is not a schema column").arg(fix.column));
            return;
        }
        const MappingPlan::Column &column = m_plan.columns[index];
        if (column.source < 0) {
            problem(QStringLiteral("no column of '%1' is mapped to \"%2\"")
                        .arg(m_fileName, column.name));
            return;
        }
        const QList<recordstore::Record> found
            = recordstore::readRecords(m_sql, m_fileId, recordstore::Seek::From, fix.recordNo, 1);
        if (found.isEmpty() || found.constFirst().recordNo != fix.recordNo) {
            problem(QStringLiteral("'%1' has no record %2").arg(m_fileName).arg(fix.recordNo));
            return;
        }
        const recordstore::Record &record = found.constFirst();
        QList<QByteArray> fields;
        if (!recordcodec::parseJsonArray(record.json, fields))
            throw DbError(DbError::Kind::Permanent,
                          QStringLiteral("record %1 of '%2' is stored malformed")
                              .arg(record.recordNo)
                              .arg(m_fileName));
        // A short record (a ragged row) reads its missing fields as empty.
        while (fields.size() <= column.source)
            fields << QByteArray();
        const QByteArray value = fix.value.toUtf8();
        const QString stored = QString::fromUtf8(fields[column.source]);
        if (fields[column.source] == value) {
            ++m_outcome.alreadyApplied;
            return;
        }
        if (fix.expected && stored != *fix.expected) {
            problem(QStringLiteral("%1: \"%2\" is now \"%3\", not \"%4\" as when it was edited")
                        .arg(where(record), column.name, stored, *fix.expected));
            return;
        }
        if (value.contains('\0')) {
            problem(QStringLiteral("%1: the value holds a NUL character").arg(where(record)));
            return;
        }
        fields[column.source] = value;
        QStringList reasons;
        mappedRecord(m_plan, fields, nullptr, &reasons);
        if (const QString reason = reasons.value(index); !reason.isEmpty()) {
            problem(QStringLiteral("%1: \"%2\" would still be invalid: %3 (value \"%4\")")
                        .arg(where(record), column.name, reason, fix.value));
            return;
        }
        QList<QByteArrayView> views;
        views.reserve(fields.size());
        for (const QByteArray &field : std::as_const(fields))
            views << field;
        QByteArray json;
        recordcodec::appendJsonArray(json, views);
        recordstore::replaceRecord(m_sql, m_fileId, record.recordNo, json);
        m_sql.exec(QStringLiteral("INSERT INTO cell_fixes (file_id, record_no, line_no, field_no, "
                                  "column_name, old_value, new_value, fixed_at, os_user, "
                                  "db_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {m_fileId,
                    record.recordNo,
                    record.lineNo,
                    column.source + 1,
                    column.name,
                    notNull(stored),
                    notNull(fix.value),
                    m_now,
                    notNull(m_author.osUser),
                    notNull(m_dbUser)});
        ++m_outcome.applied;
    }

    void problem(qint64 at, const QString &message)
    {
        m_outcome.problems << rejectfixes::Problem{at, message};
    }

    Outcome finish() const { return m_outcome; }

private:
    static QString where(const recordstore::Record &record)
    {
        return QStringLiteral("record %1 (line %2)").arg(record.recordNo).arg(record.lineNo);
    }

    qsizetype columnIndex(const QString &name) const
    {
        const QString wanted = name.trimmed();
        for (qsizetype i = 0; i < m_plan.columns.size(); ++i) {
            if (m_plan.columns[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }

    const Sql &m_sql;
    qint64 m_fileId;
    rejectfixes::Author m_author;
    QString m_fileName;
    MappingPlan m_plan;
    QString m_dbUser;
    qint64 m_now = 0;
    Outcome m_outcome;
};

} // namespace

Outcome
apply(const Sql &sql, qint64 fileId, const QList<Fix> &fixes, const rejectfixes::Author &author)
{
    Applier applier(sql, fileId, author);
    for (const Fix &fix : fixes)
        applier.apply(fix);
    return applier.finish();
}

Outcome apply(const Sql &sql, qint64 fileId, const QString &path, const rejectfixes::Author &author)
{
    // First: a CSV that cannot be read is refused before any lock.
    rejectfixes::FixesCsv csv(
        path,
        {QStringLiteral("record"), QStringLiteral("column"), QStringLiteral("value")},
        QStringLiteral("a cell fixes CSV has record,column,value"));
    Applier applier(sql, fileId, author);
    qint64 at = 0;
    QStringList values;
    bool complete = false;
    while (csv.next(at, values, complete)) {
        if (!complete) {
            applier.problem(at, QStringLiteral("the row has no record, column or value"));
            continue;
        }
        bool isNumber = false;
        const qint64 recordNo = values[0].trimmed().toLongLong(&isNumber);
        if (!isNumber || recordNo < 1) {
            applier.problem(at, QStringLiteral("\"%1\" is not a record number").arg(values[0]));
            continue;
        }
        applier.apply(Fix{at, recordNo, values[1], values[2], std::nullopt});
    }
    if (!csv.errorString().isEmpty())
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("cannot read %1: %2").arg(path, csv.errorString()));
    return applier.finish();
}

} // namespace stevedore::cellfixes
