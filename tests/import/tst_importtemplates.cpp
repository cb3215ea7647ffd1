// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "import/importer.h"
#include "import/importtemplate.h"
#include "importfixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace stevedore;

// Named import templates (import/importtemplate.h, `stevedore template`, `import --template`)
// on SQLite (tst_importtemplates) or PostgreSQL (tst_importtemplates_pg): settings are read
// and checked, saved with a version, applied to an import where the command line says
// nothing, and their mapping given to each file imported with them.
class TestImportTemplates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void settingsRoundTrip();
    void badSettingsAreNamed_data();
    void badSettingsAreNamed();
    void commandLineWins();
    void savedWithVersions();
    void unknownSchemaColumnIsRefused();
    void importWithTemplate();
    void templateFromFile();
    void rulesGoWithTheTemplate();
    void badRulesAreRefused();
    void ruleOnARenamedColumnIsLeftOut();

private:
    QString write(const QString &name, const QByteArray &content) const;
    test::CliResult run(const QStringList &arguments) const;
    ImportTemplate saveTemplate(const QByteArray &json,
                                const QString &name,
                                std::optional<int> expect = std::nullopt);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::EngineScratch> m_scratch;
    std::unique_ptr<Database> m_db;
};

const QByteArray schemaJson = R"({"columns": [
    {"name": "sku", "type": "text", "required": true},
    {"name": "name", "type": "text"},
    {"name": "price", "type": "decimal"},
    {"name": "stock", "type": "integer"}]})";

const QByteArray partsTemplate = R"({"delimiter": ";", "header": true, "max_rejects": "5%",
    "mapping": [{"file_column": "SKU", "schema_column": "sku"},
                {"file_column": "Name", "schema_column": "name", "transform": "trim"},
                {"file_column": "Price", "schema_column": "price", "transform": "number:de_DE"},
                {"file_column": "Colour", "schema_column": "stock"}]})";

void TestImportTemplates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
    m_db = test::openDatabase(m_scratch->url());
    const test::CliResult schema = run({"schema", "apply", write("schema.json", schemaJson)});
    QVERIFY2(schema.exitCode == 0, schema.err.constData());
}

void TestImportTemplates::cleanup()
{
    m_db.reset();
    m_scratch.reset();
    m_dir.reset();
}

QString TestImportTemplates::write(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(name);
    test::writeFile(path, content);
    return path;
}

test::CliResult TestImportTemplates::run(const QStringList &arguments) const
{
    return test::runCli(QStringList{QStringLiteral("--db"), m_scratch->url().toString()}
                        + arguments);
}

ImportTemplate TestImportTemplates::saveTemplate(const QByteArray &json,
                                                 const QString &name,
                                                 std::optional<int> expect)
{
    QString error;
    std::optional<ImportTemplate> settings = ImportTemplate::fromJson(json, &error);
    if (!settings)
        qFatal("bad template in the test: %s", qPrintable(error));
    settings->name = name;
    return m_db
        ->write([settings, expect](QSqlDatabase &db) {
            const Sql sql(db);
            SqlTransaction transaction(sql);
            ImportTemplate saved
                = importtemplates::save(sql, *settings, expect, QStringLiteral("ann"));
            transaction.commit();
            return saved;
        })
        .result();
}

