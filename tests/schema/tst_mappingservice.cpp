// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/mappingservice.h"
#include "schemafixture.h"

#include <QtTest>

#include <stdexcept>

using namespace stevedore;

Q_DECLARE_METATYPE(QList<stevedore::MappingEdit>)

namespace {

MappingEdit
edit(const QString &fileColumn, const QString &schemaColumn, const QString &transform = {})
{
    return MappingEdit{fileColumn, 0, schemaColumn, transform, std::nullopt};
}

QStringList mapped(const FileMapping &mapping)
{
    QStringList out;
    for (const ColumnMapping &column : mapping.columns)
        out << column.fileColumn + QLatin1Char('=') + column.schemaColumn
                   + (column.transform.isEmpty() ? QString() : QLatin1Char(':') + column.transform);
    return out;
}

} // namespace

// Per-file mappings: atomic saves, versions, auto-match, validation and mapped records.
// tst_mappingservice runs on SQLite, tst_mappingservice_pg on PostgreSQL.
class TestMappingService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void loadListsEveryHeaderColumn();
    void saveAndLoad();
    void saveIsAtomic_data();
    void saveIsAtomic();
    void injectedFailureRollsBack();
    void staleMappingVersionIsRefused();
    void autoMapAppliesConfidentSuggestions();
    void validateCountsInvalidValues_data();
    void validateCountsInvalidValues();
    void validateReportsUnmappedRequired();
    void mappedRecordInSchemaOrder();
    void transformStepsSavedValidatedAndMapped();
    void parseAssignment_data();
    void parseAssignment();

private:
    // email (email, required), name, age (integer), status (enum), joined (date).
    void createSchema();
    QString col(const char *base) const { return m_fixture.name(QString::fromUtf8(base)); }
    FileMapping load(qint64 fileId);
    FileMapping
    save(qint64 fileId, const QList<MappingEdit> &edits, std::optional<int> expect = {});

    test::SchemaFixture m_fixture;
};

void TestMappingService::initTestCase()
{
    QVERIFY2(m_fixture.setUpCase(), test::SchemaFixture::missingPg);
}

void TestMappingService::cleanupTestCase()
{
    m_fixture.tearDownCase();
}

void TestMappingService::init()
{
    m_fixture.setUp();
    createSchema();
}

void TestMappingService::cleanup()
{
    m_fixture.tearDown();
}

void TestMappingService::createSchema()
{
    m_fixture.applyMine({m_fixture.column(QStringLiteral("email"), ColumnType::Email, true),
                         m_fixture.column(QStringLiteral("name")),
                         m_fixture.column(QStringLiteral("age"), ColumnType::Integer),
                         m_fixture.column(QStringLiteral("status"),
                                          ColumnType::Enum,
                                          false,
                                          {QStringLiteral("active"), QStringLiteral("inactive")}),
                         m_fixture.column(QStringLiteral("joined"), ColumnType::Date)});
}

FileMapping TestMappingService::load(qint64 fileId)
{
    return m_fixture.read(
        [fileId](QSqlDatabase &db) { return MappingService(Sql(db)).load(fileId); });
}

FileMapping
TestMappingService::save(qint64 fileId, const QList<MappingEdit> &edits, std::optional<int> expect)
{
    return m_fixture.write(
        [=](QSqlDatabase &db) { return MappingService(Sql(db)).save(fileId, edits, expect); });
}

