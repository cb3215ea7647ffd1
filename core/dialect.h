// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace stevedore {

// New values go at the end: the fuzz target picks an encoding by its number.
enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252, Utf32LE, Utf32BE };

QString encodingName(TextEncoding encoding);
// Accepts "utf-8", "utf8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be",
// "windows-1252", "cp1252", "latin1", "iso-8859-1" (case-insensitive). Latin-1 is read as its
// superset Windows-1252.
std::optional<TextEncoding> encodingFromName(const QString &name);

// How a delimited text file is written. Stored with the file (toJson/fromJson) so that an
// export or a resumed import reads it exactly as the first run did.
struct Dialect
{
    char delimiter = ',';
    char quote = '"'; // '\0': no quoting (every quote character is field text)
    bool hasHeader = true;
    TextEncoding encoding = TextEncoding::Utf8;
    // 0..1: how sure detection was; 1 for values the user gave.
    double confidence = 1.0;

    QString toJson() const;
    static std::optional<Dialect> fromJson(const QString &json);
    bool operator==(const Dialect &other) const = default;
};

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
