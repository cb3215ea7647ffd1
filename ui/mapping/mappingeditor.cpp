// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "mapping/mappingeditor.h"
#include "accessibility.h"

#include "actionbuttons.h"
#include "busyindicator.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "futurewatch.h"
#include "mapping/mappingmodel.h"
#include "schema/mappingmemory.h"
#include "schema/mappingservice.h"
#include "schema/schemaservice.h"
#include "store/recordcodec.h"
#include "store/recordstore.h"
#include "tablecolumns.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <limits>

namespace stevedore {

namespace {

// Sample values shown per file column, taken from the first records that have them.
constexpr int samplesPerColumn = 3;
constexpr qint64 sampleRecords = 200;

struct LoadedMapping
{
    Schema schema;
    FileMapping mapping;
    QList<QStringList> samples; // per header column
};

// Runs on a pool thread.
LoadedMapping loadMapping(QSqlDatabase &db, qint64 fileId)
{
    const Sql sql(db);
    LoadedMapping out;
    out.schema = SchemaService(sql).load();
    out.mapping = MappingService(sql).load(fileId);
    QList<QByteArray> records;
    // Record numbers start at 1; rejected records leave gaps, which is fine for samples.
    recordstore::readRecordData(sql, fileId, 0, sampleRecords + 1, records);
    out.samples = QList<QStringList>(out.mapping.columns.size());
    QList<QByteArray> fields;
    for (const QByteArray &json : std::as_const(records)) {
        if (!recordcodec::parseJsonArray(json, fields))
            continue;
        for (qsizetype i = 0; i < fields.size() && i < out.samples.size(); ++i) {
            if (out.samples[i].size() < samplesPerColumn && !fields[i].trimmed().isEmpty())
                out.samples[i] << QString::fromUtf8(fields[i]);
        }
    }
    return out;
}

int clamped(qint64 count)
{
    return int(qMin<qint64>(count, std::numeric_limits<int>::max()));
}

// Edits a cell with a combo box of the choices the model offers for it (ChoicesRole); a
// choice picked from the list is committed at once.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const QVariantList choices = index.data(MappingModel::ChoicesRole).toList();
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setEditable(index.data(MappingModel::CustomChoiceRole).toBool());
        combo->setInsertPolicy(QComboBox::NoInsert);
        for (const QVariant &choice : choices) {
            const QVariantMap map = choice.toMap();
            combo->addItem(map.value(QStringLiteral("label")).toString(),
                           map.value(QStringLiteral("value")));
            const QString tooltip = map.value(QStringLiteral("tooltip")).toString();
            if (!tooltip.isEmpty())
                combo->setItemData(combo->count() - 1, tooltip, Qt::ToolTipRole);
        }
        auto *self = const_cast<ChoiceDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = qobject_cast<QComboBox *>(editor);
        if (!combo) {
            QStyledItemDelegate::setEditorData(editor, index);
            return;
        }
        const QVariant value = index.data(Qt::EditRole);
        if (const int found = combo->findData(value); found >= 0)
            combo->setCurrentIndex(found);
        else if (combo->isEditable())
            combo->setEditText(value.toString());
    }

    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        auto *combo = qobject_cast<QComboBox *>(editor);
        if (!combo) {
            QStyledItemDelegate::setModelData(editor, model, index);
            return;
        }
        // Typed text that is not one of the labels is a value of its own (a date format).
        const bool typed = combo->isEditable() && combo->currentIndex() >= 0
                           && combo->currentText() != combo->itemText(combo->currentIndex());
        model->setData(index, typed ? QVariant(combo->currentText()) : combo->currentData());
    }

    void updateEditorGeometry(QWidget *editor,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &) const override
    {
        editor->setGeometry(option.rect);
    }
};

