// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/schemaservice.h"

#include "cache/cachescope.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "schema/cellcheck.h"
#include "store/catalog.h"
#include "store/recordcodec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace stevedore {

namespace {

constexpr int maxNameLength = 63;

// PostgreSQL returns booleans as "t"/"f" text, SQLite as integers.
bool toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        return text == QLatin1String("t") || text == QLatin1String("true")
               || text == QLatin1String("1");
    }
    return value.toLongLong() != 0;
}

QString enumValuesJson(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList enumValuesFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        out << value.toString();
    return out;
}

QString columnLabel(int index, const QString &name)
{
    return name.isEmpty() ? QStringLiteral("column %1").arg(index + 1)
                          : QStringLiteral("column %1 %2").arg(index + 1).arg(quotedName(name));
}

// A null QString binds as SQL NULL on SQLite; these columns are NOT NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator
               || c == QChar::ParagraphSeparator;
    });
}

QStringList enumProblems(const SchemaColumn &column)
{
    QStringList out;
    if (column.type != ColumnType::Enum) {
        if (!column.values.isEmpty())
            out << QStringLiteral("\"values\" are only allowed for enum columns");
        return out;
    }
    if (column.values.isEmpty())
        out << QStringLiteral("an enum needs \"values\"");
    QSet<QString> seen;
    for (qsizetype i = 0; i < column.values.size(); ++i) {
        const QString &value = column.values[i];
        if (value.isEmpty())
            out << QStringLiteral("enum value %1 is empty").arg(i + 1);
        else if (seen.contains(value))
            out << QStringLiteral("duplicate enum value %1").arg(quotedName(value));
        seen.insert(value);
    }
    return out;
}

