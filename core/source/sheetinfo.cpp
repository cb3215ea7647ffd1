// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/sheetinfo.h"

#include <algorithm>

namespace stevedore {

QString columnLetters(int column)
{
    QString letters;
    for (int n = std::max(column, 1); n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString sheetLocation(const QString &sheet, qint64 row, int column)
{
    const bool plain = !sheet.isEmpty() && std::all_of(sheet.cbegin(), sheet.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_';
    });
    QString name = sheet;
    if (!plain)
        name = QLatin1Char('\'') + name.replace(QLatin1Char('\''), QLatin1String("''"))
               + QLatin1Char('\'');
    return name + QLatin1Char('!') + columnLetters(column) + QString::number(row);
}

} // namespace stevedore
