// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/demoimport.h"

#include "import/importer.h"

#include <QCoreApplication>
#include <QDir>

namespace stevedore {

QStringList demoFiles()
{
    return QDir(QStringLiteral(":/demo"))
        .entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
}

QStringList importDemoProject(Database &database)
{
    QStringList failures;
    for (const QString &name : demoFiles()) {
        ImportOptions options;
        options.project = demoProjectName;
        options.path = QStringLiteral(":/demo/") + name;
        options.fileName = name;
        const ImportResult result = Importer(database, options).run();
        if (result.outcome == ImportResult::Outcome::Failed
            || result.outcome == ImportResult::Outcome::Cancelled)
            failures << QCoreApplication::translate("stevedore::MainWindow", "%1: %2")
                            .arg(name, result.message);
    }
    return failures;
}

} // namespace stevedore
