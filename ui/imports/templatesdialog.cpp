// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/templatesdialog.h"

#include "accessibility.h"
#include "confirmation.h"
#include "futurewatch.h"
#include "imports/importdialog.h"
#include "schema/rulesdialog.h"

#include "db/database.h"
#include "db/osuser.h"
#include "db/sql.h"
#include "schema/schemaservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace stevedore {

namespace {

const QLatin1String geometryKey("templates/geometry");
constexpr int unset = -1;
// A sheet has at most 1,048,576 rows (Excel's limit).
constexpr int maxSkipRows = 1048576;

template<typename T>
std::optional<T> comboValue(const QComboBox *combo)
{
    const int value = combo->currentData().toInt();
    return value == unset ? std::nullopt : std::optional<T>(T(value));
}

template<typename T>
void setComboValue(QComboBox *combo, const std::optional<T> &value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value ? int(*value) : unset)));
}

struct Loaded
{
    QList<ImportTemplate> templates;
    QList<stevedore::SchemaColumn> schema;
};

} // namespace

TemplatesDialog::TemplatesDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Import Templates"));
    createWidgets();
    createLayout();
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray()))
        resize(980, 620);
    showNothing();
    reload();
}

TemplatesDialog::~TemplatesDialog()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

void TemplatesDialog::createWidgets()
{
    m_list = new QListWidget(this);
    setAccessibleText(m_list, tr("Templates"));
    m_new = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New"), this);
    m_delete = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete…"), this);

    m_form = new QWidget(this);
    m_name = new QLineEdit(m_form);
    m_name->setToolTip(tr("Unique, case does not matter; `stevedore import --template NAME` "
                          "uses it. A saved template keeps its name."));
    m_format = new QComboBox(m_form);
    addFormatItems(m_format);
    m_delimiter = new QComboBox(m_form);
    m_quote = new QComboBox(m_form);
    m_encoding = new QComboBox(m_form);
    m_header = new QComboBox(m_form);
    addDialectItems(m_delimiter, m_quote, m_encoding, m_header);
    m_sheet = new QLineEdit(m_form);
    m_sheet->setPlaceholderText(tr("The first"));
    m_sheet->setToolTip(tr("A workbook's sheet by name or 1-based number"));
    m_skipRows = new QSpinBox(m_form);
    m_skipRows->setRange(0, maxSkipRows);
    m_skipRows->setToolTip(tr("Rows of a sheet above its header row"));
    m_maxRejects = new QLineEdit(m_form);
    m_maxRejects->setPlaceholderText(tr("No limit"));
    m_maxRejects->setToolTip(tr("Stop an import once more than N records (\"1000\") or N % of "
                                "those read (\"2.5%\") are rejected; empty: no limit"));
    m_atomic
        = new QCheckBox(tr("All or nothing: a failed import keeps nothing of the file"), m_form);

    m_mapping = new QTableWidget(0, MappingColumnCount, m_form);
    m_mapping->setHorizontalHeaderLabels(
        {tr("File column"), tr("Schema column"), tr("Transform"), tr("Rules")});
    setAccessibleText(m_mapping,
                      tr("Mapping"),
                      tr("Which file column feeds which schema column, with an optional "
                         "transform such as trim or number:de_DE and validation rules of "
                         "its own"));
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mapping->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mapping->setColumnWidth(FileColumn, 160);
    m_mapping->setColumnWidth(SchemaColumn, 160);
    m_mapping->setColumnWidth(Transform, 160);
    m_addColumn
        = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Column"), m_form);
    m_removeColumn = new QPushButton(
        QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Remove Column"), m_form);
    m_editRules = new QPushButton(tr("Edit R&ules…"), m_form);
    m_editRules->setToolTip(tr("Validation rules that each file mapped with this template gets "
                               "for the row's schema column, on top of the schema's own"));
    m_problem = new QLabel(m_form);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_version = new QLabel(m_form);
    m_version->setForegroundRole(QPalette::PlaceholderText);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Stores the template as a new version (Ctrl+S)"));
    m_revert = new QPushButton(tr("Re&vert"), this);
}

void TemplatesDialog::createLayout()
{
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("De&limiter:"), m_delimiter);
    form->addRow(tr("&Quote:"), m_quote);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Header:"), m_header);
    form->addRow(tr("S&heet:"), m_sheet);
    form->addRow(tr("Skip &rows:"), m_skipRows);
    form->addRow(tr("Stop after re&jects:"), m_maxRejects);
    form->addRow(QString(), m_atomic);
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addWidget(m_addColumn);
    mappingButtons->addWidget(m_removeColumn);
    mappingButtons->addWidget(m_editRules);
    mappingButtons->addStretch();
    auto *right = new QVBoxLayout(m_form);
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(form);
    right->addWidget(new QLabel(tr("Mapping:"), m_form));
    right->addWidget(m_mapping, 1);
    right->addLayout(mappingButtons);
    right->addWidget(m_problem);
    right->addWidget(m_version);

    auto *panes = new QHBoxLayout;
    panes->addLayout(left, 1);
    panes->addWidget(m_form, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &TemplatesDialog::saveTemplate);
    connect(m_revert, &QPushButton::clicked, this, &TemplatesDialog::revert);
    connect(m_new, &QPushButton::clicked, this, &TemplatesDialog::newTemplate);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::deleteTemplate);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::currentChanged);
    connect(m_addColumn, &QPushButton::clicked, this, [this] {
        addMappingRow({});
        m_mapping->setCurrentCell(m_mapping->rowCount() - 1, FileColumn);
        m_mapping->editItem(m_mapping->item(m_mapping->rowCount() - 1, FileColumn));
    });
    connect(m_removeColumn, &QPushButton::clicked, this, &TemplatesDialog::removeMappingRow);
    connect(m_editRules, &QPushButton::clicked, this, &TemplatesDialog::editRules);
    connect(m_mapping, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column == Rules)
            editRules();
    });
    const auto edited = [this] {
        if (!m_filling)
            setModified(true);
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_sheet, &QLineEdit::textEdited, this, edited);
    connect(m_maxRejects, &QLineEdit::textEdited, this, edited);
    connect(m_skipRows, &QSpinBox::valueChanged, this, edited);
    connect(m_atomic, &QCheckBox::toggled, this, edited);
    for (QComboBox *combo : {m_format, m_delimiter, m_quote, m_encoding, m_header})
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_mapping, &QTableWidget::itemChanged, this, edited);
    connect(m_mapping, &QTableWidget::itemSelectionChanged, this, &TemplatesDialog::update);
}

