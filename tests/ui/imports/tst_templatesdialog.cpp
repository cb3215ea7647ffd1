// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "imports/templatesdialog.h"
#include "schema/rulesdialog.h"

#include "db/sql.h"
#include "schema/schemaservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::guitest;

// Tools → Import Templates…: templates listed, edited (checked as they are typed), saved as a
// new version, refused when someone saved meanwhile, and deleted after asking.
class tst_TemplatesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsEditsAndSaves();
    void problemsHoldSave();
    void staleSaveIsRefused();
    void newAndDelete();
    void rulesAreEditedPerColumn();

private:
    // A dialog on the scratch database with its templates loaded.
    std::unique_ptr<TemplatesDialog> open();
    ImportTemplate stored(const QString &name);
    void saveDirectly(const QByteArray &json, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ScratchDatabase> m_db;
};

void tst_TemplatesDialog::initTestCase()
{
    WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_templatesdialog"));
}

void tst_TemplatesDialog::init()
{
    m_db = std::make_unique<ScratchDatabase>();
    m_db->database()
        .write([](QSqlDatabase &db) {
            QList<SchemaColumn> columns;
            for (const char *name : {"sku", "name", "price"}) {
                SchemaColumn column;
                column.name = QString::fromLatin1(name);
                column.type = QLatin1String(name) == QLatin1String("price") ? ColumnType::Decimal
                                                                            : ColumnType::Text;
                columns << column;
            }
            return SchemaService(Sql(db)).apply(columns);
        })
        .waitForFinished();
    saveDirectly(R"({"delimiter": ";", "max_rejects": "5%",
                     "mapping": [{"file_column": "Preis", "schema_column": "price",
                                  "transform": "number:de_DE"}]})",
                 QStringLiteral("Parts DE"));
    saveDirectly("{}", QStringLiteral("Alpha"));
}

void tst_TemplatesDialog::saveDirectly(const QByteArray &json, const QString &name)
{
    QString error;
    std::optional<ImportTemplate> settings = ImportTemplate::fromJson(json, &error);
    QVERIFY2(settings, qPrintable(error));
    settings->name = name;
    m_db->database()
        .write([settings](QSqlDatabase &db) {
            const Sql sql(db);
            SqlTransaction transaction(sql);
            importtemplates::save(sql, *settings, std::nullopt, QStringLiteral("bob"));
            transaction.commit();
        })
        .waitForFinished();
}

ImportTemplate tst_TemplatesDialog::stored(const QString &name)
{
    return m_db->database()
        .read([name](QSqlDatabase &db) { return importtemplates::find(Sql(db), name); },
              ReadConsistency::Primary)
        .result()
        .value_or(ImportTemplate());
}

std::unique_ptr<TemplatesDialog> tst_TemplatesDialog::open()
{
    auto dialog = std::make_unique<TemplatesDialog>(&m_db->database());
    QSignalSpy finished(dialog.get(), &TemplatesDialog::finished);
    dialog->show();
    if (!finished.wait(10000) || !finished.at(0).at(0).toBool())
        qFatal("the templates did not load");
    return dialog;
}

