// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

// A schema, a small imported CSV and its mapping, for the mapped view of the records tests.

#include "db/database.h"
#include "db/sql.h"
#include "import/importer.h"
#include "schema/mappingservice.h"
#include "schema/schemaservice.h"
#include "store/catalog.h"
#include "testsupport.h"

#include <QTemporaryDir>

namespace stevedore::guitest {

// Header on line 1, records on lines 2..6.
inline const QByteArray peopleCsv = "E-Mail,Full Name,Age,Joined On,Notes\n"
                                    "ann@example.org,Ann Smith,34,01/02/2020,first\n"
                                    "bad-email,Bob Jones,abc,2020-13-01,\n"
                                    "carl@example.org,,41,15/03/2021,third\n"
                                    ",Dan Brown,5x,31/12/2019,\n"
                                    "eve@example.org,Eve Adams,29,07/07/2022,fifth\n";

// The global schema the mapped view shows, in this order.
inline void applyPeopleSchema(Database &database)
{
    auto column = [](const char *name, ColumnType type, bool required = false) {
        SchemaColumn out;
        out.name = QString::fromUtf8(name);
        out.type = type;
        out.required = required;
        return out;
    };
    const QList<SchemaColumn> columns{column("email", ColumnType::Email, true),
                                      column("full_name", ColumnType::Text),
                                      column("age", ColumnType::Integer),
                                      column("joined", ColumnType::Date),
                                      column("country", ColumnType::Text, true)};
    database.write([columns](QSqlDatabase &db) { return SchemaService(Sql(db)).apply(columns); })
        .waitForFinished();
}

// Imports content as project/name with the core importer; an empty FileInfo on failure.
inline FileInfo importCsv(Database &database,
                          const QTemporaryDir &dir,
                          const QString &project,
                          const QString &name,
                          const QByteArray &content = peopleCsv)
{
    const QString path = dir.filePath(name);
    if (!test::writeFile(path, content))
        return {};
    ImportOptions options;
    options.project = project;
    options.path = path;
    const ImportResult result = Importer(database, options).run();
    if (result.outcome != ImportResult::Outcome::Imported)
        qWarning("import failed: %s", qPrintable(result.message));
    return database
        .read(
            [project, name](QSqlDatabase &db) {
                const Sql sql(db);
                return catalog::fileInfo(sql, catalog::projectId(sql, project), name);
            },
            ReadConsistency::Primary)
        .result();
}

inline MappingEdit
mapTo(const QString &fileColumn, const QString &schemaColumn, const QString &transform = {})
{
    MappingEdit edit;
    edit.fileColumn = fileColumn;
    edit.schemaColumn = schemaColumn;
    edit.transform = transform;
    return edit;
}

inline FileMapping saveMapping(Database &database, qint64 fileId, const QList<MappingEdit> &edits)
{
    return database
        .write([fileId, edits](QSqlDatabase &db) {
            return MappingService(Sql(db)).save(fileId, edits);
        })
        .result();
}

// E-Mail → email, Full Name → full_name (upper), Age → age, Joined On → joined
// (date:dd/MM/yyyy); country and Notes are left unmapped.
inline QList<MappingEdit> peopleMapping()
{
    return {
        mapTo(QStringLiteral("E-Mail"), QStringLiteral("email")),
        mapTo(QStringLiteral("Full Name"), QStringLiteral("full_name"), QStringLiteral("upper")),
        mapTo(QStringLiteral("Age"), QStringLiteral("age")),
        mapTo(QStringLiteral("Joined On"),
              QStringLiteral("joined"),
              QStringLiteral("date:dd/MM/yyyy"))};
}

} // namespace stevedore::guitest