void TestImportTemplates::settingsRoundTrip()
{
    const QByteArray json = R"({"format": "csv", "delimiter": "tab", "quote": "none",
        "encoding": "windows-1252", "header": false, "sheet": "Orders", "skip_rows": 2,
        "max_rejects": "2.5%", "atomic": true,
        "mapping": [{"file_column": "A", "schema_column": "sku", "transform": "trim;upper",
                     "rules": [{"rule": "pattern", "value": "[A-Z]+", "message": "letters"},
                               {"rule": "required-with", "column": "name"}]}]})";
    QString error;
    const std::optional<ImportTemplate> settings = ImportTemplate::fromJson(json, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->format, std::optional<SourceFormat>(SourceFormat::Delimited));
    QCOMPARE(settings->overrides.delimiter, std::optional<char>('\t'));
    QCOMPARE(settings->overrides.quote, std::optional<char>('\0'));
    QCOMPARE(settings->overrides.hasHeader, std::optional<bool>(false));
    QCOMPARE(settings->sheet, QStringLiteral("Orders"));
    QCOMPARE(settings->skipRows, 2);
    QCOMPARE(settings->rejectBudget.toString(), QStringLiteral("2.5%"));
    QVERIFY(settings->atomic);
    QCOMPARE(settings->mapping.size(), 1);
    QCOMPARE(settings->mapping[0].transform, QStringLiteral("trim;upper"));
    QCOMPARE(settings->mapping[0].rules,
             (QList<ColumnRule>{{RuleKind::Pattern, "[A-Z]+", {}, "letters"},
                                {RuleKind::RequiredWith, {}, "name", {}}}));

    // What toVariant() writes reads back the same.
    const QByteArray written = QJsonDocument(QJsonObject::fromVariantMap(settings->toVariant()))
                                   .toJson(QJsonDocument::Compact);
    const std::optional<ImportTemplate> again = ImportTemplate::fromJson(written, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toVariant(), settings->toVariant());
    QCOMPARE(QJsonDocument::fromJson(written).object().value("delimiter").toString(),
             QStringLiteral("tab"));

    // Nothing set: nothing written but the (empty) mapping.
    const std::optional<ImportTemplate> empty = ImportTemplate::fromJson("{}", &error);
    QVERIFY(empty);
    QCOMPARE(empty->toVariant(), (QVariantMap{{"mapping", QVariantList()}}));
}

void TestImportTemplates::badSettingsAreNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << QByteArray("{") << "not JSON";
    QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
    QTest::newRow("format") << QByteArray(R"({"format": "pdf"})") << "\"format\": unknown format";
    QTest::newRow("delimiter") << QByteArray(R"({"delimiter": ";;"})") << "\"delimiter\": one";
    QTest::newRow("quote") << QByteArray(R"({"quote": "ab"})") << "\"quote\": one ASCII";
    QTest::newRow("quote = delimiter")
        << QByteArray(R"({"delimiter": ";", "quote": ";"})") << "\"quote\": must differ";
    QTest::newRow("encoding") << QByteArray(R"({"encoding": "ebcdic"})")
                              << "\"encoding\": unknown encoding";
    QTest::newRow("header") << QByteArray(R"({"header": "yes"})") << "\"header\": must be true";
    QTest::newRow("skip rows") << QByteArray(R"({"skip_rows": -1})") << "\"skip_rows\": must be";
    QTest::newRow("fixed without spec")
        << QByteArray(R"({"format": "fixed"})") << "\"fixed_spec\": the fixed format needs";
    QTest::newRow("budget") << QByteArray(R"({"max_rejects": "lots"})") << "\"max_rejects\":";
    QTest::newRow("atomic") << QByteArray(R"({"atomic": 1})") << "\"atomic\": must be true";
    QTest::newRow("string type") << QByteArray(R"({"sheet": 3})") << "\"sheet\": must be a string";
    QTest::newRow("mapping type") << QByteArray(R"({"mapping": {}})")
                                  << "\"mapping\": must be an array";
    QTest::newRow("mapping entry")
        << QByteArray(R"({"mapping": [{"file_column": "A"}]})") << "\"mapping[0]\": needs";
    QTest::newRow("file column twice")
        << QByteArray(R"({"mapping": [{"file_column": "A", "schema_column": "sku"},
                                      {"file_column": "A", "schema_column": "name"}]})")
        << "\"mapping[1]\": the file column \"A\" is mapped twice";
    QTest::newRow("schema column twice")
        << QByteArray(R"({"mapping": [{"file_column": "A", "schema_column": "sku"},
                                      {"file_column": "B", "schema_column": "SKU"}]})")
        << "\"mapping[1]\": the schema column \"SKU\" is fed twice";
    QTest::newRow("transform") << QByteArray(
        R"({"mapping": [{"file_column": "A", "schema_column": "sku", "transform": "explode"}]})")
                               << "\"mapping[0]\": transform:";
    QTest::newRow("rules type") << QByteArray(
        R"({"mapping": [{"file_column": "A", "schema_column": "sku", "rules": {}}]})")
                                << "\"mapping[0]\": \"rules\" must be an array";
    QTest::newRow("rule") << QByteArray(
        R"({"mapping": [{"file_column": "A", "schema_column": "sku", "rules": [{"rule": "x"}]}]})")
                          << "\"mapping[0]\": rule 1:";
}

