// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "emptystate.h"
#include "guitest.h"
#include "schema/mappingservice.h"
#include "schema/rulesdialog.h"
#include "schema/schemaeditor.h"
#include "schema/schemamodel.h"
#include "schema/schemaservice.h"
#include "store/catalog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace stevedore;
using namespace stevedore::guitest;

namespace {

SchemaColumn column(const QString &name,
                    ColumnType type = ColumnType::Text,
                    bool required = false,
                    const QStringList &values = {})
{
    SchemaColumn column;
    column.name = name;
    column.type = type;
    column.required = required;
    column.values = values;
    return column;
}

QList<SchemaColumn> sampleColumns()
{
    return {column(QStringLiteral("email"), ColumnType::Email, true),
            column(QStringLiteral("age"), ColumnType::Integer),
            column(QStringLiteral("status"),
                   ColumnType::Enum,
                   false,
                   {QStringLiteral("new"), QStringLiteral("done")})};
}

Schema storedSchema(Database &database)
{
    return database
        .read([](QSqlDatabase &db) { return SchemaService(Sql(db)).load(); },
              ReadConsistency::Primary)
        .result();
}

SchemaDiff applyDirectly(Database &database, const QList<SchemaColumn> &desired)
{
    return database
        .write([desired](QSqlDatabase &db) { return SchemaService(Sql(db)).apply(desired); })
        .result();
}

QStringList names(const QList<SchemaColumn> &columns)
{
    QStringList out;
    for (const SchemaColumn &column : columns)
        out << column.name;
    return out;
}

QStringList modelNames(const SchemaModel &model)
{
    return names(model.schemaColumns());
}

QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (box->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

QTreeWidgetItem *changeItem(QTreeWidget *tree, const QString &columnName)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == columnName)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class tst_SchemaEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelTester();
    void modelEditsAreUndoable();
    void dragMovesRow();
    void problemsFlagCells();
    void shortcutsAreScopedToTheEditor();
    void undoShortcutWorksInTheTable();
    void noDatabaseDisablesEditing();
    void editUndoRedoApply();
    void invalidInputDisablesApply();
    void conflictOffersReload();
    void conflictKeepEditing();
    void applyShowsMappingImpact();
    void conflictAfterConfirmation();
    void editsThatCancelOutApplyNothing();
    void typeComboAndValuesDialog();
    void rulesDialogChecksTestsAndApplies();
    void emptySchemaOffersTheFileHeader();

private:
    // A fresh database holding sampleColumns() (version 1) and an editor that loaded it.
    void openEditor();

    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<SchemaEditor> m_editor;
};

void tst_SchemaEditor::initTestCase()
{
    WarningTrap::install();
}

void tst_SchemaEditor::init()
{
    m_db = std::make_unique<ScratchDatabase>();
}

void tst_SchemaEditor::cleanup()
{
    m_editor.reset();
    m_db.reset();
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_SchemaEditor::openEditor()
{
    QCOMPARE(applyDirectly(m_db->database(), sampleColumns()).toVersion, 1);
    m_editor = std::make_unique<SchemaEditor>();
    QSignalSpy loaded(m_editor.get(), &SchemaEditor::loaded);
    m_editor->setDatabase(&m_db->database());
    QVERIFY(m_editor->isBusy());
    QCOMPARE(m_editor->model()->rowCount(), 0); // loading happens on the pool
    m_editor->show();
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().first().toInt(), 1);
    QVERIFY(!m_editor->isBusy());
    QCOMPARE(m_editor->loadedVersion(), 1);
    QCOMPARE(modelNames(*m_editor->model()), names(sampleColumns()));
    QVERIFY(!m_editor->isModified());
}

