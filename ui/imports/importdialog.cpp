// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/importdialog.h"
#include "accessibility.h"

#include "db/database.h"
#include "db/sql.h"
#include "futurewatch.h"
#include "imports/jobqueue.h"
#include "imports/previewmodel.h"
#include "logging/logging.h"
#include "mapping/mappingmodel.h"
#include "store/catalog.h"
#include "tablecolumns.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace stevedore {

namespace {

constexpr int previewRecords = 100;
constexpr qsizetype previewBytes = 256 * 1024;
constexpr double lowConfidence = 0.6;
const QVariant autoValue = QVariant(-1);

template<typename T>
std::optional<T> comboValue(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    if (!data.isValid() || data.toInt() < 0)
        return std::nullopt;
    return T(data.toInt());
}

template<typename T>
void setComboValue(QComboBox *combo, const std::optional<T> &value)
{
    const int index = combo->findData(value ? int(*value) : -1);
    combo->setCurrentIndex(std::max(0, index));
}

QString encodingLabel(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return ImportDialog::tr("UTF-8");
    case TextEncoding::Utf8Bom:
        return ImportDialog::tr("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return ImportDialog::tr("UTF-16 LE");
    case TextEncoding::Utf16BE:
        return ImportDialog::tr("UTF-16 BE");
    case TextEncoding::Windows1252:
        return ImportDialog::tr("Windows-1252 (Latin-1)");
    case TextEncoding::Utf32LE:
        return ImportDialog::tr("UTF-32 LE");
    case TextEncoding::Utf32BE:
        return ImportDialog::tr("UTF-32 BE");
    }
    return encodingName(encoding);
}

} // namespace

bool acceptsDrop(const QMimeData *mime)
{
    return !droppedPaths(mime).isEmpty();
}

QStringList droppedPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