void TemplatesDialog::reload()
{
    if (!m_database)
        return;
    setBusy(true);
    auto future = m_database->read(
        [](QSqlDatabase &db) {
            const Sql sql(db);
            Loaded loaded;
            loaded.templates = importtemplates::list(sql);
            loaded.schema = SchemaService(sql).load().columns;
            return loaded;
        },
        ReadConsistency::Primary);
    whenFinished(future, this, [this](const QFuture<Loaded> &done) {
        setBusy(false);
        if (const QString failure = failureOf(done); !failure.isEmpty()) {
            m_problem->setText(tr("Could not read the templates: %1").arg(failure));
            emit finished(false, failure);
            return;
        }
        loaded(done.result().templates, done.result().schema);
        emit finished(true, {});
    });
}

void TemplatesDialog::loaded(const QList<ImportTemplate> &templates,
                             const QList<stevedore::SchemaColumn> &schema)
{
    m_templates = templates;
    m_schema = schema;
    m_schemaColumns.clear();
    for (const stevedore::SchemaColumn &column : schema)
        m_schemaColumns << column.name;
    const QString shown = m_showing ? m_shown.name : QString();
    m_filling = true;
    m_list->clear();
    m_listRow = -1;
    for (int i = 0; i < templates.size(); ++i) {
        auto *item = new QListWidgetItem(templates[i].name, m_list);
        item->setToolTip(
            tr("Version %1, %n mapped column(s)", nullptr, int(templates[i].mapping.size()))
                .arg(templates[i].version));
        if (m_showing && m_shown.version > 0
            && templates[i].name.compare(shown, Qt::CaseInsensitive) == 0) {
            m_listRow = i;
            m_list->setCurrentRow(i);
        }
    }
    m_filling = false;
    if (m_modified)
        return update(); // the edits stay on screen
    if (m_listRow >= 0)
        showTemplate(m_templates[m_listRow]);
    else if (!m_templates.isEmpty())
        m_list->setCurrentRow(0);
    else
        showNothing();
}

void TemplatesDialog::currentChanged(int row)
{
    if (m_filling || row == m_listRow || row < 0 || row >= m_templates.size())
        return;
    if (!m_modified) {
        m_listRow = row;
        showTemplate(m_templates[row]);
        return;
    }
    // Back to the template being edited until the question is answered.
    const int target = row;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_listRow);
    }
    askToConfirm(this,
                 {QMessageBox::Question,
                  tr("Discard Changes"),
                  tr("The template “%1” has changes that are not saved.").arg(m_name->text()),
                  tr("Discard them to show another template?"),
                  tr("Discard")},
                 [this, target] {
                     setModified(false);
                     m_list->setCurrentRow(target);
                 });
}