void tst_TemplatesDialog::listsEditsAndSaves()
{
    auto dialog = open();
    QCOMPARE(dialog->list()->count(), 2);
    QCOMPARE(dialog->list()->item(0)->text(), QStringLiteral("Alpha"));
    dialog->list()->setCurrentRow(1);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Parts DE"));
    QVERIFY(dialog->nameEdit()->isReadOnly()); // a saved template keeps its name
    QCOMPARE(dialog->delimiterCombo()->currentData().toInt(), int(';'));
    QCOMPARE(dialog->maxRejectsEdit()->text(), QStringLiteral("5%"));
    QCOMPARE(dialog->mappingTable()->rowCount(), 1);
    QCOMPARE(dialog->mappingTable()->item(0, TemplatesDialog::Transform)->text(),
             QStringLiteral("number:de_DE"));
    QVERIFY(dialog->versionLabel()->text().contains(QStringLiteral("bob")));
    QVERIFY(!dialog->saveButton()->isEnabled()); // nothing changed

    // Edit: another delimiter, a budget, all or nothing, one more column.
    dialog->delimiterCombo()->setCurrentIndex(dialog->delimiterCombo()->findData(int('\t')));
    dialog->maxRejectsEdit()->setText(QStringLiteral("100"));
    emit dialog->maxRejectsEdit()->textEdited(QStringLiteral("100"));
    dialog->atomicCheck()->setChecked(true);
    dialog->addColumnButton()->click();
    QTableWidget *table = dialog->mappingTable();
    QCOMPARE(table->rowCount(), 2);
    table->item(1, TemplatesDialog::FileColumn)->setText(QStringLiteral("Artikel"));
    qobject_cast<QComboBox *>(table->cellWidget(1, TemplatesDialog::SchemaColumn))
        ->setCurrentText(QStringLiteral("sku"));
    table->item(1, TemplatesDialog::Transform)->setText(QStringLiteral("trim;upper"));
    QVERIFY(dialog->isModified());
    QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));

    QSignalSpy finished(dialog.get(), &TemplatesDialog::finished);
    dialog->saveButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toString(),
             QStringLiteral("Saved the template “Parts DE”, version 2"));
    QVERIFY(!dialog->isModified());
    const ImportTemplate saved = stored(QStringLiteral("parts de"));
    QCOMPARE(saved.version, 2);
    QCOMPARE(saved.overrides.delimiter, std::optional<char>('\t'));
    QCOMPARE(saved.rejectBudget.toString(), QStringLiteral("100"));
    QVERIFY(saved.atomic);
    QCOMPARE(saved.mapping.size(), 2);
    QCOMPARE(saved.mapping[1], (ImportTemplate::Column{"Artikel", "sku", "trim;upper"}));
    QVERIFY(!saved.updatedBy.isEmpty());
}

void tst_TemplatesDialog::problemsHoldSave()
{
    auto dialog = open();
    dialog->list()->setCurrentRow(1);
    const auto problemFor = [&](const std::function<void()> &edit) {
        edit();
        const QString problem = dialog->problemLabel()->text();
        dialog->revert();
        return problem;
    };
    const auto typed = [&](QLineEdit *edit, const QString &text) {
        edit->setText(text);
        emit edit->textEdited(text);
    };
    QCOMPARE(problemFor([&] { typed(dialog->maxRejectsEdit(), QStringLiteral("lots")); }),
             QStringLiteral("“lots” is no rejects limit: give a number of records (1000) or a "
                            "share (2.5%)."));
    QVERIFY(problemFor([&] {
                dialog->formatCombo()->setCurrentIndex(
                    dialog->formatCombo()->findData(int(SourceFormat::FixedWidth)));
            }).startsWith(QStringLiteral("Fixed width needs the columns")));
    QCOMPARE(problemFor([&] {
                 dialog->mappingTable()->item(0, TemplatesDialog::Transform)->setText("explode");
             }).left(22),
             QStringLiteral("\"mapping[0]\": transfor"));
    QCOMPARE(problemFor([&] { dialog->addColumnButton()->click(); }),
             QStringLiteral("Mapping row 2 names no file column."));
    // While a problem is shown, Save waits.
    typed(dialog->maxRejectsEdit(), QStringLiteral("lots"));
    QVERIFY(dialog->isModified());
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->revert();
    QVERIFY(!dialog->isModified());
    QCOMPARE(dialog->maxRejectsEdit()->text(), QStringLiteral("5%"));
}

void tst_TemplatesDialog::staleSaveIsRefused()
{
    auto dialog = open();
    dialog->list()->setCurrentRow(1);
    dialog->atomicCheck()->setChecked(true);
    // Someone else saves the template meanwhile (version 2).
    saveDirectly(R"({"delimiter": "|"})", QStringLiteral("Parts DE"));
    QSignalSpy finished(dialog.get(), &TemplatesDialog::finished);
    dialog->saveButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("at version 2, not 1")),
             qPrintable(dialog->problemLabel()->text()));
    QVERIFY(dialog->isModified()); // the edits stay on screen
    QCOMPARE(stored(QStringLiteral("Parts DE")).overrides.delimiter, std::optional<char>('|'));
}