void tst_SchemaEditor::modelTester()
{
    QUndoStack stack;
    SchemaModel model(&stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchemaColumns(sampleColumns());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(SchemaModel::ColumnCount));
    model.addSchemaColumn(1, column(QStringLiteral("city")));
    model.moveSchemaColumn(0, 3);
    model.removeSchemaColumn(2);
    QVERIFY(model.setData(model.index(0, SchemaModel::Name), QStringLiteral("town")));
    QVERIFY(model.setData(model.index(0, SchemaModel::Required), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(1, SchemaModel::Type), int(ColumnType::Decimal)));
    QCOMPARE(modelNames(model), QStringList({"town", "age", "email"}));
    QCOMPARE(stack.count(), 6);
    while (stack.canUndo())
        stack.undo();
    QCOMPARE(model.schemaColumns().size(), sampleColumns().size());
    QCOMPARE(modelNames(model), names(sampleColumns()));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.schemaColumns()[row].sameDefinition(sampleColumns()[row]));
    while (stack.canRedo())
        stack.redo();
    QCOMPARE(modelNames(model), QStringList({"town", "age", "email"}));
    model.setSchemaColumns({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_SchemaEditor::modelEditsAreUndoable()
{
    QUndoStack stack;
    SchemaModel model(&stack);
    model.setSchemaColumns(sampleColumns());
    const QModelIndex type = model.index(2, SchemaModel::Type);
    QCOMPARE(type.data(Qt::EditRole).toInt(), int(ColumnType::Enum));
    QCOMPARE(type.data().toString(), SchemaModel::typeDisplayName(ColumnType::Enum));
    QCOMPARE(model.index(2, SchemaModel::Values).data().toString(), QStringLiteral("new, done"));

    // An enum turned into text loses its values; undo brings them back.
    QVERIFY(model.setData(type, int(ColumnType::Text)));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(model.schemaColumn(2).type, ColumnType::Text);
    QVERIFY(model.schemaColumn(2).values.isEmpty());
    QVERIFY(!model.hasProblems());
    stack.undo();
    QCOMPARE(model.schemaColumn(2).type, ColumnType::Enum);
    QCOMPARE(model.schemaColumn(2).values, QStringList({"new", "done"}));

    // Setting what is there already is no edit.
    QVERIFY(model.setData(model.index(0, SchemaModel::Name), QStringLiteral("email")));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.index(), 0);

    QVERIFY(model.setData(model.index(2, SchemaModel::Values), QStringLiteral(" a ,b")));
    QCOMPARE(model.schemaColumn(2).values, QStringList({"a", "b"}));
    QVERIFY(
        model.setData(model.index(0, SchemaModel::Required), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.schemaColumn(0).required);
    QCOMPARE(model.index(0, SchemaModel::Required).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QVERIFY(model.setData(model.index(1, SchemaModel::Description), QStringLiteral("years")));
    QCOMPARE(stack.count(), 3);
    QVERIFY(stack.undoText().contains(QStringLiteral("age")));
    stack.undo();
    stack.undo();
    stack.undo();
    QVERIFY(model.schemaColumn(0).required);
    QCOMPARE(model.schemaColumn(1).description, QString());
    QCOMPARE(model.schemaColumn(2).values, QStringList({"new", "done"}));

    // Read-only while the editor applies.
    model.setReadOnly(true);
    QVERIFY(!(model.flags(model.index(0, SchemaModel::Name)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, SchemaModel::Name), QStringLiteral("x")));
    QCOMPARE(model.schemaColumn(0).name, QStringLiteral("email"));
}

void tst_SchemaEditor::dragMovesRow()
{
    QUndoStack stack;
    SchemaModel model(&stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchemaColumns(sampleColumns());
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, SchemaModel::Name)}));
    QVERIFY(data);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    // Dropped below the last row. false: the view must not remove the source row itself.
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QCOMPARE(modelNames(model), QStringList({"age", "status", "email"}));
    QCOMPARE(stack.count(), 1);
    // Dropped onto the first row: goes before it.
    std::unique_ptr<QMimeData> back(model.mimeData({model.index(2, SchemaModel::Type)}));
    model.dropMimeData(back.get(), Qt::MoveAction, -1, -1, model.index(0, 0));
    QCOMPARE(modelNames(model), QStringList({"email", "age", "status"}));
    stack.undo();
    QCOMPARE(modelNames(model), QStringList({"age", "status", "email"}));
    stack.undo();
    QCOMPARE(modelNames(model), names(sampleColumns()));
}

void tst_SchemaEditor::problemsFlagCells()
{
    QUndoStack stack;
    SchemaModel model(&stack);
    model.setSchemaColumns(sampleColumns());
    QSignalSpy problemsChanged(&model, &SchemaModel::problemsChanged);
    QVERIFY(!model.hasProblems());
    QVERIFY(!model.index(1, SchemaModel::Name).data(Qt::BackgroundRole).isValid());

    QVERIFY(model.setData(model.index(1, SchemaModel::Name), QStringLiteral("EMAIL")));
    QCOMPARE(problemsChanged.count(), 1);
    QCOMPARE(model.problems().size(), 1);
    const QModelIndex name = model.index(1, SchemaModel::Name);
    QVERIFY(name.data(Qt::BackgroundRole).isValid());
    QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull()); // not colour alone
    QVERIFY(name.data(Qt::AccessibleDescriptionRole).toString().contains("duplicate name"));
    QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("duplicate name")),
             qPrintable(name.data(Qt::ToolTipRole).toString()));
    QCOMPARE(name.data(SchemaModel::ProblemsRole).toStringList().size(), 1);
    QVERIFY(model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString().contains("duplicate"));
    // Only the offending cell and row.
    QVERIFY(!model.index(0, SchemaModel::Name).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, SchemaModel::Type).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(1, SchemaModel::Type).data(Qt::DecorationRole).isNull());
    QVERIFY(model.problemsAt(0).isEmpty());

    // Enum problems belong to the values cell, even for a column called "values".
    QVERIFY(model.setData(model.index(2, SchemaModel::Name), QStringLiteral("values")));
    QVERIFY(model.setData(model.index(2, SchemaModel::Values), QStringLiteral("a, , a")));
    QCOMPARE(model.problemsAt(2, SchemaModel::Values).size(), 2);
    QVERIFY(model.problemsAt(2, SchemaModel::Name).isEmpty());
    QVERIFY(model.index(2, SchemaModel::Values).data(Qt::BackgroundRole).isValid());

    stack.undo();
    stack.undo();
    stack.undo();
    QVERIFY(!model.hasProblems());
    QVERIFY(!name.data(Qt::BackgroundRole).isValid());
}