void TemplatesDialog::selectTemplate(const QString &name)
{
    for (int i = 0; i < m_templates.size(); ++i) {
        if (m_templates[i].name.compare(name, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void TemplatesDialog::showTemplate(const ImportTemplate &settings)
{
    m_filling = true;
    m_shown = settings;
    m_showing = true;
    m_form->setEnabled(true);
    m_name->setText(settings.name);
    m_name->setReadOnly(settings.version > 0);
    setComboValue(m_format,
                  std::optional<SourceFormat>(settings.format.value_or(SourceFormat::Auto)));
    setComboValue(m_delimiter, settings.overrides.delimiter);
    // '"' is what Detect means for the quote: the template need not say it.
    setComboValue(m_quote,
                  settings.overrides.quote == '"' ? std::nullopt : settings.overrides.quote);
    setComboValue(m_encoding, settings.overrides.encoding);
    setComboValue(m_header,
                  settings.overrides.hasHeader ? std::optional<int>(*settings.overrides.hasHeader)
                                               : std::nullopt);
    m_sheet->setText(settings.sheet);
    m_skipRows->setValue(settings.skipRows);
    m_maxRejects->setText(settings.rejectBudget.toString());
    m_atomic->setChecked(settings.atomic);
    m_mapping->setRowCount(0);
    for (const ImportTemplate::Column &column : settings.mapping)
        addMappingRow(column);
    m_filling = false;
    setModified(settings.version == 0);
}

void TemplatesDialog::showNothing()
{
    m_filling = true;
    m_showing = false;
    m_shown = ImportTemplate();
    m_listRow = -1;
    m_name->clear();
    m_mapping->setRowCount(0);
    m_form->setEnabled(false);
    m_filling = false;
    setModified(false);
}

void TemplatesDialog::addMappingRow(const ImportTemplate::Column &column)
{
    const QSignalBlocker blocker(m_mapping);
    const int row = m_mapping->rowCount();
    m_mapping->insertRow(row);
    m_mapping->setItem(row, FileColumn, new QTableWidgetItem(column.fileColumn));
    auto *schema = new QComboBox(m_mapping);
    schema->addItems(m_schemaColumns);
    if (!column.schemaColumn.isEmpty() && schema->findText(column.schemaColumn) < 0)
        schema->addItem(column.schemaColumn); // gone from the schema: shown, and a problem
    schema->setCurrentIndex(column.schemaColumn.isEmpty() ? 0
                                                          : schema->findText(column.schemaColumn));
    connect(schema, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            setModified(true);
    });
    m_mapping->setCellWidget(row, SchemaColumn, schema);
    m_mapping->setItem(row, Transform, new QTableWidgetItem(column.transform));
    auto *rules = new QTableWidgetItem;
    rules->setFlags(rules->flags() & ~Qt::ItemIsEditable);
    m_mapping->setItem(row, Rules, rules);
    setRowRules(row, column.rules);
    if (!m_filling)
        setModified(true);
}

void TemplatesDialog::setRowRules(int row, const QList<ColumnRule> &rules)
{
    QTableWidgetItem *item = m_mapping->item(row, Rules);
    if (!item)
        return;
    const QSignalBlocker blocker(m_mapping);
    QStringList names;
    QStringList lines;
    for (const ColumnRule &rule : rules) {
        names << ruleDisplayName(rule.kind);
        lines << ruleDisplayText(rule);
    }
    item->setText(names.isEmpty() ? tr("None") : names.join(QStringLiteral(", ")));
    item->setForeground(
        palette().brush(names.isEmpty() ? QPalette::PlaceholderText : QPalette::Text));
    lines << tr("Double-click or Edit Rules… to edit them");
    item->setToolTip(lines.join(QLatin1Char('\n')));
    item->setData(Qt::UserRole, columnrules::toStorage(rules));
}

QList<ColumnRule> TemplatesDialog::rowRules(int row) const
{
    const QTableWidgetItem *item = m_mapping->item(row, Rules);
    return item ? columnrules::fromStorage(item->data(Qt::UserRole).toString())
                : QList<ColumnRule>();
}

void TemplatesDialog::editRules()
{
    const int row = m_mapping->currentRow();
    const auto *combo = qobject_cast<const QComboBox *>(m_mapping->cellWidget(row, SchemaColumn));
    if (row < 0 || !combo)
        return;
    const auto target = std::find_if(m_schema.cbegin(), m_schema.cend(), [combo](const auto &c) {
        return c.name == combo->currentText();
    });
    if (target == m_schema.cend())
        return;
    stevedore::SchemaColumn column = *target;
    column.rules = rowRules(row);
    QStringList others;
    for (const stevedore::SchemaColumn &other : std::as_const(m_schema)) {
        if (other.name != column.name)
            others << other.name;
    }
    auto *dialog = new RulesDialog(column, others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Template Rules for “%1”").arg(column.name));
    dialog->setIntroText(tr("Each file mapped with this template gets these rules for “%1”, "
                            "checked after the schema column's own, on the value after the "
                            "transform. An empty value is checked only by the required rules.")
                             .arg(column.name));
    const QString fileColumn = m_mapping->item(row, FileColumn)->text();
    connect(dialog, &QDialog::accepted, this, [this, dialog, row, fileColumn] {
        // The row may have gone meanwhile (the dialog is window-modal, the table is not
        // refilled while it is open, but a reload could have been finishing).
        if (row >= m_mapping->rowCount() || m_mapping->item(row, FileColumn)->text() != fileColumn)
            return;
        const QList<ColumnRule> rules = dialog->rules();
        if (rules == rowRules(row))
            return;
        setRowRules(row, rules);
        setModified(true);
    });
    dialog->open();
}

void TemplatesDialog::removeMappingRow()
{
    const int row = m_mapping->currentRow();
    if (row < 0)
        return;
    m_mapping->removeRow(row);
    setModified(true);
}

std::optional<ImportTemplate> TemplatesDialog::editedTemplate(QString *problem) const
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!m_showing)
        return fail(tr("No template is shown."));
    ImportTemplate out;
    out.name = m_name->text().trimmed();
    if (out.name.isEmpty())
        return fail(tr("The template needs a name."));
    for (int i = 0; i < m_templates.size(); ++i) {
        if (i != m_listRow && m_templates[i].name.compare(out.name, Qt::CaseInsensitive) == 0)
            return fail(tr("A template named “%1” exists already.").arg(m_templates[i].name));
    }
    out.version = m_shown.version;
    out.format = comboValue<SourceFormat>(m_format);
    if (out.format == SourceFormat::Auto)
        out.format.reset();
    out.overrides.delimiter = comboValue<char>(m_delimiter);
    out.overrides.quote = comboValue<char>(m_quote);
    out.overrides.encoding = comboValue<TextEncoding>(m_encoding);
    if (const std::optional<int> header = comboValue<int>(m_header))
        out.overrides.hasHeader = *header == 1;
    out.sheet = m_sheet->text().trimmed();
    out.skipRows = m_skipRows->value();
    out.fixedColumns
        = out.format == SourceFormat::FixedWidth ? m_shown.fixedColumns : QList<FixedColumn>();
    if (out.format == SourceFormat::FixedWidth && out.fixedColumns.isEmpty())
        return fail(tr("Fixed width needs the columns of a fixed-width file: save one imported "
                       "that way as a template (stevedore template save NAME --project P --file "
                       "F)."));
    const QString budget = m_maxRejects->text().trimmed();
    if (!budget.isEmpty()) {
        const std::optional<RejectBudget> parsed = RejectBudget::parse(budget);
        if (!parsed)
            return fail(tr("“%1” is no rejects limit: give a number of records (1000) or a share "
                           "(2.5%).")
                            .arg(budget));
        out.rejectBudget = *parsed;
    }
    out.atomic = m_atomic->isChecked();
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *schema
            = qobject_cast<const QComboBox *>(m_mapping->cellWidget(row, SchemaColumn));
        const ImportTemplate::Column column{m_mapping->item(row, FileColumn)->text().trimmed(),
                                            schema ? schema->currentText() : QString(),
                                            m_mapping->item(row, Transform)->text().trimmed(),
                                            rowRules(row)};
        if (column.fileColumn.isEmpty())
            return fail(tr("Mapping row %1 names no file column.").arg(row + 1));
        const qsizetype target = m_schemaColumns.indexOf(column.schemaColumn);
        if (target < 0)
            return fail(tr("Mapping row %1: “%2” is not a schema column.")
                            .arg(row + 1)
                            .arg(column.schemaColumn));
        // Rules chosen for another schema column may not suit this one (a date bound on text).
        if (const QStringList problems = columnrules::problems(
                m_schema[target].type, column.schemaColumn, column.rules, m_schemaColumns);
            !problems.isEmpty())
            return fail(tr("Mapping row %1, rules for “%2”: %3")
                            .arg(row + 1)
                            .arg(column.schemaColumn, problems.constFirst()));
        out.mapping << column;
    }
    // The rest as `template save` checks it (a transform that does not parse, a column twice).
    QString why;
    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(out.toVariant()))
                                .toJson(QJsonDocument::Compact);
    if (!ImportTemplate::fromJson(json, &why))
        return fail(why);
    return out;
}

