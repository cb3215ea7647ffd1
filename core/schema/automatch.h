// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace stevedore {

struct SchemaColumn;

struct MatchSuggestion
{
    QString fileColumn;
    qint64 schemaColumnId = 0; // 0: no suggestion
    QString schemaColumn;
    double confidence = 0; // 0..1
    // How it was found: "exact", "synonym", "same words", "similar", "partial"; or why there
    // is none: "tie" (two equally good candidates), "" (nothing close enough).
    QString basis;
};

// Suggests a schema column for each file column from their names alone. Confidence levels:
// 1.0 equal after normalisation (case, spaces, punctuation), 0.95 synonyms (zip/postcode,
// tel/phone, surname/last_name, dob/birth_date…), 0.9 the same words in another order or
// with filler words (number, no, of…), up to 0.9 for similar spelling (Jaro-Winkler and
// edit distance on the normalised names, e.g. a typo), about 0.7 when one name's words are
// part of the other's. Stateless; thread-safe.
class AutoMatch
{
public:
    struct Score
    {
        double value = 0;
        QString basis;
    };

    // One suggestion per file column, in order. Each schema column is suggested at most once,
    // best scores first; a file column with two equally good candidates, or a schema column
    // wanted equally by two file columns, is left without a suggestion, as are matches below
    // minimum.
    static QList<MatchSuggestion> suggest(const QStringList &fileColumns,
                                          const QList<SchemaColumn> &schemaColumns,
                                          double minimum = 0.5);

    static Score score(const QString &fileColumn, const QString &schemaColumn);

    // Lower-case words joined by '_': "E-Mail" → "email", "Full Name" → "full_name",
    // "firstName" → "first_name", "ZIPCode" → "zip_code", "Café" → "cafe".
    static QString normalise(const QString &name);

    static double jaroWinkler(QStringView a, QStringView b);
    // 1 - (optimal string alignment distance / length of the longer string).
    static double editSimilarity(QStringView a, QStringView b);
};

} // namespace stevedore
