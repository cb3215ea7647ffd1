// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "schema/columnrules.h"
#include "schema/valuetransform.h"
#include "schema/valuevalidator.h"

#include <QList>
#include <QString>

namespace stevedore {

class Sql;

struct InvalidValue
{
    qint64 lineNo = 0; // 1-based physical line of the record's start
    qint64 recordNo = 0;
    QString value; // as in the file, before any transform
    QString reason;
};

// One cell to check per record: the field at source, transformed, against validator.
struct CellCheck
{
    int source = -1; // field index in the record; -1 or beyond the record: an empty value
    ValueTransform transform;
    ColumnType target = ColumnType::Text;
    ValueValidator validator;
    CellRules rules; // checked on non-empty values the validator accepts
};

struct CellCheckResult
{
    qint64 invalid = 0;
    QList<InvalidValue> examples;
};

// Records per keyset page when scanning a file's records.
inline constexpr int defaultScanPageSize = 5000;

// Streams the file's records once (pages of pageSize, ordered by record_no) and runs checks on
// each; results[i] belongs to checks[i], with at most maxExamples examples. Returns the number
// of records. Run it inside a pool task; throws DbError.
qint64 scanCells(const Sql &sql,
                 qint64 fileId,
                 const QList<CellCheck> &checks,
                 QList<CellCheckResult> &results,
                 int maxExamples = 5,
                 int pageSize = defaultScanPageSize);

} // namespace stevedore
