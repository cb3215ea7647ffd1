// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "import/importer.h"
#include "mapping/mappingeditor.h"
#include "mapping/mappingmodel.h"
#include "schema/automatch.h"
#include "schema/mappingservice.h"
#include "schema/schemaservice.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <optional>

using namespace stevedore;
using namespace stevedore::guitest;

namespace {

// Header on line 1, records on lines 2..6.
const QByteArray peopleCsv = "E-Mail,Full Name,Age,Joined On,Notes\n"
                             "ann@example.org,Ann Smith,34,01/02/2020,first\n"
                             "bad-email,Bob Jones,abc,2020-13-01,\n"
                             "carl@example.org,,41,15/03/2021,third\n"
                             ",Dan Brown,5x,31/12/2019,\n"
                             "eve@example.org,Eve Adams,29,07/07/2022,fifth\n";

enum Row { EmailRow, NameRow, AgeRow, JoinedRow, NotesRow };

SchemaColumn schemaColumn(const char *name, ColumnType type, bool required = false)
{
    SchemaColumn column;
    column.name = QString::fromUtf8(name);
    column.type = type;
    column.required = required;
    return column;
}

// What requestLeave() answered, once it has.
struct LeaveAnswer
{
    std::optional<bool> mayLeave;
    std::function<void(bool)> callback()
    {
        return [this](bool answer) {
            QVERIFY(!mayLeave); // once
            mayLeave = answer;
        };
    }
};

QList<qint64> exampleLines(const QModelIndex &validationCell)
{
    QList<qint64> lines;
    for (const QVariant &example : validationCell.data(MappingModel::ExamplesRole).toList())
        lines << example.toMap().value(QStringLiteral("line")).toLongLong();
    return lines;
}

} // namespace

class tst_MappingEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelEditsThroughTheUndoStack();
    void transformChainsShowBeforeAndAfter();
    void fileRulesStayWithTheirSchemaColumn();
    void loadsSamplesAndSchemaChoices();
    void autoMatchAppliesConfidentSuggestionsOnly();
    void editUndoRedo();
    void savePersists();
    void conflictingSaveIsReported();
    void validationShowsInvalidCountsWithLines();
    void requestLeaveAsksWithoutWaiting();
    void requestLeaveWaitsForTheSaveInFlight();
    void reloadDuringASaveLoadsTheSavedMapping();
    void setFileFollowsOnlyAnotherFile();

private:
    FileInfo importCsv(const QString &name, const QByteArray &content);
    FileMapping storedMapping(qint64 fileId);
    void openEditor();
    QModelIndex cell(int row, int column) const { return m_editor->model()->index(row, column); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Schema m_schema;
    FileInfo m_file;
    std::unique_ptr<MappingEditor> m_editor;
};

void tst_MappingEditor::initTestCase()
{
    WarningTrap::install();
}

void tst_MappingEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = test::openDatabase(test::sqliteUrl(*m_dir));
    const QList<SchemaColumn> columns{schemaColumn("email", ColumnType::Email, true),
                                      schemaColumn("full_name", ColumnType::Text),
                                      schemaColumn("age", ColumnType::Integer),
                                      schemaColumn("joined", ColumnType::Date),
                                      schemaColumn("country", ColumnType::Text, true)};
    m_db->write([columns](QSqlDatabase &db) { return SchemaService(Sql(db)).apply(columns); })
        .waitForFinished();
    m_schema = m_db->read([](QSqlDatabase &db) { return SchemaService(Sql(db)).load(); },
                          ReadConsistency::Primary)
                   .result();
    QCOMPARE(m_schema.columns.size(), 5);
    m_file = importCsv(QStringLiteral("people.csv"), peopleCsv);
    QCOMPARE(m_file.recordCount, qint64(5));
}

void tst_MappingEditor::cleanup()
{
    m_editor.reset();
    m_db.reset();
    m_dir.reset();
    STEVEDORE_VERIFY_NO_WARNINGS();
}

FileInfo tst_MappingEditor::importCsv(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    if (!test::writeFile(path, content))
        return {};
    ImportOptions options;
    options.project = QStringLiteral("people");
    options.path = path;
    const ImportResult result = Importer(*m_db, options).run();
    if (result.outcome != ImportResult::Outcome::Imported)
        qWarning("import failed: %s", qPrintable(result.message));
    return m_db
        ->read(
            [name](QSqlDatabase &db) {
                const Sql sql(db);
                return catalog::fileInfo(
                    sql, catalog::projectId(sql, QStringLiteral("people")), name);
            },
            ReadConsistency::Primary)
        .result();
}

FileMapping tst_MappingEditor::storedMapping(qint64 fileId)
{
    return m_db
        ->read([fileId](QSqlDatabase &db) { return MappingService(Sql(db)).load(fileId); },
               ReadConsistency::Primary)
        .result();
}