void TestImportTemplates::badSettingsAreNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!ImportTemplate::fromJson(json, &why));
    QVERIFY2(why.startsWith(error), qPrintable(why));
}

void TestImportTemplates::commandLineWins()
{
    QString error;
    const std::optional<ImportTemplate> settings = ImportTemplate::fromJson(
        R"({"format": "xlsx", "delimiter": ";", "quote": "'", "encoding": "latin1",
            "header": false, "sheet": "Orders", "skip_rows": 3, "max_rejects": "10",
            "atomic": true})",
        &error);
    QVERIFY2(settings, qPrintable(error));
    // Nothing given: the template's.
    ImportOptions options;
    settings->applyTo(options, {});
    QCOMPARE(options.format, SourceFormat::Xlsx);
    QCOMPARE(options.overrides.delimiter, std::optional<char>(';'));
    QCOMPARE(options.overrides.quote, std::optional<char>('\''));
    QCOMPARE(options.overrides.hasHeader, std::optional<bool>(false));
    QCOMPARE(options.part, QStringLiteral("Orders"));
    QCOMPARE(options.skipRows, 3);
    QCOMPARE(options.rejectBudget.toString(), QStringLiteral("10"));
    QVERIFY(options.atomic);
    // Everything given (auto delimiter included): the command line's.
    ImportOptions given;
    given.format = SourceFormat::Delimited;
    given.overrides.hasHeader = true;
    given.part = QStringLiteral("Other");
    given.skipRows = 0;
    settings->applyTo(given, {true, true, true, true, true, true, true, true});
    QCOMPARE(given.format, SourceFormat::Delimited);
    QCOMPARE(given.overrides.delimiter, std::optional<char>());
    QCOMPARE(given.overrides.quote, std::optional<char>());
    QCOMPARE(given.overrides.encoding, std::optional<TextEncoding>());
    QCOMPARE(given.overrides.hasHeader, std::optional<bool>(true));
    QCOMPARE(given.part, QStringLiteral("Other"));
    QCOMPARE(given.skipRows, 0);
    QVERIFY(!given.rejectBudget.isSet());
    QVERIFY(given.atomic); // --atomic cannot be taken back
}

void TestImportTemplates::savedWithVersions()
{
    const ImportTemplate first = saveTemplate(partsTemplate, QStringLiteral("Parts DE"), 0);
    QCOMPARE(first.version, 1);
    QCOMPARE(first.updatedBy, QStringLiteral("ann"));
    // Found ignoring case; saving under another case replaces it (one name, one template).
    const ImportTemplate second = saveTemplate("{}", QStringLiteral("parts de"), 1);
    QCOMPARE(second.version, 2);
    try {
        saveTemplate("{}", QStringLiteral("PARTS DE"), 1);
        QFAIL("a stale version was saved");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Conflict);
        QVERIFY2(error.message().contains("at version 2, not 1"), qPrintable(error.message()));
    }
    try {
        saveTemplate("{}", QStringLiteral("Parts de"), 0);
        QFAIL("an existing template was created again");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Conflict);
    }
    saveTemplate(partsTemplate, QStringLiteral("Alpha"));
    const QList<ImportTemplate> all
        = m_db->read([](QSqlDatabase &db) { return importtemplates::list(Sql(db)); }).result();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].name, QStringLiteral("Alpha"));
    QCOMPARE(all[1].name, QStringLiteral("parts de"));
    QCOMPARE(all[1].version, 2);
    QVERIFY(all[1].mapping.isEmpty());
    QCOMPARE(all[0].mapping.size(), 4);

    m_db->write([](QSqlDatabase &db) { importtemplates::remove(Sql(db), QStringLiteral("ALPHA")); })
        .waitForFinished();
    try {
        m_db->write(
                [](QSqlDatabase &db) { importtemplates::remove(Sql(db), QStringLiteral("alpha")); })
            .waitForFinished();
        QFAIL("a missing template was deleted");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::NotFound);
    }
}

