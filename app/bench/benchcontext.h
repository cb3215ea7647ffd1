// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "db/dburl.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace stevedore {
class Database;
}

namespace stevedore::bench {

class ScratchDatabase;

struct BenchOptions
{
    bool quick = false;
    QString outDir;
    QList<DbUrl> replicas;
    std::optional<DbUrl> pooler;
    QString stevedoreBinary; // for the child-process import (peak RSS)
    // Puts the application's logging back as the command line set it (the logging case
    // replaces it for its measurements).
    std::function<void()> restoreLogging;
    // One line of progress (stderr).
    std::function<void(const QString &)> progress;
};

// What every case shares during one run: the database, the options, the scratch project and
// the generated CSV files. Everything it creates is removed by cleanUp() (and the destructor).
class BenchContext
{
public:
    BenchContext(Database &database, BenchOptions options);
    ~BenchContext();
    BenchContext(const BenchContext &) = delete;
    BenchContext &operator=(const BenchContext &) = delete;

    Database &database() const { return m_database; }
    const BenchOptions &options() const { return m_options; }
    bool quick() const { return m_options.quick; }
    bool isPostgres() const;
    // Measured rounds of every variant after the warm-up (at least 5).
    int rounds() const { return 5; }
    // full when running the full suite, quick with --quick.
    qint64 scaled(qint64 full, qint64 quick) const { return m_options.quick ? quick : full; }

    // Unique per run: "<pid>_<random>", for scratch tables, schemas and files.
    QString tag() const { return m_tag; }
    QString scratchProject() const;
    // Creates the scratch project on first use; throws DbError (also when a project of that
    // name exists: call it before anything else, an Importer, may create one). cleanUp() removes
    // only a project created here.
    qint64 scratchProjectId();
    // A path in the output folder.
    QString path(const QString &name) const;

    // The generated CSV (1,000,000 records, 20,000 with --quick), written on first use.
    QString importCsv();
    qint64 importRecords() const;
    // A smaller CSV of the same kind (records given), written on first use for that size.
    QString csvOf(qint64 records);
    // The generated workbook (writeBenchWorkbook: one sheet of 6 columns), 1,000,000 records
    // (20,000 with --quick), written on first use; that takes a while (about 70 s per million
    // records). Throws DbError when it cannot be written.
    QString importWorkbook();
    qint64 workbookRecords() const;
    // A generated file gzip-compressed beside it (path + ".gz", by gzip -6), written on first
    // use. Throws DbError when gzip fails.
    QString gzipped(const QString &path);

    // Runs one statement on the writer and waits for it (untimed set-up and clean-up); throws
    // DbError.
    void execute(const QString &statement, const QVariantList &params = {});
    // Deletes a file of the scratch project with its records, jobs and mappings (untimed
    // clean-up between runs).
    void dropFile(qint64 fileId);
    qint64 fileIdOf(const QString &fileName);
    // Waits (up to 60 s) until reads that may go to a replica see the file's records.
    void waitUntilReadable(qint64 fileId, qint64 records);

    // The database for cases that change the global schema (see ScratchDatabase).
    Database &schemaDatabase();

    void progress(const QString &line) const;
    // Removes the scratch project, the scratch schema and the generated files; idempotent.
    void cleanUp();

private:
    Database &m_database;
    BenchOptions m_options;
    QString m_tag;
    qint64 m_projectId = 0;
    QList<QString> m_generated;
    std::unique_ptr<ScratchDatabase> m_schemaDatabase;
};

// Microseconds elapsed on a steady clock since start (QElapsedTimer-like, for short lambdas).
double elapsedMicros(qint64 startNanos);
qint64 nowNanos();

} // namespace stevedore::bench
