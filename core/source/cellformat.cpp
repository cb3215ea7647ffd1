// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/cellformat.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace stevedore {

QByteArray formatNumber(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value < 0 ? QByteArrayLiteral("-Infinity") : QByteArrayLiteral("Infinity");
    if (value == 0)
        return QByteArrayLiteral("0");
    // Shortest round-trip digits with their exponent: "d.ddde±XX".
    const QByteArray e = QByteArray::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = e.indexOf('e');
    const bool negative = e.startsWith('-');
    QByteArray digits = e.mid(negative ? 1 : 0, ePos - (negative ? 1 : 0));
    digits.replace(".", "");
    const int exponent = e.mid(ePos + 1).toInt();
    QByteArray out;
    if (negative)
        out.append('-');
    const int count = int(digits.size());
    if (exponent >= 21 || exponent < -6) {
        out.append(digits.at(0));
        if (count > 1) {
            out.append('.');
            out.append(digits.mid(1));
        }
        out.append('e');
        out.append(exponent >= 0 ? '+' : '-');
        out.append(QByteArray::number(std::abs(exponent)));
        return out;
    }
    if (exponent < 0) {
        out.append("0.");
        out.append(QByteArray(-exponent - 1, '0'));
        out.append(digits);
        return out;
    }
    // exponent + 1 integer digits.
    if (count <= exponent + 1) {
        out.append(digits);
        out.append(QByteArray(exponent + 1 - count, '0'));
        return out;
    }
    out.append(digits.left(exponent + 1));
    out.append('.');
    out.append(digits.mid(exponent + 1));
    return out;
}

QByteArray formatSerialDate(double serial, DateTimeKind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.99999999)
        return {};
    // Milliseconds, rounded once, so that 0.99999999 of a day becomes the next day's midnight.
    const qint64 totalMs = qint64(std::llround(serial * 86400000.0));
    qint64 days = totalMs / 86400000;
    const qint64 msOfDay = totalMs % 86400000;
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days >= 61) {
        date = QDate(1899, 12, 30).addDays(days);
    } else if (days == 60) {
        date = QDate(1900, 2, 28); // Excel's 29 February 1900
    } else {
        date = QDate(1899, 12, 31).addDays(days); // serial 1 is 1900-01-01; 0 is "1900-01-00"
    }
    const int hours = int(msOfDay / 3600000);
    const int minutes = int(msOfDay / 60000 % 60);
    const int seconds = int(msOfDay / 1000 % 60);
    const int ms = int(msOfDay % 1000);
    QByteArray time = QByteArray::number(hours).rightJustified(2, '0') + ':'
                      + QByteArray::number(minutes).rightJustified(2, '0') + ':'
                      + QByteArray::number(seconds).rightJustified(2, '0');
    if (ms != 0)
        time += '.' + QByteArray::number(ms).rightJustified(3, '0');
    switch (kind) {
    case DateTimeKind::Date:
        return date.toString(Qt::ISODate).toLatin1();
    case DateTimeKind::Time:
        return time;
    case DateTimeKind::DateTime:
        return date.toString(Qt::ISODate).toLatin1() + 'T' + time;
    }
    return {};
}

QByteArray formatBoolean(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

} // namespace stevedore
