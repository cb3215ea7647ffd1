// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stevedore {

enum class ColumnType { Text, Integer, Decimal, Boolean, Date, DateTime, Email, Enum };

// "text", "integer", … as stored in schema_columns.type and written in schema JSON.
QString columnTypeName(ColumnType type);
std::optional<ColumnType> columnTypeFromName(const QString &name);
QStringList columnTypeNames();

// Checks whether a text value (UTF-8) is acceptable for a schema column type, and says why
// not in a few words for a tooltip. Works on bytes so that validating a million records
// costs no UTF-16 conversions. Copyable and immutable: share it between threads freely.
class ValueValidator
{
public:
    ValueValidator() = default; // text, optional: everything is valid
    explicit ValueValidator(ColumnType type,
                            bool required = false,
                            const QStringList &enumValues = {},
                            const QString &dateFormat = {});

    ColumnType type() const { return m_type; }

    bool isValid(QByteArrayView utf8) const;
    bool isValid(const QByteArray &utf8) const { return isValid(QByteArrayView(utf8)); }
    bool isValid(const QString &value) const { return isValid(QByteArrayView(value.toUtf8())); }
    // An empty string when the value is valid, otherwise a short reason ("not an integer").
    QString reason(QByteArrayView utf8) const;
    QString reason(const QByteArray &utf8) const { return reason(QByteArrayView(utf8)); }
    QString reason(const QString &value) const { return reason(QByteArrayView(value.toUtf8())); }

    // The building blocks, usable on their own.
    static bool isInteger(QByteArrayView text);     // [+-]?[0-9]+
    static bool isDecimal(QByteArrayView text);     // [+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?
    static bool isBoolean(QByteArrayView text);     // true/false/yes/no/1/0/t/f, any case
    static bool isIsoDate(QByteArrayView text);     // yyyy-MM-dd, a real calendar day
    static bool isIsoDateTime(QByteArrayView text); // yyyy-MM-ddTHH:mm[:ss[.f]][Z|±HH[:]mm]
    static bool isEmail(QByteArrayView text);

private:
    bool isValidNonEmpty(QByteArrayView utf8) const;

    ColumnType m_type = ColumnType::Text;
    bool m_required = false;
    QList<QByteArray> m_enumValues;
    QString m_dateFormat; // also accepted for date/datetime, besides ISO
};

} // namespace stevedore
