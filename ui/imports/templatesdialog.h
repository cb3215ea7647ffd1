// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "import/importtemplate.h"
#include "schema/schemaservice.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace stevedore {

class Database;

// Tools → Import Templates…: the named import templates (import/importtemplate.h) listed,
// edited and deleted, as `stevedore template` does. Selecting a template shows its settings
// (format, dialect, sheet, skip rows, rejects budget, all or nothing) and its mapping, a row a
// column (file column, schema column, transform, the rules each file mapped with it gets on
// top of the schema column's, edited in the schema editor's RulesDialog); problems are shown
// as they arise and Save
// waits until there are none. Save stores a new version, refused when someone saved the
// template meanwhile (its version moved on); New starts an unsaved template; Delete asks
// first. Changes not saved are kept until another template is chosen, which asks first. All
// database work runs on the database's pools.
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    TemplatesDialog(Database *database, QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    // The templates as last loaded, by name.
    const QList<ImportTemplate> &templates() const { return m_templates; }
    // The template the form shows (unsaved edits included), or why it cannot be saved.
    std::optional<ImportTemplate> editedTemplate(QString *problem = nullptr) const;
    bool isModified() const { return m_modified; }
    bool isBusy() const { return m_busy; }

    // Shows the template of that name (or nothing when there is none).
    void selectTemplate(const QString &name);
    void newTemplate();
    void saveTemplate();
    // Deletes the shown template after asking.
    void deleteTemplate();
    void revert();
    // Reads the templates (and the schema's columns) again.
    void reload();

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *quoteCombo() const { return m_quote; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *headerCombo() const { return m_header; }
    QLineEdit *sheetEdit() const { return m_sheet; }
    QSpinBox *skipRowsSpin() const { return m_skipRows; }
    QLineEdit *maxRejectsEdit() const { return m_maxRejects; }
    QCheckBox *atomicCheck() const { return m_atomic; }
    QTableWidget *mappingTable() const { return m_mapping; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *versionLabel() const { return m_version; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *addColumnButton() const { return m_addColumn; }
    QPushButton *editRulesButton() const { return m_editRules; }
    // Opens the rules of the current mapping row (Edit Rules…, or a double-click on them).
    void editRules();

    enum MappingColumn { FileColumn, SchemaColumn, Transform, Rules, MappingColumnCount };

signals:
    // A load, save or delete finished (ok: without an error); for tests and the status bar.
    void finished(bool ok, const QString &message);

private:
    void createWidgets();
    void createLayout();
    void showTemplate(const ImportTemplate &settings);
    void showNothing();
    void setBusy(bool busy);
    void setModified(bool modified);
    void update();
    void addMappingRow(const ImportTemplate::Column &column);
    void removeMappingRow();
    void currentChanged(int row);
    void loaded(const QList<ImportTemplate> &templates,
                const QList<stevedore::SchemaColumn> &schema);
    void setRowRules(int row, const QList<ColumnRule> &rules);
    QList<ColumnRule> rowRules(int row) const;

    Database *m_database = nullptr;
    QList<ImportTemplate> m_templates;
    QList<stevedore::SchemaColumn> m_schema;
    QStringList m_schemaColumns; // their names
    // What the form shows: a stored template (its version) or a new one (version 0).
    ImportTemplate m_shown;
    bool m_showing = false; // the form holds a template (stored or new)
    bool m_modified = false;
    bool m_busy = false;
    bool m_filling = false; // the form is being filled: not an edit
    int m_listRow = -1;     // the list's row of m_shown; -1 for a new template

    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_quote = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_header = nullptr;
    QLineEdit *m_sheet = nullptr;
    QSpinBox *m_skipRows = nullptr;
    QLineEdit *m_maxRejects = nullptr;
    QCheckBox *m_atomic = nullptr;
    QTableWidget *m_mapping = nullptr;
    QPushButton *m_addColumn = nullptr;
    QPushButton *m_removeColumn = nullptr;
    QPushButton *m_editRules = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_version = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QWidget *m_form = nullptr;
};

} // namespace stevedore
