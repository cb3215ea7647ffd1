// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "csv/dialect.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace stevedore {

// "Re-import fixed records": the operator exports a job's rejects (import/rejectscsv.h), fixes
// the raw text in a spreadsheet or editor, and re-imports the result. The choice made here:
//
//  * The fixed records become a new file "<name>.fixed.csv" in the same project (the original
//    file stays as imported; record numbers in the new file restart at 1, its lines no longer
//    match the original's, the original line is lost).
//  * The file on disk is written next to the edited rejects CSV (so it stays available for a
//    resume); it is the original file's header, written with the original delimiter and quote,
//    then each row's raw column as it is (UTF-8, one record per row; a raw text holding a line
//    break inside quotes stays one record). It is imported with the original delimiter, UTF-8
//    and a header, so the raw text is re-parsed exactly against the original header.
//  * A reject the database refused has the record's fields as a JSON array in raw (that is
//    what the importer stores); such rows are turned back into a delimited line.
//  * Rows whose raw column is empty are skipped (the operator deleted the record).
struct FixedRecordsFile
{
    QString path;     // the file written
    QString fileName; // the name in the project: "<name>.fixed.csv"
    qint64 records = 0;
    char delimiter = ','; // the original file's, to import with
    char quote = '"';     // the original file's, to import with ('\0': none)
    QString error;        // non-empty: nothing usable was written
};

// The edited CSV's rows must have the columns line,reason,raw (a header row naming them, in any
// order; extra columns are ignored). Blocking: run it on a worker. Never throws.
FixedRecordsFile writeFixedRecords(const QString &rejectsCsvPath,
                                   const QString &originalName,
                                   const QStringList &originalHeader,
                                   const Dialect &originalDialect);

QString fixedFileName(const QString &originalName); // "a.csv" -> "a.fixed.csv"

} // namespace stevedore
