// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/mappingservice.h"
#include "schema/schemaservice.h"
#include "schemafixture.h"

#include <QtTest>

#include <stdexcept>

using namespace stevedore;

Q_DECLARE_METATYPE(QList<stevedore::SchemaColumn>)

namespace {

struct InjectedFailure : std::runtime_error
{
    InjectedFailure()
        : std::runtime_error("injected failure")
    {}
};

QStringList names(const QList<SchemaColumn> &columns)
{
    QStringList out;
    for (const SchemaColumn &column : columns)
        out << column.name;
    return out;
}

const ColumnChange *changeFor(const SchemaDiff &diff, const QString &name)
{
    for (const ColumnChange &change : diff.changes) {
        if (change.after.name == name || (change.removed && change.before.name == name))
            return &change;
    }
    return nullptr;
}

} // namespace

// The global schema: differential apply, optimistic concurrency, validation, impact analysis.
// tst_schemaservice runs on SQLite, tst_schemaservice_pg on PostgreSQL.
class TestSchemaService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void applyCreatesColumnsInOrder();
    void differentialApplyKeepsIds();
    void onlyChangesAreWritten_data();
    void onlyChangesAreWritten();
    void columnsWithoutIdAreNew();
    void idlessNameOfKeptColumnIsDuplicate();
    void idlessColumnMayTakeARenamedColumnsName();
    void removedIdsAreNeverReused();
    void injectedFailureRollsBack_data();
    void injectedFailureRollsBack();
    void staleVersionIsRefused();
    void concurrentAppliesConflict();
    void hostileNamesRoundTrip_data();
    void hostileNamesRoundTrip();
    void invalidSchemasAreRefused_data();
    void invalidSchemasAreRefused();
    void unknownIdIsRefused();
    void impactListsAffectedMappings();
    void dryRunChangesNothing();
    void jsonRoundTrip();
    void malformedJsonIsReported_data();
    void malformedJsonIsReported();

private:
    // Creates a, b, c, d (text, integer, enum, date) and returns them as stored.
    QList<SchemaColumn> createFour();

    test::SchemaFixture m_fixture;
};

void TestSchemaService::initTestCase()
{
    QVERIFY2(m_fixture.setUpCase(), test::SchemaFixture::missingPg);
}

void TestSchemaService::cleanupTestCase()
{
    m_fixture.tearDownCase();
}

void TestSchemaService::init()
{
    m_fixture.setUp();
}

void TestSchemaService::cleanup()
{
    m_fixture.tearDown();
}

QList<SchemaColumn> TestSchemaService::createFour()
{
    m_fixture.applyMine({m_fixture.column(QStringLiteral("a")),
                         m_fixture.column(QStringLiteral("b"), ColumnType::Integer, true),
                         m_fixture.column(QStringLiteral("c"),
                                          ColumnType::Enum,
                                          false,
                                          {QStringLiteral("x"), QStringLiteral("y")}),
                         m_fixture.column(QStringLiteral("d"), ColumnType::Date)});
    return m_fixture.mine();
}

void TestSchemaService::applyCreatesColumnsInOrder()
{
    const int before = m_fixture.schema().version;
    const QList<SchemaColumn> stored = createFour();
    QCOMPARE(names(stored),
             QStringList({m_fixture.name(QStringLiteral("a")),
                          m_fixture.name(QStringLiteral("b")),
                          m_fixture.name(QStringLiteral("c")),
                          m_fixture.name(QStringLiteral("d"))}));
    QCOMPARE(m_fixture.schema().version, before + 1);
    QVERIFY(stored[0].id > 0);
    QCOMPARE(stored[1].type, ColumnType::Integer);
    QVERIFY(stored[1].required);
    QVERIFY(!stored[0].required);
    QCOMPARE(stored[2].values, QStringList({QStringLiteral("x"), QStringLiteral("y")}));
    QCOMPARE(stored[3].type, ColumnType::Date);
}

