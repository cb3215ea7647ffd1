// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/xlsxsource.h"

#include "source/archivedevice.h"
#include "source/cellformat.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <charconv>
#include <cmath>

// Reading rules (docs/formats.md is the operator's version):
// - The package is read only through ArchiveDevice, one member at a time (they share raw's
//   position): xl/_rels/workbook.xml.rels, xl/workbook.xml, the shared strings and the styles
//   are read first, then the sheet is streamed. Only the shared string table is kept in memory
//   (as one UTF-8 pool), and of the sheet only the row being read.
// - XML is read with namespace processing off (it costs time per element) and elements are
//   matched by their local name, so prefixed (<x:c>) and Strict OOXML sheets read the same.
// - The cell path avoids allocations: the value's text is gathered into one reused QString,
//   shared strings are copied from the pool, and numbers already in their shortest form (the
//   usual case) are copied as they are, which is what formatNumber() would give for them.

namespace stevedore {
namespace {

constexpr int MaxColumns = 16384; // XFD, the last column a workbook can have
constexpr int MaxRowsListed = 1048576;
constexpr qint64 MsPerDay = 86400000;

const QString WorkbookMember = QStringLiteral("xl/workbook.xml");
const QString WorkbookRelsMember = QStringLiteral("xl/_rels/workbook.xml.rels");

QStringView localName(QStringView name)
{
    const qsizetype colon = name.lastIndexOf(u':');
    return colon < 0 ? name : name.mid(colon + 1);
}

// An attribute by its local name ("id" matches "r:id"), with namespace processing off.
QStringView attribute(const QXmlStreamAttributes &attributes, QStringView local)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (localName(a.qualifiedName()) == local)
            return a.value();
    }
    return {};
}

bool xsdTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// Appends the text of the element whose start was just read, up to its end; nested elements
// are skipped. False on an XML error.
bool appendElementText(QXmlStreamReader &xml, QString &out)
{
    for (;;) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            out.append(xml.text());
            break;
        case QXmlStreamReader::EndElement:
            return true;
        case QXmlStreamReader::StartElement:
            xml.skipCurrentElement();
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
}

// Appends the text of a string item (<si> of the shared strings, <is> of an inline string):
// its <t> and its rich text runs' <t>, without the phonetic runs (<rPh>).
bool appendStringItem(QXmlStreamReader &xml, QString &out)
{
    for (;;) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = localName(xml.name());
            if (name == u"t") {
                if (!appendElementText(xml, out))
                    return false;
            } else if (name == u"rPh" || name == u"phoneticPr" || name == u"rPr") {
                xml.skipCurrentElement();
            }
            break; // <r>: its <t> comes next
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = localName(xml.name());
            if (name == u"si" || name == u"is")
                return true;
            break;
        }
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Decodes the _xHHHH_ escapes OOXML writes for characters XML cannot hold (control
// characters); "_x005F_" is a literal '_', which is how a literal "_x0041_" is written.
void decodeEscapes(QString &text)
{
    if (!text.contains(u"_x"))
        return;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) == u'_' && i + 6 < n && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            int value = 0;
            bool hex = true;
            for (qsizetype k = i + 2; k < i + 6 && hex; ++k) {
                const int digit = hexDigit(text.at(k));
                hex = digit >= 0;
                value = value * 16 + digit;
            }
            if (hex) {
                out.append(QChar(char16_t(value)));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    text = out;
}

// UTF-16 to UTF-8, appended; a lone surrogate becomes U+FFFD.
void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3);
    auto *p = reinterpret_cast<unsigned char *>(out.data() + start);
    const char16_t *s = text.utf16();
    const char16_t *end = s + text.size();
    while (s < end) {
        char32_t c = *s++;
        if (c < 0x80) {
            *p++ = static_cast<unsigned char>(c);
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (c <= 0xDBFF && s < end && *s >= 0xDC00 && *s <= 0xDFFF)
                c = 0x10000 + ((c - 0xD800) << 10) + (char32_t(*s++) - 0xDC00);
            else
                c = 0xFFFD;
        }
        if (c < 0x800) {
            *p++ = static_cast<unsigned char>(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *p++ = static_cast<unsigned char>(0xE0 | (c >> 12));
            *p++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
        } else {
            *p++ = static_cast<unsigned char>(0xF0 | (c >> 18));
            *p++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
            *p++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
        }
        *p++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    }
    out.truncate(reinterpret_cast<char *>(p) - out.data());
}

