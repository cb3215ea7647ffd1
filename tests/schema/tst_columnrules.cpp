// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/columnrules.h"
#include "schema/filevalidation.h"
#include "schemafixture.h"

#include <QtTest>

using namespace stevedore;

namespace {

ColumnRule rule(RuleKind kind,
                const QString &value = {},
                const QString &column = {},
                const QString &message = {})
{
    return ColumnRule{kind, value, column, message};
}

// Text schema columns "a" (id 1) and "b" (id 2) with those rules, and a mapping of the file
// columns "A" and "B" to them.
std::pair<Schema, FileMapping> twoColumns(const QList<ColumnRule> &aRules,
                                          const QList<ColumnRule> &bRules)
{
    Schema schema;
    SchemaColumn a;
    a.id = 1;
    a.name = QStringLiteral("a");
    a.rules = aRules;
    SchemaColumn b;
    b.id = 2;
    b.name = QStringLiteral("b");
    b.rules = bRules;
    schema.columns = {a, b};
    FileMapping mapping;
    mapping.columns = {ColumnMapping{QStringLiteral("A"), 0, 1, QStringLiteral("a"), {}, {}},
                       ColumnMapping{QStringLiteral("B"), 1, 2, QStringLiteral("b"), {}, {}}};
    return {schema, mapping};
}

MappingEdit
edit(const QString &fileColumn, const QString &schemaColumn, const QString &transform = {})
{
    return MappingEdit{fileColumn, 0, schemaColumn, transform, std::nullopt};
}

// "LINE COLUMN RULE" for each failure, in the order they were reported.
QStringList summary(const QList<ValidationFailure> &failures, const QString &prefix)
{
    QStringList out;
    for (const ValidationFailure &failure : failures)
        out << QStringLiteral("%1 %2 %3")
                   .arg(failure.lineNo)
                   .arg(failure.column.mid(prefix.size()), failure.rule);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(stevedore::ColumnType)
Q_DECLARE_METATYPE(stevedore::RuleKind)

// Validation rules of schema columns: what a rule accepts, how it is stored and versioned, and
// how `mapping validate` reports every failing cell, including unique values across the
// project's files found by the server. tst_columnrules runs on SQLite, tst_columnrules_pg on
// PostgreSQL.
class TestColumnRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void cellRules_data();
    void cellRules();
    void problems_data();
    void problems();
    void rulesAreStoredAndVersionedWithTheSchema();
    void everyFailingCellIsReportedWithItsRule();
    void uniqueInProjectComparesOtherFilesAfterTheirTransforms();
    void ruleChangeCountsTheValuesItInvalidates();
    void mappedRecordShowsTheBrokenRule();
    void fileRulesFollowTheSchemaRules();

private:
    QString col(const char *base) const { return m_fixture.name(QString::fromUtf8(base)); }
    void map(qint64 fileId, const QList<MappingEdit> &edits);
    ValidationReport validate(qint64 fileId, QList<ValidationFailure> *failures, int pageSize);

    test::SchemaFixture m_fixture;
};

void TestColumnRules::initTestCase()
{
    QVERIFY2(m_fixture.setUpCase(), test::SchemaFixture::missingPg);
}

void TestColumnRules::cleanupTestCase()
{
    m_fixture.tearDownCase();
}

void TestColumnRules::init()
{
    m_fixture.setUp();
}

void TestColumnRules::cleanup()
{
    m_fixture.tearDown();
}

void TestColumnRules::map(qint64 fileId, const QList<MappingEdit> &edits)
{
    m_fixture.write([=](QSqlDatabase &db) { return MappingService(Sql(db)).save(fileId, edits); });
}

ValidationReport
TestColumnRules::validate(qint64 fileId, QList<ValidationFailure> *failures, int pageSize)
{
    return m_fixture.read([=](QSqlDatabase &db) {
        const Sql sql(db);
        MappingService service(sql);
        service.setPageSize(pageSize);
        return service.validate(
            fileId, [failures](const ValidationFailure &failure) { *failures << failure; });
    });
}

void TestColumnRules::cellRules_data()
{
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<RuleKind>("kind");
    QTest::addColumn<QString>("bound");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("broken");
    using K = RuleKind;
    using T = ColumnType;
    // The whole value must match, not a part of it.
    QTest::newRow("pattern matches") << T::Text << K::Pattern << "[A-Z]{2}-\\d{3}"
                                     << "AB-123" << false;
    QTest::newRow("pattern is anchored") << T::Text << K::Pattern << "[A-Z]{2}-\\d{3}"
                                         << "xAB-1234" << true;
    QTest::newRow("pattern alternatives anchored") << T::Text << K::Pattern << "a|b"
                                                   << "ab" << true;
    QTest::newRow("pattern unicode class") << T::Text << K::Pattern << "\\w+"
                                           << "Müller" << false;
    QTest::newRow("min integer") << T::Integer << K::Min << "10"
                                 << "9" << true;
    QTest::newRow("min integer equal") << T::Integer << K::Min << "10"
                                       << "10" << false;
    QTest::newRow("max decimal") << T::Decimal << K::Max << "99.5"
                                 << "99.51" << true;
    QTest::newRow("max decimal exponent") << T::Decimal << K::Max << "1e3"
                                          << "999.9" << false;
    QTest::newRow("min negative") << T::Decimal << K::Min << "-5"
                                  << "-5.01" << true;
    QTest::newRow("min date") << T::Date << K::Min << "2026-01-01"
                              << "2025-12-31" << true;
    QTest::newRow("max date") << T::Date << K::Max << "2026-12-31"
                              << "2026-12-31" << false;
    // With an offset, the moment counts: 01:30+02:00 is 23:30 UTC the day before.
    QTest::newRow("max datetime offset") << T::DateTime << K::Max << "2026-01-01T00:00:00Z"
                                         << "2026-01-01T01:30:00+02:00" << false;
    QTest::newRow("min datetime") << T::DateTime << K::Min << "2026-01-01T00:00:00Z"
                                  << "2025-12-31T23:59:59Z" << true;
    // The validator's other spellings: a space before the time, an offset of hours only.
    QTest::newRow("min datetime spaced") << T::DateTime << K::Min << "2026-01-01T00:00:00Z"
                                         << "2026-01-01 01:00+02" << true;
    QTest::newRow("min datetime compact offset") << T::DateTime << K::Min << "2026-01-01T00:00Z"
                                                 << "2026-01-01t01:00-0130" << false;
    // Characters, not bytes.
    QTest::newRow("max length umlauts") << T::Text << K::MaxLength << "5"
                                        << "Ärger" << false;
    QTest::newRow("max length over") << T::Text << K::MaxLength << "5"
                                     << "Ärgers" << true;
    QTest::newRow("min length") << T::Email << K::MinLength << "8"
                                << "a@b.de" << true;
}

void TestColumnRules::cellRules()
{
    QFETCH(ColumnType, type);
    QFETCH(RuleKind, kind);
    QFETCH(QString, bound);
    QFETCH(QString, value);
    QFETCH(bool, broken);
    const QList<ColumnRule> rules{rule(RuleKind::Unique), rule(kind, bound)};
    QVERIFY(columnrules::problems(type, QStringLiteral("c"), rules, {}).isEmpty());
    const CellRules compiled(type, rules);
    QCOMPARE(compiled.firstBroken(value.toUtf8()), broken ? 1 : -1);
}

void TestColumnRules::problems_data()
{
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<QList<ColumnRule>>("rules");
    QTest::addColumn<QString>("problem"); // empty: none
    using K = RuleKind;
    using T = ColumnType;
    QTest::newRow("fine") << T::Integer
                          << QList<ColumnRule>{rule(K::Min, "1"),
                                               rule(K::Max, "9"),
                                               rule(K::RequiredWith, {}, "Other")}
                          << QString();
    QTest::newRow("bad pattern") << T::Text << QList<ColumnRule>{rule(K::Pattern, "(a")}
                                 << QStringLiteral(
                                        "rule 1 \"pattern\": missing closing parenthesis");
    QTest::newRow("empty pattern") << T::Text << QList<ColumnRule>{rule(K::Pattern, "")}
                                   << QStringLiteral("rule 1 \"pattern\": the pattern is empty");
    QTest::newRow("min on text") << T::Text << QList<ColumnRule>{rule(K::Min, "1")}
                                 << QStringLiteral("rule 1 \"min\": only for integer, decimal, "
                                                   "date and datetime columns");
    QTest::newRow("min not a number") << T::Decimal << QList<ColumnRule>{rule(K::Min, "ten")}
                                      << QStringLiteral("rule 1 \"min\": \"ten\" is not a number");
    QTest::newRow("max not a date") << T::Date << QList<ColumnRule>{rule(K::Max, "31.12.2026")}
                                    << QStringLiteral("rule 1 \"max\": \"31.12.2026\" is not an "
                                                      "ISO date");
    QTest::newRow("negative length") << T::Text << QList<ColumnRule>{rule(K::MinLength, "-1")}
                                     << QStringLiteral("rule 1 \"min-length\": \"-1\" is not a "
                                                       "length");
    QTest::newRow("lengths crossed")
        << T::Text << QList<ColumnRule>{rule(K::MinLength, "5"), rule(K::MaxLength, "4")}
        << QStringLiteral("min-length 5 is above max-length 4");
    QTest::newRow("bounds crossed")
        << T::Date << QList<ColumnRule>{rule(K::Min, "2026-02-01"), rule(K::Max, "2026-01-01")}
        << QStringLiteral("min is above max");
    QTest::newRow("unknown column")
        << T::Text << QList<ColumnRule>{rule(K::RequiredWithout, {}, "nope")}
        << QStringLiteral("rule 1 \"required-without\": no schema "
                          "column \"nope\"");
    QTest::newRow("itself") << T::Text << QList<ColumnRule>{rule(K::RequiredWith, {}, "C")}
                            << QStringLiteral("rule 1 \"required-with\": names the column "
                                              "itself");
}

void TestColumnRules::problems()
{
    QFETCH(ColumnType, type);
    QFETCH(QList<ColumnRule>, rules);
    QFETCH(QString, problem);
    const QStringList found = columnrules::problems(
        type, QStringLiteral("c"), rules, {QStringLiteral("c"), QStringLiteral("other")});
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    else
        QVERIFY2(found.join(QLatin1Char('\n')).contains(problem),
                 qPrintable(found.join(QLatin1Char('\n'))));
}

// Rules come and go with `schema apply`'s JSON, are stored with the column, and a change of
// rules is a schema change of its own ("updated", a new version).
void TestColumnRules::rulesAreStoredAndVersionedWithTheSchema()
{
    const QByteArray json = QStringLiteral(
                                R"({"columns":[{"name":"%1","type":"text","rules":[
        {"rule":"pattern","value":"[A-Z]+","message":"capitals only"},
        {"rule":"max-length","value":8},
        {"rule":"unique"},
        {"rule":"required-without","column":"%2"}]},
        {"name":"%2","type":"decimal","rules":[{"rule":"min","value":0.5}]}]})")
                                .arg(col("code"), col("amount"))
                                .toUtf8();
    QString error;
    const std::optional<QList<SchemaColumn>> columns = SchemaService::fromJson(json, &error);
    QVERIFY2(columns, qPrintable(error));
    const int before = m_fixture.schema().version;
    m_fixture.applyMine(*columns);
    QList<SchemaColumn> stored = m_fixture.mine();
    QCOMPARE(stored.size(), 2);
    const QList<ColumnRule> expected{
        rule(RuleKind::Pattern, "[A-Z]+", {}, "capitals only"),
        rule(RuleKind::MaxLength, "8"),
        rule(RuleKind::Unique),
        rule(RuleKind::RequiredWithout, {}, col("amount")),
    };
    QCOMPARE(stored[0].rules, expected);
    QCOMPARE(stored[1].rules, QList<ColumnRule>{rule(RuleKind::Min, "0.5")});
    const int afterAdd = m_fixture.schema().version;
    QVERIFY(afterAdd > before);

    // The same rules again: nothing to do.
    QVERIFY(m_fixture.applyMine(stored).isEmpty());

    stored[0].rules.removeAt(1);
    const SchemaDiff diff = m_fixture.applyMine(stored);
    QCOMPARE(diff.changes.size(), 1);
    QCOMPARE(diff.changes[0].kinds(), QStringList{QStringLiteral("updated")});
    QCOMPARE(m_fixture.schema().version, afterAdd + 1);
    QCOMPARE(m_fixture.mine()[0].rules.size(), 3);

    // A rule naming a column that does not exist is refused before anything is written.
    stored[0].rules << rule(RuleKind::RequiredWith, {}, col("gone"));
    try {
        m_fixture.applyMine(stored);
        QFAIL("a rule naming an unknown column was accepted");
    } catch (const DbError &refused) {
        QCOMPARE(refused.kind(), DbError::Kind::Invalid);
        QVERIFY2(refused.message().contains(QStringLiteral("no schema column")),
                 qPrintable(refused.message()));
    }
    QCOMPARE(m_fixture.schema().version, afterAdd + 1);

    // The JSON shape carries them back out.
    const QVariantMap shown = SchemaService::toVariant(m_fixture.schema());
    bool found = false;
    for (const QVariant &entry : shown.value(QStringLiteral("columns")).toList()) {
        const QVariantMap column = entry.toMap();
        if (column.value(QStringLiteral("name")).toString() != col("code"))
            continue;
        found = true;
        const QVariantList rules = column.value(QStringLiteral("rules")).toList();
        QCOMPARE(rules.size(), 3);
        QCOMPARE(rules[0].toMap().value(QStringLiteral("message")).toString(),
                 QStringLiteral("capitals only"));
        QCOMPARE(rules[2].toMap().value(QStringLiteral("column")).toString(), col("amount"));
    }
    QVERIFY(found);
}

