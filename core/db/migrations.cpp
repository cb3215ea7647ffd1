// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/migrations.h"

#include "db/dberror.h"
#include "db/sql.h"
#include "logging/logging.h"

#include <QScopeGuard>
#include <QSet>

#include <sqlite3.h>

namespace stevedore {

namespace {

struct Migration
{
    int version;
    const char *sqlite;
    const char *postgres;
    // SQLite: run with foreign-key enforcement off (switched before the transaction, since it
    // cannot be switched inside one) and checked with PRAGMA foreign_key_check before commit.
    // For table rebuilds: dropping a parent table would otherwise cascade into its children.
    bool sqliteForeignKeysOff = false;
};

// Timestamps are milliseconds since the epoch (BIGINT) on both engines so that queries and
// code are the same. Version 1 stored a row per record in file_records; version 3 replaced it
// with record_blocks, ~10 records a row (recordstore.h says why and how), keyed by
// (file_id, first_record_no): one index serves import order, keyset paging and resume.
// Version 3: records move into blocks; existing records become blocks of one, which read the
// same. One text serves both engines (BIGINT has integer affinity on SQLite).
const char recordBlocks[] = R"(
CREATE TABLE record_blocks (
    file_id BIGINT NOT NULL,
    first_record_no BIGINT NOT NULL,
    record_count INTEGER NOT NULL CHECK (record_count BETWEEN 1 AND 64),
    line_nos TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (file_id, first_record_no));
INSERT INTO record_blocks (file_id, first_record_no, record_count, line_nos, data)
    SELECT file_id, record_no, 1, CAST(line_no AS TEXT), '[' || data || ']' FROM file_records;
DROP TABLE file_records;
)";

// Version 5: a reject keeps the 1-based column of the cell its reason is about (a sheet's;
// 0: the whole record), so that a resumed import and `rejects` locate it as the first run did.
// Rejects stored before keep 0, their row. One text serves both engines.
const char rejectColumn[] = R"(
ALTER TABLE import_rejects ADD COLUMN column_no INTEGER NOT NULL DEFAULT 0;
)";

// Version 6: record_fixes, the audit of rejected records fixed in place (import/rejectfixes.h):
// one row per record put back, keyed like the record, so that a fix is applied exactly once.
// One text serves both engines.
const char recordFixes[] = R"(
CREATE TABLE record_fixes (
    file_id BIGINT NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    record_no BIGINT NOT NULL,
    line_no BIGINT NOT NULL,
    job_id BIGINT NOT NULL,
    reason TEXT NOT NULL,
    old_raw TEXT NOT NULL,
    new_data TEXT NOT NULL,
    fixed_at BIGINT NOT NULL,
    os_user TEXT NOT NULL,
    db_user TEXT NOT NULL,
    PRIMARY KEY (file_id, record_no));
CREATE INDEX record_fixes_line ON record_fixes (file_id, line_no);
)";

// Version 7: who saved a file's mapping and when, and where it came from (an earlier file's
// mapping it was recalled from: schema/mappingmemory.h), so that the next file with the same
// header can be given it with a reason.
const char mappingOrigin[] = R"(
ALTER TABLE files ADD COLUMN mapping_saved_at BIGINT;
ALTER TABLE files ADD COLUMN mapping_saved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE files ADD COLUMN mapping_origin TEXT NOT NULL DEFAULT '';
)";

// Version 8: a schema column's validation rules (schema/columnrules.h), a JSON array, so that
// they are versioned with the column.
const char columnRules[] = R"(
ALTER TABLE schema_columns ADD COLUMN rules TEXT NOT NULL DEFAULT '[]';
)";

// Version 9: cell_fixes, the audit of stored values corrected in place (import/cellfixes.h):
// one row per value changed, in the order they were applied. One text serves both engines.
const char cellFixes[] = R"(
CREATE TABLE cell_fixes (
    file_id BIGINT NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    record_no BIGINT NOT NULL,
    line_no BIGINT NOT NULL,
    field_no INTEGER NOT NULL,
    column_name TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    fixed_at BIGINT NOT NULL,
    os_user TEXT NOT NULL,
    db_user TEXT NOT NULL);
