// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "schema/mappingservice.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace stevedore {

class Sql;

// A file's mapping recalled from an earlier file of the same project whose header matches:
// the operator's own saved mapping (corrections included), carried over column by column.
struct MappingProposal
{
    // How the headers compare, most alike first.
    enum class Match {
        SameHeader,  // the same names in the same order
        Reordered,   // the same names in another order
        Renamed,     // the same names but for case, spacing or punctuation (maybe reordered)
        OneAdded,    // one column more than the earlier file
        OneDropped,  // one column fewer
        OneReplaced, // one column more and one fewer
        Partial,     // some columns in common
    };

    qint64 sourceFileId = 0;
    QString sourceFile;
    // When the earlier file's mapping was saved (ms since the epoch; 0: unknown), and by
    // whom (OS user; empty: unknown).
    qint64 mappedAt = 0;
    QString mappedBy;
    Match match = Match::Partial;
    double confidence = 0;    // 0..1
    int common = 0;           // columns the two headers share
    QList<MappingEdit> edits; // this file's columns, mapped as the earlier file's were

    // True when the proposal is applied without asking (confidence >= confidentAt).
    bool isConfident() const;
    // "same header as orders-2026-11.csv, mapped by ann on 2026-11-30 14:02 UTC"
    QString reason() const;
    QVariantMap toVariant() const; // {"from", "match", "confidence", "reason", "columns"}

    static constexpr double confidentAt = 0.8;
    static QString matchName(Match match); // "same header", "reordered", …
};

// Mapping memory: finds the earlier file whose saved mapping fits a new file's header, and
// applies it. Columns are compared by AutoMatch::normalise(), so "Order ID", "order_id" and
// "OrderId" are one column. Confidence: 1.0 the same header; 0.97 reordered; 0.95 renamed by
// case or spacing; otherwise the share of columns in common (common / all), at most 0.9 for
// one column added, dropped or replaced, and at most 0.8 × that share for anything else.
// Functions over one connection: run them inside a pool task.
namespace mappingmemory {

// The best proposal for fileId among the project's other imported files with a saved
// mapping (highest confidence, then the most recently saved); nullopt when none shares a
// mapped column. Throws DbError(NotFound) when the file does not exist.
std::optional<MappingProposal> propose(const Sql &sql, qint64 fileId);
// The proposal from one named earlier file; nullopt when it shares no mapped column.
std::optional<MappingProposal> proposeFrom(const Sql &sql, qint64 fileId, qint64 sourceFileId);

// Compares two headers; edits map the new header's columns as sourceMapping maps the
// earlier header's. For tests and the GUI; propose() uses it.
MappingProposal compare(const QStringList &header, const FileMapping &sourceMapping);

// Saves the proposal as fileId's mapping in one transaction, with its reason as the origin.
FileMapping apply(const Sql &sql, qint64 fileId, const MappingProposal &proposal);

// What an import does after it committed a file (ImportOptions' `--mapping-from`): "auto"
// applies the best proposal when it is confident and the file has no mapping yet; a file
// name applies that file's proposal whatever its confidence; "none" does nothing.
struct Outcome
{
    std::optional<MappingProposal> proposal;
    bool applied = false;
    QString message; // one line for the operator: what was applied, or why not
};
Outcome afterImport(const Sql &sql, qint64 fileId, const QString &mappingFrom);

} // namespace mappingmemory

} // namespace stevedore
