// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/rejectscsv.h"

#include "import/exporter.h"

namespace stevedore {

QByteArray rejectsCsv(const QList<RejectRow> &rejects)
{
    QByteArray out = "line,reason,raw\n";
    for (const RejectRow &row : rejects) {
        out += QByteArray::number(row.line);
        out += ',';
        appendCsvField(out, row.reason.toUtf8());
        out += ',';
        appendCsvField(out, row.raw.toUtf8());
        out += '\n';
    }
    return out;
}

} // namespace stevedore