void TestSchemaService::differentialApplyKeepsIds()
{
    const QList<SchemaColumn> stored = createFour();
    const int version = m_fixture.schema().version;
    SchemaColumn a = stored[0], b = stored[1], c = stored[2];
    b.name = m_fixture.name(QStringLiteral("b2"));
    c.type = ColumnType::Decimal;
    c.values.clear();
    const SchemaColumn e = m_fixture.column(QStringLiteral("e"), ColumnType::Email);
    // d removed, e added first, a moved after c.
    const SchemaDiff diff = m_fixture.applyMine({e, b, c, a}, version);

    QCOMPARE(diff.fromVersion, version);
    QCOMPARE(diff.toVersion, version + 1);
    const QList<SchemaColumn> after = m_fixture.mine();
    QCOMPARE(names(after), QStringList({e.name, b.name, c.name, a.name}));
    QCOMPARE(after[1].id, stored[1].id);
    QCOMPARE(after[2].id, stored[2].id);
    QCOMPARE(after[3].id, stored[0].id);
    QVERIFY(after[0].id > 0);

    QVERIFY(changeFor(diff, e.name) && changeFor(diff, e.name)->added);
    QCOMPARE(changeFor(diff, e.name)->after.id, after[0].id);
    QVERIFY(changeFor(diff, b.name)->renamed);
    QCOMPARE(changeFor(diff, b.name)->before.name, stored[1].name);
    QVERIFY(!changeFor(diff, b.name)->retyped);
    QVERIFY(changeFor(diff, c.name)->retyped);
    QVERIFY(changeFor(diff, stored[3].name)->removed);
    // a left its place among the columns that stay; b and c kept their relative order.
    QVERIFY(changeFor(diff, a.name)->reordered);
    QVERIFY(!changeFor(diff, b.name)->reordered);
    QVERIFY(!changeFor(diff, c.name)->reordered);
    QCOMPARE(diff.changes.size(), 5);
}

void TestSchemaService::onlyChangesAreWritten_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("statements");
    QTest::addColumn<bool>("bumpsVersion");
    QTest::newRow("nothing") << "nothing" << 0 << false;
    QTest::newRow("one description") << "description" << 2 << true;
    QTest::newRow("add one") << "add" << 2 << true;
    // files' mapping_version, the mappings, the column, the version
    QTest::newRow("remove one") << "remove" << 4 << true;
    // park one name, two updates, the version
    QTest::newRow("swap two names") << "swap" << 4 << true;
    // park two names, three updates, the version
    QTest::newRow("rotate three names") << "rotate" << 6 << true;
    QTest::newRow("move last to first") << "move" << 5 << true;
}

void TestSchemaService::onlyChangesAreWritten()
{
    QFETCH(QString, change);
    QFETCH(int, statements);
    QFETCH(bool, bumpsVersion);
    QList<SchemaColumn> columns = createFour();
    const int version = m_fixture.schema().version;
    if (change == QLatin1String("description")) {
        columns[1].description = QStringLiteral("now described");
    } else if (change == QLatin1String("add")) {
        columns << m_fixture.column(QStringLiteral("new"));
    } else if (change == QLatin1String("remove")) {
        columns.removeLast();
    } else if (change == QLatin1String("swap")) {
        std::swap(columns[0].name, columns[1].name);
    } else if (change == QLatin1String("rotate")) { // a→b, b→c, c→a
        const QString first = columns[0].name;
        columns[0].name = columns[1].name;
        columns[1].name = columns[2].name;
        columns[2].name = first;
    } else if (change == QLatin1String("move")) {
        columns.move(3, 0);
    }
    int written = 0;
    const SchemaDiff diff
        = m_fixture.applyMine(columns, version, false, [&written](int n) { written = n; });
    QCOMPARE(written, statements);
    QCOMPARE(m_fixture.schema().version, bumpsVersion ? version + 1 : version);
    QCOMPARE(diff.isEmpty(), !bumpsVersion);
    QCOMPARE(names(m_fixture.mine()), names(columns));
}