CREATE INDEX cell_fixes_record ON cell_fixes (file_id, record_no);
)";

// Version 10: import_templates, named import settings (import/importtemplate.h): how to
// read and map a kind of file, versioned. Names are unique ignoring case. One text serves both
// engines.
const char importTemplates[] = R"(
CREATE TABLE import_templates (
    name TEXT NOT NULL,
    settings TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL);
CREATE UNIQUE INDEX import_templates_name ON import_templates (lower(name));
)";

// Version 11: a file's own validation rules for a mapped column (a JSON array, as
// schema_columns.rules), checked after the schema column's; an import template gives them.
const char mappingRules[] = R"(
ALTER TABLE column_mappings ADD COLUMN rules TEXT NOT NULL DEFAULT '[]';
)";

const Migration migrations[] = {
    {1,
     R"(
CREATE TABLE stevedore_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    header TEXT NOT NULL DEFAULT '[]',
    raw_header TEXT NOT NULL DEFAULT '[]',
    record_count BIGINT NOT NULL DEFAULT 0,
    byte_size BIGINT NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL DEFAULT '',
    dialect TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'importing',
    imported_at BIGINT,
    created_at BIGINT NOT NULL,
    mapping_version INTEGER NOT NULL DEFAULT 0,
    UNIQUE (project_id, name));
CREATE TABLE file_records (
    file_id INTEGER NOT NULL,
    record_no BIGINT NOT NULL,
    line_no BIGINT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (file_id, record_no)) WITHOUT ROWID;
CREATE TABLE schema_state (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
INSERT INTO schema_state (id, version) VALUES (1, 0);
CREATE TABLE schema_columns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    required INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    enum_values TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL);
CREATE UNIQUE INDEX schema_columns_name ON schema_columns (lower(name));
CREATE TABLE column_mappings (
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    file_column TEXT NOT NULL,
    position INTEGER NOT NULL,
    schema_column_id INTEGER REFERENCES schema_columns(id) ON DELETE SET NULL,
    transform TEXT,
    confidence REAL,
    PRIMARY KEY (file_id, file_column));
CREATE TABLE import_jobs (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    file_id INTEGER REFERENCES files(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    source_path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    byte_size BIGINT NOT NULL,
    status TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    checkpoint_record BIGINT NOT NULL DEFAULT 0,
    checkpoint_line BIGINT NOT NULL DEFAULT 0,
    checkpoint_bytes BIGINT NOT NULL DEFAULT 0,
    records_imported BIGINT NOT NULL DEFAULT 0,
    records_rejected BIGINT NOT NULL DEFAULT 0,
    error TEXT,
    started_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    finished_at BIGINT);
CREATE INDEX import_jobs_file ON import_jobs (file_id);
CREATE TABLE import_rejects (
    job_id INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
    record_no BIGINT NOT NULL,
    line_no BIGINT NOT NULL,
    reason TEXT NOT NULL,
    raw TEXT NOT NULL,
    PRIMARY KEY (job_id, record_no));
CREATE TABLE metrics_history (
    job_id INTEGER,
    ts BIGINT NOT NULL,
    name TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL);
CREATE INDEX metrics_history_job ON metrics_history (job_id, name, ts);
)",
     R"(
CREATE TABLE stevedore_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE projects (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL);
CREATE TABLE files (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    header TEXT NOT NULL DEFAULT '[]',
    raw_header TEXT NOT NULL DEFAULT '[]',
    record_count BIGINT NOT NULL DEFAULT 0,
    byte_size BIGINT NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL DEFAULT '',
    dialect TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'importing',
    imported_at BIGINT,
    created_at BIGINT NOT NULL,
    mapping_version INTEGER NOT NULL DEFAULT 0,
    UNIQUE (project_id, name));
CREATE TABLE file_records (
    file_id BIGINT NOT NULL,
    record_no BIGINT NOT NULL,
    line_no BIGINT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (file_id, record_no));
CREATE TABLE schema_state (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
INSERT INTO schema_state (id, version) VALUES (1, 0);
CREATE TABLE schema_columns (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    required BOOLEAN NOT NULL DEFAULT false,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    enum_values TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL);
CREATE UNIQUE INDEX schema_columns_name ON schema_columns (lower(name));
CREATE TABLE column_mappings (
    file_id BIGINT NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    file_column TEXT NOT NULL,
    position INTEGER NOT NULL,
    schema_column_id BIGINT REFERENCES schema_columns(id) ON DELETE SET NULL,
    transform TEXT,
    confidence DOUBLE PRECISION,
    PRIMARY KEY (file_id, file_column));
CREATE TABLE import_jobs (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    file_id BIGINT REFERENCES files(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    source_path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    byte_size BIGINT NOT NULL,
    status TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    checkpoint_record BIGINT NOT NULL DEFAULT 0,
    checkpoint_line BIGINT NOT NULL DEFAULT 0,
    checkpoint_bytes BIGINT NOT NULL DEFAULT 0,
    records_imported BIGINT NOT NULL DEFAULT 0,
    records_rejected BIGINT NOT NULL DEFAULT 0,
    error TEXT,
    started_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    finished_at BIGINT);
CREATE INDEX import_jobs_file ON import_jobs (file_id);
CREATE TABLE import_rejects (
    job_id BIGINT NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
    record_no BIGINT NOT NULL,
    line_no BIGINT NOT NULL,
    reason TEXT NOT NULL,
    raw TEXT NOT NULL,
    PRIMARY KEY (job_id, record_no));
CREATE TABLE metrics_history (
    job_id BIGINT,
    ts BIGINT NOT NULL,
    name TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL);
CREATE INDEX metrics_history_job ON metrics_history (job_id, name, ts);
)"},
    // SQLite: schema_columns gets AUTOINCREMENT so that the id of a deleted column is never
    // handed out again (a client still holding it must get "no column with id N", not update
    // another column). The table is rebuilt with its ids. Dropping the old table runs an
    // implicit DELETE whose ON DELETE SET NULL would unmap every file (foreign_keys is on and
    // cannot be switched off inside the migration's transaction), so the mapped ids are kept
    // aside and put back. AUTOINCREMENT continues after the largest id present. PostgreSQL's
    // identity columns never reuse values: nothing to do.
    {2,
     R"(
CREATE TABLE schema_columns_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    required INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    enum_values TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL);
INSERT INTO schema_columns_v2 (id, name, type, required, description, position, enum_values,
    created_at, updated_at)
    SELECT id, name, type, required, description, position, enum_values, created_at, updated_at
    FROM schema_columns;
CREATE TEMP TABLE mapped_columns_v2 AS
    SELECT file_id, file_column, schema_column_id FROM column_mappings
    WHERE schema_column_id IS NOT NULL;
DROP TABLE schema_columns;
ALTER TABLE schema_columns_v2 RENAME TO schema_columns;
CREATE UNIQUE INDEX schema_columns_name ON schema_columns (lower(name));
UPDATE column_mappings SET schema_column_id = (
    SELECT m.schema_column_id FROM mapped_columns_v2 m
    WHERE m.file_id = column_mappings.file_id AND m.file_column = column_mappings.file_column)
    WHERE EXISTS (SELECT 1 FROM mapped_columns_v2 m
    WHERE m.file_id = column_mappings.file_id AND m.file_column = column_mappings.file_column);
DROP TABLE mapped_columns_v2;
)",
     ""},
    {3, recordBlocks, recordBlocks},
    // SQLite: projects, files and import jobs get AUTOINCREMENT, as schema columns did in
    // version 2, so that an id is never handed out twice: a window or a script still holding
    // the id of a deleted file must not reach the file imported after it. The tables are
    // rebuilt with their ids (parents first; foreign keys off meanwhile, then checked).
    // PostgreSQL's identity columns never reuse values: nothing to do.
    {4,
     R"(
CREATE TABLE projects_v4 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL);
INSERT INTO projects_v4 (id, name, created_at) SELECT id, name, created_at FROM projects;
DROP TABLE projects;
ALTER TABLE projects_v4 RENAME TO projects;
CREATE TABLE files_v4 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    header TEXT NOT NULL DEFAULT '[]',
    raw_header TEXT NOT NULL DEFAULT '[]',
    record_count BIGINT NOT NULL DEFAULT 0,
    byte_size BIGINT NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL DEFAULT '',
    dialect TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'importing',
    imported_at BIGINT,
    created_at BIGINT NOT NULL,
    mapping_version INTEGER NOT NULL DEFAULT 0,
    UNIQUE (project_id, name));
