// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace stevedore {

class CsvReader;
class Sql;
namespace catalog {
struct FileOrigin;
}

// Fixing rejected records in place: an operator takes a file's rejects (`stevedore rejects`,
// the Imports view's Export Rejects: line,reason,raw), corrects the raw text, and applies the
// edited CSV. Each fixed record goes into the same file at the number and line it was rejected
// at, so that the file reads as if it had been right the first time:
//
//  * A row names its reject by `line`; `raw` is the corrected record. It is read as one record
//    of the file's own dialect for delimited text, as comma-separated CSV for workbooks, JSON
//    and fixed-width files (a sheet's rejects are written that way), and as a JSON array of
//    strings where the reject was refused by the database (its raw is stored that way). It must
//    have as many fields as the file's header.
//  * Applied records leave the file's rejects; each leaves an audit entry in record_fixes
//    (who: the OS user and the database user; when; the reason, the raw text before and the
//    record after).
//  * Exactly once: a row whose line was fixed before is counted as already applied and
//    changes nothing, so applying the same CSV twice, or again after a crash, is safe. Every
//    row is applied in the caller's transaction (one for the whole CSV).
//  * A row that cannot be applied (no such reject, a wrong field count, a malformed record)
//    stays a reject and is reported as FIXED.csv:LINE: reason; the others are applied. A row
//    whose raw is empty is skipped: the record stays rejected.
//  * Only a file whose import finished (status imported) takes fixes: a running or resumable
//    import owns the numbers after its checkpoint.
namespace rejectfixes {

// How a fix's raw text is read for one file (see above).
struct FileReading
{
    QString fileName;
    int fieldCount = 0; // the file's header's
    bool delimited = true;
    char delimiter = ',';
    char quote = '"'; // '\0': none
};

FileReading readingOf(const catalog::FileOrigin &file);

// Empty when raw is one record of the file with as many fields as its header; else why not.
// rejectReason is the reject's (a database refusal is fixed as a JSON array).
QString check(const FileReading &reading, const QString &rejectReason, const QString &raw);

// One fix: the reject's line in the file and the corrected raw text.
struct Fix
{
    qint64 at = 0; // where the fix comes from, 1-based: a CSV's line, a grid's row
    qint64 line = 0;
    QString raw;
};

struct Problem
{
    qint64 at = 0;   // the fix's Fix::at (the fixes CSV's line)
    QString message; // without the location
};

struct Outcome
{
    qint64 applied = 0;        // records put back into the file
    qint64 alreadyApplied = 0; // rows whose line had been fixed before
    qint64 skipped = 0;        // rows with an empty raw
    QList<Problem> problems;   // rows left as rejects, in CSV order
};

struct Author
{
    QString osUser; // the operating-system user applying the fixes
};

// Applies the fixes CSV at path to the file, inside the caller's transaction: locks the file's
// row first. Throws DbError(NotFound) when the file does not exist, DbError(Invalid) when it is
// not imported or when the CSV cannot be read or has no line and raw columns (nothing applied).
Outcome apply(const Sql &sql, qint64 fileId, const QString &path, const Author &author);
// The same for fixes made in the GUI's rejects grid.
Outcome apply(const Sql &sql, qint64 fileId, const QList<Fix> &fixes, const Author &author);

// "FILE:LINE: reason" lines for the problems of a fixes CSV, FILE being its name as given.
QStringList describe(const QString &csvName, const QList<Problem> &problems);

// A CSV of fixes as an operator saved it (from an editor or a spreadsheet, which may use ';'
// or tabs): the header must name `columns`, in any order, beside any others. Throws
// DbError(Invalid) naming the file when it cannot be read or lacks a column (hint says what
// such a CSV holds). Shared by reject fixes and cell fixes (import/cellfixes.h).
class FixesCsv
{
public:
    FixesCsv(const QString &path, const QStringList &columns, const QString &hint);
    ~FixesCsv();

    // The next row: its line in the CSV and its values of `columns`; complete is false when
    // the row is too short to hold all of them. Returns false at the end or on a read error.
    bool next(qint64 &line, QStringList &values, bool &complete);
    // Why reading stopped early; empty at a clean end.
    QString errorString() const;

private:
    QFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    QList<qsizetype> m_columns;
};

} // namespace rejectfixes
} // namespace stevedore
