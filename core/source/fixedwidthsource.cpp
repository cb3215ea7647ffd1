// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "source/fixedwidthsource.h"

#include "csv/csvreader.h"

#include <QBuffer>
#include <QHash>

#include <algorithm>
#include <climits>
#include <map>
#include <optional>

// Reading rules (docs/formats.md is the user-facing version):
// - Lines are read by a CsvReader with no quoting and NUL as the delimiter, so that line ends
//   (LF, CRLF, lone CR), the BOM, every encoding, the record size limit, NUL bytes and invalid
//   bytes (a located reject) are handled exactly as for delimited text. A line is split into
//   fields only at NUL bytes, which reject it anyway; its text is the record's `raw`.
// - Columns are cut from that text (UTF-8) by counting code points, as Python (csvkit) slices
//   a str: a character outside the BMP is one character, not two UTF-16 units.

namespace stevedore {

namespace {

// Where the spec's required columns (and the optional "base") are in its header; -1 if absent.
struct SpecLayout
{
    qsizetype column = -1;
    qsizetype start = -1;
    qsizetype length = -1;
    qsizetype base = -1;
};

// A column as the spec wrote it, for messages that quote it the way the user wrote it.
struct SpecRow
{
    qint64 line = 0;
    qint64 start = 0; // as written, in the row's base
    qint64 length = 0;
};

QString specError(qint64 line, const QString &reason)
{
    return QStringLiteral("spec line %1: %2").arg(line).arg(reason);
}

// Finds the required columns by name (trimmed, case-insensitive). Empty reason when found.
QString findLayout(const QStringList &header, SpecLayout &layout)
{
    const std::pair<QLatin1String, qsizetype *> wanted[] = {
        {QLatin1String("column"), &layout.column},
        {QLatin1String("start"), &layout.start},
        {QLatin1String("length"), &layout.length},
        {QLatin1String("base"), &layout.base},
    };
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        for (const auto &[key, index] : wanted) {
            if (name.compare(key, Qt::CaseInsensitive) != 0)
                continue;
            if (*index >= 0)
                return QStringLiteral("two columns are named \"%1\"").arg(key);
            *index = i;
        }
    }
    for (const auto &[key, index] : wanted) {
        if (*index < 0 && key != QLatin1String("base")) {
            return QStringLiteral("no \"%1\" column (the header needs column, start and length)")
                .arg(key);
        }
    }
    return {};
}

// A whole number 0..INT_MAX as Python's int() reads it (spaces around it allowed), for the
// spec's start, length and base. Empty reason when it is one.
QString readNumber(const CsvRecord &row, qsizetype index, const char *what, qint64 &value)
{
    const QString text = row.fieldString(int(index)).trimmed();
    bool ok = false;
    value = text.toLongLong(&ok);
    if (!ok)
        return QStringLiteral("%1 \"%2\" is not a whole number").arg(QLatin1String(what), text);
    if (value < 0)
        return QStringLiteral("%1 %2 is negative").arg(QLatin1String(what)).arg(value);
    if (value > INT_MAX)
        return QStringLiteral("%1 %2 is too large").arg(QLatin1String(what)).arg(value);
    return {};
}

// Whether the row's start counts from 1: the row's own base when the spec has that column,
// else csvkit's rule, decided once by the first row. Empty reason when it can tell.
QString readBase(const CsvRecord &row,
                 const SpecLayout &layout,
                 qint64 start,
                 std::optional<bool> &oneBased,
                 bool &rowOneBased)
{
    if (layout.base < 0) {
        if (!oneBased)
            oneBased = start == 1;
        rowOneBased = *oneBased;
        return {};
    }
    qint64 base = 0;
    if (!readNumber(row, layout.base, "base", base).isEmpty() || base > 1) {
        return QStringLiteral("base \"%1\" is neither 0 nor 1")
            .arg(row.fieldString(int(layout.base)).trimmed());
    }
    rowOneBased = base == 1;
    return {};
}

// Reads one row of the spec into column (0-based). oneBased is decided by the first row
// (csvkit's rule) unless the row has a base of its own. Empty reason when the row is valid.
QString readRow(const CsvRecord &row,
                const SpecLayout &layout,
                std::optional<bool> &oneBased,
                FixedColumn &column,
                SpecRow &written)
{
    if (!row.error.isEmpty())
        return row.error;
    column.name = row.fieldString(int(layout.column));
    if (column.name.trimmed().isEmpty())
        return QStringLiteral("empty column name");
    written.line = row.line;
    if (QString why = readNumber(row, layout.start, "start", written.start); !why.isEmpty())
        return why;
    if (QString why = readNumber(row, layout.length, "length", written.length); !why.isEmpty())
        return why;
    if (written.length == 0)
        return QStringLiteral("length 0 (a column needs at least one character)");
    bool rowOneBased = false;
    if (QString why = readBase(row, layout, written.start, oneBased, rowOneBased); !why.isEmpty())
        return why;
    if (rowOneBased && written.start == 0)
        return QStringLiteral("start 0 in a 1-based spec (the first column starts at 1)");
    column.start = int(written.start - (rowOneBased ? 1 : 0));
    column.length = int(written.length);
    if (qint64(column.start) + column.length > INT_MAX)
        return QStringLiteral("the column ends past character %1").arg(INT_MAX);
    return {};
}

QString describe(const FixedColumn &column, const SpecRow &written)
{
    return QStringLiteral("\"%1\" (start %2, length %3)")
        .arg(column.name)
        .arg(written.start)
        .arg(written.length);
}

// The columns of a spec read so far, to refuse one that shares a character with them or
// repeats a name (compared without case, as uniqueHeader() does).
struct SpecColumns
{
    QList<std::pair<FixedColumn, SpecRow>> rows;
    QHash<QString, qsizetype> byName; // case-folded name -> index in rows
    std::map<int, qsizetype> byStart; // start -> index in rows; never overlapping
};

QString
overlap(const SpecColumns &spec, const FixedColumn &column, const SpecRow &written, qsizetype other)
{
    const auto &[otherColumn, otherWritten] = spec.rows.at(other);
    return QStringLiteral("column %1 overlaps column %2 on spec line %3")
        .arg(describe(column, written), describe(otherColumn, otherWritten))
        .arg(otherWritten.line);
}

// Adds the column unless it overlaps one before it or repeats a name: the reason then.
QString addColumn(SpecColumns &spec, const FixedColumn &column, const SpecRow &written)
{
    const QString key = column.name.toCaseFolded();
    if (const auto it = spec.byName.constFind(key); it != spec.byName.constEnd()) {
        return QStringLiteral("column name \"%1\" is already used on spec line %2")
            .arg(column.name)
            .arg(spec.rows.at(*it).second.line);
    }
    // Sorted by start and never overlapping: only the neighbours can overlap the new column.
    const auto after = spec.byStart.lower_bound(column.start);
    if (after != spec.byStart.end() && after->first < column.start + column.length)
        return overlap(spec, column, written, after->second);
    if (after != spec.byStart.begin()) {
        const qsizetype before = std::prev(after)->second;
        const FixedColumn &other = spec.rows.at(before).first;
        if (other.start + other.length > column.start)
            return overlap(spec, column, written, before);
    }
    spec.byName.insert(key, spec.rows.size());
    spec.byStart.emplace(column.start, spec.rows.size());
    spec.rows.append({column, written});
    return {};
}

// A field of the spec CSV, quoted when it must be.
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n')
        && !bytes.contains('\r')) {
        return bytes;
    }
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

