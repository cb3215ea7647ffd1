// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/columnrules.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace stevedore {

namespace {

struct KindName
{
    RuleKind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {RuleKind::Pattern, "pattern"},
    {RuleKind::Min, "min"},
    {RuleKind::Max, "max"},
    {RuleKind::MinLength, "min-length"},
    {RuleKind::MaxLength, "max-length"},
    {RuleKind::Unique, "unique"},
    {RuleKind::UniqueInProject, "unique-in-project"},
    {RuleKind::RequiredWith, "required-with"},
    {RuleKind::RequiredWithout, "required-without"},
};

bool isBound(RuleKind kind)
{
    return kind == RuleKind::Min || kind == RuleKind::Max;
}

bool isLength(RuleKind kind)
{
    return kind == RuleKind::MinLength || kind == RuleKind::MaxLength;
}

QString quoted(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QString ruleLabel(int index, const ColumnRule &rule)
{
    return QStringLiteral("rule %1 %2").arg(index + 1).arg(quoted(ruleKindName(rule.kind)));
}

// A bound or value as a point in time; an invalid QDateTime when it is not one of the type.
QDateTime momentOf(ColumnType type, const QString &text)
{
    if (type == ColumnType::Date) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    // What the validator accepts beyond Qt's ISO parser: a space or 't' before the time, and
    // offsets written ±HH or ±HHmm.
    QString iso = text;
    if (iso.size() > 10 && (iso[10] == QLatin1Char(' ') || iso[10] == QLatin1Char('t')))
        iso[10] = QLatin1Char('T');
    const qsizetype sign
        = std::max(iso.lastIndexOf(QLatin1Char('+')), iso.lastIndexOf(QLatin1Char('-')));
    if (sign > 10) {
        const qsizetype digits = iso.size() - sign - 1;
        if (digits == 2)
            iso += QLatin1String(":00");
        else if (digits == 4 && !iso.mid(sign).contains(QLatin1Char(':')))
            iso.insert(sign + 3, QLatin1Char(':'));
    }
    QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (moment.isValid() && moment.timeSpec() == Qt::LocalTime)
        moment.setTimeZone(QTimeZone::utc()); // no offset written: compared as UTC
    return moment;
}

std::optional<double> numberOf(const QString &text)
{
    bool ok = false;
    const double number = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

std::optional<qint64> lengthOf(const QString &text)
{
    bool ok = false;
    const qint64 length = text.trimmed().toLongLong(&ok);
    return ok && length >= 0 ? std::optional<qint64>(length) : std::nullopt;
}

bool isNumeric(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Decimal;
}

bool isTemporal(ColumnType type)
{
    return type == ColumnType::Date || type == ColumnType::DateTime;
}

// Characters of UTF-8 text: the bytes that do not continue a sequence.
qint64 characters(QByteArrayView utf8)
{
    qint64 count = 0;
    for (const char c : utf8)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

} // namespace

QString ruleKindName(RuleKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<RuleKind> ruleKindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QStringList ruleKindNames()
{
    QStringList out;
    for (const KindName &entry : kindNames)
        out << QString::fromLatin1(entry.name);
    return out;
}

namespace columnrules {

bool takesValue(RuleKind kind)
{
    return kind == RuleKind::Pattern || kind == RuleKind::Min || kind == RuleKind::Max
           || kind == RuleKind::MinLength || kind == RuleKind::MaxLength;
}

bool takesColumn(RuleKind kind)
{
    return kind == RuleKind::RequiredWith || kind == RuleKind::RequiredWithout;
}

QVariantMap toVariant(const ColumnRule &rule)
{
    QVariantMap map{{QStringLiteral("rule"), ruleKindName(rule.kind)}};
    if (takesValue(rule.kind))
        map.insert(QStringLiteral("value"), rule.value);
    if (takesColumn(rule.kind))
        map.insert(QStringLiteral("column"), rule.column);
    if (!rule.message.isEmpty())
        map.insert(QStringLiteral("message"), rule.message);
    return map;
}

QString toText(const ColumnRule &rule)
{
    QString text = ruleKindName(rule.kind);
    if (takesValue(rule.kind))
        text += QLatin1Char(' ') + rule.value;
    if (takesColumn(rule.kind))
        text += QLatin1Char(' ') + rule.column;
    if (!rule.message.isEmpty())
        text += QStringLiteral(": ") + rule.message;
    return text;
}

std::optional<ColumnRule> fromJson(const QJsonValue &entry, int index, QString *error)
{
    const QString label = QStringLiteral("rule %1").arg(index + 1);
    auto fail = [&](const QString &message) {
        if (error)
            *error = label + message;
        return std::nullopt;
    };
    if (!entry.isObject())
        return fail(QStringLiteral(": expected an object"));
    const QJsonObject object = entry.toObject();
    const QString name = object.value(QLatin1String("rule")).toString();
    const std::optional<RuleKind> kind = ruleKindFromName(name);
    if (!kind)
        return fail(QStringLiteral(": \"rule\" must be one of %1")
                        .arg(ruleKindNames().join(QStringLiteral(", "))));
    ColumnRule rule;
    rule.kind = *kind;
    const QJsonValue value = object.value(QLatin1String("value"));
    if (takesValue(rule.kind)) {
        if (value.isString())
            rule.value = value.toString();
        else if (value.isDouble())
            rule.value = QString::number(value.toDouble(), 'g', 17);
        else
            return fail(QStringLiteral(" %1: \"value\" must be a string or a number").arg(name));
    } else if (!value.isUndefined() && !value.isNull()) {
        return fail(QStringLiteral(" %1: takes no \"value\"").arg(name));
    }
    const QJsonValue column = object.value(QLatin1String("column"));
    if (takesColumn(rule.kind)) {
        if (!column.isString())
            return fail(QStringLiteral(" %1: \"column\" must name a schema column").arg(name));
        rule.column = column.toString();
    } else if (!column.isUndefined() && !column.isNull()) {
        return fail(QStringLiteral(" %1: takes no \"column\"").arg(name));
    }
    const QJsonValue message = object.value(QLatin1String("message"));
    if (!message.isUndefined() && !message.isNull() && !message.isString())
        return fail(QStringLiteral(" %1: \"message\" must be a string").arg(name));
    rule.message = message.toString();
    return rule;
}

QString toStorage(const QList<ColumnRule> &rules)
{
    QJsonArray array;
    for (const ColumnRule &rule : rules)
        array << QJsonObject::fromVariantMap(toVariant(rule));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ColumnRule> fromStorage(const QString &text)
{
    QList<ColumnRule> rules;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (int i = 0; i < array.size(); ++i) {
        if (const std::optional<ColumnRule> rule = fromJson(array.at(i), i, nullptr))
            rules << *rule;
    }
    return rules;
}

QStringList problems(ColumnType type,
                     const QString &columnName,
                     const QList<ColumnRule> &rules,
                     const QStringList &schemaColumns)
{
    QStringList out;
    std::optional<qint64> minLength, maxLength;
    std::optional<double> minNumber, maxNumber;
    QDateTime minMoment, maxMoment;
    for (int i = 0; i < rules.size(); ++i) {
        const ColumnRule &rule = rules[i];
        const QString label = ruleLabel(i, rule);
        if (rule.kind == RuleKind::Pattern) {
            const QRegularExpression pattern(rule.value);
            if (rule.value.isEmpty())
                out << label + QStringLiteral(": the pattern is empty");
            else if (!pattern.isValid())
                out << label
                           + QStringLiteral(": %1 at offset %2")
                                 .arg(pattern.errorString())
                                 .arg(pattern.patternErrorOffset());
        } else if (isLength(rule.kind)) {
            const std::optional<qint64> length = lengthOf(rule.value);
            if (!length)
                out << label + QStringLiteral(": %1 is not a length").arg(quoted(rule.value));
            (rule.kind == RuleKind::MinLength ? minLength : maxLength) = length;
        } else if (isBound(rule.kind)) {
            const bool isMin = rule.kind == RuleKind::Min;
            if (isNumeric(type)) {
                const std::optional<double> number = numberOf(rule.value);
                if (!number)
                    out << label + QStringLiteral(": %1 is not a number").arg(quoted(rule.value));
                (isMin ? minNumber : maxNumber) = number;
            } else if (isTemporal(type)) {
                const QDateTime moment = momentOf(type, rule.value);
                if (!moment.isValid())
                    out << label
                               + QStringLiteral(": %1 is not an ISO %2")
                                     .arg(quoted(rule.value), columnTypeName(type));
                (isMin ? minMoment : maxMoment) = moment;
            } else {
                out << label
                           + QStringLiteral(": only for integer, decimal, date and datetime "
                                            "columns");
            }
        } else if (takesColumn(rule.kind)) {
            if (rule.column.compare(columnName, Qt::CaseInsensitive) == 0)
                out << label + QStringLiteral(": names the column itself");
            else if (!schemaColumns.contains(rule.column, Qt::CaseInsensitive))
                out << label + QStringLiteral(": no schema column %1").arg(quoted(rule.column));
        }
    }
    if (minLength && maxLength && *minLength > *maxLength)
        out << QStringLiteral("min-length %1 is above max-length %2")
                   .arg(*minLength)
                   .arg(*maxLength);
    if ((minNumber && maxNumber && *minNumber > *maxNumber)
        || (minMoment.isValid() && maxMoment.isValid() && minMoment > maxMoment))
        out << QStringLiteral("min is above max");
    return out;
}

QString defaultMessage(const ColumnRule &rule, const QString &detail)
{
    switch (rule.kind) {
    case RuleKind::Pattern:
        return QStringLiteral("does not match the pattern %1").arg(quoted(rule.value));
    case RuleKind::Min:
        return QStringLiteral("below the minimum %1").arg(rule.value);
    case RuleKind::Max:
        return QStringLiteral("above the maximum %1").arg(rule.value);
    case RuleKind::MinLength:
        return QStringLiteral("shorter than %1 characters").arg(rule.value);
    case RuleKind::MaxLength:
        return QStringLiteral("longer than %1 characters").arg(rule.value);
    case RuleKind::Unique:
        return QStringLiteral("duplicate of line %1").arg(detail);
    case RuleKind::UniqueInProject:
        return QStringLiteral("also in %1").arg(quoted(detail));
    case RuleKind::RequiredWith:
        return QStringLiteral("required when %1 is given").arg(quoted(rule.column));
    case RuleKind::RequiredWithout:
        return QStringLiteral("required when %1 is empty").arg(quoted(rule.column));
    }
    return {};
}

QString message(const ColumnRule &rule, const QString &detail)
{
    return rule.message.isEmpty() ? defaultMessage(rule, detail) : rule.message;
}

} // namespace columnrules

CellRules::CellRules(ColumnType type, const QList<ColumnRule> &rules)
    : m_type(type)
    , m_rules(rules)
{
    for (int i = 0; i < rules.size(); ++i) {
        const ColumnRule &rule = rules[i];
        Check check;
        check.index = i;
        check.kind = rule.kind;
        if (rule.kind == RuleKind::Pattern) {
            check.pattern = QRegularExpression(QRegularExpression::anchoredPattern(rule.value),
                                               QRegularExpression::UseUnicodePropertiesOption);
            if (rule.value.isEmpty() || !check.pattern.isValid())
                continue; // problems() refuses it before it is stored
            check.pattern.optimize();
        } else if (isLength(rule.kind)) {
            const std::optional<qint64> length = lengthOf(rule.value);
            if (!length)
                continue;
            check.length = *length;
        } else if (isBound(rule.kind) && isNumeric(type)) {
            const std::optional<double> number = numberOf(rule.value);
            if (!number)
                continue;
            check.number = *number;
        } else if (isBound(rule.kind) && isTemporal(type)) {
            check.moment = momentOf(type, rule.value);
            if (!check.moment.isValid())
                continue;
        } else {
            continue; // not a cell rule, or a bound on a type without order
        }
        m_checks << check;
    }
}

int CellRules::firstBroken(QByteArrayView utf8) const
{
    for (const Check &check : m_checks) {
        if (breaks(check, utf8))
            return check.index;
    }
    return -1;
}

QString CellRules::message(int index) const
{
    return index >= 0 && index < m_rules.size() ? columnrules::message(m_rules[index]) : QString();
}

bool CellRules::breaks(const Check &check, QByteArrayView utf8) const
{
    switch (check.kind) {
    case RuleKind::Pattern:
        return !check.pattern.match(QString::fromUtf8(utf8)).hasMatch();
    case RuleKind::MinLength:
        return characters(utf8) < check.length;
    case RuleKind::MaxLength:
        return characters(utf8) > check.length;
    case RuleKind::Min:
    case RuleKind::Max: {
        const bool isMin = check.kind == RuleKind::Min;
        if (isNumeric(m_type)) {
            bool ok = false;
            const double number = utf8.toByteArray().toDouble(&ok);
            return ok && (isMin ? number < check.number : number > check.number);
        }
        const QDateTime moment = momentOf(m_type, QString::fromUtf8(utf8));
        return moment.isValid() && (isMin ? moment < check.moment : moment > check.moment);
    }
    default:
        return false;
    }
}

} // namespace stevedore
