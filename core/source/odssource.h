// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "source/recordsource.h"
#include "source/sheetinfo.h"

#include <QList>

#include <memory>

class QIODevice;

namespace stevedore {

// OpenDocument spreadsheets (.ods). content.xml is read from the zip container through
// ArchiveDevice (libarchive); it is streamed with QXmlStreamReader, never loaded whole, so memory
// is bounded by the widest row (repeated rows and columns are expanded as they are read, never
// stored). Cell text follows docs/formats.md (cellformat.h).

// The workbook's sheets in workbook order. Empty with *error set (one line) when raw is not a
// readable workbook (not a zip, no content.xml, truncated, corrupt, encrypted).
QList<SheetInfo> odsSheets(QIODevice *raw, QString *error);

// The records of one sheet (by name): skipRows rows are dropped above the header row. raw must
// outlive the source. Null with *error set (one line) when the sheet cannot be opened.
// Records' line is the sheet's row number; location() is sheetLocation(sheet, row, column);
// bytesRead() counts raw's bytes consumed (compressed), for progress.
std::unique_ptr<RecordSource>
openOdsSheet(QIODevice *raw, const QString &sheet, int skipRows, QString *error);

} // namespace stevedore