QString htmlLine(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

MappingEditor::MappingEditor(QWidget *parent)
    : Editor(parent)
    , m_undoStack(new QUndoStack(this))
    , m_model(new MappingModel(m_undoStack, this))
{
    createActions();
    createWidgets();
    connectSignals();
    reset();
}

void MappingEditor::createActions()
{
    m_undo = new QAction(QIcon(QStringLiteral(":/icons/undo.svg")), tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(QIcon(QStringLiteral(":/icons/redo.svg")), tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_autoMatch
        = new QAction(QIcon(QStringLiteral(":/icons/mapping.svg")), tr("&Auto-match"), this);
    m_autoMatch->setObjectName(QStringLiteral("autoMatchAction"));
    m_autoMatch->setToolTip(tr("Map unmapped file columns to the schema columns whose names "
                               "match confidently"));
    m_recall
        = new QAction(QIcon(QStringLiteral(":/icons/mapping.svg")), tr("From &Earlier File"), this);
    m_recall->setObjectName(QStringLiteral("recallAction"));
    m_recall->setToolTip(tr("Map the columns as in the project's earlier file whose header "
                            "matches this one best, corrections included"));
    m_validate
        = new QAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Validate"), this);
    m_validate->setObjectName(QStringLiteral("validateAction"));
    m_validate->setToolTip(tr("Check every mapped value of the file against the edited mapping"));
    m_save = new QAction(QIcon::fromTheme(QStringLiteral("document-save"),
                                          style()->standardIcon(QStyle::SP_DialogSaveButton)),
                         tr("&Save Mapping"),
                         this);
    m_save->setObjectName(QStringLiteral("saveAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_reload = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Re&load"), this);
    m_reload->setObjectName(QStringLiteral("reloadAction"));
    m_reload->setToolTip(tr("Load the saved mapping again"));
    // The shortcuts act while focus is in the editor, so they leave other views' alone.
    for (QAction *action : {m_undo, m_redo, m_autoMatch, m_recall, m_validate, m_save, m_reload}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void MappingEditor::createWidgets()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_undo);
    toolBar->addAction(m_redo);
    toolBar->addSeparator();
    toolBar->addAction(m_autoMatch);
    toolBar->addAction(m_recall);
    toolBar->addAction(m_validate);
    toolBar->addAction(m_reload);
    showIconsOnly(toolBar, {m_undo, m_redo, m_reload});
    QPushButton *saveButton = primaryButton(m_save, this);
    m_busy = new BusyIndicator(this);
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);

    m_table = new QTableView(this);
    setAccessibleText(m_table,
                      tr("Column mapping"),
                      tr("Each file column with the schema column it feeds; F2 edits a cell"));
    m_table->setModel(m_model);
    auto *delegate = new ChoiceDelegate(m_table);
    m_table->setItemDelegateForColumn(MappingModel::SchemaColumn, delegate);
    m_table->setItemDelegateForColumn(MappingModel::Transform, delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Long sample values elide (TableColumns caps the columns) rather than push Transform and
    // Confidence out of sight; the details pane below shows them whole.
    new TableColumns(m_table, QStringLiteral("tables/mapping"));
    m_table->setTextElideMode(Qt::ElideMiddle);

    m_details = new QTextBrowser(this);
    setAccessibleText(m_details, tr("Mapping details"), tr("The selected file column in full"));
    m_details->setOpenLinks(false);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Offered while nothing is mapped: the first step of every new file.
    m_noMapping = new QWidget(this);
    m_noMapping->setObjectName(QStringLiteral("noMappingHint"));
    auto *hint = new QLabel(tr("No column of this file is mapped yet. From Earlier File maps it "
                               "as the project's file with the most alike header; Auto-match "
                               "maps the columns whose names match the schema. Then adjust the "
                               "rest by hand."),
                            m_noMapping);
    hint->setWordWrap(true);
    auto *hintLayout = new QHBoxLayout(m_noMapping);
    hintLayout->setContentsMargins(0, 0, 0, 0);
    hintLayout->addWidget(hint, 1);
    auto *recallButton = new QToolButton(m_noMapping);
    recallButton->setDefaultAction(m_recall);
    recallButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    hintLayout->addWidget(recallButton);
    hintLayout->addWidget(primaryButton(m_autoMatch, m_noMapping));
    m_noMapping->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(toolBar, 1);
    bar->addWidget(m_busy);
    bar->addWidget(saveButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_heading);
    layout->addWidget(m_noMapping);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
}

void MappingEditor::connectSignals()
{
    connect(m_undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_autoMatch, &QAction::triggered, this, &MappingEditor::autoMatch);
    connect(m_recall, &QAction::triggered, this, &MappingEditor::recallMapping);
    connect(m_validate, &QAction::triggered, this, &MappingEditor::validate);
    connect(m_save, &QAction::triggered, this, &MappingEditor::save);
    connect(m_reload, &QAction::triggered, this, [this] {
        requestLeave([this](bool mayLeave) {
            if (mayLeave)
                reload();
        });
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        updateActions();
        emit modifiedChanged(!clean);
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MappingEditor::updateActions);
    connect(m_model, &MappingModel::editRefused, this, &MappingEditor::statusMessage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MappingEditor::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MappingEditor::updateDetails);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &MappingEditor::updateDetails);
}

MappingEditor::~MappingEditor()
{
    // The commands refer to the model; drop them while it still exists.
    m_undoStack->clear();
}

void MappingEditor::setDatabase(Database *database)
{
    m_database = database;
    m_project.clear();
    m_file = {};
    reset();
}

void MappingEditor::setFile(const QString &project, const FileInfo &file)
{
    if (!wouldLeave(project, file.id)) {
        m_file = file;
        updateHeading();
        return;
    }
    m_project = project;
    m_file = file;
    reset();
    reload();
}

bool MappingEditor::wouldLeave(const QString &project, qint64 fileId) const
{
    return fileId == 0 || fileId != m_file.id || project != m_project;
}

// Forgets everything shown and every task in flight.
void MappingEditor::reset()
{
    ++m_fileToken;
    ++m_validateToken;
    m_loading = m_validating = m_saving = false;
    m_reloadAfterSave = false;
    m_model->clear();
    setSummary(QString());
    updateHeading();
    updateActions();
    runAfterSave();
}

void MappingEditor::reload()
{
    if (m_saving) {
        m_reloadAfterSave = true;
        return;
    }
    const quint64 token = ++m_fileToken;
    ++m_validateToken;
    m_validating = false;
    if (!m_database || m_file.id == 0) {
        reset();
        return;
    }
    m_loading = true;
    updateActions();
    const qint64 fileId = m_file.id;
    // From the primary: after a save or a conflict the editor must see the latest mapping.
    QFuture<LoadedMapping> future = m_database->read(
        [fileId](QSqlDatabase &db) { return loadMapping(db, fileId); }, ReadConsistency::Primary);
    whenFinished(future, this, [this, token](const QFuture<LoadedMapping> &done) {
        if (token != m_fileToken)
            return; // another file was chosen meanwhile
        m_loading = false;
        if (const QString error = failureOf(done); !error.isEmpty()) {
            m_model->clear();
            setSummary(tr("Could not load the mapping: %1").arg(error));
            emit statusMessage(tr("Could not load the mapping of %1: %2").arg(m_file.name, error));
        } else {
            const LoadedMapping loaded = done.result();
            m_model->setMapping(loaded.schema, loaded.mapping, loaded.samples);
            m_file.mappingVersion = loaded.mapping.version;
            setSummary(loaded.schema.columns.isEmpty()
                           ? tr("The schema has no columns yet: define it in the Schema view.")
                           : tr("Not validated yet."));
            if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, MappingModel::SchemaColumn));
        }
        updateHeading();
        updateActions();
    });
}

void MappingEditor::requestLeave(std::function<void(bool mayLeave)> done)
{
    if (m_saving) {
        whenSaved([this, done = std::move(done)]() mutable { requestLeave(std::move(done)); });
        return;
    }
    if (!isModified()) {
        done(true);
        return;
    }
    m_leaveRequests << std::move(done);
    if (m_leaveRequests.size() > 1)
        return; // the question is open already
    auto *box
        = new QMessageBox(QMessageBox::Question,
                          tr("Unsaved Mapping"),
                          tr("The mapping of %1 has unsaved changes.").arg(quotedName(m_file.name)),
                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                          this);
    box->setObjectName(QStringLiteral("maybeSaveBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Do you want to save them?"));
    box->setDefaultButton(QMessageBox::Save);
    connect(box, &QMessageBox::finished, this, &MappingEditor::leaveAnswered);
    box->open();
}

void MappingEditor::leaveAnswered(int button)
{
    switch (button) {
    case QMessageBox::Save:
        if (!m_saving)
            startSave();
        if (m_saving)
            whenSaved([this] { answerLeave(m_lastSaveOk); });
        else
            answerLeave(m_lastSaveOk);
        return;
    case QMessageBox::Discard:
        m_model->revert();
        emit statusMessage(tr("Discarded the changes to the mapping of %1").arg(m_file.name));
        answerLeave(true);
        return;
    default:
        answerLeave(false);
    }
}

void MappingEditor::answerLeave(bool mayLeave)
{
    for (const std::function<void(bool)> &done : std::exchange(m_leaveRequests, {}))
        done(mayLeave);
}

void MappingEditor::whenSaved(std::function<void()> then)
{
    m_afterSave << std::move(then);
}

void MappingEditor::runAfterSave()
{
    for (const std::function<void()> &then : std::exchange(m_afterSave, {}))
        then();
}

void MappingEditor::save()
{
    startSave();
}

void MappingEditor::startSave()
{
    m_lastSaveOk = false;
    if (!m_database || m_file.id == 0 || m_loading || m_saving)
        return;
    const QList<MappingEdit> edits = m_model->edits();
    if (edits.isEmpty()) {
        // Edited back to what is saved: nothing to write.
        m_undoStack->setClean();
        m_lastSaveOk = true;
        emit statusMessage(tr("The mapping of %1 has no changes to save").arg(m_file.name));
        return;
    }
    m_saving = true;
    updateActions();
    const quint64 token = m_fileToken;
    const qint64 fileId = m_file.id;
    const int version = m_model->savedMapping().version;
    QFuture<FileMapping> future = m_database->write([fileId, edits, version](QSqlDatabase &db) {
        const Sql sql(db);
        return MappingService(sql).save(fileId, edits, version);
    });
    whenFinished(future, this, [this, token](const QFuture<FileMapping> &done) {
        if (token != m_fileToken)
            return;
        m_saving = false;
        if (const std::optional<DbError> error = errorOf(done))
            saveFailed(error->kind() == DbError::Kind::Conflict, error->message());
        else
            saved(done.result());
        updateActions();
        if (std::exchange(m_reloadAfterSave, false))
            reload();
        runAfterSave();
    });
}

void MappingEditor::saved(const FileMapping &mapping)
{
    m_model->markSaved(mapping);
    m_undoStack->setClean();
    m_lastSaveOk = true;
    m_file.mappingVersion = mapping.version;
    updateHeading();
    emit statusMessage(tr("Saved the mapping of %1 (version %2)")
                           .arg(m_file.name, QLocale().toString(mapping.version)));
    emit mappingSaved(mapping.fileId);
}

void MappingEditor::saveFailed(bool conflict, const QString &message)
{
    if (!conflict) {
        emit statusMessage(tr("Could not save the mapping of %1: %2").arg(m_file.name, message));
        showProblem(tr("Mapping Not Saved"),
                    tr("The mapping of %1 could not be saved.").arg(quotedName(m_file.name)),
                    message);
        return;
    }
    emit statusMessage(tr("Not saved: someone else changed the mapping of %1 first (%2)")
                           .arg(m_file.name, message));
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Mapping Changed Elsewhere"),
                                tr("The mapping of %1 was changed by someone else after you "
                                   "opened it, so your changes were not saved.")
                                    .arg(quotedName(m_file.name)),
                                QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("conflictBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Reload the mapping? Your unsaved changes will be lost."));
    box->setDetailedText(message);
    box->button(QMessageBox::Cancel)->setText(tr("Keep Editing"));
    QPushButton *reloadButton = box->addButton(tr("&Reload"), QMessageBox::AcceptRole);
    box->setDefaultButton(reloadButton);
    connect(box, &QMessageBox::finished, this, [this, box, reloadButton] {
        if (box->clickedButton() == reloadButton)
            reload();
    });
    box->open();
}

