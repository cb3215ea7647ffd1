// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace stevedore {

class Database;

inline const QString demoProjectName = QStringLiteral("demo");

// The sample files bundled as :/demo/*.csv (resources/demo).
QStringList demoFiles();
// Imports every sample file into the project "demo" with the Importer. Blocks: call it with
// QtConcurrent::run. Returns one message per file that failed; empty when all were imported.
QStringList importDemoProject(Database &database);

} // namespace stevedore
