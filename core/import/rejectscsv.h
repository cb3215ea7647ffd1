// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/importjobs.h"

#include <QByteArray>
#include <QList>

namespace stevedore {

// Rejected records as the CSV `stevedore rejects` writes and the Imports view exports (and reads
// back to re-import fixed records): the header `line,reason,raw`, then one row per reject in
// the given order, UTF-8, LF line ends, reason and raw quoted as export quotes CSV fields
// (appendCsvField: when they hold a comma, quote, CR or LF, or start or end with a space).
QByteArray rejectsCsv(const QList<RejectRow> &rejects);

} // namespace stevedore
