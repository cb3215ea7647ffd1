// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace stevedore {

class Sql;

// Records parsed and encoded, ready to be written in one transaction. Built on the parsing
// thread, written on a pool thread.
struct RecordBatch
{
    struct Row
    {
        qint64 recordNo;
        qint64 lineNo;
        qsizetype offset; // of the record's JSON array in json
        qsizetype length;
    };
    struct Reject
    {
        qint64 recordNo;
        qint64 lineNo;
        QString reason;
        QByteArray raw;
        int column = 0; // the cell the reason is about (CsvRecord::errorColumn); 0: the record
    };

    std::vector<Row> rows;
    std::vector<Reject> rejects; // malformed records found by the reader
    QByteArray json;
    qint64 lastRecordNo = 0; // highest record number in this batch (rows and rejects)
    qint64 lastLineNo = 0;
    qint64 bytesRead = 0; // source bytes consumed when the batch was cut
    bool last = false;    // the file ends with this batch

    void clear();
    // Appends a record (fields in UTF-8) as a row; for tests and tools that build batches by
    // hand. The importer fills rows and json directly.
    void appendRecord(qint64 recordNo, qint64 lineNo, const QList<QByteArray> &fields);
    QByteArrayView rowJson(const Row &row) const
    {
        return {json.constData() + row.offset, row.length};
    }
};

// Writes rows [from, to) of a batch as record blocks (recordstore.h) inside the caller's
// transaction, by the engine's fastest path: multi-row prepared INSERTs through the sqlite3
// handle, or binary COPY … FROM STDIN through the PGconn. Rows with recordNo <= skipUpTo are left
// out (already committed before a crash). Throws DbError.
void writeRecords(const Sql &sql,
                  qint64 fileId,
                  const RecordBatch &batch,
                  size_t from,
                  size_t to,
                  qint64 skipUpTo);

// The naive path for the benchmark baseline: one INSERT per record through QSqlQuery.
void writeRecordsNaive(const Sql &sql, qint64 fileId, const RecordBatch &batch);

} // namespace stevedore
