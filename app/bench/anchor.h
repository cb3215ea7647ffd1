// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stevedore::bench {

class BenchContext;
struct ChildResult;

// An external tool loading the same CSV into a plain table: the yardstick for the importer.
// On SQLite, sqlite3 .import into a database file of its own in the output folder (its column
// names from the header line); on PostgreSQL, psql \copy into a scratch table of --db, dropped
// by reset() and the destructor. A gzip-compressed CSV (SQLite only) reaches the tool through a
// pipe, as a shell user would load it: zcat FILE.csv.gz | sqlite3 DB '.import --csv
// /dev/stdin t'.
class Anchor
{
public:
    enum class Input { Csv, GzipCsv };

    Anchor(BenchContext &ctx, const QString &csv, Input input = Input::Csv);
    ~Anchor();
    Anchor(const Anchor &) = delete;
    Anchor &operator=(const Anchor &) = delete;

    // False when the tool is not installed (or, for GzipCsv, the engine is PostgreSQL).
    bool available() const { return !m_version.isEmpty(); }
    QString tool() const { return m_tool; }
    QString version() const { return m_version; }
    // What the first load produced (after its reset()), -1 before.
    qint64 rows() const { return m_rows; }

    // One load; seconds of the tool's process alone (with zcat for GzipCsv). Throws DbError
    // when the tool fails.
    double run();
    // Counts what the first load produced, then removes it.
    void reset();

private:
    ChildResult runSqlite();
    ChildResult runPsql();

    BenchContext &m_ctx;
    QString m_csv;
    Input m_input;
    QString m_table;
    QString m_anchorDb;
    QString m_tool;
    QString m_version;
    qint64 m_rows = -1;
    bool m_tableCreated = false;
};

} // namespace stevedore::bench
