// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stevedore {

// One sheet of a workbook (.xlsx, .ods), as the import dialog lists it.
struct SheetInfo
{
    QString name;
    qint64 rows = -1;  // rows with content including the header, -1 when not known cheaply
    qint64 bytes = -1; // uncompressed size of the sheet's XML, -1 when unknown
};

// Where a cell or row of a sheet is, as spreadsheets write it: "Sheet1!A12", "'My sheet'!C3"
// (the name quoted, quotes doubled, unless it is letters, digits and '_' only). column is
// 1-based; 0 names the row by its first cell ("Sheet1!A12").
QString sheetLocation(const QString &sheet, qint64 row, int column);

// "A", "Z", "AA", … for a 1-based column number.
QString columnLetters(int column);

} // namespace stevedore