void tst_MappingEditor::openEditor()
{
    m_editor = std::make_unique<MappingEditor>();
    m_editor->resize(900, 600);
    m_editor->show();
    m_editor->setDatabase(m_db.get());
    m_editor->setFile(QStringLiteral("people"), m_file);
    QVERIFY(m_editor->isBusy()); // loading on the pool, not on this thread
    QTRY_VERIFY(!m_editor->isBusy());
    QCOMPARE(m_editor->model()->rowCount(), 5);
    QVERIFY(!m_editor->isModified());
}

void tst_MappingEditor::modelEditsThroughTheUndoStack()
{
    QUndoStack stack;
    MappingModel model(&stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    Schema schema;
    schema.version = 3;
    schema.columns = {schemaColumn("email", ColumnType::Email, true),
                      schemaColumn("joined", ColumnType::Date),
                      schemaColumn("name", ColumnType::Text)};
    for (int i = 0; i < schema.columns.size(); ++i) {
        schema.columns[i].id = 10 + i;
        schema.columns[i].position = i;
    }
    FileMapping mapping;
    mapping.fileId = 7;
    mapping.version = 2;
    const QStringList header{QStringLiteral("mail"),
                             QStringLiteral("since"),
                             QStringLiteral("dup"),
                             QStringLiteral("dup")};
    for (int i = 0; i < header.size(); ++i)
        mapping.columns << ColumnMapping{header[i], i, 0, QString(), QString(), std::nullopt};
    mapping.columns[0].schemaColumnId = 10;
    mapping.columns[0].schemaColumn = QStringLiteral("email");
    model.setMapping(schema, mapping, {{QStringLiteral("a@b.org")}, {}, {}, {}});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(MappingModel::ColumnCount));
    QVERIFY(model.edits().isEmpty());
    QCOMPARE(model.index(0, MappingModel::SchemaColumn).data().toString(), QStringLiteral("email"));
    QVERIFY(model.index(0, MappingModel::Samples)
                .data()
                .toString()
                .contains(QStringLiteral("a@b.org")));
    // The combo offers "unmapped" and every schema column.
    QCOMPARE(
        model.index(1, MappingModel::SchemaColumn).data(MappingModel::ChoicesRole).toList().size(),
        4);
    // A repeated header name cannot be addressed by a mapping.
    QVERIFY(!(model.flags(model.index(2, MappingModel::SchemaColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(2, MappingModel::SchemaColumn), qint64(12)));

    // By name; the edit is a command on the stack.
    QVERIFY(model.setData(model.index(1, MappingModel::SchemaColumn), QStringLiteral("joined")));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(model.target(1).schemaColumnId, qint64(11));
    // A date format is offered for the date column, and can be typed as just the format.
    QVERIFY(model.index(1, MappingModel::Transform).data(MappingModel::CustomChoiceRole).toBool());
    QVERIFY(model.setData(model.index(1, MappingModel::Transform), QStringLiteral("dd.MM.yyyy")));
    QCOMPARE(model.target(1).transform, QStringLiteral("date:dd.MM.yyyy"));
    QCOMPARE(model.index(1, MappingModel::Transform).data().toString(),
             QStringLiteral("Date from dd.MM.yyyy"));
    // …but not for an email column; an unknown schema column is refused too.
    QSignalSpy refused(&model, &MappingModel::editRefused);
    QVERIFY(
        !model.setData(model.index(0, MappingModel::Transform), QStringLiteral("date:dd.MM.yyyy")));
    QVERIFY(!model.setData(model.index(0, MappingModel::SchemaColumn), QStringLiteral("nope")));
    QCOMPARE(refused.size(), 2);
    QCOMPARE(stack.count(), 2);

    // Mapping email from another column unmaps the column that fed it, in one undo step.
    QVERIFY(model.setData(model.index(1, MappingModel::SchemaColumn), qint64(10)));
    QCOMPARE(stack.count(), 3);
    QVERIFY(!model.target(0).isMapped());
    QCOMPARE(model.target(1).schemaColumnId, qint64(10));
    QVERIFY(model.target(1).transform.isEmpty()); // a date format means nothing for email
    stack.undo();
    QCOMPARE(model.target(0).schemaColumnId, qint64(10));
    QCOMPARE(model.target(1).schemaColumnId, qint64(11));
    QCOMPARE(model.target(1).transform, QStringLiteral("date:dd.MM.yyyy"));
    stack.redo();
    QVERIFY(!model.target(0).isMapped());

    const QList<MappingEdit> edits = model.edits();
    QCOMPARE(edits.size(), 2);
    QCOMPARE(edits[0].fileColumn, QStringLiteral("mail"));
    QCOMPARE(edits[0].schemaColumnId, qint64(0));
    QCOMPARE(edits[1].fileColumn, QStringLiteral("since"));
    QCOMPARE(edits[1].schemaColumnId, qint64(10));
    QCOMPARE(model.mapping().version, 2);

    model.revert();
    QCOMPARE(stack.count(), 0);
    QVERIFY(model.edits().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// A file's own rules (from a template) show with its schema column, stay through a transform
// edit and an undone remap, and go when the column is mapped elsewhere.
void tst_MappingEditor::fileRulesStayWithTheirSchemaColumn()
{
    QUndoStack stack;
    MappingModel model(&stack);
    Schema schema;
    schema.columns
        = {schemaColumn("sku", ColumnType::Text), schemaColumn("name", ColumnType::Text)};
    for (int i = 0; i < schema.columns.size(); ++i)
        schema.columns[i].id = 30 + i;
    FileMapping mapping;
    mapping.fileId = 9;
    mapping.columns << ColumnMapping{QStringLiteral("SKU"), 0, 30, QStringLiteral("sku"), {}, {}}
                    << ColumnMapping{QStringLiteral("Name"), 1, 0, {}, {}, {}};
    const QList<ColumnRule> rules{
        {RuleKind::Pattern, QStringLiteral("AB-\\d+"), {}, QStringLiteral("an SKU is AB-123")},
        {RuleKind::Unique, {}, {}, {}}};
    mapping.columns[0].rules = rules;
    model.setMapping(schema, mapping, {{}, {}});
    const QModelIndex sku = model.index(0, MappingModel::SchemaColumn);
    QCOMPARE(sku.data().toString(), QStringLiteral("sku + 2 rule(s) of this file"));
    QVERIFY2(sku.data(Qt::ToolTipRole).toString().contains(QStringLiteral("an SKU is AB-123")),
             qPrintable(sku.data(Qt::ToolTipRole).toString()));
    QCOMPARE(model.mapping().columns[0].rules, rules);

    QVERIFY(model.setData(model.index(0, MappingModel::Transform), QStringLiteral("trim")));
    QCOMPARE(model.target(0).rules, rules);
    QCOMPARE(model.edits().size(), 1);
    QCOMPARE(model.edits()[0].rules, std::optional<QList<ColumnRule>>(rules));

    QVERIFY(model.setData(sku, qint64(31))); // SKU → name: the rules were for sku
    QVERIFY(model.target(0).rules.isEmpty());
    QVERIFY(model.mapping().columns[0].rules.isEmpty());
    QCOMPARE(model.index(0, MappingModel::SchemaColumn).data().toString(), QStringLiteral("name"));
    stack.undo();
    QCOMPARE(model.target(0).rules, rules);
    stack.undo();
    QVERIFY(model.edits().isEmpty());
}

// A chain typed into any mapped column's Transform cell is taken, labelled step by step,
// undoable, and the samples show each value before and after it, with the result checked
// against the schema column.
void tst_MappingEditor::transformChainsShowBeforeAndAfter()
{
    QUndoStack stack;
    MappingModel model(&stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Schema schema;
    schema.version = 1;
    schema.columns
        = {schemaColumn("amount", ColumnType::Decimal), schemaColumn("country", ColumnType::Text)};
    for (int i = 0; i < schema.columns.size(); ++i) {
        schema.columns[i].id = 20 + i;
        schema.columns[i].position = i;
    }
    FileMapping mapping;
    mapping.fileId = 8;
    mapping.version = 1;
    mapping.columns
        << ColumnMapping{QStringLiteral("Betrag"), 0, 20, QStringLiteral("amount"), {}, {}}
        << ColumnMapping{QStringLiteral("Land"), 1, 21, QStringLiteral("country"), {}, {}};
    model.setMapping(schema,
                     mapping,
                     {{QStringLiteral("1.234,5"), QStringLiteral("k.A."), QStringLiteral("12,3,4")},
                      {QStringLiteral(" Deutschland "), QStringLiteral("Peru")}});
    const QModelIndex amountSamples = model.index(0, MappingModel::Samples);
    // No transform: the samples as they are, no before/after.
    QCOMPARE(amountSamples.data().toString(), QStringLiteral("1.234,5 \u00b7 k.A. \u00b7 12,3,4"));

    // Number columns are offered the locales' ways of writing numbers.
    QStringList offered;
    for (const QVariant &choice :
         model.index(0, MappingModel::Transform).data(MappingModel::ChoicesRole).toList())
        offered << choice.toMap().value(QStringLiteral("value")).toString();
    QVERIFY(offered.contains(QStringLiteral("number:de_DE")));
    QVERIFY(offered.contains(QStringLiteral("null-if")));
    QVERIFY(!offered.contains(QStringLiteral("date:dd/MM/yyyy")));
    QVERIFY(model.index(0, MappingModel::Transform).data(MappingModel::CustomChoiceRole).toBool());

    QVERIFY(model.setData(model.index(0, MappingModel::Transform),
                          QStringLiteral("null-if:k.A. ; number:de_DE")));
    QCOMPARE(model.target(0).transform, QStringLiteral("null-if:k.A.;number:de_DE"));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(model.index(0, MappingModel::Transform).data().toString(),
             QStringLiteral("Empty if k.A. \u2192 Number written 1.234,56"));
    QCOMPARE(amountSamples.data().toString(),
             QStringLiteral("1.234,5 \u2192 1234.5 \u00b7 k.A. \u2192 (empty) \u00b7 12,3,4 \u2192 "
                            "12,3,4"));
    const QVariantList after = amountSamples.data(MappingModel::TransformedSamplesRole).toList();
    QCOMPARE(after.size(), 3);
    QCOMPARE(after[0].toMap().value(QStringLiteral("after")).toString(), QStringLiteral("1234.5"));
    QCOMPARE(after[0].toMap().value(QStringLiteral("reason")).toString(), QString());
    QCOMPARE(after[1].toMap().value(QStringLiteral("after")).toString(), QString());
    QCOMPARE(after[2].toMap().value(QStringLiteral("reason")).toString(),
             QStringLiteral("not a decimal number"));
    QVERIFY(amountSamples.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("12,3,4 \u2192 12,3,4 (not a decimal number)")));

    // A lookup on a text column; the chain stays selectable in the cell's choices.
    QVERIFY(model.setData(model.index(1, MappingModel::Transform),
                          QStringLiteral("collapse;lookup:Deutschland=DE|Frankreich=FR")));
    QCOMPARE(model.index(1, MappingModel::Transform).data().toString(),
             QStringLiteral("Collapse spaces \u2192 Look up 2 value(s)"));
    QCOMPARE(model.index(1, MappingModel::Samples).data().toString(),
             QStringLiteral(" Deutschland  \u2192 DE \u00b7 Peru \u2192 Peru"));
    QCOMPARE(model.index(1, MappingModel::Transform)
                 .data(MappingModel::ChoicesRole)
                 .toList()
                 .at(1)
                 .toMap()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("collapse;lookup:Deutschland=DE|Frankreich=FR"));
    // A chain that does not parse is refused with its reason, and nothing changes.
    QSignalSpy refused(&model, &MappingModel::editRefused);
    QVERIFY(!model.setData(model.index(1, MappingModel::Transform),
                           QStringLiteral("collapse;lookup:Deutschland")));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("VALUE=REPLACEMENT")),
             qPrintable(refused.first().first().toString()));
    // A date step needs a date column.
    QVERIFY(!model.setData(model.index(1, MappingModel::Transform),
                           QStringLiteral("trim;date:dd.MM.yyyy")));
    QCOMPARE(stack.count(), 2);

    stack.undo();
    QCOMPARE(model.target(1).transform, QString());
    QCOMPARE(model.index(1, MappingModel::Samples).data().toString(),
             QStringLiteral(" Deutschland  \u00b7 Peru"));
    const QList<MappingEdit> edits = model.edits();
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits[0].transform, QStringLiteral("null-if:k.A.;number:de_DE"));
}

void tst_MappingEditor::loadsSamplesAndSchemaChoices()
{
    openEditor();
    MappingModel *model = m_editor->model();
    QCOMPARE(cell(EmailRow, MappingModel::FileColumn).data().toString(), QStringLiteral("E-Mail"));
    // The first three non-empty values, read from the records.
    QCOMPARE(cell(NameRow, MappingModel::Samples).data(MappingModel::ValueRole).toStringList(),
             (QStringList{QStringLiteral("Ann Smith"),
                          QStringLiteral("Bob Jones"),
                          QStringLiteral("Dan Brown")}));
    QCOMPARE(
        cell(NotesRow, MappingModel::Samples).data(MappingModel::ValueRole).toStringList(),
        (QStringList{QStringLiteral("first"), QStringLiteral("third"), QStringLiteral("fifth")}));
    QCOMPARE(cell(EmailRow, MappingModel::SchemaColumn).data().toString(),
             QStringLiteral("\u2014 unmapped \u2014"));
    const QVariantList choices
        = cell(EmailRow, MappingModel::SchemaColumn).data(MappingModel::ChoicesRole).toList();
    QCOMPARE(choices.size(), 6);
    QCOMPARE(choices[1].toMap().value(QStringLiteral("label")).toString(), QStringLiteral("email"));
    QCOMPARE(model->schema().columns.size(), 5);
    // No transform before the column is mapped.
    QVERIFY(!(model->flags(cell(EmailRow, MappingModel::Transform)) & Qt::ItemIsEditable));

    // The view edits the schema column with a combo box; picking an item commits it.
    QTableView *table = m_editor->table();
    table->setCurrentIndex(cell(AgeRow, MappingModel::SchemaColumn));
    table->edit(cell(AgeRow, MappingModel::SchemaColumn));
    QComboBox *combo = nullptr;
    QTRY_VERIFY((combo = table->findChild<QComboBox *>()));
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->currentIndex(), 0); // unmapped
    const int age = combo->findText(QStringLiteral("age"));
    QVERIFY(age > 0);
    combo->setCurrentIndex(age);
    emit combo->activated(age);
    QCOMPARE(model->target(AgeRow).schemaColumn, QStringLiteral("age"));
    QVERIFY(m_editor->isModified());
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void tst_MappingEditor::autoMatchAppliesConfidentSuggestionsOnly()
{
    const double joinedScore
        = AutoMatch::score(QStringLiteral("Joined On"), QStringLiteral("joined")).value;
    QVERIFY2(joinedScore >= 0.5 && joinedScore < 0.8, qPrintable(QString::number(joinedScore)));

    openEditor();
    QCOMPARE(m_editor->autoMatchThreshold(), 0.8);
    QSignalSpy status(m_editor.get(), &MappingEditor::statusMessage);
    // Nothing is mapped yet: the editor offers Auto-match above the table.
    auto *hint = m_editor->findChild<QWidget *>(QStringLiteral("noMappingHint"));
    QVERIFY(hint);
    QVERIFY(hint->isVisibleTo(m_editor.get()));
    auto *offer = hint->findChild<QPushButton *>();
    QVERIFY(offer && offer->isEnabled());
    offer->click();
    QVERIFY(!hint->isVisibleTo(m_editor.get()));
    MappingModel *model = m_editor->model();

    // The three confident ones are applied, with their confidence shown…
    for (const auto &[row, name] : {std::pair{EmailRow, "email"},
                                    std::pair{NameRow, "full_name"},
                                    std::pair{AgeRow, "age"}}) {
        QCOMPARE(model->target(row).schemaColumn, QString::fromUtf8(name));
        QCOMPARE(cell(row, MappingModel::Confidence).data(MappingModel::ValueRole).toDouble(), 1.0);
        QCOMPARE(cell(row, MappingModel::Confidence).data().toString(), QStringLiteral("100 %"));
    }
    // …the weak one is shown with its confidence and left unmapped…
    QVERIFY(!model->target(JoinedRow).isMapped());
    QCOMPARE(cell(JoinedRow, MappingModel::Confidence).data(MappingModel::ValueRole).toDouble(),
             joinedScore);
    const QString joined = cell(JoinedRow, MappingModel::Confidence).data().toString();
    QVERIFY2(joined.contains(QStringLiteral("joined")) && joined.contains(QLatin1Char('%')),
             qPrintable(joined));
    QVERIFY(cell(JoinedRow, MappingModel::Confidence)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("not applied")));
    // …and a column with no match has none.
    QVERIFY(!model->target(NotesRow).isMapped());
    QVERIFY(!cell(NotesRow, MappingModel::Confidence).data(MappingModel::ValueRole).isValid());
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QStringLiteral("3")),
             qPrintable(status.last().first().toString()));

    // One undoable step.
    QUndoStack *stack = m_editor->undoStack();
    QCOMPARE(stack->count(), 1);
    QVERIFY(m_editor->isModified());
    stack->undo();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->target(row).isMapped());
    QVERIFY(!m_editor->isModified());
    QVERIFY(hint->isVisibleTo(m_editor.get()));
    stack->redo();
    QCOMPARE(model->target(AgeRow).schemaColumn, QStringLiteral("age"));

    // Saved with the confidence.
    QSignalSpy saved(m_editor.get(), &MappingEditor::mappingSaved);
    m_editor->save();
    QVERIFY(saved.wait());
    const FileMapping stored = storedMapping(m_file.id);
    QCOMPARE(stored.columns[EmailRow].schemaColumn, QStringLiteral("email"));
    QVERIFY(stored.columns[EmailRow].confidence == 1.0);
    QVERIFY(!stored.columns[JoinedRow].isMapped());
}

