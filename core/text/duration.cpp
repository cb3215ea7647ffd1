// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "text/duration.h"

#include "db/dberror.h"

#include <cmath>

namespace stevedore {

std::chrono::milliseconds parseDuration(QStringView text)
{
    QStringView number = text.trimmed();
    double factor = 1;
    if (number.endsWith(u"ms")) {
        number.chop(2);
    } else if (number.endsWith(u's')) {
        number.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const double millis = number.toDouble(&ok) * factor;
    // 1e15 ms is some 30,000 years: any larger figure is a typo, and it fits a qint64.
    if (!ok || !std::isfinite(millis) || millis < 0 || millis > 1e15)
        throw DbError(DbError::Kind::Invalid,
                      QStringLiteral("bad duration '%1' (e.g. 500ms, 2s)").arg(text));
    return std::chrono::milliseconds(qint64(millis));
}

} // namespace stevedore