// The ids that keep their relative order: a longest common subsequence of the surviving
// ids in old and new order. The others were moved.
QSet<qint64> stayedInOrder(const QList<qint64> &before, const QList<qint64> &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    QList<QList<int>> length(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            length[i][j] = before[i] == after[j] ? length[i + 1][j + 1] + 1
                                                 : std::max(length[i + 1][j], length[i][j + 1]);
    }
    QSet<qint64> kept;
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (before[i] == after[j]) {
            kept.insert(before[i]);
            ++i;
            ++j;
        } else if (length[i + 1][j] >= length[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

// Whether existing mapped values can become invalid when `before` turns into `after`.
bool mayInvalidate(const SchemaColumn &before, const SchemaColumn &after)
{
    if (after.type == ColumnType::Text && !after.required && after.rules.isEmpty())
        return false;
    return before.type != after.type || before.values != after.values
           || (after.required && !before.required) || before.rules != after.rules;
}

QVariantMap columnVariant(const SchemaColumn &column)
{
    QVariantMap map{{QStringLiteral("id"), column.id},
                    {QStringLiteral("name"), column.name},
                    {QStringLiteral("type"), columnTypeName(column.type)},
                    {QStringLiteral("required"), column.required},
                    {QStringLiteral("description"), column.description}};
    if (column.type == ColumnType::Enum)
        map.insert(QStringLiteral("values"), column.values);
    if (!column.rules.isEmpty()) {
        QVariantList rules;
        for (const ColumnRule &rule : column.rules)
            rules << columnrules::toVariant(rule);
        map.insert(QStringLiteral("rules"), rules);
    }
    return map;
}

} // namespace

QString quotedName(const QString &name)
{
    QByteArray out;
    recordcodec::appendJsonString(out, name.toUtf8());
    return QString::fromUtf8(out);
}

bool SchemaColumn::sameDefinition(const SchemaColumn &other) const
{
    return name == other.name && type == other.type && required == other.required
           && description == other.description && values == other.values && rules == other.rules;
}

const SchemaColumn *Schema::byId(qint64 id) const
{
    for (const SchemaColumn &column : columns) {
        if (column.id == id)
            return &column;
    }
    return nullptr;
}

const SchemaColumn *Schema::byName(const QString &name) const
{
    for (const SchemaColumn &column : columns) {
        if (column.name == name)
            return &column;
    }
    for (const SchemaColumn &column : columns) {
        if (column.name.compare(name, Qt::CaseInsensitive) == 0)
            return &column;
    }
    return nullptr;
}

QStringList ColumnChange::kinds() const
{
    QStringList out;
    const std::pair<bool, const char *> flags[] = {{added, "added"},
                                                   {removed, "removed"},
                                                   {renamed, "renamed"},
                                                   {retyped, "retyped"},
                                                   {reordered, "reordered"},
                                                   {updated, "updated"}};
    for (const auto &[set, name] : flags) {
        if (set)
            out << QString::fromLatin1(name);
    }
    return out;
}

SchemaService::SchemaService(const Sql &sql)
    : m_sql(sql)
{}

int SchemaService::version() const
{
    return m_sql.scalar(QStringLiteral("SELECT version FROM schema_state WHERE id = 1")).toInt();
}

Schema SchemaService::load() const
{
    Schema schema;
    schema.version = version();
    const SqlResult result = m_sql.exec(
        QStringLiteral("SELECT id, name, type, required, description, position, enum_values, "
                       "rules FROM schema_columns ORDER BY position, id"));
    for (const QVariantList &row : result.rows) {
        SchemaColumn column;
        column.id = row[0].toLongLong();
        column.name = row[1].toString();
        column.type = columnTypeFromName(row[2].toString()).value_or(ColumnType::Text);
        column.required = toBool(row[3]);
        column.description = row[4].toString();
        column.values = enumValuesFromJson(row[6].toString());
        column.rules = columnrules::fromStorage(row[7].toString());
        column.position = int(schema.columns.size());
        schema.columns << column;
    }
    return schema;
}

QStringList SchemaService::problems(const QList<SchemaColumn> &desired)
{
    QStringList out;
    QHash<QString, int> names; // case-folded name → index
    QHash<qint64, int> ids;
    QStringList allNames;
    for (const SchemaColumn &column : desired)
        allNames << column.name;
    for (int i = 0; i < desired.size(); ++i) {
        const SchemaColumn &column = desired[i];
        const QString label = columnLabel(i, column.name);
        if (column.name.trimmed().isEmpty())
            out << label + QStringLiteral(": name is empty");
        else if (column.name.toUcs4().size() > maxNameLength)
            out << label + QStringLiteral(": name is longer than %1 characters").arg(maxNameLength);
        if (hasControlCharacter(column.name))
            out << label + QStringLiteral(": name contains a control character");
        const QString folded = column.name.toCaseFolded();
        if (!column.name.trimmed().isEmpty()) {
            if (const auto it = names.constFind(folded); it != names.cend())
                out << label
                           + QStringLiteral(": duplicate name (%1)")
                                 .arg(columnLabel(*it, desired[*it].name));
            else
                names.insert(folded, i);
        }
        if (column.id < 0)
            out << label + QStringLiteral(": \"id\" must be a positive integer");
        if (column.id > 0) {
            if (const auto it = ids.constFind(column.id); it != ids.cend())
                out << label
                           + QStringLiteral(": duplicate id %1 (%2)")
                                 .arg(column.id)
                                 .arg(columnLabel(*it, desired[*it].name));
            else
                ids.insert(column.id, i);
        }
        for (const QString &problem : enumProblems(column))
            out << label + QStringLiteral(": ") + problem;
        for (const QString &problem :
             columnrules::problems(column.type, column.name, column.rules, allNames))
            out << label + QStringLiteral(": ") + problem;
    }
    return out;
}

int SchemaService::lockedVersion() const
{
    // SQLite: Sql::begin() took the write lock (BEGIN IMMEDIATE). PostgreSQL: lock the row so
    // that concurrent applies queue here and each sees the version the other committed.
    const QString lock
        = m_sql.engine() == Engine::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    const QVariant value
        = m_sql.scalar(QStringLiteral("SELECT version FROM schema_state WHERE id = 1") + lock);
    if (value.isNull())
        throw DbError(DbError::Kind::Permanent, QStringLiteral("schema_state has no row"));
    return value.toInt();
}

void SchemaService::wrote(int &statements) const
{
    ++statements;
    if (m_statementHook)
        m_statementHook(statements);
}

namespace {

struct Match
{
    SchemaColumn desired;
    const SchemaColumn *stored = nullptr; // nullptr: new
};

// Pairs desired columns with stored ones by id: an entry without an id is new (see
// SchemaService::apply). Throws DbError(Invalid) for ids that do not exist.
QList<Match> matchColumns(const Schema &current, const QList<SchemaColumn> &desired)
{
    QList<Match> matches;
    QStringList unknown;
    for (int i = 0; i < desired.size(); ++i) {
        Match match{desired[i], nullptr};
        match.desired.position = i;
        if (match.desired.id > 0) {
            match.stored = current.byId(match.desired.id);
            if (!match.stored)
                unknown << columnLabel(i, desired[i].name)
                               + QStringLiteral(": no column with id %1").arg(desired[i].id);
        }
        matches << match;
    }
    if (!unknown.isEmpty())
        throw DbError(DbError::Kind::Invalid, unknown.join(QStringLiteral("; ")));
    return matches;
}

// Lists the mappings each change touches and counts values a change makes invalid.
void analyseImpact(const Sql &sql, SchemaDiff &diff)
{
    QHash<qint64, int> changeOf; // stored column id → index in diff.changes
    for (int i = 0; i < diff.changes.size(); ++i) {
        if (!diff.changes[i].added)
            changeOf.insert(diff.changes[i].before.id, i);
    }
    if (changeOf.isEmpty())
        return;
    const SqlResult result = sql.exec(QStringLiteral(
        "SELECT m.schema_column_id, m.file_id, p.name, f.name, m.file_column, m.position, "
        "m.transform FROM column_mappings m JOIN files f ON f.id = m.file_id "
        "JOIN projects p ON p.id = f.project_id WHERE m.schema_column_id IS NOT NULL "
        "ORDER BY p.name, f.name, m.position"));
    struct Pending
    {
        int change;
        qsizetype impact;
    };
    QHash<qint64, QList<Pending>> checksByFile;
    QHash<qint64, QList<CellCheck>> cellChecks;
    QList<qint64> fileOrder;
    for (const QVariantList &row : result.rows) {
        const auto it = changeOf.constFind(row[0].toLongLong());
        if (it == changeOf.cend())
            continue;
        ColumnChange &change = diff.changes[*it];
        MappingImpact impact;
        impact.fileId = row[1].toLongLong();
        impact.project = row[2].toString();
        impact.file = row[3].toString();
        impact.fileColumn = row[4].toString();
        change.affected << impact;
        if (change.removed || !mayInvalidate(change.before, change.after))
            continue;
        CellCheck check;
        check.source = row[5].toInt();
        check.transform = ValueTransform::parse(row[6].toString()).value_or(ValueTransform());
        check.target = change.after.type;
        check.validator = change.after.validator();
        check.rules = CellRules(change.after.type, change.after.rules);
        if (!cellChecks.contains(impact.fileId))
            fileOrder << impact.fileId;
        cellChecks[impact.fileId] << check;
        checksByFile[impact.fileId] << Pending{*it, change.affected.size() - 1};
    }
    for (const qint64 fileId : std::as_const(fileOrder)) {
        QList<CellCheckResult> results;
        scanCells(sql, fileId, cellChecks[fileId], results, 0);
        const QList<Pending> &pending = checksByFile[fileId];
        for (qsizetype i = 0; i < pending.size(); ++i)
            diff.changes[pending[i].change].affected[pending[i].impact].invalidValues
                = results[i].invalid;
    }
}

void checkExpectedVersion(std::optional<int> expectVersion, int currentVersion)
{
    if (expectVersion && *expectVersion != currentVersion)
        throw DbError(DbError::Kind::Conflict,
                      QStringLiteral("schema version conflict: expected version %1 but the "
                                     "schema is at version %2; show it again and retry")
                          .arg(*expectVersion)
                          .arg(currentVersion));
}

// Fills diff.changes (removed columns first, then the new schema's order) and returns the
// matches whose row must be inserted or updated, in the new schema's order.
QList<const Match *>
planChanges(const Schema &current, const QList<Match> &matches, SchemaDiff &diff)
{
    QSet<qint64> kept;
    QList<qint64> newOrder;
    for (const Match &match : matches) {
        if (match.stored) {
            kept.insert(match.stored->id);
            newOrder << match.stored->id;
        }
    }
    QList<qint64> oldOrder;
    for (const SchemaColumn &column : std::as_const(current.columns)) {
        if (kept.contains(column.id)) {
            oldOrder << column.id;
        } else {
            ColumnChange change;
            change.removed = true;
            change.before = column;
            diff.changes << change;
        }
    }
    const QSet<qint64> inOrder = stayedInOrder(oldOrder, newOrder);
    QList<const Match *> toWrite;
    for (const Match &match : matches) {
        ColumnChange change;
        change.after = match.desired;
        if (!match.stored) {
            change.added = true;
        } else {
            change.before = *match.stored;
            change.renamed = match.stored->name != match.desired.name;
            change.retyped = match.stored->type != match.desired.type;
            change.reordered = !inOrder.contains(match.stored->id);
            change.updated = match.stored->required != match.desired.required
                             || match.stored->description != match.desired.description
                             || match.stored->values != match.desired.values
                             || match.stored->rules != match.desired.rules;
        }
        if (!match.stored || !match.stored->sameDefinition(match.desired)
            || match.stored->position != match.desired.position)
            toWrite << &match;
        if (!change.kinds().isEmpty())
            diff.changes << change;
    }
    return toWrite;
}

// The writing steps of SchemaService::apply, inside its transaction. `wrote` is called after
// every statement (the statement hook).
struct SchemaWriter
{
    const Sql &sql;
    std::function<void()> wrote;
    qint64 now = 0;

    void deleteRemoved(const SchemaDiff &diff) const
    {
        for (const ColumnChange &change : std::as_const(diff.changes)) {
            if (!change.removed)
                continue;
            // Files whose mapping loses a column get a new mapping version: their editors must
            // reload. record_blocks has no foreign key, column_mappings is cleaned explicitly.
            sql.exec(QStringLiteral("UPDATE files SET mapping_version = mapping_version + 1 "
                                    "WHERE id IN (SELECT file_id FROM column_mappings "
                                    "WHERE schema_column_id = ?)"),
                     {change.before.id});
            wrote();
            sql.exec(QStringLiteral("DELETE FROM column_mappings WHERE schema_column_id = ?"),
                     {change.before.id});
            wrote();
            sql.exec(QStringLiteral("DELETE FROM schema_columns WHERE id = ?"), {change.before.id});
            wrote();
        }
    }

    // Updates run in toWrite order. A rename onto the name that a later-updated column still
    // holds (a swap, or "a"→"b" while "b"→"c") would trip the unique index on lower(name):
    // park that column first under a name no valid column can have (no control characters).
    void parkBlockingNames(const QList<Match> &matches, const QList<const Match *> &toWrite) const
    {
        QHash<QString, qint64> holder; // case-folded current name → id
        for (const Match &match : matches) {
            if (match.stored)
                holder.insert(match.stored->name.toCaseFolded(), match.stored->id);
        }
        QHash<qint64, qsizetype> updateIndex;
        for (qsizetype i = 0; i < toWrite.size(); ++i) {
            if (toWrite[i]->stored)
                updateIndex.insert(toWrite[i]->stored->id, i);
        }
        QSet<qint64> parked;
        for (qsizetype i = 0; i < toWrite.size(); ++i) {
            const Match *match = toWrite[i];
            if (!match->stored || match->stored->name == match->desired.name)
                continue;
            const qint64 owner = holder.value(match->desired.name.toCaseFolded(), 0);
            if (owner == 0 || owner == match->stored->id || parked.contains(owner)
                || updateIndex.value(owner, -1) < i)
                continue;
            sql.exec(QStringLiteral("UPDATE schema_columns SET name = ? WHERE id = ?"),
                     {QStringLiteral("\u0001renaming %1").arg(owner), owner});
            wrote();
            parked.insert(owner);
        }
    }

    void updateStored(const QList<const Match *> &toWrite) const
    {
        for (const Match *match : std::as_const(toWrite)) {
            const SchemaColumn &column = match->desired;
            const QVariantList values{column.name,
                                      columnTypeName(column.type),
                                      int(column.required),
                                      nonNull(column.description),
                                      column.position,
                                      enumValuesJson(column.values),
                                      columnrules::toStorage(column.rules)};
            if (match->stored) {
                sql.exec(QStringLiteral("UPDATE schema_columns SET name = ?, type = ?, "
                                        "required = ?, description = ?, position = ?, "
                                        "enum_values = ?, rules = ?, updated_at = ? "
                                        "WHERE id = ?"),
                         values + QVariantList{now, column.id});
                wrote();
            }
        }
    }

    // Inserts the new columns and records their ids in the diff's "added" changes.
    void insertNew(const QList<const Match *> &toWrite, SchemaDiff &diff) const
    {
        for (const Match *match : std::as_const(toWrite)) {
            if (match->stored)
                continue;
            const SchemaColumn &column = match->desired;
            const qint64 id = sql.scalar(QStringLiteral("INSERT INTO schema_columns (name, type, "
                                                        "required, description, position, "
                                                        "enum_values, rules, created_at, "
                                                        "updated_at) "
                                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                                        "RETURNING id"),
                                         {column.name,
                                          columnTypeName(column.type),
                                          int(column.required),
                                          nonNull(column.description),
                                          column.position,
                                          enumValuesJson(column.values),
                                          columnrules::toStorage(column.rules),
                                          now,
                                          now})
                                  .toLongLong();
            wrote();
            for (ColumnChange &change : diff.changes) {
                if (change.added && change.after.position == column.position)
                    change.after.id = id;
            }
        }
    }
};

} // namespace

SchemaDiff SchemaService::apply(const QList<SchemaColumn> &desired,
                                std::optional<int> expectVersion,
                                bool dryRun) const
{
    const QStringList invalid = problems(desired);
    if (!invalid.isEmpty())
        throw DbError(DbError::Kind::Invalid, invalid.join(QStringLiteral("; ")));

    // A dry run only reads, so it takes no write lock (each statement sees committed data).
    std::optional<SqlTransaction> transaction;
    if (!dryRun)
        transaction.emplace(m_sql);
    // Lock first, then read: on PostgreSQL the columns must be read after a concurrent apply
    // that held the lock has committed.
    const int currentVersion = dryRun ? version() : lockedVersion();
    Schema current = load();
    current.version = currentVersion;
    checkExpectedVersion(expectVersion, current.version);

    const QList<Match> matches = matchColumns(current, desired);
    SchemaDiff diff;
    diff.fromVersion = diff.toVersion = current.version;
    diff.dryRun = dryRun;
    const QList<const Match *> toWrite = planChanges(current, matches, diff);
    analyseImpact(m_sql, diff);
    if (dryRun || (diff.changes.isEmpty() && toWrite.isEmpty()))
        return diff;

    int statements = 0;
    const SchemaWriter writer{m_sql, [this, &statements] { wrote(statements); }, catalog::nowMs()};
    writer.deleteRemoved(diff);
    writer.parkBlockingNames(matches, toWrite);
    writer.updateStored(toWrite);
    writer.insertNew(toWrite, diff);
    m_sql.exec(QStringLiteral("UPDATE schema_state SET version = version + 1 WHERE id = 1"));
    wrote(statements);
    // Mappings carry schema column names and lose removed columns.
    CacheScope::invalidateAfterWrite(CacheScope::schemaKey);
    CacheScope::invalidateAfterWrite(CacheScope::mappingPrefix);
    transaction->commit();
    diff.toVersion = current.version + 1;
    return diff;
}

QVariantMap SchemaService::toVariant(const Schema &schema)
{
    QVariantList columns;
    for (const SchemaColumn &column : schema.columns)
        columns << columnVariant(column);
    return {{QStringLiteral("version"), schema.version}, {QStringLiteral("columns"), columns}};
}

QVariantMap SchemaService::toVariant(const SchemaDiff &diff)
{
    QVariantList changes;
    for (const ColumnChange &change : diff.changes) {
        QVariantList affected;
        for (const MappingImpact &impact : change.affected) {
            QVariantMap item{{QStringLiteral("project"), impact.project},
                             {QStringLiteral("file"), impact.file},
                             {QStringLiteral("file_column"), impact.fileColumn}};
            if (impact.invalidValues >= 0)
                item.insert(QStringLiteral("invalid_values"), impact.invalidValues);
            affected << item;
        }
        QVariantMap item{{QStringLiteral("changes"), change.kinds()},
                         {QStringLiteral("affected"), affected}};
        if (!change.added)
            item.insert(QStringLiteral("before"), columnVariant(change.before));
        if (!change.removed)
            item.insert(QStringLiteral("after"), columnVariant(change.after));
        changes << item;
    }
    return {{QStringLiteral("from_version"), diff.fromVersion},
            {QStringLiteral("to_version"), diff.toVersion},
            {QStringLiteral("dry_run"), diff.dryRun},
            {QStringLiteral("changes"), changes}};
}

namespace {

// Reads entry i of a "columns" array; on a wrong shape sets problem ("column 2 \"id\": …") and
// returns nullopt.
std::optional<SchemaColumn> columnFromJson(const QJsonValue &entry, int i, QString &problem)
{
    const QJsonObject object = entry.toObject();
    const QString label = columnLabel(i, object.value(QLatin1String("name")).toString());
    auto fail = [&problem, &label](const QString &message) {
        problem = label + message;
        return std::nullopt;
    };
    if (!entry.isObject())
        return fail(QStringLiteral(": expected an object"));
    SchemaColumn column;
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isUndefined() && !id.isNull()) {
        if (!id.isDouble() || id.toDouble() != double(id.toInteger()) || id.toInteger() <= 0)
            return fail(QStringLiteral(": \"id\" must be a positive integer"));
        column.id = id.toInteger();
    }
    if (!object.value(QLatin1String("name")).isString())
        return fail(QStringLiteral(": \"name\" must be a string"));
    column.name = object.value(QLatin1String("name")).toString();
    if (!object.value(QLatin1String("type")).isString())
        return fail(QStringLiteral(": \"type\" must be a string"));
    const QString type = object.value(QLatin1String("type")).toString();
    const std::optional<ColumnType> known = columnTypeFromName(type);
    if (!known)
        return fail(QStringLiteral(": unknown type %1 (expected one of %2)")
                        .arg(quotedName(type), columnTypeNames().join(QStringLiteral(", "))));
    column.type = *known;
    const QJsonValue required = object.value(QLatin1String("required"));
    if (!required.isUndefined() && !required.isNull() && !required.isBool())
        return fail(QStringLiteral(": \"required\" must be true or false"));
    column.required = required.toBool();
    const QJsonValue description = object.value(QLatin1String("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        return fail(QStringLiteral(": \"description\" must be a string"));
    column.description = description.toString();
    const QJsonValue values = object.value(QLatin1String("values"));
    if (!values.isUndefined() && !values.isNull()) {
        if (!values.isArray())
            return fail(QStringLiteral(": \"values\" must be an array of strings"));
        for (const QJsonValue &value : values.toArray()) {
            if (!value.isString())
                return fail(QStringLiteral(": \"values\" must be an array of strings"));
            column.values << value.toString();
        }
    }
    const QJsonValue rules = object.value(QLatin1String("rules"));
    if (!rules.isUndefined() && !rules.isNull()) {
        if (!rules.isArray())
            return fail(QStringLiteral(": \"rules\" must be an array of objects"));
        const QJsonArray array = rules.toArray();
        for (int r = 0; r < array.size(); ++r) {
            QString error;
            const std::optional<ColumnRule> rule = columnrules::fromJson(array.at(r), r, &error);
            if (!rule)
                return fail(QStringLiteral(": ") + error);
            column.rules << *rule;
        }
    }
    column.position = i;
    return column;
}

} // namespace

std::optional<QList<SchemaColumn>> SchemaService::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    QJsonArray array;
    if (document.isArray())
        array = document.array();
    else if (document.object().value(QLatin1String("columns")).isArray())
        array = document.object().value(QLatin1String("columns")).toArray();
    else
        return fail(QStringLiteral("expected an object with a \"columns\" array"));

    QList<SchemaColumn> columns;
    for (int i = 0; i < array.size(); ++i) {
        QString problem;
        const std::optional<SchemaColumn> column = columnFromJson(array.at(i), i, problem);
        if (!column)
            return fail(problem);
        columns << *column;
    }
    return columns;
}

} // namespace stevedore
