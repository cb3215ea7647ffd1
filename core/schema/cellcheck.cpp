// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/cellcheck.h"

#include "db/sql.h"
#include "store/recordcodec.h"
#include "store/recordstore.h"

#include <QByteArray>
#include <QByteArrayView>

#include <limits>

namespace stevedore {

qint64 scanCells(const Sql &sql,
                 qint64 fileId,
                 const QList<CellCheck> &checks,
                 QList<CellCheckResult> &results,
                 int maxExamples,
                 int pageSize)
{
    results = QList<CellCheckResult>(checks.size());
    qint64 records = 0;
    // The allocation-free parse: field k is text[ends[k-1] .. ends[k]).
    QByteArray text;
    QList<qsizetype> ends;
    recordstore::forEachRecord(
        sql,
        fileId,
        std::numeric_limits<qint64>::min(),
        [&](qint64 recordNo, qint64 lineNo, QByteArrayView data) {
            ++records;
            if (checks.isEmpty())
                return;
            if (!recordcodec::parseJsonArray(data, text, ends))
                ends.clear(); // unreadable: every value counts as empty
            for (qsizetype i = 0; i < checks.size(); ++i) {
                const CellCheck &check = checks[i];
                QByteArrayView raw;
                if (check.source >= 0 && check.source < ends.size()) {
                    const qsizetype begin = check.source == 0 ? 0 : ends[check.source - 1];
                    raw = QByteArrayView(text).sliced(begin, ends[check.source] - begin);
                }
                QByteArray transformed;
                if (!check.transform.isNone())
                    transformed = check.transform.apply(raw, check.target);
                const QByteArrayView value
                    = check.transform.isNone() ? raw : QByteArrayView(transformed);
                QString reason;
                if (!check.validator.isValid(value)) {
                    reason = check.validator.reason(value);
                } else {
                    const int broken = value.isEmpty() ? -1 : check.rules.firstBroken(value);
                    if (broken < 0)
                        continue;
                    reason = check.rules.message(broken);
                }
                CellCheckResult &result = results[i];
                ++result.invalid;
                if (result.examples.size() < maxExamples)
                    result.examples
                        << InvalidValue{lineNo, recordNo, QString::fromUtf8(raw), reason};
            }
        },
        pageSize);
    return records;
}

} // namespace stevedore