void TestMappingService::loadListsEveryHeaderColumn()
{
    const QStringList header{
        QStringLiteral("a"), QString(), QStringLiteral("a"), QStringLiteral("b")};
    const qint64 file = m_fixture.createFile(QStringLiteral("dup.csv"), header, {});
    FileMapping mapping = load(file);
    QCOMPARE(mapping.fileName, QStringLiteral("dup.csv"));
    QCOMPARE(mapping.version, 0);
    QCOMPARE(mapping.columns.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(mapping.columns[i].fileColumn, header[i]);
        QCOMPARE(mapping.columns[i].position, i);
        QVERIFY(!mapping.columns[i].isMapped());
    }
    // The empty name is a column like any other; a repeated name cannot be addressed.
    mapping = save(file, {edit(QString(), col("name")), edit(QStringLiteral("b"), col("age"))});
    QCOMPARE(mapping.columns[1].schemaColumn, col("name"));
    QCOMPARE(mapping.columns[3].schemaColumn, col("age"));
    try {
        save(file, {edit(QStringLiteral("a"), col("status"))});
        QFAIL("an ambiguous file column was mapped");
    } catch (const DbError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("ambiguous")),
                 qPrintable(error.message()));
    }
    const QVariantMap json = MappingService::toVariant(load(file));
    const QVariantList rows = json.value(QStringLiteral("mappings")).toList();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[1].toMap().value(QStringLiteral("file_column")).toString(), QString());
    QVERIFY(rows[0].toMap().value(QStringLiteral("schema_column")).isNull());
}

void TestMappingService::saveAndLoad()
{
    const qint64 file = m_fixture.createFile(
        QStringLiteral("people.csv"),
        {QStringLiteral("Mail"), QStringLiteral("Who"), QStringLiteral("Since")},
        {});
    FileMapping mapping
        = save(file,
               {edit(QStringLiteral("Mail"), col("email"), QStringLiteral("lower")),
                edit(QStringLiteral("Since"), col("joined"), QStringLiteral("date:dd/MM/yyyy"))});
    QCOMPARE(mapping.version, 1);
    QCOMPARE(mapped(mapping),
             QStringList(
                 {QStringLiteral("Mail=") + col("email") + QStringLiteral(":lower"),
                  QStringLiteral("Who="),
                  QStringLiteral("Since=") + col("joined") + QStringLiteral(":date:dd/MM/yyyy")}));
    QCOMPARE(mapped(load(file)), mapped(mapping));

    // Case-insensitive schema names; an empty one unmaps; confidence only from auto-match.
    mapping = save(file,
                   {edit(QStringLiteral("Who"), m_fixture.name(QStringLiteral("NAME"))),
                    edit(QStringLiteral("Mail"), QString())},
                   1);
    QCOMPARE(mapping.version, 2);
    QVERIFY(!mapping.columns[0].isMapped());
    QCOMPARE(mapping.columns[1].schemaColumn, col("name"));
    QVERIFY(!mapping.columns[1].confidence);

    // Saving what is already there writes nothing and keeps the version.
    mapping = save(file, {edit(QStringLiteral("Who"), col("name"))}, 2);
    QCOMPARE(mapping.version, 2);
}

void TestMappingService::saveIsAtomic_data()
{
    QTest::addColumn<QList<MappingEdit>>("edits");
    QTest::addColumn<QStringList>("messages");
    const MappingEdit good = edit(QStringLiteral("A"), QStringLiteral("name"));
    QTest::newRow("unknown file column")
        << QList<MappingEdit>{good, edit(QStringLiteral("Nope"), QStringLiteral("age"))}
        << QStringList{QStringLiteral("unknown file column \"Nope\"")};
    QTest::newRow("unknown schema column")
        << QList<MappingEdit>{good, edit(QStringLiteral("B"), QStringLiteral("nope"))}
        << QStringList{QStringLiteral("unknown schema column")};
    QTest::newRow("both unknown, all named")
        << QList<MappingEdit>{edit(QStringLiteral("X"), QStringLiteral("age")),
                              good,
                              edit(QStringLiteral("B"), QStringLiteral("zzz"))}
        << QStringList{QStringLiteral("unknown file column \"X\""),
                       QStringLiteral("unknown schema column")};
    QTest::newRow("bad transform") << QList<MappingEdit>{good,
                                                         edit(QStringLiteral("B"),
                                                              QStringLiteral("age"),
                                                              QStringLiteral("strip"))}
                                   << QStringList{QStringLiteral("unknown transform 'strip'")};
    QTest::newRow("date transform on integer")
        << QList<MappingEdit>{good,
                              edit(QStringLiteral("B"),
                                   QStringLiteral("age"),
                                   QStringLiteral("date:yyyy"))}
        << QStringList{QStringLiteral("needs a date or datetime column")};
    QTest::newRow("one schema column twice")
        << QList<MappingEdit>{good, edit(QStringLiteral("B"), QStringLiteral("name"))}
        << QStringList{QStringLiteral("would be fed by both \"A\" and \"B\"")};
}

