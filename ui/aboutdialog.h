// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

namespace stevedore {

// Help → About: the version and commit, the libraries' versions (Qt, SQLite, libpq), the
// database connected to, the licence, and the data and log folders with buttons that open
// them in the desktop's file manager.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // serverVersion: the open database's ("SQLite 3.40.1", "PostgreSQL 15.5"); empty when
    // there is none.
    explicit AboutDialog(const QString &serverVersion, QWidget *parent = nullptr);

    // What the folder buttons call. QDesktopServices::openUrl by default, which hands the
    // folder to the desktop (xdg-open, started detached, or the portal) without waiting.
    void setUrlOpener(std::function<bool(const QUrl &)> opener);

    static QString dataFolder();
    // The folder of the log file being written, else where it would be.
    static QString logFolder();
    // "15.5" from PQlibVersion()'s 150005.
    static QString libpqVersion();

private:
    QWidget *folderRow(const QString &path, const QString &buttonName);

    std::function<bool(const QUrl &)> m_open;
};

} // namespace stevedore