// Each failing cell is reported once, with its first broken check, in record order; the
// report keeps five examples a column but the sink gets them all, across page boundaries.
void TestColumnRules::everyFailingCellIsReportedWithItsRule()
{
    SchemaColumn code = m_fixture.column(QStringLiteral("code"), ColumnType::Text, true);
    code.rules = {rule(RuleKind::Pattern, "[A-Z]{2}\\d", {}, "two capitals and a digit"),
                  rule(RuleKind::Unique)};
    SchemaColumn qty = m_fixture.column(QStringLiteral("qty"), ColumnType::Integer);
    qty.rules = {rule(RuleKind::Min, "1"), rule(RuleKind::Max, "100")};
    SchemaColumn note = m_fixture.column(QStringLiteral("note"));
    note.rules = {rule(RuleKind::MaxLength, "4"), rule(RuleKind::RequiredWith, {}, col("qty"))};
    SchemaColumn reason = m_fixture.column(QStringLiteral("reason"));
    reason.rules = {rule(RuleKind::RequiredWithout, {}, col("qty"), "say why there is no qty")};
    m_fixture.applyMine({code, qty, note, reason});

    QList<QStringList> rows{
        {"AB1", "5", "ok", ""},        // line 2: valid
        {"ab1", "0", "toolong", ""},   // 3: pattern, min, max-length
        {"AB1", "x", "", "why"},       // 4: unique, type; note empty, qty given: required-with
        {"", "", "", ""},              // 5: required; reason required-without
        {"CD2", "101", "ok", "spare"}, // 6: max
    };
    for (int i = 0; i < 8; ++i) // 7..14: eight more duplicates
        rows << QStringList{"AB1", "1", "ok", ""};
    const qint64 file = m_fixture.createFile(
        QStringLiteral("codes.csv"), {"Code", "Qty", "Note", "Reason"}, rows);
    map(file,
        {edit("Code", col("code"), "trim"),
         edit("Qty", col("qty")),
         edit("Note", col("note")),
         edit("Reason", col("reason"))});

    QList<ValidationFailure> failures;
    const ValidationReport report = validate(file, &failures, 2);
    QCOMPARE(report.records, qint64(13));
    QStringList expected{"3 code pattern",
                         "3 qty min",
                         "3 note max-length",
                         "4 code unique",
                         "4 qty type",
                         "4 note required-with",
                         "5 code required",
                         "5 reason required-without",
                         "6 qty max"};
    for (int line = 7; line <= 14; ++line)
        expected << QStringLiteral("%1 code unique").arg(line);
    QCOMPARE(summary(failures, m_fixture.name({})), expected);

    QCOMPARE(failures[0].message, QStringLiteral("two capitals and a digit"));
    QCOMPARE(failures[0].value, QStringLiteral("ab1"));
    QCOMPARE(failures[0].fileColumn, QStringLiteral("Code"));
    QCOMPARE(failures[1].message, QStringLiteral("below the minimum 1"));
    QCOMPARE(failures[3].message, QStringLiteral("duplicate of line 2"));
    QCOMPARE(failures[5].message, QStringLiteral("required when \"%1\" is given").arg(col("qty")));
    QCOMPARE(failures[7].message, QStringLiteral("say why there is no qty"));
    QCOMPARE(failures[3].recordNo, qint64(3));

    QCOMPARE(report.invalidValues(), qint64(failures.size()));
    const ColumnValidation &codeReport = report.columns[0];
    QCOMPARE(codeReport.invalid, qint64(11));
    QCOMPARE(codeReport.examples.size(), 5); // the report keeps five; the sink had them all
    QCOMPARE(codeReport.byRule.value(QStringLiteral("unique")), qint64(9));
    QCOMPARE(codeReport.byRule.value(QStringLiteral("pattern")), qint64(1));
    QCOMPARE(codeReport.byRule.value(QStringLiteral("required")), qint64(1));
    QCOMPARE(report.columns[3].byRule.value(QStringLiteral("required-without")), qint64(1));

    // Any page size gives the same result.
    QList<ValidationFailure> again;
    validate(file, &again, 5000);
    QCOMPARE(summary(again, m_fixture.name({})), expected);
}