void TestImportTemplates::unknownSchemaColumnIsRefused()
{
    try {
        saveTemplate(R"({"mapping": [{"file_column": "A", "schema_column": "nope"},
                                     {"file_column": "B", "schema_column": "gone"}]})",
                     QStringLiteral("t"));
        QFAIL("a template mapping to nothing was saved");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        QCOMPARE(error.message(),
                 QStringLiteral("template \"t\": \"nope\" is not a schema column; \"gone\" is not "
                                "a schema column"));
    }
    // A schema column named in another case is stored as the schema names it.
    const ImportTemplate saved = saveTemplate(
        R"({"mapping": [{"file_column": "A", "schema_column": "SKU"}]})", QStringLiteral("t"));
    QCOMPARE(saved.mapping[0].schemaColumn, QStringLiteral("sku"));
}

void TestImportTemplates::importWithTemplate()
{
    const test::CliResult saved
        = run({"template", "save", "Parts DE", write("parts.json", partsTemplate)});
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    QCOMPARE(saved.out, QByteArray("saved template \"Parts DE\", version 1 (4 mapped columns)\n"));

    // Header renamed by case and spacing, one template column missing.
    const QString a = write("a.csv",
                            "sku; name ;Price;Stock\n"
                            "AB-1; Bolt ;\"1.234,5\";3\n"
                            "AB-2;Nut;0,5;4\n");
    const test::CliResult imported = run({"import", "--project", "p", "--template", "parts de", a});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("a.csv: mapping applied: template \"Parts DE\" (version 1), 3 "
                                   "of 4 columns; not in the file: Colour\n"),
             imported.out.constData());
    const test::CliResult mapped = run({"export", "--project", "p", "--file", "a.csv", "--mapped"});
    QCOMPARE(mapped.out, QByteArray("sku,name,price,stock\nAB-1,Bolt,1234.5,\nAB-2,Nut,0.5,\n"));
    // The job keeps the template's name, for whoever resumes it later.
    const QString jobOptions = m_db->read([](QSqlDatabase &db) {
                                       return Sql(db)
                                           .scalar(QStringLiteral("SELECT options FROM "
                                                                  "import_jobs ORDER BY id DESC "
                                                                  "LIMIT 1"))
                                           .toString();
                                   })
                                   .result();
    QCOMPARE(QJsonDocument::fromJson(jobOptions.toUtf8()).object().value("template").toString(),
             QStringLiteral("Parts DE"));

    // --json reports it; a delimiter given on the command line wins over the template's.
    const QString b = write("b.csv", "SKU|Name|Price\nAB-3|Hook|2\n");
    const test::CliResult json = run(
        {"import", "--project", "p", "--template", "Parts DE", "--delimiter", "|", "--json", b});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(summary.value("records").toInteger(), qint64(1));
    const QJsonObject mapping = summary.value("mapping").toObject();
    QCOMPARE(mapping.value("template").toString(), QStringLiteral("Parts DE"));
    QCOMPARE(mapping.value("version").toInt(), 1);
    QCOMPARE(mapping.value("columns").toInt(), 3);
    QCOMPARE(mapping.value("missing").toArray(), QJsonArray({"Colour"}));
    const test::CliResult bMapped
        = run({"export", "--project", "p", "--file", "b.csv", "--mapped"});
    QCOMPARE(bMapped.out, QByteArray("sku,name,price,stock\nAB-3,Hook,2,\n"));

    // Mistakes: an unknown template, a mapping and --mapping-from together.
    const test::CliResult unknown = run({"import", "--project", "p", "--template", "nope", a});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("no import template is named \"nope\""), unknown.err.constData());
    const test::CliResult both
        = run({"import", "--project", "p", "--template", "Parts DE", "--mapping-from", "none", a});
    QCOMPARE(both.exitCode, 1);
    QVERIFY2(both.err.contains("leave out --mapping-from"), both.err.constData());

    // list, show, delete.
    const test::CliResult list = run({"template", "list", "--json"});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray templates = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(templates.size(), 1);
    QCOMPARE(templates[0].toObject().value("max_rejects").toString(), QStringLiteral("5%"));
    QCOMPARE(templates[0].toObject().value("updated_by").toString().isEmpty(), false);
    const test::CliResult show = run({"template", "show", "parts de"});
    QVERIFY2(show.out.contains("  map Price = price : number:de_DE\n"), show.out.constData());
    const test::CliResult stale
        = run({"template", "save", "Parts DE", write("p2.json", "{}"), "--expect-version", "3"});
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.err.contains("at version 1, not 3"), stale.err.constData());
    QCOMPARE(run({"template", "delete", "PARTS DE"}).exitCode, 0);
    QCOMPARE(run({"template", "delete", "Parts DE"}).exitCode, 1);
    QCOMPARE(run({"template", "show", "Parts DE"}).exitCode, 1);
}

