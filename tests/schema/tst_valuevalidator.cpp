// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/valuetransform.h"
#include "schema/valuevalidator.h"

#include <QtTest>

using namespace stevedore;

Q_DECLARE_METATYPE(stevedore::ColumnType)

class TestValueValidator : public QObject
{
    Q_OBJECT

private slots:
    void validity_data();
    void validity();
    void typeNames();
    void transforms_data();
    void transforms();
    void badTransforms_data();
    void badTransforms();
    void dateFormatAcceptedBesidesIso();
};

void TestValueValidator::validity_data()
{
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason"); // a part of it

    const ColumnType I = ColumnType::Integer;
    QTest::newRow("integer") << I << false << "42" << true << "";
    QTest::newRow("integer signed") << I << false << "-007" << true << "";
    QTest::newRow("integer plus") << I << false << "+1" << true << "";
    QTest::newRow("integer huge") << I << false << "123456789012345678901234567890" << true << "";
    QTest::newRow("integer sign only") << I << false << "-" << false << "not an integer";
    QTest::newRow("integer decimal") << I << false << "1.0" << false << "not an integer";
    QTest::newRow("integer spaces") << I << false << " 12" << false << "use the trim transform";
    QTest::newRow("integer thousands") << I << false << "1,000" << false << "not an integer";
    QTest::newRow("empty optional") << I << false << "" << true << "";
    QTest::newRow("empty required") << I << true << "" << false << "required value is empty";

    const ColumnType D = ColumnType::Decimal;
    QTest::newRow("decimal") << D << false << "3.14" << true << "";
    QTest::newRow("decimal integer") << D << false << "-3" << true << "";
    QTest::newRow("decimal leading dot") << D << false << ".5" << true << "";
    QTest::newRow("decimal trailing dot") << D << false << "5." << true << "";
    QTest::newRow("decimal exponent") << D << false << "6.02e23" << true << "";
    QTest::newRow("decimal negative exponent") << D << false << "1E-9" << true << "";
    QTest::newRow("decimal bare dot") << D << false << "." << false << "not a decimal number";
    QTest::newRow("decimal empty exponent") << D << false << "1e" << false << "not a decimal";
    QTest::newRow("decimal comma") << D << false << "3,14" << false << "not a decimal";
    QTest::newRow("decimal nan") << D << false << "NaN" << false << "not a decimal";
    QTest::newRow("decimal hex") << D << false << "0x10" << false << "not a decimal";

    const ColumnType B = ColumnType::Boolean;
    for (const char *word : {"true", "FALSE", "Yes", "no", "1", "0", "t", "F"})
        QTest::newRow(qPrintable(QStringLiteral("boolean %1").arg(QLatin1String(word))))
            << B << false << QString::fromLatin1(word) << true << "";
    QTest::newRow("boolean y") << B << false << "y" << false << "not a boolean";
    QTest::newRow("boolean 2") << B << false << "2" << false << "not a boolean";
    QTest::newRow("boolean truth") << B << false << "truth" << false << "not a boolean";

    const ColumnType Dt = ColumnType::Date;
    QTest::newRow("date") << Dt << false << "2024-02-29" << true << "";
    QTest::newRow("date not leap") << Dt << false << "2023-02-29" << false << "not a date";
    QTest::newRow("date 1900 not leap") << Dt << false << "1900-02-29" << false << "not a date";
    QTest::newRow("date 2000 leap") << Dt << false << "2000-02-29" << true << "";
    QTest::newRow("date month 13") << Dt << false << "2024-13-01" << false << "yyyy-MM-dd";
    QTest::newRow("date day 31 in april") << Dt << false << "2024-04-31" << false << "not a date";
    QTest::newRow("date short") << Dt << false << "2024-1-01" << false << "not a date";
    QTest::newRow("date european") << Dt << false << "01/02/2024" << false << "not a date";
    QTest::newRow("date with time") << Dt << false << "2024-01-01T00:00" << false << "not a date";

    const ColumnType Dtt = ColumnType::DateTime;
    QTest::newRow("datetime") << Dtt << false << "2024-01-31T23:59:59" << true << "";
    QTest::newRow("datetime minutes") << Dtt << false << "2024-01-31T23:59" << true << "";
    QTest::newRow("datetime space") << Dtt << false << "2024-01-31 08:00:00" << true << "";
    QTest::newRow("datetime z") << Dtt << false << "2024-01-31T08:00:00Z" << true << "";
    QTest::newRow("datetime fraction")
        << Dtt << false << "2024-01-31T08:00:00.123456+02:00" << true << "";
    QTest::newRow("datetime offset compact")
        << Dtt << false << "2024-01-31T08:00:00-0530" << true << "";
    QTest::newRow("datetime offset hours") << Dtt << false << "2024-01-31T08:00+01" << true << "";
    QTest::newRow("datetime hour 24")
        << Dtt << false << "2024-01-31T24:00:00" << false << "ISO 8601";
    QTest::newRow("datetime date only") << Dtt << false << "2024-01-31" << false << "ISO 8601";
    QTest::newRow("datetime bad zone")
        << Dtt << false << "2024-01-31T08:00:00 CET" << false << "ISO";
    QTest::newRow("datetime fraction without seconds")
        << Dtt << false << "2024-01-31T08:00.5" << false << "ISO";

    const ColumnType E = ColumnType::Email;
    QTest::newRow("email") << E << false << "ann@example.com" << true << "";
    QTest::newRow("email plus tag")
        << E << false << "ann.lee+news@mail.example.co.uk" << true << "";
    QTest::newRow("email idn") << E << false << "jörg@bücher.de" << true << "";
    QTest::newRow("email no at") << E << false << "ann.example.com" << false
                                 << "not an e-mail address";
    QTest::newRow("email two ats") << E << false << "a@b@c.com" << false << "e-mail";
    QTest::newRow("email no tld") << E << false << "ann@localhost" << false << "e-mail";
    QTest::newRow("email short tld") << E << false << "ann@example.c" << false << "e-mail";
    QTest::newRow("email space") << E << false << "ann lee@example.com" << false << "e-mail";
    QTest::newRow("email double dot") << E << false << "ann..lee@example.com" << false << "e-mail";
    QTest::newRow("email empty label") << E << false << "ann@example..com" << false << "e-mail";
    QTest::newRow("email hyphen label") << E << false << "ann@-example.com" << false << "e-mail";
    QTest::newRow("email display name")
        << E << false << "Ann <ann@example.com>" << false << "e-mail";

    QTest::newRow("text anything") << ColumnType::Text << false << " \t😀 " << true << "";
    QTest::newRow("text required empty") << ColumnType::Text << true << "" << false << "required";
}

