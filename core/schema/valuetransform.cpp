// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/valuetransform.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace stevedore {

namespace {

struct KindName
{
    ValueTransform::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {ValueTransform::Kind::Trim, "trim"},
    {ValueTransform::Kind::Collapse, "collapse"},
    {ValueTransform::Kind::Upper, "upper"},
    {ValueTransform::Kind::Lower, "lower"},
    {ValueTransform::Kind::NullIf, "null-if"},
    {ValueTransform::Kind::Number, "number"},
    {ValueTransform::Kind::Date, "date"},
    {ValueTransform::Kind::Lookup, "lookup"},
};

const char *const knownTransforms
    = "trim, collapse, upper, lower, null-if[:VALUE|…], number:LOCALE, date:FORMAT[|…] or "
      "lookup:VALUE=REPLACEMENT[|…]";

QString kindName(ValueTransform::Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool hasTimeFields(const QString &format)
{
    return format.contains(QLatin1Char('H')) || format.contains(QLatin1Char('h'))
           || format.contains(QLatin1Char('m')) || format.contains(QLatin1Char('s'));
}

QString isoDateTimeText(const QDateTime &value)
{
    const QTime time = value.time();
    return value.date().toString(Qt::ISODate) + QLatin1Char('T')
           + time.toString(time.msec() ? QStringLiteral("HH:mm:ss.zzz")
                                       : QStringLiteral("HH:mm:ss"));
}

// Splits at each separator not preceded by a backslash; the parts keep their escapes.
QStringList splitUnescaped(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
        } else if (c == separator) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

QString unescaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size())
            ++i;
        out += text.at(i);
    }
    return out;
}

QString escaped(const QString &text, QLatin1StringView specials)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || specials.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// The values of a step's argument: split at '|', unescaped, trimmed, empty ones dropped.
QStringList argumentValues(const QString &argument)
{
    QStringList values;
    for (const QString &part : splitUnescaped(argument, QLatin1Char('|'))) {
        const QString value = unescaped(part).trimmed();
        if (!value.isEmpty())
            values << value;
    }
    return values;
}

QString folded(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8).trimmed().toCaseFolded();
}

bool isAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Separators people type for a locale whose group separator is sep: a locale that groups
// with a (no-break) space is written with any kind of space, and one that groups with a
// typographic apostrophe (de_CH) with a plain one too.
bool isGroupSeparator(QChar c, const QString &sep)
{
    if (sep.size() != 1)
        return false;
    if (c == sep.at(0))
        return true;
    const auto isSpace = [](QChar ch) {
        return ch == QLatin1Char(' ') || ch == QChar(0x00a0) || ch == QChar(0x202f);
    };
    if (isSpace(sep.at(0)))
        return isSpace(c);
    if (sep.at(0) == QChar(0x2019))
        return c == QLatin1Char('\'');
    return false;
}

} // namespace