void TestImportTemplates::templateFromFile()
{
    const QString a = write("a.csv", "SKU\tName\tPrice\nAB-1\tBolt\t1,5\n");
    QCOMPARE(run({"import", "--project", "p", "--encoding", "latin1", a}).exitCode, 0);
    QCOMPARE(run({"mapping",
                  "set",
                  "--project",
                  "p",
                  "--file",
                  "a.csv",
                  "SKU=sku",
                  "Price=price:number:de_DE"})
                 .exitCode,
             0);
    const test::CliResult saved
        = run({"template", "save", "Tabbed", "--project", "p", "--file", "a.csv", "--json"});
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(saved.out).object();
    // The kind and dialect it was read as (detected: tab), the encoding given, its mapping.
    QCOMPARE(json.value("format").toString(), QStringLiteral("csv"));
    QCOMPARE(json.value("delimiter").toString(), QStringLiteral("tab"));
    QCOMPARE(json.value("encoding").toString(), QStringLiteral("windows-1252"));
    QCOMPARE(json.value("header").toBool(), true);
    QCOMPARE(json.value("version").toInt(), 1);
    const QJsonArray mapping = json.value("mapping").toArray();
    QCOMPARE(mapping.size(), 2);
    QCOMPARE(mapping[1].toObject().value("transform").toString(), QStringLiteral("number:de_DE"));

    // A second file of that kind is read and mapped the same.
    const QString b = write("b.csv", "SKU\tName\tPrice\nAB-2\tNut\t2,5\n");
    QCOMPARE(run({"import", "--project", "p", "--template", "Tabbed", b}).exitCode, 0);
    QCOMPARE(run({"export", "--project", "p", "--file", "b.csv", "--mapped"}).out,
             QByteArray("sku,name,price,stock\nAB-2,,2.5,\n"));
}

