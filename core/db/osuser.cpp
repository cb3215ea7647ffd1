// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/osuser.h"

#include "db/sql.h"

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

QString currentDatabaseUser(const Sql &sql)
{
    if (sql.engine() == Engine::Sqlite)
        return QStringLiteral("");
    return sql.scalar(QStringLiteral("SELECT current_user")).toString();
}

} // namespace stevedore
