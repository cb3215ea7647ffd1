// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace stevedore {

// How a workbook's typed cells become text (docs/formats.md). Shared by the .xlsx and .ods
// readers so that the same value reads the same from both.

// A number in the shortest form that reads back as the same double, in plain notation
// ("1.27", "1000000", "0.0000127"), switching to exponent notation ("1.5e+21", "1e-7") only
// where plain notation would need more than 21 integer digits or 6 leading zeros after the
// point, as JavaScript does. Integral values have no ".0"; -0 is "0". NaN and infinities
// (which no workbook stores as a number) are "NaN", "Infinity", "-Infinity".
QByteArray formatNumber(double value);

// What a date-formatted number means.
enum class DateTimeKind { Date, DateTime, Time };

// A spreadsheet serial date (days since the workbook's epoch; the fraction is the time of day)
// as ISO 8601: "2026-12-04", "2026-12-04T13:05:00", "13:05:00". Seconds are rounded to the
// millisecond and milliseconds are shown only when not zero ("13:05:00.250"). date1904 selects
// the 1904 date system (Excel for Mac); the 1900 system counts the 29 February 1900 that never
// was, as Excel does: serial 1 is 1900-01-01, serial 60 (Excel's 1900-02-29, a day that does
// not exist) reads as "1900-02-28", and from 61 on dates are right. Empty when the serial is
// out of range (negative, or past year 9999).
QByteArray formatSerialDate(double serial, DateTimeKind kind, bool date1904 = false);

// "true" / "false".
QByteArray formatBoolean(bool value);

} // namespace stevedore
