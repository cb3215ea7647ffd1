// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/schemaeditor.h"
#include "accessibility.h"

#include "actionbuttons.h"
#include "busyindicator.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "emptystate.h"
#include "futurewatch.h"
#include "schema/rulesdialog.h"
#include "schema/schemamodel.h"
#include "store/catalog.h"
#include "tablecolumns.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace stevedore {

namespace {

// What an apply returns: the diff, and the schema as stored afterwards (read in the same
// task, so the editor shows the ids of added columns without another round trip).
struct Applied
{
    SchemaDiff diff;
    Schema schema;
};

// The Type column's editor: a combo box of the column types, committed on selection.
class TypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *
    createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const ColumnType type : SchemaModel::allTypes())
            combo->addItem(SchemaModel::typeDisplayName(type), int(type));
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<TypeDelegate *>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

QString columnNameOf(const ColumnChange &change)
{
    return change.removed ? change.before.name : change.after.name;
}

// "renamed from “a”, type Text → Integer, moved", following ColumnChange::kinds().
QString changeText(const ColumnChange &change)
{
    QStringList parts;
    for (const QString &kind : change.kinds()) {
        if (kind == QLatin1String("added"))
            parts << SchemaEditor::tr("added");
        else if (kind == QLatin1String("removed"))
            parts << SchemaEditor::tr("removed");
        else if (kind == QLatin1String("renamed"))
            parts << SchemaEditor::tr("renamed from “%1”").arg(change.before.name);
        else if (kind == QLatin1String("retyped"))
            parts << SchemaEditor::tr("type %1 → %2")
                         .arg(SchemaModel::typeDisplayName(change.before.type),
                              SchemaModel::typeDisplayName(change.after.type));
        else if (kind == QLatin1String("reordered"))
            parts << SchemaEditor::tr("moved to position %1").arg(change.after.position + 1);
        else if (kind == QLatin1String("updated"))
            parts << SchemaEditor::tr("required, description or values changed");
    }
    return parts.join(QStringLiteral(", "));
}

QString impactFile(const MappingImpact &impact)
{
    return SchemaEditor::tr("%1 / %2").arg(impact.project, impact.file);
}

QString impactColumn(const MappingImpact &impact)
{
    return SchemaEditor::tr("file column “%1”").arg(impact.fileColumn);
}

QString impactEffect(const ColumnChange &change, const MappingImpact &impact)
{
    if (change.removed)
        return SchemaEditor::tr("mapping removed");
    if (impact.invalidValues >= 0)
        return SchemaEditor::tr("%n invalid value(s)", nullptr, int(impact.invalidValues));
    return {};
}

int affectedCount(const SchemaDiff &diff)
{
    int count = 0;
    for (const ColumnChange &change : diff.changes)
        count += int(change.affected.size());
    return count;
}

} // namespace

SchemaEditor::SchemaEditor(QWidget *parent)
    : Editor(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_model = new SchemaModel(m_undoStack, this);

    createActions();
    createWidgets();
    createLayout();
    connectSignals();
    updateActions();
}