// "B12" → column 2; 0 when the reference is not a cell reference within XFD.
int referenceColumn(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t u = reference.at(i).unicode();
        int letter;
        if (u >= u'A' && u <= u'Z')
            letter = u - u'A' + 1;
        else if (u >= u'a' && u <= u'z')
            letter = u - u'a' + 1;
        else
            break;
        column = column * 26 + letter;
        if (column > MaxColumns)
            return 0;
    }
    if (i == 0 || i == reference.size())
        return 0;
    for (; i < reference.size(); ++i) {
        if (!reference.at(i).isDigit())
            return 0;
    }
    return column;
}

// A non-negative decimal integer; -1 when it is not one (or too large).
qint64 parseIndex(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 15)
        return -1;
    qint64 value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

bool parseDouble(QStringView text, double *value)
{
    text = text.trimmed();
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

// True when text is a number written the way formatNumber() writes it: plain notation, no
// superfluous zeros, and at most 15 significant digits, so that the double it denotes has it
// as its shortest round-trip form (any decimal of 15 significant digits or fewer survives
// decimal → double → decimal, so no shorter or nearer form exists). Such text is copied as it
// is instead of being parsed and formatted again.
bool isShortestNumber(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    const bool negative = p < end && *p == u'-';
    if (negative)
        ++p;
    const char16_t *intStart = p;
    while (p < end && *p >= u'0' && *p <= u'9')
        ++p;
    const qsizetype intDigits = p - intStart;
    if (intDigits == 0 || intDigits > 21 || (intDigits > 1 && *intStart == u'0'))
        return false;
    int significant = 0;
    int pendingZeros = 0; // zeros that count only if a nonzero digit follows
    bool seenNonZero = false;
    auto digit = [&](char16_t d) {
        if (d == u'0') {
            if (seenNonZero)
                ++pendingZeros;
            return;
        }
        significant += pendingZeros + 1;
        pendingZeros = 0;
        seenNonZero = true;
    };
    for (const char16_t *q = intStart; q < p; ++q)
        digit(*q);
    if (p < end) {
        if (*p != u'.')
            return false;
        ++p;
        const char16_t *fracStart = p;
        while (p < end && *p >= u'0' && *p <= u'9')
            ++p;
        if (p != end || p == fracStart || *(p - 1) == u'0')
            return false;
        if (*intStart == u'0') {
            // 0.000001 is plain, 0.0000001 is "1e-7".
            const char16_t *q = fracStart;
            while (*q == u'0')
                ++q;
            if (q - fracStart > 5)
                return false;
        }
        for (const char16_t *q = fracStart; q < p; ++q)
            digit(*q);
    }
    if (negative && !seenNonZero)
        return false; // "-0" reads as "0"
    return significant <= 15;
}

void appendLatin1(QByteArray &out, QStringView ascii)
{
    const qsizetype start = out.size();
    out.resize(start + ascii.size());
    char *p = out.data() + start;
    for (QChar c : ascii)
        *p++ = char(c.unicode());
}

// What a number's style makes of it.
enum class NumberKind : quint8 { Number, Date, DateTime, Time, Elapsed };

NumberKind builtinFormatKind(int id)
{
    if (id >= 14 && id <= 17)
        return NumberKind::Date;
    if ((id >= 18 && id <= 21) || id == 45 || id == 47)
        return NumberKind::Time;
    if (id == 22)
        return NumberKind::DateTime;
    if (id == 46)
        return NumberKind::Elapsed;
    return NumberKind::Number;
}

// Classifies a custom number format code by its first section (the one positive numbers, and
// so dates, are shown with). Quoted text, backslash-escaped characters, the characters after
// '_' and '*', and bracketed colours, conditions and locales ([Red], [<100], [$-409]) are not
// tokens. y, d and m (month) are date tokens; h, s, m (minute) and AM/PM or A/P are time
// tokens; m is a minute when it follows an h or precedes an s, as Excel reads it. [h], [m] and
// [s] are elapsed time.
NumberKind customFormatKind(QStringView code)
{
    enum Token : char { Year = 'y', Day = 'd', Month = 'm', Hour = 'h', Second = 's' };
    QList<char> tokens;
    bool elapsed = false;
    bool ampm = false;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = code.at(i).toLower().unicode();
        switch (c) {
        case u';':
            i = n;
            break;
        case u'"': {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? n : close;
            break;
        }
        case u'\\':
        case u'_':
        case u'*':
            ++i;
            break;
        case u'[': {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QString inside
                = code.mid(i + 1, (close < 0 ? n : close) - i - 1).toString().toLower();
            if (!inside.isEmpty() && inside.count(u'h') == inside.size()) {
                elapsed = true;
                tokens.append(Hour);
            } else if (!inside.isEmpty() && inside.count(u'm') == inside.size()) {
                elapsed = true;
                tokens.append('M'); // a minute
            } else if (!inside.isEmpty() && inside.count(u's') == inside.size()) {
                elapsed = true;
                tokens.append(Second);
            }
            i = close < 0 ? n : close;
            break;
        }
        case u'y':
        case u'd':
        case u'm':
        case u'h':
        case u's':
            if (tokens.isEmpty() || tokens.last() != char(c) || code.at(i - 1).toLower() != c)
                tokens.append(char(c));
            break;
        case u'a':
            if (code.mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0) {
                ampm = true;
                i += 4;
            } else if (code.mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0) {
                ampm = true;
                i += 2;
            }
            break;
        default:
            break;
        }
    }
    bool hasDate = false;
    bool hasTime = ampm;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        switch (tokens.at(i)) {
        case Year:
        case Day:
            hasDate = true;
            break;
        case Month: {
            const bool minute = (i > 0 && tokens.at(i - 1) == Hour)
                                || (i + 1 < tokens.size() && tokens.at(i + 1) == Second);
            (minute ? hasTime : hasDate) = true;
            break;
        }
        default: // hours, seconds, elapsed minutes
            hasTime = true;
            break;
        }
    }
    if (elapsed)
        return NumberKind::Elapsed;
    if (hasDate && hasTime)
        return NumberKind::DateTime;
    if (hasDate)
        return NumberKind::Date;
    if (hasTime)
        return NumberKind::Time;
    return NumberKind::Number;
}

