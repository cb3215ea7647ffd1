// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace stevedore {

class Sql;

// Which record number each row of a file's records has, row 0 being its lowest number.
// Numbers are dense (row r is record minNo + r) except where records were rejected during the
// import, which leaves their numbers unused; those are kept as runs (gaps), so rows map to
// numbers by a binary search and a file of millions of records costs a few kilobytes.
struct RecordLayout
{
    // A contiguous run of unused record numbers [from, from + count), with `before` unused
    // numbers below it.
    struct Gap
    {
        qint64 from = 0;
        qint64 count = 0;
        qint64 before = 0;
    };

    qint64 minNo = 1;
    qint64 rows = 0;
    QList<Gap> gaps;

    // The record number of a row in [0, rows).
    qint64 recordNo(qint64 row) const;

    // Reads the file's layout: its lowest and highest record numbers (two index seeks); if the
    // span equals expectedRows (files.record_count) the file is dense. Otherwise the unused
    // numbers are taken from the file's rejects and used when they account for every unused
    // number (none of them holds a record and there are as many as are missing); failing that
    // they are found by one scan of the file's blocks. Run it in a pool task; throws DbError.
    static RecordLayout probe(const Sql &sql, qint64 fileId, qint64 expectedRows);
};

} // namespace stevedore
