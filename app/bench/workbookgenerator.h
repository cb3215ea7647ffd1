// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stevedore::bench {

// The Python that writes the bench's workbooks: Debian's, whose python3-openpyxl the generator
// needs (a python3 earlier on PATH, e.g. pyenv's, may lack it).
inline constexpr char workbookPython[] = "/usr/bin/python3";

// Empty when workbookPython can import openpyxl, else why not (one line).
QString workbookWriterMissing(const QString &scratchDir);

// Writes a workbook (.xlsx) with one sheet "Sheet1": a header row and `records` rows × 6
// columns, the same for every run: id (a number), name and city (text, non-ASCII included, a
// comma in some cities), amount (a number with two decimals), signed_up (a date cell) and active
// (a boolean cell). openpyxl in write-only mode streams the rows, so memory stays flat, but it
// is slow: about 70 s per million rows. Empty on success, else why not (one line).
QString writeBenchWorkbook(const QString &path, qint64 records, const QString &scratchDir);

} // namespace stevedore::bench
