// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <chrono>

namespace stevedore {

// A duration as typed on the command line: "500ms", "2s", "1.5s", or a bare number of
// milliseconds ("500"); blanks around the number and the unit are ignored. Throws DbError
// (Invalid) naming the text, "bad duration '…' (e.g. 500ms, 2s)", for anything else: a
// negative, non-finite or out-of-range value, another unit, or no number.
std::chrono::milliseconds parseDuration(QStringView text);

} // namespace stevedore