ImportDialog::ImportDialog(Database *database,
                           const QStringList &paths,
                           const QString &project,
                           JobQueue *queue,
                           QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_queue(queue ? queue : JobQueue::instance())
{
    setWindowTitle(paths.size() == 1 ? tr("Import %1").arg(QFileInfo(paths.first()).fileName())
                                     : tr("Import %n files", nullptr, int(paths.size())));
    for (const QString &path : paths)
        m_entries.append(Entry{path, {}, {}, false, 0, {}});
    createWidgets(project);
    loadProjects();
    loadSchema();
    for (int i = 0; i < fileCount(); ++i)
        requestPreview(i);
    setCurrentFile(fileCount() > 0 ? 0 : -1);
    resize(960, 640);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::createWidgets(const QString &project)
{
    createSourceWidgets(project);
    createSettingsWidgets();
    createPreviewWidgets();
    createButtons();
    createLayout();
}

void ImportDialog::createSourceWidgets(const QString &project)
{
    m_project = new QComboBox;
    m_project->setEditable(true);
    m_project->setInsertPolicy(QComboBox::NoInsert);
    m_project->setCurrentText(project);
    m_project->setToolTip(tr("The project to import into; a new name creates the project."));
    connect(m_project, &QComboBox::currentTextChanged, this, &ImportDialog::updateImportButton);

    m_fileList = new QListWidget;
    m_fileList->setMinimumWidth(200);
    for (const Entry &entry : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(QFileInfo(entry.path).fileName());
        item->setToolTip(entry.path);
        m_fileList->addItem(item);
    }
    connect(m_fileList, &QListWidget::currentRowChanged, this, &ImportDialog::setCurrentFile);
}

void ImportDialog::createSettingsWidgets()
{
    m_delimiter = new QComboBox;
    m_delimiter->addItem(tr("Detect"), autoValue);
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe ( | )"), int('|'));
    m_quote = new QComboBox;
    m_quote->addItem(tr("Double quote ( \" )"), autoValue);
    m_quote->addItem(tr("Single quote ( ' )"), int('\''));
    m_quote->addItem(tr("None"), 0);
    m_quote->setToolTip(tr("The character that encloses fields holding the delimiter or line "
                           "breaks; None reads quotes as plain text."));
    m_encoding = new QComboBox;
    m_encoding->addItem(tr("Detect"), autoValue);
    for (const TextEncoding encoding : {TextEncoding::Utf8,
                                        TextEncoding::Utf8Bom,
                                        TextEncoding::Utf16LE,
                                        TextEncoding::Utf16BE,
                                        TextEncoding::Utf32LE,
                                        TextEncoding::Utf32BE,
                                        TextEncoding::Windows1252})
        m_encoding->addItem(encodingLabel(encoding), int(encoding));
    m_header = new QComboBox;
    m_header->addItem(tr("Detect"), autoValue);
    m_header->addItem(tr("First record is the header"), 1);
    m_header->addItem(tr("No header"), 0);
    for (QComboBox *combo : {m_delimiter, m_quote, m_encoding, m_header})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::onSettingChanged);
    m_applyAll = new QPushButton(tr("Apply to All Files"));
    m_applyAll->setEnabled(fileCount() > 1);
    connect(m_applyAll, &QPushButton::clicked, this, &ImportDialog::applyToAll);
}

void ImportDialog::createPreviewWidgets()
{
    m_detection = new QLabel;
    m_detection->setWordWrap(true);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #d03030; font-weight: bold; }"));
    m_problem->hide();

    m_previewModel = new PreviewModel(this);
    m_previewTable = new QTableView;
    setAccessibleText(m_previewTable,
                      tr("Preview"),
                      tr("The first records of the file as they will be read; rejected lines "
                         "are marked"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    new TableColumns(m_previewTable);

    m_mappingTitle = new QLabel(tr("Suggested mapping (from column names; edit it in the Mapping "
                                   "view after the import):"));
    m_mapping = new QTableWidget(0, 3);
    setAccessibleText(m_mapping,
                      tr("Suggested mapping"),
                      tr("The schema column suggested for each column of the file"));
    m_mapping->setHorizontalHeaderLabels(
        {tr("File column"), tr("Schema column"), tr("Confidence")});
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingColumns = new TableColumns(m_mapping);
    m_mapping->verticalHeader()->hide();
    m_mapping->setMaximumHeight(160);
    m_mappingTitle->hide();
    m_mapping->hide();
}

void ImportDialog::createButtons()
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);
    // An editable combo box keeps Return from the dialog: there it imports too, as everywhere
    // else in the dialog, so the keyboard alone goes from the file to the import.
    connect(m_project->lineEdit(), &QLineEdit::returnPressed, m_importButton, &QPushButton::click);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

void ImportDialog::createLayout()
{
    auto *settings = new QFormLayout;
    settings->addRow(tr("&Delimiter:"), m_delimiter);
    settings->addRow(tr("&Quote:"), m_quote);
    settings->addRow(tr("&Encoding:"), m_encoding);
    settings->addRow(tr("&Header:"), m_header);
    auto *settingsRow = new QHBoxLayout;
    settingsRow->addLayout(settings);
    auto *side = new QVBoxLayout;
    side->addStretch();
    side->addWidget(m_applyAll);
    settingsRow->addLayout(side);
    settingsRow->addStretch();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(settingsRow);
    rightLayout->addWidget(m_detection);
    rightLayout->addWidget(m_problem);
    rightLayout->addWidget(m_previewTable, 1);
    rightLayout->addWidget(m_mappingTitle);
    rightLayout->addWidget(m_mapping);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_fileList);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    if (fileCount() == 1)
        m_fileList->hide();

    auto *top = new QFormLayout;
    top->addRow(tr("&Project:"), m_project);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
}

void ImportDialog::loadProjects()
{
    if (!m_database)
        return;
    auto future = m_database->read([](QSqlDatabase &db) { return catalog::listProjects(Sql(db)); });
    whenFinished(future, this, [this](const QFuture<QList<ProjectInfo>> &done) {
        if (!failureOf(done).isEmpty())
            return; // the combo stays editable; the import creates the project
        const QString current = m_project->currentText();
        QSignalBlocker blocker(m_project);
        for (const ProjectInfo &project : done.result())
            m_project->addItem(project.name);
        m_project->setCurrentText(current);
    });
}

void ImportDialog::loadSchema()
{
    if (!m_database)
        return;
    auto future = m_database->read([](QSqlDatabase &db) { return SchemaService(Sql(db)).load(); });
    whenFinished(future, this, [this](const QFuture<Schema> &done) {
        const QString failure = failureOf(done);
        if (!failure.isEmpty()) {
            logger(LogCategory::Ui)->debug("no schema for suggestions: {}", failure.toStdString());
            return;
        }
        m_schema = done.result().columns;
        for (int i = 0; i < fileCount(); ++i)
            updateSuggestions(i);
        if (m_current >= 0)
            showCurrent();
    });
}

QString ImportDialog::path(int file) const
{
    return m_entries.value(file).path;
}

void ImportDialog::setCurrentFile(int file)
{
    if (file < -1 || file >= fileCount())
        return;
    m_current = file;
    if (m_fileList->currentRow() != file) {
        QSignalBlocker blocker(m_fileList);
        m_fileList->setCurrentRow(file);
    }
    showCurrent();
}

PreviewSettings ImportDialog::settings(int file) const
{
    return m_entries.value(file).settings;
}

void ImportDialog::setSettings(int file, const PreviewSettings &settings)
{
    if (file < 0 || file >= fileCount())
        return;
    m_entries[file].settings = settings;
    if (file == m_current)
        showSettings(settings);
    requestPreview(file);
}

void ImportDialog::applyToAll()
{
    if (m_current < 0)
        return;
    const PreviewSettings current = m_entries[m_current].settings;
    for (int i = 0; i < fileCount(); ++i) {
        if (i != m_current && !(m_entries[i].settings == current))
            setSettings(i, current);
    }
}

ImportPreview ImportDialog::preview(int file) const
{
    return m_entries.value(file).preview;
}

bool ImportDialog::isPreviewPending(int file) const
{
    return m_entries.value(file).pending;
}

bool ImportDialog::isRefused(int file) const
{
    return m_entries.value(file).preview.isRefused();
}

QString ImportDialog::problem(int file) const
{
    if (file < 0 || file >= fileCount())
        return {};
    const Entry &entry = m_entries[file];
    if (entry.preview.isRefused())
        return tr("Refused: %1 %2").arg(QFileInfo(entry.path).fileName(), entry.preview.refusal);
    return {};
}

QList<MatchSuggestion> ImportDialog::suggestions(int file) const
{
    return m_entries.value(file).suggestions;
}

QString ImportDialog::project() const
{
    return m_project->currentText().trimmed();
}

void ImportDialog::setProject(const QString &project)
{
    m_project->setCurrentText(project);
}

PreviewSettings ImportDialog::settingsFromWidgets() const
{
    PreviewSettings settings;
    settings.delimiter = comboValue<char>(m_delimiter);
    const QVariant quote = m_quote->currentData();
    if (quote.toInt() >= 0)
        settings.quote = char(quote.toInt());
    settings.encoding = comboValue<TextEncoding>(m_encoding);
    if (const std::optional<int> header = comboValue<int>(m_header))
        settings.hasHeader = *header != 0;
    return settings;
}

void ImportDialog::showSettings(const PreviewSettings &settings)
{
    m_updatingWidgets = true;
    setComboValue(m_delimiter, settings.delimiter);
    setComboValue(m_quote, settings.quote);
    setComboValue(m_encoding, settings.encoding);
    setComboValue(m_header,
                  settings.hasHeader ? std::optional<int>(*settings.hasHeader ? 1 : 0)
                                     : std::nullopt);
    m_updatingWidgets = false;
}

void ImportDialog::onSettingChanged()
{
    if (m_updatingWidgets || m_current < 0)
        return;
    m_entries[m_current].settings = settingsFromWidgets();
    requestPreview(m_current);
    showCurrent();
}

void ImportDialog::requestPreview(int file)
{
    Entry &entry = m_entries[file];
    entry.pending = true;
    entry.token = m_nextToken++;
    const quint64 token = entry.token;
    // Only values go to the worker: the dialog may close while it runs.
    QFuture<ImportPreview> future = QtConcurrent::run(
        loadImportPreview, entry.path, entry.settings, previewRecords, previewBytes);
    whenFinished(future, this, [this, file, token](const QFuture<ImportPreview> &done) {
        onPreview(file, token, done.result());
    });
    updateFileItem(file);
    updateImportButton();
}

void ImportDialog::onPreview(int file, quint64 token, const ImportPreview &preview)
{
    Entry &entry = m_entries[file];
    if (token != entry.token)
        return; // a setting changed meanwhile; a newer preview is on its way
    entry.preview = preview;
    entry.pending = false;
    updateSuggestions(file);
    updateFileItem(file);
    updateImportButton();
    if (file == m_current)
        showCurrent();
    emit previewReady(file);
}

void ImportDialog::updateSuggestions(int file)
{
    Entry &entry = m_entries[file];
    entry.suggestions.clear();
    if (!m_schema.isEmpty() && !entry.preview.isRefused() && !entry.preview.header.isEmpty())
        entry.suggestions = AutoMatch::suggest(entry.preview.header, m_schema);
}

void ImportDialog::updateFileItem(int file)
{
    QListWidgetItem *item = m_fileList->item(file);
    const Entry &entry = m_entries[file];
    const QString name = QFileInfo(entry.path).fileName();
    if (entry.pending) {
        item->setText(tr("%1 (reading…)").arg(name));
        item->setIcon({});
        return;
    }
    const QString why = problem(file);
    item->setText(entry.preview.isRefused() ? tr("%1 (refused)").arg(name) : name);
    item->setIcon(why.isEmpty() ? QIcon()
                                : style()->standardIcon(entry.preview.isRefused()
                                                            ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning));
    item->setToolTip(why.isEmpty() ? entry.path : entry.path + QLatin1Char('\n') + why);
}

void ImportDialog::showCurrent()
{
    if (m_current < 0) {
        m_previewModel->clear();
        return;
    }
    const Entry &entry = m_entries[m_current];
    showSettings(entry.settings);
    const ImportPreview &preview = entry.preview;
    const bool refused = !entry.pending && preview.isRefused();
    for (QComboBox *combo : {m_delimiter, m_quote, m_encoding, m_header})
        combo->setEnabled(!refused);
    const QString why = entry.pending ? QString() : problem(m_current);
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (entry.pending && preview.path.isEmpty()) {
        m_detection->setText(tr("Reading %1…").arg(QFileInfo(entry.path).fileName()));
    } else if (refused) {
        m_detection->clear();
    } else {
        const Dialect &d = preview.dialect;
        QString text = tr("Detected: %1, %2, %3 — confidence %4 %")
                           .arg(delimiterName(d.delimiter),
                                encodingLabel(d.encoding),
                                d.hasHeader ? tr("header") : tr("no header"))
                           .arg(qRound(d.confidence * 100));
        if (d.confidence < lowConfidence)
            text += QLatin1Char(' ') + tr("(low: check the preview)");
        text
            += QLatin1Char('\n')
               + (preview.complete
                      ? tr(
                          "%n record(s) in the file; all shown.", nullptr, int(preview.rows.size()))
                      : tr("First %n record(s) shown (from the first %1 KiB of %2 KiB).",
                           nullptr,
                           int(preview.rows.size()))
                            .arg(preview.bytesSampled / 1024)
                            .arg(preview.fileSize / 1024));
        if (!preview.error.isEmpty())
            text += QLatin1Char('\n') + preview.error;
        m_detection->setText(text);
    }
    if (m_previewModel->preview().path != preview.path || !entry.pending)
        m_previewModel->setPreview(refused ? ImportPreview() : preview);

    m_mapping->setRowCount(0);
    for (const MatchSuggestion &s : entry.suggestions) {
        const int row = m_mapping->rowCount();
        m_mapping->insertRow(row);
        m_mapping->setItem(row, 0, new QTableWidgetItem(s.fileColumn));
        m_mapping->setItem(
            row, 1, new QTableWidgetItem(s.schemaColumn.isEmpty() ? tr("(none)") : s.schemaColumn));
        m_mapping->setItem(row,
                           2,
                           new QTableWidgetItem(s.schemaColumnId == 0
                                                    ? QString()
                                                    : tr("%1 % (%2)")
                                                          .arg(qRound(s.confidence * 100))
                                                          .arg(MappingModel::basisLabel(s.basis))));
    }
    const bool showMapping = !entry.suggestions.isEmpty();
    m_mappingTitle->setVisible(showMapping);
    m_mappingColumns->fit(); // items set one by one: no reset to fit on
    m_mapping->setVisible(showMapping);
}

void ImportDialog::updateImportButton()
{
    int ready = 0;
    bool pending = false;
    for (int i = 0; i < fileCount(); ++i) {
        pending = pending || m_entries[i].pending;
        ready += !m_entries[i].pending && problem(i).isEmpty() ? 1 : 0;
    }
    const bool ok = m_database && !project().isEmpty() && ready > 0 && !pending;
    m_importButton->setEnabled(ok);
    m_importButton->setText(ready > 1 ? tr("Import %n Files", nullptr, ready) : tr("Import"));
    m_importButton->setToolTip(!m_database           ? tr("Not connected to a database.")
                               : project().isEmpty() ? tr("Choose a project.")
                                                     : QString());
}

void ImportDialog::accept()
{
    updateImportButton();
    if (!m_importButton->isEnabled())
        return;
    if (m_queue->database() != m_database)
        m_queue->setDatabase(m_database);
    m_queued.clear();
    for (int i = 0; i < fileCount(); ++i) {
        if (!problem(i).isEmpty())
            continue;
        ImportOptions options;
        options.project = project();
        options.path = m_entries[i].path;
        options.overrides = m_entries[i].settings.overrides();
        m_queued << m_queue->enqueue(options);
    }
    emit jobsQueued(m_queued);
    QDialog::accept();
}

ImportDialog *openImportDialog(QWidget *parent,
                               Database *database,
                               const QStringList &paths,
                               const QString &project)
{
    auto *dialog = new ImportDialog(database, paths, project, nullptr, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace stevedore
