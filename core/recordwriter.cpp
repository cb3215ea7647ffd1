// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "recordwriter.h"

#include "dberror.h"
#include "recordcodec.h"
#include "recordstore.h"
#include "sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <charconv>
#include <memory>

namespace stevedore {

void RecordBatch::clear()
{
    rows.clear();
    rejects.clear();
    json.clear();
    lastRecordNo = 0;
    lastLineNo = 0;
    bytesRead = 0;
    last = false;
}

void RecordBatch::appendRecord(qint64 recordNo, qint64 lineNo, const QList<QByteArray> &fields)
{
    const qsizetype offset = json.size();
    recordcodec::appendJsonArray(json, QList<QByteArrayView>(fields.cbegin(), fields.cend()));
    rows.push_back({recordNo, lineNo, offset, json.size() - offset});
    lastRecordNo = std::max(lastRecordNo, recordNo);
    lastLineNo = std::max(lastLineNo, lineNo);
}

namespace {

// SQLite: blocks per INSERT statement (5 parameters each; SQLite 3.32+ allows 32766).
constexpr size_t sqliteBlocksPerStatement = 128;

DbError sqliteError(sqlite3 *db, const char *what)
{
    const int code = sqlite3_errcode(db);
    const auto kind = (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED
                          ? DbError::Kind::Transient
                          : DbError::Kind::Permanent;
    return DbError(
        kind,
        QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))),
        QString::number(code));
}

// A block: rows [begin, end) of the list being written (see recordstore.h for the layout).
struct Block
{
    size_t begin;
    size_t end;
};

// What a row adds to its block: its JSON, the ",\n" or bracket beside it, and its line number
// with a comma.
qsizetype blockBytes(const RecordBatch::Row &row)
{
    qsizetype digits = 1;
    for (qint64 n = row.lineNo; n >= 10; n /= 10)
        ++digits;
    return row.length + 2 + digits + 1;
}

// Cuts the rows into blocks: consecutive record numbers, at most maxBlockRecords records and,
// unless a single record is larger, at most blockTargetBytes of data and line numbers.
std::vector<Block> cutBlocks(const std::vector<const RecordBatch::Row *> &rows)
{
    std::vector<Block> blocks;
    blocks.reserve(rows.size() / 8 + 1);
    size_t i = 0;
    while (i < rows.size()) {
        Block block{i, i + 1};
        qsizetype bytes = blockBytes(*rows[i]);
        while (block.end < rows.size()) {
            const RecordBatch::Row &next = *rows[block.end];
            if (block.end - block.begin >= size_t(recordstore::maxBlockRecords)
                || next.recordNo != rows[block.end - 1]->recordNo + 1
                || bytes + blockBytes(next) > recordstore::blockTargetBytes)
                break;
            bytes += blockBytes(next);
            ++block.end;
        }
        blocks.push_back(block);
        i = block.end;
    }
    return blocks;
}

void appendBlockData(QByteArray &out,
                     const RecordBatch &batch,
                     const std::vector<const RecordBatch::Row *> &rows,
                     const Block &block)
{
    out += '[';
    for (size_t i = block.begin; i < block.end; ++i) {
        if (i != block.begin)
            out.append(",\n", 2);
        const QByteArrayView json = batch.rowJson(*rows[i]);
        out.append(json.data(), json.size());
    }
    out += ']';
}

void appendLineNos(QByteArray &out,
                   const std::vector<const RecordBatch::Row *> &rows,
                   const Block &block)
{
    for (size_t i = block.begin; i < block.end; ++i) {
        if (i != block.begin)
            out += ',';
        char digits[24];
        const auto written = std::to_chars(digits, digits + sizeof digits, rows[i]->lineNo);
        out.append(digits, written.ptr - digits);
    }
}