void tst_MappingEditor::editUndoRedo()
{
    openEditor();
    MappingModel *model = m_editor->model();
    QSignalSpy modified(m_editor.get(), &MappingEditor::modifiedChanged);
    QAction *undo = m_editor->findChild<QAction *>(QStringLiteral("undoAction"));
    QAction *redo = m_editor->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    QVERIFY(!undo->isEnabled());

    const qint64 age = m_schema.byName(QStringLiteral("age"))->id;
    QVERIFY(model->setData(cell(AgeRow, MappingModel::SchemaColumn), age));
    QVERIFY(model->setData(cell(AgeRow, MappingModel::Transform), QStringLiteral("trim")));
    QCOMPARE(model->target(AgeRow).schemaColumnId, age);
    QCOMPARE(cell(AgeRow, MappingModel::Transform).data().toString(),
             QStringLiteral("Trim spaces"));
    QVERIFY(m_editor->isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.first().first().toBool(), true);
    QVERIFY(undo->isEnabled());

    undo->trigger();
    QVERIFY(model->target(AgeRow).transform.isEmpty());
    QCOMPARE(model->target(AgeRow).schemaColumnId, age);
    undo->trigger();
    QVERIFY(!model->target(AgeRow).isMapped());
    QVERIFY(!m_editor->isModified());
    QCOMPARE(modified.size(), 2);
    QCOMPARE(modified.last().first().toBool(), false);
    QVERIFY(redo->isEnabled());

    redo->trigger();
    redo->trigger();
    QCOMPARE(model->target(AgeRow).schemaColumnId, age);
    QCOMPARE(model->target(AgeRow).transform, QStringLiteral("trim"));
    QVERIFY(m_editor->isModified());
    QCOMPARE(modified.size(), 3);
}

