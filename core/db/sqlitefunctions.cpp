// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/sqlitefunctions.h"

#include "db/dberror.h"
#include "text/casefold.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace stevedore::sqlitefunctions {

namespace {

void caseFoldFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const int size = sqlite3_value_bytes(arguments[0]);
    // Folded straight into SQLite's memory: no copy of a block a search reads.
    auto *folded
        = static_cast<char *>(sqlite3_malloc64(sqlite3_uint64(text::caseFoldCapacity(size))));
    if (!folded) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const qsizetype length = text::caseFoldUtf8Into(QByteArrayView(text, size), folded);
    sqlite3_result_text(context, folded, int(length), sqlite3_free);
}

void holdsFoldedFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL
        || sqlite3_value_type(arguments[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const int size = sqlite3_value_bytes(arguments[0]);
    const auto *needle = reinterpret_cast<const char *>(sqlite3_value_text(arguments[1]));
    const int needleSize = sqlite3_value_bytes(arguments[1]);
    // One buffer per thread, grown to the largest block seen: a connection runs one statement
    // at a time on its own thread.
    thread_local std::vector<char> folded;
    folded.resize(std::max(folded.size(), size_t(text::caseFoldCapacity(size))));
    const qsizetype length = text::caseFoldUtf8Into(QByteArrayView(text, size), folded.data());
    const bool holds
        = needleSize == 0
          || memmem(folded.data(), size_t(length), needle, size_t(needleSize)) != nullptr;
    sqlite3_result_int(context, holds ? 1 : 0);
}

void add(sqlite3 *db,
         const char *name,
         int arguments,
         void (*function)(sqlite3_context *, int, sqlite3_value **))
{
    // Deterministic: SQLite may factor calls with the same arguments out of a loop.
    const int rc = sqlite3_create_function_v2(db,
                                              name,
                                              arguments,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                              nullptr,
                                              function,
                                              nullptr,
                                              nullptr,
                                              nullptr);
    if (rc != SQLITE_OK)
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("cannot register the SQL function %1: %2")
                          .arg(QLatin1String(name), QString::fromUtf8(sqlite3_errstr(rc))));
}

} // namespace

void install(sqlite3 *db)
{
    add(db, caseFold, 1, caseFoldFunction);
    add(db, holdsFolded, 2, holdsFoldedFunction);
}

} // namespace stevedore::sqlitefunctions