void SchemaEditor::createActions()
{
    m_add = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Column"), this);
    m_add->setToolTip(tr("Add a column after the current one"));
    m_remove = new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Remove Column"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut); // on the table, not inside its editors
    m_moveUp = new QAction(QIcon(QStringLiteral(":/icons/up.svg")), tr("Move &Up"), this);
    m_moveDown = new QAction(QIcon(QStringLiteral(":/icons/down.svg")), tr("Move &Down"), this);
    m_editValues
        = new QAction(QIcon(QStringLiteral(":/icons/values.svg")), tr("Edit &Values…"), this);
    m_editValues->setToolTip(tr("Edit the allowed values of an enum column, one a line"));
    m_editRules = new QAction(QIcon(QStringLiteral(":/icons/rules.svg")), tr("Edit &Rules…"), this);
    m_editRules->setObjectName(QStringLiteral("editRules"));
    m_editRules->setToolTip(
        tr("Edit the column's validation rules: pattern, bounds, lengths, unique, required "
           "with another column"));
    m_undo = new QAction(QIcon(QStringLiteral(":/icons/undo.svg")), tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo = new QAction(QIcon(QStringLiteral(":/icons/redo.svg")), tr("&Redo"), this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reload = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Re&load"), this);
    m_reload->setToolTip(tr("Discard unsaved edits and load the schema from the database"));
    m_apply = new QAction(QIcon(QStringLiteral(":/icons/schema.svg")), tr("A&pply…"), this);
    m_apply->setObjectName(QStringLiteral("applySchema"));
    m_fromHeader
        = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("Create From Header"), this);
    m_fromHeader->setObjectName(QStringLiteral("schemaFromHeader"));
    addAction(m_undo);
    addAction(m_redo);
}

void SchemaEditor::createWidgets()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_add, m_remove, m_moveUp, m_moveDown, m_editValues, m_editRules});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_undo, m_redo});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_reload);
    showIconsOnly(
        m_toolBar,
        {m_remove, m_moveUp, m_moveDown, m_editValues, m_editRules, m_undo, m_redo, m_reload});
    m_applyButton = primaryButton(m_apply, this);

    m_busyIndicator = new BusyIndicator(this);
    m_status = new QLabel(this);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("schemaProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->hide();

    m_table = new QTableView(this);
    setAccessibleText(m_table,
                      tr("Schema columns"),
                      tr("The columns of the schema; problems are marked in their cells"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(SchemaModel::Type, new TypeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setWordWrap(false);
    // Wide enough for the Name and Type editors of a new row, also in an empty schema.
    auto *columns = new TableColumns(m_table, QStringLiteral("tables/schema"));
    columns->setMinWidth(SchemaModel::Name, 180);
    columns->setMinWidth(SchemaModel::Type, 120);
    m_table->addAction(m_remove);

    m_empty = new EmptyState(m_table);
    m_empty->addAction(m_fromHeader);
}

void SchemaEditor::createLayout()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_toolBar, 1);
    bar->addWidget(m_busyIndicator);
    bar->addWidget(m_status);
    bar->addWidget(m_applyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
}

void SchemaEditor::connectSignals()
{
    connect(m_add, &QAction::triggered, this, &SchemaEditor::addColumn);
    connect(m_remove, &QAction::triggered, this, &SchemaEditor::removeColumn);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(m_editValues, &QAction::triggered, this, &SchemaEditor::editValues);
    connect(m_editRules, &QAction::triggered, this, &SchemaEditor::editRules);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == SchemaModel::Rules && m_editRules->isEnabled())
            editRules();
    });
    connect(m_undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_reload, &QAction::triggered, this, &SchemaEditor::askReload);
    connect(m_apply, &QAction::triggered, this, &SchemaEditor::apply);
    connect(m_fromHeader, &QAction::triggered, this, &SchemaEditor::createFromHeader);

    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        updateActions();
        emit modifiedChanged(!clean);
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &SchemaEditor::updateActions);
    connect(m_model, &SchemaModel::problemsChanged, this, &SchemaEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &SchemaEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SchemaEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SchemaEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SchemaEditor::updateActions);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &SchemaEditor::updateActions);
}

SchemaEditor::~SchemaEditor()
{
    // The commands refer to the model: let them go first.
    m_undoStack->clear();
}

void SchemaEditor::setDatabase(Database *database)
{
    m_database = database;
    m_loadedVersion = -1;
    reload();
}

bool SchemaEditor::isBusy() const
{
    return m_busy;
}

void SchemaEditor::reload()
{
    const quint64 token = ++m_token;
    m_applying = false;
    if (!m_database) {
        setBusy(false);
        m_model->setSchemaColumns({});
        m_loadedVersion = -1;
        m_undoStack->clear();
        updateActions();
        return;
    }
    setBusy(true);
    QFuture<Schema> future = m_database->read(
        [](QSqlDatabase &db) {
            const Sql sql(db);
            return SchemaService(sql).load();
        },
        ReadConsistency::Primary);
    whenFinished(future, this, [this, token](const QFuture<Schema> &done) {
        if (token != m_token)
            return; // reloaded again, or another database meanwhile
        setBusy(false);
        if (const std::optional<DbError> error = errorOf(done)) {
            emit statusMessage(tr("Could not load the schema: %1").arg(error->message()));
            return;
        }
        showSchema(done.result());
        emit statusMessage(tr("Schema version %1 loaded.").arg(m_loadedVersion));
    });
}