void tst_MappingEditor::savePersists()
{
    openEditor();
    MappingModel *model = m_editor->model();
    const int version = m_editor->model()->savedMapping().version;
    QVERIFY(model->setData(cell(JoinedRow, MappingModel::SchemaColumn), QStringLiteral("joined")));
    QVERIFY(model->setData(cell(JoinedRow, MappingModel::Transform),
                           QStringLiteral("date:dd/MM/yyyy")));
    QVERIFY(model->setData(cell(EmailRow, MappingModel::SchemaColumn), QStringLiteral("email")));

    QSignalSpy saved(m_editor.get(), &MappingEditor::mappingSaved);
    QSignalSpy modified(m_editor.get(), &MappingEditor::modifiedChanged);
    m_editor->findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
    QVERIFY(m_editor->isBusy());
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().first().toLongLong(), m_file.id);
    QVERIFY(!m_editor->isModified());
    QCOMPARE(modified.last().first().toBool(), false);
    QCOMPARE(model->savedMapping().version, version + 1);
    QCOMPARE(m_editor->file().mappingVersion, version + 1);

    const FileMapping stored = storedMapping(m_file.id);
    QCOMPARE(stored.version, version + 1);
    QCOMPARE(stored.columns[JoinedRow].schemaColumn, QStringLiteral("joined"));
    QCOMPARE(stored.columns[JoinedRow].transform, QStringLiteral("date:dd/MM/yyyy"));
    QVERIFY(!stored.columns[JoinedRow].confidence);
    QCOMPARE(stored.columns[EmailRow].schemaColumn, QStringLiteral("email"));
    QVERIFY(!stored.columns[AgeRow].isMapped());

    // Undo after a save is an edit against the saved mapping.
    m_editor->undoStack()->undo();
    QVERIFY(m_editor->isModified());
    QCOMPARE(model->edits().size(), 1);
    QVERIFY(!model->edits().first().schemaColumnId);
    QVERIFY(saved.size() == 1);
    m_editor->save();
    QVERIFY(saved.wait());
    QVERIFY(!storedMapping(m_file.id).columns[EmailRow].isMapped());
    QCOMPARE(storedMapping(m_file.id).version, version + 2);
}

