// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stevedore::bench {

// Writes a realistic CSV of `records` data records × 10 columns plus a header, the same for a
// given seed: non-ASCII names and cities, RFC 4180 quoting (embedded commas and doubled quotes),
// a multi-line note in one record of 25, numbers, dates, booleans and zero-padded codes.
// Returns the bytes written, or -1 when the file cannot be written.
qint64 writeBenchCsv(const QString &path, qint64 records, quint32 seed = 20260131);

// The header of writeBenchCsv's files.
QStringList benchCsvHeader();

} // namespace stevedore::bench