// unique-in-project: a value of this file that another file of the project holds in the same
// schema column fails, whether that file maps it as stored (compared by the server) or through
// a transform (compared here); within-file duplicates stay "unique" failures, reported once.
void TestColumnRules::uniqueInProjectComparesOtherFilesAfterTheirTransforms()
{
    SchemaColumn sku = m_fixture.column(QStringLiteral("sku"));
    sku.rules = {rule(RuleKind::Unique), rule(RuleKind::UniqueInProject)};
    SchemaColumn other = m_fixture.column(QStringLiteral("other"));
    m_fixture.applyMine({sku, other});

    const qint64 mine = m_fixture.createFile(
        QStringLiteral("b-new.csv"),
        {"SKU", "x"},
        {{"A-1", ""}, {"A-2", ""}, {"A-3", ""}, {"A-2", ""}, {"A-4", ""}, {"", ""}, {"A-5", ""}});
    // As stored: A-1 and A-2 (twice in this file: the second is a plain duplicate).
    const qint64 plain = m_fixture.createFile(
        QStringLiteral("c-old.csv"), {"Sku"}, {{"A-1"}, {"A-2"}, {"a-3"}, {"A-9"}});
    // Transformed: " a-3 " becomes A-3 only after trim;upper.
    const qint64 upper = m_fixture.createFile(
        QStringLiteral("a-old.csv"), {"n", "Sku"}, {{"1", " a-3 "}, {"2", "a-1"}});
    // Holds A-4, but in another schema column: not a collision.
    const qint64 elsewhere = m_fixture.createFile(QStringLiteral("d-other.csv"), {"o"}, {{"A-4"}});
    // Holds A-5 but maps nothing.
    m_fixture.createFile(QStringLiteral("e-unmapped.csv"), {"Sku"}, {{"A-5"}});
    map(mine, {edit("SKU", col("sku"))});
    map(plain, {edit("Sku", col("sku"))});
    map(upper, {edit("Sku", col("sku"), "trim;upper")});
    map(elsewhere, {edit("o", col("other"))});

    QList<ValidationFailure> failures;
    const ValidationReport report = validate(mine, &failures, 3);
    // In record order: the server was asked first.
    QCOMPARE(summary(failures, m_fixture.name({})),
             (QStringList{"2 sku unique-in-project",
                          "3 sku unique-in-project",
                          "4 sku unique-in-project",
                          "5 sku unique"}));
    // The first file by name that holds it.
    QCOMPARE(failures[0].message, QStringLiteral("also in \"a-old.csv\""));
    QCOMPARE(failures[1].message, QStringLiteral("also in \"c-old.csv\""));
    QCOMPARE(failures[2].message, QStringLiteral("also in \"a-old.csv\""));
    QCOMPARE(report.columns[0].byRule.value(QStringLiteral("unique-in-project")), qint64(3));

    // This file transformed as well: its values exist only after the transform, so they are
    // kept here and sent to the server, and a second pass reports them after the others.
    map(mine, {edit("SKU", col("sku"), "collapse")});
    QList<ValidationFailure> transformed;
    validate(mine, &transformed, 3);
    QCOMPARE(summary(transformed, m_fixture.name({})),
             (QStringList{"5 sku unique",
                          "2 sku unique-in-project",
                          "3 sku unique-in-project",
                          "4 sku unique-in-project"}));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(transformed[i + 1].message, failures[i].message);
    map(mine, {edit("SKU", col("sku"))});

    // From the other side: c-old's A-1 and A-2 are in b-new, its a-3 is not (b-new has A-3).
    failures.clear();
    validate(plain, &failures, 3);
    QCOMPARE(summary(failures, m_fixture.name({})),
             (QStringList{"2 sku unique-in-project", "3 sku unique-in-project"}));
    QCOMPARE(failures[0].message, QStringLiteral("also in \"a-old.csv\""));
    QCOMPARE(failures[1].message, QStringLiteral("also in \"b-new.csv\""));
}

