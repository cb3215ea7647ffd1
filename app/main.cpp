// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "globaloptions.h"
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

    if (stevedore::cli::wantsGui(arguments)) {
        // Checked before QApplication exists: a bad option is refused as a command refuses
        // it, without opening a window or needing a display.
        stevedore::GlobalOptions options;
        QStringList files;
        if (!stevedore::cli::parseGuiOptions(arguments, options, files))
            return 1;
        QApplication app(argc, argv);
        return stevedore::runGui(app, options, files);
    }
    const std::optional<stevedore::cli::Command> command = stevedore::cli::commandIn(arguments);
    if (command && command->needsWidgets) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return stevedore::cli::run(arguments);
    }
    // Headless: never needs a display.
    QCoreApplication app(argc, argv);
    return stevedore::cli::run(arguments);
}
