// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clioptions.h"
#include "guimain.h"

#include <QApplication>
#include <QCoreApplication>

// Commands that render charts need QtCharts, which is widget-based: they get a QApplication on
// the offscreen platform, so they still never need a display.
static bool rendersCharts(const QStringList &arguments)
{
    const int index = stevedore::cli::findCommand(arguments);
    return stevedore::cli::needsOffscreenWidgets(arguments)
           || (index >= 0 && arguments[index] == QLatin1String("bench"));
}

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("Stevedore"));
    QCoreApplication::setApplicationName(QStringLiteral("stevedore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEVEDORE_VERSION));

    if (!stevedore::cli::wantsGui(arguments)) {
        if (rendersCharts(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return stevedore::cli::run(arguments);
        }
        // Headless: never needs a display.
        QCoreApplication app(argc, argv);
        return stevedore::cli::run(arguments);
    }
    QApplication app(argc, argv);
    return stevedore::runGui(app, arguments);
}
