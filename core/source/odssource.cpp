// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/odssource.h"

#include "source/archivedevice.h"
#include "source/cellformat.h"

#include <QDate>
#include <QStringEncoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <charconv>
#include <cmath>

// Reading rules (docs/formats.md is the operator's version):
// - The package is read only through ArchiveDevice, one member at a time (they share raw's
//   position): mimetype and META-INF/manifest.xml are checked, then content.xml is streamed.
//   Its sheets are its <table:table> elements in order, so finding a sheet reads the sheets
//   before it, and listing them reads the whole of content.xml.
// - XML is read with namespace processing on and elements are matched by namespace URI and
//   local name: ODF's prefixes are conventions, and the same local name means different
//   things in different namespaces (office:value-type, calcext:value-type).
// - number-rows-repeated and number-columns-repeated are counts, never expanded ahead: empty
//   repeated cells only move the column on (a cell is materialised, with empty fields before
//   it, only when a non-empty one follows), empty repeated rows only move the row number on,
//   and a repeated row with content is handed out once per row it stands for.
// - Cell text follows ODF 1.2 part 1 §6.1: paragraphs' text with white space collapsed;
//   notes, ruby text, annotations and drawings are not part of it.

namespace stevedore {
namespace {

constexpr qint64 MaxColumns = 16384; // XFD, the last column a spreadsheet can have
// LibreOffice's largest sheets (16,777,216 rows): content past it is a corrupt workbook, and
// it bounds how long a repeated row can be handed out.
constexpr qint64 MaxRows = 16777216;
constexpr qint64 MaxRepeat = MaxRows; // repeat counts are clamped to this
constexpr qsizetype MaxRowBytes = 64 * 1024 * 1024;
constexpr qsizetype MaxSpaces = 65536; // one <text:s text:c="…"/>
constexpr qint64 MsPerDay = 86400000;

constexpr QStringView OfficeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView TableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr QStringView TextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr QStringView ManifestNs = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
// LibreOffice's extension namespace: calcext:value-type="error" marks a formula's error.
constexpr QStringView CalcextNs
    = u"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

const QString ContentMember = QStringLiteral("content.xml");
const QString MimetypeMember = QStringLiteral("mimetype");
const QString ManifestMember = QStringLiteral("META-INF/manifest.xml");
const QString Protected = QStringLiteral("the workbook is password-protected");

bool isElement(const QXmlStreamReader &xml, QStringView ns, QStringView name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

QStringView attributeValue(const QXmlStreamAttributes &attributes, QStringView ns, QStringView name)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name && a.namespaceUri() == ns)
            return a.value();
    }
    return {};
}

// A repeat count: 1 when absent or not a positive integer, at most MaxRepeat.
qint64 parseRepeat(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return 1;
    qint64 value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return 1;
        value = std::min(value * 10 + (c.unicode() - u'0'), MaxRepeat);
    }
    return std::max<qint64>(value, 1);
}

// An xsd:double as a finite double ("+1", "1E5"; not INF or NaN).
bool parseDouble(QStringView text, double *value)
{
    text = text.trimmed();
    if (text.startsWith(u'+'))
        text = text.mid(1);
    char buffer[64];
    if (text.isEmpty() || text.size() >= qsizetype(sizeof buffer))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x80)
            return false;
        buffer[i] = char(u);
    }
    const char *end = buffer + text.size();
    const auto [ptr, ec] = std::from_chars(buffer, end, *value);
    return ec == std::errc() && ptr == end && std::isfinite(*value);
}

// Reads digits at text[*i...]; -1 when there are none or more than maxDigits.
qint64 readDigits(QStringView text, qsizetype *i, int maxDigits)
{
    qint64 value = 0;
    const qsizetype start = *i;
    while (*i < text.size() && text.at(*i).isDigit() && text.at(*i).unicode() < 0x80) {
        value = value * 10 + (text.at(*i).unicode() - u'0');
        if (++*i - start > maxDigits)
            return -1;
    }
    return *i == start ? -1 : value;
}

// Reads an exact-width number and the separator after it (0: none).
bool readField(QStringView text, qsizetype *i, int width, char16_t separator, int *value)
{
    const qsizetype start = *i;
    const qint64 v = readDigits(text, i, width);
    if (v < 0 || *i - start != width)
        return false;
    *value = int(v);
    if (separator == 0)
        return true;
    if (*i >= text.size() || text.at(*i) != separator)
        return false;
    ++*i;
    return true;
}