void TestMappingService::saveIsAtomic()
{
    QFETCH(QList<MappingEdit>, edits);
    QFETCH(QStringList, messages);
    for (MappingEdit &e : edits) {
        if (!e.schemaColumn.isEmpty())
            e.schemaColumn = m_fixture.name(e.schemaColumn);
    }
    const qint64 file
        = m_fixture.createFile(QStringLiteral("f.csv"),
                               {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                               {});
    save(file, {edit(QStringLiteral("C"), col("age"))});
    const FileMapping before = load(file);
    try {
        save(file, edits);
        QFAIL("an invalid mapping was saved");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        for (const QString &message : messages)
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
    const FileMapping after = load(file);
    QCOMPARE(after.version, before.version);
    QCOMPARE(mapped(after), mapped(before));
}

void TestMappingService::injectedFailureRollsBack()
{
    const qint64 file
        = m_fixture.createFile(QStringLiteral("f.csv"),
                               {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                               {});
    save(file, {edit(QStringLiteral("C"), col("age"))});
    const FileMapping before = load(file);
    const QList<MappingEdit> edits{edit(QStringLiteral("A"), col("email")),
                                   edit(QStringLiteral("B"), col("name"), QStringLiteral("trim")),
                                   edit(QStringLiteral("C"), QString())};
    int failAt = 1;
    for (;; ++failAt) {
        try {
            m_fixture.write([&edits, file, failAt](QSqlDatabase &db) {
                const Sql sql(db);
                MappingService service(sql);
                service.setStatementHook([failAt](int n) {
                    if (n == failAt)
                        throw std::runtime_error("injected failure");
                });
                return service.save(file, edits);
            });
            break;
        } catch (const std::runtime_error &) {
            const FileMapping now = load(file);
            QCOMPARE(now.version, before.version);
            QCOMPARE(mapped(now), mapped(before));
        }
        QVERIFY(failAt < 20);
    }
    QCOMPARE(failAt, 5); // three rows and the version, then it got through
    QCOMPARE(load(file).version, before.version + 1);
}

void TestMappingService::staleMappingVersionIsRefused()
{
    const qint64 file = m_fixture.createFile(QStringLiteral("f.csv"), {QStringLiteral("A")}, {});
    save(file, {edit(QStringLiteral("A"), col("name"))}, 0);
    try {
        save(file, {edit(QStringLiteral("A"), col("age"))}, 0);
        QFAIL("a stale mapping version was accepted");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Conflict);
        QVERIFY2(error.message().contains(QStringLiteral("expected version 0"))
                     && error.message().contains(QStringLiteral("version 1")),
                 qPrintable(error.message()));
    }
    QCOMPARE(load(file).columns[0].schemaColumn, col("name"));
}

void TestMappingService::autoMapAppliesConfidentSuggestions()
{
    // Header names as a person would write them for this test's (prefixed) schema.
    const QStringList header{m_fixture.name(QStringLiteral("E-Mail")),
                             m_fixture.name(QStringLiteral("Name")),
                             m_fixture.name(QStringLiteral("Age")),
                             QStringLiteral("Comments"),
                             QStringLiteral("Joined")};
    const qint64 file = m_fixture.createFile(QStringLiteral("auto.csv"), header, {});
    save(file, {edit(header[2], col("status"))}); // a person decided this one
    auto autoMap = [this, file](double threshold, bool dryRun) {
        return m_fixture.write([=](QSqlDatabase &db) {
            return MappingService(Sql(db)).autoMap(file, threshold, dryRun);
        });
    };

    const AutoMapResult dry = autoMap(0.8, true);
    QCOMPARE(dry.suggestions.size(), 4); // the unmapped ones
    QCOMPARE(dry.applied, 2);
    QCOMPARE(load(file).version, 1);

    const AutoMapResult result = autoMap(0.8, false);
    QCOMPARE(result.applied, 2);
    const FileMapping mapping = load(file);
    QCOMPARE(mapping.version, 2);
    QCOMPARE(mapping.columns[0].schemaColumn, col("email"));
    QCOMPARE(mapping.columns[0].confidence.value_or(0), 1.0);
    QCOMPARE(mapping.columns[1].schemaColumn, col("name"));
    QCOMPARE(mapping.columns[2].schemaColumn, col("status")); // left alone
    QVERIFY(!mapping.columns[3].isMapped());
    // "Joined" vs "…_joined": only part of the words; suggested but not confident enough.
    QVERIFY(!mapping.columns[4].isMapped());
    const MatchSuggestion joined = result.suggestions.last();
    QCOMPARE(joined.schemaColumn, col("joined"));
    QVERIFY(joined.confidence < 0.8 && joined.confidence >= 0.5);

    // Nothing left to do at the same threshold; a lower one takes the weaker match.
    QCOMPARE(autoMap(0.8, false).applied, 0);
    QCOMPARE(load(file).version, 2);
    QCOMPARE(autoMap(0.6, false).applied, 1);
    QCOMPARE(load(file).columns[4].schemaColumn, col("joined"));
}

void TestMappingService::validateCountsInvalidValues_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one page") << 5000;
    QTest::newRow("pages of 3") << 3;
    QTest::newRow("pages of 1") << 1;
}

void TestMappingService::validateCountsInvalidValues()
{
    QFETCH(int, pageSize);
    QList<QStringList> rows;
    for (int i = 0; i < 10; ++i) {
        const bool bad = i % 3 == 1; // records 2, 5, 8
        rows << QStringList{
            bad ? QStringLiteral("not-an-email") : QStringLiteral("p%1@example.com").arg(i),
            QStringLiteral("Person %1").arg(i),
            bad ? QStringLiteral("x%1").arg(i) : QStringLiteral(" %1 ").arg(i),
            i == 9 ? QStringLiteral("gone") : QStringLiteral("active"),
            i == 0 ? QStringLiteral("31/02/2024") : QStringLiteral("0%1/01/2024").arg(i % 9 + 1)};
    }
    rows << QStringList{QStringLiteral("short@example.com")}; // a short record: the rest are empty
    const QStringList header{QStringLiteral("Mail"),
                             QStringLiteral("Name"),
                             QStringLiteral("Age"),
                             QStringLiteral("Status"),
                             QStringLiteral("Joined")};
    const qint64 file = m_fixture.createFile(QStringLiteral("v.csv"), header, rows, 10);
    save(file,
         {edit(QStringLiteral("Mail"), col("email")),
          edit(QStringLiteral("Name"), col("name")),
          edit(QStringLiteral("Age"), col("age"), QStringLiteral("trim")),
          edit(QStringLiteral("Status"), col("status")),
          edit(QStringLiteral("Joined"), col("joined"), QStringLiteral("date:dd/MM/yyyy"))});
    const ValidationReport report = m_fixture.read([file, pageSize](QSqlDatabase &db) {
        const Sql sql(db);
        MappingService service(sql);
        service.setPageSize(pageSize);
        return service.validate(file);
    });
    QCOMPARE(report.records, 11);
    QCOMPARE(report.columns.size(), 5);
    QCOMPARE(report.columns[0].schemaColumn, col("email"));
    QCOMPARE(report.columns[0].invalid, 3);
    QCOMPARE(report.columns[0].examples.size(), 3);
    QCOMPARE(report.columns[0].examples[0].lineNo, 11);
    QCOMPARE(report.columns[0].examples[0].value, QStringLiteral("not-an-email"));
    QCOMPARE(report.columns[0].examples[0].reason, QStringLiteral("not an e-mail address"));
    QCOMPARE(report.columns[0].examples[2].lineNo, 17);
    QCOMPARE(report.columns[1].invalid, 0);
    QCOMPARE(report.columns[2].invalid, 3); // " 1 " is fine once trimmed, "x1" is not
    QCOMPARE(report.columns[2].examples[0].value, QStringLiteral("x1"));
    QCOMPARE(report.columns[3].invalid, 1);
    QCOMPARE(report.columns[3].examples[0].lineNo, 19);
    QCOMPARE(report.columns[4].invalid, 1); // 31/02 is no date; the short record's is empty
    QCOMPARE(report.invalidValues(), 8);
    QVERIFY(!report.isValid());
    QVERIFY(report.unmappedRequired.isEmpty());

    const QVariantMap json = MappingService::toVariant(report);
    QCOMPARE(json.value(QStringLiteral("invalid_values")).toLongLong(), 8);
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), false);
}

