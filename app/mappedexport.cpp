// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "database.h"
#include "dberror.h"
#include "mappingservice.h"
#include "schemastore.h"
#include "ttlcache.h"

#include <QFile>

namespace stevedore::cli {

// export --mapped: the file's records in schema columns (schema order and names) through its
// mapping; unmapped schema columns are empty, invalid cells are written as they are and
// counted on stderr.
ExportResult exportMapped(Context &ctx, const ExportOptions &base)
{
    SchemaStore store(ctx.database());
    const MappingPlan plan = store.plan(store.fileId(base.project, base.file));
    ExportOptions options = base;
    // The transform runs on the exporting thread only; the counter needs no lock.
    qint64 invalid = 0;
    options.transform = [&plan, &invalid](const QList<QByteArray> *fields) {
        QList<QByteArray> row;
        if (!fields) {
            for (const QString &name : plan.header())
                row << name.toUtf8();
            return row;
        }
        int bad = 0;
        for (const QString &value : mappedRecord(plan, *fields, &bad))
            row << value.toUtf8();
        invalid += bad;
        return row;
    };
    auto file = openOutput(ctx);
    const ExportResult result = exportFile(ctx.database(), options, file.get());
    file->flush();
    if (invalid > 0)
        ctx.err(QStringLiteral("%1: %2 cells in %3 records are invalid for their schema type "
                               "(written as they are)\n")
                    .arg(base.file)
                    .arg(invalid)
                    .arg(result.records));
    return result;
}

} // namespace stevedore::cli