void TemplatesDialog::newTemplate()
{
    const auto start = [this] {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
        m_listRow = -1;
        ImportTemplate fresh;
        fresh.name = tr("New template");
        showTemplate(fresh);
        m_name->setFocus();
        m_name->selectAll();
    };
    if (!m_modified)
        return start();
    askToConfirm(this,
                 {QMessageBox::Question,
                  tr("Discard Changes"),
                  tr("The template “%1” has changes that are not saved.").arg(m_name->text()),
                  tr("Discard them to start a new template?"),
                  tr("Discard")},
                 start);
}

void TemplatesDialog::saveTemplate()
{
    QString problem;
    const std::optional<ImportTemplate> edited = editedTemplate(&problem);
    if (!edited || !m_database || m_busy)
        return;
    setBusy(true);
    const int expect = m_shown.version;
    const QString osUser = currentOsUser();
    auto future = m_database->write([settings = *edited, expect, osUser](QSqlDatabase &db) {
        const Sql sql(db);
        SqlTransaction transaction(sql);
        ImportTemplate saved = importtemplates::save(sql, settings, expect, osUser);
        transaction.commit();
        return saved;
    });
    whenFinished(future, this, [this](const QFuture<ImportTemplate> &done) {
        setBusy(false);
        if (const QString failure = failureOf(done); !failure.isEmpty()) {
            m_problem->setText(tr("Not saved: %1").arg(failure));
            emit finished(false, failure);
            return;
        }
        const ImportTemplate saved = done.result();
        m_shown = saved;
        setModified(false);
        emit finished(true,
                      tr("Saved the template “%1”, version %2").arg(saved.name).arg(saved.version));
        reload();
    });
}

