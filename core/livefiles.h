// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stevedore {

// The files of the SQLite databases this process has open: the database and its -wal, -shm and
// -journal companions. SQLite holds POSIX locks on them, and POSIX drops every lock a process
// holds on a file when the process closes *any* descriptor of that file. So nothing in this
// process may open one of them except SQLite itself (not a preview, a hash, a MIME sniff or an
// icon lookup): after such a close another process believes it is alone with the database,
// checkpoints and deletes the WAL we still write to, and writes are lost.
//
// Database registers its SQLite file for as long as it is open (one LiveFiles each; the same
// file may be registered several times). Thread-safe.
class LiveFiles
{
public:
    explicit LiveFiles(const QString &databasePath);
    ~LiveFiles();
    LiveFiles(const LiveFiles &) = delete;
    LiveFiles &operator=(const LiveFiles &) = delete;

private:
    QString m_path;
};

// Whether path is (or, when it does not exist yet, would be) one of the live files. Compares
// device and inode numbers with stat(), never opens a file; a hard link or another spelling of
// the path is recognised too.
bool isLiveDatabaseFile(const QString &path);

// "is the open database (…)" when isLiveDatabaseFile(path), else empty: for refusals that put the
// file's name first, as checkImportable() does.
QString liveDatabaseRefusal(const QString &path);

} // namespace stevedore