void tst_MappingEditor::conflictingSaveIsReported()
{
    openEditor();
    MappingModel *model = m_editor->model();
    const int version = model->savedMapping().version;
    // Someone else maps Age while the editor is open.
    const qint64 fileId = m_file.id;
    m_db->write([fileId](QSqlDatabase &db) {
            return MappingService(Sql(db)).save(
                fileId,
                {MappingEdit{QStringLiteral("Age"), 0, QStringLiteral("age"), {}, std::nullopt}});
        })
        .waitForFinished();

    QVERIFY(model->setData(cell(EmailRow, MappingModel::SchemaColumn), QStringLiteral("email")));
    QSignalSpy status(m_editor.get(), &MappingEditor::statusMessage);
    QSignalSpy saved(m_editor.get(), &MappingEditor::mappingSaved);
    m_editor->save();
    QTRY_VERIFY(!m_editor->isBusy());
    QCOMPARE(saved.size(), 0);
    QVERIFY(m_editor->isModified()); // nothing lost
    QCOMPARE(model->target(EmailRow).schemaColumn, QStringLiteral("email"));
    QVERIFY(!status.isEmpty());
    const QString message = status.last().first().toString();
    QVERIFY2(message.contains(QStringLiteral("someone else"))
                 && message.contains(QStringLiteral("conflict")),
             qPrintable(message));

    // The editor says so and offers to reload.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_editor->findChild<QMessageBox *>(QStringLiteral("conflictBox")))
                && box->isVisible());
    QAbstractButton *reload = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            reload = button;
    }
    QVERIFY(reload);
    reload->click();
    QTRY_VERIFY(!m_editor->isBusy());
    QVERIFY(!m_editor->isModified());
    QCOMPARE(model->savedMapping().version, version + 1);
    QCOMPARE(model->target(AgeRow).schemaColumn, QStringLiteral("age"));
    QVERIFY(!model->target(EmailRow).isMapped());
    QCOMPARE(storedMapping(m_file.id).version, version + 1);
}