// A duration as hours (not wrapped at 24), minutes and seconds: "36:00:00", "-00:30:00.500".
QByteArray formatElapsed(double serial)
{
    const qint64 totalMs = std::llround(std::abs(serial) * double(MsPerDay));
    QByteArray out;
    if (serial < 0 && totalMs != 0)
        out.append('-');
    out.append(QByteArray::number(totalMs / 3600000).rightJustified(2, '0'));
    out.append(':');
    out.append(QByteArray::number(totalMs / 60000 % 60).rightJustified(2, '0'));
    out.append(':');
    out.append(QByteArray::number(totalMs / 1000 % 60).rightJustified(2, '0'));
    if (totalMs % 1000 != 0) {
        out.append('.');
        out.append(QByteArray::number(totalMs % 1000).rightJustified(3, '0'));
    }
    return out;
}

// A date-formatted number as text. The format never hides part of the value: a date format
// on a number with a time of day reads as a date and time, and so does a time format on a
// number of a day or more. Numbers outside the calendar (negative, past 9999) read as numbers.
QByteArray formatDateNumber(double serial, NumberKind kind, bool date1904)
{
    if (kind == NumberKind::Elapsed)
        return std::abs(serial) < 1e9 ? formatElapsed(serial) : formatNumber(serial);
    DateTimeKind dateKind = DateTimeKind::DateTime;
    if (serial >= 0 && serial < 1e7) {
        const qint64 totalMs = std::llround(serial * double(MsPerDay));
        if (kind == NumberKind::Date && totalMs % MsPerDay == 0)
            dateKind = DateTimeKind::Date;
        else if (kind == NumberKind::Time && totalMs < MsPerDay)
            dateKind = DateTimeKind::Time;
    }
    QByteArray text = formatSerialDate(serial, dateKind, date1904);
    return text.isEmpty() ? formatNumber(serial) : text;
}

// The zip package: its members, found by name without regard to case (OPC part names are
// case-insensitive; zip names are not).
class Package
{
public:
    bool open(QIODevice *raw, QString *error);
    QString member(const QString &name) const { return m_names.value(name.toLower()); }
    qint64 size(const QString &member) const { return m_sizes.value(member, -1); }
    // The member opened, or null with *error set.
    std::unique_ptr<ArchiveDevice> openMember(const QString &member, QString *error) const;

private:
    QIODevice *m_raw = nullptr;
    QHash<QString, QString> m_names; // lower-case name → name in the zip
    QHash<QString, qint64> m_sizes;
};

bool Package::open(QIODevice *raw, QString *error)
{
    m_raw = raw;
    if (!raw || !raw->isOpen()) {
        *error = QStringLiteral("the file is not open");
        return false;
    }
    // An encrypted .xlsx, like an old .xls, is an OLE2 compound file, not a zip.
    if (raw->seek(0) && raw->peek(8) == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        *error = QStringLiteral("not an .xlsx workbook: an encrypted workbook or an old .xls "
                                "file (OLE2 compound document)");
        return false;
    }
    QString zipError;
    const QList<ArchiveMember> members = listZipMembers(raw, &zipError);
    if (members.isEmpty()) {
        *error = zipError.isEmpty() ? QStringLiteral("not an .xlsx workbook: an empty zip archive")
                                    : QStringLiteral("not an .xlsx workbook: %1").arg(zipError);
        return false;
    }
    for (const ArchiveMember &m : members) {
        m_names.insert(m.name.toLower(), m.name);
        m_sizes.insert(m.name, m.size);
    }
    if (member(WorkbookMember).isEmpty()) {
        *error = QStringLiteral("not an .xlsx workbook: the zip archive has no xl/workbook.xml");
        return false;
    }
    return true;
}

