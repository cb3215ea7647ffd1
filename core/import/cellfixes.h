// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "import/rejectfixes.h"

#include <QList>
#include <QString>

#include <optional>

namespace stevedore {

class Sql;

// Correcting stored values in place: an operator finds a cell that fails its schema column
// (`mapping validate --failures`, the Records view's Mapped mode), types the right value, and
// the stored record changes, with an audit entry, so that the file validates:
//
//  * A fix names a record by number, a schema column, and the new value of the file column
//    that feeds it, as stored (before the column's transform: the text the file held).
//  * The record with the new value is checked at once: the column's type, enum values,
//    required and its cell rules (schema/filevalidation.h's checkCell, after the transform).
//    A value that still fails is not applied. The unique rules need the whole file and are
//    left to `mapping validate`.
//  * Each applied value leaves an audit row in cell_fixes (file, record, line, field, column;
//    the value before and after; when; the OS user and the database user) and the record's
//    block is rewritten in place: its number and line stay.
//  * Exactly once: a fix whose value is already stored changes nothing and counts as applied
//    before, so applying the same fixes twice, or again after a crash, is safe. A fix made over
//    a value the operator saw (Fix::expected) is refused when the stored value has changed
//    since. Every fix is applied in the caller's transaction, under the file's row lock.
//  * A fix that cannot be applied (no such record, an unknown or unmapped column, a value that
//    still fails, a changed value) is reported as a Problem; the others are applied.
//  * Only a file whose import finished (status imported) takes fixes.
namespace cellfixes {

struct Fix
{
    qint64 at = 0; // where the fix comes from, 1-based: a CSV's line, a grid's edit
    qint64 recordNo = 0;
    QString column; // the schema column (as named in the schema, case-insensitive)
    QString value;  // the new stored value of the file column that feeds it
    // The stored value the fix was typed over; nullopt: whatever is stored.
    std::optional<QString> expected;
};

struct Outcome
{
    qint64 applied = 0;        // values changed
    qint64 alreadyApplied = 0; // fixes whose value was stored already
    QList<rejectfixes::Problem> problems;
};

// Applies fixes to the file, inside the caller's transaction: locks the file's row first.
// Throws DbError(NotFound) when the file does not exist, DbError(Invalid) when it is not
// imported.
Outcome
apply(const Sql &sql, qint64 fileId, const QList<Fix> &fixes, const rejectfixes::Author &author);
// The same for a CSV with the columns record, column and value (others are ignored), such as
// `mapping validate --failures --json`'s failures with their values corrected. Throws
// DbError(Invalid), nothing applied, when the CSV cannot be read or lacks those columns.
Outcome
apply(const Sql &sql, qint64 fileId, const QString &path, const rejectfixes::Author &author);

} // namespace cellfixes
} // namespace stevedore
