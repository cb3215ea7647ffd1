// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace stevedore {

// How many rejected records an import tolerates (`import --max-rejects N|N%`): a count, or a
// share of the records read so far. An import whose rejects pass it stops at the next batch
// boundary as a failed job (see Importer). Checked once a batch is committed, and inside the
// last batch's transaction, so that a file over its budget is never marked imported.
class RejectBudget
{
public:
    RejectBudget() = default; // no budget: every reject is tolerated
    static RejectBudget count(qint64 maxRejects);
    static RejectBudget percent(double maxPercent);
    // "N" (a count, 0 or more) or "N%" (0 to 100, decimals allowed, "2.5%"); nothing (with
    // *error set) for anything else. An empty text is no budget.
    static std::optional<RejectBudget> parse(const QString &text, QString *error = nullptr);

    bool isSet() const { return m_kind != Kind::None; }
    bool isPercent() const { return m_kind == Kind::Percent; }
    qint64 maxCount() const { return m_count; }
    double maxPercent() const { return m_percent; }

    // Whether `rejected` of `read` records (imported + rejected) pass the budget: more than
    // the count, or more than the share of `read`.
    bool exceeded(qint64 rejected, qint64 read) const;
    // As parse() reads it: "1000", "2.5%"; empty when not set.
    QString toString() const;
    // For messages: "1000 rejects", "2.5 % of the records read".
    QString describe() const;

    bool operator==(const RejectBudget &) const = default;

private:
    enum class Kind { None, Count, Percent };
    Kind m_kind = Kind::None;
    qint64 m_count = 0;
    double m_percent = 0;
};

} // namespace stevedore