void TemplatesDialog::deleteTemplate()
{
    if (m_listRow < 0 || !m_database || m_busy)
        return;
    const QString name = m_templates[m_listRow].name;
    askToConfirm(this,
                 {QMessageBox::Warning,
                  tr("Delete Template"),
                  tr("Delete the import template “%1”?").arg(name),
                  tr("Files imported with it keep their mapping. This cannot be undone."),
                  tr("Delete")},
                 [this, name] {
                     setBusy(true);
                     auto future = m_database->write([name](QSqlDatabase &db) {
                         const Sql sql(db);
                         SqlTransaction transaction(sql);
                         importtemplates::remove(sql, name);
                         transaction.commit();
                     });
                     whenFinished(future, this, [this, name](const QFuture<void> &done) {
                         setBusy(false);
                         if (const QString failure = failureOf(done); !failure.isEmpty()) {
                             m_problem->setText(tr("Not deleted: %1").arg(failure));
                             emit finished(false, failure);
                             return;
                         }
                         showNothing();
                         emit finished(true, tr("Deleted the template “%1”").arg(name));
                         reload();
                     });
                 });
}

void TemplatesDialog::revert()
{
    if (m_listRow >= 0)
        showTemplate(m_templates[m_listRow]);
    else
        showNothing();
}

void TemplatesDialog::setBusy(bool busy)
{
    m_busy = busy;
    update();
}

void TemplatesDialog::setModified(bool modified)
{
    m_modified = modified;
    update();
}

void TemplatesDialog::update()
{
    QString problem;
    const bool valid = m_showing && editedTemplate(&problem).has_value();
    if (!m_showing)
        problem = m_templates.isEmpty() && !m_busy ? tr("No import template yet: New starts one.")
                                                   : QString();
    m_problem->setText(problem);
    m_save->setEnabled(m_showing && m_modified && valid && !m_busy);
    m_revert->setEnabled(m_showing && m_modified && !m_busy);
    m_delete->setEnabled(m_listRow >= 0 && !m_busy);
    m_new->setEnabled(!m_busy && m_database);
    m_removeColumn->setEnabled(m_showing && m_mapping->currentRow() >= 0);
    m_editRules->setEnabled(m_showing && m_mapping->currentRow() >= 0 && !m_schema.isEmpty());
    if (!m_showing)
        m_version->clear();
    else if (m_shown.version == 0)
        m_version->setText(tr("Not saved yet"));
    else
        m_version->setText(
            tr("Version %1, saved %2 by %3")
                .arg(m_shown.version)
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_shown.updatedAt),
                                        QLocale::ShortFormat),
                     m_shown.updatedBy.isEmpty() ? tr("an unknown user") : m_shown.updatedBy)
            + (m_modified ? tr(" — changed, not saved") : QString()));
}

} // namespace stevedore