INSERT INTO files_v4 (id, project_id, name, header, raw_header, record_count, byte_size,
    sha256, dialect, status, imported_at, created_at, mapping_version)
    SELECT id, project_id, name, header, raw_header, record_count, byte_size, sha256, dialect,
    status, imported_at, created_at, mapping_version FROM files;
DROP TABLE files;
ALTER TABLE files_v4 RENAME TO files;
CREATE TABLE import_jobs_v4 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    file_id INTEGER REFERENCES files(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    source_path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    byte_size BIGINT NOT NULL,
    status TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    checkpoint_record BIGINT NOT NULL DEFAULT 0,
    checkpoint_line BIGINT NOT NULL DEFAULT 0,
    checkpoint_bytes BIGINT NOT NULL DEFAULT 0,
    records_imported BIGINT NOT NULL DEFAULT 0,
    records_rejected BIGINT NOT NULL DEFAULT 0,
    error TEXT,
    started_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    finished_at BIGINT);
INSERT INTO import_jobs_v4 (id, project_id, file_id, file_name, source_path, sha256, byte_size,
    status, options, checkpoint_record, checkpoint_line, checkpoint_bytes, records_imported,
    records_rejected, error, started_at, updated_at, finished_at)
    SELECT id, project_id, file_id, file_name, source_path, sha256, byte_size, status, options,
    checkpoint_record, checkpoint_line, checkpoint_bytes, records_imported, records_rejected,
    error, started_at, updated_at, finished_at FROM import_jobs;