void SchemaEditor::showSchema(const Schema &schema)
{
    const int row = currentRow();
    m_model->setSchemaColumns(schema.columns);
    m_loadedVersion = schema.version;
    m_undoStack->clear();
    selectRow(std::min(row, m_model->rowCount() - 1));
    updateActions();
    emit loaded(schema.version);
}

void SchemaEditor::askReload()
{
    askDiscardAndReload(tr("Discard your unsaved edits and reload the schema?"));
}

void SchemaEditor::askDiscardAndReload(const QString &question)
{
    if (!isModified()) {
        reload();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Reload Schema"), question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("schemaDiscardConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("%n unsaved edit(s) will be lost.", nullptr, m_undoStack->index()));
    QPushButton *discard = box->addButton(tr("Discard and Reload"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    const quint64 token = m_token;
    connect(
        box, &QMessageBox::buttonClicked, this, [this, discard, token](QAbstractButton *button) {
            if (button == discard && token == m_token)
                reload();
        });
    box->open();
}

void SchemaEditor::requestLeave(std::function<void(bool mayLeave)> done)
{
    if (!isModified()) {
        done(true);
        return;
    }
    m_leaveRequests << std::move(done);
    if (m_leaveRequests.size() > 1)
        return; // the question is open already
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Unapplied Schema Edits"),
                                tr("The schema has edits that are not applied yet."),
                                QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("schemaMaybeApplyBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Review and apply them in the Schema view, or discard them?"));
    box->button(QMessageBox::Apply)->setText(tr("Review and Apply…"));
    box->setDefaultButton(QMessageBox::Apply);
    connect(box, &QMessageBox::finished, this, &SchemaEditor::leaveAnswered);
    box->open();
}

// "Review and Apply" does not apply blindly: Apply lists the diff and its impact and asks again,
// and the caller stays.
void SchemaEditor::leaveAnswered(int button)
{
    bool mayLeave = false;
    if (button == QMessageBox::Discard) {
        discardEdits();
        mayLeave = true;
    } else if (button == QMessageBox::Apply) {
        emit showRequested();
        if (m_apply->isEnabled())
            m_apply->trigger();
    }
    for (const std::function<void(bool)> &done : std::exchange(m_leaveRequests, {}))
        done(mayLeave);
}

// Back to the schema as loaded: by undoing while the stack still reaches that state and no
// apply is in flight, else by loading it again (the edits stay in sight, read-only, until the
// load arrives, but no longer count as unsaved).
void SchemaEditor::discardEdits()
{
    if (m_busy || m_applying || m_undoStack->cleanIndex() < 0)
        reload();
    else
        m_undoStack->setIndex(m_undoStack->cleanIndex());
    m_undoStack->clear();
}

int SchemaEditor::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SchemaEditor::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = std::max(m_table->currentIndex().column(), 0);
    m_table->setCurrentIndex(m_model->index(row, column));
}