void TestValueValidator::validity()
{
    QFETCH(ColumnType, type);
    QFETCH(bool, required);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    const ValueValidator validator(type, required);
    QCOMPARE(validator.isValid(value), valid);
    QCOMPARE(validator.isValid(QByteArrayView(value.toUtf8())), valid);
    const QString why = validator.reason(value);
    QCOMPARE(why.isEmpty(), valid);
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestValueValidator::typeNames()
{
    QCOMPARE(columnTypeNames(),
             QStringList(
                 {"text", "integer", "decimal", "boolean", "date", "datetime", "email", "enum"}));
    for (const QString &name : columnTypeNames())
        QCOMPARE(columnTypeName(*columnTypeFromName(name)), name);
    QVERIFY(!columnTypeFromName(QStringLiteral("Integer")));
    QVERIFY(!columnTypeFromName(QStringLiteral("varchar")));

    const ValueValidator status(
        ColumnType::Enum, false, {QStringLiteral("active"), QStringLiteral("ünïcode")});
    QVERIFY(status.isValid(QStringLiteral("active")));
    QVERIFY(status.isValid(QStringLiteral("ünïcode")));
    QVERIFY(!status.isValid(QStringLiteral("Active")));
    QCOMPARE(status.reason(QStringLiteral("gone")), QStringLiteral("not one of: active, ünïcode"));
}

void TestValueValidator::transforms_data()
{
    QTest::addColumn<QString>("transform");
    QTest::addColumn<ColumnType>("target");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("result");
    QTest::newRow("none") << "" << ColumnType::Text << " a "
                          << " a ";
    QTest::newRow("trim") << "trim" << ColumnType::Text << " \t a b \n"
                          << "a b";
    QTest::newRow("trim nbsp") << "trim" << ColumnType::Text << "\u00a0x\u00a0"
                               << "x";
    QTest::newRow("trim empty") << "trim" << ColumnType::Integer << "   "
                                << "";
    QTest::newRow("upper") << "upper" << ColumnType::Text << "straße ab"
                           << "STRASSE AB";
    QTest::newRow("lower") << "LOWER" << ColumnType::Enum << "ÀB"
                           << "àb";
    QTest::newRow("date") << "date:dd/MM/yyyy" << ColumnType::Date << "31/01/2024"
                          << "2024-01-31";
    QTest::newRow("date spaces") << "date:dd/MM/yyyy" << ColumnType::Date << " 01/02/2024 "
                                 << "2024-02-01";
    QTest::newRow("date invalid kept") << "date:dd/MM/yyyy" << ColumnType::Date << "31/02/2024"
                                       << "31/02/2024";
    QTest::newRow("date iso kept") << "date:dd/MM/yyyy" << ColumnType::Date << "2024-01-31"
                                   << "2024-01-31";
    QTest::newRow("date from datetime format")
        << "date:dd.MM.yyyy HH:mm" << ColumnType::Date << "31.01.2024 13:45"
        << "2024-01-31";
    QTest::newRow("datetime") << "date:dd.MM.yyyy HH:mm" << ColumnType::DateTime
                              << "31.01.2024 13:45"
                              << "2024-01-31T13:45:00";
    QTest::newRow("month names") << "date:d MMM yyyy" << ColumnType::Date << "5 Feb 2024"
                                 << "2024-02-05";
    QTest::newRow("date formats in order, first")
        << "date:dd.MM.yyyy|MM/dd/yyyy|MMM d, yyyy" << ColumnType::Date << "31.01.2024"
        << "2024-01-31";
    QTest::newRow("date formats in order, second")
        << "date:dd.MM.yyyy|MM/dd/yyyy|MMM d, yyyy" << ColumnType::Date << "12/31/2024"
        << "2024-12-31";
    QTest::newRow("date formats in order, third with a comma")
        << "date:dd.MM.yyyy|MM/dd/yyyy|MMM d, yyyy" << ColumnType::Date << "Feb 29, 2024"
        << "2024-02-29";
    QTest::newRow("date formats: the first that reads wins")
        << "date:dd/MM/yyyy|MM/dd/yyyy" << ColumnType::Date << "02/03/2024"
        << "2024-03-02";
    QTest::newRow("date formats: none reads")
        << "date:dd.MM.yyyy|MM/dd/yyyy" << ColumnType::Date << "31/12/2024"
        << "31/12/2024";
    QTest::newRow("datetime formats in order") << "date:dd.MM.yyyy HH:mm|yyyy-MM-dd HH:mm:ss"
                                               << ColumnType::DateTime << "2024-01-31 07:08:09"
                                               << "2024-01-31T07:08:09";
    QTest::newRow("collapse") << "collapse" << ColumnType::Text << "  New \t  York\u00a0 City "
                              << "New York City";
    QTest::newRow("null-if default") << "null-if" << ColumnType::Integer << " null "
                                     << "";
    QTest::newRow("null-if default n/a") << "null-if" << ColumnType::Integer << "N/A"
                                         << "";
    QTest::newRow("null-if default #N/A") << "null-if" << ColumnType::Integer << "#N/A"
                                          << "";
    QTest::newRow("null-if blank") << "null-if" << ColumnType::Integer << "   "
                                   << "";
    QTest::newRow("null-if keeps others") << "null-if" << ColumnType::Text << "nullable"
                                          << "nullable";
    QTest::newRow("null-if configured") << "null-if:-|unknown" << ColumnType::Text << "Unknown"
                                        << "";
    QTest::newRow("null-if configured keeps NULL")
        << "null-if:-|unknown" << ColumnType::Text << "NULL"
        << "NULL";
    QTest::newRow("number de") << "number:de_DE" << ColumnType::Decimal << "1.234,56"
                               << "1234.56";
    QTest::newRow("number de negative") << "number:de_DE" << ColumnType::Decimal << "-1.234.567,5"
                                        << "-1234567.5";
    QTest::newRow("number de, no groups") << "number:de" << ColumnType::Decimal << "0,75"
                                          << "0.75";
    QTest::newRow("number de, grouped integer") << "number:de_DE" << ColumnType::Integer << "12.345"
                                                << "12345";
    QTest::newRow("number de, bad grouping kept")
        << "number:de_DE" << ColumnType::Decimal << "1.23,4"
        << "1.23,4";
    QTest::newRow("number de, already plain kept")
        << "number:de_DE" << ColumnType::Decimal << "1234.56"
        << "1234.56";
    QTest::newRow("number de, text kept") << "number:de_DE" << ColumnType::Decimal << "zwölf"
                                          << "zwölf";
    QTest::newRow("number fr, narrow no-break space")
        << "number:fr_FR" << ColumnType::Decimal << "1\u202f234\u202f567,89"
        << "1234567.89";
    QTest::newRow("number fr, plain space") << "number:fr_FR" << ColumnType::Decimal << " 1 234,5 "
                                            << "1234.5";
    QTest::newRow("number de_CH, apostrophe") << "number:de_CH" << ColumnType::Decimal << "1'234.50"
                                              << "1234.50";
    QTest::newRow("number en") << "number:en_US" << ColumnType::Decimal << "+1,234,567.25"
                               << "1234567.25";
    QTest::newRow("lookup") << "lookup:Deutschland=DE|Frankreich=FR" << ColumnType::Text
                            << " deutschland "
                            << "DE";
    QTest::newRow("lookup misses")
        << "lookup:Deutschland=DE|Frankreich=FR" << ColumnType::Text << "Spanien"
        << "Spanien";
    QTest::newRow("lookup escaped") << R"(lookup:a\=b=1|x\|y=2|p\;q=3)" << ColumnType::Text << "x|y"
                                    << "2";
    QTest::newRow("lookup to empty") << "lookup:unbekannt=" << ColumnType::Text << "Unbekannt"
                                     << "";
    QTest::newRow("chain in order")
        << "collapse; null-if:-;lookup:united kingdom=GB|germany=DE ;lower" << ColumnType::Text
        << "  United   Kingdom "
        << "gb";
    QTest::newRow("chain null-if then number")
        << "null-if;number:de_DE" << ColumnType::Decimal << "n/a"
        << "";
}

void TestValueValidator::transforms()
{
    QFETCH(QString, transform);
    QFETCH(ColumnType, target);
    QFETCH(QString, value);
    QFETCH(QString, result);
    QString error;
    const std::optional<ValueTransform> parsed = ValueTransform::parse(transform, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(QString::fromUtf8(parsed->apply(value.toUtf8(), target)), result);
    // What toString() writes reads back as the same steps.
    const std::optional<ValueTransform> again = ValueTransform::parse(parsed->toString(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toString(), parsed->toString());
    QCOMPARE(QString::fromUtf8(again->apply(value.toUtf8(), target)), result);
}

void TestValueValidator::badTransforms_data()
{
    QTest::addColumn<QString>("transform");
    QTest::newRow("unknown") << "strip";
    QTest::newRow("date without format") << "date:";
    QTest::newRow("date blank format") << "date:  ";
    QTest::newRow("trim with argument") << "trim:x";
    QTest::newRow("date without colon") << "date";
    QTest::newRow("date with empty formats") << "date:| |";
    QTest::newRow("collapse with argument") << "collapse:1";
    QTest::newRow("number without locale") << "number";
    QTest::newRow("number, unknown locale") << "number:xx_YY";
    QTest::newRow("lookup without entries") << "lookup:";
    QTest::newRow("lookup entry without =") << "lookup:Deutschland";
    QTest::newRow("lookup entry with two =") << "lookup:a=b=c";
    QTest::newRow("lookup lists a value twice") << "lookup:DE=1|de=2";
    QTest::newRow("unknown step in a chain") << "trim;shout";
}

void TestValueValidator::badTransforms()
{
    QFETCH(QString, transform);
    QString error;
    QVERIFY(!ValueTransform::parse(transform, &error));
    QVERIFY(!error.isEmpty());
}

void TestValueValidator::dateFormatAcceptedBesidesIso()
{
    const ValueValidator date(ColumnType::Date, false, {}, QStringLiteral("dd/MM/yyyy"));
    QVERIFY(date.isValid(QStringLiteral("2024-01-31")));
    QVERIFY(date.isValid(QStringLiteral("31/01/2024")));
    QVERIFY(!date.isValid(QStringLiteral("31/02/2024")));
    QCOMPARE(date.reason(QStringLiteral("x")),
             QStringLiteral("not a date (yyyy-MM-dd or dd/MM/yyyy)"));
    const ValueValidator datetime(
        ColumnType::DateTime, false, {}, QStringLiteral("dd/MM/yyyy HH:mm"));
    QVERIFY(datetime.isValid(QStringLiteral("31/01/2024 10:00")));
    QVERIFY(datetime.isValid(QStringLiteral("2024-01-31T10:00:00")));
}

QTEST_GUILESS_MAIN(TestValueValidator)
#include "tst_valuevalidator.moc"