void tst_SchemaEditor::shortcutsAreScopedToTheEditor()
{
    SchemaEditor editor;
    QCOMPARE(editor.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(editor.redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
    QCOMPARE(editor.undoAction()->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    QCOMPARE(editor.redoAction()->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    QVERIFY(editor.actions().contains(editor.undoAction()));
    QVERIFY(editor.actions().contains(editor.redoAction()));
}

void tst_SchemaEditor::undoShortcutWorksInTheTable()
{
    openEditor();
    if (QTest::currentTestFailed())
        return;
    SchemaEditor &editor = *m_editor;
    SchemaModel *model = editor.model();
    QVERIFY(model->setData(model->index(0, SchemaModel::Name), QStringLiteral("mail")));
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.table()->setFocus();
    QTRY_VERIFY(editor.table()->hasFocus());
    QTest::keySequence(editor.table(), QKeySequence::Undo);
    QCOMPARE(model->schemaColumn(0).name, QStringLiteral("email"));
    QTest::keySequence(editor.table(), QKeySequence::Redo);
    QCOMPARE(model->schemaColumn(0).name, QStringLiteral("mail"));
}

void tst_SchemaEditor::noDatabaseDisablesEditing()
{
    SchemaEditor editor;
    editor.setDatabase(nullptr);
    QVERIFY(!editor.isBusy());
    QVERIFY(!editor.addColumnAction()->isEnabled());
    QVERIFY(!editor.applyAction()->isEnabled());
    QVERIFY(!editor.reloadAction()->isEnabled());
    QVERIFY(editor.model()->isReadOnly());
    QCOMPARE(editor.model()->rowCount(), 0);
}

void tst_SchemaEditor::editUndoRedoApply()
{
    openEditor();
    if (QTest::currentTestFailed())
        return;
    SchemaEditor &editor = *m_editor;
    SchemaModel *model = editor.model();
    QSignalSpy modified(&editor, &SchemaEditor::modifiedChanged);
    QVERIFY(!editor.applyAction()->isEnabled());

    QVERIFY(model->setData(model->index(0, SchemaModel::Name), QStringLiteral("e_mail")));
    QVERIFY(editor.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    QVERIFY(editor.applyAction()->isEnabled());
    QVERIFY(model->setData(model->index(1, SchemaModel::Type), int(ColumnType::Decimal)));
    QCOMPARE(editor.undoStack()->count(), 2);

    editor.undoAction()->trigger();
    QCOMPARE(model->schemaColumn(1).type, ColumnType::Integer);
    editor.undoAction()->trigger();
    QCOMPARE(model->schemaColumn(0).name, QStringLiteral("email"));
    QVERIFY(!editor.isModified());
    QCOMPARE(modified.last().first().toBool(), false);
    QVERIFY(!editor.applyAction()->isEnabled());
    QVERIFY(!editor.undoAction()->isEnabled());

    editor.redoAction()->trigger();
    editor.redoAction()->trigger();
    QCOMPARE(model->schemaColumn(0).name, QStringLiteral("e_mail"));
    QCOMPARE(model->schemaColumn(1).type, ColumnType::Decimal);
    QVERIFY(editor.isModified());

    // Add after "status", name it, move it up one.
    editor.table()->setCurrentIndex(model->index(2, SchemaModel::Name));
    editor.addColumnAction()->trigger();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(editor.table()->currentIndex().row(), 3);
    QVERIFY(model->setData(model->index(3, SchemaModel::Name), QStringLiteral("city")));
    editor.moveUpAction()->trigger();
    QCOMPARE(modelNames(*model), QStringList({"e_mail", "age", "city", "status"}));
    QCOMPARE(editor.undoStack()->count(), 5);

    QSignalSpy applied(&editor, &SchemaEditor::schemaApplied);
    editor.applyAction()->trigger();
    QVERIFY(editor.isBusy());
    QDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = shownDialog<QDialog>(&editor, QStringLiteral("schemaApplyConfirmation"))));
    // While the confirmation is open nothing can be edited.
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!editor.applyAction()->isEnabled());
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("changes"));
    QVERIFY(tree);
    QTreeWidgetItem *renamed = changeItem(tree, QStringLiteral("e_mail"));
    QVERIFY(renamed);
    QVERIFY2(renamed->text(1).contains(QStringLiteral("renamed from “email”")),
             qPrintable(renamed->text(1)));
    QTreeWidgetItem *retyped = changeItem(tree, QStringLiteral("age"));
    QVERIFY(retyped);
    QVERIFY(retyped->text(1).contains(SchemaModel::typeDisplayName(ColumnType::Decimal)));
    QTreeWidgetItem *added = changeItem(tree, QStringLiteral("city"));
    QVERIFY(added);
    QVERIFY(added->text(1).startsWith(QStringLiteral("added")));
    QVERIFY(!changeItem(tree, QStringLiteral("status"))); // it kept its place among the others
    dialog->accept();

    QVERIFY(applied.wait());
    QCOMPARE(applied.first().first().toInt(), 2);
    const Schema stored = storedSchema(m_db->database());
    QCOMPARE(stored.version, 2);
    QCOMPARE(names(stored.columns), QStringList({"e_mail", "age", "city", "status"}));
    QCOMPARE(stored.columns[1].type, ColumnType::Decimal);
    QVERIFY(stored.columns[0].required);
    QCOMPARE(stored.columns[3].values, QStringList({"new", "done"}));

    QVERIFY(!editor.isModified());
    QCOMPARE(modified.last().first().toBool(), false);
    QCOMPARE(editor.undoStack()->count(), 0);
    QCOMPARE(editor.loadedVersion(), 2);
    QCOMPARE(model->schemaColumn(2).id, stored.columns[2].id); // the new column's id
    QVERIFY(model->schemaColumn(2).id > 0);
    QVERIFY(editor.addColumnAction()->isEnabled());
    QVERIFY(!editor.applyAction()->isEnabled());
}

void tst_SchemaEditor::invalidInputDisablesApply()
{
    openEditor();
    if (QTest::currentTestFailed())
        return;
    SchemaEditor &editor = *m_editor;
    SchemaModel *model = editor.model();
    auto *problems = editor.findChild<QLabel *>(QStringLiteral("schemaProblems"));
    QVERIFY(problems);
    QVERIFY(problems->isHidden());

    QVERIFY(model->setData(model->index(1, SchemaModel::Name), QStringLiteral("EMAIL")));
    QVERIFY(editor.isModified());
    QVERIFY(!editor.applyAction()->isEnabled());
    QVERIFY(model->index(1, SchemaModel::Name).data(Qt::BackgroundRole).isValid());
    QVERIFY(model->problemsAt(1, SchemaModel::Name).first().contains(QStringLiteral("duplicate")));
    QVERIFY(!problems->isHidden());
    QVERIFY(problems->text().contains(QStringLiteral("column 2 \"EMAIL\": duplicate name")));

    // A disabled Apply does nothing, even when triggered.
    editor.applyAction()->trigger();
    QVERIFY(!editor.isBusy());
    QVERIFY(!shownDialog<QDialog>(&editor, QStringLiteral("schemaApplyConfirmation")));

    // An enum without values is flagged on its values cell.
    QVERIFY(model->setData(model->index(2, SchemaModel::Values), QString()));
    QVERIFY(model->problemsAt(2, SchemaModel::Values).first().contains(QStringLiteral("enum")));
    QVERIFY(model->index(2, SchemaModel::Values).data(Qt::BackgroundRole).isValid());
    QVERIFY(model->headerData(2, Qt::Vertical, SchemaModel::ProblemsRole).toStringList().size()
            == 1);

    QVERIFY(model->setData(model->index(1, SchemaModel::Name), QStringLiteral("years")));
    QVERIFY(!editor.applyAction()->isEnabled()); // the enum still has no values
    QVERIFY(model->setData(model->index(2, SchemaModel::Values), QStringLiteral("open, closed")));
    QVERIFY(!model->hasProblems());
    QVERIFY(problems->isHidden());
    QVERIFY(editor.applyAction()->isEnabled());
    QVERIFY(!model->index(1, SchemaModel::Name).data(Qt::BackgroundRole).isValid());
}

void tst_SchemaEditor::conflictOffersReload()
{
    openEditor();
    if (QTest::currentTestFailed())
        return;
    SchemaEditor &editor = *m_editor;
    SchemaModel *model = editor.model();
    QVERIFY(model->setData(model->index(0, SchemaModel::Description), QStringLiteral("local")));

    // Someone else renames "age" behind the editor's back.
    QList<SchemaColumn> theirs = storedSchema(m_db->database()).columns;
    theirs[1].name = QStringLiteral("years");
    QCOMPARE(applyDirectly(m_db->database(), theirs).toVersion, 2);

    editor.applyAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = shownDialog<QMessageBox>(&editor, QStringLiteral("schemaConflict"))));
    QVERIFY2(box->informativeText().contains(QStringLiteral("expected version 1")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("at version 2")));
    QVERIFY(!shownDialog<QDialog>(&editor, QStringLiteral("schemaApplyConfirmation")));
    QVERIFY(editor.isModified());
    QAbstractButton *reload = buttonWithRole(box, QMessageBox::AcceptRole);
    QVERIFY(reload);
    reload->click();

    // Reloading discards the edits: asked first.
    QMessageBox *discard = nullptr;
    QTRY_VERIFY(
        (discard = shownDialog<QMessageBox>(&editor, QStringLiteral("schemaDiscardConfirmation"))));
    QSignalSpy loaded(&editor, &SchemaEditor::loaded);
    QAbstractButton *yes = buttonWithRole(discard, QMessageBox::DestructiveRole);
    QVERIFY(yes);
    yes->click();
    QVERIFY(loaded.wait());
    QCOMPARE(editor.loadedVersion(), 2);
    QVERIFY(!editor.isModified());
    QCOMPARE(modelNames(*model), QStringList({"email", "years", "status"}));
    QCOMPARE(model->schemaColumn(0).description, QString());
    // The version stored is what the other writer left.
    QCOMPARE(storedSchema(m_db->database()).version, 2);
}

