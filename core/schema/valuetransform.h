// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "schema/valuevalidator.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace stevedore {

// What a mapping does to a file value before it is checked and exported: steps applied in
// order, written as text such as
//
//     collapse;null-if:NULL|n/a;lookup:Deutschland=DE|Frankreich=FR
//
// Steps are separated by ';', a step's arguments by '|', a lookup's value from its
// replacement by '='; a backslash takes the next character literally (\; \| \= \\).
//
//   trim               surrounding white space removed (Unicode spaces too)
//   collapse           trimmed, and every run of white space inside made one space
//   upper, lower       case changed (Unicode rules: "straße" becomes "STRASSE")
//   null-if[:V|V…]     a value equal to one of V (ignoring case and surrounding spaces)
//                      becomes empty; without values: NULL, n/a and #N/A
//   number:LOCALE      a number written in LOCALE's way ("1.234,56" for de_DE) becomes
//                      "1234.56"; group separators must group by three
//   date:FORMAT[|…]    the first QDateTime format that reads the value makes it ISO 8601 (a
//                      date, or a date and time for datetime columns)
//   lookup:V=R[|…]     a value equal to V (ignoring case and surrounding spaces) becomes R
//
// A value a step cannot read (a date in none of the formats, a number not in the locale's
// way) is passed on as it is, so that validation reports it. Copyable and immutable after
// parse(): share it between threads freely.
class ValueTransform
{
public:
    enum class Kind { Trim, Collapse, Upper, Lower, NullIf, Number, Date, Lookup };

    struct Step
    {
        Kind kind = Kind::Trim;
        // null-if: the values; number: the locale's name; date: the formats; lookup: value,
        // replacement, value, replacement, …
        QStringList arguments;
    };

    ValueTransform() = default; // no steps: values pass unchanged

    // nullopt (and *error set) when text is not a transform; "" has no steps.
    static std::optional<ValueTransform> parse(const QString &text, QString *error = nullptr);
    // The steps written back as parse() reads them (keywords in lower case, no spaces around
    // separators); "" when there are none.
    QString toString() const;

    bool isNone() const { return m_steps.isEmpty(); }
    const QList<Step> &steps() const { return m_steps; }
    bool hasDateStep() const;

    // Applies the steps for a column of type target (date steps produce an ISO datetime for
    // datetime columns, an ISO date otherwise).
    QByteArray apply(QByteArrayView utf8, ColumnType target) const;

    // The values null-if uses without arguments.
    static QStringList defaultNullValues();
    // "trim", "collapse", … for messages and completion.
    static QStringList keywords();

private:
    struct Compiled
    {
        QSet<QString> nullValues;          // case-folded
        QHash<QString, QByteArray> lookup; // case-folded value -> replacement
        QString decimalPoint;              // number
        QString groupSeparator;            // number
        QString minusSign;                 // number
    };

    QByteArray applyStep(const Step &step,
                         const Compiled &compiled,
                         QByteArray value,
                         ColumnType target) const;

    QList<Step> m_steps;
    QList<Compiled> m_compiled; // one per step
};

} // namespace stevedore