QString SchemaEditor::newColumnName() const
{
    for (int n = m_model->rowCount() + 1;; ++n) {
        const QString name = tr("column_%1").arg(n);
        const auto &columns = m_model->schemaColumns();
        const bool taken = std::any_of(columns.cbegin(), columns.cend(), [&](const auto &c) {
            return c.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!taken)
            return name;
    }
}

void SchemaEditor::addColumn()
{
    const int current = currentRow();
    const int row = current >= 0 ? current + 1 : m_model->rowCount();
    SchemaColumn column;
    column.name = newColumnName();
    m_model->addSchemaColumn(row, column);
    const QModelIndex name = m_model->index(row, SchemaModel::Name);
    m_table->setCurrentIndex(name);
    if (m_table->isVisible())
        m_table->edit(name);
}

void SchemaEditor::removeColumn()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeSchemaColumn(row);
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void SchemaEditor::moveCurrent(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    m_model->moveSchemaColumn(row, to);
    selectRow(to);
}

void SchemaEditor::editValues()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const SchemaColumn column = m_model->schemaColumn(row);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("enumValuesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Enum Values"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setLabelText(
        tr("Allowed values of “%1”, one a line (empty lines are ignored):").arg(column.name));
    dialog->setTextValue(column.values.join(QLatin1Char('\n')));
    const quint64 token = m_token;
    connect(dialog, &QInputDialog::textValueSelected, this, [=, this](const QString &text) {
        if (token != m_token || row >= m_model->rowCount())
            return;
        SchemaColumn after = m_model->schemaColumn(row);
        after.type = ColumnType::Enum;
        after.values.clear();
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                after.values << line.trimmed();
        }
        m_model->editSchemaColumn(row, after, tr("Edit Values of “%1”").arg(after.name));
    });
    dialog->open();
}

void SchemaEditor::editRules()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const SchemaColumn column = m_model->schemaColumn(row);
    QStringList others;
    for (const SchemaColumn &other : m_model->schemaColumns()) {
        if (other.name.compare(column.name, Qt::CaseInsensitive) != 0)
            others << other.name;
    }
    auto *dialog = new RulesDialog(column, others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const quint64 token = m_token;
    connect(dialog, &QDialog::accepted, this, [=, this] {
        if (token != m_token || row >= m_model->rowCount())
            return;
        SchemaColumn after = m_model->schemaColumn(row);
        after.rules = dialog->rules();
        if (after.rules == m_model->schemaColumn(row).rules)
            return;
        m_model->editSchemaColumn(row, after, tr("Edit Rules of “%1”").arg(after.name));
    });
    dialog->open();
}

void SchemaEditor::apply()
{
    if (!m_database || m_busy || m_applying || !isModified() || m_model->hasProblems())
        return;
    const QList<SchemaColumn> desired = m_model->schemaColumns();
    const int version = m_loadedVersion;
    const quint64 token = ++m_token;
    m_applying = true;
    setBusy(true);
    emit statusMessage(tr("Checking the changes…"));
    // A dry run only reads; it sees every committed write on the primary and reports a
    // conflict already when the stored version moved on.
    QFuture<SchemaDiff> future = m_database->read(
        [desired, version](QSqlDatabase &db) {
            const Sql sql(db);
            return SchemaService(sql).apply(desired, version, true);
        },
        ReadConsistency::Primary);
    whenFinished(future, this, [this, token, desired](const QFuture<SchemaDiff> &done) {
        if (token != m_token)
            return;
        setBusy(false);
        if (const std::optional<DbError> error = errorOf(done)) {
            applyFailed(error->message(), error->kind() == DbError::Kind::Conflict);
            return;
        }
        const SchemaDiff diff = done.result();
        if (diff.isEmpty()) {
            m_applying = false;
            m_undoStack->setClean(); // the edits cancel out: nothing to apply
            updateActions();
            emit statusMessage(tr("Nothing to apply: the edits leave the schema as it is."));
            return;
        }
        confirmApply(desired, diff);
    });
}