// The contract of `schema apply`: a column without an id is new, and a stored column whose
// id is not listed is removed, even when an id-less entry carries its name.
void TestSchemaService::columnsWithoutIdAreNew()
{
    const QList<SchemaColumn> stored = createFour();
    const qint64 fileId = m_fixture.createFile(QStringLiteral("f.csv"), {QStringLiteral("A")}, {});
    m_fixture.write([fileId, a = stored[0].id](QSqlDatabase &db) {
        MappingService(Sql(db)).save(fileId, {{QStringLiteral("A"), a, {}, {}, {}}});
    });
    QList<SchemaColumn> withoutIds = stored;
    for (SchemaColumn &column : withoutIds)
        column.id = 0;
    withoutIds[0].name = m_fixture.name(QStringLiteral("A")); // same name ignoring case

    const SchemaDiff dryRun = m_fixture.applyMine(withoutIds, std::nullopt, true);
    QCOMPARE(dryRun.changes.size(), 2 * stored.size());
    const ColumnChange *removed = changeFor(dryRun, stored[0].name);
    QVERIFY(removed && removed->removed);
    QCOMPARE(removed->affected.size(), 1);
    QCOMPARE(removed->affected[0].fileColumn, QStringLiteral("A"));

    const SchemaDiff diff = m_fixture.applyMine(withoutIds);
    qsizetype added = 0;
    qsizetype removedCount = 0;
    for (const ColumnChange &change : diff.changes) {
        added += change.added ? 1 : 0;
        removedCount += change.removed ? 1 : 0;
        QCOMPARE(change.kinds().size(), 1);
    }
    QCOMPARE(added, stored.size());
    QCOMPARE(removedCount, stored.size());
    const QList<SchemaColumn> after = m_fixture.mine();
    QCOMPARE(names(after), names(withoutIds));
    for (const SchemaColumn &column : after) {
        for (const SchemaColumn &old : stored)
            QVERIFY2(column.id != old.id, "a column without id reused a stored column");
    }
    const FileMapping mapping = m_fixture.read(
        [fileId](QSqlDatabase &db) { return MappingService(Sql(db)).load(fileId); });
    QCOMPARE(mapping.columns.size(), 1);
    QCOMPARE(mapping.columns[0].schemaColumnId, qint64(0)); // unmapped with the removed column
}

void TestSchemaService::idlessNameOfKeptColumnIsDuplicate()
{
    const QList<SchemaColumn> stored = createFour();
    const int version = m_fixture.schema().version;
    QList<SchemaColumn> desired = stored;             // all kept by id
    desired << m_fixture.column(QStringLiteral("B")); // "b" is kept, and named so
    try {
        m_fixture.applyMine(desired);
        QFAIL("an id-less column with a kept column's name was accepted");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        QVERIFY2(error.message().contains(QLatin1String("duplicate name")),
                 qPrintable(error.message()));
    }
    QCOMPARE(m_fixture.schema().version, version);
    const QList<SchemaColumn> after = m_fixture.mine();
    QCOMPARE(names(after), names(stored));
    for (int i = 0; i < after.size(); ++i)
        QCOMPARE(after[i].id, stored[i].id);
}

void TestSchemaService::idlessColumnMayTakeARenamedColumnsName()
{
    const QList<SchemaColumn> stored = createFour();
    QList<SchemaColumn> desired = stored;
    desired[1].name = m_fixture.name(QStringLiteral("b2")); // kept, renamed away from "b"
    desired << m_fixture.column(QStringLiteral("b"), ColumnType::Date);
    const SchemaDiff diff = m_fixture.applyMine(desired);
    const QList<SchemaColumn> after = m_fixture.mine();
    QCOMPARE(names(after), names(desired));
    QCOMPARE(after[1].id, stored[1].id);
    QVERIFY(after[4].id != stored[1].id);
    QCOMPARE(after[4].type, ColumnType::Date);
    QVERIFY(changeFor(diff, m_fixture.name(QStringLiteral("b2")))->renamed);
    QVERIFY(changeFor(diff, m_fixture.name(QStringLiteral("b")))->added);
}

