// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "csv/dialect.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace stevedore {

// What the user fixed; anything left empty is detected.
struct DialectOverrides
{
    std::optional<char> delimiter;
    // Never detected: '"' unless given here ('\'', or '\0' for no quoting).
    std::optional<char> quote;
    std::optional<bool> hasHeader;
    std::optional<TextEncoding> encoding;
};

// Detects the dialect from the first bytes of a file (64 KiB is plenty). Never throws.
// A first line longer than the sample is still taken as a header when its names look like one.
Dialect detectDialect(QByteArrayView sample, const DialectOverrides &overrides = {});

// Why the first bytes of a file (64 KiB) show that it is not delimited text, or empty when they
// do not: a known binary signature, or many NUL or control characters, counted in UTF-16 or
// UTF-32 units when the sample has that encoding's BOM or UTF-16's shape (NULs in every other
// byte with text between). Mostly-NUL content is binary whatever its length.
QString binaryContentReason(QByteArrayView sample);

} // namespace stevedore