// Fractional digits after a '.' at text[*i] as milliseconds, rounded; 0 without a '.'.
bool readFraction(QStringView text, qsizetype *i, qint64 *ms)
{
    *ms = 0;
    if (*i >= text.size() || text.at(*i) != u'.')
        return true;
    ++*i;
    double fraction = 0;
    double scale = 0.1;
    const qsizetype start = *i;
    while (*i < text.size() && text.at(*i) >= u'0' && text.at(*i) <= u'9') {
        fraction += (text.at(*i).unicode() - u'0') * scale;
        scale /= 10;
        ++*i;
    }
    *ms = std::llround(fraction * 1000);
    return *i > start;
}

QByteArray twoDigits(qint64 n)
{
    return QByteArray::number(n).rightJustified(2, '0');
}

// "HH:MM:SS" with ".mmm" when the milliseconds are not zero; hours are not wrapped at 24.
QByteArray clockText(qint64 totalMs)
{
    QByteArray out = twoDigits(totalMs / 3600000) + ':' + twoDigits(totalMs / 60000 % 60) + ':'
                     + twoDigits(totalMs / 1000 % 60);
    if (totalMs % 1000 != 0)
        out += '.' + QByteArray::number(totalMs % 1000).rightJustified(3, '0');
    return out;
}

// office:date-value (xsd:date or xsd:dateTime) as ISO 8601: "2026-12-05",
// "2026-12-05T10:30:00", milliseconds only when not zero, a time zone kept as written. Empty
// when it is not a date.
QByteArray formatDateValue(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    if (!readField(text, &i, 4, u'-', &year) || !readField(text, &i, 2, u'-', &month)
        || !readField(text, &i, 2, 0, &day))
        return {};
    QDate date(year, month, day);
    if (!date.isValid())
        return {};
    bool hasTime = false;
    qint64 msOfDay = 0;
    if (i < text.size() && text.at(i) == u'T') {
        ++i;
        int h = 0;
        int m = 0;
        int s = 0;
        qint64 ms = 0;
        if (!readField(text, &i, 2, u':', &h) || !readField(text, &i, 2, u':', &m)
            || !readField(text, &i, 2, 0, &s) || !readFraction(text, &i, &ms) || h > 23 || m > 59
            || s > 59)
            return {};
        hasTime = true;
        msOfDay = ((h * 60 + m) * 60 + s) * 1000 + ms;
        if (msOfDay >= MsPerDay) { // 23:59:59.9996 rounds to the next day
            msOfDay -= MsPerDay;
            date = date.addDays(1);
        }
    }
    const QStringView zone = text.mid(i);
    if (!zone.isEmpty() && zone != u"Z") {
        int zh = 0;
        int zm = 0;
        qsizetype z = 1;
        if ((zone.at(0) != u'+' && zone.at(0) != u'-') || !readField(zone, &z, 2, u':', &zh)
            || !readField(zone, &z, 2, 0, &zm) || z != zone.size())
            return {};
    }
    if (date.year() > 9999)
        return {};
    QByteArray out = date.toString(Qt::ISODate).toLatin1();
    if (hasTime)
        out += 'T' + clockText(msOfDay);
    return out + zone.toLatin1();
}

// office:time-value (an xsd:duration of days, hours, minutes and seconds: "PT10H30M00S") as
// "10:30:00", milliseconds only when not zero, hours past 24 not wrapped ("36:00:00"). Empty
// when it is not such a duration (years and months have no length in hours).
QByteArray formatTimeValue(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    const bool negative = text.startsWith(u'-');
    if (negative)
        ++i;
    if (i >= text.size() || text.at(i) != u'P')
        return {};
    ++i;
    qint64 totalMs = 0;
    bool inTime = false;
    bool any = false;
    QString seen; // designators in order, each once
    while (i < text.size()) {
        if (text.at(i) == u'T') {
            if (inTime)
                return {};
            inTime = true;
            ++i;
            continue;
        }
        const qint64 n = readDigits(text, &i, 9);
        if (n < 0)
            return {};
        qint64 ms = 0;
        if (!readFraction(text, &i, &ms) || i >= text.size())
            return {};
        const QChar unit = text.at(i++);
        const QChar tagged = inTime ? unit.toLower() : unit;
        if (seen.contains(tagged) || (ms != 0 && unit != u'S'))
            return {};
        seen.append(tagged);
        any = true;
        if (!inTime && unit == u'D')
            totalMs += n * MsPerDay;
        else if (inTime && unit == u'H')
            totalMs += n * 3600000;
        else if (inTime && unit == u'M')
            totalMs += n * 60000;
        else if (inTime && unit == u'S')
            totalMs += n * 1000 + ms;
        else
            return {}; // years, months, or a designator out of place
    }
    if (!any)
        return {};
    QByteArray out = clockText(totalMs);
    if (negative && totalMs != 0)
        out.prepend('-');
    return out;
}

// How a cell's value is read, from office:value-type (and calcext:value-type).
enum class ValueKind : quint8 { Text, Number, Date, Time, Boolean };

