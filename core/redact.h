// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <string>
#include <string_view>

namespace stevedore {

// Returns text with every secret replaced by "***"; everything else is copied unchanged.
// Recognised secrets:
//  - the password of any "scheme://user:password@host" URI: the userinfo ends at the last '@'
//    before the host. A password typed raw with '/', '?', '#' or a blank in it (which no
//    parser accepts) is still found: a "user:" start runs to an '@' further on the line;
//  - the value of any key ending in "password" (case-insensitive) followed by '=':
//    libpq conninfo "password=x" / "password = 'with \' spaces'", "PGPASSWORD=x",
//    "sslpassword=x", and URI query parameters "?password=x&sslmode=require".
// Errs on the side of hiding: an unquoted value runs to the next whitespace (or '&'/'#' in a
// URI query). Thread-safe.
QString redactSecrets(QStringView text);
std::string redactSecrets(std::string_view text);

// Like redactSecrets, for text that is one whole connection string (a --db value) which may be
// malformed: after a password key ("password=", "?password=") everything to the end is hidden,
// since an unparseable value has no trustworthy end.
QString redactConnectionString(QStringView text);

// Text safe to write to a terminal: control characters, which could move the cursor, rewrite
// earlier output or split one line into two, become visible escapes. Newline, carriage return
// and tab become \n, \r and \t; other C0 characters, ESC and DEL become \xHH (ESC is \x1b);
// C1 characters (U+0080..U+009F) become \uHHHH. Everything else, backslashes included, is
// copied unchanged.
QString printable(QStringView text);

// True when a structured field named key holds a secret: its name contains "pass", "pwd",
// "secret", "token", "apikey" or "api_key" (case-insensitive), e.g. "password", "PGPASSWORD".
bool isSecretKey(std::string_view key);

} // namespace stevedore
