// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/automatch.h"
#include "schema/schemaservice.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QtTest>

using namespace stevedore;

namespace {

QList<SchemaColumn> schemaOf(const QStringList &names)
{
    QList<SchemaColumn> out;
    for (int i = 0; i < names.size(); ++i) {
        SchemaColumn column;
        column.id = 100 + i;
        column.name = names[i];
        column.position = i;
        out << column;
    }
    return out;
}

// "file column=schema column" for every suggestion at or above threshold.
QStringList applied(const QList<MatchSuggestion> &suggestions, double threshold = 0.8)
{
    QStringList out;
    for (const MatchSuggestion &s : suggestions) {
        if (s.schemaColumnId != 0 && s.confidence >= threshold)
            out << s.fileColumn + QLatin1Char('=') + s.schemaColumn;
    }
    return out;
}

// For failure messages: every suggestion with its confidence and basis.
QByteArray describe(const QList<MatchSuggestion> &suggestions)
{
    QStringList out;
    for (const MatchSuggestion &s : suggestions)
        out << QStringLiteral("%1 -> %2 %3 (%4)")
                   .arg(s.fileColumn, s.schemaColumn)
                   .arg(s.confidence, 0, 'f', 3)
                   .arg(s.basis);
    return out.join(QStringLiteral("; ")).toUtf8();
}

} // namespace

class TestAutoMatch : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data();
    void normalise();
    void similarity();
    void realisticHeaders_data();
    void realisticHeaders();
    void eachSchemaColumnAtMostOnce();
    void csvkitHeaders_data();
    void csvkitHeaders();
};

void TestAutoMatch::normalise_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("hyphen joins") << "E-Mail"
                                  << "email";
    QTest::newRow("space") << "Full Name"
                           << "full_name";
    QTest::newRow("camel") << "firstName"
                           << "first_name";
    QTest::newRow("pascal") << "FirstName"
                            << "first_name";
    QTest::newRow("acronym") << "ZIPCode"
                             << "zip_code";
    QTest::newRow("acronym id") << "customerID"
                                << "customer_id";
    QTest::newRow("upper") << "STATE"
                           << "state";
    QTest::newRow("punctuation") << "  Phone No. (home) "
                                 << "phone_no_home";
    QTest::newRow("apostrophe") << "Dependents' Educational Assistance"
                                << "dependents_educational_assistance";
    QTest::newRow("accents") << "Café Crème"
                             << "cafe_creme";
    QTest::newRow("digits") << "address_line_1"
                            << "address_line_1";
    QTest::newRow("snake") << "total_population"
                           << "total_population";
    QTest::newRow("nothing left") << "#--#"
                                  << "";
    QTest::newRow("cjk") << "電話 番号"
                         << "電話_番号";
}

void TestAutoMatch::normalise()
{
    QFETCH(QString, name);
    QFETCH(QString, normalised);
    QCOMPARE(AutoMatch::normalise(name), normalised);
}

