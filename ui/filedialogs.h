// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace stevedore::filedialogs {

// Whether the operator may choose one of the files of a database this process has open
// (livefiles.h). Only choosing a database to connect to may: SQLite opens it, nothing else.
enum class LiveDatabase { Refuse, Allow };

// Every file dialog of the application comes from here, never from QFileDialog directly. It is
// Qt's widget dialog (a native dialog runs in our process too and reads files to guess their
// type) with an icon provider that names and draws a file from its name and stat() alone, so
// showing a folder opens no file in it: opening and closing the open database's files would drop
// SQLite's locks on them (livefiles.h). With LiveDatabase::Refuse, accepting one of those files
// says why and keeps the dialog open.
//
// It opens in the folder and at the size the last one was left in (QSettings), unless given a
// directory: a folder, or a file to select in its folder, as QFileDialog's constructor takes.
// The dialog is a child of parent (delete it, or set Qt::WA_DeleteOnClose, and open() it).
QFileDialog *create(QWidget *parent,
                    const QString &caption,
                    const QString &directory = {},
                    const QString &filter = {},
                    LiveDatabase live = LiveDatabase::Refuse);

// Modal replacements for QFileDialog's static functions of the same names, through create().
QString getOpenFileName(QWidget *parent,
                        const QString &caption,
                        const QString &directory = {},
                        const QString &filter = {});
QStringList getOpenFileNames(QWidget *parent,
                             const QString &caption,
                             const QString &directory = {},
                             const QString &filter = {});
QString getSaveFileName(QWidget *parent,
                        const QString &caption,
                        const QString &directory = {},
                        const QString &filter = {});
QString
getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory = {});

} // namespace stevedore::filedialogs