// Fields are trimmed of these: the padding of fixed-width text. csvkit strips all Unicode
// white space; a no-break space or other control is kept here, as data.
bool isPadding(char c)
{
    return c == ' ' || c == '\t';
}

// The records of fixed-width text (see openFixedWidthSource()).
class FixedWidthSource final : public RecordSource
{
public:
    FixedWidthSource(QIODevice *content, const QList<FixedColumn> &columns, TextEncoding encoding)
        : m_lines(content, Dialect{'\0', '\0', false, encoding, 1.0})
        , m_columns(columns)
    {
        m_headerError = checkColumns();
        if (m_headerError.isEmpty())
            planCuts();
    }

    QStringList rawHeader() override
    {
        if (!m_headerError.isEmpty() || !start())
            return {};
        QStringList names;
        names.reserve(m_columns.size());
        for (const FixedColumn &column : std::as_const(m_columns))
            names.append(column.name);
        return names;
    }

    bool next(CsvRecord &record) override
    {
        if (!m_headerError.isEmpty())
            return false;
        start();
        if (m_peeked) {
            m_peeked = false;
        } else if (!readLine()) {
            return false;
        }
        cut(record);
        return true;
    }

    QString errorString() const override { return m_lines.errorString(); }
    QString headerError() const override { return m_headerError; }
    qint64 bytesRead() const override { return m_lines.bytesRead(); }

private:
    // Columns given directly (not through parseFixedSpec) are checked for what would make the
    // cut meaningless; overlapping columns are allowed, each gets its characters.
    QString checkColumns() const
    {
        if (m_columns.isEmpty())
            return QStringLiteral("no columns are defined for the fixed-width text");
        for (const FixedColumn &column : m_columns) {
            if (column.start < 0 || column.length < 1
                || qint64(column.start) + column.length > INT_MAX) {
                return QStringLiteral("column \"%1\" (start %2, length %3) is not a range of "
                                      "characters")
                    .arg(column.name)
                    .arg(column.start)
                    .arg(column.length);
            }
        }
        return {};
    }