void tst_SchemaEditor::conflictKeepEditing()
{
    openEditor();
    if (QTest::currentTestFailed())
        return;
    SchemaEditor &editor = *m_editor;
    SchemaModel *model = editor.model();
    QVERIFY(model->setData(model->index(0, SchemaModel::Description), QStringLiteral("local")));
    QList<SchemaColumn> theirs = storedSchema(m_db->database()).columns;
    theirs.removeLast();
    QCOMPARE(applyDirectly(m_db->database(), theirs).toVersion, 2);

    editor.applyAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = shownDialog<QMessageBox>(&editor, QStringLiteral("schemaConflict"))));
    QAbstractButton *keep = buttonWithRole(box, QMessageBox::RejectRole);
    QVERIFY(keep);
    keep->click();
    QTRY_VERIFY(!shownDialog<QMessageBox>(&editor, QStringLiteral("schemaConflict")));
    QVERIFY(!shownDialog<QMessageBox>(&editor, QStringLiteral("schemaDiscardConfirmation")));
    QVERIFY(editor.isModified());
    QCOMPARE(editor.loadedVersion(), 1);
    QCOMPARE(model->schemaColumn(0).description, QStringLiteral("local"));
    QVERIFY(editor.applyAction()->isEnabled());
    QVERIFY(editor.undoAction()->isEnabled());

    // Reload asks before dropping the edits; Cancel keeps them.
    editor.reloadAction()->trigger();
    QMessageBox *discard = nullptr;
    QTRY_VERIFY(
        (discard = shownDialog<QMessageBox>(&editor, QStringLiteral("schemaDiscardConfirmation"))));
    QAbstractButton *cancel = discard->button(QMessageBox::Cancel);
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(!editor.isBusy());
    QVERIFY(editor.isModified());
    QCOMPARE(model->rowCount(), 3);
}

