// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "schema/mappingservice.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace stevedore {

class Sql;

// The first check a cell fails: "required", "type" or "enum" (the column's definition), or a
// rule's kind name ("pattern", "unique", …), with the rule's message or the default one.
struct CellFailure
{
    QString rule;
    QString message;
};

// One failing cell of a file, as `mapping validate --failures` lists it.
struct ValidationFailure
{
    qint64 lineNo = 0; // 1-based physical line of the record's start
    qint64 recordNo = 0;
    QString column;     // the schema column
    QString fileColumn; // the file column that feeds it; empty when none does
    QString rule;
    QString value; // as in the file, before any transform
    QString message;
};

// Checks plan.columns[column] of one record whose schema values (transformed, in plan order;
// unmapped columns empty) are `values`. An empty value is checked for required, then for the
// required-with/-without rules; any other value for its type and enum values, then for the
// pattern, bound and length rules, in the order the rules are listed. The unique rules need
// the whole file and are not checked here. nullopt when the cell passes.
std::optional<CellFailure>
checkCell(const MappingPlan &plan, qsizetype column, const QList<QByteArrayView> &values);

// Validates every record of a file against the plan, streaming its records in keyset pages,
// and calls sink for every failing cell, in record order; except that when the file's mapping
// transforms a unique-in-project column, that column's failures come last (in record order
// among themselves), found by a second pass. A cell reports the first check it fails. The report
// counts the failures per column and per rule and keeps the first maxExamples of each column.
//
// unique keeps a hash of the column's values in memory. unique-in-project asks the server,
// in one query, which values of the project's other files that feed the same schema column
// as stored this file holds too (their distinct values hashed, this file's read on the
// server as well and joined with them); when this file's mapping transforms the column, its
// distinct values are kept here and sent once instead. Files that feed the column through a
// transform are read and transformed here. Run it inside a pool task, outside a transaction (on
// PostgreSQL it opens one of its own for the unique-in-project statement); throws DbError.
ValidationReport validateFile(const Sql &sql,
                              qint64 fileId,
                              const QString &fileName,
                              const MappingPlan &plan,
                              const FailureSink &sink = {},
                              int maxExamples = 5,
                              int pageSize = defaultScanPageSize);

} // namespace stevedore
