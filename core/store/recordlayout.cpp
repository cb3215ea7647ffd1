// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "store/recordlayout.h"

#include "store/importjobs.h"
#include "store/recordstore.h"

#include <algorithm>
#include <utility>

namespace stevedore {

namespace {

using Runs = QList<std::pair<qint64, qint64>>; // (first number, length)

QList<RecordLayout::Gap> toGaps(const Runs &runs)
{
    QList<RecordLayout::Gap> gaps;
    qint64 before = 0;
    for (const auto &[from, count] : runs) {
        gaps << RecordLayout::Gap{from, count, before};
        before += count;
    }
    return gaps;
}

Runs toRuns(const QList<qint64> &ascending)
{
    Runs runs;
    for (const qint64 number : ascending) {
        if (!runs.isEmpty() && runs.last().first + runs.last().second == number)
            ++runs.last().second;
        else
            runs.append({number, 1});
    }
    return runs;
}

Runs unusedNumbers(const Sql &sql, qint64 fileId, qint64 minNo, qint64 maxNo, qint64 expectedRows)
{
    const importjobs::RejectedNumbers rejected
        = importjobs::rejectedNumbers(sql, fileId, minNo, maxNo);
    if (rejected.stored == 0 && rejected.numbers.size() == (maxNo - minNo + 1) - expectedRows)
        return toRuns(rejected.numbers);
    return recordstore::unusedNumberRuns(sql, fileId);
}

} // namespace

qint64 RecordLayout::recordNo(qint64 row) const
{
    // The unused numbers below row's record are those of the runs whose start, less the unused
    // numbers before the run, is at most minNo + row (that value never decreases along runs).
    const qint64 target = minNo + row;
    const auto below = std::partition_point(gaps.cbegin(), gaps.cend(), [target](const Gap &gap) {
        return gap.from - gap.before <= target;
    });
    if (below == gaps.cbegin())
        return target;
    const Gap &last = *(below - 1);
    return target + last.before + last.count;
}

RecordLayout RecordLayout::probe(const Sql &sql, qint64 fileId, qint64 expectedRows)
{
    const auto bounds = recordstore::recordBounds(sql, fileId);
    RecordLayout layout;
    if (!bounds)
        return layout; // no records
    layout.minNo = bounds->first;
    const qint64 maxNo = bounds->second;
    const qint64 span = maxNo - layout.minNo + 1;
    layout.rows = span;
    if (span == expectedRows)
        return layout;
    layout.gaps = toGaps(unusedNumbers(sql, fileId, layout.minNo, maxNo, expectedRows));
    if (!layout.gaps.isEmpty())
        layout.rows = span - layout.gaps.last().before - layout.gaps.last().count;
    return layout;
}

} // namespace stevedore