DROP TABLE import_jobs;
ALTER TABLE import_jobs_v4 RENAME TO import_jobs;
CREATE INDEX import_jobs_file ON import_jobs (file_id);
)",
     "",
     true},
    {5, rejectColumn, rejectColumn},
    {6, recordFixes, recordFixes},
    {7, mappingOrigin, mappingOrigin},
    {8, columnRules, columnRules},
    {9, cellFixes, cellFixes},
    {10, importTemplates, importTemplates},
    {11, mappingRules, mappingRules},
};

// Statements are separated by ";" at the end of a line; the migration text is ours.
QStringList splitStatements(const char *script)
{
    QStringList out;
    const QStringList parts = QString::fromUtf8(script).split(QStringLiteral(";\n"));
    for (const QString &part : parts) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            out << statement;
    }
    return out;
}

bool metaTableExists(const Sql &sql)
{
    // The one existence check, at start-up, to tell a new database from a migrated one.
    if (sql.engine() == Engine::Sqlite)
        return !sql.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                        "AND name = 'stevedore_meta'"))
                    .isEmpty();
    // A catalog scan, not to_regclass(): after waiting on the advisory lock the syscache may
    // still hold a stale "no such table" entry (advisory locks do not process invalidations).
    return !sql.exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = "
                                    "current_schema() AND tablename = 'stevedore_meta'"))
                .isEmpty();
}

} // namespace

int Migrations::latestVersion()
{
    return int(std::size(migrations));
}

QStringList Migrations::requiredTables()
{
    return {QStringLiteral("stevedore_meta"),
            QStringLiteral("projects"),
            QStringLiteral("files"),
            QStringLiteral("record_blocks"),
            QStringLiteral("schema_state"),
            QStringLiteral("schema_columns"),
            QStringLiteral("column_mappings"),
            QStringLiteral("import_jobs"),
            QStringLiteral("import_rejects"),
            QStringLiteral("record_fixes"),
            QStringLiteral("cell_fixes"),
            QStringLiteral("import_templates"),
            QStringLiteral("metrics_history")};
}

int Migrations::currentVersion(const Sql &sql)
{
    if (!metaTableExists(sql))
        return 0;
    return sql
        .scalar(QStringLiteral("SELECT value FROM stevedore_meta WHERE key = 'schema_version'"))
        .toInt();
}