    // Every column's start and end as an index into m_boundaries, the sorted character
    // positions where a column starts or ends: one pass over a line finds them all.
    void planCuts()
    {
        for (const FixedColumn &column : std::as_const(m_columns)) {
            m_boundaries.append(column.start);
            m_boundaries.append(column.start + column.length);
        }
        std::sort(m_boundaries.begin(), m_boundaries.end());
        m_boundaries.erase(std::unique(m_boundaries.begin(), m_boundaries.end()),
                           m_boundaries.end());
        const auto indexOf = [this](int position) {
            return qsizetype(std::lower_bound(m_boundaries.cbegin(), m_boundaries.cend(), position)
                             - m_boundaries.cbegin());
        };
        for (const FixedColumn &column : std::as_const(m_columns))
            m_cuts.append({indexOf(column.start), indexOf(column.start + column.length)});
        m_offsets.resize(m_boundaries.size());
    }

    // Reads the first line ahead, so that the header can be empty for a file with no record.
    bool start()
    {
        if (!m_started) {
            m_started = true;
            m_peeked = readLine();
            m_empty = !m_peeked;
        }
        return !m_empty;
    }

    // The next line that is not empty into m_line.
    bool readLine()
    {
        do {
            if (!m_lines.next(m_line))
                return false;
        } while (m_line.raw.isEmpty() && m_line.error.isEmpty());
        if (m_firstFieldCount == 0)
            m_firstFieldCount = m_line.fieldCount();
        dropFieldCountError();
        return true;
    }

    // The reader compares each line's field count with the first line's; fields here are
    // split at NUL bytes only, which are flagged on their own, so that comparison says nothing
    // (and, after a first line holding a NUL, would reject every good line).
    void dropFieldCountError()
    {
        if (m_line.fieldCount() == m_firstFieldCount)
            return;
        const QString clause = QStringLiteral("expected %1 fields, found %2")
                                   .arg(m_firstFieldCount)
                                   .arg(m_line.fieldCount());
        if (m_line.error == clause)
            m_line.error.clear();
        else if (m_line.error.endsWith(QLatin1String("; ") + clause))
            m_line.error.chop(clause.size() + 2);
    }

    // Byte offsets in the line's text of every boundary; a line too short for one gives its end.
    void locateBoundaries(const QByteArray &text)
    {
        const char *const data = text.constData();
        const qsizetype size = text.size();
        qsizetype at = 0;
        qint64 characters = 0;
        for (qsizetype i = 0; i < m_boundaries.size(); ++i) {
            while (characters < m_boundaries.at(i) && at < size) {
                ++at;
                while (at < size && (uchar(data[at]) & 0xC0) == 0x80)
                    ++at; // a UTF-8 continuation byte: the same character
                ++characters;
            }
            m_offsets[i] = at;
        }
    }

