// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace stevedore::text {

// UTF-8 text folded for case-blind comparison across all of Unicode: Unicode's simple case
// folding of every character (QChar::toCaseFolded: "ÉMILE" and "émile", "ΣΟΦΊΑ" and "σοφία",
// "МОСКВА" and "москва" fold alike), with ß (and ẞ) folded to "ss" as German spells it in
// capitals ("STRASSE" finds "Straße"). One text holds another ignoring case when its folding
// holds the other's. Bytes that are not valid UTF-8 are kept as they are.
//
// Straight from UTF-8 to UTF-8, ASCII eight bytes at a time, two-byte characters from a table:
// the record store folds every block a search reads with it, inside SQLite
// (sqlitefunctions.h).
QByteArray caseFoldedUtf8(QByteArrayView utf8);

// The same into out, which must have room for caseFoldCapacity(utf8.size()) bytes (a folded
// character takes at most 1.5 times the bytes of the original); returns the bytes written.
qsizetype caseFoldUtf8Into(QByteArrayView utf8, char *out);
constexpr qsizetype caseFoldCapacity(qsizetype size)
{
    return size * 2;
}

} // namespace stevedore::text
