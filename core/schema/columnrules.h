// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "schema/valuevalidator.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace stevedore {

// A validation rule of a schema column, beyond its type, required flag and enum values.
// Stored with the column (schema_columns.rules, JSON), so it is versioned with the schema.
enum class RuleKind {
    Pattern,         // the whole value matches a regular expression
    Min,             // number or date at least value
    Max,             // number or date at most value
    MinLength,       // at least value characters
    MaxLength,       // at most value characters
    Unique,          // no other record of the file has the value
    UniqueInProject, // no other file of the project has the value
    RequiredWith,    // not empty when `column` is not empty
    RequiredWithout, // not empty when `column` is empty
};

struct ColumnRule
{
    RuleKind kind = RuleKind::Pattern;
    QString value;   // the pattern, bound or length; empty for the unique and required rules
    QString column;  // required-with/-without: the other schema column's name
    QString message; // shown instead of the default message when not empty

    bool operator==(const ColumnRule &other) const = default;
};

// "pattern", "min", … as written in schema JSON and reported by validation.
QString ruleKindName(RuleKind kind);
std::optional<RuleKind> ruleKindFromName(const QString &name);
QStringList ruleKindNames();

namespace columnrules {

// Whether a rule of this kind has a "value" (pattern, bounds, lengths) or a "column"
// (required-with/-without).
bool takesValue(RuleKind kind);
bool takesColumn(RuleKind kind);

// {"rule": "min-length", "value": "2", "message": "…"}: value, column and message only when set.
QVariantMap toVariant(const ColumnRule &rule);
// One line for a person: "min-length 2", "required-with price", "unique", then ": message"
// when it has one.
QString toText(const ColumnRule &rule);
// Reads one entry of a column's "rules" array; nullopt and *error ("rule 2: …") on a wrong
// shape. The content is checked by problems().
std::optional<ColumnRule> fromJson(const QJsonValue &entry, int index, QString *error);
// The stored form (a compact JSON array) and back; unreadable text gives no rules.
QString toStorage(const QList<ColumnRule> &rules);
QList<ColumnRule> fromStorage(const QString &text);

// What is wrong with a column's rules, one message each ("rule 1 \"min\": not a date"):
// patterns must compile, bounds must be values of the column's type (numbers or dates only),
// lengths non-negative integers, min-length at most max-length, min at most max, and
// required-with/-without must name another column of schemaColumns.
QStringList problems(ColumnType type,
                     const QString &columnName,
                     const QList<ColumnRule> &rules,
                     const QStringList &schemaColumns);

// The default message of a rule that failed ("shorter than 3 characters"); `detail` fills in
// what only the check knows (the first line of a duplicate, the other file).
QString defaultMessage(const ColumnRule &rule, const QString &detail = {});
// The rule's own message, or else the default one.
QString message(const ColumnRule &rule, const QString &detail = {});

} // namespace columnrules

// A column's rules that look at one value only (pattern, min, max, lengths), compiled once.
// Immutable after construction: share it between threads freely.
class CellRules
{
public:
    CellRules() = default;
    CellRules(ColumnType type, const QList<ColumnRule> &rules);

    bool isEmpty() const { return m_checks.isEmpty(); }
    // The index (in the column's rule list) of the first cell rule a non-empty value of the
    // column's type breaks; -1 when it breaks none.
    int firstBroken(QByteArrayView utf8) const;
    // The message of rule `index` (columnrules::message).
    QString message(int index) const;

private:
    struct Check
    {
        int index = 0;
        RuleKind kind = RuleKind::Pattern;
        QRegularExpression pattern;
        double number = 0;
        QDateTime moment; // a date's bound as midnight UTC
        qint64 length = 0;
    };
    bool breaks(const Check &check, QByteArrayView utf8) const;

    ColumnType m_type = ColumnType::Text;
    QList<ColumnRule> m_rules;
    QList<Check> m_checks;
};

} // namespace stevedore
