// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace stevedore {

// A record is stored as one compact JSON array of strings (UTF-8), e.g. ["a","b\n","007"].
// These are hand-written for speed (QJsonDocument costs ~5x more per record on import and
// export); the output is plain JSON, so databases can query it (json_extract, ->>).
namespace recordcodec {

// Appends the JSON array of fields to out. An invalid UTF-8 byte in them becomes U+FFFD.
void appendJsonArray(QByteArray &out, const QList<QByteArrayView> &fields);
// Appends one JSON string literal (with quotes), escaped as json::writeString() does.
void appendJsonString(QByteArray &out, QByteArrayView utf8);

// Parses a JSON array of strings into fields (UTF-8). Returns false on malformed input.
bool parseJsonArray(QByteArrayView json, QList<QByteArray> &fields);
QStringList parseJsonArrayToStrings(QByteArrayView json);
// The allocation-free form for hot loops: field i is data[ends[i-1] .. ends[i]) (ends[-1] = 0).
// Both buffers are reused across calls.
bool parseJsonArray(QByteArrayView json, QByteArray &data, QList<qsizetype> &ends);

} // namespace recordcodec
} // namespace stevedore
