// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "csv/dialectdetection.h"
#include "import/progressmeter.h"
#include "import/rejectbudget.h"
#include "source/sourcestream.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

namespace stevedore {

class Database;
struct RecordBatch;

struct ImportOptions
{
    QString project;
    QString path;     // the file to read (a resource path ":/…" works too)
    QString fileName; // name in the project; empty: the file's base name
    DialectOverrides overrides;
    // The kind of file (Auto: detected from its content), the sheet of a workbook or member of
    // an archive to read (empty: the first), rows above a sheet's header, fixed-width columns.
    SourceFormat format = SourceFormat::Auto;
    QString part;
    int skipRows = 0;
    QList<FixedColumn> fixedColumns;
    int batchSize = 0; // 0: defaultBatchSize(), capped in pooler mode
    bool replace = false;
    // When the rejects pass it, the import stops at the next batch boundary as a failed job
    // and keeps what it committed; with `atomic` it removes the file instead (all or nothing).
    // A resumed import counts the rejects of the job's earlier runs.
    RejectBudget rejectBudget;
    // A failed import (over its budget, unreadable, refused by the database) leaves no trace
    // of the file: its records, rejects and job are removed in one transaction. A cancelled or
    // killed one stays resumable (its file stays "importing"), as without it.
    bool atomic = false;
    // Runs the import's threads (the one calling run() and the writer it commits on) at a
    // lower priority, so that a GUI thread in the same process gets a core first when the
    // machine is busy. The writer stays lowered for the rest of its life (Linux lets a thread
    // lower its priority, not raise it back without privileges).
    bool background = false;
    // The named import template the file is imported with (`import --template`, the import
    // dialog's Template), whose mapping the caller gives the file afterwards. The importer only
    // keeps the name with the job (import_jobs.options, "template"), so that whoever resumes
    // the job later (another session, another process) can map the file the same way.
    QString importTemplate;

    SourceOptions sourceOptions() const
    {
        return {format, overrides, part, skipRows, fixedColumns};
    }
};

struct ImportReject
{
    qint64 line = 0;
    qint64 recordNo = 0;
    QString reason;
    // Where in the file, to follow "FILE:": the line ("12"), or a sheet's cell ("Sheet1!A12").
    QString location;
};

struct ImportResult
{
    enum class Outcome { Imported, AlreadyImported, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    qint64 jobId = 0;
    qint64 fileId = 0;
    QString fileName;
    qint64 records = 0;
    qint64 rejected = 0;
    qint64 importedThisRun = 0;      // records committed by this run (a resumed job's later part)
    double seconds = 0;              // this run's
    double recordsPerSecond = 0;     // importedThisRun over seconds
    double peakRecordsPerSecond = 0; // never below recordsPerSecond
    QString sha256;
    Dialect dialect;
    bool resumed = false;
    QString message; // for Failed/Cancelled/AlreadyImported: what happened, one line
    // Failed because the source (a sheet, a member) holds no header and no record: nothing was
    // stored, no file and no job. `import --sheet all` passes over such a sheet.
    bool empty = false;
    // Failed because the rejects passed ImportOptions::rejectBudget.
    bool overBudget = false;
    // Failed with ImportOptions::atomic: the file was removed, nothing of it stays.
    bool rolledBack = false;
};

// Imports one file (delimited text, a workbook's sheet, JSON, fixed-width text, compressed or
// not: source/sourcestream.h) as a job with a committed checkpoint: records are written
// in batches, each in its own transaction together with the job's checkpoint, so that a crash
// at any moment loses nothing and a re-run resumes exactly after the last committed batch.
// Parsing runs on the calling thread while the previous batch is written on the pool's writer
// thread. Malformed records are rejected with their line; a batch the database refuses is
// bisected until the offending records are isolated; transient faults are retried with backoff.
class Importer
{
public:
    Importer(Database &database, ImportOptions options);

    // Blocks until done; call it off the GUI thread. Never throws: failures are in the result.
    ImportResult run();
    // Thread-safe; the import stops at the next batch boundary and can be resumed later.
    void cancel() { m_cancel.store(true); }

    // Called on the importing thread at least 4 times a second.
    std::function<void(const ImportProgress &)> onProgress;
    // Called on the importing thread for every record rejected (after it is committed).
    std::function<void(const ImportReject &)> onReject;

    static int defaultBatchSize();
    // Used by tests to inject a fault before a batch commits (throw DbError from it).
    std::function<void(qint64 batchIndex)> beforeCommitHook;
    // Used by tests to stamp the job's times (its run's start, its checkpoints and history)
    // with a clock of their own, in ms since epoch; called on the importing thread and the
    // writer thread, one at a time. Empty: the wall clock.
    std::function<qint64()> clock;

private:
    struct Run;
    ImportResult runImpl();
    bool openSource(Run &run);
    bool begin(Run &run);
    void prepareResume(Run &run);
    void importBatches(Run &run);
    bool readBatch(Run &run, RecordBatch &batch);
    QString sourceChange(Run &run, bool atEnd);
    void reportProgress(Run &run, qint64 parsed, bool force);
    bool withinBudget(Run &run);
    QString overBudgetMessage(Run &run);
    ImportResult finish(Run &run);
    bool rollBack(Run &run);
    void forgetJob(Run &run);
    qint64 now() const;

    Database &m_database;
    ImportOptions m_options;
    std::atomic<bool> m_cancel{false};
};

// Refuses input that cannot be a file to import: missing, a directory, one of the open
// database's files (livefiles.h; never opened), unreadable, empty, or binary content that is
// neither compressed nor a zip container (workbooks and archives are zip containers; whether
// one really is readable is known when it is opened). Returns an empty string when it looks
// fine, otherwise the reason.
QString checkImportable(const QString &path);

} // namespace stevedore