std::unique_ptr<ArchiveDevice> Package::openMember(const QString &member, QString *error) const
{
    auto device = std::make_unique<ArchiveDevice>(m_raw, member);
    if (!device->open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(member, device->errorString());
        return nullptr;
    }
    return device;
}

QString xmlError(const QString &member, const QXmlStreamReader &xml, const ArchiveDevice &device)
{
    if (device.hasError())
        return QStringLiteral("cannot read %1: %2").arg(member, device.errorString());
    return QStringLiteral("corrupt %1: %2 (line %3)")
        .arg(member, xml.errorString())
        .arg(xml.lineNumber());
}

// What the workbook part says: its sheets and where its other parts are.
struct Workbook
{
    struct Sheet
    {
        QString name;
        QString member; // empty when its relationship is missing
    };
    QList<Sheet> sheets;
    bool date1904 = false;
    QString sharedStrings; // members; empty when the workbook has none
    QString styles;

    bool read(const Package &package, QString *error);
    const Sheet *find(const QString &name) const;
};

// A relationship target as a member name: relative to xl/, or absolute from the package root.
QString resolveTarget(QStringView target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    if (decoded.startsWith(u'/'))
        return QDir::cleanPath(decoded.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + decoded);
}

bool Workbook::read(const Package &package, QString *error)
{
    QHash<QString, QString> worksheets; // relationship id → member (empty: missing)
    QSet<QString> otherSheets;
    if (const QString relsMember = package.member(WorkbookRelsMember); !relsMember.isEmpty()) {
        std::unique_ptr<ArchiveDevice> device = package.openMember(relsMember, error);
        if (!device)
            return false;
        QXmlStreamReader xml(device.get());
        xml.setNamespaceProcessing(false);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement
                || localName(xml.name()) != u"Relationship")
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attribute(attributes, u"TargetMode") == u"External")
                continue;
            const QStringView type = attribute(attributes, u"Type");
            const QString member = package.member(resolveTarget(attribute(attributes, u"Target")));
            if (type.endsWith(u"/worksheet"))
                worksheets.insert(attribute(attributes, u"Id").toString(), member);
            else if (type.endsWith(u"sheet")) // chartsheet, dialogsheet, xlMacrosheet
                otherSheets.insert(attribute(attributes, u"Id").toString());
            else if (type.endsWith(u"/sharedStrings"))
                sharedStrings = member;
            else if (type.endsWith(u"/styles"))
                styles = member;
        }
        if (xml.hasError()) {
            *error = xmlError(relsMember, xml, *device);
            return false;
        }
    }
    if (sharedStrings.isEmpty())
        sharedStrings = package.member(QStringLiteral("xl/sharedStrings.xml"));
    if (styles.isEmpty())
        styles = package.member(QStringLiteral("xl/styles.xml"));

    const QString workbookMember = package.member(WorkbookMember);
    std::unique_ptr<ArchiveDevice> device = package.openMember(workbookMember, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    xml.setNamespaceProcessing(false);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = localName(xml.name());
        if (name == u"extLst" || name == u"AlternateContent") {
            // Extensions: x14:workbookPr there is not the workbook's workbookPr.
            xml.skipCurrentElement();
        } else if (name == u"workbookPr") {
            date1904 = xsdTrue(attribute(xml.attributes(), u"date1904"));
        } else if (name == u"sheet") {
            const QXmlStreamAttributes attributes = xml.attributes();
            // r:id; "id" without a prefix would be some other attribute.
            QString id;
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.qualifiedName().contains(u':') && localName(a.qualifiedName()) == u"id")
                    id = a.value().toString();
            }
            // Chart sheets and dialog sheets have no cells: not listed. A sheet whose
            // relationship or part is missing is listed, and refused when opened.
            if (!otherSheets.contains(id))
                sheets.append({attribute(attributes, u"name").toString(), worksheets.value(id)});
        }
    }
    if (xml.hasError()) {
        *error = xmlError(workbookMember, xml, *device);
        return false;
    }
    return true;
}

