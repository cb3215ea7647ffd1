// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/osuser.h"

#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

namespace stevedore {

QString currentOsUser()
{
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace stevedore
