// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "db/database.h"
#include "schema/mappedexport.h"

#include <QFile>

namespace stevedore::cli {

// export --mapped: core's mapped export (the Records view's Export in Mapped mode writes the
// same); invalid cells are written as they are and counted on stderr.
ExportResult exportMapped(Context &ctx, const ExportOptions &options)
{
    auto file = openOutput(ctx);
    const MappedExportResult result = exportMappedFile(ctx.database(), options, file.get());
    file->flush();
    if (result.invalidCells > 0)
        ctx.err(QStringLiteral("%1: %2 cells in %3 records are invalid for their schema column "
                               "(type or rules; written as they are)\n")
                    .arg(options.file)
                    .arg(result.invalidCells)
                    .arg(result.exported.records));
    return result.exported;
}

} // namespace stevedore::cli