void tst_SchemaEditor::applyShowsMappingImpact()
{
    // people.csv: header id,name,city; record n holds "n", "name n", "city n%100".
    const FileInfo file
        = writeFile(m_db->database(), QStringLiteral("crm"), QStringLiteral("people.csv"), 5);
    QCOMPARE(applyDirectly(m_db->database(),
                           {column(QStringLiteral("name")), column(QStringLiteral("city"))})
                 .toVersion,
             1);
    const Schema schema = storedSchema(m_db->database());
    m_db->database()
        .write([fileId = file.id, schema](QSqlDatabase &db) {
            MappingEdit name;
            name.fileColumn = QStringLiteral("name");
            name.schemaColumnId = schema.byName(QStringLiteral("name"))->id;
            MappingEdit city;
            city.fileColumn = QStringLiteral("city");
            city.schemaColumnId = schema.byName(QStringLiteral("city"))->id;
            return MappingService(Sql(db)).save(fileId, {name, city});
        })
        .waitForFinished();

    m_editor = std::make_unique<SchemaEditor>();
    SchemaEditor &editor = *m_editor;
    SchemaModel *model = editor.model();
    QSignalSpy loaded(&editor, &SchemaEditor::loaded);
    editor.setDatabase(&m_db->database());
    QVERIFY(loaded.wait());
    QCOMPARE(modelNames(*model), QStringList({"name", "city"}));

    // Remove "city" (mapped) and make "name" an integer: every mapped value fails.
    editor.table()->setCurrentIndex(model->index(1, SchemaModel::Name));
    editor.removeColumnAction()->trigger();
    QCOMPARE(modelNames(*model), QStringList({"name"}));
    QVERIFY(model->setData(model->index(0, SchemaModel::Type), int(ColumnType::Integer)));

    editor.applyAction()->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = shownDialog<QDialog>(&editor, QStringLiteral("schemaApplyConfirmation"))));
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("changes"));
    QVERIFY(tree);
    QTreeWidgetItem *removed = changeItem(tree, QStringLiteral("city"));
    QVERIFY(removed);
    QCOMPARE(removed->text(1), SchemaEditor::tr("removed"));
    QCOMPARE(removed->childCount(), 1);
    QCOMPARE(removed->child(0)->text(0), QStringLiteral("crm / people.csv"));
    QVERIFY(removed->child(0)->text(1).contains(QStringLiteral("“city”")));
    QCOMPARE(removed->child(0)->text(2), SchemaEditor::tr("mapping removed"));
    QTreeWidgetItem *retyped = changeItem(tree, QStringLiteral("name"));
    QVERIFY(retyped);
    QCOMPARE(retyped->childCount(), 1);
    QCOMPARE(retyped->child(0)->text(2), SchemaEditor::tr("%n invalid value(s)", nullptr, 5));
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->text() == SchemaEditor::tr("%n file mapping(s) affected:", nullptr, 2);
    }));

    // Cancel: nothing written, the edits stay.
    dialog->reject();
    QTRY_VERIFY(editor.applyAction()->isEnabled());
    QVERIFY(editor.isModified());
    const Schema after = storedSchema(m_db->database());
    QCOMPARE(after.version, 1);
    QCOMPARE(names(after.columns), QStringList({"name", "city"}));

    // The same diff as text, for logs and the status bar.
    const SchemaDiff diff = m_db->database()
                                .read([desired = model->schemaColumns()](QSqlDatabase &db) {
                                    return SchemaService(Sql(db)).apply(desired, 1, true);
                                })
                                .result();
    const QStringList lines = SchemaEditor::describe(diff);
    QVERIFY2(lines.contains(QStringLiteral("    crm / people.csv, file column “city”: ")
                            + SchemaEditor::tr("mapping removed")),
             qPrintable(lines.join(QLatin1Char('\n'))));
}

