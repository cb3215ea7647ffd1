// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "import/exporter.h"

namespace stevedore {

struct MappedExportResult
{
    ExportResult exported;
    qint64 invalidCells = 0; // values that fail their column's type, written as they are
};

// Like exportFile(), with every record in the schema's columns, as the Records view's Mapped
// mode shows it: the schema's names and order in the header, each cell the file field mapped to
// that column with its transform applied; a column no file column feeds is empty. Reads the
// schema and the file's mapping once, then streams (options.transform is replaced). Blocks;
// throws DbError.
MappedExportResult exportMappedFile(Database &database,
                                    ExportOptions options,
                                    QIODevice *out,
                                    const std::function<bool(qint64, qint64)> &progress = {});

} // namespace stevedore