void tst_MappingEditor::validationShowsInvalidCountsWithLines()
{
    openEditor();
    MappingModel *model = m_editor->model();
    m_editor->autoMatch(); // email, full_name, age: not saved
    QVERIFY(m_editor->isModified());

    m_editor->findChild<QAction *>(QStringLiteral("validateAction"))->trigger();
    QVERIFY(m_editor->isBusy());
    QTRY_VERIFY(!m_editor->isBusy());
    QVERIFY(model->validation().has_value());
    QCOMPARE(model->validation()->records, qint64(5));
    // Against the edited mapping: the saved one maps nothing.
    QCOMPARE(cell(AgeRow, MappingModel::Validation).data(MappingModel::ValueRole).toLongLong(),
             qint64(2));
    QCOMPARE(exampleLines(cell(AgeRow, MappingModel::Validation)), (QList<qint64>{3, 5}));
    const QString ageText = cell(AgeRow, MappingModel::Validation).data().toString();
    QVERIFY2(ageText.contains(QStringLiteral("2 invalid"))
                 && ageText.contains(QStringLiteral("3, 5")),
             qPrintable(ageText));
    const QString ageTip = cell(AgeRow, MappingModel::Validation).data(Qt::ToolTipRole).toString();
    QVERIFY2(ageTip.contains(QStringLiteral("Line 3"))
                 && ageTip.contains(QStringLiteral("\"abc\"")),
             qPrintable(ageTip));
    QCOMPARE(cell(EmailRow, MappingModel::Validation).data(MappingModel::ValueRole).toLongLong(),
             qint64(2));
    QCOMPARE(exampleLines(cell(EmailRow, MappingModel::Validation)), (QList<qint64>{3, 5}));
    QCOMPARE(cell(NameRow, MappingModel::Validation).data(MappingModel::ValueRole).toLongLong(),
             qint64(0));
    QCOMPARE(cell(NameRow, MappingModel::Validation).data().toString(), QStringLiteral("valid"));
    QVERIFY(!cell(NotesRow, MappingModel::Validation).data(MappingModel::ValueRole).isValid());
    QCOMPARE(model->validation()->unmappedRequired, QStringList{QStringLiteral("country")});
    const QString summary = m_editor->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("edited mapping"))
                 && summary.contains(QStringLiteral("country"))
                 && summary.contains(QStringLiteral("4 invalid")),
             qPrintable(summary));
    // The details pane lists every example of the current row.
    m_editor->table()->setCurrentIndex(cell(AgeRow, MappingModel::Validation));
    const QString details = m_editor->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("abc")) && details.contains(QStringLiteral("5x")),
             qPrintable(details));

    // A column changed since is flagged, and validated again with its transform.
    QVERIFY(model->setData(cell(JoinedRow, MappingModel::SchemaColumn), QStringLiteral("joined")));
    QVERIFY(model->setData(cell(JoinedRow, MappingModel::Transform),
                           QStringLiteral("date:dd/MM/yyyy")));
    QCOMPARE(cell(JoinedRow, MappingModel::Validation).data().toString(),
             QStringLiteral("changed: validate again"));
    m_editor->validate();
    QTRY_VERIFY(!m_editor->isBusy());
    QCOMPARE(cell(JoinedRow, MappingModel::Validation).data(MappingModel::ValueRole).toLongLong(),
             qint64(1));
    QCOMPARE(exampleLines(cell(JoinedRow, MappingModel::Validation)), QList<qint64>{3});
}

