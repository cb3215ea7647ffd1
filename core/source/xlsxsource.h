// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "source/recordsource.h"
#include "source/sheetinfo.h"

#include <QList>

#include <memory>

class QIODevice;

namespace stevedore {

// Office Open XML workbooks (.xlsx). The zip container is read through ArchiveDevice
// (libarchive); the sheet's XML is streamed with QXmlStreamReader, never loaded whole, so
// memory is bounded by the shared string table and the widest row. Cell text follows
// docs/formats.md (cellformat.h).

// The workbook's sheets in workbook order. Empty with *error set (one line) when raw is not a
// readable workbook (not a zip, no xl/workbook.xml, truncated, corrupt, encrypted).
QList<SheetInfo> xlsxSheets(QIODevice *raw, QString *error);

// The records of one sheet (by name): skipRows rows are dropped above the header row. raw must
// outlive the source. Null with *error set (one line) when the sheet cannot be opened.
// Records' line is the sheet's row number; location() is sheetLocation(sheet, row, column);
// bytesRead() counts raw's bytes consumed (compressed), for progress.
std::unique_ptr<RecordSource>
openXlsxSheet(QIODevice *raw, const QString &sheet, int skipRows, QString *error);

} // namespace stevedore