void TestAutoMatch::similarity()
{
    QCOMPARE(AutoMatch::editSimilarity(u"email", u"email"), 1.0);
    QCOMPARE(AutoMatch::editSimilarity(u"emial", u"email"), 0.8); // one transposition
    QCOMPARE(AutoMatch::editSimilarity(u"", u""), 1.0);
    QCOMPARE(AutoMatch::jaroWinkler(u"abc", u"xyz"), 0.0);
    QVERIFY(qAbs(AutoMatch::jaroWinkler(u"martha", u"marhta") - 0.9611) < 0.001);
    QVERIFY(qAbs(AutoMatch::jaroWinkler(u"dixon", u"dicksonx") - 0.8133) < 0.001);

    QCOMPARE(AutoMatch::score(QStringLiteral("E-Mail"), QStringLiteral("email")).value, 1.0);
    QCOMPARE(AutoMatch::score(QStringLiteral("Post Code"), QStringLiteral("zip")).basis,
             QStringLiteral("synonym"));
    QCOMPARE(AutoMatch::score(QStringLiteral("Date of Birth"), QStringLiteral("birth_date")).value,
             0.95);
    QCOMPARE(AutoMatch::score(QStringLiteral("Account No"), QStringLiteral("account_number")).value,
             0.9);
    QVERIFY(AutoMatch::score(QStringLiteral("Adress"), QStringLiteral("address")).value >= 0.8);
    QVERIFY(AutoMatch::score(QStringLiteral("Emial"), QStringLiteral("email")).value >= 0.75);
    QVERIFY(AutoMatch::score(QStringLiteral("County"), QStringLiteral("country")).value < 0.85);
    QVERIFY(AutoMatch::score(QStringLiteral("Status"), QStringLiteral("state")).value < 0.8);
    QVERIFY(AutoMatch::score(QStringLiteral("Last Name"), QStringLiteral("name")).value < 0.8);
    QCOMPARE(AutoMatch::score(QStringLiteral("id"), QStringLiteral("ip")).value, 0.0);
}

void TestAutoMatch::realisticHeaders_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("schema");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("crm export") << QStringList{"E-Mail",
                                               "Full Name",
                                               "Phone No.",
                                               "Zip Code",
                                               "DOB",
                                               "Street Address",
                                               "City",
                                               "Country",
                                               "Notes"}
                                << QStringList{"email",
                                               "name",
                                               "phone",
                                               "postal_code",
                                               "birth_date",
                                               "address",
                                               "city",
                                               "country",
                                               "company"}
                                << QStringList{"E-Mail=email",
                                               "Full Name=name",
                                               "Phone No.=phone",
                                               "Zip Code=postal_code",
                                               "DOB=birth_date",
                                               "Street Address=address",
                                               "City=city",
                                               "Country=country"};
    QTest::newRow("camel case api dump")
        << QStringList{"customerID",
                       "firstName",
                       "lastName",
                       "emailAddress",
                       "telephone",
                       "createdAt"}
        << QStringList{"customer_id", "first_name", "last_name", "email", "phone", "created_at"}
        << QStringList{"customerID=customer_id",
                       "firstName=first_name",
                       "lastName=last_name",
                       "emailAddress=email",
                       "telephone=phone",
                       "createdAt=created_at"};
    QTest::newRow("synonyms")
        << QStringList{"Surname", "Given Name", "Tel", "Postcode", "Sex", "Organisation"}
        << QStringList{"last_name", "first_name", "phone", "zip", "gender", "company"}
        << QStringList{"Surname=last_name",
                       "Given Name=first_name",
                       "Tel=phone",
                       "Postcode=zip",
                       "Sex=gender",
                       "Organisation=company"};
    // A transposition in a five-letter name is suggested (0.79) but not applied at 0.8.
    QTest::newRow("typos") << QStringList{"Adress", "Emial", "Quantitiy"}
                           << QStringList{"address", "email", "quantity"}
                           << QStringList{"Adress=address", "Quantitiy=quantity"};
    QTest::newRow("exact beats synonym")
        << QStringList{"Telephone", "Phone"} << QStringList{"phone"} << QStringList{"Phone=phone"};
    QTest::newRow("synonym tie left unmapped")
        << QStringList{"Tel", "Telephone"} << QStringList{"phone"} << QStringList{};
    QTest::newRow("duplicate header left unmapped")
        << QStringList{"email", "email"} << QStringList{"email"} << QStringList{};
    QTest::newRow("weak matches left unmapped")
        << QStringList{"Status", "Last Name", "Foo", "ID"}
        << QStringList{"state", "name", "bar", "ip"} << QStringList{};
    QTest::newRow("schema names are data")
        << QStringList{"naïve \"quoted\" name", "x'; DROP TABLE t;--"}
        << QStringList{"Naive Quoted Name", "x drop table t"}
        << QStringList{"naïve \"quoted\" name=Naive Quoted Name",
                       "x'; DROP TABLE t;--=x drop table t"};
}