void MappingEditor::showProblem(const QString &title, const QString &text, const QString &detail)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("problemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(detail);
    box->open();
}

void MappingEditor::autoMatch()
{
    if (m_model->rowCount() == 0 || m_loading || m_saving)
        return;
    // The suggestions are made for the mapping as edited, by the rules of
    // MappingService::autoMap (whose dry run would read the saved mapping instead).
    const QList<MatchSuggestion> suggestions = m_model->suggest();
    const int applied = m_model->applySuggestions(suggestions, m_threshold);
    int below = 0;
    for (const MatchSuggestion &suggestion : suggestions) {
        if (suggestion.schemaColumnId != 0 && suggestion.confidence < m_threshold)
            ++below;
    }
    QString message = tr("Auto-match applied %n suggestion(s)", nullptr, applied);
    if (below > 0)
        message += QLatin1String("; ")
                   + tr("%n weaker suggestion(s) left for you to decide", nullptr, below);
    emit statusMessage(message);
}

void MappingEditor::recallMapping()
{
    if (!m_database || m_file.id == 0 || m_model->rowCount() == 0 || m_loading || m_saving
        || m_recalling)
        return;
    m_recalling = true;
    updateActions();
    const qint64 fileId = m_file.id;
    const quint64 token = m_fileToken;
    auto future = m_database->read(
        [fileId](QSqlDatabase &db) { return mappingmemory::propose(Sql(db), fileId); });
    whenFinished(future, this, [this, token](const QFuture<std::optional<MappingProposal>> &done) {
        m_recalling = false;
        updateActions();
        if (token != m_fileToken)
            return;
        if (const QString error = failureOf(done); !error.isEmpty()) {
            emit statusMessage(tr("Could not look for an earlier mapping: %1").arg(error));
            return;
        }
        const std::optional<MappingProposal> proposal = done.result();
        if (!proposal) {
            emit statusMessage(
                tr("No earlier file of this project shares a mapped column with this one."));
            return;
        }
        const QString confidence
            = tr("%1 %").arg(QLocale().toString(qRound(proposal->confidence * 100)));
        const int changed
            = m_model->applyMapping(proposal->edits, tr("Map as %1").arg(proposal->sourceFile));
        emit statusMessage(
            changed == 0 ? tr("The mapping already is that of %1.").arg(proposal->sourceFile)
                         : tr("Mapped %n column(s) as in %1 (confidence %2); save to keep it.",
                              nullptr,
                              changed)
                               .arg(proposal->sourceFile, confidence));
    });
}

