// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guimain.h"

#include "buildinfo.h"
#include "connection/recentconnections.h"
#include "db/dberror.h"
#include "language.h"
#include "logging/logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <ctime>

#include <unistd.h>

namespace stevedore {

namespace {

// Milliseconds since the kernel started this process (Linux: field 22 of /proc/self/stat, in
// clock ticks since boot, against CLOCK_BOOTTIME), so that the figure includes loading the
// shared libraries; the start is known to a tick (10 ms). -1 elsewhere.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    timespec now{};
    if (!stat.open(QIODevice::ReadOnly) || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may contain spaces; count fields after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
    const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return (nowSeconds - startSeconds) * 1000.0;
}

DatabaseOptions databaseOptions(const GlobalOptions &globals)
{
    DatabaseOptions options;
    if (!globals.db && qEnvironmentVariableIsEmpty("STEVEDORE_DB")) {
        const QList<DatabaseOptions> recent = RecentConnections::load();
        if (!recent.isEmpty())
            options = recent.first();
        else
            options.primary = DbUrl::defaultUrl();
    } else {
        options.primary = globals.db ? *globals.db : DbUrl::defaultUrl();
    }
    if (!globals.replicas.isEmpty())
        options.replicas = globals.replicas;
    if (globals.maxReplicaLag)
        options.maxReplicaLag = *globals.maxReplicaLag;
    return options;
}

void reportStartup(MainWindow &window, bool quit)
{
    auto report = [](const char *what) {
        std::fprintf(
            stderr, "startup: %s %.0f ms after process start\n", what, msSinceProcessStart());
    };
    QObject::connect(
        &window, &MainWindow::firstShown, &window, [report] { report("main window shown"); });
    auto listed = std::make_shared<QMetaObject::Connection>();
    auto done = [&window, listed, report, quit] {
        QObject::disconnect(*listed);
        report("projects listed");
        // Quits rather than closing the window, which would leave open whatever dialog the
        // start showed (the import dialog for FILE arguments, the demo offer).
        if (quit)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    };
    *listed = QObject::connect(&window, &MainWindow::projectsLoaded, &window, done);
    QObject::connect(&window, &MainWindow::databaseFailed, &window, done);
}

} // namespace

int runGui(QApplication &app, const GlobalOptions &globals, const QStringList &files)
{
    initLogging(globals.log);

    language::installTranslators(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // Wayland finds the window's icon and menu entry through the desktop file's name.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(buildinfo::appId));

    DatabaseOptions options;
    try {
        options = databaseOptions(globals);
    } catch (const DbError &error) {
        QMessageBox::critical(nullptr,
                              QApplication::translate("stevedore::MainWindow", "Stevedore"),
                              error.message());
        return 1;
    }
    auto window = std::make_unique<MainWindow>(std::make_unique<Database>(options));
    const QString timing = qEnvironmentVariable("STEVEDORE_STARTUP_TIMING");
    if (!timing.isEmpty() && timing != QLatin1String("0"))
        reportStartup(*window, timing == QLatin1String("quit"));
    window->show();
    if (!files.isEmpty()) {
        logger(LogCategory::Ui)
            ->info("offering {} file(s) from the command line for import", files.size());
        window->importFiles(files);
    }
    const int code = app.exec();
    const bool restart = window->restartRequested();
    // Gone before a new process starts: its imports stopped, its database closed.
    window.reset();
    if (restart) {
        // The same options; the files given at the start (made absolute) were offered already.
        QStringList arguments;
        for (const QString &argument : QCoreApplication::arguments().mid(1)) {
            if (!files.contains(QFileInfo(argument).absoluteFilePath()))
                arguments << argument;
        }
        logger(LogCategory::Ui)->info("restarting for the new language");
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
            logger(LogCategory::Ui)->warn("could not start Stevedore again");
    }
    shutdownLogging();
    return code;
}

} // namespace stevedore
