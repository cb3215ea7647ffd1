// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/rulesdialog.h"

#include "accessibility.h"
#include "schema/schemamodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stevedore {

namespace {

const QString geometryKey = QStringLiteral("dialogs/rules/geometry");

constexpr RuleKind allKinds[] = {
    RuleKind::Pattern,
    RuleKind::Min,
    RuleKind::Max,
    RuleKind::MinLength,
    RuleKind::MaxLength,
    RuleKind::Unique,
    RuleKind::UniqueInProject,
    RuleKind::RequiredWith,
    RuleKind::RequiredWithout,
};

QString valueHint(RuleKind kind, ColumnType type)
{
    switch (kind) {
    case RuleKind::Pattern:
        return RulesDialog::tr(
            "regular expression the whole value must match, e.g. [A-Z]{2}-\\d{3}");
    case RuleKind::Min:
    case RuleKind::Max:
        return type == ColumnType::Date       ? RulesDialog::tr("a date: 2026-01-31")
               : type == ColumnType::DateTime ? RulesDialog::tr("a moment: 2026-01-31T12:00:00Z")
                                              : RulesDialog::tr("a number: 0, 9.5, -1e3");
    case RuleKind::MinLength:
    case RuleKind::MaxLength:
        return RulesDialog::tr("characters: 0, 1, 2, …");
    default:
        return {};
    }
}

} // namespace

QString ruleDisplayName(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Pattern:
        return RulesDialog::tr("Pattern");
    case RuleKind::Min:
        return RulesDialog::tr("Minimum");
    case RuleKind::Max:
        return RulesDialog::tr("Maximum");
    case RuleKind::MinLength:
        return RulesDialog::tr("Minimum length");
    case RuleKind::MaxLength:
        return RulesDialog::tr("Maximum length");
    case RuleKind::Unique:
        return RulesDialog::tr("Unique in the file");
    case RuleKind::UniqueInProject:
        return RulesDialog::tr("Unique in the project");
    case RuleKind::RequiredWith:
        return RulesDialog::tr("Required with");
    case RuleKind::RequiredWithout:
        return RulesDialog::tr("Required without");
    }
    return {};
}

QString ruleDisplayText(const ColumnRule &rule)
{
    const QString detail = !rule.value.isEmpty() ? rule.value : rule.column;
    QString text = detail.isEmpty()
                       ? ruleDisplayName(rule.kind)
                       : QStringLiteral("%1: %2").arg(ruleDisplayName(rule.kind), detail);
    if (!rule.message.isEmpty())
        text += QStringLiteral(" — ") + rule.message;
    return text;
}

RulesDialog::RulesDialog(const SchemaColumn &column,
                         const QStringList &otherColumns,
                         QWidget *parent)
    : QDialog(parent)
    , m_column(column)
    , m_otherColumns(otherColumns)
{
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("Validation Rules of “%1”").arg(column.name));

    m_intro = new QLabel(tr("Checked by Validate and shown in the Mapped view, on the value "
                            "after the mapping's transform (%1 column). An empty value is "
                            "checked only by the required rules.")
                             .arg(SchemaModel::typeDisplayName(column.type)),
                         this);
    m_intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    setAccessibleText(m_table, tr("Rules"), tr("One rule a row, checked in this order"));
    m_table->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Value"), tr("Other column"), tr("Message (optional)")});
    m_table->horizontalHeader()->setSectionResizeMode(Kind, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Value, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OtherColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Message, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(160);

    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Rule"), this);
    m_remove
        = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Remove Rule"), this);
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_table);
    removeShortcut->setContext(Qt::WidgetShortcut);

    m_test = new QLineEdit(this);
    m_test->setObjectName(QStringLiteral("ruleTest"));
    m_test->setPlaceholderText(tr("Type a value to check it"));
    m_test->setClearButtonEnabled(true);
    setAccessibleText(m_test, tr("Test a value"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("ruleTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("ruleProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    auto *test = new QFormLayout;
    test->addRow(tr("&Test a value:"), m_test);
    test->addRow(QString(), m_testResult);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problems);
    layout->addLayout(test);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRule(ColumnRule{RuleKind::Pattern, {}, {}, {}});
        m_table->editItem(m_table->item(m_table->currentRow(), Value));
    });
    connect(m_remove, &QPushButton::clicked, this, &RulesDialog::removeCurrent);
    connect(removeShortcut, &QShortcut::activated, this, &RulesDialog::removeCurrent);
    connect(m_table, &QTableWidget::itemChanged, this, &RulesDialog::update);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RulesDialog::update);
    connect(m_test, &QLineEdit::textChanged, this, &RulesDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] {
        QSettings().setValue(geometryKey, saveGeometry());
    });

    for (const ColumnRule &rule : column.rules)
        addRule(rule);
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray()))
        resize(760, 460);
    update();
}