    void cut(CsvRecord &record)
    {
        locateBoundaries(m_line.raw);
        const char *const text = m_line.raw.constData();
        record.data.resize(0);
        record.ends.clear();
        for (const auto &[first, last] : std::as_const(m_cuts)) {
            qsizetype begin = m_offsets.at(first);
            qsizetype end = m_offsets.at(last);
            while (begin < end && isPadding(text[begin]))
                ++begin;
            while (end > begin && isPadding(text[end - 1]))
                --end;
            record.data.append(text + begin, end - begin);
            record.ends.append(record.data.size());
        }
        record.line = m_line.line;
        record.lastLine = m_line.lastLine;
        record.number = ++m_number;
        record.error = m_line.error;
        std::swap(record.raw, m_line.raw); // the caller's old buffer is reused for the next line
    }

    CsvReader m_lines;
    QList<FixedColumn> m_columns;
    QString m_headerError;
    QList<int> m_boundaries;
    QList<std::pair<qsizetype, qsizetype>> m_cuts; // per column: indices into m_boundaries
    QList<qsizetype> m_offsets;                    // per line: m_boundaries as byte offsets
    CsvRecord m_line;
    qsizetype m_firstFieldCount = 0;
    qint64 m_number = 0;
    bool m_started = false;
    bool m_peeked = false;
    bool m_empty = false;
};

} // namespace

QList<FixedColumn> parseFixedSpec(const QByteArray &csv, QString *error)
{
    QString why;
    const auto fail = [&](qint64 line, const QString &reason) {
        if (error)
            *error = specError(line, reason);
        return QList<FixedColumn>();
    };
    QByteArray bytes = csv; // QBuffer needs a non-const array; this shares, never copies
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, Dialect{});
    const QStringList header = reader.rawHeader();
    if (!reader.headerError().isEmpty())
        return fail(1, reader.headerError());
    if (header.isEmpty())
        return fail(1, QStringLiteral("empty (expected the header column,start,length)"));
    SpecLayout layout;
    if (why = findLayout(header, layout); !why.isEmpty())
        return fail(1, why);

    QList<FixedColumn> columns;
    SpecColumns spec;
    std::optional<bool> oneBased;
    CsvRecord row;
    qint64 lastLine = 1;
    while (reader.next(row)) {
        FixedColumn column;
        SpecRow written;
        if (why = readRow(row, layout, oneBased, column, written); !why.isEmpty())
            return fail(row.line, why);
        if (why = addColumn(spec, column, written); !why.isEmpty())
            return fail(row.line, why);
        columns.append(column);
        lastLine = row.lastLine;
    }
    if (columns.isEmpty())
        return fail(lastLine + 1, QStringLiteral("no columns below the header"));
    if (error)
        error->clear();
    return columns;
}

QByteArray fixedSpecToCsv(const QList<FixedColumn> &columns)
{
    // csvkit's rule would read a first start of 1 as 1-based; the base column says it is not.
    const bool needsBase = !columns.isEmpty() && columns.first().start == 1;
    QByteArray csv = needsBase ? "column,start,length,base\n" : "column,start,length\n";
    for (const FixedColumn &column : columns) {
        csv += csvField(column.name) + ',' + QByteArray::number(column.start) + ','
               + QByteArray::number(column.length) + (needsBase ? ",0\n" : "\n");
    }
    return csv;
}

QList<FixedColumn>
columnsFromBoundaries(const QList<int> &boundaries, int lineLength, const QStringList &names)
{
    if (lineLength <= 0)
        return {};
    QList<int> cuts;
    for (const int boundary : boundaries) {
        if (boundary > 0 && boundary < lineLength)
            cuts.append(boundary);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.append(lineLength);

    QStringList given;
    for (qsizetype i = 0; i < cuts.size(); ++i) {
        const QString name = i < names.size() ? names.at(i) : QString();
        given.append(name.trimmed().isEmpty() ? QString() : name);
    }
    const QStringList unique = uniqueHeader(given);
    QList<FixedColumn> columns;
    int start = 0;
    for (qsizetype i = 0; i < cuts.size(); ++i) {
        columns.append({unique.at(i), start, cuts.at(i) - start});
        start = cuts.at(i);
    }
    return columns;
}

std::unique_ptr<RecordSource>
openFixedWidthSource(QIODevice *content, const QList<FixedColumn> &columns, TextEncoding encoding)
{
    return std::make_unique<FixedWidthSource>(content, columns, encoding);
}

} // namespace stevedore
