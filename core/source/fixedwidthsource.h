// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "csv/dialect.h"
#include "source/recordsource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace stevedore {

// One column of fixed-width text: characters [start, start + length) of each line (0-based,
// counted in characters of the decoded line, not bytes).
struct FixedColumn
{
    QString name;
    int start = 0;
    int length = 0;

    bool operator==(const FixedColumn &other) const = default;
};

// A column spec as csvkit's in2csv and pgloader take it: CSV with a header row
// "column,start,length" (order of the three columns free, further columns ignored). Starts are
// 0-based unless the first column starts at 1, then all are 1-based (csvkit's rule). Empty
// with *error set ("spec line N: reason") when malformed, overlapping or empty.
QList<FixedColumn> parseFixedSpec(const QByteArray &csv, QString *error);
// The spec as CSV "column,start,length" with 0-based starts (parseFixedSpec reads it back).
QByteArray fixedSpecToCsv(const QList<FixedColumn> &columns);

// Columns cut at the given character boundaries (sorted, each in (0, lineLength)) of lines
// lineLength characters long: the last column runs to lineLength. Named from names where
// given, else "column_1".. — the import dialog's click-to-split preview.
QList<FixedColumn>
columnsFromBoundaries(const QList<int> &boundaries, int lineLength, const QStringList &names = {});

// The records of fixed-width text: every line is a record (there is no header line; the header
// is the columns' names), each field the column's characters with leading and trailing spaces
// trimmed. A line too short for a column gives it the characters there are (empty if none);
// characters past the last column are ignored. Empty lines are skipped. content must outlive
// the source.
std::unique_ptr<RecordSource>
openFixedWidthSource(QIODevice *content, const QList<FixedColumn> &columns, TextEncoding encoding);

} // namespace stevedore