// A new rule is a change that can invalidate mapped values: the diff counts them.
void TestColumnRules::ruleChangeCountsTheValuesItInvalidates()
{
    SchemaColumn code = m_fixture.column(QStringLiteral("code"));
    m_fixture.applyMine({code});
    const qint64 file = m_fixture.createFile(
        QStringLiteral("c.csv"), {"Code"}, {{"abc"}, {"abcdef"}, {"abcdefgh"}, {""}});
    map(file, {edit("Code", col("code"))});
    QList<SchemaColumn> stored = m_fixture.mine();
    stored[0].rules = {rule(RuleKind::MaxLength, "5")};
    const SchemaDiff diff = m_fixture.applyMine(stored, std::nullopt, true);
    QCOMPARE(diff.changes.size(), 1);
    QCOMPARE(diff.changes[0].affected.size(), 1);
    QCOMPARE(diff.changes[0].affected[0].invalidValues, qint64(2));
}

// The Mapped view's cells carry the message of the rule they break.
void TestColumnRules::mappedRecordShowsTheBrokenRule()
{
    const auto [schema, mapping]
        = twoColumns({rule(RuleKind::Pattern, "\\d+", {}, "digits only")},
                     {rule(RuleKind::RequiredWith, {}, QStringLiteral("a"))});
    const MappingPlan plan = MappingService::plan(schema, mapping);
    int invalid = 0;
    QStringList reasons;
    QCOMPARE(mappedRecord(plan, {"12x", ""}, &invalid, &reasons),
             (QStringList{QStringLiteral("12x"), QString()}));
    QCOMPARE(invalid, 2);
    QCOMPARE(reasons,
             (QStringList{QStringLiteral("digits only"),
                          QStringLiteral("required when \"a\" is given")}));
    invalid = 0;
    reasons.clear();
    mappedRecord(plan, {"", ""}, &invalid, &reasons);
    QCOMPARE(invalid, 0);
}