const Workbook::Sheet *Workbook::find(const QString &name) const
{
    for (const Sheet &sheet : sheets) {
        if (sheet.name == name)
            return &sheet;
    }
    for (const Sheet &sheet : sheets) {
        if (sheet.name.compare(name, Qt::CaseInsensitive) == 0)
            return &sheet;
    }
    return nullptr;
}

// The shared string table, as one UTF-8 pool: the only table kept in memory.
class SharedStrings
{
public:
    bool read(const Package &package, const QString &member, QString *error);
    qsizetype size() const { return m_ends.size(); }
    QByteArrayView at(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : m_ends.at(i - 1);
        return QByteArrayView(m_pool.constData() + begin, m_ends.at(i) - begin);
    }

private:
    QByteArray m_pool;
    QList<qsizetype> m_ends;
};

bool SharedStrings::read(const Package &package, const QString &member, QString *error)
{
    std::unique_ptr<ArchiveDevice> device = package.openMember(member, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    xml.setNamespaceProcessing(false);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = localName(xml.name());
        if (name == u"sst") {
            const qint64 count = parseIndex(attribute(xml.attributes(), u"uniqueCount"));
            // A hint only, and the file's word: not trusted with more than 8 MiB.
            if (count > 0)
                m_ends.reserve(qsizetype(std::min<qint64>(count, 1 << 20)));
        } else if (name == u"si") {
            text.truncate(0);
            if (!appendStringItem(xml, text))
                break;
            decodeEscapes(text);
            appendUtf8(m_pool, text);
            m_ends.append(m_pool.size());
        }
    }
    if (xml.hasError()) {
        *error = xmlError(member, xml, *device);
        return false;
    }
    m_pool.squeeze();
    m_ends.squeeze();
    return true;
}

// The number kind of each cell style (cellXfs, by index).
bool readStyles(const Package &package,
                const QString &member,
                QList<NumberKind> *kinds,
                QString *error)
{
    std::unique_ptr<ArchiveDevice> device = package.openMember(member, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    xml.setNamespaceProcessing(false);
    QHash<int, QString> customFormats;
    QList<int> formatIds;
    QStringView section; // numFmts or cellXfs while inside one
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (localName(xml.name()) == section)
                section = {};
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = localName(xml.name());
        if (name == u"extLst") {
            xml.skipCurrentElement();
        } else if (name == u"numFmts") {
            section = u"numFmts";
        } else if (name == u"cellXfs") {
            section = u"cellXfs";
        } else if (name == u"numFmt" && section == u"numFmts") {
            const QXmlStreamAttributes attributes = xml.attributes();
            customFormats.insert(int(parseIndex(attribute(attributes, u"numFmtId"))),
                                 attribute(attributes, u"formatCode").toString());
        } else if (name == u"xf" && section == u"cellXfs") {
            formatIds.append(int(parseIndex(attribute(xml.attributes(), u"numFmtId"))));
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = xmlError(member, xml, *device);
        return false;
    }
    kinds->clear();
    kinds->reserve(formatIds.size());
    for (int id : std::as_const(formatIds)) {
        const auto custom = customFormats.constFind(id);
        kinds->append(custom != customFormats.cend() ? customFormatKind(*custom)
                                                     : builtinFormatKind(id));
    }
    return true;
}

// The rows the sheet's <dimension> gives (its last row), read from the sheet's start: 0 when
// sheetData has no row, -1 when there is no dimension or it is contradicted by the first row.
qint64 sheetRows(const Package &package, const QString &member)
{
    QString error;
    std::unique_ptr<ArchiveDevice> device = package.openMember(member, &error);
    if (!device)
        return -1;
    QXmlStreamReader xml(device.get());
    xml.setNamespaceProcessing(false);
    qint64 lastRow = -1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && localName(xml.name()) == u"sheetData")
            return 0;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = localName(xml.name());
        if (name == u"dimension") {
            const QStringView ref = attribute(xml.attributes(), u"ref");
            const QStringView last = ref.mid(ref.lastIndexOf(u':') + 1);
            qsizetype digits = last.size();
            while (digits > 0 && last.at(digits - 1).isDigit())
                --digits;
            lastRow = parseIndex(last.mid(digits));
            if (lastRow > MaxRowsListed)
                lastRow = -1;
        } else if (name == u"row") {
            const qint64 first = parseIndex(attribute(xml.attributes(), u"r"));
            return first > lastRow ? -1 : lastRow;
        }
    }
    return -1;
}

// One sheet's records.
class XlsxSheetSource final : public RecordSource
{
public:
    XlsxSheetSource(QString sheet,
                    std::unique_ptr<ArchiveDevice> device,
                    SharedStrings strings,
                    QList<NumberKind> styles,
                    bool date1904,
                    int skipRows);

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
    enum class Read { Row, End, Failed };
    enum class CellType : quint8 { Number, Shared, Inline, Formula, Boolean, Error, Date };