void SchemaEditor::confirmApply(const QList<SchemaColumn> &desired, const SchemaDiff &diff)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("schemaApplyConfirmation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Apply Schema Changes"));
    auto *question = new QLabel(tr("Apply %n change(s) to the schema? Version %1 becomes %2.",
                                   nullptr,
                                   int(diff.changes.size()))
                                    .arg(diff.fromVersion)
                                    .arg(diff.fromVersion + 1),
                                dialog);
    const int affected = affectedCount(diff);
    auto *impact = new QLabel(affected == 0 ? tr("No file mapping is affected.")
                                            : tr("%n file mapping(s) affected:", nullptr, affected),
                              dialog);
    auto *tree = new QTreeWidget(dialog);
    tree->setObjectName(QStringLiteral("changes"));
    tree->setHeaderLabels({tr("Column"), tr("Change"), tr("Impact")});
    tree->setRootIsDecorated(true);
    for (const ColumnChange &change : diff.changes) {
        auto *item = new QTreeWidgetItem(tree, {columnNameOf(change), changeText(change)});
        if (!change.affected.isEmpty())
            item->setText(2, tr("%n mapping(s)", nullptr, int(change.affected.size())));
        for (const MappingImpact &mapping : change.affected)
            new QTreeWidgetItem(
                item, {impactFile(mapping), impactColumn(mapping), impactEffect(change, mapping)});
    }
    tree->expandAll();
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(question);
    layout->addWidget(impact);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 400);

    const quint64 token = m_token;
    connect(dialog, &QDialog::finished, this, [this, token, desired](int result) {
        if (token != m_token)
            return;
        if (result == QDialog::Accepted) {
            applyConfirmed(desired);
            return;
        }
        m_applying = false;
        updateActions();
        emit statusMessage(tr("The schema changes were not applied."));
    });
    dialog->open();
}

void SchemaEditor::applyConfirmed(const QList<SchemaColumn> &desired)
{
    const int version = m_loadedVersion;
    const quint64 token = ++m_token;
    setBusy(true);
    emit statusMessage(tr("Applying the schema changes…"));
    QFuture<Applied> future = m_database->write([desired, version](QSqlDatabase &db) {
        const Sql sql(db);
        const SchemaService service(sql);
        Applied applied;
        applied.diff = service.apply(desired, version);
        applied.schema = service.load();
        return applied;
    });
    whenFinished(future, this, [this, token](const QFuture<Applied> &done) {
        if (token != m_token)
            return;
        setBusy(false);
        if (const std::optional<DbError> error = errorOf(done)) {
            applyFailed(error->message(), error->kind() == DbError::Kind::Conflict);
            return;
        }
        const Applied applied = done.result();
        m_applying = false;
        showSchema(applied.schema);
        emit statusMessage(tr("Schema version %1 applied (%n change(s)).",
                              nullptr,
                              int(applied.diff.changes.size()))
                               .arg(applied.diff.toVersion));
        emit schemaApplied(applied.diff.toVersion);
    });
}

void SchemaEditor::applyFailed(const QString &message, bool conflict)
{
    m_applying = false;
    updateActions();
    emit statusMessage(message);
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Apply Schema Changes"));
    if (!conflict) {
        box->setObjectName(QStringLiteral("schemaApplyError"));
        box->setText(tr("The schema changes could not be applied."));
        box->setInformativeText(message);
        box->setStandardButtons(QMessageBox::Ok);
        box->open();
        return;
    }
    box->setObjectName(QStringLiteral("schemaConflict"));
    box->setText(tr("Someone else changed the schema since you loaded it; "
                    "your changes were not applied."));
    box->setInformativeText(message + QLatin1Char('\n')
                            + tr("Reload to see the current schema (your edits are discarded), "
                                 "or keep editing."));
    QPushButton *reloadButton = box->addButton(tr("Reload…"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(tr("Keep Editing"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    const quint64 token = m_token;
    connect(box,
            &QMessageBox::buttonClicked,
            this,
            [this, reloadButton, token](QAbstractButton *button) {
                if (button == reloadButton && token == m_token)
                    askDiscardAndReload(tr("Discard your edits and load the current schema?"));
            });
    box->open();
}

void SchemaEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setBusy(busy);
    updateActions();
}

bool SchemaEditor::isEditable() const
{
    return m_database && !m_busy && !m_applying;
}

void SchemaEditor::updateActions()
{
    const bool editable = isEditable();
    if (editable != m_editable) {
        m_editable = editable;
        emit editableChanged(editable);
    }
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_model->setReadOnly(!editable);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_moveUp->setEnabled(editable && row > 0);
    m_moveDown->setEnabled(editable && row >= 0 && row + 1 < rows);
    m_editValues->setEnabled(editable && row >= 0);
    m_editRules->setEnabled(editable && row >= 0);
    m_undo->setEnabled(editable && m_undoStack->canUndo());
    m_undo->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText())
                                           : tr("&Undo"));
    m_undo->setToolTip(toolTipFor(m_undo));
    m_redo->setEnabled(editable && m_undoStack->canRedo());
    m_redo->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText())
                                           : tr("&Redo"));
    m_redo->setToolTip(toolTipFor(m_redo));
    m_reload->setEnabled(m_database && !m_applying);
    m_apply->setEnabled(editable && isModified() && !m_model->hasProblems());
    m_apply->setToolTip(m_model->hasProblems()
                            ? tr("Fix the problems marked in the table first")
                            : tr("Show the pending changes and apply them to the database"));
    m_fromHeader->setEnabled(editable && !m_fileHeader.isEmpty());
    m_fromHeader->setToolTip(m_fileHeader.isEmpty()
                                 ? tr("Select a file in the Projects tree first")
                                 : tr("One text column for each column of %1: %2")
                                       .arg(m_fileName, m_fileHeader.join(QStringLiteral(", "))));
    updateEmptyState();
    updateStatus();
}

