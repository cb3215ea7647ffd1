// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "schema/schemaservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace stevedore {

// "Pattern", "Unique in the project", … for the editor (the JSON names are the CLI's).
QString ruleDisplayName(RuleKind kind);
// One rule for a person: "Pattern: AB-[0-9]+", "Required with: price", "Unique in the file",
// then " — " and its own message when it has one.
QString ruleDisplayText(const ColumnRule &rule);

// Edits the validation rules of one schema column: a row a rule (kind, value, other column,
// own message), the problems SchemaService would refuse shown as they arise (OK waits until
// there are none), and a test field that checks a value against the type and the rules that
// look at one value, as `mapping validate` would.
class RulesDialog : public QDialog
{
    Q_OBJECT

public:
    // otherColumns: the names a required-with/-without rule may name.
    RulesDialog(const SchemaColumn &column, const QStringList &otherColumns, QWidget *parent);

    QList<ColumnRule> rules() const;
    // Replaces the text above the table (what the rules are checked on).
    void setIntroText(const QString &text);

    QTableWidget *table() const { return m_table; }
    QLineEdit *testField() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }
    QLabel *problemsLabel() const { return m_problems; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // Adds a row for rule and selects it.
    void addRule(const ColumnRule &rule);

    enum Column { Kind, Value, OtherColumn, Message, ColumnCount };

private:
    void removeCurrent();
    void kindChanged(int row);
    void update();
    QComboBox *kindBox(int row) const;
    QComboBox *columnBox(int row) const;

    SchemaColumn m_column;
    QStringList m_otherColumns;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace stevedore