    void readHeader();
    bool findSheetData();
    Read readRow(CsvRecord &record);
    bool readCell(CsvRecord &record);
    void appendValue(CsvRecord &record, int column, CellType type, int style);
    static void rowError(CsvRecord &record, int column, const QString &message);
    Read fail();
    static void fillRaw(CsvRecord &record);
    static CellType cellType(QStringView t);

    QString m_sheet;
    std::unique_ptr<ArchiveDevice> m_device;
    QXmlStreamReader m_xml;
    SharedStrings m_strings;
    QList<NumberKind> m_styles;
    bool m_date1904;
    int m_skipRows;

    bool m_headerRead = false;
    bool m_finished = false;
    QStringList m_header;
    int m_width = 0; // the header's columns
    QString m_error;
    QString m_headerError;
    qint64 m_number = 0;

    // The row being read.
    qint64 m_row = 0;
    bool m_inRow = false;
    int m_column = 0;       // the last cell's column
    int m_lastNonEmpty = 0; // the last non-empty cell's column
    QString m_value;        // the cell's text, reused
    CsvRecord m_headerRecord;
};

XlsxSheetSource::XlsxSheetSource(QString sheet,
                                 std::unique_ptr<ArchiveDevice> device,
                                 SharedStrings strings,
                                 QList<NumberKind> styles,
                                 bool date1904,
                                 int skipRows)
    : m_sheet(std::move(sheet))
    , m_device(std::move(device))
    , m_xml(m_device.get())
    , m_strings(std::move(strings))
    , m_styles(std::move(styles))
    , m_date1904(date1904)
    , m_skipRows(std::max(skipRows, 0))
{
    m_xml.setNamespaceProcessing(false);
}

QStringList XlsxSheetSource::rawHeader()
{
    readHeader();
    return m_header;
}

// The header is the first row below the skipped rows (counted as the sheet numbers them) with
// a non-empty cell; empty rows before it are passed over, as blank lines before a CSV header.
void XlsxSheetSource::readHeader()
{
    if (m_headerRead)
        return;
    m_headerRead = true;
    if (!findSheetData()) {
        m_headerError = m_error;
        return;
    }
    for (;;) {
        const Read read = readRow(m_headerRecord);
        if (read == Read::End)
            return;
        if (read == Read::Failed) {
            m_headerError = m_error;
            return;
        }
        if (m_row <= m_skipRows || m_headerRecord.fieldCount() == 0)
            continue;
        if (!m_headerRecord.error.isEmpty()) {
            m_headerError
                = QStringLiteral("header row %1: %2").arg(m_row).arg(m_headerRecord.error);
            m_finished = true;
            return;
        }
        m_width = m_headerRecord.fieldCount();
        m_header = m_headerRecord.fields();
        return;
    }
}

bool XlsxSheetSource::next(CsvRecord &record)
{
    readHeader();
    if (m_header.isEmpty() || !m_headerError.isEmpty())
        return false;
    for (;;) {
        const Read read = readRow(record);
        if (read != Read::Row)
            return false;
        // Entirely empty rows (no row at all in most files, or styled empty cells) are not
        // records.
        if (record.fieldCount() == 0 && record.error.isEmpty())
            continue;
        // Trailing empty cells are not in the file: a row shorter than the header is a
        // full-width record whose missing cells are empty values.
        while (record.fieldCount() < m_width)
            record.ends.append(record.data.size());
        record.line = m_row;
        record.lastLine = m_row;
        record.number = ++m_number;
        fillRaw(record);
        return true;
    }
}

bool XlsxSheetSource::findSheetData()
{
    while (!m_xml.atEnd()) {
        if (m_xml.readNext() == QXmlStreamReader::StartElement
            && localName(m_xml.name()) == u"sheetData")
            return true;
    }
    if (m_xml.hasError() || m_device->hasError()) {
        fail();
        return false;
    }
    m_finished = true; // a sheet without sheetData has no rows
    return true;
}

XlsxSheetSource::Read XlsxSheetSource::fail()
{
    m_finished = true;
    const QString where = m_inRow     ? QStringLiteral("in row %1").arg(m_row)
                          : m_row > 0 ? QStringLiteral("after row %1").arg(m_row)
                                      : QStringLiteral("before its first row");
    if (m_device->hasError()) {
        m_error = QStringLiteral("sheet %1 cannot be read %2: %3")
                      .arg(m_sheet, where, m_device->errorString());
    } else if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        m_error = QStringLiteral("sheet %1 ends early %2: its XML is cut short (a truncated "
                                 "workbook?)")
                      .arg(m_sheet, where);
    } else {
        m_error = QStringLiteral("sheet %1 has corrupt XML %2: %3")
                      .arg(m_sheet, where, m_xml.errorString());
    }
    return Read::Failed;
}

