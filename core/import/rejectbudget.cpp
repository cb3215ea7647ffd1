// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "import/rejectbudget.h"

#include <QLocale>

namespace stevedore {

RejectBudget RejectBudget::count(qint64 maxRejects)
{
    RejectBudget budget;
    budget.m_kind = Kind::Count;
    budget.m_count = std::max<qint64>(0, maxRejects);
    return budget;
}

RejectBudget RejectBudget::percent(double maxPercent)
{
    RejectBudget budget;
    budget.m_kind = Kind::Percent;
    budget.m_percent = std::clamp(maxPercent, 0.0, 100.0);
    return budget;
}

std::optional<RejectBudget> RejectBudget::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return RejectBudget();
    bool ok = false;
    if (trimmed.endsWith(QLatin1Char('%'))) {
        const double value = QLocale::c().toDouble(trimmed.chopped(1).trimmed(), &ok);
        if (ok && value >= 0 && value <= 100)
            return percent(value);
    } else {
        const qint64 value = trimmed.toLongLong(&ok);
        if (ok && value >= 0)
            return count(value);
    }
    if (error)
        *error = QStringLiteral("'%1' is not a number of rejects (0 or more) nor a share "
                                "(0% to 100%)")
                     .arg(text);
    return std::nullopt;
}

bool RejectBudget::exceeded(qint64 rejected, qint64 read) const
{
    switch (m_kind) {
    case Kind::None:
        return false;
    case Kind::Count:
        return rejected > m_count;
    case Kind::Percent:
        // rejected / read > percent / 100, without dividing by a read of 0.
        return read > 0 && double(rejected) * 100.0 > m_percent * double(read);
    }
    return false;
}

QString RejectBudget::toString() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Count:
        return QString::number(m_count);
    case Kind::Percent:
        return QLocale::c().toString(m_percent, 'g', 6) + QLatin1Char('%');
    }
    return {};
}

QString RejectBudget::describe() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Count:
        return m_count == 1 ? QStringLiteral("1 reject")
                            : QStringLiteral("%1 rejects").arg(m_count);
    case Kind::Percent:
        return QStringLiteral("%1 % of the records read")
            .arg(QLocale::c().toString(m_percent, 'g', 6));
    }
    return {};
}

} // namespace stevedore
