// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "source/recordsource.h"

#include <QByteArrayView>

#include <memory>
#include <optional>

class QIODevice;

namespace stevedore {

// JSON records, streamed with yajl (never parsed whole): JSON Lines (one object per line) or a
// top-level array of objects. The header is the keys in first-seen order over the first
// jsonHeaderSample records (read ahead and kept, then given out); a key first seen after them
// makes its record a located reject. Scalars become text as docs/formats.md says (strings as
// they are, numbers as written, true/false, null empty); nested objects and arrays are kept as
// compact JSON text. A malformed line of JSON Lines is a located reject and reading goes on; in
// an array a syntax error stops the reading with its line and column (errorString()).
constexpr int jsonHeaderSample = 1000;

// Whether head (the content's first bytes, after a UTF-8 BOM if any) looks like JSON: true for
// JSON Lines (starts with '{'), false for an array (starts with '['), nullopt for anything else.
std::optional<bool> detectJsonLines(QByteArrayView head);

// The records of JSON content (UTF-8). content must outlive the source. Records' line is the
// line the record starts on; location() is that line, or "LINE:COLUMN" for a syntax error.
std::unique_ptr<RecordSource> openJsonSource(QIODevice *content, bool lines);

} // namespace stevedore