// Reads the next <row> into record's fields (error and errorColumn set when a cell is
// rejected); trailing empty cells are dropped (next() pads a data record to the header).
XlsxSheetSource::Read XlsxSheetSource::readRow(CsvRecord &record)
{
    if (m_finished)
        return m_error.isEmpty() ? Read::End : Read::Failed;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (localName(m_xml.name()) == u"row")
                break;
            m_xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement) {
            m_finished = true; // </sheetData>: what follows is not cells
            return Read::End;
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            return fail();
        }
    }
    const qint64 number = parseIndex(attribute(m_xml.attributes(), u"r"));
    m_row = number > 0 ? number : m_row + 1;
    m_inRow = true;
    m_column = 0;
    m_lastNonEmpty = 0;
    record.data.truncate(0);
    record.ends.resize(0);
    record.error.clear();
    record.errorColumn = 0;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (localName(m_xml.name()) == u"c") {
                if (!readCell(record))
                    return fail();
            } else {
                m_xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            break; // </row>
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            return fail();
        }
    }
    m_inRow = false;
    record.ends.resize(m_lastNonEmpty);
    record.data.truncate(m_lastNonEmpty == 0 ? 0 : record.ends.last());
    return Read::Row;
}

XlsxSheetSource::CellType XlsxSheetSource::cellType(QStringView t)
{
    if (t.isEmpty() || t == u"n")
        return CellType::Number;
    if (t == u"s")
        return CellType::Shared;
    if (t == u"inlineStr")
        return CellType::Inline;
    if (t == u"str")
        return CellType::Formula;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    if (t == u"d")
        return CellType::Date;
    return CellType::Formula; // an unknown type: its text as it is
}

// Reads one <c> (its start just read) and appends its text at its column.
bool XlsxSheetSource::readCell(CsvRecord &record)
{
    int column = m_column + 1;
    CellType type = CellType::Number;
    int style = 0;
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        for (const QXmlStreamAttribute &a : attributes) {
            const QStringView name = a.qualifiedName();
            if (name == u"r") {
                column = referenceColumn(a.value());
                if (column == 0) {
                    rowError(record,
                             0,
                             QStringLiteral("cell reference \"%1\" is not valid")
                                 .arg(a.value().left(20)));
                }
            } else if (name == u"t") {
                type = cellType(a.value());
            } else if (name == u"s") {
                style = int(parseIndex(a.value()));
            }
        }
    }
    m_value.truncate(0);
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = localName(m_xml.name());
            if (name == u"v") {
                if (!appendElementText(m_xml, m_value))
                    return false;
            } else if (name == u"is") {
                if (!appendStringItem(m_xml, m_value))
                    return false;
            } else {
                m_xml.skipCurrentElement(); // <f>, <extLst>
            }
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            return false;
        }
    }
    if (column == 0)
        return true;
    if (column <= m_column) {
        rowError(record,
                 column,
                 QStringLiteral("cell %1%2 repeats or comes after a cell to its right")
                     .arg(columnLetters(column))
                     .arg(m_row));
        return true;
    }
    appendValue(record, column, type, style);
    return true;
}

// The first error of a row is the one reported, located at its cell (column 0: the row).
void XlsxSheetSource::rowError(CsvRecord &record, int column, const QString &message)
{
    if (!record.error.isEmpty())
        return;
    record.error = message;
    record.errorColumn = column;
}

QString cellName(int column, qint64 row)
{
    return columnLetters(column) + QString::number(row);
}