void TestMappingService::validateReportsUnmappedRequired()
{
    QList<QStringList> rows;
    for (int i = 0; i < 12; ++i)
        rows << QStringList{QString::number(i)};
    const qint64 file
        = m_fixture.createFile(QStringLiteral("r.csv"), {QStringLiteral("Age")}, rows);
    save(file, {edit(QStringLiteral("Age"), col("age"))});
    ValidationReport report = m_fixture.read(
        [file](QSqlDatabase &db) { return MappingService(Sql(db)).validate(file); });
    QCOMPARE(report.records, 12);
    QCOMPARE(report.invalidValues(), 0);
    QCOMPARE(report.unmappedRequired, QStringList{col("email")});
    QVERIFY(!report.isValid());

    // Not required any more: valid.
    QList<SchemaColumn> columns = m_fixture.mine();
    columns[0].required = false;
    m_fixture.applyMine(columns);
    report = m_fixture.read(
        [file](QSqlDatabase &db) { return MappingService(Sql(db)).validate(file); });
    QVERIFY(report.isValid());
}

void TestMappingService::mappedRecordInSchemaOrder()
{
    const qint64 file = m_fixture.createFile(QStringLiteral("m.csv"),
                                             {QStringLiteral("Joined"),
                                              QStringLiteral("Age"),
                                              QStringLiteral("Mail"),
                                              QStringLiteral("Extra")},
                                             {});
    save(file,
         {edit(QStringLiteral("Joined"), col("joined"), QStringLiteral("date:dd/MM/yyyy")),
          edit(QStringLiteral("Age"), col("age"), QStringLiteral("trim")),
          edit(QStringLiteral("Mail"), col("email"), QStringLiteral("lower"))});
    const MappingPlan plan
        = m_fixture.read([file](QSqlDatabase &db) { return MappingService(Sql(db)).plan(file); });
    QStringList schemaNames;
    for (const SchemaColumn &column : m_fixture.withOthers(m_fixture.mine()))
        schemaNames << column.name;
    QCOMPARE(plan.header(), schemaNames);
    // This test's columns of a mapped record, by name (others' columns are unmapped here).
    auto mine = [&](const QStringList &record) {
        QStringList out;
        for (const char *base : {"email", "name", "age", "status", "joined"})
            out << record.value(schemaNames.indexOf(col(base)));
        return out;
    };
    int invalid = 0;
    const QStringList first
        = mappedRecord(plan, {"31/01/2024", " 42 ", "Ann@Example.COM", "x"}, &invalid);
    QCOMPARE(first.size(), schemaNames.size());
    QCOMPARE(mine(first),
             QStringList({QStringLiteral("ann@example.com"),
                          QString(),
                          QStringLiteral("42"),
                          QString(),
                          QStringLiteral("2024-01-31")}));
    QCOMPARE(invalid, 0);
    QCOMPARE(mine(mappedRecord(plan, {"2024-13-01", "4 2", "nobody"}, &invalid)),
             QStringList({QStringLiteral("nobody"),
                          QString(),
                          QStringLiteral("4 2"),
                          QString(),
                          QStringLiteral("2024-13-01")}));
    QCOMPARE(invalid, 3);
    invalid = 0;
    QCOMPARE(mappedRecord(plan, QList<QByteArray>(), &invalid).size(), schemaNames.size());
    QCOMPARE(invalid, 1); // all empty, and email is required
}