void Migrations::refuseForeign(const Sql &sql, const QString &name)
{
    if (sql.engine() != Engine::Sqlite)
        return;
    const auto refuse = [&name](const QString &why) {
        return DbError(DbError::Kind::Invalid,
                       QStringLiteral("%1 is not a Stevedore database (%2); it was left unchanged")
                           .arg(name, why));
    };
    SqlResult objects;
    try {
        objects = sql.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "ORDER BY name"));
    } catch (const DbError &error) {
        if (error.sqlState() == QString::number(SQLITE_NOTADB))
            throw refuse(QStringLiteral("not an SQLite file"));
        throw;
    }
    if (objects.isEmpty() || metaTableExists(sql))
        return;
    QStringList tables;
    for (const QVariantList &row : std::as_const(objects.rows))
        tables << row.value(0).toString();
    throw refuse(QStringLiteral("it holds tables of another application: %1")
                     .arg(tables.mid(0, 3).join(QStringLiteral(", "))
                          + (tables.size() > 3 ? QStringLiteral(", …") : QString())));
}

static void refuseNewer(int found)
{
    if (found > Migrations::latestVersion())
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("the database schema is version %1, newer than this "
                                     "Stevedore understands (%2); upgrade Stevedore")
                          .arg(found)
                          .arg(Migrations::latestVersion()));
}

int Migrations::apply(const Sql &sql, int upTo)
{
    const int before = currentVersion(sql);
    refuseNewer(before);
    if (before >= upTo)
        return before;
    for (const Migration &migration : migrations) {
        if (migration.version > upTo)
            break;
        const bool keysOff = migration.sqliteForeignKeysOff && sql.engine() == Engine::Sqlite;
        if (keysOff)
            sql.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        // Enforcement comes back on however the migration ends.
        const auto restoreKeys = qScopeGuard([&sql, keysOff] {
            if (keysOff) {
                try {
                    sql.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
                } catch (const DbError &) {
                }
            }
        });
        SqlTransaction transaction(sql);
        if (sql.engine() == Engine::Postgres) {
            // Serialise concurrent first starts; the key is arbitrary but fixed.
            sql.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7305150)"));
        }
        // Re-read under the lock: another process may have migrated meanwhile.
        const int version = currentVersion(sql);
        refuseNewer(version);
        if (version >= migration.version)
            continue;
        const char *script = sql.engine() == Engine::Sqlite ? migration.sqlite : migration.postgres;
        // Violations already there (none are expected) must not lock the database out; the
        // migration must add none.
        const auto violations = [&sql] {
            return sql.exec(QStringLiteral("PRAGMA foreign_key_check")).rows.size();
        };
        const qsizetype violationsBefore = keysOff ? violations() : 0;
        for (const QString &statement : splitStatements(script))
            sql.exec(statement);
        if (keysOff && violations() > violationsBefore)
            throw DbError(DbError::Kind::Permanent,
                          QStringLiteral("migration %1 would leave rows that refer to missing "
                                         "rows; nothing was changed")
                              .arg(migration.version));
        sql.exec(QStringLiteral("INSERT INTO stevedore_meta (key, value) VALUES "
                                "('schema_version', ?) ON CONFLICT (key) DO UPDATE SET "
                                "value = excluded.value"),
                 {QString::number(migration.version)});
        transaction.commit();
        logger(LogCategory::Db)->info("applied database migration {}", migration.version);
    }
    return before;
}

void Migrations::validate(const Sql &sql)
{
    const SqlResult result
        = sql.engine() == Engine::Sqlite
              ? sql.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))
              : sql.exec(QStringLiteral("SELECT table_name::text FROM information_schema.tables "
                                        "WHERE table_schema = current_schema()"));
    QSet<QString> present;
    for (const QVariantList &row : result.rows)
        present.insert(row.value(0).toString());
    QStringList missing;
    for (const QString &table : requiredTables()) {
        if (!present.contains(table))
            missing << table;
    }
    if (!missing.isEmpty())
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("the database is missing tables %1; it was not created by "
                                     "this Stevedore or was altered")
                          .arg(missing.join(QStringLiteral(", "))));
}

} // namespace stevedore