// A template's rules become the rules of each file it maps (on top of the schema's): they
// fail its records with their messages, go with its mapping to the next file of that kind,
// stay while the column stays mapped to the same schema column, and are saved back from it.
void TestImportTemplates::rulesGoWithTheTemplate()
{
    const QByteArray json = R"({"delimiter": ";", "mapping": [
        {"file_column": "SKU", "schema_column": "sku",
         "rules": [{"rule": "pattern", "value": "AB-[0-9]+", "message": "an SKU is AB-123"},
                   {"rule": "unique"}]},
        {"file_column": "Name", "schema_column": "name",
         "rules": [{"rule": "required-with", "column": "price",
                    "message": "a priced part needs a name"}]},
        {"file_column": "Price", "schema_column": "price", "transform": "number:de_DE",
         "rules": [{"rule": "min", "value": "0"}]}]})";
    QCOMPARE(run({"template", "save", "Checked", write("checked.json", json)}).exitCode, 0);
    const test::CliResult show = run({"template", "show", "Checked"});
    QVERIFY2(show.out.contains("    rule pattern AB-[0-9]+: an SKU is AB-123\n"),
             show.out.constData());

    const QByteArray content = "SKU;Name;Price\n"
                               "AB-1;Bolt;1,5\n"  // line 2: passes
                               "X-9;Nut;2\n"      // line 3: pattern
                               "AB-3;Hook;-1\n"   // line 4: min
                               "AB-4;;3\n"        // line 5: required-with
                               "AB-1;Bolt;1,5\n"; // line 6: unique
    const QString a = write("a.csv", content);
    QCOMPARE(run({"import", "--project", "p", "--template", "Checked", a}).exitCode, 0);
    const QStringList target{"--project", "p", "--file", "a.csv"};
    const test::CliResult failures
        = run(QStringList{"mapping", "validate", "--failures", "--json"} + target);
    QCOMPARE(failures.exitCode, 2);
    QStringList found;
    for (const QByteArray &line : failures.out.split('\n')) {
        const QJsonObject failure = QJsonDocument::fromJson(line).object();
        if (!failure.isEmpty())
            found << QStringLiteral("%1 %2 %3: %4")
                         .arg(failure.value("line").toInt())
                         .arg(failure.value("column").toString(),
                              failure.value("rule").toString(),
                              failure.value("message").toString());
    }
    QCOMPARE(found,
             (QStringList{"3 sku pattern: an SKU is AB-123",
                          "4 price min: below the minimum 0",
                          "5 name required-with: a priced part needs a name",
                          "6 sku unique: duplicate of line 2"}));

    // The file's mapping shows them; remapping to the same schema column keeps them, to
    // another one drops them.
    QJsonArray mappings
        = QJsonDocument::fromJson(run(QStringList{"mapping", "show", "--json"} + target).out)
              .object()
              .value("mappings")
              .toArray();
    QCOMPARE(mappings[0].toObject().value("rules").toArray().size(), 2);
    QCOMPARE(mappings[0].toObject().value("rules").toArray()[0].toObject().value("message"),
             QJsonValue("an SKU is AB-123"));
    QCOMPARE(run(QStringList{"mapping", "set"} + target + QStringList{"SKU=sku:trim"}).exitCode, 0);
    QCOMPARE(run(QStringList{"mapping", "set"} + target + QStringList{"Price=stock"}).exitCode, 0);
    mappings = QJsonDocument::fromJson(run(QStringList{"mapping", "show", "--json"} + target).out)
                   .object()
                   .value("mappings")
                   .toArray();
    QCOMPARE(mappings[0].toObject().value("rules").toArray().size(), 2);
    QCOMPARE(mappings[2].toObject().value("rules").toArray().size(), 0);

    // Saved back from the file: its rules come along.
    const test::CliResult fromFile
        = run({"template", "save", "Again", "--project", "p", "--file", "a.csv", "--json"});
    QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
    const QJsonArray saved
        = QJsonDocument::fromJson(fromFile.out).object().value("mapping").toArray();
    QCOMPARE(saved[0].toObject().value("rules").toArray().size(), 2);
    QCOMPARE(saved[1].toObject().value("rules").toArray()[0].toObject().value("column"),
             QJsonValue("price"));

    // The next file with a.csv's header is given its mapping from memory, rules and all.
    const QString c = write("c.csv", content);
    QCOMPARE(run({"import", "--project", "p", "--delimiter", ";", c}).exitCode, 0);
    const test::CliResult recalled
        = run({"mapping", "validate", "--failures", "--json", "--project", "p", "--file", "c.csv"});
    QCOMPARE(recalled.exitCode, 2);
    QVERIFY2(recalled.out.contains("an SKU is AB-123"), recalled.out.constData());

    // The same records in a file mapped without the template pass: the rules are the file's,
    // not the schema's.
    const QString b = write("b.csv", content);
    QCOMPARE(
        run({"import", "--project", "p", "--mapping-from", "none", "--delimiter", ";", b}).exitCode,
        0);
    QCOMPARE(run({"mapping",
                  "set",
                  "--project",
                  "p",
                  "--file",
                  "b.csv",
                  "SKU=sku",
                  "Name=name",
                  "Price=price:number:de_DE"})
                 .exitCode,
             0);
    const test::CliResult plain = run({"mapping", "validate", "--project", "p", "--file", "b.csv"});
    QVERIFY2(plain.exitCode == 0, plain.out.constData());
}