ValueKind valueKind(QStringView type, QStringView extType)
{
    if (extType == u"error")
        return ValueKind::Text; // the error's text ("#DIV/0!"), not the 0 stored beside it
    if (type == u"float" || type == u"percentage" || type == u"currency")
        return ValueKind::Number;
    if (type == u"date")
        return ValueKind::Date;
    if (type == u"time")
        return ValueKind::Time;
    if (type == u"boolean")
        return ValueKind::Boolean;
    return ValueKind::Text; // string, none, or one this reader does not know
}

// Paragraph text with ODF's white space rules: runs of spaces, tabs and line ends in the
// character data are one space, and none at the paragraph's start or end; <text:s>,
// <text:tab> and <text:line-break> are characters as they are.
class ParagraphText
{
public:
    explicit ParagraphText(QString &out)
        : m_out(out)
    {}

    void characters(QStringView text)
    {
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (i < n) {
            qsizetype start = i;
            while (i < n && !isSpace(text.at(i)))
                ++i;
            if (i > start) {
                flush();
                m_out.append(text.mid(start, i - start));
                m_started = true;
            }
            start = i;
            while (i < n && isSpace(text.at(i)))
                ++i;
            if (i > start && m_started)
                m_pendingSpace = true;
        }
    }

    void literal(QChar c, qsizetype count)
    {
        flush();
        m_out.append(QString(count, c));
        m_started = true;
    }

private:
    static bool isSpace(QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; }

    void flush()
    {
        if (m_pendingSpace)
            m_out.append(u' ');
        m_pendingSpace = false;
    }

    QString &m_out;
    bool m_started = false;
    bool m_pendingSpace = false;
};

// The rows of one <table:table>, read from just after its start tag. A row is read with its
// repeat count (number-rows-repeated); its cells' text becomes the record's fields, trailing
// empty cells left out.
class TableReader
{
public:
    enum class Read { Row, End, Failed };

    explicit TableReader(QXmlStreamReader &xml)
        : m_xml(xml)
    {}

    // The header's width: from then on non-empty cells to its right are rejected.
    void setWidth(int width) { m_width = width; }
    Read readRow(CsvRecord &record);

    qint64 row() const { return m_first; }     // the row just read (its first if repeated)
    qint64 repeat() const { return m_repeat; } // how many rows it stands for
    qint64 rowsPassed() const { return m_next - 1; }
    bool inRow() const { return m_inRow; }
    // The row's error (empty: none) for a row of that content at row number `row`.
    QString rowError(qint64 row) const;
    // The 1-based column of the cell the row's error is about (0: no error).
    int errorColumn() const { return int(std::min(m_errorColumn, MaxColumns + 1)); }
    qint64 lastContentRow() const { return m_lastContentRow; }

private:
    bool readCell(CsvRecord &record);
    bool readCellText();
    bool readParagraph();
    void cellError(qint64 column, const QString &what);

    QXmlStreamReader &m_xml;
    int m_width = 0;
    qint64 m_next = 1;  // the next row's number
    qint64 m_first = 0; // the row just read
    qint64 m_repeat = 0;
    qint64 m_lastContentRow = 0;
    int m_groupDepth = 0; // inside table:table-row-group and the like
    bool m_inRow = false;

    // The row being read.
    qint64 m_column = 0;     // columns consumed, empty ones included
    qint64 m_cellColumn = 0; // the cell being read (its first column if repeated)
    bool m_full = false;     // past MaxRowBytes: no more cells are added
    qint64 m_errorColumn = 0;
    QString m_errorWhat; // "cell X12 " + this
    QString m_value;     // the cell's text, reused
    QByteArray m_field;  // the cell's field, reused
    QStringEncoder m_utf8{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

QString TableReader::rowError(qint64 row) const
{
    if (m_errorColumn == 0)
        return {};
    return QStringLiteral("cell %1%2 %3")
        .arg(columnLetters(int(m_errorColumn)))
        .arg(row)
        .arg(m_errorWhat);
}

// The first error of a row is the one reported.
void TableReader::cellError(qint64 column, const QString &what)
{
    if (m_errorColumn != 0)
        return;
    m_errorColumn = column;
    m_errorWhat = what;
}

TableReader::Read TableReader::readRow(CsvRecord &record)
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.namespaceUri() == TableNs) {
                const QStringView name = m_xml.name();
                if (name == u"table-row")
                    break;
                if (name == u"table-row-group" || name == u"table-header-rows"
                    || name == u"table-rows") {
                    ++m_groupDepth;
                    continue;
                }
            }
            m_xml.skipCurrentElement(); // columns, shapes, forms, named ranges, …
        } else if (token == QXmlStreamReader::EndElement) {
            if (m_groupDepth == 0)
                return Read::End; // </table:table>
            --m_groupDepth;
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            return Read::Failed;
        }
    }
    const qint64 repeat
        = parseRepeat(attributeValue(m_xml.attributes(), TableNs, u"number-rows-repeated"));
    m_first = m_next;
    m_repeat = m_first > MaxRows ? 0 : std::min(repeat, MaxRows - m_first + 1);
    m_next = std::min(m_next + repeat, MaxRows + 2);
    m_inRow = true;
    m_column = 0;
    m_full = false;
    m_errorColumn = 0;
    record.data.truncate(0);
    record.ends.resize(0);
    record.error.clear();
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.namespaceUri() == TableNs
                && (m_xml.name() == u"table-cell" || m_xml.name() == u"covered-table-cell")) {
                if (!readCell(record))
                    return Read::Failed;
            } else {
                m_xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            break; // </table:table-row>
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            return Read::Failed;
        }
    }
    if (m_first > MaxRows) {
        // Only empty rows may stand past the last row (LibreOffice writes them there).
        if (record.fieldCount() > 0 || m_errorColumn != 0) {
            m_xml.raiseError(
                QStringLiteral("content past row %1, the last row a sheet can have").arg(MaxRows));
            return Read::Failed;
        }
    }
    m_inRow = false;
    if (record.fieldCount() > 0 || m_errorColumn != 0)
        m_lastContentRow = m_first + m_repeat - 1;
    record.error = rowError(m_first);
    return Read::Row;
}