void SchemaEditor::updateEmptyState()
{
    if (!m_database || m_loadedVersion < 0)
        m_empty->setText({});
    else if (m_fileHeader.isEmpty())
        m_empty->setText(tr("The schema has no columns yet. Add them with Add Column, or select "
                            "a file in the Projects tree to create them from its header."));
    else
        m_empty->setText(tr("The schema has no columns yet. Create one for each column of "
                            "%1, then set their types, or add them one by one with Add Column.")
                             .arg(m_fileName));
}

void SchemaEditor::setFile(const QString &project, const FileInfo &file)
{
    Q_UNUSED(project);
    m_fileName = file.name;
    m_fileHeader = file.header;
    updateActions();
}

// The header's names as text columns, one undo step; the operator sets the types and applies.
void SchemaEditor::createFromHeader()
{
    QStringList taken;
    for (int row = 0; row < m_model->rowCount(); ++row)
        taken << m_model->index(row, SchemaModel::Name).data().toString();
    m_undoStack->beginMacro(tr("create columns from %1").arg(m_fileName));
    for (const QString &name : std::as_const(m_fileHeader)) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || taken.contains(trimmed, Qt::CaseInsensitive))
            continue;
        SchemaColumn column;
        column.name = trimmed;
        m_model->addSchemaColumn(m_model->rowCount(), column);
        taken << trimmed;
    }
    m_undoStack->endMacro();
    selectRow(0);
}

void SchemaEditor::updateStatus()
{
    if (!m_database)
        m_status->setText(tr("No database"));
    else if (m_loadedVersion < 0)
        m_status->setText(tr("Loading…"));
    else if (isModified())
        m_status->setText(tr("Version %1, unsaved changes").arg(m_loadedVersion));
    else
        m_status->setText(tr("Version %1").arg(m_loadedVersion));

    const QStringList problems = m_model->problems();
    m_problems->setVisible(!problems.isEmpty());
    if (problems.isEmpty())
        return;
    constexpr int shown = 5;
    QStringList lines = problems.mid(0, shown);
    if (problems.size() > shown)
        lines << tr("… and %n more", nullptr, int(problems.size() - shown));
    m_problems->setText(tr("%n problem(s) to fix before Apply:", nullptr, int(problems.size()))
                        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

QStringList SchemaEditor::describe(const SchemaDiff &diff)
{
    QStringList lines;
    for (const ColumnChange &change : diff.changes) {
        lines << tr("“%1”: %2").arg(columnNameOf(change), changeText(change));
        for (const MappingImpact &mapping : change.affected) {
            const QString effect = impactEffect(change, mapping);
            QString line
                = QStringLiteral("    %1, %2").arg(impactFile(mapping), impactColumn(mapping));
            if (!effect.isEmpty())
                line += QStringLiteral(": ") + effect;
            lines << line;
        }
    }
    return lines;
}

} // namespace stevedore
