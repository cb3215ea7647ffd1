// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guimain.h"

#include "dberror.h"
#include "logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QMessageBox>

namespace stevedore {

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

    DatabaseOptions options;
    try {
        options.primary = parser.isSet(QStringLiteral("db"))
                              ? DbUrl::parse(parser.value(QStringLiteral("db")))
                              : DbUrl::defaultUrl();
        for (const QString &replica : parser.values(QStringLiteral("replica")))
            options.replicas << DbUrl::parse(replica);
    } catch (const DbError &error) {
        QMessageBox::critical(nullptr, QObject::tr("Stevedore"), error.message());
        return 1;
    }
    MainWindow window(std::make_unique<Database>(options));
    window.show();
    const int code = app.exec();
    shutdownLogging();
    return code;
}

} // namespace stevedore
