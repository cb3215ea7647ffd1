// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "store/recordstore.h"

#include "db/dberror.h"
#include "db/sql.h"
#include "db/sqlitefunctions.h"
#include "store/recordcodec.h"
#include "text/casefold.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <memory>
#include <variant>
#include <vector>

namespace stevedore::recordstore {

namespace {

using Param = std::variant<qint64, QByteArray>;
// first record number, record count, line numbers, data; returns false to stop reading.
using BlockHandler = std::function<bool(qint64, qint64, QByteArrayView, QByteArrayView)>;

constexpr qint64 noUpperBound = std::numeric_limits<qint64>::max();

// The lowest first_record_no a block holding record `number` can have, as an exclusive bound
// (saturating: callers pass the smallest qint64 for "from the start").
qint64 blockSearchBound(qint64 number)
{
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    return number < lowest + maxBlockRecords + 1 ? lowest : number - maxBlockRecords;
}

qint64 toInt64(const char *text, int length)
{
    qint64 value = 0;
    std::from_chars(text, text + length, value);
    return value;
}

DbError corruptBlock(qint64 firstRecordNo)
{
    return DbError(DbError::Kind::Permanent,
                   QStringLiteral("read records: the stored block starting at record %1 is "
                                  "malformed")
                       .arg(firstRecordNo));
}

int queryBlocksPg(PGconn *conn,
                  const char *text,
                  const std::vector<Param> &params,
                  const BlockHandler &handle)
{
    int rows = 0;
    QByteArray statement;
    int placeholder = 0;
    for (const char *p = text; *p; ++p) {
        if (*p == '?')
            statement += '$' + QByteArray::number(++placeholder);
        else
            statement += *p;
    }
    std::vector<QByteArray> storage;
    storage.reserve(params.size());
    std::vector<const char *> values;
    for (const Param &param : params) {
        if (const auto *number = std::get_if<qint64>(&param))
            storage.push_back(QByteArray::number(*number));
        else
            storage.push_back(std::get<QByteArray>(param));
        values.push_back(storage.back().constData());
    }
    PGresult *raw = PQexecParams(conn,
                                 statement.constData(),
                                 int(values.size()),
                                 nullptr,
                                 values.data(),
                                 nullptr,
                                 nullptr,
                                 0);
    const std::unique_ptr<PGresult, void (*)(PGresult *)> result(raw, PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        const char *state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
        const bool lost = PQstatus(conn) == CONNECTION_BAD;
        throw DbError(lost ? DbError::Kind::Connection : DbError::Kind::Permanent,
                      QStringLiteral("read records: ")
                          + DbError::oneLine(QString::fromUtf8(PQresultErrorMessage(result.get()))),
                      state ? QString::fromLatin1(state) : QString());
    }
    const int count = PQntuples(result.get());
    for (int r = 0; r < count; ++r) {
        ++rows;
        const PGresult *res = result.get();
        if (!handle(toInt64(PQgetvalue(res, r, 0), PQgetlength(res, r, 0)),
                    toInt64(PQgetvalue(res, r, 1), PQgetlength(res, r, 1)),
                    QByteArrayView(PQgetvalue(res, r, 2), PQgetlength(res, r, 2)),
                    QByteArrayView(PQgetvalue(res, r, 3), PQgetlength(res, r, 3))))
            break;
    }
    return rows;
}

int queryBlocksSqlite(sqlite3 *db,
                      const char *text,
                      const std::vector<Param> &params,
                      const BlockHandler &handle)
{
    int rows = 0;
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, text, -1, &raw, nullptr) != SQLITE_OK)
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("read records: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    int index = 1;
    for (const Param &param : params) {
        if (const auto *number = std::get_if<qint64>(&param)) {
            sqlite3_bind_int64(raw, index++, *number);
        } else {
            const QByteArray &bytes = std::get<QByteArray>(param);
            sqlite3_bind_text(raw, index++, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        }
    }
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        ++rows;
        const auto *lines = static_cast<const char *>(sqlite3_column_blob(raw, 2));
        const int linesSize = sqlite3_column_bytes(raw, 2);
        const auto *data = static_cast<const char *>(sqlite3_column_blob(raw, 3));
        const int dataSize = sqlite3_column_bytes(raw, 3);
        if (!handle(sqlite3_column_int64(raw, 0),
                    sqlite3_column_int64(raw, 1),
                    QByteArrayView(lines, linesSize),
                    QByteArrayView(data, dataSize))) {
            rc = SQLITE_DONE;
            break;
        }
    }
    if (rc != SQLITE_DONE) {
        const int code = sqlite3_errcode(db) & 0xff;
        throw DbError(code == SQLITE_BUSY || code == SQLITE_LOCKED ? DbError::Kind::Transient
                                                                   : DbError::Kind::Permanent,
                      QStringLiteral("read records: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return rows;
}

// Runs a query returning (first_record_no, record_count, line_nos, data) rows straight on the
// native handle: no QVariant or UTF-16 round trip for data that is mostly UTF-8 text. SQL is
// written with `?` placeholders. Returns the number of rows read.
int queryBlocks(const Sql &sql,
                const char *text,
                const std::vector<Param> &params,
                const BlockHandler &handle)
{
    if (PGconn *conn = sql.pgConn())
        return queryBlocksPg(conn, text, params, handle);
    sqlite3 *db = sql.sqlite();
    if (!db)
        throw DbError(DbError::Kind::Connection, QStringLiteral("no open database handle"));
    return queryBlocksSqlite(db, text, params, handle);
}

const char blockColumns[] = "SELECT first_record_no, record_count, line_nos, data FROM "
                            "record_blocks WHERE file_id = ? ";

// Blocks to ask for when `records` records are wanted: blocks usually hold about ten, so
// this rarely needs a second round trip and never reads much more than needed.
qint64 blocksFor(qint64 records)
{
    return std::clamp<qint64>(records / 4 + 2, 2, 1024);
}

// The condition "data holds the text bound to it, ignoring case", evaluated on the server.
// SQLite: text::caseFoldedUtf8 through a function every connection has (its own LIKE and
// lower() fold ASCII only), bound to the folded text. PostgreSQL: lower() and ILIKE follow
// the database's LC_CTYPE, ASCII only under "C", so lower() uses ICU's root locale whatever
// the database's, and ß becomes "ss" as text::caseFoldedUtf8 has it; bound to the text as is.
// Substring tests rather than LIKE: the text's '%' and '_' are plain characters.
QByteArray containsCondition(Engine engine)
{
    if (engine == Engine::Postgres)
        return "AND strpos(replace(lower(data COLLATE \"und-x-icu\"), 'ß', 'ss'), "
               "replace(lower(? COLLATE \"und-x-icu\"), 'ß', 'ss')) > 0 ";
    return QByteArray("AND ") + sqlitefunctions::holdsFolded + "(data, ?) ";
}

// Reads blocks in ascending order with lowest first_record_no above `after` and below
// `before`, until accept() has taken what it needs (returns false) or the blocks run out.
// Only blocks whose data holds `needle` ignoring case are read when it is not empty
// (containsCondition says how it is bound).
void scanAscending(const Sql &sql,
                   qint64 fileId,
                   qint64 after,
                   qint64 before,
                   qint64 wanted,
                   const QByteArray &needle,
                   const BlockHandler &accept)
{
    QByteArray text = blockColumns;
    text += "AND first_record_no > ? AND first_record_no < ? ";
    if (!needle.isEmpty())
        text += containsCondition(sql.engine());
    text += "ORDER BY first_record_no LIMIT ?";
    qint64 bound = after;
    bool more = true;
    while (more) {
        const qint64 limit = blocksFor(wanted);
        std::vector<Param> params{fileId, bound, before};
        if (!needle.isEmpty())
            params.emplace_back(needle);
        params.emplace_back(limit);
        bool stopped = false;
        const int rows = queryBlocks(
            sql,
            text.constData(),
            params,
            [&](qint64 first, qint64 count, QByteArrayView lines, QByteArrayView data) {
                bound = first;
                if (!accept(first, count, lines, data)) {
                    stopped = true;
                    return false;
                }
                return true;
            });
        more = !stopped && rows == limit;
    }
}

} // namespace

bool decodeBlock(qint64 firstRecordNo,
                 qint64 recordCount,
                 QByteArrayView lineNos,
                 QByteArrayView data,
                 const RecordHandler &handle)
{
    if (recordCount < 1 || data.size() < 2 || data.front() != '[' || data.back() != ']')
        return false;
    const char *p = data.data() + 1;
    const char *end = data.data() + data.size() - 1;
    const char *line = lineNos.data();
    const char *lineEnd = lineNos.data() + lineNos.size();
    for (qint64 i = 0; i < recordCount; ++i) {
        const bool lastRecord = i == recordCount - 1;
        const char *stop
            = lastRecord ? end : static_cast<const char *>(std::memchr(p, '\n', end - p));
        if (!stop)
            return false;
        const char *recordEnd = stop;
        if (!lastRecord) {
            if (recordEnd == p || recordEnd[-1] != ',')
                return false;
            --recordEnd; // the separating comma
        }
        qint64 lineNo = 0;
        const auto parsed = std::from_chars(line, lineEnd, lineNo);
        if (parsed.ec != std::errc())
            return false;
        line = parsed.ptr;
        if (!lastRecord) {
            if (line == lineEnd || *line != ',')
                return false;
            ++line;
        }
        handle(firstRecordNo + i, lineNo, QByteArrayView(p, recordEnd - p));
        p = lastRecord ? end : stop + 1;
    }
    return line == lineEnd;
}

QList<Record> readRecords(const Sql &sql, qint64 fileId, Seek seek, qint64 key, int limit)
{
    QList<Record> out;
    if (limit <= 0)
        return out;
    if (seek == Seek::From || seek == Seek::After) {
        const qint64 lowest = seek == Seek::From || key == noUpperBound ? key : key + 1;
        scanAscending(sql,
                      fileId,
                      blockSearchBound(lowest),
                      noUpperBound,
                      limit,
                      {},
                      [&](qint64 first, qint64 count, QByteArrayView lines, QByteArrayView data) {
                          const bool ok
                              = decodeBlock(first,
                                            count,
                                            lines,
                                            data,
                                            [&](qint64 number, qint64 line, QByteArrayView json) {
                                                if (number >= lowest && out.size() < limit)
                                                    out.append({number, line, json.toByteArray()});
                                            });
                          if (!ok)
                              throw corruptBlock(first);
                          return out.size() < limit;
                      });
        return out;
    }
    // Before / Last: blocks in descending order, records collected backwards.
    const qint64 below = seek == Seek::Before ? key : noUpperBound;
    qint64 bound = below;
    const QByteArray descending = QByteArray(blockColumns)
                                  + "AND first_record_no < ? ORDER BY first_record_no DESC LIMIT ?";
    QList<Record> block;
    for (;;) {
        const qint64 blocks = blocksFor(limit - out.size());
        bool done = false;
        const int rows = queryBlocks(
            sql,
            descending.constData(),
            {fileId, bound, blocks},
            [&](qint64 first, qint64 count, QByteArrayView lines, QByteArrayView data) {
                bound = first;
                block.clear();
                if (!decodeBlock(first,
                                 count,
                                 lines,
                                 data,
                                 [&](qint64 number, qint64 line, QByteArrayView json) {
                                     if (number < below)
                                         block.append({number, line, json.toByteArray()});
                                 }))
                    throw corruptBlock(first);
                for (auto it = block.rbegin(); it != block.rend() && out.size() < limit; ++it)
                    out.append(std::move(*it));
                done = out.size() >= limit;
                return !done;
            });
        if (done || rows < blocks)
            break;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

QList<Record>
findRecords(const Sql &sql, qint64 fileId, qint64 after, const QString &text, int limit)
{
    QList<Record> out;
    if (limit <= 0)
        return out;
    // Records are stored JSON-escaped: the needle is escaped the same way, then folded.
    QByteArray escaped;
    recordcodec::appendJsonString(escaped, text.toUtf8());
    escaped = escaped.mid(1, escaped.size() - 2);
    const QByteArray folded = text::caseFoldedUtf8(escaped);
    scanAscending(
        sql,
        fileId,
        blockSearchBound(after == std::numeric_limits<qint64>::max() ? after : after + 1),
        noUpperBound,
        limit,
        sql.engine() == Engine::Postgres ? escaped : folded,
        [&](qint64 first, qint64 count, QByteArrayView lines, QByteArrayView data) {
            const bool ok = decodeBlock(
                first, count, lines, data, [&](qint64 number, qint64 line, QByteArrayView json) {
                    if (number > after && out.size() < limit
                        && text::caseFoldedUtf8(json).contains(folded))
                        out.append({number, line, json.toByteArray()});
                });
            if (!ok)
                throw corruptBlock(first);
            return out.size() < limit;
        });
    return out;
}

void readRecordData(
    const Sql &sql, qint64 fileId, qint64 fromRecord, qint64 toRecord, QList<QByteArray> &out)
{
    out.clear();
    if (toRecord <= fromRecord)
        return;
    scanAscending(
        sql,
        fileId,
        blockSearchBound(fromRecord),
        toRecord,
        toRecord - fromRecord,
        {},
        [&](qint64 first, qint64 count, QByteArrayView lines, QByteArrayView data) {
            if (!decodeBlock(
                    first, count, lines, data, [&](qint64 number, qint64, QByteArrayView json) {
                        if (number >= fromRecord && number < toRecord)
                            out.append(json.toByteArray());
                    }))
                throw corruptBlock(first);
            return true;
        });
}

void forEachRecord(
    const Sql &sql, qint64 fileId, qint64 after, const RecordHandler &handle, int pageRecords)
{
    scanAscending(sql,
                  fileId,
                  blockSearchBound(after),
                  noUpperBound,
                  std::max(1, pageRecords),
                  {},
                  [&](qint64 first, qint64 count, QByteArrayView lines, QByteArrayView data) {
                      if (!decodeBlock(first,
                                       count,
                                       lines,
                                       data,
                                       [&](qint64 number, qint64 line, QByteArrayView json) {
                                           if (number > after)
                                               handle(number, line, json);
                                       }))
                          throw corruptBlock(first);
                      return true;
                  });
}

std::optional<std::pair<qint64, qint64>> recordBounds(const Sql &sql, qint64 fileId)
{
    // Two scalar subqueries: each is one seek on the primary key.
    const SqlResult bounds = sql.exec(
        QStringLiteral("SELECT (SELECT min(first_record_no) FROM record_blocks WHERE file_id = ?), "
                       "(SELECT first_record_no + record_count - 1 FROM record_blocks WHERE "
                       "file_id = ? ORDER BY first_record_no DESC LIMIT 1)"),
        {fileId, fileId});
    if (bounds.value(0, 0).isNull())
        return std::nullopt;
    return std::pair{bounds.value(0, 0).toLongLong(), bounds.value(0, 1).toLongLong()};
}

QList<std::pair<qint64, qint64>> unusedNumberRuns(const Sql &sql, qint64 fileId)
{
    const SqlResult scanned = sql.exec(
        QStringLiteral("SELECT prev_last, first_record_no FROM (SELECT first_record_no, "
                       "lag(first_record_no + record_count - 1) OVER (ORDER BY first_record_no) "
                       "AS prev_last FROM record_blocks WHERE file_id = ?) t "
                       "WHERE first_record_no - prev_last > 1 ORDER BY first_record_no"),
        {fileId});
    QList<std::pair<qint64, qint64>> runs;
    for (const QVariantList &row : scanned.rows) {
        const qint64 previous = row.value(0).toLongLong();
        runs.append({previous + 1, row.value(1).toLongLong() - previous - 1});
    }
    return runs;
}

QString storedCondition(const QString &numberExpr)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM record_blocks b WHERE b.file_id = ? AND "
                          "b.first_record_no <= %1 AND b.first_record_no > %1 - %2 AND "
                          "b.first_record_no + b.record_count > %1)")
        .arg(numberExpr)
        .arg(maxBlockRecords);
}

void insertRecord(
    const Sql &sql, qint64 fileId, qint64 recordNo, qint64 lineNo, QByteArrayView json)
{
    QByteArray data;
    data.reserve(json.size() + 2);
    data += '[';
    data += json;
    data += ']';
    sql.exec(QStringLiteral("INSERT INTO record_blocks (file_id, first_record_no, record_count, "
                            "line_nos, data) VALUES (?, ?, 1, ?, ?)"),
             {fileId, recordNo, QString::number(lineNo), QString::fromUtf8(data)});
}

bool replaceRecord(const Sql &sql, qint64 fileId, qint64 recordNo, QByteArrayView json)
{
    QByteArray text = blockColumns;
    text += "AND first_record_no > ? AND first_record_no <= ? "
            "ORDER BY first_record_no DESC LIMIT 1";
    qint64 blockStart = 0;
    QByteArray data;
    bool found = false;
    queryBlocks(
        sql,
        text.constData(),
        {fileId, blockSearchBound(recordNo), recordNo},
        [&](qint64 first, qint64 count, QByteArrayView lines, QByteArrayView stored) {
            if (recordNo >= first + count)
                return false; // a gap: the block ends before the record
            blockStart = first;
            data.reserve(stored.size() + json.size());
            data += '[';
            const bool ok = decodeBlock(
                first, count, lines, stored, [&](qint64 number, qint64, QByteArrayView record) {
                    if (number > first)
                        data += ",\n";
                    data += number == recordNo ? json : record;
                });
            if (!ok)
                throw corruptBlock(first);
            data += ']';
            found = true;
            return false;
        });
    if (!found)
        return false;
    sql.exec(QStringLiteral("UPDATE record_blocks SET data = ? WHERE file_id = ? AND "
                            "first_record_no = ?"),
             {QString::fromUtf8(data), fileId, blockStart});
    return true;
}

void deleteFileRecords(const Sql &sql, qint64 fileId)
{
    sql.exec(QStringLiteral("DELETE FROM record_blocks WHERE file_id = ?"), {fileId});
    // The audit of fixes applied to those records goes with them (import/rejectfixes.h,
    // import/cellfixes.h).
    sql.exec(QStringLiteral("DELETE FROM record_fixes WHERE file_id = ?"), {fileId});
    sql.exec(QStringLiteral("DELETE FROM cell_fixes WHERE file_id = ?"), {fileId});
}

} // namespace stevedore::recordstore
