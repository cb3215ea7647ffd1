// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "db/database.h"

#include <QList>
#include <QString>

namespace stevedore {

struct ConnectionTestResult
{
    bool ok = false;
    QString error;         // when !ok
    QString serverVersion; // e.g. "PostgreSQL 15.4"
    double latencyMs = -1; // median round trip (Sql::ping()) to the primary
    QList<ReplicaStatus> replicas;
};

// Opens a throwaway Database with the options, reports what the operator needs to know and
// closes it. Blocks (call it with QtConcurrent::run); never throws.
ConnectionTestResult testConnection(DatabaseOptions options);

} // namespace stevedore