// Reads one cell (its start just read) and appends its text at its columns.
bool TableReader::readCell(CsvRecord &record)
{
    const bool covered = m_xml.name() == u"covered-table-cell";
    const QXmlStreamAttributes attributes = m_xml.attributes();
    qint64 repeat = 1;
    QStringView type;
    QStringView extType;
    QStringView value; // the typed value's attribute
    bool hasValue = false;
    QStringView stringValue;
    bool hasStringValue = false;
    for (const QXmlStreamAttribute &a : attributes) {
        const QStringView ns = a.namespaceUri();
        const QStringView name = a.name();
        if (ns == TableNs && name == u"number-columns-repeated")
            repeat = parseRepeat(a.value());
        else if (ns == OfficeNs && name == u"value-type")
            type = a.value();
        else if (ns == CalcextNs && name == u"value-type")
            extType = a.value();
        else if (ns == OfficeNs && name == u"string-value") {
            stringValue = a.value();
            hasStringValue = true;
        }
    }
    const qint64 first = m_column + 1;
    m_cellColumn = first;
    m_column = std::min(m_column + repeat, MaxColumns + 1);
    if (covered) {
        m_xml.skipCurrentElement(); // a merged range's value is in its top-left cell
        return !m_xml.hasError();
    }
    const ValueKind kind = valueKind(type, extType);
    const QStringView valueName = kind == ValueKind::Number    ? QStringView(u"value")
                                  : kind == ValueKind::Date    ? QStringView(u"date-value")
                                  : kind == ValueKind::Time    ? QStringView(u"time-value")
                                  : kind == ValueKind::Boolean ? QStringView(u"boolean-value")
                                                               : QStringView();
    if (!valueName.isEmpty()) {
        for (const QXmlStreamAttribute &a : attributes) {
            if (a.name() == valueName && a.namespaceUri() == OfficeNs) {
                value = a.value();
                hasValue = true;
            }
        }
    }

    m_value.truncate(0);
    m_field.truncate(0);
    QString what;
    if (hasValue) {
        m_xml.skipCurrentElement(); // the paragraphs are the value as displayed
        if (m_xml.hasError())
            return false;
        double number = 0;
        switch (kind) {
        case ValueKind::Number:
            if (parseDouble(value, &number))
                m_field = formatNumber(number);
            else
                what = QStringLiteral("which is not a number");
            break;
        case ValueKind::Date:
            m_field = formatDateValue(value);
            if (m_field.isEmpty())
                what = QStringLiteral("which is not a date");
            break;
        case ValueKind::Time:
            m_field = formatTimeValue(value);
            if (m_field.isEmpty())
                what = QStringLiteral("which is not a time");
            break;
        case ValueKind::Boolean: {
            const QStringView v = value.trimmed();
            if (v == u"true" || v == u"1" || v == u"false" || v == u"0")
                m_field = formatBoolean(v == u"true" || v == u"1");
            else
                what = QStringLiteral("which is not a boolean");
            break;
        }
        case ValueKind::Text:
            break;
        }
        if (!what.isEmpty()) {
            m_value = value.toString();
            what = QStringLiteral("holds \"%1\", %2").arg(value.left(40), what);
        }
    } else if (kind == ValueKind::Text && hasStringValue && extType != u"error") {
        m_xml.skipCurrentElement();
        if (m_xml.hasError())
            return false;
        m_value = stringValue.toString();
    } else if (!readCellText()) {
        return false;
    }
    if (m_field.isEmpty() && !m_value.isEmpty()) {
        m_field.resize(m_utf8.requiredSpace(m_value.size()));
        char *end = m_utf8.appendToBuffer(m_field.data(), m_value);
        m_field.truncate(end - m_field.constData());
    }
    if (m_field.isEmpty() && what.isEmpty())
        return true; // an empty cell: nothing is materialised
    if (!what.isEmpty())
        cellError(first, what);
    for (qint64 column = first; column < first + repeat; ++column) {
        if (column > MaxColumns) {
            cellError(column,
                      QStringLiteral("is past column %1, the last a sheet can have")
                          .arg(columnLetters(int(MaxColumns))));
            break;
        }
        if (m_full || record.data.size() + m_field.size() > MaxRowBytes) {
            m_full = true;
            cellError(column, QStringLiteral("makes the row larger than 64 MiB"));
            break;
        }
        while (record.ends.size() < column - 1)
            record.ends.append(record.data.size());
        record.data.append(m_field);
        record.ends.append(record.data.size());
        if (m_width > 0 && column > m_width && !m_field.isEmpty()) {
            cellError(
                column,
                QStringLiteral("is outside the header's %1 %2")
                    .arg(m_width)
                    .arg(m_width == 1 ? QStringLiteral("column") : QStringLiteral("columns")));
        }
    }
    return true;
}