// A client still holding the id of a removed column must be refused, not update whichever
// column got that id next (SQLite needs AUTOINCREMENT for this: migration 2).
void TestSchemaService::removedIdsAreNeverReused()
{
    QList<SchemaColumn> stored = createFour();
    const SchemaColumn last = stored.takeLast(); // the largest id
    m_fixture.applyMine(stored);
    QList<SchemaColumn> desired = stored;
    desired << m_fixture.column(QStringLiteral("e"));
    m_fixture.applyMine(desired);
    const QList<SchemaColumn> after = m_fixture.mine();
    QCOMPARE(after.size(), 4);
    QVERIFY2(after[3].id > last.id,
             qPrintable(QStringLiteral("id %1 handed out again").arg(after[3].id)));

    QList<SchemaColumn> stale = after;
    stale << last; // the removed column, by its old id
    stale.last().name = m_fixture.name(QStringLiteral("stale"));
    const int version = m_fixture.schema().version;
    try {
        m_fixture.applyMine(stale);
        QFAIL("a removed id was accepted");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        QVERIFY2(error.message().contains(QStringLiteral("no column with id %1").arg(last.id)),
                 qPrintable(error.message()));
    }
    QCOMPARE(m_fixture.schema().version, version);
}

void TestSchemaService::injectedFailureRollsBack_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("remove, rename, retype, add, reorder") << "mixed";
    QTest::newRow("swap names") << "swap";
}

void TestSchemaService::injectedFailureRollsBack()
{
    QFETCH(QString, change);
    QList<SchemaColumn> columns = createFour();
    const qint64 fileId
        = m_fixture.createFile(QStringLiteral("f.csv"),
                               {QStringLiteral("A"), QStringLiteral("D")},
                               {{QStringLiteral("1"), QStringLiteral("2024-01-01")}});
    m_fixture.write([fileId, a = columns[0].id, d = columns[3].id](QSqlDatabase &db) {
        MappingService(Sql(db)).save(
            fileId, {{QStringLiteral("A"), a, {}, {}, {}}, {QStringLiteral("D"), d, {}, {}, {}}});
    });
    QList<SchemaColumn> desired = columns;
    if (change == QLatin1String("mixed")) {
        desired.removeAt(3);
        desired[0].name = m_fixture.name(QStringLiteral("renamed"));
        desired[1].type = ColumnType::Text;
        desired.move(2, 0);
        desired << m_fixture.column(QStringLiteral("added"));
    } else {
        std::swap(desired[0].name, desired[1].name);
    }
    auto snapshot = [this, fileId] {
        return m_fixture.read([fileId](QSqlDatabase &db) {
            const Sql sql(db);
            const Schema schema = SchemaService(sql).load();
            const FileMapping mapping = MappingService(sql).load(fileId);
            QVariantList out{schema.version, mapping.version};
            for (const SchemaColumn &column : schema.columns)
                out << column.id << column.name << columnTypeName(column.type) << column.position;
            for (const ColumnMapping &column : mapping.columns)
                out << column.fileColumn << column.schemaColumnId;
            return out;
        });
    };
    const QVariantList before = snapshot();

    // Fail after statement 1, then 2, … until the apply gets through: every prefix of the
    // writes must roll back completely.
    int failAt = 1;
    for (;; ++failAt) {
        try {
            m_fixture.applyMine(desired, std::nullopt, false, [failAt](int n) {
                if (n == failAt)
                    throw InjectedFailure();
            });
            break;
        } catch (const InjectedFailure &) {
            QCOMPARE(snapshot(), before);
        }
        QVERIFY2(failAt < 100, "apply never finished");
    }
    QVERIFY(failAt > 3);
    QCOMPARE(names(m_fixture.mine()), names(desired));
}

