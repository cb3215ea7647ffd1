// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/automatch.h"

#include "schema/schemaservice.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace stevedore {

namespace {

// Names that mean the same field, written as normalised names without separators. Kept
// short and common on purpose: a wrong synonym maps data into the wrong column.
const char *const synonymGroups[][12] = {
    {"zip", "zipcode", "postcode", "postalcode", "postal", "zippostalcode", "plz"},
    {"phone",
     "telephone",
     "tel",
     "phonenumber",
     "telephonenumber",
     "phoneno",
     "telno",
     "telnumber",
     "landline"},
    {"mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "cellular"},
    {"email", "emailaddress", "emailadress", "mail", "mailaddress", "emailid"},
    {"lastname", "surname", "familyname", "lname"},
    {"firstname", "givenname", "forename", "fname"},
    {"dob", "birthdate", "dateofbirth", "birthday", "bday"},
    {"name", "fullname", "displayname"},
    {"address", "streetaddress", "street", "addressline1", "address1", "addr"},
    {"city", "town", "locality"},
    {"state", "province", "stateprovince", "stateorprovince"},
    {"country", "nation", "countryname"},
    {"company", "organisation", "organization", "org", "companyname"},
    {"gender", "sex"},
    {"id", "identifier"},
    {"description", "desc", "details"},
    {"url", "website", "homepage", "web"},
    {"createdat", "created", "creationdate", "createddate", "datecreated", "createdon"},
    {"updatedat", "updated", "modified", "lastmodified", "modifiedat", "lastupdated"},
    {"notes", "note", "comment", "comments", "remarks"},
};

// Word-level abbreviations, so that "Tel No" and "Qty Ordered" compare by meaning.
const char *const wordSynonyms[][2] = {
    {"tel", "phone"},
    {"telephone", "phone"},
    {"qty", "quantity"},
    {"desc", "description"},
    {"addr", "address"},
    {"amt", "amount"},
    {"dob", "birthdate"},
};

// Filler that does not change what a name means ("Phone No.", "Date of Birth").
const char *const fillerWords[] = {"no", "nr", "num", "number", "of", "the"};

const QHash<QString, int> &groupOfName()
{
    static const QHash<QString, int> groups = [] {
        QHash<QString, int> out;
        for (int g = 0; g < int(std::size(synonymGroups)); ++g) {
            for (const char *name : synonymGroups[g]) {
                if (name)
                    out.insert(QString::fromLatin1(name), g);
            }
        }
        return out;
    }();
    return groups;
}

QString canonicalWord(const QString &word)
{
    for (const auto &pair : wordSynonyms) {
        if (word == QLatin1String(pair[0]))
            return QString::fromLatin1(pair[1]);
    }
    return word;
}

bool isFiller(const QString &word)
{
    return std::any_of(std::begin(fillerWords), std::end(fillerWords), [&word](const char *filler) {
        return word == QLatin1String(filler);
    });
}

// The forms of a name that the rules compare.
struct Forms
{
    QString compact;     // all words joined: "phoneno"
    QStringList core;    // canonical words without filler: ["phone"]
    QString coreCompact; // "phone"
    QString sortedCore;  // core words sorted, for "birth date" vs "date of birth"
};

Forms formsOf(const QString &name)
{
    Forms forms;
    const QStringList words
        = AutoMatch::normalise(name).split(QLatin1Char('_'), Qt::SkipEmptyParts);
    forms.compact = words.join(QString());
    for (const QString &word : words) {
        if (!isFiller(word))
            forms.core << canonicalWord(word);
    }
    if (forms.core.isEmpty()) {
        for (const QString &word : words)
            forms.core << canonicalWord(word);
    }
    forms.coreCompact = forms.core.join(QString());
    QStringList sorted = forms.core;
    sorted.sort();
    forms.sortedCore = sorted.join(QLatin1Char('_'));
    return forms;
}

QSet<int> groupsOf(const Forms &forms)
{
    QSet<int> out;
    for (const QString &key : {forms.compact, forms.coreCompact}) {
        const auto it = groupOfName().constFind(key);
        if (it != groupOfName().cend())
            out.insert(*it);
    }
    return out;
}

double fuzzy(const QString &a, const QString &b)
{
    // Below four characters, similar spelling says nothing ("id" vs "ip").
    if (a.size() < 4 || b.size() < 4)
        return 0;
    const double edit = AutoMatch::editSimilarity(a, b);
    if (edit < 0.75)
        return 0;
    return 0.9 * (AutoMatch::jaroWinkler(a, b) + edit) / 2;
}

bool isDash(QChar c)
{
    return c.category() == QChar::Punctuation_Dash || c == QLatin1Char('\'')
           || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QChar(0x2019)
           || c.category() == QChar::Punctuation_InitialQuote
           || c.category() == QChar::Punctuation_FinalQuote;
}

bool isMark(QChar c)
{
    return c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
           || c.category() == QChar::Mark_Enclosing;
}

} // namespace

QString AutoMatch::normalise(const QString &name)
{
    QString text = name.normalized(QString::NormalizationForm_KD);
    text.removeIf(isMark);
    QString out;
    bool pendingBreak = false;
    int upperRun = 0;
    QChar previous;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isDash(c))
            continue; // joins: "E-Mail" is one word
        if (!c.isLetterOrNumber()) {
            pendingBreak = true;
            upperRun = 0;
            previous = QChar();
            continue;
        }
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        const bool camel = c.isUpper() && (previous.isLower() || previous.isDigit());
        const bool acronymEnd
            = c.isUpper() && previous.isUpper() && upperRun >= 2 && next.isLower();
        if ((pendingBreak || camel || acronymEnd) && !out.isEmpty())
            out += QLatin1Char('_');
        pendingBreak = false;
        out += c.toLower();
        upperRun = c.isUpper() ? upperRun + 1 : 0;
        previous = c;
    }
    return out;
}