void TestImportTemplates::badRulesAreRefused()
{
    try {
        saveTemplate(R"({"mapping": [
            {"file_column": "A", "schema_column": "sku", "rules": [{"rule": "pattern", "value": "("},
                                                                  {"rule": "min", "value": "1"}]},
            {"file_column": "B", "schema_column": "price",
             "rules": [{"rule": "required-without", "column": "colour"}]}]})",
                     QStringLiteral("t"));
        QFAIL("a template with rules that cannot work was saved");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Invalid);
        const QString message = error.message();
        QVERIFY2(message.startsWith("template \"t\": \"sku\": rule 1 \"pattern\": "),
                 qPrintable(message));
        QVERIFY2(message.contains("; \"sku\": rule 2 \"min\": "), qPrintable(message));
        QVERIFY2(message.contains("; \"price\": rule 1 \"required-without\": "),
                 qPrintable(message));
    }
    QCOMPARE(run({"template", "list", "--json"}).out.trimmed(), QByteArray("[]"));
}

// A file's required-with rule names another schema column by name; renamed since, the rule
// says nothing any more: validation leaves it out and the mapping memory does not carry it.
void TestImportTemplates::ruleOnARenamedColumnIsLeftOut()
{
    const QByteArray json = R"({"delimiter": ";", "mapping": [
        {"file_column": "Name", "schema_column": "name",
         "rules": [{"rule": "required-with", "column": "price"}, {"rule": "min-length",
                    "value": "2"}]},
        {"file_column": "Price", "schema_column": "price"}]})";
    QCOMPARE(run({"template", "save", "Priced", write("priced.json", json)}).exitCode, 0);
    const QByteArray content = "Name;Price\n;3\nX;4\n";
    QCOMPARE(
        run({"import", "--project", "p", "--template", "Priced", write("a.csv", content)}).exitCode,
        0);
    const QStringList a{"--project", "p", "--file", "a.csv"};
    QCOMPARE(run(QStringList{"mapping", "validate"} + a).exitCode, 2);

    // price → cost, by id.
    QJsonObject schema = QJsonDocument::fromJson(run({"schema", "show", "--json"}).out).object();
    QJsonArray columns = schema.value("columns").toArray();
    QJsonObject price = columns[2].toObject();
    QCOMPARE(price.value("name").toString(), QStringLiteral("price"));
    price.insert("name", "cost");
    columns[2] = price;
    schema.insert("columns", columns);
    QCOMPARE(
        run({"schema", "apply", write("renamed.json", QJsonDocument(schema).toJson())}).exitCode,
        0);

    const test::CliResult left
        = run(QStringList{"mapping", "validate", "--failures", "--json"} + a);
    QCOMPARE(left.exitCode, 2);
    QVERIFY2(!left.out.contains("required-with"), left.out.constData());
    QVERIFY2(left.out.contains("min-length"), left.out.constData()); // line 3: "X"

    // The next file of that kind gets a.csv's mapping without the rule that says nothing.
    QCOMPARE(
        run({"import", "--project", "p", "--delimiter", ";", write("b.csv", content)}).exitCode, 0);
    const QJsonArray mappings
        = QJsonDocument::fromJson(
              run({"mapping", "show", "--json", "--project", "p", "--file", "b.csv"}).out)
              .object()
              .value("mappings")
              .toArray();
    const QJsonArray rules = mappings[0].toObject().value("rules").toArray();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules[0].toObject().value("rule").toString(), QStringLiteral("min-length"));
}

QTEST_GUILESS_MAIN(TestImportTemplates)
#include "tst_importtemplates.moc"
