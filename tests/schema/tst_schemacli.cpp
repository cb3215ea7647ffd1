// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schemafixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace stevedore;

// `stevedore schema …` and `stevedore mapping …` as scripts see them: exit codes, JSON shapes,
// messages. Runs the real binary against an SQLite file.
class TestSchemaCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void applyThenShowRoundTripsNames();
    void invalidSchemaFilesAreRefused_data();
    void invalidSchemaFilesAreRefused();
    void expectVersionAndDryRun();
    void columnsWithoutIdAreNew();
    void mappingShowListsEveryFileColumn();
    void mappingSetAndValidate();
    void mappingTransformChainValidatedAndExported();
    void validateListsEveryFailure();
    void mappingAuto();
    void importRecallsTheMappingOfAnEarlierFile();
    void usageErrors_data();
    void usageErrors();

private:
    test::CliResult cli(QStringList arguments);
    QJsonObject json(const QStringList &arguments);
    QString schemaFile(const QByteArray &json);
    // schemaFile() with the stored column's id added to each column of the same name, as a
    // file edited from `schema show --json` has them (a column without an id is new).
    QString schemaFileWithIds(const QByteArray &json);
    qint64 createPeopleFile();

    test::SchemaFixture m_fixture;
    QTemporaryDir m_files;
    int m_fileCount = 0;
};

void TestSchemaCli::initTestCase()
{
    QVERIFY(m_fixture.setUpCase());
    QVERIFY(m_files.isValid());
}

void TestSchemaCli::init()
{
    m_fixture.setUp();
}

void TestSchemaCli::cleanup()
{
    m_fixture.tearDown();
}

test::CliResult TestSchemaCli::cli(QStringList arguments)
{
    arguments.prepend(QStringLiteral("sqlite:") + m_fixture.url().path);
    arguments.prepend(QStringLiteral("--db"));
    return test::runCli(arguments);
}

QJsonObject TestSchemaCli::json(const QStringList &arguments)
{
    const test::CliResult result = cli(arguments);
    [&] {
        QCOMPARE(result.exitCode, 0);
    }();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    [&] {
        QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
    }();
    return document.object();
}

QString TestSchemaCli::schemaFile(const QByteArray &json)
{
    const QString path = m_files.filePath(QStringLiteral("schema%1.json").arg(++m_fileCount));
    [&] {
        QVERIFY(test::writeFile(path, json));
    }();
    return path;
}

