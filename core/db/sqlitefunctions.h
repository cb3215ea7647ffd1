// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

struct sqlite3;

namespace stevedore::sqlitefunctions {

// The SQL function stevedore_casefold(text): text::caseFoldedUtf8 of its argument (NULL for
// NULL). SQLite's own lower() and LIKE fold ASCII only; searches that ignore case across
// Unicode use this one, on the server.
inline constexpr char caseFold[] = "stevedore_casefold";
// stevedore_holds_folded(text, needle): 1 when the folding of text holds needle (to be folded
// already), else 0; NULL when either is NULL. The same as
// instr(stevedore_casefold(text), needle) > 0 without building the folded text in SQLite's
// memory: a search calls it for every block it reads.
inline constexpr char holdsFolded[] = "stevedore_holds_folded";

// Registers Stevedore's SQL functions on a connection; every connection Database opens gets
// them. Throws DbError when SQLite refuses.
void install(sqlite3 *db);

} // namespace stevedore::sqlitefunctions