void RulesDialog::addRule(const ColumnRule &rule)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *kind = new QComboBox(m_table);
    for (const RuleKind each : allKinds)
        kind->addItem(ruleDisplayName(each), int(each));
    kind->setCurrentIndex(kind->findData(int(rule.kind)));
    m_table->setCellWidget(row, Kind, kind);
    auto *other = new QComboBox(m_table);
    other->addItems(m_otherColumns);
    other->setCurrentIndex(-1);
    if (!rule.column.isEmpty()) {
        const int index = other->findText(rule.column, Qt::MatchFixedString);
        if (index < 0)
            other->addItem(rule.column); // an unknown name stays visible, as a problem
        other->setCurrentIndex(index < 0 ? other->count() - 1 : index);
    }
    m_table->setCellWidget(row, OtherColumn, other);
    m_table->setItem(row, Value, new QTableWidgetItem(rule.value));
    m_table->setItem(row, Message, new QTableWidgetItem(rule.message));
    m_table->setItem(row, Kind, new QTableWidgetItem);
    m_table->setItem(row, OtherColumn, new QTableWidgetItem);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, Kind) == kind)
                kindChanged(r);
        }
    });
    connect(other, &QComboBox::currentIndexChanged, this, &RulesDialog::update);
    kindChanged(row);
    m_table->selectRow(row);
}

QComboBox *RulesDialog::kindBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, Kind));
}

QComboBox *RulesDialog::columnBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, OtherColumn));
}

void RulesDialog::kindChanged(int row)
{
    const auto kind = RuleKind(kindBox(row)->currentData().toInt());
    const QSignalBlocker blocker(m_table);
    QTableWidgetItem *value = m_table->item(row, Value);
    const Qt::ItemFlags editable = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    value->setFlags(columnrules::takesValue(kind) ? editable : Qt::ItemIsSelectable);
    if (!columnrules::takesValue(kind))
        value->setText(QString());
    value->setToolTip(valueHint(kind, m_column.type));
    // Only a rule about another column shows one.
    QComboBox *other = columnBox(row);
    other->setEnabled(columnrules::takesColumn(kind));
    if (!columnrules::takesColumn(kind))
        other->setCurrentIndex(-1);
    else if (other->currentIndex() < 0 && other->count() > 0)
        other->setCurrentIndex(0);
    update();
}

void RulesDialog::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->selectRow(std::min(row, m_table->rowCount() - 1));
    update();
}

void RulesDialog::setIntroText(const QString &text)
{
    m_intro->setText(text);
}

QList<ColumnRule> RulesDialog::rules() const
{
    QList<ColumnRule> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ColumnRule rule;
        rule.kind = RuleKind(kindBox(row)->currentData().toInt());
        if (columnrules::takesValue(rule.kind))
            rule.value = m_table->item(row, Value)->text().trimmed();
        if (columnrules::takesColumn(rule.kind))
            rule.column = columnBox(row)->currentText();
        rule.message = m_table->item(row, Message)->text().trimmed();
        out << rule;
    }
    return out;
}

void RulesDialog::update()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
    const QList<ColumnRule> current = rules();
    QStringList schemaColumns = m_otherColumns;
    schemaColumns << m_column.name;
    const QStringList problems
        = columnrules::problems(m_column.type, m_column.name, current, schemaColumns);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());

    const QByteArray value = m_test->text().toUtf8();
    if (value.isEmpty()) {
        m_testResult->setText(
            tr("The unique and required-with/-without rules need the other records: "
               "Validate checks them."));
        return;
    }
    const ValueValidator validator = m_column.validator();
    if (!validator.isValid(value)) {
        m_testResult->setText(
            tr("✗ Not a valid %1 value: %2")
                .arg(SchemaModel::typeDisplayName(m_column.type), validator.reason(value)));
        return;
    }
    if (!problems.isEmpty()) {
        m_testResult->setText(tr("Fix the rules above to test them."));
        return;
    }
    const CellRules compiled(m_column.type, current);
    const int broken = compiled.firstBroken(value);
    if (broken >= 0) {
        m_testResult->setText(
            tr("✗ Breaks rule %1 (%2): %3")
                .arg(broken + 1)
                .arg(ruleDisplayName(current[broken].kind), compiled.message(broken)));
        return;
    }
    m_testResult->setText(tr("✓ Passes the type and the rules that look at one value."));
}

} // namespace stevedore