void MappingEditor::validate()
{
    if (!m_database || m_file.id == 0 || m_loading || m_model->rowCount() == 0)
        return;
    const quint64 token = ++m_validateToken;
    m_validating = true;
    updateActions();
    const bool edited = isModified();
    const FileMapping mapping = m_model->mapping();
    QFuture<ValidationReport> future = m_database->read([mapping](QSqlDatabase &db) {
        const Sql sql(db);
        const MappingService service(sql);
        return service.validate(MappingService::plan(SchemaService(sql).load(), mapping), mapping);
    });
    setSummary(tr("Validating %n record(s)…", nullptr, clamped(m_file.recordCount)));
    whenFinished(
        future, this, [this, token, mapping, edited](const QFuture<ValidationReport> &done) {
            if (token != m_validateToken)
                return;
            m_validating = false;
            updateActions();
            if (const QString error = failureOf(done); !error.isEmpty()) {
                setSummary(tr("Validation failed: %1").arg(error));
                emit statusMessage(tr("Could not validate %1: %2").arg(m_file.name, error));
                return;
            }
            const ValidationReport report = done.result();
            m_model->setValidation(report, mapping);
            int columns = 0;
            for (const ColumnValidation &column : report.columns) {
                if (column.invalid > 0)
                    ++columns;
            }
            QStringList lines;
            lines << (edited
                          ? tr("Validated %n record(s) against the edited mapping (not saved yet).",
                               nullptr,
                               clamped(report.records))
                          : tr("Validated %n record(s) against the saved mapping.",
                               nullptr,
                               clamped(report.records)));
            lines << (report.invalidValues() == 0 ? tr("Every mapped value is valid.")
                                                  : tr("%1 in %n column(s).", nullptr, columns)
                                                        .arg(tr("%Ln invalid value(s)",
                                                                nullptr,
                                                                clamped(report.invalidValues()))));
            if (!report.unmappedRequired.isEmpty())
                lines << tr("Required schema columns left unmapped: %1.")
                             .arg(report.unmappedRequired.join(QLatin1String(", ")));
            setSummary(lines.join(QLatin1Char(' ')));
            emit statusMessage(
                report.isValid()
                    ? tr("The mapping of %1 is valid").arg(m_file.name)
                    : tr("The mapping of %1 has problems: %2, %3")
                          .arg(m_file.name,
                               tr("%Ln invalid value(s)", nullptr, clamped(report.invalidValues())),
                               tr("%n required column(s) unmapped",
                                  nullptr,
                                  int(report.unmappedRequired.size()))));
        });
}