void tst_SchemaEditor::conflictAfterConfirmation()
{
    openEditor();
    if (QTest::currentTestFailed())
        return;
    SchemaEditor &editor = *m_editor;
    SchemaModel *model = editor.model();
    QVERIFY(model->setData(model->index(1, SchemaModel::Name), QStringLiteral("years")));
    editor.applyAction()->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = shownDialog<QDialog>(&editor, QStringLiteral("schemaApplyConfirmation"))));
    // The dry run was fine; someone else applies while the operator reads the diff.
    QList<SchemaColumn> theirs = storedSchema(m_db->database()).columns;
    theirs[0].description = QStringLiteral("theirs");
    QCOMPARE(applyDirectly(m_db->database(), theirs).toVersion, 2);
    dialog->accept();

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = shownDialog<QMessageBox>(&editor, QStringLiteral("schemaConflict"))));
    QVERIFY(box->informativeText().contains(QStringLiteral("expected version 1")));
    // Nothing of the editor's was written.
    const Schema stored = storedSchema(m_db->database());
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.columns[1].name, QStringLiteral("age"));
    QCOMPARE(stored.columns[0].description, QStringLiteral("theirs"));
    QVERIFY(editor.isModified());
    buttonWithRole(box, QMessageBox::RejectRole)->click();
    QTRY_VERIFY(editor.applyAction()->isEnabled());
}

