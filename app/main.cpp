// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "guimain.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("Stevedore"));
    QCoreApplication::setApplicationName(QStringLiteral("stevedore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEVEDORE_VERSION));

    if (!stevedore::cli::wantsGui(arguments)) {
        // Headless: never needs a display.
        QCoreApplication app(argc, argv);
        return stevedore::cli::run(arguments);
    }
    QApplication app(argc, argv);
    return stevedore::runGui(app, arguments);
}