// A file's own rules (an import template's) are checked after its schema column's; one that
// names a column the schema no longer has is left out instead of failing every empty value.
void TestColumnRules::fileRulesFollowTheSchemaRules()
{
    auto [schema, mapping] = twoColumns({rule(RuleKind::MaxLength, "4", {}, "four at most")}, {});
    mapping.columns[0].rules = {rule(RuleKind::MinLength, "2", {}, "two at least")};
    mapping.columns[1].rules
        = {rule(RuleKind::RequiredWithout, {}, QStringLiteral("gone")),
           rule(RuleKind::RequiredWith, {}, QStringLiteral("a"), "b goes with a")};
    const ColumnMapping mappedB = mapping.columns[1];
    const MappingPlan plan = MappingService::plan(schema, mapping);
    QCOMPARE(plan.columns[0].rules.size(), 2);
    QCOMPARE(plan.columns[1].rules, QList<ColumnRule>{mappedB.rules[1]});
    QCOMPARE(plan.columns[1].ruleColumns, QList<qsizetype>{0});

    QStringList reasons;
    mappedRecord(plan, {"abcdef", "x"}, nullptr, &reasons);
    QCOMPARE(reasons[0], QStringLiteral("four at most")); // the schema's rule first
    reasons.clear();
    mappedRecord(plan, {"a", ""}, nullptr, &reasons);
    QCOMPARE(reasons,
             (QStringList{QStringLiteral("two at least"), QStringLiteral("b goes with a")}));
    reasons.clear();
    mappedRecord(plan, {"", ""}, nullptr, &reasons);
    QCOMPARE(reasons, (QStringList{QString(), QString()})); // not "required without gone"
}

QTEST_GUILESS_MAIN(TestColumnRules)
#include "tst_columnrules.moc"