void tst_MappingEditor::requestLeaveAsksWithoutWaiting()
{
    openEditor();
    MappingModel *model = m_editor->model();
    // Nothing to ask about: answered at once.
    LeaveAnswer clean;
    m_editor->requestLeave(clean.callback());
    QCOMPARE(clean.mayLeave, std::optional<bool>(true));
    QVERIFY(!visibleMessageBox(m_editor.get(), QStringLiteral("maybeSaveBox")));

    // The question is open when requestLeave() returns; the answer comes with the click.
    QVERIFY(model->setData(cell(AgeRow, MappingModel::SchemaColumn), QStringLiteral("age")));
    LeaveAnswer cancel;
    m_editor->requestLeave(cancel.callback());
    QMessageBox *box = visibleMessageBox(m_editor.get(), QStringLiteral("maybeSaveBox"));
    QVERIFY(box);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QVERIFY2(box->text().contains(QStringLiteral("people.csv")), qPrintable(box->text()));
    QVERIFY(!cancel.mayLeave);
    // A second request while the question is open gets the same answer, without a second box.
    LeaveAnswer again;
    m_editor->requestLeave(again.callback());
    QCOMPARE(m_editor->findChildren<QMessageBox *>(QStringLiteral("maybeSaveBox")).size(), 1);
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(cancel.mayLeave, std::optional<bool>(false));
    QCOMPARE(again.mayLeave, std::optional<bool>(false));
    QVERIFY(m_editor->isModified());
    QCOMPARE(model->target(AgeRow).schemaColumn, QStringLiteral("age"));

    LeaveAnswer discard;
    m_editor->requestLeave(discard.callback());
    box = visibleMessageBox(m_editor.get(), QStringLiteral("maybeSaveBox"));
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QCOMPARE(discard.mayLeave, std::optional<bool>(true));
    QVERIFY(!m_editor->isModified());
    QVERIFY(!model->target(AgeRow).isMapped());
    QVERIFY(!storedMapping(m_file.id).columns[AgeRow].isMapped());

    // Save: the answer waits for the save, on the event loop, not in a nested one.
    QVERIFY(model->setData(cell(AgeRow, MappingModel::SchemaColumn), QStringLiteral("age")));
    QSignalSpy saved(m_editor.get(), &MappingEditor::mappingSaved);
    LeaveAnswer save;
    m_editor->requestLeave(save.callback());
    box = visibleMessageBox(m_editor.get(), QStringLiteral("maybeSaveBox"));
    QVERIFY(box);
    box->button(QMessageBox::Save)->click();
    QVERIFY(m_editor->isBusy());
    QVERIFY(!save.mayLeave);
    QVERIFY(saved.wait());
    QCOMPARE(save.mayLeave, std::optional<bool>(true));
    QVERIFY(!m_editor->isModified());
    QCOMPARE(storedMapping(m_file.id).columns[AgeRow].schemaColumn, QStringLiteral("age"));
}