void TestAutoMatch::realisticHeaders()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, schema);
    QFETCH(QStringList, expected);
    const QList<MatchSuggestion> suggestions = AutoMatch::suggest(header, schemaOf(schema));
    QCOMPARE(suggestions.size(), header.size());
    QVERIFY2(applied(suggestions) == expected, describe(suggestions).constData());
}

void TestAutoMatch::eachSchemaColumnAtMostOnce()
{
    const QStringList header{"email", "E-Mail", "mail", "Email Address", "e_mail", "EMAIL"};
    const QList<MatchSuggestion> suggestions
        = AutoMatch::suggest(header, schemaOf({"email", "phone"}), 0.0);
    QSet<qint64> used;
    for (const MatchSuggestion &s : suggestions) {
        if (s.schemaColumnId == 0)
            continue;
        QVERIFY2(!used.contains(s.schemaColumnId), qPrintable(s.fileColumn));
        used.insert(s.schemaColumnId);
    }
    // Five file columns are equally exact for "email": a tie, nobody gets it.
    QVERIFY(!used.contains(100));
    for (const MatchSuggestion &s : suggestions) {
        if (s.fileColumn != QLatin1String("mail") && s.fileColumn != QLatin1String("Email Address"))
            QVERIFY2(s.basis.startsWith(QLatin1String("tie")), qPrintable(s.basis));
    }
}

void TestAutoMatch::csvkitHeaders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    // A schema such a team might define for the census and procurement files csvkit ships.
    // "fips" vs "fips_code" and "total_population" vs "population" share only some words:
    // suggested at 0.7, left for a person at the default threshold.
    QTest::newRow("ks_1033_data") << "ks_1033_data.csv"
                                  << QStringList{"state=state",
                                                 "county=county",
                                                 "quantity=quantity",
                                                 "total_cost=total_cost",
                                                 "ship_date=ship_date"};
    QTest::newRow("acs2012_5yr_population")
        << "acs2012_5yr_population.csv" << QStringList{"name=name"};
    QTest::newRow("iris") << "iris.csv" << QStringList{"species=species"};
    QTest::newRow("FY09_EDU_Recipients_by_State")
        << "FY09_EDU_Recipients_by_State.csv" << QStringList{};
    QTest::newRow("ilgeo2010_excerpt")
        << "ilgeo2010_excerpt.csv" << QStringList{"STATE=state", "COUNTY=county", "NAME=name"};
    QTest::newRow("determination")
        << "determination.csv" << QStringList{"STATE=state", "COUNTY=county"};
}

void TestAutoMatch::csvkitHeaders()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QString path = QStringLiteral(STEVEDORE_SHARED_TESTDATA "/csvkit/") + file;
    QFile csv(path);
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing")));
    // These headers are plain comma-separated names (no quoting).
    const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
    const QList<SchemaColumn> schema = schemaOf({"state",
                                                 "county",
                                                 "fips_code",
                                                 "name",
                                                 "quantity",
                                                 "unit_cost",
                                                 "total_cost",
                                                 "ship_date",
                                                 "species",
                                                 "population",
                                                 "email"});
    const QList<MatchSuggestion> suggestions = AutoMatch::suggest(header, schema);
    QVERIFY2(applied(suggestions) == expected, describe(suggestions).constData());
    QSet<qint64> used;
    for (const MatchSuggestion &s : suggestions) {
        QVERIFY(s.confidence >= 0 && s.confidence <= 1);
        if (s.schemaColumnId != 0) {
            QVERIFY(!used.contains(s.schemaColumnId));
            used.insert(s.schemaColumnId);
        }
    }
}

QTEST_GUILESS_MAIN(TestAutoMatch)
#include "tst_automatch.moc"
