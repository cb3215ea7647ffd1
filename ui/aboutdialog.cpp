// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include "buildinfo.h"
#include "logging/logging.h"
#include "version.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace stevedore {

namespace {

QLabel *label(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &serverVersion, QWidget *parent)
    : QDialog(parent)
    , m_open(&QDesktopServices::openUrl)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Stevedore"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(64, 64));
    auto *title = label(tr("Stevedore %1").arg(QString::fromLatin1(versionString)),
                        QStringLiteral("aboutVersion"),
                        this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    auto *form = new QFormLayout;
    form->addRow(
        tr("Commit:"),
        label(QString::fromLatin1(buildinfo::gitCommit), QStringLiteral("aboutCommit"), this));
    form->addRow(tr("Qt:"),
                 label(tr("%1 (built with %2)")
                           .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                       QStringLiteral("aboutQt"),
                       this));
    form->addRow(
        tr("SQLite:"),
        label(QString::fromLatin1(sqlite3_libversion()), QStringLiteral("aboutSqlite"), this));
    form->addRow(tr("libpq:"), label(libpqVersion(), QStringLiteral("aboutLibpq"), this));
    form->addRow(tr("Database:"),
                 label(serverVersion.isEmpty() ? tr("Not connected") : serverVersion,
                       QStringLiteral("aboutDatabase"),
                       this));
    form->addRow(
        tr("Licence:"),
        label(QString::fromLatin1(buildinfo::licence), QStringLiteral("aboutLicence"), this));
    form->addRow(tr("Data folder:"), folderRow(dataFolder(), QStringLiteral("openDataFolder")));
    form->addRow(tr("Log folder:"), folderRow(logFolder(), QStringLiteral("openLogFolder")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(label(tr("The operators' console for a data-import database."),
                            QStringLiteral("aboutSummary"),
                            this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void AboutDialog::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_open = std::move(opener);
}

QString AboutDialog::dataFolder()
{
    return QDir::toNativeSeparators(
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
}

QString AboutDialog::logFolder()
{
    const QString file = logFilePath();
    const QString folder
        = file.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                               + QStringLiteral("/logs")
                         : QFileInfo(file).absolutePath();
    return QDir::toNativeSeparators(folder);
}

QString AboutDialog::libpqVersion()
{
    // Since PostgreSQL 10: major * 10000 + minor.
    const int version = PQlibVersion();
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
}

QWidget *AboutDialog::folderRow(const QString &path, const QString &buttonName)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label(path, buttonName + QStringLiteral("Path"), row), 1);
    auto *open = new QPushButton(tr("Open"), row);
    open->setObjectName(buttonName);
    connect(open, &QPushButton::clicked, this, [this, path] {
        m_open(QUrl::fromLocalFile(QDir::fromNativeSeparators(path)));
    });
    layout->addWidget(open);
    return row;
}

} // namespace stevedore