class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, size_t blocks)
        : m_db(db)
    {
        QByteArray sql = "INSERT INTO record_blocks (file_id, first_record_no, record_count, "
                         "line_nos, data) VALUES ";
        for (size_t i = 0; i < blocks; ++i)
            sql += i == 0 ? "(?,?,?,?,?)" : ",(?,?,?,?,?)";
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
            throw sqliteError(db, "prepare insert");
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds and runs blocks [from, from + count); their texts are in arena at spans.
    void run(qint64 fileId,
             const std::vector<const RecordBatch::Row *> &rows,
             const std::vector<Block> &blocks,
             size_t from,
             size_t count,
             const QByteArray &arena,
             const std::vector<qsizetype> &spans)
    {
        int p = 1;
        for (size_t b = from; b < from + count; ++b) {
            const Block &block = blocks[b];
            sqlite3_bind_int64(m_stmt, p++, fileId);
            sqlite3_bind_int64(m_stmt, p++, rows[block.begin]->recordNo);
            sqlite3_bind_int64(m_stmt, p++, qint64(block.end - block.begin));
            // spans: line_nos start, data start, data end for each block.
            const qsizetype lines = spans[3 * b];
            const qsizetype data = spans[3 * b + 1];
            const qsizetype end = spans[3 * b + 2];
            sqlite3_bind_text(
                m_stmt, p++, arena.constData() + lines, int(data - lines), SQLITE_STATIC);
            sqlite3_bind_text(
                m_stmt, p++, arena.constData() + data, int(end - data), SQLITE_STATIC);
        }
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (rc != SQLITE_DONE)
            throw sqliteError(m_db, "insert records");
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

void writeSqlite(sqlite3 *db,
                 qint64 fileId,
                 const RecordBatch &batch,
                 const std::vector<const RecordBatch::Row *> &rows)
{
    if (rows.empty())
        return;
    const std::vector<Block> blocks = cutBlocks(rows);
    QByteArray arena;
    arena.reserve(batch.json.size() + qsizetype(rows.size()) * 12 + 64);
    std::vector<qsizetype> spans;
    spans.reserve(blocks.size() * 3);
    for (const Block &block : blocks) {
        spans.push_back(arena.size());
        appendLineNos(arena, rows, block);
        spans.push_back(arena.size());
        appendBlockData(arena, batch, rows, block);
        spans.push_back(arena.size());
    }
    std::unique_ptr<SqliteStatement> full;
    size_t b = 0;
    while (b < blocks.size()) {
        const size_t n = std::min(sqliteBlocksPerStatement, blocks.size() - b);
        if (n == sqliteBlocksPerStatement) {
            if (!full)
                full = std::make_unique<SqliteStatement>(db, n);
            full->run(fileId, rows, blocks, b, n, arena, spans);
        } else {
            SqliteStatement tail(db, n);
            tail.run(fileId, rows, blocks, b, n, arena, spans);
        }
        b += n;
    }
}

// COPY's binary format: network byte order integers, each field as its length and its bytes.
// Compared with the text format the server parses no digits and unescapes nothing, and we
// escape nothing: less work for the backend, which is what an import waits on.
void appendBigEndian(QByteArray &out, quint64 value, int bytes)
{
    char raw[8];
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(value >> (8 * (bytes - 1 - i)));
    out.append(raw, bytes);
}

void appendInt8Field(QByteArray &out, qint64 value)
{
    appendBigEndian(out, 8, 4);
    appendBigEndian(out, quint64(value), 8);
}

void appendInt4Field(QByteArray &out, qint32 value)
{
    appendBigEndian(out, 4, 4);
    appendBigEndian(out, quint32(value), 4);
}

// Appends a text field whose length is known only once written: a placeholder, then patched.
template<typename Writer>
void appendTextField(QByteArray &out, Writer &&write)
{
    const qsizetype at = out.size();
    appendBigEndian(out, 0, 4);
    write(out);
    const quint32 length = quint32(out.size() - at - 4);
    for (int i = 0; i < 4; ++i)
        out[at + i] = char(length >> (8 * (3 - i)));
}

DbError pgCopyError(PGconn *conn, const char *what)
{
    const QString message = DbError::oneLine(QString::fromUtf8(PQerrorMessage(conn)));
    return DbError(PQstatus(conn) == CONNECTION_BAD ? DbError::Kind::Connection
                                                    : DbError::Kind::Permanent,
                   QStringLiteral("%1: %2").arg(QLatin1String(what), message));
}

void writePostgres(PGconn *conn,
                   qint64 fileId,
                   const RecordBatch &batch,
                   const std::vector<const RecordBatch::Row *> &rows)
{
    if (rows.empty())
        return;
    PGresult *start = PQexec(conn,
                             "COPY record_blocks (file_id, first_record_no, record_count, "
                             "line_nos, data) FROM STDIN (FORMAT binary)");
    if (PQresultStatus(start) != PGRES_COPY_IN) {
        const char *state = PQresultErrorField(start, PG_DIAG_SQLSTATE);
        DbError error
            = PQstatus(conn) == CONNECTION_BAD
                  ? DbError(DbError::Kind::Connection,
                            QStringLiteral("start COPY: ")
                                + DbError::oneLine(QString::fromUtf8(PQerrorMessage(conn))))
                  : DbError(DbError::Kind::Permanent,
                            QStringLiteral("start COPY: ")
                                + DbError::oneLine(QString::fromUtf8(PQresultErrorMessage(start))),
                            state ? QString::fromLatin1(state) : QString());
        PQclear(start);
        throw error;
    }
    PQclear(start);
    QByteArray buffer;
    buffer.reserve(1 << 20);
    // Signature, flags (no OIDs), header extension length.
    buffer.append("PGCOPY\n\377\r\n\0", 11);
    appendBigEndian(buffer, 0, 4);
    appendBigEndian(buffer, 0, 4);
    for (const Block &block : cutBlocks(rows)) {
        appendBigEndian(buffer, 5, 2); // fields in this tuple
        appendInt8Field(buffer, fileId);
        appendInt8Field(buffer, rows[block.begin]->recordNo);
        appendInt4Field(buffer, qint32(block.end - block.begin));
        appendTextField(buffer, [&](QByteArray &out) { appendLineNos(out, rows, block); });
        appendTextField(buffer, [&](QByteArray &out) { appendBlockData(out, batch, rows, block); });
        if (buffer.size() >= (1 << 20) - 4096) {
            if (PQputCopyData(conn, buffer.constData(), int(buffer.size())) != 1)
                throw pgCopyError(conn, "send COPY data");
            buffer.resize(0); // keeps the capacity
        }
    }
    appendBigEndian(buffer, 0xffff, 2); // the trailer: a field count of -1
    if (PQputCopyData(conn, buffer.constData(), int(buffer.size())) != 1)
        throw pgCopyError(conn, "send COPY data");
    if (PQputCopyEnd(conn, nullptr) != 1)
        throw pgCopyError(conn, "end COPY");
    PGresult *result = PQgetResult(conn);
    const ExecStatusType status = PQresultStatus(result);
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    const QString message = DbError::oneLine(QString::fromUtf8(PQresultErrorMessage(result)));
    const QString sqlState = state ? QString::fromLatin1(state) : QString();
    PQclear(result);
    while (PGresult *extra = PQgetResult(conn))
        PQclear(extra);
    if (status != PGRES_COMMAND_OK) {
        DbError::Kind kind = DbError::Kind::Permanent;
        if (PQstatus(conn) == CONNECTION_BAD || sqlState.startsWith(QLatin1String("08"))
            || sqlState.startsWith(QLatin1String("57P")))
            kind = DbError::Kind::Connection;
        else if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01"))
            kind = DbError::Kind::Transient;
        throw DbError(kind, QStringLiteral("COPY records: ") + message, sqlState);
    }
}

} // namespace

void writeRecords(const Sql &sql,
                  qint64 fileId,
                  const RecordBatch &batch,
                  size_t from,
                  size_t to,
                  qint64 skipUpTo)
{
    std::vector<const RecordBatch::Row *> rows;
    rows.reserve(to - from);
    for (size_t i = from; i < to; ++i) {
        if (batch.rows[i].recordNo > skipUpTo)
            rows.push_back(&batch.rows[i]);
    }
    if (PGconn *conn = sql.pgConn()) {
        writePostgres(conn, fileId, batch, rows);
        return;
    }
    sqlite3 *db = sql.sqlite();
    if (!db)
        throw DbError(DbError::Kind::Connection, QStringLiteral("no open database handle"));
    writeSqlite(db, fileId, batch, rows);
}

void writeRecordsNaive(const Sql &sql, qint64 fileId, const RecordBatch &batch)
{
    QSqlQuery query(sql.database());
    for (const RecordBatch::Row &row : batch.rows) {
        query.prepare(QStringLiteral("INSERT INTO record_blocks (file_id, first_record_no, "
                                     "record_count, line_nos, data) VALUES (?, ?, 1, ?, ?)"));
        query.addBindValue(fileId);
        query.addBindValue(row.recordNo);
        query.addBindValue(QString::number(row.lineNo));
        query.addBindValue(QLatin1Char('[') + QString::fromUtf8(batch.rowJson(row))
                           + QLatin1Char(']'));
        if (!query.exec())
            throw DbError::fromSqlError(query.lastError(), QStringLiteral("insert record"));
    }
}

} // namespace stevedore