void TestSchemaService::staleVersionIsRefused()
{
    createFour();
    const int version = m_fixture.schema().version;
    QList<SchemaColumn> desired = m_fixture.mine();
    desired[0].name = m_fixture.name(QStringLiteral("changed"));
    for (const bool dryRun : {true, false}) {
        try {
            m_fixture.applyMine(desired, version - 1, dryRun);
            QFAIL("a stale version was accepted");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Conflict);
            QVERIFY2(error.message().contains(QString::number(version - 1))
                         && error.message().contains(QString::number(version)),
                     qPrintable(error.message()));
        }
    }
    QCOMPARE(m_fixture.schema().version, version);
    QCOMPARE(m_fixture.mine()[0].name, m_fixture.name(QStringLiteral("a")));
    // With the current version it goes through.
    QCOMPARE(m_fixture.applyMine(desired, version).toVersion, version + 1);
}

void TestSchemaService::concurrentAppliesConflict()
{
    createFour();
    const int version = m_fixture.schema().version;
    auto applyRenamed = [this, version](const QString &name) {
        QList<SchemaColumn> desired = m_fixture.withOthers(m_fixture.mine());
        desired.last().name = m_fixture.name(name);
        return m_fixture.database().write([desired, version](QSqlDatabase &db) {
            return SchemaService(Sql(db)).apply(desired, version).toVersion;
        });
    };
    QFuture<int> first = applyRenamed(QStringLiteral("first"));
    QFuture<int> second = applyRenamed(QStringLiteral("second"));
    int succeeded = 0;
    int conflicts = 0;
    for (QFuture<int> *future : {&first, &second}) {
        try {
            QCOMPARE(future->result(), version + 1);
            ++succeeded;
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Conflict);
            ++conflicts;
        }
    }
    QCOMPARE(succeeded, 1);
    QCOMPARE(conflicts, 1);
    QCOMPARE(m_fixture.schema().version, version + 1);
}

void TestSchemaService::hostileNamesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("sql injection") << QStringLiteral("x'); DROP TABLE schema_columns;--");
    QTest::newRow("double quotes") << QStringLiteral("\"quoted\" \"\"twice\"\"");
    QTest::newRow("semicolon and comment") << QStringLiteral("a;b -- c /* d */");
    QTest::newRow("backslashes") << QStringLiteral("C:\\path\\to\\n \\\\ \\u0041");
    QTest::newRow("placeholders") << QStringLiteral("? $1 :name %1 %s {}");
    QTest::newRow("percent and underscore") << QStringLiteral("100% _like_");
    QTest::newRow("japanese") << QStringLiteral("名前と住所");
    QTest::newRow("arabic") << QStringLiteral("البريد الإلكتروني");
    QTest::newRow("emoji") << QStringLiteral("📧 e-mail 👍🏽");
    QTest::newRow("combining") << QStringLiteral("Cafe\u0301 vs Café");
    QTest::newRow("spaces around") << QStringLiteral("  padded  ");
}

void TestSchemaService::hostileNamesRoundTrip()
{
    QFETCH(QString, name);
    SchemaColumn column
        = m_fixture.column(name, ColumnType::Enum, true, {name, QStringLiteral("'")});
    column.description = name + QStringLiteral("\nsecond line\t\"tab\"");
    m_fixture.applyMine({column});
    const QList<SchemaColumn> stored = m_fixture.mine();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].name, m_fixture.name(name));
    QCOMPARE(stored[0].description, column.description);
    QCOMPARE(stored[0].values, column.values);

    // Through JSON, as `schema show --json` and `schema apply` see it.
    const QByteArray json
        = QJsonDocument::fromVariant(SchemaService::toVariant(m_fixture.schema())).toJson();
    QString error;
    const auto parsed = SchemaService::fromJson(json, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(m_fixture.mine(Schema{0, *parsed}).first().name, m_fixture.name(name));

    // Renamed: still the same column.
    SchemaColumn renamed = stored[0];
    renamed.name += QStringLiteral("'2");
    m_fixture.applyMine({renamed});
    QCOMPARE(m_fixture.mine()[0].id, stored[0].id);
    QCOMPARE(m_fixture.mine()[0].name, renamed.name);
}