std::optional<ValueTransform> ValueTransform::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ValueTransform> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ValueTransform transform;
    for (const QString &stepText : splitUnescaped(text, QLatin1Char(';'))) {
        if (stepText.trimmed().isEmpty())
            continue;
        const qsizetype colon = stepText.indexOf(QLatin1Char(':'));
        const QString keyword = (colon < 0 ? stepText : stepText.left(colon)).trimmed().toLower();
        const QString argument = colon < 0 ? QString() : stepText.mid(colon + 1);
        std::optional<Kind> kind;
        for (const KindName &entry : kindNames) {
            if (keyword == QLatin1String(entry.name))
                kind = entry.kind;
        }
        if (!kind)
            return fail(QStringLiteral("unknown transform '%1' (%2)")
                            .arg(stepText.trimmed(), QLatin1String(knownTransforms)));
        Step step{*kind, {}};
        Compiled compiled;
        switch (*kind) {
        case Kind::Trim:
        case Kind::Collapse:
        case Kind::Upper:
        case Kind::Lower:
            if (colon >= 0)
                return fail(QStringLiteral("transform '%1' takes no argument").arg(keyword));
            break;
        case Kind::NullIf:
            step.arguments = argumentValues(argument);
            for (const QString &value :
                 step.arguments.isEmpty() ? defaultNullValues() : step.arguments)
                compiled.nullValues.insert(value.toCaseFolded());
            break;
        case Kind::Number: {
            const QString name = argument.trimmed();
            const QLocale locale(name);
            if (name.isEmpty())
                return fail(QStringLiteral("transform 'number:' needs a locale, e.g. "
                                           "number:de_DE"));
            if (locale.language() == QLocale::C && name.compare(QLatin1String("C")) != 0)
                return fail(QStringLiteral("transform 'number:%1': unknown locale (e.g. "
                                           "de_DE, fr_FR, en_US)")
                                .arg(name));
            step.arguments = {name};
            compiled.decimalPoint = locale.decimalPoint();
            compiled.groupSeparator = locale.groupSeparator();
            compiled.minusSign = locale.negativeSign();
            break;
        }
        case Kind::Date:
            step.arguments = argumentValues(argument);
            if (step.arguments.isEmpty())
                return fail(QStringLiteral("transform 'date:' needs a format, e.g. "
                                           "date:dd/MM/yyyy"));
            break;
        case Kind::Lookup:
            for (const QString &entry : splitUnescaped(argument, QLatin1Char('|'))) {
                if (entry.trimmed().isEmpty())
                    continue;
                const QStringList sides = splitUnescaped(entry, QLatin1Char('='));
                const QString from = unescaped(sides.first()).trimmed();
                if (sides.size() != 2 || from.isEmpty())
                    return fail(QStringLiteral("lookup entry '%1' is not VALUE=REPLACEMENT "
                                               "(escape a literal '=' as '\\=')")
                                    .arg(entry.trimmed()));
                const QString to = unescaped(sides.last()).trimmed();
                const QString key = from.toCaseFolded();
                if (compiled.lookup.contains(key))
                    return fail(QStringLiteral("lookup lists '%1' twice").arg(from));
                compiled.lookup.insert(key, to.toUtf8());
                step.arguments << from << to;
            }
            if (step.arguments.isEmpty())
                return fail(QStringLiteral("transform 'lookup:' needs entries, e.g. "
                                           "lookup:Deutschland=DE|France=FR"));
            break;
        }
        transform.m_steps << step;
        transform.m_compiled << compiled;
    }
    return transform;
}

QString ValueTransform::toString() const
{
    QStringList steps;
    for (const Step &step : m_steps) {
        QString text = kindName(step.kind);
        QStringList arguments;
        if (step.kind == Kind::Lookup) {
            for (qsizetype i = 0; i + 1 < step.arguments.size(); i += 2)
                arguments << escaped(step.arguments[i], QLatin1StringView(";|=")) + QLatin1Char('=')
                                 + escaped(step.arguments[i + 1], QLatin1StringView(";|="));
        } else {
            for (const QString &argument : step.arguments)
                arguments << escaped(argument, QLatin1StringView(";|"));
        }
        if (!arguments.isEmpty())
            text += QLatin1Char(':') + arguments.join(QLatin1Char('|'));
        steps << text;
    }
    return steps.join(QLatin1Char(';'));
}

bool ValueTransform::hasDateStep() const
{
    for (const Step &step : m_steps) {
        if (step.kind == Kind::Date)
            return true;
    }
    return false;
}

QStringList ValueTransform::defaultNullValues()
{
    return {QStringLiteral("NULL"), QStringLiteral("n/a"), QStringLiteral("#N/A")};
}

QStringList ValueTransform::keywords()
{
    QStringList out;
    for (const KindName &entry : kindNames)
        out << QString::fromLatin1(entry.name);
    return out;
}