void tst_MappingEditor::requestLeaveWaitsForTheSaveInFlight()
{
    openEditor();
    QVERIFY(m_editor->model()->setData(cell(AgeRow, MappingModel::SchemaColumn),
                                       QStringLiteral("age")));
    QSignalSpy saved(m_editor.get(), &MappingEditor::mappingSaved);
    m_editor->save();
    QVERIFY(m_editor->isBusy());
    // Whether the edits are safe depends on how the save ends: no question, no answer yet.
    LeaveAnswer answer;
    m_editor->requestLeave(answer.callback());
    QVERIFY(!answer.mayLeave);
    QVERIFY(!visibleMessageBox(m_editor.get(), QStringLiteral("maybeSaveBox")));
    QVERIFY(saved.wait());
    QCOMPARE(answer.mayLeave, std::optional<bool>(true));
    QVERIFY(!visibleMessageBox(m_editor.get(), QStringLiteral("maybeSaveBox")));
}

void tst_MappingEditor::reloadDuringASaveLoadsTheSavedMapping()
{
    openEditor();
    QVERIFY(m_editor->model()->setData(cell(AgeRow, MappingModel::SchemaColumn),
                                       QStringLiteral("age")));
    const int version = m_editor->model()->savedMapping().version;
    QSignalSpy saved(m_editor.get(), &MappingEditor::mappingSaved);
    m_editor->save();
    m_editor->reload(); // starts once the save has finished, instead of waiting for it here
    QVERIFY(saved.wait());
    QTRY_VERIFY(!m_editor->isBusy());
    QCOMPARE(m_editor->model()->savedMapping().version, version + 1);
    QCOMPARE(m_editor->model()->target(AgeRow).schemaColumn, QStringLiteral("age"));
    QVERIFY(!m_editor->isModified());
}

void tst_MappingEditor::setFileFollowsOnlyAnotherFile()
{
    const FileInfo other = importCsv(QStringLiteral("other.csv"), "a,b\n1,2\n");
    QVERIFY(other.id != 0 && other.id != m_file.id);
    openEditor();
    QVERIFY(!m_editor->wouldLeave(QStringLiteral("people"), m_file.id));
    QVERIFY(m_editor->wouldLeave(QStringLiteral("people"), other.id));
    QVERIFY(m_editor->wouldLeave(QStringLiteral("other"), m_file.id));
    QVERIFY(m_editor->wouldLeave(QStringLiteral("people"), 0));
    QVERIFY(m_editor->model()->setData(cell(AgeRow, MappingModel::SchemaColumn),
                                       QStringLiteral("age")));

    // The same file again (its counts refreshed) keeps the edits.
    m_editor->setFile(QStringLiteral("people"), m_file);
    QVERIFY(m_editor->isModified());
    QVERIFY(!m_editor->isBusy());

    // Another file: the caller asked first (requestLeave()); the edits go, unsaved.
    m_editor->setFile(QStringLiteral("people"), other);
    QCOMPARE(m_editor->file().id, other.id);
    QTRY_VERIFY(!m_editor->isBusy());
    QCOMPARE(m_editor->model()->rowCount(), 2);
    QVERIFY(!m_editor->isModified());
    QVERIFY(!storedMapping(m_file.id).columns[AgeRow].isMapped());
}

QTEST_MAIN(tst_MappingEditor)
#include "tst_mappingeditor.moc"