void TestSchemaService::invalidSchemasAreRefused_data()
{
    QTest::addColumn<QList<SchemaColumn>>("columns");
    QTest::addColumn<QString>("message");
    auto col
        = [](const QString &name, ColumnType type = ColumnType::Text, QStringList values = {}) {
              SchemaColumn column;
              column.name = name;
              column.type = type;
              column.values = values;
              return column;
          };
    // Names here are complete (no fixture prefix): they are refused before anything is read.
    QTest::newRow("empty name") << QList<SchemaColumn>{col(QStringLiteral("ok")), col(QString())}
                                << QStringLiteral("column 2: name is empty");
    QTest::newRow("blank name") << QList<SchemaColumn>{col(QStringLiteral("   "))}
                                << QStringLiteral("column 1 \"   \": name is empty");
    QTest::newRow("64 characters") << QList<SchemaColumn>{col(QString(64, QLatin1Char('x')))}
                                   << QStringLiteral("name is longer than 63 characters");
    QTest::newRow("control character")
        << QList<SchemaColumn>{col(QStringLiteral("tab\there"))}
        << QStringLiteral("column 1 \"tab\\there\": name contains a control character");
    QTest::newRow("newline") << QList<SchemaColumn>{col(QStringLiteral("two\nlines"))}
                             << QStringLiteral("name contains a control character");
    QTest::newRow("duplicate ignoring case")
        << QList<SchemaColumn>{col(QStringLiteral("email")),
                               col(QStringLiteral("name")),
                               col(QStringLiteral("Email"))}
        << QStringLiteral("column 3 \"Email\": duplicate name (column 1 \"email\")");
    QTest::newRow("duplicate non-ASCII ignoring case")
        << QList<SchemaColumn>{col(QStringLiteral("Äpfel")), col(QStringLiteral("äPFEL"))}
        << QStringLiteral("column 2 \"äPFEL\": duplicate name");
    QTest::newRow("enum without values")
        << QList<SchemaColumn>{col(QStringLiteral("e"), ColumnType::Enum)}
        << QStringLiteral("an enum needs \"values\"");
    QTest::newRow("empty enum value") << QList<SchemaColumn>{col(
        QStringLiteral("e"), ColumnType::Enum, {QStringLiteral("a"), QString()})}
                                      << QStringLiteral("enum value 2 is empty");
    QTest::newRow("duplicate enum value")
        << QList<SchemaColumn>{col(QStringLiteral("e"),
                                   ColumnType::Enum,
                                   {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")})}
        << QStringLiteral("duplicate enum value \"a\"");
    QTest::newRow("values on text")
        << QList<SchemaColumn>{col(QStringLiteral("t"), ColumnType::Text, {QStringLiteral("a")})}
        << QStringLiteral("\"values\" are only allowed for enum columns");
    SchemaColumn dup1 = col(QStringLiteral("p"));
    SchemaColumn dup2 = col(QStringLiteral("q"));
    dup1.id = dup2.id = 7;
    QTest::newRow("duplicate id") << QList<SchemaColumn>{dup1, dup2}
                                  << QStringLiteral("column 2 \"q\": duplicate id 7");
}

void TestSchemaService::invalidSchemasAreRefused()
{
    QFETCH(QList<SchemaColumn>, columns);
    QFETCH(QString, message);
    createFour();
    const Schema before = m_fixture.schema();
    const QList<SchemaColumn> desired = m_fixture.withOthers(m_fixture.mine()) + columns;
    // Numbered as in the list given.
    const QStringList problems = SchemaService::problems(columns);
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(message),
             qPrintable(problems.join(QLatin1Char('\n'))));
    try {
        m_fixture.write([desired](QSqlDatabase &db) { SchemaService(Sql(db)).apply(desired); });
        QFAIL("an invalid schema was applied");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
    }
    const Schema after = m_fixture.schema();
    QCOMPARE(after.version, before.version);
    QCOMPARE(names(after.columns), names(before.columns));
}

void TestSchemaService::unknownIdIsRefused()
{
    QList<SchemaColumn> columns = createFour();
    const int version = m_fixture.schema().version;
    columns[1].id = 987654321;
    columns[0].name = m_fixture.name(QStringLiteral("would be renamed"));
    try {
        m_fixture.applyMine(columns);
        QFAIL("an unknown id was accepted");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        QVERIFY2(error.message().contains(QStringLiteral("no column with id 987654321")),
                 qPrintable(error.message()));
    }
    QCOMPARE(m_fixture.schema().version, version);
    QCOMPARE(m_fixture.mine()[0].name, m_fixture.name(QStringLiteral("a")));
}

void TestSchemaService::impactListsAffectedMappings()
{
    const QList<SchemaColumn> columns = createFour(); // a text, b integer, c enum x/y, d date
    const qint64 one
        = m_fixture.createFile(QStringLiteral("one.csv"),
                               {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                               {{QStringLiteral("t"), QStringLiteral("1"), QStringLiteral("x")},
                                {QStringLiteral("u"), QStringLiteral("12"), QStringLiteral("y")},
                                {QStringLiteral("v"), QStringLiteral("0"), QStringLiteral("z")},
                                {QStringLiteral(""), QStringLiteral("yes"), QStringLiteral("x")}});
    const qint64 two = m_fixture.createFile(QStringLiteral("two.csv"),
                                            {QStringLiteral("Count"), QStringLiteral("Day")},
                                            {{QStringLiteral("7"), QStringLiteral("2024-02-30")}});
    m_fixture.write([=](QSqlDatabase &db) {
        const Sql sql(db);
        MappingService mappings(sql);
        mappings.save(one,
                      {{QStringLiteral("A"), columns[0].id, {}, {}, {}},
                       {QStringLiteral("B"), columns[1].id, {}, {}, {}},
                       {QStringLiteral("C"), columns[2].id, {}, {}, {}}});
        mappings.save(two, {{QStringLiteral("Count"), columns[1].id, {}, {}, {}}});
    });
    const int oneVersion = m_fixture.read(
        [one](QSqlDatabase &db) { return MappingService(Sql(db)).load(one).version; });

    QList<SchemaColumn> desired = columns;
    desired[0].name = m_fixture.name(QStringLiteral("a2")); // renamed: listed, no counts
    desired[0].required = true;                             // … and now required: 1 empty value
    desired[1].type = ColumnType::Boolean;                  // "12" invalid in one, "7" in two
    desired.removeAt(2);                                    // c removed: unmaps one.csv's C
    const SchemaDiff diff = m_fixture.applyMine(desired);

    const ColumnChange *a = changeFor(diff, desired[0].name);
    QVERIFY(a && a->renamed && a->updated);
    QCOMPARE(a->affected.size(), 1);
    QCOMPARE(a->affected[0].fileColumn, QStringLiteral("A"));
    QCOMPARE(a->affected[0].invalidValues, 1);

    const ColumnChange *b = changeFor(diff, desired[1].name);
    QVERIFY(b && b->retyped);
    QCOMPARE(b->affected.size(), 2);
    QCOMPARE(b->affected[0].file, QStringLiteral("one.csv"));
    QCOMPARE(b->affected[0].project, m_fixture.projectName());
    QCOMPARE(b->affected[0].fileColumn, QStringLiteral("B"));
    QCOMPARE(b->affected[0].invalidValues, 1);
    QCOMPARE(b->affected[1].file, QStringLiteral("two.csv"));
    QCOMPARE(b->affected[1].invalidValues, 1);

    const ColumnChange *c = changeFor(diff, columns[2].name);
    QVERIFY(c && c->removed);
    QCOMPARE(c->affected.size(), 1);
    QCOMPARE(c->affected[0].fileColumn, QStringLiteral("C"));
    QCOMPARE(c->affected[0].invalidValues, -1);

    const ColumnChange *d = changeFor(diff, columns[3].name);
    QVERIFY(!d); // untouched

    // The removal unmapped C and bumped one.csv's mapping version; two.csv kept its version.
    const FileMapping after
        = m_fixture.read([one](QSqlDatabase &db) { return MappingService(Sql(db)).load(one); });
    QVERIFY(!after.columns[2].isMapped());
    QCOMPARE(after.columns[0].schemaColumn, desired[0].name);
    QCOMPARE(after.version, oneVersion + 1);
}

void TestSchemaService::dryRunChangesNothing()
{
    const QList<SchemaColumn> columns = createFour();
    const qint64 file = m_fixture.createFile(QStringLiteral("f.csv"),
                                             {QStringLiteral("B")},
                                             {{QStringLiteral("x")}, {QStringLiteral("2")}});
    m_fixture.write([=](QSqlDatabase &db) {
        MappingService(Sql(db)).save(file, {{QStringLiteral("B"), columns[1].id, {}, {}, {}}});
    });
    const Schema before = m_fixture.schema();
    QList<SchemaColumn> desired = columns;
    desired[1].type = ColumnType::Decimal;
    desired.removeLast();
    const SchemaDiff diff = m_fixture.applyMine(desired, before.version, true);
    QVERIFY(diff.dryRun);
    QCOMPARE(diff.toVersion, before.version);
    QCOMPARE(diff.changes.size(), 2);
    QCOMPARE(changeFor(diff, desired[1].name)->affected.value(0).invalidValues, 1);
    const Schema after = m_fixture.schema();
    QCOMPARE(after.version, before.version);
    QCOMPARE(names(after.columns), names(before.columns));
    QCOMPARE(after.columns.last().type, before.columns.last().type);
}

void TestSchemaService::jsonRoundTrip()
{
    createFour();
    const Schema schema = m_fixture.schema();
    const QVariantMap variant = SchemaService::toVariant(schema);
    QCOMPARE(variant.value(QStringLiteral("version")).toInt(), schema.version);
    const QVariantList list = variant.value(QStringLiteral("columns")).toList();
    QCOMPARE(list.size(), schema.columns.size());
    // "values" only for enum columns.
    for (int i = 0; i < list.size(); ++i)
        QCOMPARE(list[i].toMap().contains(QStringLiteral("values")),
                 schema.columns[i].type == ColumnType::Enum);
    QString error;
    const auto parsed
        = SchemaService::fromJson(QJsonDocument::fromVariant(variant).toJson(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->size(), schema.columns.size());
    for (int i = 0; i < parsed->size(); ++i) {
        QCOMPARE((*parsed)[i].id, schema.columns[i].id);
        QVERIFY((*parsed)[i].sameDefinition(schema.columns[i]));
    }
    // Applying what show printed changes nothing.
    QVERIFY(m_fixture
                .write([parsed](QSqlDatabase &db) { return SchemaService(Sql(db)).apply(*parsed); })
                .isEmpty());
}

void TestSchemaService::malformedJsonIsReported_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{columns: [") << QStringLiteral("not valid JSON");
    QTest::newRow("no columns") << QByteArray("{\"version\": 1}")
                                << QStringLiteral("expected an object with a \"columns\" array");
    QTest::newRow("name not string") << QByteArray(R"({"columns":[{"name":5,"type":"text"}]})")
                                     << QStringLiteral("column 1: \"name\" must be a string");
    QTest::newRow("unknown type") << QByteArray(
        R"({"columns":[{"name":"a","type":"text"},{"name":"b","type":"strng"}]})")
                                  << QStringLiteral("column 2 \"b\": unknown type \"strng\"");
    QTest::newRow("bad id") << QByteArray(R"({"columns":[{"id":1.5,"name":"a","type":"text"}]})")
                            << QStringLiteral("\"id\" must be a positive integer");
    QTest::newRow("bad required") << QByteArray(
        R"({"columns":[{"name":"a","type":"text","required":"yes"}]})")
                                  << QStringLiteral("\"required\" must be true or false");
    QTest::newRow("bad values") << QByteArray(
        R"({"columns":[{"name":"a","type":"enum","values":[1]}]})")
                                << QStringLiteral("\"values\" must be an array of strings");
}

void TestSchemaService::malformedJsonIsReported()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!SchemaService::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSchemaService)
#include "tst_schemaservice.moc"
