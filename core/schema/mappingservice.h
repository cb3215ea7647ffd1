// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "schema/automatch.h"
#include "schema/cellcheck.h"
#include "schema/columnrules.h"
#include "schema/schemaservice.h"
#include "schema/valuetransform.h"
#include "schema/valuevalidator.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace stevedore {

class Sql;
struct ValidationFailure;
using FailureSink = std::function<void(const ValidationFailure &)>;

// One column of a file's header and the schema column it feeds.
struct ColumnMapping
{
    QString fileColumn;
    int position = 0;                 // index in the file's header
    qint64 schemaColumnId = 0;        // 0: unmapped
    QString schemaColumn;             // its name
    QString transform;                // "" for none, else ValueTransform text
    std::optional<double> confidence; // set by auto-match, cleared by manual edits
    // The file's own rules for its schema column, checked after the schema column's rules
    // (an import template gives them); only on a mapped column.
    QList<ColumnRule> rules = {};

    bool isMapped() const { return schemaColumnId != 0; }
};

struct FileMapping
{
    qint64 fileId = 0;
    QString fileName;
    int version = 0;              // files.mapping_version
    QList<ColumnMapping> columns; // every header column, in header order
    qint64 savedAt = 0;           // ms since the epoch of the last save that changed it; 0: never
    QString savedBy;              // the OS user of that save
    // Where the mapping came from when it was recalled from an earlier file
    // (MappingProposal::reason()); empty for an operator's own edits.
    QString origin;
};

// A change to one file column's mapping. The schema column is named by id, or else by name
// (exactly, else ignoring case); neither means "unmap". Without rules, the column keeps its
// own rules while it stays mapped to the same schema column and loses them otherwise.
struct MappingEdit
{
    QString fileColumn;
    qint64 schemaColumnId = 0;
    QString schemaColumn;
    QString transform;
    std::optional<double> confidence;
    std::optional<QList<ColumnRule>> rules = std::nullopt;
};

struct ColumnValidation
{
    QString fileColumn;
    QString schemaColumn;
    ColumnType type = ColumnType::Text;
    QString transform;
    qint64 invalid = 0;
    QList<InvalidValue> examples; // the first ones, in record order
    QMap<QString, qint64> byRule; // failures per check ("type", "pattern", …)
};

struct ValidationReport
{
    qint64 fileId = 0;
    QString fileName;
    qint64 records = 0;
    QList<ColumnValidation> columns; // mapped columns, in schema order
    QStringList unmappedRequired;    // required schema columns no file column feeds

    qint64 invalidValues() const;
    bool isValid() const { return invalidValues() == 0 && unmappedRequired.isEmpty(); }
};

// A file's mapping compiled against the schema: what each schema column reads.
struct MappingPlan
{
    struct Column
    {
        qint64 schemaColumnId = 0;
        QString name;
        ColumnType type = ColumnType::Text;
        bool required = false;
        int source = -1; // field index in the file's records; -1: unmapped
        QString fileColumn;
        ValueTransform transform;
        ValueValidator validator;
        QList<ColumnRule> rules; // SchemaColumn::rules, then the file's (ColumnMapping::rules)
        CellRules cellRules;     // rules compiled
        // For each rule, the index in columns of the column a required-with/-without rule
        // names; -1 for the other rules.
        QList<qsizetype> ruleColumns;
    };
    QList<Column> columns; // schema order

    QStringList header() const; // the schema names, for an export's first line
};

// The record in schema columns and order: mapped values transformed, unmapped columns empty.
// Values that are invalid for their column are returned as they are and counted in
// *invalidCells (when not null); unmapped required columns are not counted (validation
// reports them once per file). With reasons, each column's reason is appended to it (empty
// for a valid value or an unmapped column), as the mapped records view shows them.
QStringList mappedRecord(const MappingPlan &plan,
                         const QList<QByteArray> &fields,
                         int *invalidCells,
                         QStringList *reasons = nullptr);

struct AutoMapResult
{
    QList<MatchSuggestion> suggestions; // one per file column that was unmapped
    int applied = 0;
    FileMapping mapping; // after applying (as it was on a dry run)
};

// Per-file column mappings over one connection: construct it inside a pool task.
class MappingService
{
public:
    explicit MappingService(const Sql &sql);

    // Throws DbError(NotFound) when the file does not exist.
    FileMapping load(qint64 fileId) const;

    // Applies edits in one transaction, all or nothing: every file column must exist (and be
    // unambiguous), every schema column must exist, transforms must parse (date:… only on
    // date and datetime columns), rules must suit their column (columnrules::problems()) and
    // no schema column may end up fed by two file columns;
    // otherwise DbError(Invalid) listing every problem. DbError(Conflict) when expectVersion
    // is set and is not files.mapping_version. Bumps the version when anything changed.
    // origin is kept with the mapping (FileMapping::origin): empty for an operator's edits.
    FileMapping save(qint64 fileId,
                     const QList<MappingEdit> &edits,
                     std::optional<int> expectVersion = std::nullopt,
                     const QString &origin = {}) const;

    // Suggests schema columns for the file's unmapped columns among the schema columns not
    // mapped yet, and (unless dryRun) saves those with confidence >= threshold.
    AutoMapResult autoMap(qint64 fileId, double threshold, bool dryRun) const;

    MappingPlan plan(qint64 fileId) const;
    static MappingPlan plan(const Schema &schema, const FileMapping &mapping);

    // Checks every mapped value of the file against its schema column and its rules,
    // streaming the records in keyset pages: counts per column and rule, the first five
    // invalid values per column, required columns left unmapped.
    // Every failing cell goes to sink too (validateFile() in schema/filevalidation.h).
    ValidationReport validate(qint64 fileId, const FailureSink &sink = {}) const;
    ValidationReport validate(const MappingPlan &plan,
                              const FileMapping &mapping,
                              const FailureSink &sink = {}) const;

    // Streams the file's records once (pages of pageSize, ordered by record_no) and runs
    // checks on each; results[i] belongs to checks[i]. Returns the number of records.
    qint64 scan(qint64 fileId,
                const QList<CellCheck> &checks,
                QList<CellCheckResult> &results,
                int maxExamples = 5) const;

    // Parses a `mapping set` argument: FILE_COLUMN=SCHEMA_COLUMN[:TRANSFORM], where an empty
    // SCHEMA_COLUMN unmaps. Names may themselves contain '=' and ':', so the split is chosen
    // among the known file and schema column names. nullopt and *error when it names an
    // unknown column or transform.
    static std::optional<MappingEdit> parseAssignment(const QString &argument,
                                                      const QStringList &fileColumns,
                                                      const Schema &schema,
                                                      QString *error);

    static QVariantMap toVariant(const FileMapping &mapping);
    static QVariantMap toVariant(const ValidationReport &report);

    // Records per keyset page; tests lower it to cross page boundaries.
    void setPageSize(int records) { m_pageSize = records; }
    // Test hook: called after each statement save() writes, with its 1-based number.
    void setStatementHook(std::function<void(int)> hook) { m_statementHook = std::move(hook); }

private:
    FileMapping saveLocked(qint64 fileId,
                           const QList<MappingEdit> &edits,
                           std::optional<int> expectVersion,
                           const QString &origin) const;
    void lockFile(qint64 fileId) const;
    void wrote(int &statements) const;

    const Sql &m_sql;
    int m_pageSize = defaultScanPageSize;
    std::function<void(int)> m_statementHook;
};

} // namespace stevedore

Q_DECLARE_METATYPE(stevedore::FileMapping)