// The cell's paragraphs (<text:p>, <text:h>, also inside lists), joined by "\n", into m_value;
// reads up to the cell's end. Annotations and drawings are not its text.
bool TableReader::readCellText()
{
    bool first = true;
    int depth = 0;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.name();
            if (m_xml.namespaceUri() != TextNs) {
                m_xml.skipCurrentElement(); // office:annotation, draw:frame, …
            } else if (name == u"p" || name == u"h") {
                if (!first)
                    m_value.append(u'\n');
                first = false;
                if (!readParagraph())
                    return false;
            } else if (name == u"list" || name == u"list-item" || name == u"list-header"
                       || name == u"section") {
                ++depth;
            } else {
                m_xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                return true;
            --depth;
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            return false;
        }
    }
}

// One paragraph's text (its start just read), appended to m_value.
bool TableReader::readParagraph()
{
    ParagraphText text(m_value);
    int depth = 0;
    for (;;) {
        if (m_value.size() > MaxRowBytes / 2) {
            // More text than a row may hold: what is read is kept, and the row is rejected.
            cellError(m_cellColumn, QStringLiteral("holds more than 64 MiB of text"));
            m_xml.skipCurrentElement();
            for (; depth > 0; --depth)
                m_xml.skipCurrentElement();
            return !m_xml.hasError();
        }
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text.characters(m_xml.text());
        } else if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.name();
            if (m_xml.namespaceUri() != TextNs) {
                m_xml.skipCurrentElement(); // office:annotation, draw:frame, …
            } else if (name == u"s") {
                const qint64 spaces = parseRepeat(attributeValue(m_xml.attributes(), TextNs, u"c"));
                text.literal(u' ', std::min<qsizetype>(spaces, MaxSpaces));
                m_xml.skipCurrentElement();
            } else if (name == u"tab") {
                text.literal(u'\t', 1);
                m_xml.skipCurrentElement();
            } else if (name == u"line-break") {
                text.literal(u'\n', 1);
                m_xml.skipCurrentElement();
            } else if (name == u"note" || name == u"ruby-text") {
                m_xml.skipCurrentElement();
            } else {
                ++depth; // span, a, ruby, fields: their text is the paragraph's
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                return true;
            --depth;
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            return false;
        }
    }
}

// The row's cells as one line of CSV (RFC 4180 quoting), for a rejected record's display.
void fillRaw(CsvRecord &record)
{
    record.raw.truncate(0);
    for (int i = 0; i < record.fieldCount(); ++i) {
        if (i > 0)
            record.raw.append(',');
        const QByteArrayView field = record.field(i);
        const bool quote = std::any_of(field.begin(), field.end(), [](char c) {
            return c == ',' || c == '"' || c == '\n' || c == '\r';
        });
        if (!quote) {
            record.raw.append(field);
            continue;
        }
        record.raw.append('"');
        for (char c : field) {
            if (c == '"')
                record.raw.append('"');
            record.raw.append(c);
        }
        record.raw.append('"');
    }
}

QString readFailure(const QString &member, const ArchiveDevice &device)
{
    if (device.errorString().contains(QStringLiteral("password-protected")))
        return Protected;
    return QStringLiteral("cannot read %1: %2").arg(member, device.errorString());
}