// Appends the cell's text (m_value converted by its type and style) as field `column`, after
// empty fields for the columns skipped before it.
void XlsxSheetSource::appendValue(CsvRecord &record, int column, CellType type, int style)
{
    while (m_column < column - 1) {
        record.ends.append(record.data.size());
        ++m_column;
    }
    m_column = column;
    const qsizetype start = record.data.size();
    if (!m_value.isEmpty()) {
        switch (type) {
        case CellType::Number: {
            const NumberKind kind
                = style >= 0 && style < m_styles.size() ? m_styles.at(style) : NumberKind::Number;
            double value = 0;
            if (kind == NumberKind::Number && isShortestNumber(m_value)) {
                appendLatin1(record.data, m_value);
            } else if (parseDouble(m_value, &value)) {
                record.data.append(kind == NumberKind::Number
                                       ? formatNumber(value)
                                       : formatDateNumber(value, kind, m_date1904));
            } else {
                appendUtf8(record.data, m_value);
                rowError(record,
                         column,
                         QStringLiteral("cell %1 holds \"%2\", which is not a number")
                             .arg(cellName(column, m_row), m_value.left(40)));
            }
            break;
        }
        case CellType::Shared: {
            const qint64 index = parseIndex(m_value);
            if (index >= 0 && index < m_strings.size()) {
                record.data.append(m_strings.at(qsizetype(index)));
            } else {
                rowError(record,
                         column,
                         QStringLiteral("cell %1 refers to shared string %2, but the workbook "
                                        "has %3")
                             .arg(cellName(column, m_row), m_value.left(40))
                             .arg(m_strings.size()));
            }
            break;
        }
        case CellType::Inline:
        case CellType::Formula:
            decodeEscapes(m_value);
            appendUtf8(record.data, m_value);
            break;
        case CellType::Boolean: {
            const QStringView v = QStringView(m_value).trimmed();
            if (v == u"1" || v == u"true" || v == u"0" || v == u"false") {
                record.data.append(formatBoolean(v == u"1" || v == u"true"));
            } else {
                appendUtf8(record.data, m_value);
                rowError(record,
                         column,
                         QStringLiteral("cell %1 holds \"%2\", which is not a boolean")
                             .arg(cellName(column, m_row), m_value.left(40)));
            }
            break;
        }
        case CellType::Error:
        case CellType::Date:
            appendUtf8(record.data, m_value);
            break;
        }
    }
    record.ends.append(record.data.size());
    if (record.data.size() > start) {
        m_lastNonEmpty = column;
        if (m_width > 0 && column > m_width) {
            rowError(record,
                     column,
                     QStringLiteral("cell %1 is outside the header's %2 %3")
                         .arg(cellName(column, m_row))
                         .arg(m_width)
                         .arg(m_width == 1 ? QStringLiteral("column") : QStringLiteral("columns")));
        }
    }
}

// The row's cells as one line of CSV (RFC 4180 quoting), for a rejected record's display.
void XlsxSheetSource::fillRaw(CsvRecord &record)
{
    record.raw.truncate(0);
    for (int i = 0; i < record.fieldCount(); ++i) {
        if (i > 0)
            record.raw.append(',');
        const QByteArrayView field = record.field(i);
        bool quote = false;
        for (char c : field) {
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
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

} // namespace

QList<SheetInfo> xlsxSheets(QIODevice *raw, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    message.clear();
    Package package;
    Workbook workbook;
    if (!package.open(raw, &message) || !workbook.read(package, &message))
        return {};
    QList<SheetInfo> sheets;
    for (const Workbook::Sheet &sheet : std::as_const(workbook.sheets)) {
        SheetInfo info;
        info.name = sheet.name;
        if (!sheet.member.isEmpty()) {
            info.bytes = package.size(sheet.member);
            info.rows = sheetRows(package, sheet.member);
        }
        sheets.append(info);
    }
    if (sheets.isEmpty())
        message = QStringLiteral("the workbook has no worksheet");
    return sheets;
}

std::unique_ptr<RecordSource>
openXlsxSheet(QIODevice *raw, const QString &sheet, int skipRows, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    message.clear();
    Package package;
    Workbook workbook;
    if (!package.open(raw, &message) || !workbook.read(package, &message))
        return nullptr;
    const Workbook::Sheet *found = workbook.find(sheet);
    if (!found) {
        QStringList names;
        for (const Workbook::Sheet &s : std::as_const(workbook.sheets))
            names.append(QLatin1Char('"') + s.name + QLatin1Char('"'));
        message = QStringLiteral("the workbook has no sheet named \"%1\" (its sheets: %2)")
                      .arg(sheet, names.isEmpty() ? QStringLiteral("none") : names.join(u", "));
        return nullptr;
    }
    if (found->member.isEmpty()) {
        message = QStringLiteral("sheet \"%1\" has no part in the workbook").arg(found->name);
        return nullptr;
    }
    SharedStrings strings;
    if (!workbook.sharedStrings.isEmpty()
        && !strings.read(package, workbook.sharedStrings, &message))
        return nullptr;
    QList<NumberKind> styles;
    if (!workbook.styles.isEmpty() && !readStyles(package, workbook.styles, &styles, &message))
        return nullptr;
    std::unique_ptr<ArchiveDevice> device = package.openMember(found->member, &message);
    if (!device)
        return nullptr;
    return std::make_unique<XlsxSheetSource>(found->name,
                                             std::move(device),
                                             std::move(strings),
                                             std::move(styles),
                                             workbook.date1904,
                                             skipRows);
}

} // namespace stevedore
