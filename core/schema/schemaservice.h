// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "schema/columnrules.h"
#include "schema/valuevalidator.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace stevedore {

class Sql;

// One column of the global target schema. Names are data: any script, quotes, semicolons…
// stored and returned exactly; unique ignoring case.
struct SchemaColumn
{
    qint64 id = 0; // 0: not stored yet
    QString name;
    ColumnType type = ColumnType::Text;
    bool required = false;
    QString description;
    QStringList values;      // the allowed values of an enum column; empty otherwise
    QList<ColumnRule> rules; // validation rules beyond type, required and values
    int position = 0;        // 0-based order

    // Everything but id and position.
    bool sameDefinition(const SchemaColumn &other) const;
    ValueValidator validator() const { return ValueValidator(type, required, values); }
};

struct Schema
{
    int version = 0;             // schema_state.version, incremented by every change
    QList<SchemaColumn> columns; // in position order

    const SchemaColumn *byId(qint64 id) const;
    // An exact match first, else one ignoring case; nullptr when there is none.
    const SchemaColumn *byName(const QString &name) const;
};

// A file mapping that a schema change touches.
struct MappingImpact
{
    qint64 fileId = 0;
    QString project;
    QString file;
    QString fileColumn;
    // Mapped values that are invalid under the new definition; -1 when the change cannot
    // affect validity (a rename, a reorder, a removal).
    qint64 invalidValues = -1;
};

// What happens to one column. A column can be renamed, retyped and reordered at once.
struct ColumnChange
{
    bool added = false;
    bool removed = false;
    bool renamed = false;
    bool retyped = false;
    bool reordered = false; // moved relative to the other columns that stay
    bool updated = false;   // required, description, enum values or rules changed
    SchemaColumn before;    // empty when added
    SchemaColumn after;     // empty when removed; after apply, the id of an added column
    QList<MappingImpact> affected;

    QStringList kinds() const; // "added", "renamed", … in that order
};

struct SchemaDiff
{
    int fromVersion = 0;
    int toVersion = 0; // fromVersion when nothing was written (no change, or a dry run)
    bool dryRun = false;
    QList<ColumnChange> changes; // removed columns first, then the new schema's order

    bool isEmpty() const { return changes.isEmpty(); }
};

// The global schema over one connection: construct it inside a pool task with the task's Sql.
// Stateless apart from the test hook; cheap to construct.
class SchemaService
{
public:
    explicit SchemaService(const Sql &sql);

    Schema load() const;
    int version() const;

    // Makes the stored schema equal to desired (in that order) with the fewest writes, in
    // one transaction: an entry with an id updates that column, an entry without one is new
    // (even when a stored column has its name: that column, unless listed by id, is removed
    // and the new one gets a new id), and stored columns not listed by id are removed and
    // unmapped from every file.
    // Throws DbError(Invalid) before writing anything when desired is not a valid schema
    // (problems() plus ids that do not exist) and DbError(Conflict) when expectVersion is set
    // and is not the current version. The diff lists every change with the file mappings it
    // touches and, for changes of type, values or required, how many mapped values become
    // invalid (which reads the affected files' records). A dry run writes nothing.
    SchemaDiff apply(const QList<SchemaColumn> &desired,
                     std::optional<int> expectVersion = std::nullopt,
                     bool dryRun = false) const;

    // Problems that make desired invalid, one message each ("column 3 \"Email\": duplicate
    // name (column 1 \"email\")"), with 1-based column numbers; empty when valid.
    static QStringList problems(const QList<SchemaColumn> &desired);

    // The JSON shape of `schema show --json` and `schema apply FILE`.
    static QVariantMap toVariant(const Schema &schema);
    static QVariantMap toVariant(const SchemaDiff &diff);
    // Reads {"columns": [...]} (or a bare array of columns); ids are optional, position is
    // the order in the list. Returns nullopt and sets *error ("column 2: \"type\" must be a
    // string") when the shape is wrong; the content is checked by problems().
    static std::optional<QList<SchemaColumn>> fromJson(const QByteArray &json, QString *error);

    // Test hook: called after each statement apply() writes, with its 1-based number; a hook
    // that throws aborts apply(), which must then leave the database as it was.
    void setStatementHook(std::function<void(int)> hook) { m_statementHook = std::move(hook); }

private:
    int lockedVersion() const;
    void wrote(int &statements) const;

    const Sql &m_sql;
    std::function<void(int)> m_statementHook;
};

// Quotes a name for messages the way JSON would ("a\"b"), so that any name prints on one line.
QString quotedName(const QString &name);

} // namespace stevedore

Q_DECLARE_METATYPE(stevedore::Schema)