QString TestSchemaCli::schemaFileWithIds(const QByteArray &json)
{
    const Schema stored = m_fixture.schema();
    QJsonObject document = QJsonDocument::fromJson(json).object();
    QJsonArray columns = document.value("columns").toArray();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QJsonObject column = columns[i].toObject();
        for (const SchemaColumn &existing : stored.columns) {
            if (existing.name == column.value("name").toString())
                column.insert("id", existing.id);
        }
        columns[i] = column;
    }
    document.insert("columns", columns);
    return schemaFile(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

qint64 TestSchemaCli::createPeopleFile()
{
    return m_fixture.createFile(QStringLiteral("people.csv"),
                                {QStringLiteral("E-Mail"),
                                 QStringLiteral("Full Name"),
                                 QStringLiteral("Age"),
                                 QStringLiteral("Remarks")},
                                {{QStringLiteral("ann@example.com"),
                                  QStringLiteral("Ann"),
                                  QStringLiteral("41"),
                                  QString()},
                                 {QStringLiteral("bob(at)example.com"),
                                  QStringLiteral("Bob"),
                                  QStringLiteral("forty"),
                                  QString()}});
}

void TestSchemaCli::applyThenShowRoundTripsNames()
{
    const QString hostile = QStringLiteral("x'); DROP TABLE schema_columns;-- \"q\" \\ 名前 📧");
    QJsonArray columns;
    columns.append(QJsonObject{{"name", "email"}, {"type", "email"}, {"required", true}});
    columns.append(QJsonObject{{"name", hostile}, {"type", "text"}, {"description", "a\nb"}});
    columns.append(
        QJsonObject{{"name", "status"}, {"type", "enum"}, {"values", QJsonArray{"on", "off"}}});
    const QString path = schemaFile(QJsonDocument(QJsonObject{{"columns", columns}}).toJson());
    const test::CliResult applied = cli({QStringLiteral("schema"), QStringLiteral("apply"), path});
    QCOMPARE(applied.exitCode, 0);
    QVERIFY2(applied.out.contains("schema version 0 → 1"), applied.out.constData());

    const QJsonObject shown
        = json({QStringLiteral("schema"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(shown.value("version").toInt(), 1);
    const QJsonArray list = shown.value("columns").toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[1].toObject().value("name").toString(), hostile);
    QCOMPARE(list[1].toObject().value("description").toString(), QStringLiteral("a\nb"));
    QVERIFY(list[0].toObject().value("id").toInteger() > 0);
    QCOMPARE(list[0].toObject().value("required").toBool(), true);
    QCOMPARE(list[0].toObject().value("type").toString(), QStringLiteral("email"));
    QVERIFY(!list[1].toObject().contains("values"));
    QCOMPARE(list[2].toObject().value("values").toArray(), (QJsonArray{"on", "off"}));

    // Feeding show's output back changes nothing.
    const QString again = schemaFile(QJsonDocument(shown).toJson());
    const test::CliResult same = cli({QStringLiteral("schema"), QStringLiteral("apply"), again});
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.contains("no changes (schema version 1)"), same.out.constData());

    const test::CliResult table = cli({QStringLiteral("schema"), QStringLiteral("show")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(hostile.toUtf8()));
}

void TestSchemaCli::invalidSchemaFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message"); // after "FILE: "
    QTest::newRow("duplicate name") << QByteArray(
        R"({"columns":[{"name":"email","type":"email"},{"name":"x","type":"text"},{"name":"Email","type":"text"}]})")
                                    << QStringLiteral("column 3 \"Email\": duplicate name");
    QTest::newRow("unknown type") << QByteArray(R"({"columns":[{"name":"a","type":"varchar"}]})")
                                  << QStringLiteral("column 1 \"a\": unknown type \"varchar\"");
    QTest::newRow("enum without values")
        << QByteArray(R"({"columns":[{"name":"s","type":"enum"}]})")
        << QStringLiteral("column 1 \"s\": an enum needs \"values\"");
    QTest::newRow("long name") << QByteArray(
        R"({"columns":[{"name":"0123456789012345678901234567890123456789012345678901234567890123","type":"text"}]})")
                               << QStringLiteral("column 1 "
                                                 "\"01234567890123456789012345678901234567890123456"
                                                 "78901234567890123\": "
                                                 "name is longer than 63 characters");
    QTest::newRow("unknown id") << QByteArray(
        R"({"columns":[{"id":999,"name":"a","type":"text"}]})")
                                << QStringLiteral("column 1 \"a\": no column with id 999");
    QTest::newRow("not json") << QByteArray("columns:") << QStringLiteral("not valid JSON");
    QTest::newRow("unknown rule")
        << QByteArray(R"({"columns":[{"name":"a","type":"text","rules":[{"rule":"like"}]}]})")
        << QStringLiteral("column 1 \"a\": rule 1: \"rule\" must be one of pattern, min, max");
    QTest::newRow("bad pattern") << QByteArray(
        R"({"columns":[{"name":"a","type":"text","rules":[{"rule":"pattern","value":"[a-"}]}]})")
                                 << QStringLiteral("column 1 \"a\": rule 1 \"pattern\": ");
    QTest::newRow("min on text") << QByteArray(
        R"({"columns":[{"name":"a","type":"text","rules":[{"rule":"min","value":1}]}]})")
                                 << QStringLiteral("column 1 \"a\": rule 1 \"min\": only for "
                                                   "integer, decimal, date and datetime columns");
    QTest::newRow("required-with unknown") << QByteArray(
        R"({"columns":[{"name":"a","type":"text","rules":[{"rule":"required-with","column":"b"}]}]})")
                                           << QStringLiteral("column 1 \"a\": rule 1 "
                                                             "\"required-with\": no schema column "
                                                             "\"b\"");
}

void TestSchemaCli::invalidSchemaFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = schemaFile(content);
    const test::CliResult result = cli({QStringLiteral("schema"), QStringLiteral("apply"), path});
    QCOMPARE(result.exitCode, 1);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(path + QStringLiteral(": ") + message), qPrintable(err));
    QCOMPARE(m_fixture.schema().version, 0);
    QVERIFY(m_fixture.schema().columns.isEmpty());
}

void TestSchemaCli::expectVersionAndDryRun()
{
    const QString v1 = schemaFile(R"({"columns":[{"name":"a","type":"text"}]})");
    QCOMPARE(cli({QStringLiteral("schema"), QStringLiteral("apply"), v1}).exitCode, 0);
    const QString v2 = schemaFileWithIds(
        R"({"columns":[{"name":"a","type":"integer"},{"name":"b","type":"date"}]})");

    const test::CliResult stale = cli({QStringLiteral("schema"),
                                       QStringLiteral("apply"),
                                       v2,
                                       QStringLiteral("--expect-version"),
                                       QStringLiteral("0")});
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.err.contains("expected version 0 but the schema is at version 1"),
             stale.err.constData());

    const test::CliResult dry = cli({QStringLiteral("schema"),
                                     QStringLiteral("apply"),
                                     v2,
                                     QStringLiteral("--expect-version"),
                                     QStringLiteral("1"),
                                     QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("dry run, nothing changed: schema version 1 would become 2"),
             dry.out.constData());
    QVERIFY2(dry.out.contains("+ \"b\" added (date)"), dry.out.constData());
    QVERIFY2(dry.out.contains("~ \"a\": retyped text → integer"), dry.out.constData());
    QCOMPARE(m_fixture.schema().version, 1);

    const QJsonObject diff = json({QStringLiteral("schema"),
                                   QStringLiteral("apply"),
                                   v2,
                                   QStringLiteral("--expect-version"),
                                   QStringLiteral("1"),
                                   QStringLiteral("--json")});
    QCOMPARE(diff.value("to_version").toInt(), 2);
    QCOMPARE(diff.value("changes").toArray().size(), 2);
    QCOMPARE(m_fixture.schema().version, 2);
}

// The contract: a column without an id is new, and a stored column whose id is not in the
// file is removed, so re-applying a file without ids replaces its columns.
void TestSchemaCli::columnsWithoutIdAreNew()
{
    const QString file = schemaFile(R"({"columns":[{"name":"email","type":"email"}]})");
    QCOMPARE(cli({QStringLiteral("schema"), QStringLiteral("apply"), file}).exitCode, 0);
    const qint64 first = m_fixture.schema().columns.value(0).id;

    const test::CliResult dry = cli(
        {QStringLiteral("schema"), QStringLiteral("apply"), file, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("- \"email\" removed"), dry.out.constData());
    QVERIFY2(dry.out.contains("+ \"email\" added (email)"), dry.out.constData());
    QCOMPARE(cli({QStringLiteral("schema"), QStringLiteral("apply"), file}).exitCode, 0);
    const Schema replaced = m_fixture.schema();
    QCOMPARE(replaced.columns.size(), 1);
    QVERIFY(replaced.columns[0].id != first);

    // With the ids `schema show --json` prints, nothing changes.
    const test::CliResult same
        = cli({QStringLiteral("schema"),
               QStringLiteral("apply"),
               schemaFileWithIds(R"({"columns":[{"name":"email","type":"email"}]})")});
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.startsWith("no changes"), same.out.constData());
    QCOMPARE(m_fixture.schema().version, replaced.version);
}

void TestSchemaCli::mappingShowListsEveryFileColumn()
{
    createPeopleFile();
    const QJsonObject shown = json({QStringLiteral("mapping"),
                                    QStringLiteral("show"),
                                    QStringLiteral("--project"),
                                    m_fixture.projectName(),
                                    QStringLiteral("--file"),
                                    QStringLiteral("people.csv"),
                                    QStringLiteral("--json")});
    QCOMPARE(shown.value("file").toString(), QStringLiteral("people.csv"));
    const QJsonArray mappings = shown.value("mappings").toArray();
    QCOMPARE(mappings.size(), 4);
    QCOMPARE(mappings[0].toObject().value("file_column").toString(), QStringLiteral("E-Mail"));
    for (const QJsonValue &mapping : mappings) {
        QVERIFY(mapping.toObject().value("schema_column").isNull());
        QVERIFY(mapping.toObject().value("transform").isNull());
        QVERIFY(mapping.toObject().value("confidence").isNull());
    }
    const test::CliResult missing = cli({QStringLiteral("mapping"),
                                         QStringLiteral("show"),
                                         QStringLiteral("--project"),
                                         m_fixture.projectName(),
                                         QStringLiteral("--file"),
                                         QStringLiteral("nope.csv")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("no file named 'nope.csv'"), missing.err.constData());
}

void TestSchemaCli::mappingSetAndValidate()
{
    createPeopleFile();
    const QString schema = schemaFile(
        R"({"columns":[{"name":"email","type":"email","required":true},{"name":"name","type":"text"},{"name":"age","type":"integer"}]})");
    QCOMPARE(cli({QStringLiteral("schema"), QStringLiteral("apply"), schema}).exitCode, 0);
    const QStringList target{QStringLiteral("--project"),
                             m_fixture.projectName(),
                             QStringLiteral("--file"),
                             QStringLiteral("people.csv")};

    // Nothing mapped: the required email is missing.
    test::CliResult validate
        = cli(QStringList{QStringLiteral("mapping"), QStringLiteral("validate")} + target);
    QCOMPARE(validate.exitCode, 2);
    QVERIFY2(validate.out.contains("required schema columns not mapped: \"email\""),
             validate.out.constData());

    // Unknown names on either side: refused, named, nothing saved.
    const test::CliResult unknown
        = cli(QStringList{QStringLiteral("mapping"), QStringLiteral("set")} + target
              + QStringList{QStringLiteral("E-Mail=email"),
                            QStringLiteral("Nope=name"),
                            QStringLiteral("Age=years")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("unknown file column \"Nope\""), unknown.err.constData());
    QVERIFY2(unknown.err.contains("unknown schema column \"years\""), unknown.err.constData());
    QJsonObject shown = json(
        QStringList{QStringLiteral("mapping"), QStringLiteral("show"), QStringLiteral("--json")}
        + target);
    QVERIFY(shown.value("mappings").toArray()[0].toObject().value("schema_column").isNull());

    const test::CliResult set
        = cli(QStringList{QStringLiteral("mapping"), QStringLiteral("set")} + target
              + QStringList{QStringLiteral("E-Mail=email:lower"),
                            QStringLiteral("Full Name=NAME"),
                            QStringLiteral("Age=age:trim")});
    QCOMPARE(set.exitCode, 0);
    shown = json(
        QStringList{QStringLiteral("mapping"), QStringLiteral("show"), QStringLiteral("--json")}
        + target);
    const QJsonArray mappings = shown.value("mappings").toArray();
    QCOMPARE(mappings[0].toObject().value("schema_column").toString(), QStringLiteral("email"));
    QCOMPARE(mappings[0].toObject().value("transform").toString(), QStringLiteral("lower"));
    QCOMPARE(mappings[1].toObject().value("schema_column").toString(), QStringLiteral("name"));
    QVERIFY(mappings[3].toObject().value("schema_column").isNull());

    validate = cli(
        QStringList{QStringLiteral("mapping"), QStringLiteral("validate"), QStringLiteral("--json")}
        + target);
    QCOMPARE(validate.exitCode, 2);
    const QJsonObject report = QJsonDocument::fromJson(validate.out).object();
    QCOMPARE(report.value("valid").toBool(), false);
    QCOMPARE(report.value("invalid_values").toInt(), 2);
    const QJsonArray examples
        = report.value("columns").toArray()[0].toObject().value("examples").toArray();
    QCOMPARE(examples[0].toObject().value("line").toInt(), 3);
    QCOMPARE(examples[0].toObject().value("value").toString(),
             QStringLiteral("bob(at)example.com"));

    // Unmapping the bad columns but keeping the required one makes the file valid.
    QCOMPARE(cli(QStringList{QStringLiteral("mapping"), QStringLiteral("set")} + target
                 + QStringList{QStringLiteral("Age=")})
                 .exitCode,
             0);
    const QString relaxed = schemaFileWithIds(
        R"({"columns":[{"name":"email","type":"text","required":true},{"name":"name","type":"text"},{"name":"age","type":"integer"}]})");
    QCOMPARE(cli({QStringLiteral("schema"), QStringLiteral("apply"), relaxed}).exitCode, 0);
    validate = cli(QStringList{QStringLiteral("mapping"), QStringLiteral("validate")} + target);
    QCOMPARE(validate.exitCode, 0);
    QVERIFY2(validate.out.endsWith("valid\n"), validate.out.constData());
}

// A chain of steps set from the command line is stored as written, makes the values valid
// that it should, and shapes `export --mapped`; a bad chain is refused with its reason.
void TestSchemaCli::mappingTransformChainValidatedAndExported()
{
    m_fixture.createFile(QStringLiteral("preise.csv"),
                         {QStringLiteral("Land"), QStringLiteral("Betrag")},
                         {{QStringLiteral("  Deutschland "), QStringLiteral("1.234,50")},
                          {QStringLiteral("frankreich"), QStringLiteral("k.A.")},
                          {QStringLiteral("Vereinigtes   Königreich"), QStringLiteral("-0,5")}});
    const QString schema = schemaFile(
        R"({"columns":[{"name":"country","type":"enum","values":["DE","FR","GB"]},{"name":"amount","type":"decimal"}]})");
    QCOMPARE(cli({QStringLiteral("schema"), QStringLiteral("apply"), schema}).exitCode, 0);
    const QStringList target{QStringLiteral("--project"),
                             m_fixture.projectName(),
                             QStringLiteral("--file"),
                             QStringLiteral("preise.csv")};

    const test::CliResult bad
        = cli(QStringList{QStringLiteral("mapping"), QStringLiteral("set")} + target
              + QStringList{QStringLiteral("Betrag=amount:null-if;number:xx_YY")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("unknown locale"), bad.err.constData());

    const QString country
        = QStringLiteral("collapse;lookup:Deutschland=DE|Frankreich=FR|Vereinigtes Königreich=GB");
    const test::CliResult set
        = cli(QStringList{QStringLiteral("mapping"), QStringLiteral("set")} + target
              + QStringList{QStringLiteral("Land=country:") + country,
                            QStringLiteral("Betrag=amount:null-if:k.A.|-;number:de_DE")});
    QCOMPARE(set.exitCode, 0);
    const QJsonArray mappings
        = json(QStringList{
                   QStringLiteral("mapping"), QStringLiteral("show"), QStringLiteral("--json")}
               + target)
              .value("mappings")
              .toArray();
    QCOMPARE(mappings[0].toObject().value("transform").toString(), country);
    QCOMPARE(mappings[1].toObject().value("transform").toString(),
             QStringLiteral("null-if:k.A.|-;number:de_DE"));

    const test::CliResult validate
        = cli(QStringList{QStringLiteral("mapping"), QStringLiteral("validate")} + target);
    QCOMPARE(validate.exitCode, 0);

    const test::CliResult exported
        = cli(QStringList{QStringLiteral("export"), QStringLiteral("--mapped")} + target);
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(QString::fromUtf8(exported.out),
             QStringLiteral("country,amount\nDE,1234.50\nFR,\nGB,-0.5\n"));
}

// import --mapping-from: auto gives a file the corrected mapping of the project's earlier
// file with the same columns (here reordered and re-cased), says so, and puts it in --json;
// none leaves the file unmapped; a file that is not in the project is refused before
// anything is imported.
// --failures lists every failing cell, not five a column: as FILE:LINE: lines, or with --json
// one object a line; the exit code is validate's.
void TestSchemaCli::validateListsEveryFailure()
{
    QList<QStringList> rows;
    for (int i = 0; i < 12; ++i)
        rows << QStringList{QStringLiteral("x%1").arg(i), QString::number(i * 10)};
    m_fixture.createFile(QStringLiteral("codes.csv"), {"Code", "Qty"}, rows);
    const QString schema = schemaFile(
        R"({"columns":[{"name":"code","type":"text","rules":[{"rule":"pattern","value":"[A-Z]\\d+","message":"a capital, then digits"}]},{"name":"qty","type":"integer","rules":[{"rule":"max","value":200}]}]})");
    QCOMPARE(cli({QStringLiteral("schema"), QStringLiteral("apply"), schema}).exitCode, 0);
    const QStringList target{QStringLiteral("--project"),
                             m_fixture.projectName(),
                             QStringLiteral("--file"),
                             QStringLiteral("codes.csv")};
    QCOMPARE(cli(QStringList{QStringLiteral("mapping"), QStringLiteral("set")} + target
                 + QStringList{QStringLiteral("Code=code:upper"), QStringLiteral("Qty=qty")})
                 .exitCode,
             0);

    const test::CliResult text = cli(
        QStringList{QStringLiteral("mapping"), QStringLiteral("validate"), "--failures"} + target);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.isEmpty(), text.out.constData());

    // x0 … x11 upper-cased pass; 60 … 110 are above 50.
    const QString lowered = schemaFileWithIds(
        R"({"columns":[{"name":"code","type":"text","rules":[{"rule":"pattern","value":"[a-z]\\d","message":"a letter and one digit"}]},{"name":"qty","type":"integer","rules":[{"rule":"max","value":50}]}]})");
    QCOMPARE(cli({QStringLiteral("schema"), QStringLiteral("apply"), lowered}).exitCode, 0);
    const test::CliResult listed = cli(
        QStringList{QStringLiteral("mapping"), QStringLiteral("validate"), "--failures"} + target);
    QCOMPARE(listed.exitCode, 2);
    const QStringList lines = QString::fromUtf8(listed.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 12 + 6);
    QCOMPARE(
        lines[0],
        QStringLiteral("codes.csv:2: \"code\": a letter and one digit (pattern, value \"x0\")"));
    QVERIFY2(lines.contains(
                 QStringLiteral("codes.csv:8: \"qty\": above the maximum 50 (max, value \"60\")")),
             listed.out.constData());

    const test::CliResult json = cli(
        QStringList{QStringLiteral("mapping"), QStringLiteral("validate"), "--failures", "--json"}
        + target);
    QCOMPARE(json.exitCode, 2);
    const QList<QByteArray> objects = json.out.split('\n');
    QCOMPARE(objects.size(), 18 + 1); // and the last newline
    const QJsonObject last = QJsonDocument::fromJson(objects[17]).object();
    QCOMPARE(last.value("line").toInt(), 13);
    QCOMPARE(last.value("column").toString(), QStringLiteral("qty"));
    QCOMPARE(last.value("rule").toString(), QStringLiteral("max"));
    QCOMPARE(last.value("value").toString(), QStringLiteral("110"));
    QCOMPARE(last.value("message").toString(), QStringLiteral("above the maximum 50"));
    QCOMPARE(last.value("file_column").toString(), QStringLiteral("Qty"));

    // The report names the rules too.
    const test::CliResult report = cli(
        QStringList{QStringLiteral("mapping"), QStringLiteral("validate"), "--json"} + target);
    const QJsonArray columns
        = QJsonDocument::fromJson(report.out).object().value("columns").toArray();
    QCOMPARE(columns[0].toObject().value("by_rule").toObject().value("pattern").toInt(), 12);
    QCOMPARE(columns[1].toObject().value("by_rule").toObject().value("max").toInt(), 6);
}

void TestSchemaCli::importRecallsTheMappingOfAnEarlierFile()
{
    const QString schema = schemaFile(
        R"({"columns":[{"name":"order_id","type":"integer"},{"name":"customer","type":"text"},{"name":"amount","type":"decimal"}]})");
    QCOMPARE(cli({QStringLiteral("schema"), QStringLiteral("apply"), schema}).exitCode, 0);
    const QString november = m_files.filePath(QStringLiteral("orders-2026-11.csv"));
    const QString december = m_files.filePath(QStringLiteral("orders-2026-12.csv"));
    const QString january = m_files.filePath(QStringLiteral("orders-2027-01.csv"));
    QVERIFY(test::writeFile(november, "Order ID,Kunde,Betrag\n1,Ann,\"1.234,50\"\n"));
    QVERIFY(test::writeFile(december, "betrag,ORDER_ID,kunde\n\"7,5\",2,Bob\n"));
    QVERIFY(test::writeFile(january, "Order ID,Kunde,Betrag\n3,Cy,\"2,0\"\n"));
    const QString project = m_fixture.projectName();
    const auto importArgs = [&project](const QString &path, const QStringList &more = {}) {
        return QStringList{QStringLiteral("import"), QStringLiteral("--project"), project} + more
               + QStringList{path};
    };
    const test::CliResult first = cli(importArgs(november));
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(!first.out.contains("mapping"), first.out.constData()); // nothing to recall yet
    const QStringList target{QStringLiteral("--project"),
                             project,
                             QStringLiteral("--file"),
                             QStringLiteral("orders-2026-11.csv")};
    QCOMPARE(cli(QStringList{QStringLiteral("mapping"), QStringLiteral("set")} + target
                 + QStringList{QStringLiteral("Order ID=order_id"),
                               QStringLiteral("Kunde=customer:collapse"),
                               QStringLiteral("Betrag=amount:number:de_DE")})
                 .exitCode,
             0);

    const test::CliResult unknown
        = cli(importArgs(december, {QStringLiteral("--mapping-from"), QStringLiteral("nope.csv")}));
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("nope.csv"), unknown.err.constData());
    QVERIFY2(!unknown.out.contains("imported"), unknown.out.constData());

    const test::CliResult second = cli(importArgs(december, {QStringLiteral("--json")}));
    QCOMPARE(second.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(second.out).object();
    const QJsonObject mapping = result.value("mapping").toObject();
    QCOMPARE(mapping.value("applied").toBool(), true);
    QCOMPARE(mapping.value("from").toString(), QStringLiteral("orders-2026-11.csv"));
    QCOMPARE(mapping.value("match").toString(), QStringLiteral("renamed"));
    QCOMPARE(mapping.value("confidence").toDouble(), 0.95);
    QVERIFY(mapping.value("reason").toString().startsWith(
        QStringLiteral("same columns as \"orders-2026-11.csv\", renamed by case or spacing")));
    const QJsonArray shown = json(QStringList{QStringLiteral("mapping"),
                                              QStringLiteral("show"),
                                              QStringLiteral("--json"),
                                              QStringLiteral("--project"),
                                              project,
                                              QStringLiteral("--file"),
                                              QStringLiteral("orders-2026-12.csv")})
                                 .value("mappings")
                                 .toArray();
    QCOMPARE(shown[0].toObject().value("schema_column").toString(), QStringLiteral("amount"));
    QCOMPARE(shown[0].toObject().value("transform").toString(), QStringLiteral("number:de_DE"));
    QCOMPARE(shown[1].toObject().value("schema_column").toString(), QStringLiteral("order_id"));
    QCOMPARE(shown[2].toObject().value("transform").toString(), QStringLiteral("collapse"));
    const test::CliResult exported = cli({QStringLiteral("export"),
                                          QStringLiteral("--mapped"),
                                          QStringLiteral("--project"),
                                          project,
                                          QStringLiteral("--file"),
                                          QStringLiteral("orders-2026-12.csv")});
    QCOMPARE(QString::fromUtf8(exported.out),
             QStringLiteral("order_id,customer,amount\n2,Bob,7.5\n"));

    const test::CliResult none
        = cli(importArgs(january, {QStringLiteral("--mapping-from"), QStringLiteral("none")}));
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(!none.out.contains("mapping"), none.out.constData());
    QCOMPARE(json(QStringList{QStringLiteral("mapping"),
                              QStringLiteral("show"),
                              QStringLiteral("--json"),
                              QStringLiteral("--project"),
                              project,
                              QStringLiteral("--file"),
                              QStringLiteral("orders-2027-01.csv")})
                 .value("version")
                 .toInt(),
             0);
    // A file named explicitly; the text output names what was applied.
    const QString february = m_files.filePath(QStringLiteral("orders-2027-02.csv"));
    QVERIFY(test::writeFile(february, "Order ID,Kunde,Betrag\n4,Dee,\"3,0\"\n"));
    const test::CliResult replaced = cli(importArgs(
        february, {QStringLiteral("--mapping-from"), QStringLiteral("orders-2026-11.csv")}));
    QCOMPARE(replaced.exitCode, 0);
    QVERIFY2(replaced.out.contains("mapping applied: same header as \"orders-2026-11.csv\""),
             replaced.out.constData());
}

void TestSchemaCli::mappingAuto()
{
    createPeopleFile();
    const QString schema = schemaFile(
        R"({"columns":[{"name":"email","type":"email"},{"name":"name","type":"text"},{"name":"age","type":"integer"},{"name":"remarks_internal","type":"text"}]})");
    QCOMPARE(cli({QStringLiteral("schema"), QStringLiteral("apply"), schema}).exitCode, 0);
    const QStringList target{QStringLiteral("--project"),
                             m_fixture.projectName(),
                             QStringLiteral("--file"),
                             QStringLiteral("people.csv")};

    const test::CliResult dry = cli(
        QStringList{QStringLiteral("mapping"), QStringLiteral("auto"), QStringLiteral("--dry-run")}
        + target);
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("E-Mail") && dry.out.contains("1.00")
                 && dry.out.contains("would apply"),
             dry.out.constData());
    QJsonObject shown = json(
        QStringList{QStringLiteral("mapping"), QStringLiteral("show"), QStringLiteral("--json")}
        + target);
    QVERIFY(shown.value("mappings").toArray()[0].toObject().value("schema_column").isNull());

    const test::CliResult applied
        = cli(QStringList{QStringLiteral("mapping"), QStringLiteral("auto")} + target);
    QCOMPARE(applied.exitCode, 0);
    QVERIFY2(applied.out.contains("applied 3 suggestion(s) at or above 0.8"),
             applied.out.constData());
    shown = json(
        QStringList{QStringLiteral("mapping"), QStringLiteral("show"), QStringLiteral("--json")}
        + target);
    const QJsonArray mappings = shown.value("mappings").toArray();
    QCOMPARE(mappings[0].toObject().value("schema_column").toString(), QStringLiteral("email"));
    QCOMPARE(mappings[0].toObject().value("confidence").toDouble(), 1.0);
    QCOMPARE(mappings[1].toObject().value("schema_column").toString(), QStringLiteral("name"));
    QCOMPARE(mappings[2].toObject().value("schema_column").toString(), QStringLiteral("age"));
    // "Remarks" is only part of "remarks_internal": suggested, not confident enough.
    QVERIFY(mappings[3].toObject().value("schema_column").isNull());
    QVERIFY2(applied.out.contains("remarks_internal") && applied.out.contains("below threshold"),
             applied.out.constData());

    const QJsonObject again = json(QStringList{QStringLiteral("mapping"),
                                               QStringLiteral("auto"),
                                               QStringLiteral("--threshold"),
                                               QStringLiteral("0.5"),
                                               QStringLiteral("--json")}
                                   + target);
    QCOMPARE(again.value("suggestions").toArray().size(), 1);
    QCOMPARE(again.value("applied").toInt(), 1);
}

void TestSchemaCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("schema without action") << QStringList{"schema"} << "usage: stevedore schema";
    QTest::newRow("apply without file")
        << QStringList{"schema", "apply"} << "usage: stevedore schema apply";
    QTest::newRow("apply missing file") << QStringList{"schema", "apply", "/nonexistent/x.json"}
                                        << "cannot read /nonexistent/x.json";
    QTest::newRow("bad expect version")
        << QStringList{"schema", "apply", "x.json", "--expect-version", "two"}
        << "--expect-version needs";
    QTest::newRow("dry run on show") << QStringList{"schema", "show", "--dry-run"}
                                     << "--dry-run does not apply to 'schema show'";
    QTest::newRow("mapping without project")
        << QStringList{"mapping", "show", "--file", "f"} << "'mapping' needs --project";
    QTest::newRow("bad threshold")
        << QStringList{"mapping", "auto", "--project", "p", "--file", "f", "--threshold", "2"}
        << "--threshold needs a number from 0 to 1";
    QTest::newRow("set without assignments")
        << QStringList{"mapping", "set", "--project", "p", "--file", "f"}
        << "usage: stevedore mapping set";
}

void TestSchemaCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const test::CliResult result = cli(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
}

QTEST_GUILESS_MAIN(TestSchemaCli)
#include "tst_schemacli.moc"
