// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the GUI tests: a message handler that turns Qt warnings into test failures, the
// open question of a window, and scratch SQLite databases with files written directly in SQL (fast
// enough for 10^5..10^6 records).

#include "db/database.h"
#include "db/sql.h"
#include "store/catalog.h"
#include "store/recordwriter.h"

#include <QMessageBox>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace stevedore::guitest {

// Collects every warning Qt prints (from any thread); call check() in cleanup().
class WarningTrap
{
public:
    static void install() { previous() = qInstallMessageHandler(&WarningTrap::handle); }
    static QStringList take()
    {
        QMutexLocker lock(&mutex());
        return std::exchange(collected(), {});
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        // The offscreen platform cannot apply a window's size constraints and says so for every
        // top-level widget with a layout; that is the test platform, not the code under test.
        const bool platformNoise
            = text == QLatin1String("This plugin does not support propagateSizeHints()");
        if ((type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
            && !platformNoise) {
            QMutexLocker lock(&mutex());
            collected() << text;
        }
        if (previous())
            previous()(type, context, text);
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static QStringList &collected()
    {
        static QStringList list;
        return list;
    }
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
};

#define STEVEDORE_VERIFY_NO_WARNINGS() \
    do { \
        const QStringList warnings = stevedore::guitest::WarningTrap::take(); \
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n')))); \
    } while (false)

// The visible message box named name among parent's descendants: a window-modal question opened
// with open(), not answered yet (an answered one is hidden until its deferred delete). nullptr
// when there is none.
inline QMessageBox *visibleMessageBox(const QObject *parent, const QString &name)
{
    for (QMessageBox *box : parent->findChildren<QMessageBox *>(name)) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

// An SQLite database in a temporary folder, open.
class ScratchDatabase
{
public:
    ScratchDatabase()
    {
        DatabaseOptions options;
        options.primary = DbUrl::parse(QStringLiteral("sqlite:") + path());
        m_database = std::make_unique<Database>(options);
        m_database->open();
    }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    Database &database() { return *m_database; }
    DatabaseOptions options() const { return m_database->options(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

struct FileSpec
{
    QString project = QStringLiteral("test");
    QString name = QStringLiteral("data.csv");
    qint64 records = 0;
    // Record numbers left unused, as rejected records leave them.
    QList<qint64> unused;
    // Whether the unused numbers are listed in import_rejects (as the importer does).
    bool recordRejects = true;
    // The record count written to files.record_count; -1: the true count.
    qint64 claimedCount = -1;
};

// Writes a file whose record number n holds ["n", "name n", "city n%100"] at line n + 1.
inline FileInfo writeFile(Database &database, const FileSpec &spec)
{
    return database
        .write([spec](QSqlDatabase &db) {
            Sql sql(db);
            SqlTransaction transaction(sql);
            const qint64 projectId = catalog::ensureProject(sql, spec.project);
            const QString header = QStringLiteral("[\"id\",\"name\",\"city\"]");
            const qint64 count = spec.claimedCount >= 0 ? spec.claimedCount : spec.records;
            sql.exec(QStringLiteral("INSERT INTO files (project_id, name, header, raw_header, "
                                    "record_count, byte_size, status, imported_at, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, 'imported', ?, ?)"),
                     {projectId,
                      spec.name,
                      header,
                      header,
                      count,
                      spec.records * 24,
                      catalog::nowMs(),
                      catalog::nowMs()});
            const qint64 fileId = catalog::fileInfo(sql, projectId, spec.name).id;
            // Through the importer's own writer, so the records are stored in blocks exactly
            // as an import stores them (an unused number ends a block).
            const qint64 last = spec.records + spec.unused.size();
            const QSet<qint64> unused(spec.unused.cbegin(), spec.unused.cend());
            RecordBatch batch;
            for (qint64 i = 1; i <= last; ++i) {
                if (!unused.contains(i))
                    batch.appendRecord(i,
                                       i + 1,
                                       {QByteArray::number(i),
                                        "name " + QByteArray::number(i),
                                        "city " + QByteArray::number(i % 100)});
                if (batch.rows.size() >= 50000 || i == last) {
                    writeRecords(sql, fileId, batch, 0, batch.rows.size(), 0);
                    batch.clear();
                }
            }
            qint64 jobId = 0;
            if (!spec.unused.isEmpty() && spec.recordRejects) {
                sql.exec(QStringLiteral("INSERT INTO import_jobs (project_id, file_id, file_name, "
                                        "source_path, sha256, byte_size, status, "
                                        "records_rejected, started_at, updated_at) VALUES "
                                        "(?, ?, ?, '', '', 0, 'done', ?, 0, 0)"),
                         {projectId, fileId, spec.name, spec.unused.size()});
                jobId = sql.scalar(QStringLiteral("SELECT max(id) FROM import_jobs")).toLongLong();
            }
            for (const qint64 number : spec.unused) {
                if (jobId != 0)
                    sql.exec(QStringLiteral("INSERT INTO import_rejects (job_id, record_no, "
                                            "line_no, reason, raw) VALUES (?, ?, ?, 'bad', '')"),
                             {jobId, number, number + 1});
            }
            transaction.commit();
            return catalog::fileInfo(sql, projectId, spec.name);
        })
        .result();
}

inline FileInfo
writeFile(Database &database, const QString &project, const QString &name, qint64 records)
{
    FileSpec spec;
    spec.project = project;
    spec.name = name;
    spec.records = records;
    return writeFile(database, spec);
}

// The visible window of type T and that object name among parent's children.
template<typename T>
T *shownDialog(QWidget *parent, const QString &name)
{
    const QList<T *> found = parent->findChildren<T *>(name);
    for (T *widget : found) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}

} // namespace stevedore::guitest
