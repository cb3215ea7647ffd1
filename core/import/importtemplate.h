// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "csv/dialectdetection.h"
#include "import/rejectbudget.h"
#include "schema/columnrules.h"
#include "source/fixedwidthsource.h"
#include "source/recordsource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace stevedore {

class Sql;
struct ImportOptions;

// A named import template: how files of one kind are read and mapped, saved in the database
// (import_templates) so that every operator and process applies the same (`import --template
// NAME`). Each save bumps the template's version; a save can insist on the version it was
// edited from.
struct ImportTemplate
{
    struct Column
    {
        QString fileColumn;
        QString schemaColumn;
        QString transform; // ValueTransform's text; empty: none
        // Validation rules for the schema column, on top of its own: each file mapped with
        // the template keeps them (ColumnMapping::rules).
        QList<ColumnRule> rules = {};

        friend bool operator==(const Column &, const Column &) = default;
    };

    QString name;
    int version = 0; // 0: never saved
    // How to read: unset fields are detected as without a template.
    std::optional<SourceFormat> format;
    DialectOverrides overrides;
    QString sheet; // a workbook's sheet (name or 1-based index); empty: the first
    int skipRows = 0;
    QList<FixedColumn> fixedColumns; // fixed-width text
    RejectBudget rejectBudget;
    bool atomic = false;
    // How to map: applied to each file imported with the template.
    QList<Column> mapping;
    // Who saved it, when (ms since the epoch).
    qint64 updatedAt = 0;
    QString updatedBy;

    // The JSON object `template show --json` prints and `template save` reads:
    // {"name", "version", "updated_at", "updated_by", "format", "delimiter", "quote",
    //  "encoding", "header", "sheet", "skip_rows", "max_rejects", "atomic",
    //  "mapping": [{"file_column", "schema_column", "transform", "rules": [{"rule", "value",
    //  "column", "message"}, …]}, …]}; unset keys are left out.
    QVariantMap toVariant() const;
    // Reads the settings of that object (name, version and who are not read). nullopt and
    // *error naming the key when a value is not what it should be.
    static std::optional<ImportTemplate> fromJson(const QByteArray &json, QString *error);

    // Fills what the caller has not set from the template (the caller's options win): the
    // format when Auto, the dialect fields not overridden, the sheet when empty; skipRows,
    // rejectBudget and atomic when given is false. Names itself in options.importTemplate.
    struct Given
    {
        bool format = false;
        bool delimiter = false;
        bool quote = false;
        bool encoding = false;
        bool header = false;
        bool part = false;
        bool skipRows = false;
        bool rejectBudget = false;
    };
    void applyTo(ImportOptions &options, const Given &given) const;
};

namespace importtemplates {

// Every template, by name (case-insensitive order). Throws DbError.
QList<ImportTemplate> list(const Sql &sql);
// The template of that name (case-insensitive); nullopt when there is none.
std::optional<ImportTemplate> find(const Sql &sql, const QString &name);
// Saves settings under settings.name, inside the caller's transaction: creates it (version 1)
// or replaces it (version + 1). Throws DbError(Invalid) for an empty name or a mapping naming
// a schema column that does not exist, or a transform that does not parse, or rules that do
// not suit their schema column (columnrules::problems()), listing every problem;
// DbError(Conflict) when expectVersion is set and is not the stored version (0: the template
// must not exist yet).
ImportTemplate save(const Sql &sql,
                    ImportTemplate settings,
                    std::optional<int> expectVersion,
                    const QString &osUser);
// The same; throws DbError(NotFound) naming it when there is none.
ImportTemplate get(const Sql &sql, const QString &name);
// Throws DbError(NotFound) when there is no such template.
void remove(const Sql &sql, const QString &name);
// The settings a file was imported and mapped with, as a template named name (not saved): its
// stored format, dialect, sheet and mapping. Throws DbError(NotFound).
ImportTemplate fromFile(const Sql &sql, qint64 fileId, const QString &name);

struct Applied
{
    int columns = 0;     // mapping columns applied
    QStringList missing; // the template's file columns the file does not have
    QString message;     // one line for the operator
};
// Saves the template's mapping as the file's (MappingService::save(), one transaction of its
// own: call it outside one): each template column whose file column the file has (exactly,
// else ignoring case and spacing), with the template's rules for it (and none of its own
// from before). Throws DbError (Invalid when the schema no longer has a column it names, or a
// transform or rule does not suit its column).
Applied applyMapping(const Sql &sql, qint64 fileId, const ImportTemplate &settings);

} // namespace importtemplates
} // namespace stevedore