void tst_SchemaEditor::editsThatCancelOutApplyNothing()
{
    openEditor();
    if (QTest::currentTestFailed())
        return;
    SchemaEditor &editor = *m_editor;
    SchemaModel *model = editor.model();
    QVERIFY(model->setData(model->index(1, SchemaModel::Name), QStringLiteral("years")));
    QVERIFY(model->setData(model->index(1, SchemaModel::Name), QStringLiteral("age")));
    QVERIFY(editor.isModified());
    QSignalSpy messages(&editor, &SchemaEditor::statusMessage);
    editor.applyAction()->trigger();
    QTRY_VERIFY(!editor.isModified());
    QVERIFY(!editor.isBusy());
    QVERIFY(!shownDialog<QDialog>(&editor, QStringLiteral("schemaApplyConfirmation")));
    QCOMPARE(storedSchema(m_db->database()).version, 1);
    QVERIFY(!messages.isEmpty());
}

void tst_SchemaEditor::typeComboAndValuesDialog()
{
    openEditor();
    if (QTest::currentTestFailed())
        return;
    SchemaEditor &editor = *m_editor;
    SchemaModel *model = editor.model();

    // The Type column edits through a combo box of every type.
    const QModelIndex type = model->index(1, SchemaModel::Type);
    QAbstractItemDelegate *delegate = editor.table()->itemDelegateForIndex(type);
    QStyleOptionViewItem option;
    std::unique_ptr<QWidget> widget(delegate->createEditor(editor.table(), option, type));
    auto *combo = qobject_cast<QComboBox *>(widget.get());
    QVERIFY(combo);
    QCOMPARE(combo->count(), int(SchemaModel::allTypes().size()));
    delegate->setEditorData(combo, type);
    QCOMPARE(combo->currentData().toInt(), int(ColumnType::Integer));
    combo->setCurrentIndex(combo->findData(int(ColumnType::Date)));
    delegate->setModelData(combo, model, type);
    QCOMPARE(model->schemaColumn(1).type, ColumnType::Date);
    QCOMPARE(editor.undoStack()->count(), 1);

    // Edit Values… turns the column into an enum; one value a line, blank lines ignored.
    editor.table()->setCurrentIndex(model->index(0, SchemaModel::Name));
    editor.editValuesAction()->trigger();
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = shownDialog<QInputDialog>(&editor, QStringLiteral("enumValuesDialog"))));
    dialog->setTextValue(QStringLiteral("a@example.org\n\n b, c \n"));
    dialog->accept();
    QCOMPARE(model->schemaColumn(0).type, ColumnType::Enum);
    QCOMPARE(model->schemaColumn(0).values, QStringList({"a@example.org", "b, c"}));
    QCOMPARE(editor.undoStack()->count(), 2);
    editor.undoAction()->trigger();
    QCOMPARE(model->schemaColumn(0).type, ColumnType::Email);
    QVERIFY(model->schemaColumn(0).values.isEmpty());
}

