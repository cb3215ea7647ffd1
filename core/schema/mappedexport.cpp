// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/mappedexport.h"

#include "db/database.h"
#include "schema/mappingservice.h"
#include "schema/schemastore.h"

namespace stevedore {

MappedExportResult exportMappedFile(Database &database,
                                    ExportOptions options,
                                    QIODevice *out,
                                    const std::function<bool(qint64, qint64)> &progress)
{
    SchemaStore store(database);
    const MappingPlan plan = store.plan(store.fileId(options.project, options.file));
    MappedExportResult result;
    // The transform runs on this thread only, inside exportFile(): the counter needs no lock.
    options.transform = [&plan, &result](const QList<QByteArray> *fields) {
        QList<QByteArray> row;
        if (!fields) {
            for (const QString &name : plan.header())
                row << name.toUtf8();
            return row;
        }
        int bad = 0;
        for (const QString &value : mappedRecord(plan, *fields, &bad))
            row << value.toUtf8();
        result.invalidCells += bad;
        return row;
    };
    result.exported = exportFile(database, options, out, progress);
    return result;
}

} // namespace stevedore