// place: where in the member the XML broke (" in sheet \"Sheet1\""), or empty.
QString xmlFailure(const QString &member,
                   const QXmlStreamReader &xml,
                   const ArchiveDevice &device,
                   const QString &place = {})
{
    if (device.hasError())
        return readFailure(member, device);
    // One arg() call: a sheet's name may hold "%1".
    return QStringLiteral("corrupt %1%2: %3 (line %4, column %5)")
        .arg(member,
             place,
             xml.errorString(),
             QString::number(xml.lineNumber()),
             QString::number(xml.columnNumber()));
}

// The zip package: checked to be an unencrypted OpenDocument spreadsheet with a content.xml.
class Package
{
public:
    bool open(QIODevice *raw, QString *error);
    // content.xml opened, or null with *error set.
    std::unique_ptr<ArchiveDevice> openContent(QString *error) const;

private:
    bool checkMimetype(QString *error) const;
    bool checkManifest(QString *error) const;

    QIODevice *m_raw = nullptr;
    QList<ArchiveMember> m_members;
    bool has(const QString &name) const
    {
        return std::any_of(m_members.cbegin(), m_members.cend(), [&](const ArchiveMember &m) {
            return m.name == name;
        });
    }
};

bool Package::open(QIODevice *raw, QString *error)
{
    m_raw = raw;
    if (!raw || !raw->isOpen()) {
        *error = QStringLiteral("the file is not open");
        return false;
    }
    if (raw->seek(0) && raw->peek(8) == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        *error = QStringLiteral("not an .ods workbook: an old .xls file or an encrypted Office "
                                "workbook (OLE2 compound document)");
        return false;
    }
    QString zipError;
    m_members = listZipMembers(raw, &zipError);
    if (m_members.isEmpty()) {
        if (zipError.contains(QStringLiteral("password-protected")))
            *error = Protected;
        else if (zipError.isEmpty())
            *error = QStringLiteral("not an .ods workbook: an empty zip archive");
        else
            *error = QStringLiteral("not an .ods workbook: %1").arg(zipError);
        return false;
    }
    if (!checkMimetype(error) || !checkManifest(error))
        return false;
    if (!has(ContentMember)) {
        *error = QStringLiteral("not an .ods workbook: the zip archive has no content.xml");
        return false;
    }
    return true;
}

// The mimetype member, when there is one, names the kind of document (a package without one
// is read on its content.xml alone).
bool Package::checkMimetype(QString *error) const
{
    if (!has(MimetypeMember))
        return true;
    ArchiveDevice device(m_raw, MimetypeMember);
    if (!device.open(QIODevice::ReadOnly)) {
        *error = readFailure(MimetypeMember, device);
        return false;
    }
    const QByteArray type = device.read(256).trimmed();
    if (device.hasError()) {
        *error = readFailure(MimetypeMember, device);
        return false;
    }
    if (type != "application/vnd.oasis.opendocument.spreadsheet"
        && type != "application/vnd.oasis.opendocument.spreadsheet-template") {
        *error = QStringLiteral("not an .ods workbook: its mimetype is \"%1\"")
                     .arg(QString::fromUtf8(type.left(80)).simplified());
        return false;
    }
    return true;
}

// An encrypted package is an ordinary zip whose members are encrypted by the application;
// only the manifest says so (manifest:encryption-data).
bool Package::checkManifest(QString *error) const
{
    if (!has(ManifestMember))
        return true;
    ArchiveDevice device(m_raw, ManifestMember);
    if (!device.open(QIODevice::ReadOnly)) {
        *error = readFailure(ManifestMember, device);
        return false;
    }
    QXmlStreamReader xml(&device);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && isElement(xml, ManifestNs, u"encryption-data")) {
            *error = Protected;
            return false;
        }
    }
    if (xml.hasError()) {
        *error = xmlFailure(ManifestMember, xml, device);
        return false;
    }
    return true;
}

std::unique_ptr<ArchiveDevice> Package::openContent(QString *error) const
{
    auto device = std::make_unique<ArchiveDevice>(m_raw, ContentMember);
    if (!device->open(QIODevice::ReadOnly)) {
        *error = readFailure(ContentMember, *device);
        return nullptr;
    }
    return device;
}

// Reads on to the next sheet's start tag (a <table:table> of <office:spreadsheet>); false at
// the end of the document or on an error. *offset is where the start tag begins (characters of
// content.xml).
bool nextTable(QXmlStreamReader &xml, qint64 *offset)
{
    for (;;) {
        *offset = xml.characterOffset();
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (isElement(xml, TableNs, u"table"))
                return true;
            if (!isElement(xml, OfficeNs, u"document-content") && !isElement(xml, OfficeNs, u"body")
                && !isElement(xml, OfficeNs, u"spreadsheet"))
                xml.skipCurrentElement(); // styles, fonts, scripts, named ranges, …
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            return false;
        }
    }
}

