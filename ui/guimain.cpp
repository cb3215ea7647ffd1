// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guimain.h"

#include "connection/recentconnections.h"
#include "db/dberror.h"
#include "language.h"
#include "logging/logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
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

std::chrono::milliseconds parseLag(const QString &text)
{
    // "500", "500ms" or "2s".
    QString value = text.trimmed();
    int factor = 1;
    if (value.endsWith(QLatin1String("ms"))) {
        value.chop(2);
    } else if (value.endsWith(QLatin1Char('s'))) {
        value.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || number < 0)
        throw DbError(DbError::Kind::Invalid,
                      QApplication::translate("stevedore::MainWindow",
                                              "--max-replica-lag must be a duration such as "
                                              "500ms or 2s"));
    return std::chrono::milliseconds(qint64(number * factor));
}

DatabaseOptions databaseOptions(const QCommandLineParser &parser)
{
    DatabaseOptions options;
    const QString db = QStringLiteral("db");
    if (!parser.isSet(db) && qEnvironmentVariableIsEmpty("STEVEDORE_DB")) {
        const QList<DatabaseOptions> recent = RecentConnections::load();
        if (!recent.isEmpty())
            options = recent.first();
        else
            options.primary = DbUrl::defaultUrl();
    } else {
        options.primary = parser.isSet(db) ? DbUrl::parse(parser.value(db)) : DbUrl::defaultUrl();
    }
    if (parser.isSet(QStringLiteral("replica"))) {
        options.replicas.clear();
        for (const QString &replica : parser.values(QStringLiteral("replica")))
            options.replicas << DbUrl::parse(replica);
    }
    if (parser.isSet(QStringLiteral("max-replica-lag")))
        options.maxReplicaLag = parseLag(parser.value(QStringLiteral("max-replica-lag")));
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
        if (quit)
            QTimer::singleShot(0, &window, &QWidget::close);
    };
    *listed = QObject::connect(&window, &MainWindow::projectsLoaded, &window, done);
    QObject::connect(&window, &MainWindow::databaseFailed, &window, done);
}

} // namespace

int runGui(QApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QString(), QStringLiteral("url")});
    parser.addOption({QStringLiteral("replica"), QString(), QStringLiteral("url")});
    parser.addOption({QStringLiteral("max-replica-lag"), QString(), QStringLiteral("time")});
    parser.addOption({QStringLiteral("log-level"), QString(), QStringLiteral("level")});
    parser.addOption({QStringLiteral("log-file"), QString(), QStringLiteral("path")});
    parser.addOption({QStringLiteral("log-format"), QString(), QStringLiteral("format")});
    parser.parse(arguments);

    LogOptions logOptions;
    logOptions.level = parser.value(QStringLiteral("log-level"));
    logOptions.filePath = parser.value(QStringLiteral("log-file"));
    logOptions.json = parser.value(QStringLiteral("log-format")) == QLatin1String("json");
    initLogging(logOptions);

    language::installTranslators(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    DatabaseOptions options;
    try {
        options = databaseOptions(parser);
    } catch (const DbError &error) {
        QMessageBox::critical(nullptr,
                              QApplication::translate("stevedore::MainWindow", "Stevedore"),
                              error.message());
        return 1;
    }
    MainWindow window(std::make_unique<Database>(options));
    const QString timing = qEnvironmentVariable("STEVEDORE_STARTUP_TIMING");
    if (!timing.isEmpty() && timing != QLatin1String("0"))
        reportStartup(window, timing == QLatin1String("quit"));
    window.show();
    const int code = app.exec();
    shutdownLogging();
    return code;
}

} // namespace stevedore