// Chains of the steps operators need (null-if, number locale, dates in order, lookup,
// collapse) are stored as written, read back the same, and applied by validation and by
// mapped records (exports, the Mapped view).
void TestMappingService::transformStepsSavedValidatedAndMapped()
{
    const QStringList header{QStringLiteral("Mail"),
                             QStringLiteral("Age"),
                             QStringLiteral("Status"),
                             QStringLiteral("Joined")};
    const QList<QStringList> rows{
        {QStringLiteral("a@example.com"),
         QStringLiteral("1.234"),
         QStringLiteral(" Aktiv "),
         QStringLiteral("31.01.2024")},
        {QStringLiteral("b@example.com"),
         QStringLiteral("n/a"),
         QStringLiteral("INAKTIV"),
         QStringLiteral("12/31/2024")},
        {QStringLiteral("c@example.com"),
         QStringLiteral("1,5"),
         QStringLiteral("in   aktiv"),
         QStringLiteral("2024-02-29")},
        {QStringLiteral("NULL"),
         QStringLiteral("12"),
         QStringLiteral("ruhend"),
         QStringLiteral("31/12/2024")},
    };
    const qint64 file = m_fixture.createFile(QStringLiteral("t.csv"), header, rows);
    const QString ageSteps = QStringLiteral("null-if;number:de_DE");
    const QString statusSteps = QStringLiteral("collapse;lookup:aktiv=active|inaktiv=inactive");
    const QString joinedSteps = QStringLiteral("date:dd.MM.yyyy|MM/dd/yyyy");
    const FileMapping saved
        = save(file,
               {edit(QStringLiteral("Mail"), col("email"), QStringLiteral("null-if")),
                edit(QStringLiteral("Age"), col("age"), QStringLiteral(" null-if ; number:de_DE")),
                edit(QStringLiteral("Status"), col("status"), statusSteps),
                edit(QStringLiteral("Joined"), col("joined"), joinedSteps)});
    QCOMPARE(saved.version, 1);
    QCOMPARE(saved.columns[1].transform, ageSteps); // written back without the spaces
    QCOMPARE(mapped(load(file)), mapped(saved));

    // A date step needs a date column, wherever it is in the chain.
    bool refused = false;
    try {
        save(file,
             {edit(QStringLiteral("Age"), col("age"), QStringLiteral("trim;date:dd.MM.yyyy"))});
    } catch (const DbError &error) {
        refused = true;
        QVERIFY2(error.message().contains(QStringLiteral("needs a date")),
                 qPrintable(error.message()));
    }
    QVERIFY(refused);
    QCOMPARE(load(file).version, 1);

    const ValidationReport report = m_fixture.read(
        [file](QSqlDatabase &db) { return MappingService(Sql(db)).validate(file); });
    QCOMPARE(report.records, 4);
    QCOMPARE(report.columns.size(), 4);
    // email is required: "NULL" made empty is a missing value.
    QCOMPARE(report.columns[0].invalid, 1);
    QCOMPARE(report.columns[0].examples[0].value, QStringLiteral("NULL"));
    QCOMPARE(report.columns[0].examples[0].reason, QStringLiteral("required value is empty"));
    QCOMPARE(report.columns[0].transform, QStringLiteral("null-if"));
    // "1,5" is 1.5, no integer; "n/a" is empty, which an optional column allows.
    QCOMPARE(report.columns[1].invalid, 1);
    QCOMPARE(report.columns[1].examples[0].value, QStringLiteral("1,5"));
    // "in aktiv" and "ruhend" are in no lookup entry and are no enum value.
    QCOMPARE(report.columns[2].invalid, 2);
    QCOMPARE(report.columns[2].examples[0].value, QStringLiteral("in   aktiv"));
    // 31/12/2024 is in neither format; ISO dates stay valid.
    QCOMPARE(report.columns[3].invalid, 1);
    QCOMPARE(report.columns[3].examples[0].value, QStringLiteral("31/12/2024"));

    const MappingPlan plan
        = m_fixture.read([file](QSqlDatabase &db) { return MappingService(Sql(db)).plan(file); });
    QStringList schemaNames = plan.header();
    auto mine = [&](const QStringList &record) {
        QStringList out;
        for (const char *base : {"email", "age", "status", "joined"})
            out << record.value(schemaNames.indexOf(col(base)));
        return out;
    };
    int invalid = 0;
    QCOMPARE(
        mine(mappedRecord(plan, {"a@example.com", "1.234", " Aktiv ", "31.01.2024"}, &invalid)),
        QStringList({QStringLiteral("a@example.com"),
                     QStringLiteral("1234"),
                     QStringLiteral("active"),
                     QStringLiteral("2024-01-31")}));
    QCOMPARE(mine(mappedRecord(plan, {"b@example.com", "n/a", "INAKTIV", "12/31/2024"}, &invalid)),
             QStringList({QStringLiteral("b@example.com"),
                          QString(),
                          QStringLiteral("inactive"),
                          QStringLiteral("2024-12-31")}));
    QCOMPARE(invalid, 0);
}