QString MappingEditor::summaryText() const
{
    return m_summary->text();
}

void MappingEditor::setSummary(const QString &text)
{
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
}

void MappingEditor::updateHeading()
{
    if (m_file.id == 0) {
        m_heading->setText(tr("No file selected."));
        return;
    }
    const QLocale locale;
    QString text = tr("%1 in project %2: %Ln record(s), mapping version %3",
                      nullptr,
                      clamped(m_file.recordCount))
                       .arg(m_file.name, m_project, locale.toString(m_file.mappingVersion));
    // A mapping recalled from an earlier file or given by a template says so until someone
    // saves it.
    const QString origin = m_model->mapping().origin;
    if (!origin.isEmpty())
        text += QLatin1Char('\n') + tr("Where the mapping came from: %1").arg(origin);
    m_heading->setText(text);
}

// The details pane: everything about the current row, with every validation example.
void MappingEditor::updateDetails()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    auto cell = [this, row](int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += htmlLine(tr("File column"), cell(MappingModel::FileColumn).toString());
    html += htmlLine(tr("Sample values"),
                     cell(MappingModel::Samples, MappingModel::ValueRole)
                         .toStringList()
                         .join(QStringLiteral(" \u00b7 ")));
    // The tooltip's first line describes the schema column; the others list the file's rules.
    const QStringList schemaTip
        = cell(MappingModel::SchemaColumn, Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
    const ColumnTarget target = m_model->target(row);
    html += htmlLine(
        tr("Schema column"),
        (target.isMapped() ? target.schemaColumn : cell(MappingModel::SchemaColumn).toString())
            + (schemaTip.constFirst().isEmpty()
                   ? QString()
                   : QLatin1String(" (") + schemaTip.constFirst() + QLatin1Char(')')));
    if (!target.rules.isEmpty()) // the tooltip's lines after its heading
        html += htmlLine(tr("Rules of this file"), schemaTip.mid(2).join(QStringLiteral("  ")));
    if (m_model->target(row).isMapped())
        html += htmlLine(tr("Transform"), cell(MappingModel::Transform).toString());
    if (!m_model->target(row).transform.isEmpty())
        html += htmlLine(tr("Transform text"), m_model->target(row).transform);
    if (const QString confidence = cell(MappingModel::Confidence, Qt::ToolTipRole).toString();
        !confidence.isEmpty())
        html += htmlLine(tr("Confidence"), confidence);
    if (const QString validation = cell(MappingModel::Validation).toString(); !validation.isEmpty())
        html += htmlLine(tr("Validation"), validation);
    html += QStringLiteral("</table>");
    const QVariantList transformed
        = cell(MappingModel::Samples, MappingModel::TransformedSamplesRole).toList();
    if (!m_model->target(row).transform.isEmpty() && !transformed.isEmpty()) {
        html += QStringLiteral("<p>%1</p><table border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"3\"><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("The sample values before and after the transform:").toHtmlEscaped(),
                         tr("Before").toHtmlEscaped(),
                         tr("After").toHtmlEscaped(),
                         tr("Check").toHtmlEscaped());
        for (const QVariant &sample : transformed) {
            const QVariantMap map = sample.toMap();
            const QString reason = map.value(QStringLiteral("reason")).toString();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(map.value(QStringLiteral("before")).toString().toHtmlEscaped(),
                             map.value(QStringLiteral("after")).toString().toHtmlEscaped(),
                             reason.isEmpty()
                                 ? tr("valid").toHtmlEscaped()
                                 : QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                                       .arg(reason.toHtmlEscaped()));
        }
        html += QStringLiteral("</table>");
    }
    const QVariantList examples
        = cell(MappingModel::Validation, MappingModel::ExamplesRole).toList();
    if (!examples.isEmpty()) {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1"
                               "</th><th>%2</th><th>%3</th></tr>")
                    .arg(tr("Line"), tr("Value"), tr("Why it is invalid").toHtmlEscaped());
        for (const QVariant &example : examples) {
            const QVariantMap map = example.toMap();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(QLocale().toString(map.value(QStringLiteral("line")).toLongLong()),
                             map.value(QStringLiteral("value")).toString().toHtmlEscaped(),
                             map.value(QStringLiteral("reason")).toString().toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

void MappingEditor::updateActions()
{
    const bool idle = isEditable();
    if (idle != m_editable) {
        m_editable = idle;
        emit editableChanged(idle);
    }
    const bool shown = m_database && m_file.id != 0 && m_model->rowCount() > 0;
    m_undo->setEnabled(idle && m_undoStack->canUndo());
    m_undo->setToolTip(m_undoStack->canUndo() ? tr("Undo %1").arg(m_undoStack->undoText())
                                              : tr("Undo"));
    m_redo->setEnabled(idle && m_undoStack->canRedo());
    m_redo->setToolTip(m_undoStack->canRedo() ? tr("Redo %1").arg(m_undoStack->redoText())
                                              : tr("Redo"));
    m_autoMatch->setEnabled(shown && idle && !m_model->schema().columns.isEmpty());
    m_recall->setEnabled(shown && idle && !m_recalling && !m_model->schema().columns.isEmpty());
    m_validate->setEnabled(shown && idle);
    m_save->setEnabled(shown && idle && isModified());
    m_reload->setEnabled(m_database && m_file.id != 0 && idle);
    m_table->setEnabled(idle);
    m_busy->setBusy(isBusy());
    bool anyMapped = false;
    for (int row = 0; row < m_model->rowCount() && !anyMapped; ++row)
        anyMapped = m_model->target(row).isMapped();
    m_noMapping->setVisible(shown && !m_model->schema().columns.isEmpty() && !anyMapped);
}

} // namespace stevedore
