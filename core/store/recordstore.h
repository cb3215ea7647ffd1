// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace stevedore {

class Sql;

// How a file's records are stored, and the only code that reads them.
//
// Records are kept in blocks: one row of record_blocks holds up to maxBlockRecords records
// with consecutive record numbers, first_record_no .. first_record_no + record_count - 1.
// A block's data is a JSON array of the records' JSON arrays, one record per line:
//     [["a","b"],
//     ["c","d"]]
// (a record's JSON never holds a raw newline, so splitting is a memchr), and line_nos holds
// the records' 1-based physical line numbers as decimal text, comma-separated.
//
// Why: a row per record made PostgreSQL maintain one primary-key entry and one heap tuple
// per record, which cost an import 1.6x `psql \copy`; a block of ~10 records cuts both
// tenfold. Blocks stay below PostgreSQL's TOAST threshold (data and line numbers within
// blockTargetBytes), so they are stored uncompressed in line. A block never spans a gap in the
// numbering (a rejected record) nor two batches of an import, so a committed checkpoint always
// falls on a block boundary.
namespace recordstore {

constexpr int maxBlockRecords = 64; // also a CHECK constraint on record_blocks.record_count
constexpr qsizetype blockTargetBytes = 1600;

struct Record
{
    qint64 recordNo = 0;
    qint64 lineNo = 0;
    QByteArray json; // the record's JSON array of strings

    friend bool operator==(const Record &, const Record &) = default;
};

using RecordHandler = std::function<void(qint64 recordNo, qint64 lineNo, QByteArrayView json)>;

enum class Seek {
    From,   // records with number >= key, ascending
    After,  // records with number > key, ascending
    Before, // the `limit` records just below key, returned ascending
    Last,   // the file's last `limit` records, returned ascending
};

// Up to limit records of a file, read through the native handle. Throws DbError.
QList<Record> readRecords(const Sql &sql, qint64 fileId, Seek seek, qint64 key, int limit);

// Up to limit records numbered above `after` whose stored JSON contains `text` (JSON-escaped
// as stored), ignoring case across Unicode (text::caseFoldedUtf8; on PostgreSQL the server's ICU
// lower() narrows first, whatever the database's locale). Every character of `text` is literal
// ('%' and '_' too). The server picks the blocks, so a search reads only blocks that match.
// Throws DbError.
QList<Record>
findRecords(const Sql &sql, qint64 fileId, qint64 after, const QString &text, int limit);

// The JSON of records fromRecord <= number < toRecord, in order. Throws DbError.
void readRecordData(
    const Sql &sql, qint64 fileId, qint64 fromRecord, qint64 toRecord, QList<QByteArray> &out);

// Calls handle for every record of a file numbered above `after`, in order, reading about
// pageRecords records a round trip. Throws DbError.
void forEachRecord(const Sql &sql,
                   qint64 fileId,
                   qint64 after,
                   const RecordHandler &handle,
                   int pageRecords = 4096);

// The lowest and highest record numbers stored for a file; nullopt when it has none.
std::optional<std::pair<qint64, qint64>> recordBounds(const Sql &sql, qint64 fileId);

// Runs (first number, length) of numbers between the file's first and last record that hold
// no record, from one scan of the file's blocks.
QList<std::pair<qint64, qint64>> unusedNumberRuns(const Sql &sql, qint64 fileId);

// SQL condition "record number `numberExpr` of file ? is stored" (one bound parameter: the
// file id), for use inside other queries.
QString storedCondition(const QString &numberExpr);

// Stores one record as a block of its own at a number that holds none (a rejected record
// fixed in place: import/rejectfixes.h). json is the record's JSON array. Throws DbError (a
// primary-key violation when a block starts at that number).
void insertRecord(
    const Sql &sql, qint64 fileId, qint64 recordNo, qint64 lineNo, QByteArrayView json);

// Replaces the JSON array of the stored record numbered recordNo (a value corrected in place:
// import/cellfixes.h), in its block; its number and line stay. Returns false when no record
// has that number. Throws DbError.
bool replaceRecord(const Sql &sql, qint64 fileId, qint64 recordNo, QByteArrayView json);

// Removes a file's records and the audit of fixes applied to them.
void deleteFileRecords(const Sql &sql, qint64 fileId);

// Splits one block into its records. Returns false when the block is malformed.
bool decodeBlock(qint64 firstRecordNo,
                 qint64 recordCount,
                 QByteArrayView lineNos,
                 QByteArrayView data,
                 const RecordHandler &handle);

} // namespace recordstore
} // namespace stevedore