// Edit Rules… edits a column's rules in a dialog that shows what is wrong with them as they are
// typed (OK waits) and checks a test value; accepting is one undoable edit, shown in the Rules
// column, and Apply stores the rules.
void tst_SchemaEditor::rulesDialogChecksTestsAndApplies()
{
    openEditor();
    if (QTest::currentTestFailed())
        return;
    SchemaEditor &editor = *m_editor;
    SchemaModel *model = editor.model();
    editor.table()->setCurrentIndex(model->index(1, SchemaModel::Name)); // age, integer
    QVERIFY(editor.editRulesAction()->isEnabled());
    editor.editRulesAction()->trigger();
    RulesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = shownDialog<RulesDialog>(&editor, QStringLiteral("rulesDialog"))));
    QCOMPARE(dialog->table()->rowCount(), 0);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    dialog->addRule(ColumnRule{RuleKind::Min, QStringLiteral("10"), {}, {}});
    dialog->addRule(ColumnRule{RuleKind::Max, QStringLiteral("5"), {}, {}});
    QVERIFY(dialog->problemsLabel()->isVisible());
    QVERIFY2(dialog->problemsLabel()->text().contains(QStringLiteral("min is above max")),
             qPrintable(dialog->problemsLabel()->text()));
    QVERIFY(!ok->isEnabled());
    dialog->table()->item(1, RulesDialog::Value)->setText(QStringLiteral("99"));
    QVERIFY(!dialog->problemsLabel()->isVisible());
    QVERIFY(ok->isEnabled());

    dialog->testField()->setText(QStringLiteral("7"));
    QVERIFY2(dialog->testResult()->text().contains(QStringLiteral("rule 1")),
             qPrintable(dialog->testResult()->text()));
    QVERIFY(dialog->testResult()->text().contains(QStringLiteral("below the minimum 10")));
    dialog->testField()->setText(QStringLiteral("seven"));
    QVERIFY2(
        dialog->testResult()->text().contains(SchemaModel::typeDisplayName(ColumnType::Integer)),
        qPrintable(dialog->testResult()->text()));
    dialog->testField()->setText(QStringLiteral("50"));
    QVERIFY(dialog->testResult()->text().startsWith(QStringLiteral("✓")));

    // A rule about another column offers the schema's other columns; the value cell is off.
    dialog->addRule(ColumnRule{RuleKind::RequiredWith, {}, QStringLiteral("email"), {}});
    QVERIFY(!(dialog->table()->item(2, RulesDialog::Value)->flags() & Qt::ItemIsEditable));
    auto *other
        = qobject_cast<QComboBox *>(dialog->table()->cellWidget(2, RulesDialog::OtherColumn));
    QVERIFY(other && other->isEnabled());
    QCOMPARE(other->findText(QStringLiteral("age")), -1); // not itself
    QCOMPARE(other->currentText(), QStringLiteral("email"));
    dialog->table()->item(2, RulesDialog::Message)->setText(QStringLiteral("age needs email"));
    ok->click();

    const QList<ColumnRule> expected{
        {RuleKind::Min, QStringLiteral("10"), {}, {}},
        {RuleKind::Max, QStringLiteral("99"), {}, {}},
        {RuleKind::RequiredWith, {}, QStringLiteral("email"), QStringLiteral("age needs email")}};
    QCOMPARE(model->schemaColumn(1).rules, expected);
    QCOMPARE(model->data(model->index(1, SchemaModel::Rules)).toString(),
             QStringList({ruleDisplayName(RuleKind::Min),
                          ruleDisplayName(RuleKind::Max),
                          ruleDisplayName(RuleKind::RequiredWith)})
                 .join(QStringLiteral(", ")));
    QCOMPARE(editor.undoStack()->count(), 1);
    editor.undoAction()->trigger();
    QVERIFY(model->schemaColumn(1).rules.isEmpty());
    editor.redoAction()->trigger();
    QCOMPARE(model->schemaColumn(1).rules, expected);

    // A rule that does not fit its column marks the Rules cell and blocks Apply.
    SchemaColumn email = model->schemaColumn(0);
    email.rules = {ColumnRule{RuleKind::Min, QStringLiteral("1"), {}, {}}};
    model->editSchemaColumn(0, email, QStringLiteral("bad rule"));
    QVERIFY(!model->problemsAt(0, SchemaModel::Rules).isEmpty());
    QVERIFY(!editor.applyAction()->isEnabled());
    editor.undoAction()->trigger();
    QVERIFY(model->problemsAt(0, SchemaModel::Rules).isEmpty());

    QSignalSpy applied(&editor, &SchemaEditor::schemaApplied);
    editor.applyAction()->trigger();
    QDialog *confirmation = nullptr;
    QTRY_VERIFY(
        (confirmation = shownDialog<QDialog>(&editor, QStringLiteral("schemaApplyConfirmation"))));
    confirmation->accept();
    QVERIFY(applied.wait());
    QCOMPARE(storedSchema(m_db->database()).columns[1].rules, expected);
}

// An empty schema says what to do, and creates its columns from the selected file's header in
// one undoable step (duplicates and blank names skipped); the operator then sets types and
// applies.
void tst_SchemaEditor::emptySchemaOffersTheFileHeader()
{
    m_editor = std::make_unique<SchemaEditor>();
    QSignalSpy loaded(m_editor.get(), &SchemaEditor::loaded);
    m_editor->setDatabase(&m_db->database());
    m_editor->resize(800, 500);
    m_editor->show();
    QVERIFY(loaded.wait());
    QCOMPARE(m_editor->model()->rowCount(), 0);
    auto *empty = m_editor->findChild<EmptyState *>();
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QLatin1String("Projects tree")));
    QVERIFY(!m_editor->createFromHeaderAction()->isEnabled());

    FileInfo file;
    file.id = 7;
    file.name = QStringLiteral("customers.csv");
    file.header = {QStringLiteral("Customer ID"),
                   QStringLiteral(" Email "),
                   QString(),
                   QStringLiteral("email"),
                   QStringLiteral("Country")};
    m_editor->setFile(QStringLiteral("demo"), file);
    QVERIFY(empty->text().contains(QLatin1String("customers.csv")));
    QVERIFY(m_editor->createFromHeaderAction()->isEnabled());
    auto *button = empty->findChild<QPushButton *>();
    QVERIFY(button && button->isVisible());
    button->click();
    QCOMPARE(modelNames(*m_editor->model()), QStringList({"Customer ID", "Email", "Country"}));
    QVERIFY(!empty->isVisible());
    QVERIFY(m_editor->isModified());
    QVERIFY(m_editor->applyAction()->isEnabled());
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
}

QTEST_MAIN(tst_SchemaEditor)
#include "tst_schemaeditor.moc"