QString tableName(const QXmlStreamReader &xml)
{
    return attributeValue(xml.attributes(), TableNs, u"name").toString();
}

// One sheet's records.
class OdsSheetSource final : public RecordSource
{
public:
    OdsSheetSource(std::unique_ptr<ArchiveDevice> device, int skipRows);

    enum class Find { Found, NotFound, Failed };
    // Reads on to the sheet named `name` (exactly) or, when index >= 0, to the sheet at that
    // index; *names collects the sheets' names passed.
    Find find(const QString &name, int index, QStringList *names, QString *error);

    QStringList rawHeader() override;
    bool next(CsvRecord &record) override;
    QString errorString() const override { return m_error; }
    QString headerError() const override { return m_headerError; }
    qint64 bytesRead() const override { return m_device->compressedBytesRead(); }
    QString location(qint64 line, int column) const override
    {
        return sheetLocation(m_sheet, line, column);
    }

private:
    void readHeader();
    TableReader::Read readRow(CsvRecord &record);
    void fail();
    void copyRow(const CsvRecord &from, CsvRecord &to) const;

    std::unique_ptr<ArchiveDevice> m_device;
    QXmlStreamReader m_xml;
    TableReader m_table;
    QString m_sheet;
    int m_skipRows;

    bool m_headerRead = false;
    bool m_finished = false;
    QStringList m_header;
    QString m_error;
    QString m_headerError;
    qint64 m_number = 0;

    // A row with content that stands for several: the rows after m_row still to hand out.
    CsvRecord m_repeated;
    qint64 m_pending = 0;
    qint64 m_row = 0;
};

OdsSheetSource::OdsSheetSource(std::unique_ptr<ArchiveDevice> device, int skipRows)
    : m_device(std::move(device))
    , m_xml(m_device.get())
    , m_table(m_xml)
    , m_skipRows(std::max(skipRows, 0))
{}

OdsSheetSource::Find
OdsSheetSource::find(const QString &name, int index, QStringList *names, QString *error)
{
    qint64 offset = 0;
    while (nextTable(m_xml, &offset)) {
        const QString found = tableName(m_xml);
        if (index < 0 ? found == name : names->size() == index) {
            m_sheet = found;
            return Find::Found;
        }
        names->append(found);
        m_xml.skipCurrentElement();
    }
    if (m_xml.hasError()) {
        *error = xmlFailure(ContentMember, m_xml, *m_device);
        return Find::Failed;
    }
    return Find::NotFound;
}

QStringList OdsSheetSource::rawHeader()
{
    readHeader();
    return m_header;
}

// The header is the first row below the skipped rows with a non-empty cell; empty rows
// before it are passed over, as blank lines before a CSV header. Of a repeated row, the first
// of its rows below the skipped ones is the header and the others are records.
void OdsSheetSource::readHeader()
{
    if (m_headerRead)
        return;
    m_headerRead = true;
    for (;;) {
        const TableReader::Read read = readRow(m_repeated);
        if (read == TableReader::Read::End)
            return;
        if (read == TableReader::Read::Failed) {
            m_headerError = m_error;
            return;
        }
        const qint64 last = m_table.row() + m_table.repeat() - 1;
        if (last <= m_skipRows || m_table.repeat() == 0
            || (m_repeated.fieldCount() == 0 && m_repeated.error.isEmpty()))
            continue;
        m_row = std::max<qint64>(m_table.row(), m_skipRows + 1);
        if (!m_repeated.error.isEmpty()) {
            m_headerError
                = QStringLiteral("header row %1: %2").arg(m_row).arg(m_table.rowError(m_row));
            m_finished = true;
            return;
        }
        m_header = m_repeated.fields();
        m_table.setWidth(int(m_header.size()));
        m_pending = last - m_row;
        return;
    }
}

bool OdsSheetSource::next(CsvRecord &record)
{
    readHeader();
    if (m_header.isEmpty() || !m_headerError.isEmpty())
        return false;
    if (m_pending > 0) {
        --m_pending;
        ++m_row;
        copyRow(m_repeated, record);
        record.error = m_table.rowError(m_row);
    } else {
        for (;;) {
            if (readRow(record) != TableReader::Read::Row)
                return false;
            // Entirely empty rows (styled empty cells, repeated runs of them) are not records.
            if ((record.fieldCount() == 0 && record.error.isEmpty()) || m_table.repeat() == 0)
                continue;
            m_row = m_table.row();
            m_pending = m_table.repeat() - 1;
            if (m_pending > 0)
                copyRow(record, m_repeated);
            break;
        }
    }
    record.errorColumn = record.error.isEmpty() ? 0 : m_table.errorColumn();
    // Trailing empty cells are left out of a row: a row shorter than the header is a
    // full-width record whose missing cells are empty values.
    while (record.fieldCount() < m_header.size())
        record.ends.append(record.data.size());
    record.line = m_row;
    record.lastLine = m_row;
    record.number = ++m_number;
    fillRaw(record);
    return true;
}