void TestMappingService::parseAssignment_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("fileColumn");
    QTest::addColumn<QString>("schemaColumn"); // "" = unmap; "!" = refused
    QTest::addColumn<QString>("transform");
    QTest::newRow("plain") << "Mail=email"
                           << "Mail"
                           << "email"
                           << "";
    QTest::newRow("ignoring case") << "Mail=EMAIL"
                                   << "Mail"
                                   << "email"
                                   << "";
    QTest::newRow("transform") << "Mail=email:lower"
                               << "Mail"
                               << "email"
                               << "lower";
    QTest::newRow("date transform with colons") << "When=at:date:dd/MM/yyyy HH:mm"
                                                << "When"
                                                << "at"
                                                << "date:dd/MM/yyyy HH:mm";
    QTest::newRow("chain with a lookup") << "Mail=email:collapse;lookup:a=b|c\\=d=e"
                                         << "Mail"
                                         << "email"
                                         << "collapse;lookup:a=b|c\\=d=e";
    QTest::newRow("unmap") << "Mail="
                           << "Mail"
                           << ""
                           << "";
    QTest::newRow("equals in file column") << "a=b=email"
                                           << "a=b"
                                           << "email"
                                           << "";
    QTest::newRow("colon in schema column") << "Mail=ns:key"
                                            << "Mail"
                                            << "ns:key"
                                            << "";
    QTest::newRow("colon in schema column and transform") << "Mail=ns:key:trim"
                                                          << "Mail"
                                                          << "ns:key"
                                                          << "trim";
    QTest::newRow("unknown file column") << "Nope=email"
                                         << ""
                                         << "!"
                                         << "unknown file column \"Nope\"";
    QTest::newRow("unknown schema column") << "Mail=nope"
                                           << ""
                                           << "!"
                                           << "unknown schema column \"nope\"";
    QTest::newRow("bad transform") << "Mail=email:shout"
                                   << ""
                                   << "!"
                                   << "unknown transform 'shout'";
    QTest::newRow("no equals") << "Mail"
                               << ""
                               << "!"
                               << "expected FILE_COLUMN=SCHEMA_COLUMN";
}