AutoMatch::Score AutoMatch::score(const QString &fileColumn, const QString &schemaColumn)
{
    const Forms f = formsOf(fileColumn);
    const Forms s = formsOf(schemaColumn);
    if (f.compact.isEmpty() || s.compact.isEmpty())
        return {};
    if (f.compact == s.compact)
        return {1.0, QStringLiteral("exact")};
    if (groupsOf(f).intersects(groupsOf(s)))
        return {0.95, QStringLiteral("synonym")};
    if (f.sortedCore == s.sortedCore)
        return {0.9, QStringLiteral("same words")};
    Score best;
    const double similar
        = std::max(fuzzy(f.compact, s.compact), fuzzy(f.coreCompact, s.coreCompact));
    if (similar > 0)
        best = {similar, QStringLiteral("similar")};
    const QSet<QString> fw(f.core.cbegin(), f.core.cend());
    const QSet<QString> sw(s.core.cbegin(), s.core.cend());
    const bool contained = fw.size() != sw.size() && (fw.contains(sw) || sw.contains(fw));
    if (contained) {
        const double partial = 0.6
                               + 0.2 * double(std::min(fw.size(), sw.size()))
                                     / double(std::max(fw.size(), sw.size()));
        if (partial > best.value)
            best = {partial, QStringLiteral("partial")};
    }
    return best;
}

QList<MatchSuggestion> AutoMatch::suggest(const QStringList &fileColumns,
                                          const QList<SchemaColumn> &schemaColumns,
                                          double minimum)
{
    struct Pair
    {
        double value;
        int file;
        int schema;
        QString basis;
    };
    QList<MatchSuggestion> out;
    for (const QString &name : fileColumns)
        out << MatchSuggestion{name, 0, QString(), 0, QString()};
    QList<Pair> pairs;
    for (int i = 0; i < fileColumns.size(); ++i) {
        for (int j = 0; j < schemaColumns.size(); ++j) {
            const Score s = score(fileColumns[i], schemaColumns[j].name);
            if (s.value >= minimum)
                pairs << Pair{s.value, i, j, s.basis};
        }
    }
    std::stable_sort(
        pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.value > b.value; });

    QList<bool> fileDone(fileColumns.size(), false);
    QList<bool> schemaDone(schemaColumns.size(), false);
    for (qsizetype start = 0; start < pairs.size();) {
        qsizetype end = start;
        while (end < pairs.size() && std::abs(pairs[end].value - pairs[start].value) < 1e-9)
            ++end;
        // Among equally good pairs still open, a file or schema column that appears twice
        // is a tie: guessing would be arbitrary, so it stays unmapped.
        QList<const Pair *> open;
        QHash<int, int> perFile;
        QHash<int, int> perSchema;
        for (qsizetype k = start; k < end; ++k) {
            if (!fileDone[pairs[k].file] && !schemaDone[pairs[k].schema]) {
                open << &pairs[k];
                ++perFile[pairs[k].file];
                ++perSchema[pairs[k].schema];
            }
        }
        QHash<int, QStringList> tiedWith;
        for (const Pair *pair : std::as_const(open)) {
            if (perFile[pair->file] > 1 || perSchema[pair->schema] > 1)
                tiedWith[pair->file] << schemaColumns[pair->schema].name;
        }
        for (const Pair *pair : std::as_const(open)) {
            MatchSuggestion &suggestion = out[pair->file];
            if (tiedWith.contains(pair->file)) {
                suggestion.confidence = pair->value;
                suggestion.basis
                    = QStringLiteral("tie: ") + tiedWith[pair->file].join(QStringLiteral(", "));
                if (perSchema[pair->schema] > 1)
                    schemaDone[pair->schema] = true;
                continue;
            }
            suggestion.schemaColumnId = schemaColumns[pair->schema].id;
            suggestion.schemaColumn = schemaColumns[pair->schema].name;
            suggestion.confidence = pair->value;
            suggestion.basis = pair->basis;
            schemaDone[pair->schema] = true;
        }
        for (const Pair *pair : std::as_const(open))
            fileDone[pair->file] = true;
        start = end;
    }
    return out;
}

double AutoMatch::jaroWinkler(QStringView a, QStringView b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1;
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const qsizetype window = std::max<qsizetype>(0, std::max(a.size(), b.size()) / 2 - 1);
    QList<bool> aMatched(a.size(), false);
    QList<bool> bMatched(b.size(), false);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(b.size(), i + window + 1);
        for (qsizetype j = from; j < to; ++j) {
            if (!bMatched[j] && a[i] == b[j]) {
                aMatched[i] = bMatched[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < a.size(); ++i) {
        if (!aMatched[i])
            continue;
        while (!bMatched[j])
            ++j;
        if (a[i] != b[j])
            ++transpositions;
        ++j;
    }
    const double m = double(matches);
    const double jaro
        = (m / double(a.size()) + m / double(b.size()) + (m - double(transpositions) / 2) / m) / 3;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1 - jaro);
}

double AutoMatch::editSimilarity(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n == 0 && m == 0)
        return 1;
    // Optimal string alignment: Levenshtein plus adjacent transpositions ("emial").
    QList<QList<qsizetype>> d(n + 1, QList<qsizetype>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return 1.0 - double(d[n][m]) / double(std::max(n, m));
}

} // namespace stevedore