void tst_TemplatesDialog::newAndDelete()
{
    auto dialog = open();
    dialog->newTemplate();
    QVERIFY(!dialog->nameEdit()->isReadOnly());
    QVERIFY(dialog->isModified());
    // A name another template has, in any case, is refused.
    dialog->nameEdit()->setText(QStringLiteral("alpha"));
    emit dialog->nameEdit()->textEdited(QStringLiteral("alpha"));
    QCOMPARE(dialog->problemLabel()->text(),
             QStringLiteral("A template named “Alpha” exists already."));
    dialog->nameEdit()->setText(QStringLiteral("Orders"));
    emit dialog->nameEdit()->textEdited(QStringLiteral("Orders"));
    dialog->headerCombo()->setCurrentIndex(dialog->headerCombo()->findData(0));
    QSignalSpy finished(dialog.get(), &TemplatesDialog::finished);
    dialog->saveButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(stored(QStringLiteral("Orders")).version, 1);
    QCOMPARE(stored(QStringLiteral("Orders")).overrides.hasHeader, std::optional<bool>(false));
    QTRY_COMPARE(dialog->list()->count(), 3);
    QTRY_COMPARE(dialog->list()->currentItem()->text(), QStringLiteral("Orders"));

    // Delete asks first; Keep keeps it.
    dialog->deleteTemplate();
    auto *box = dialog->findChild<QMessageBox *>();
    QVERIFY(box);
    box->button(QMessageBox::Cancel) ? box->button(QMessageBox::Cancel)->click() : box->reject();
    QCOMPARE(stored(QStringLiteral("Orders")).version, 1);
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>());
    dialog->deleteTemplate();
    box = dialog->findChild<QMessageBox *>();
    QVERIFY(box);
    finished.clear();
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("Deleted the template “Orders”"));
    QCOMPARE(stored(QStringLiteral("Orders")).version, 0);
    QTRY_COMPARE(dialog->list()->count(), 2);
}

// A mapping row's rules are edited in the schema editor's rules dialog, for the row's schema
// column, shown in the table, checked against that column and saved with the template.
void tst_TemplatesDialog::rulesAreEditedPerColumn()
{
    auto dialog = open();
    dialog->list()->setCurrentRow(1); // Parts DE: Preis → price
    QTableWidget *table = dialog->mappingTable();
    QCOMPARE(table->item(0, TemplatesDialog::Rules)->text(), tr("None"));
    table->setCurrentCell(0, TemplatesDialog::FileColumn);
    QVERIFY(dialog->editRulesButton()->isEnabled());
    dialog->editRulesButton()->click();
    RulesDialog *rules = nullptr;
    QTRY_VERIFY((rules = shownDialog<RulesDialog>(dialog.get(), QStringLiteral("rulesDialog"))));
    QVERIFY2(rules->windowTitle().contains(QStringLiteral("price")),
             qPrintable(rules->windowTitle()));
    rules->addRule(ColumnRule{RuleKind::Min, QStringLiteral("0"), {}, QStringLiteral("no debts")});
    rules->addRule(ColumnRule{RuleKind::RequiredWith, {}, QStringLiteral("sku"), {}});
    rules->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(table->item(0, TemplatesDialog::Rules)->text(),
             ruleDisplayName(RuleKind::Min) + QStringLiteral(", ")
                 + ruleDisplayName(RuleKind::RequiredWith));
    QVERIFY(table->item(0, TemplatesDialog::Rules)->toolTip().contains(QStringLiteral("no debts")));
    QVERIFY(dialog->isModified());

    // Moved to a text column, a minimum of 0 no longer suits it: Save waits.
    auto *schema = qobject_cast<QComboBox *>(table->cellWidget(0, TemplatesDialog::SchemaColumn));
    schema->setCurrentText(QStringLiteral("name"));
    QVERIFY2(dialog->problemLabel()->text().startsWith(
                 QStringLiteral("Mapping row 1, rules for “name”: rule 1 \"min\"")),
             qPrintable(dialog->problemLabel()->text()));
    QVERIFY(!dialog->saveButton()->isEnabled());
    schema->setCurrentText(QStringLiteral("price"));
    QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));

    QSignalSpy finished(dialog.get(), &TemplatesDialog::finished);
    dialog->saveButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    const ImportTemplate saved = stored(QStringLiteral("Parts DE"));
    QCOMPARE(
        saved.mapping[0].rules,
        (QList<ColumnRule>{{RuleKind::Min, QStringLiteral("0"), {}, QStringLiteral("no debts")},
                           {RuleKind::RequiredWith, {}, QStringLiteral("sku"), {}}}));

    // Opened again, the dialog starts from the saved rules.
    table->setCurrentCell(0, TemplatesDialog::Rules);
    emit table->cellDoubleClicked(0, TemplatesDialog::Rules);
    QTRY_VERIFY((rules = shownDialog<RulesDialog>(dialog.get(), QStringLiteral("rulesDialog"))));
    QCOMPARE(rules->rules(), saved.mapping[0].rules);
    rules->reject();
}

QTEST_MAIN(tst_TemplatesDialog)
#include "tst_templatesdialog.moc"