void OdsSheetSource::copyRow(const CsvRecord &from, CsvRecord &to) const
{
    to.data = from.data;
    to.ends = from.ends;
    to.error = from.error;
}

TableReader::Read OdsSheetSource::readRow(CsvRecord &record)
{
    if (m_finished)
        return m_error.isEmpty() ? TableReader::Read::End : TableReader::Read::Failed;
    const TableReader::Read read = m_table.readRow(record);
    if (read == TableReader::Read::End)
        m_finished = true;
    else if (read == TableReader::Read::Failed)
        fail();
    return read;
}

void OdsSheetSource::fail()
{
    m_finished = true;
    const qint64 passed = m_table.rowsPassed();
    const QString where = m_table.inRow() ? QStringLiteral("in row %1").arg(m_table.row())
                          : passed > 0    ? QStringLiteral("after row %1").arg(passed)
                                          : QStringLiteral("before its first row");
    if (m_device->hasError()) {
        m_error = QStringLiteral("sheet %1 cannot be read %2: %3")
                      .arg(m_sheet, where, readFailure(ContentMember, *m_device));
    } else if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        m_error = QStringLiteral("sheet %1 ends early %2: its XML is cut short (a truncated "
                                 "workbook?)")
                      .arg(m_sheet, where);
    } else {
        m_error = QStringLiteral("sheet %1 has corrupt XML %2: %3 (content.xml line %4, column "
                                 "%5)")
                      .arg(m_sheet,
                           where,
                           m_xml.errorString(),
                           QString::number(m_xml.lineNumber()),
                           QString::number(m_xml.columnNumber()));
    }
}

} // namespace

QList<SheetInfo> odsSheets(QIODevice *raw, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    message.clear();
    Package package;
    if (!package.open(raw, &message))
        return {};
    std::unique_ptr<ArchiveDevice> device = package.openContent(&message);
    if (!device)
        return {};
    QXmlStreamReader xml(device.get());
    QList<SheetInfo> sheets;
    qint64 start = 0;
    CsvRecord record;
    while (nextTable(xml, &start)) {
        SheetInfo info;
        info.name = tableName(xml);
        TableReader table(xml);
        TableReader::Read read;
        do
            read = table.readRow(record);
        while (read == TableReader::Read::Row);
        if (read == TableReader::Read::Failed) {
            message = xmlFailure(
                ContentMember, xml, *device, QStringLiteral(" in sheet \"%1\"").arg(info.name));
            return {};
        }
        info.rows = table.lastContentRow();
        info.bytes = xml.characterOffset() - start;
        sheets.append(info);
    }
    if (xml.hasError()) {
        message = xmlFailure(ContentMember, xml, *device);
        return {};
    }
    if (sheets.isEmpty())
        message = QStringLiteral("the workbook has no worksheet");
    return sheets;
}

std::unique_ptr<RecordSource>
openOdsSheet(QIODevice *raw, const QString &sheet, int skipRows, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    message.clear();
    Package package;
    if (!package.open(raw, &message))
        return nullptr;
    // The sheet by its exact name; else, read again, the first whose name matches it without
    // regard to case.
    QStringList names;
    for (int pass = 0; pass < 2; ++pass) {
        int index = -1;
        if (pass == 1) {
            const auto folded = std::find_if(names.cbegin(), names.cend(), [&](const QString &n) {
                return n.compare(sheet, Qt::CaseInsensitive) == 0;
            });
            if (folded == names.cend())
                break;
            index = int(folded - names.cbegin());
        }
        std::unique_ptr<ArchiveDevice> device = package.openContent(&message);
        if (!device)
            return nullptr;
        auto source = std::make_unique<OdsSheetSource>(std::move(device), skipRows);
        QStringList passed;
        switch (source->find(sheet, index, &passed, &message)) {
        case OdsSheetSource::Find::Found:
            return source;
        case OdsSheetSource::Find::Failed:
            return nullptr;
        case OdsSheetSource::Find::NotFound:
            names = passed;
            break;
        }
    }
    QStringList quoted;
    for (const QString &name : std::as_const(names))
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    message = QStringLiteral("the workbook has no sheet named \"%1\" (its sheets: %2)")
                  .arg(sheet, quoted.isEmpty() ? QStringLiteral("none") : quoted.join(u", "));
    return nullptr;
}

} // namespace stevedore