void TestMappingService::parseAssignment()
{
    QFETCH(QString, argument);
    QFETCH(QString, fileColumn);
    QFETCH(QString, schemaColumn);
    QFETCH(QString, transform);
    Schema schema;
    for (const char *name : {"email", "at", "ns:key"}) {
        SchemaColumn column;
        column.id = schema.columns.size() + 1;
        column.name = QString::fromUtf8(name);
        column.type = column.name == QLatin1String("at") ? ColumnType::DateTime : ColumnType::Text;
        schema.columns << column;
    }
    const QStringList fileColumns{
        QStringLiteral("Mail"), QStringLiteral("When"), QStringLiteral("a=b")};
    QString error;
    const std::optional<MappingEdit> parsed
        = MappingService::parseAssignment(argument, fileColumns, schema, &error);
    if (schemaColumn == QLatin1String("!")) {
        QVERIFY(!parsed);
        QVERIFY2(error.contains(transform), qPrintable(error));
        return;
    }
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->fileColumn, fileColumn);
    QCOMPARE(parsed->schemaColumn, schemaColumn);
    QCOMPARE(parsed->schemaColumnId != 0, !schemaColumn.isEmpty());
    QCOMPARE(parsed->transform, transform);
}

QTEST_GUILESS_MAIN(TestMappingService)
#include "tst_mappingservice.moc"