QByteArray ValueTransform::apply(QByteArrayView utf8, ColumnType target) const
{
    if (m_steps.size() == 1 && m_steps.first().kind == Kind::Trim) {
        QByteArrayView view = utf8;
        while (!view.isEmpty() && isAsciiSpace(view.front()))
            view = view.sliced(1);
        while (!view.isEmpty() && isAsciiSpace(view.back()))
            view.chop(1);
        // Non-ASCII spaces (U+00A0, U+3000…) need the Unicode-aware path.
        if (!view.isEmpty() && (uchar(view.front()) >= 0x80 || uchar(view.back()) >= 0x80))
            return QString::fromUtf8(view).trimmed().toUtf8();
        return view.toByteArray();
    }
    QByteArray value = utf8.toByteArray();
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        value = applyStep(m_steps[i], m_compiled[i], std::move(value), target);
    return value;
}

QByteArray ValueTransform::applyStep(const Step &step,
                                     const Compiled &compiled,
                                     QByteArray value,
                                     ColumnType target) const
{
    switch (step.kind) {
    case Kind::Trim:
        return QString::fromUtf8(value).trimmed().toUtf8();
    case Kind::Collapse:
        return QString::fromUtf8(value).simplified().toUtf8();
    case Kind::Upper:
        return QString::fromUtf8(value).toUpper().toUtf8();
    case Kind::Lower:
        return QString::fromUtf8(value).toLower().toUtf8();
    case Kind::NullIf: {
        const QString key = folded(value);
        return key.isEmpty() || compiled.nullValues.contains(key) ? QByteArray() : value;
    }
    case Kind::Lookup: {
        const auto found = compiled.lookup.constFind(folded(value));
        return found == compiled.lookup.cend() ? value : *found;
    }
    case Kind::Date: {
        const QString text = QString::fromUtf8(value).trimmed();
        for (const QString &format : step.arguments) {
            if (target == ColumnType::DateTime) {
                const QDateTime parsed = QDateTime::fromString(text, format);
                if (parsed.isValid())
                    return isoDateTimeText(parsed).toUtf8();
                continue;
            }
            const QDate parsed = hasTimeFields(format) ? QDateTime::fromString(text, format).date()
                                                       : QDate::fromString(text, format);
            if (parsed.isValid())
                return parsed.toString(Qt::ISODate).toUtf8();
        }
        return value;
    }
    case Kind::Number: {
        const QString text = QString::fromUtf8(value).trimmed();
        QStringView body(text);
        QString out;
        if (!compiled.minusSign.isEmpty() && body.startsWith(compiled.minusSign)) {
            out = QStringLiteral("-");
            body = body.sliced(compiled.minusSign.size());
        } else if (body.startsWith(QLatin1Char('-')) || body.startsWith(QChar(0x2212))) {
            out = QStringLiteral("-");
            body = body.sliced(1);
        } else if (body.startsWith(QLatin1Char('+'))) {
            body = body.sliced(1);
        }
        const qsizetype point = body.indexOf(compiled.decimalPoint);
        const QStringView whole = point < 0 ? body : body.left(point);
        const QStringView fraction
            = point < 0 ? QStringView() : body.sliced(point + compiled.decimalPoint.size());
        // Groups of three after the first (of one to three); ungrouped digits otherwise.
        QList<QStringView> groups;
        qsizetype start = 0;
        for (qsizetype i = 0; i < whole.size(); ++i) {
            if (isGroupSeparator(whole.at(i), compiled.groupSeparator)) {
                groups << whole.sliced(start, i - start);
                start = i + 1;
            }
        }
        groups << whole.sliced(start);
        bool ok = isAsciiDigits(fraction) && (!whole.isEmpty() || !fraction.isEmpty())
                  && (point < 0 || !fraction.isEmpty());
        for (qsizetype g = 0; ok && g < groups.size(); ++g) {
            const qsizetype size = groups[g].size();
            ok = isAsciiDigits(groups[g])
                 && (groups.size() == 1 ? (size > 0 || !fraction.isEmpty())
                     : g == 0           ? (size >= 1 && size <= 3)
                                        : size == 3);
            out += groups[g];
        }
        if (!ok)
            return value;
        if (!fraction.isEmpty()) {
            out += QLatin1Char('.');
            out += fraction;
        }
        return out.toLatin1();
    }
    }
    return value;
}

} // namespace stevedore
