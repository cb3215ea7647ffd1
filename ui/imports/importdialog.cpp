// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/importdialog.h"
#include "accessibility.h"

#include "db/database.h"
#include "db/sql.h"
#include "futurewatch.h"
#include "imports/fixedwidtheditor.h"
#include "imports/fixedwidthview.h"
#include "imports/jobqueue.h"
#include "imports/previewmodel.h"
#include "logging/logging.h"
#include "mapping/mappingmodel.h"
#include "source/jsonsource.h"
#include "store/catalog.h"
#include "tablecolumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
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

const QLatin1String fixedSpecKey("imports/fixedSpec");
// A sheet has at most 1,048,576 rows (Excel's limit); more rows to skip make no sense.
constexpr int maxSkipRows = 1048576;

enum PartColumn { PartName, PartRows, PartSize };

QString projectHash(const QString &project)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(project.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// The template last chosen for a project (hashed: a name may hold what QSettings interprets).
QString templateKey(const QString &project)
{
    return QStringLiteral("imports/template/") + projectHash(project);
}

// What the last import into a project allowed: its rejects limit and All or nothing, as a
// template's JSON. Its format and dialect are not carried over: forced onto the next file they
// would overrule detecting a file of another kind (a template keeps them, and the project's
// last template is chosen again).
QString lastSettingsKey(const QString &project)
{
    return QStringLiteral("imports/lastSettings/") + projectHash(project);
}

std::optional<ImportTemplate> lastSettings(const QString &project)
{
    if (project.isEmpty())
        return std::nullopt;
    const QByteArray json = QSettings().value(lastSettingsKey(project)).toByteArray();
    return json.isEmpty() ? std::nullopt : ImportTemplate::fromJson(json, nullptr);
}

// Whether a file with this header has every file column the template's mapping names (exactly,
// or ignoring case and spacing, as importtemplates::applyMapping() matches them).
bool templateMatches(const ImportTemplate &settings, const QStringList &header)
{
    if (settings.mapping.isEmpty() || header.isEmpty())
        return false;
    QSet<QString> names;
    for (const QString &name : header)
        names.insert(name.simplified().toCaseFolded());
    return std::all_of(settings.mapping.cbegin(), settings.mapping.cend(), [&names](const auto &c) {
        return names.contains(c.fileColumn.simplified().toCaseFolded());
    });
}

const QLatin1String limitRejectsKey("imports/limitRejects");
const QLatin1String rejectBudgetKey("imports/rejectBudget"); // as `--max-rejects` reads it
const QLatin1String atomicKey("imports/atomic");
// Offered until a budget is remembered.
constexpr int defaultMaxRejects = 1000;
constexpr double defaultMaxRejectsPercent = 1.0;
// Nine digits keep the field narrow; no file tolerating more rejects needs a budget.
constexpr int maxRejectsLimit = 999999999;

enum RejectsUnit { Rejects, PercentOfRecords };

// A tooltip of a few sentences as a paragraph, which QToolTip wraps (a plain one is a single
// line as wide as the screen); screen readers get the plain text.
void setLongToolTip(QWidget *widget, const QString &text)
{
    widget->setToolTip(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
    widget->setAccessibleDescription(text);
}

QString compressionLabel(Compression compression)
{
    switch (compression) {
    case Compression::Gzip:
        return ImportDialog::tr("gzip-compressed");
    case Compression::Bzip2:
        return ImportDialog::tr("bzip2-compressed");
    case Compression::Xz:
        return ImportDialog::tr("xz-compressed");
    case Compression::Zstd:
        return ImportDialog::tr("zstd-compressed");
    case Compression::Zip:
        return ImportDialog::tr("zip archive");
    case Compression::None:
        break;
    }
    return {};
}

// What Format: Detected found: "Excel", "CSV, gzip-compressed", "CSV in a zip archive".
QString detectedLabel(const SourceKind &kind, SourceFormat partFormat)
{
    if (kind.isWorkbook())
        return formatLabel(kind.format);
    if (kind.isArchive())
        return ImportDialog::tr("%1 in a zip archive").arg(formatLabel(partFormat));
    if (kind.compression != Compression::None)
        return ImportDialog::tr("%1, %2").arg(formatLabel(partFormat),
                                              compressionLabel(kind.compression));
    return formatLabel(partFormat);
}

// The container, when there is one: "Excel workbook, 2 sheets.", "gzip-compressed; read
// decompressed."
QString containerSummary(const SourceKind &kind)
{
    const int parts = int(kind.parts.size());
    if (kind.format == SourceFormat::Xlsx)
        return ImportDialog::tr("Excel workbook, %n sheet(s).", nullptr, parts);
    if (kind.format == SourceFormat::Ods)
        return ImportDialog::tr("OpenDocument spreadsheet, %n sheet(s).", nullptr, parts);
    if (kind.isArchive())
        return ImportDialog::tr("Zip archive, %n file(s).", nullptr, parts);
    if (kind.compression != Compression::None)
        return ImportDialog::tr("%1; read decompressed.").arg(compressionLabel(kind.compression));
    return {};
}

// The format the current settings read the file as: the one forced, else the one found.
SourceFormat effectiveFormat(const PreviewSettings &settings, const ImportPreview &preview)
{
    if (settings.format != SourceFormat::Auto)
        return settings.format;
    if (preview.kind.isWorkbook())
        return preview.kind.format;
    return preview.format;
}

// The size of what the preview's bytes are counted in: the file, an archive member's
// uncompressed size, or -1 when unknown (a compressed file's decompressed size is not known
// before it is read).
qint64 contentSize(const ImportPreview &preview)
{
    if (preview.kind.compression == Compression::None)
        return preview.fileSize;
    for (const SourcePart &part : preview.kind.parts) {
        if (part.name == preview.part)
            return part.bytes;
    }
    return -1;
}

// The last fixed-width columns imported (QSettings), for a file that has none yet.
QList<FixedColumn> rememberedFixedColumns()
{
    const QString spec = QSettings().value(fixedSpecKey).toString();
    if (spec.isEmpty())
        return {};
    QString error;
    return parseFixedSpec(spec.toUtf8(), &error);
}

// A file's choices, kept for the session: the same file opened again shows them.
struct Remembered
{
    PreviewSettings settings;
    QStringList checked;
};

QHash<QString, Remembered> &sessionMemory()
{
    static QHash<QString, Remembered> memory; // the GUI thread's only
    return memory;
}

QString memoryKey(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

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

QString formatLabel(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Auto:
        return ImportDialog::tr("Detect");
    case SourceFormat::Delimited:
        return ImportDialog::tr("CSV");
    case SourceFormat::Xlsx:
        return ImportDialog::tr("Excel");
    case SourceFormat::Ods:
        return ImportDialog::tr("OpenDocument");
    case SourceFormat::Json:
        return ImportDialog::tr("JSON");
    case SourceFormat::JsonLines:
        return ImportDialog::tr("JSON Lines");
    case SourceFormat::FixedWidth:
        return ImportDialog::tr("Fixed width");
    }
    return formatName(format);
}

void addFormatItems(QComboBox *combo)
{
    combo->addItem(formatLabel(SourceFormat::Auto), int(SourceFormat::Auto));
    for (const SourceFormat format : {SourceFormat::Delimited,
                                      SourceFormat::Xlsx,
                                      SourceFormat::Ods,
                                      SourceFormat::Json,
                                      SourceFormat::JsonLines,
                                      SourceFormat::FixedWidth})
        combo->addItem(formatLabel(format), int(format));
}

void addDialectItems(QComboBox *delimiter, QComboBox *quote, QComboBox *encoding, QComboBox *header)
{
    delimiter->addItem(ImportDialog::tr("Detect"), autoValue);
    delimiter->addItem(ImportDialog::tr("Comma ( , )"), int(','));
    delimiter->addItem(ImportDialog::tr("Semicolon ( ; )"), int(';'));
    delimiter->addItem(ImportDialog::tr("Tab"), int('\t'));
    delimiter->addItem(ImportDialog::tr("Pipe ( | )"), int('|'));
    quote->addItem(ImportDialog::tr("Double quote ( \" )"), autoValue);
    quote->addItem(ImportDialog::tr("Single quote ( ' )"), int('\''));
    quote->addItem(ImportDialog::tr("None"), 0);
    quote->setToolTip(ImportDialog::tr("The character that encloses fields holding the delimiter "
                                       "or line breaks; None reads quotes as plain text."));
    encoding->addItem(ImportDialog::tr("Detect"), autoValue);
    for (const TextEncoding each : {TextEncoding::Utf8,
                                    TextEncoding::Utf8Bom,
                                    TextEncoding::Utf16LE,
                                    TextEncoding::Utf16BE,
                                    TextEncoding::Utf32LE,
                                    TextEncoding::Utf32BE,
                                    TextEncoding::Windows1252})
        encoding->addItem(encodingLabel(each), int(each));
    header->addItem(ImportDialog::tr("Detect"), autoValue);
    header->addItem(ImportDialog::tr("First record is the header"), 1);
    header->addItem(ImportDialog::tr("No header"), 0);
}

QString importFileFilter()
{
    return ImportDialog::tr(
        "Files to import (*.csv *.tsv *.txt *.dat *.xlsx *.ods *.json *.jsonl *.ndjson *.zip *.gz "
        "*.bz2 *.xz *.zst);;Delimited text (*.csv *.tsv *.txt);;Workbooks (*.xlsx *.ods);;JSON "
        "(*.json *.jsonl *.ndjson);;Archives and compressed files (*.zip *.gz *.bz2 *.xz "
        "*.zst);;All files (*)");
}

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
    for (const QString &path : paths) {
        Entry entry;
        entry.path = path;
        m_entries.append(entry);
    }
    restoreRemembered();
    createWidgets(project);
    if (const std::optional<ImportTemplate> last = lastSettings(project))
        setRejectsChoices(last->rejectBudget, last->atomic);
    loadProjects();
    loadSchema();
    loadTemplates();
    for (int i = 0; i < fileCount(); ++i)
        requestPreview(i);
    setCurrentFile(fileCount() > 0 ? 0 : -1);
    resize(960, 640);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::restoreRemembered()
{
    for (Entry &entry : m_entries) {
        const auto remembered = sessionMemory().constFind(memoryKey(entry.path));
        if (remembered == sessionMemory().cend())
            continue;
        entry.settings = remembered->settings;
        entry.checked = remembered->checked;
    }
}

void ImportDialog::createWidgets(const QString &project)
{
    createSourceWidgets(project);
    createFormatWidgets();
    createPartsWidgets();
    createSettingsWidgets();
    createRejectsWidgets();
    createPreviewWidgets();
    createButtons();
    createLayout();
    setTabOrder();
}

void ImportDialog::createFormatWidgets()
{
    m_format = new QComboBox;
    addFormatItems(m_format);
    m_format->setToolTip(tr("What the file holds. Detected from its content; choose another "
                            "kind to read it as that (fixed-width text is never detected)."));
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::onSettingChanged);

    m_skipRows = new QSpinBox;
    m_skipRows->setRange(0, maxSkipRows);
    m_skipRows->setToolTip(tr("Rows above the header row to leave out (a title, notes)."));
    connect(m_skipRows, &QSpinBox::valueChanged, this, &ImportDialog::onSettingChanged);

    m_fixedEditor = new FixedWidthEditor;
    m_fixedEditor->hide();
    connect(m_fixedEditor,
            &FixedWidthEditor::columnsChanged,
            this,
            &ImportDialog::onFixedColumnsChanged);
}

void ImportDialog::createPartsWidgets()
{
    m_partsLabel = new QLabel;
    m_allParts = new QCheckBox;
    m_allParts->setToolTip(tr("Check or uncheck every part at once."));
    connect(m_allParts, &QCheckBox::clicked, this, &ImportDialog::onAllPartsClicked);
    m_parts = new QTreeWidget;
    setAccessibleText(m_parts,
                      tr("Parts of the file"),
                      tr("The sheets of the workbook or the files of the archive: the checked "
                         "ones are imported, each as a file of the project; the selected one "
                         "is previewed"));
    m_parts->setHeaderLabels({tr("Name"), tr("Rows"), tr("Size")});
    m_parts->setRootIsDecorated(false);
    m_parts->setUniformRowHeights(true);
    m_parts->setAllColumnsShowFocus(true);
    m_parts->header()->setStretchLastSection(false);
    m_parts->header()->setSectionResizeMode(PartName, QHeaderView::Stretch);
    m_parts->header()->setSectionResizeMode(PartRows, QHeaderView::ResizeToContents);
    m_parts->header()->setSectionResizeMode(PartSize, QHeaderView::ResizeToContents);
    m_partsLabel->setBuddy(m_parts);
    connect(m_parts, &QTreeWidget::itemChanged, this, &ImportDialog::onPartItemChanged);
    connect(
        m_parts, &QTreeWidget::currentItemChanged, this, &ImportDialog::onCurrentPartItemChanged);

    m_partsBox = new QWidget;
    auto *top = new QHBoxLayout;
    top->addWidget(m_partsLabel);
    top->addStretch();
    top->addWidget(m_allParts);
    auto *layout = new QVBoxLayout(m_partsBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_parts, 1);
    m_partsBox->hide();
}

void ImportDialog::createSourceWidgets(const QString &project)
{
    m_project = new QComboBox;
    m_project->setEditable(true);
    m_project->setInsertPolicy(QComboBox::NoInsert);
    m_project->setCurrentText(project);
    m_project->setToolTip(tr("The project to import into; a new name creates the project."));
    connect(m_project, &QComboBox::currentTextChanged, this, &ImportDialog::updateImportButton);
    m_template = new QComboBox;
    m_template->addItem(tr("None"), QString());
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setLongToolTip(m_template,
                   tr("A named import template (Tools → Import Templates…): its format, dialect, "
                      "sheet, rejects limit and All or nothing are set for every file, and its "
                      "mapping is given to each file imported. Templates matching the file's "
                      "columns come first."));
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingWidgets)
            applyChosenTemplate();
    });

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
    m_quote = new QComboBox;
    m_encoding = new QComboBox;
    m_header = new QComboBox;
    addDialectItems(m_delimiter, m_quote, m_encoding, m_header);
    for (QComboBox *combo : {m_delimiter, m_quote, m_encoding, m_header})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::onSettingChanged);
    m_applyAll = new QPushButton(tr("Apply to All Files"));
    m_applyAll->setEnabled(fileCount() > 1);
    connect(m_applyAll, &QPushButton::clicked, this, &ImportDialog::applyToAll);
}

// The two fields share one place: the unit shows the count's or the share's, and each keeps
// its value when the other is shown.
void ImportDialog::createRejectsWidgets()
{
    const QString budgetTip
        = tr("When more of a file's records than this are rejected, its import stops at the next "
             "batch boundary as a failed job and keeps the records it committed (All or nothing "
             "removes them). Unchecked: no limit.");
    m_limitRejects = new QCheckBox(tr("S&top after more than"));
    setLongToolTip(m_limitRejects, budgetTip);
    m_maxRejects = new QSpinBox;
    m_maxRejects->setRange(0, maxRejectsLimit);
    m_maxRejects->setValue(defaultMaxRejects);
    m_maxRejects->setGroupSeparatorShown(true);
    setLongToolTip(m_maxRejects, budgetTip);
    setAccessibleText(m_maxRejects, tr("Most rejects"));
    m_maxRejectsPercent = new QDoubleSpinBox;
    m_maxRejectsPercent->setRange(0, 100);
    m_maxRejectsPercent->setDecimals(2);
    m_maxRejectsPercent->setSingleStep(0.5);
    m_maxRejectsPercent->setValue(defaultMaxRejectsPercent);
    setLongToolTip(m_maxRejectsPercent, budgetTip);
    setAccessibleText(m_maxRejectsPercent, tr("Most rejects, in percent of the records"));
    m_maxRejectsStack = new QStackedWidget;
    m_maxRejectsStack->addWidget(m_maxRejects);
    m_maxRejectsStack->addWidget(m_maxRejectsPercent);
    // As wide as a number needs: a stacked widget takes a share of the row's spare room.
    m_maxRejectsStack->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_rejectsUnit = new QComboBox;
    m_rejectsUnit->addItem(tr("rejects"), Rejects);
    m_rejectsUnit->addItem(tr("% of the records"), PercentOfRecords);
    m_rejectsUnit->setToolTip(tr("A number of rejects, or a share of the records read so far "
                                 "(imported and rejected)."));
    setAccessibleText(m_rejectsUnit, tr("Unit of the most rejects"));
    m_atomic = new QCheckBox(tr("All o&r nothing"));
    setLongToolTip(m_atomic,
                   tr("A failed import (over its budget, unreadable, refused by the "
                      "database) removes the file's records entirely, as if it had never "
                      "been imported. A cancelled or paused one can still be resumed."));
    restoreRejectsChoices();
    connect(m_limitRejects, &QCheckBox::toggled, this, &ImportDialog::updateRejectsWidgets);
    connect(
        m_rejectsUnit, &QComboBox::currentIndexChanged, this, &ImportDialog::updateRejectsWidgets);
}

void ImportDialog::restoreRejectsChoices()
{
    const QSettings settings;
    const std::optional<RejectBudget> budget
        = RejectBudget::parse(settings.value(rejectBudgetKey).toString());
    if (budget && budget->isPercent())
        m_maxRejectsPercent->setValue(budget->maxPercent());
    else if (budget && budget->isSet())
        m_maxRejects->setValue(int(std::min<qint64>(budget->maxCount(), maxRejectsLimit)));
    m_rejectsUnit->setCurrentIndex(budget && budget->isPercent() ? PercentOfRecords : Rejects);
    m_limitRejects->setChecked(settings.value(limitRejectsKey, false).toBool());
    m_atomic->setChecked(settings.value(atomicKey, false).toBool());
    updateRejectsWidgets();
}

// The number is kept while the limit is off, for when it is on again.
void ImportDialog::saveRejectsChoices() const
{
    QSettings settings;
    settings.setValue(limitRejectsKey, m_limitRejects->isChecked());
    settings.setValue(rejectBudgetKey, fieldsBudget().toString());
    settings.setValue(atomicKey, m_atomic->isChecked());
}

// The rejects choices, for the next import into the project.
void ImportDialog::saveLastSettings() const
{
    if (project().isEmpty())
        return;
    ImportTemplate last;
    last.rejectBudget = rejectBudget();
    last.atomic = isAtomic();
    QSettings().setValue(lastSettingsKey(project()),
                         QJsonDocument(QJsonObject::fromVariantMap(last.toVariant()))
                             .toJson(QJsonDocument::Compact));
}

void ImportDialog::updateRejectsWidgets()
{
    const bool percent = m_rejectsUnit->currentData().toInt() == PercentOfRecords;
    m_maxRejectsStack->setCurrentWidget(percent ? static_cast<QWidget *>(m_maxRejectsPercent)
                                                : m_maxRejects);
    m_maxRejectsStack->setEnabled(m_limitRejects->isChecked());
    m_rejectsUnit->setEnabled(m_limitRejects->isChecked());
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
    m_settingsForm = new QFormLayout;
    m_settingsForm->addRow(tr("F&ormat:"), m_format);
    m_settingsForm->addRow(tr("&Delimiter:"), m_delimiter);
    m_settingsForm->addRow(tr("&Quote:"), m_quote);
    m_settingsForm->addRow(tr("&Encoding:"), m_encoding);
    m_settingsForm->addRow(tr("&Header:"), m_header);
    m_settingsForm->addRow(tr("S&kip rows:"), m_skipRows);
    auto *settingsRow = new QHBoxLayout;
    settingsRow->addLayout(m_settingsForm);
    settingsRow->addWidget(m_partsBox, 1);
    auto *side = new QVBoxLayout;
    side->addStretch();
    side->addWidget(m_applyAll);
    settingsRow->addLayout(side);
    settingsRow->addStretch();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(settingsRow);
    rightLayout->addWidget(m_fixedEditor, 1);
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

    auto *rejects = new QHBoxLayout;
    rejects->addWidget(m_maxRejectsStack);
    rejects->addWidget(m_rejectsUnit);
    rejects->addSpacing(fontMetrics().averageCharWidth() * 4); // apart: it is not the budget
    rejects->addWidget(m_atomic);
    rejects->addStretch();
    auto *top = new QFormLayout;
    top->addRow(tr("&Project:"), m_project);
    top->addRow(tr("&Template:"), m_template);
    top->addRow(m_limitRejects, rejects);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
}

// The order the eye reads the dialog in: the project and what applies to every job, the files, what
// the file is and which of its parts, how to read it, the preview, the buttons.
void ImportDialog::setTabOrder()
{
    const QList<QWidget *> chain{m_project,
                                 m_template,
                                 m_limitRejects,
                                 m_maxRejects,
                                 m_maxRejectsPercent,
                                 m_rejectsUnit,
                                 m_atomic,
                                 m_fileList,
                                 m_format,
                                 m_allParts,
                                 m_parts,
                                 m_delimiter,
                                 m_quote,
                                 m_encoding,
                                 m_header,
                                 m_skipRows,
                                 m_applyAll,
                                 m_fixedEditor->view(),
                                 m_fixedEditor->namesTable(),
                                 m_fixedEditor->loadButton(),
                                 m_fixedEditor->saveButton(),
                                 m_fixedEditor->clearButton(),
                                 m_previewTable,
                                 m_mapping};
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
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

void ImportDialog::loadTemplates()
{
    if (!m_database)
        return;
    auto future = m_database->read([](QSqlDatabase &db) { return importtemplates::list(Sql(db)); },
                                   ReadConsistency::Primary);
    whenFinished(future, this, [this](const QFuture<QList<ImportTemplate>> &done) {
        if (const QString failure = failureOf(done); !failure.isEmpty()) {
            logger(LogCategory::Ui)->debug("no import templates: {}", failure.toStdString());
            emit templatesLoaded();
            return;
        }
        m_templates = done.result();
        updateTemplateMatches();
        // The project's last template is chosen again, unless the user chose meanwhile.
        const QString remembered = QSettings().value(templateKey(project())).toString();
        if (m_template->currentIndex() == 0 && !remembered.isEmpty())
            chooseTemplate(remembered);
        emit templatesLoaded();
    });
}

// Lists the templates, those the current file matches first (marked), keeping the choice.
void ImportDialog::updateTemplateMatches()
{
    const QStringList header = m_current >= 0 ? m_entries[m_current].preview.header : QStringList();
    QList<std::pair<bool, int>> order; // matches, index in m_templates
    for (int i = 0; i < m_templates.size(); ++i)
        order.append({templateMatches(m_templates[i], header), i});
    std::stable_sort(
        order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList texts;
    QStringList names;
    for (const auto &[matches, index] : order) {
        const QString &name = m_templates[index].name;
        texts << (matches ? tr("%1 — matches this file").arg(name) : name);
        names << name;
    }
    bool same = m_template->count() == texts.size() + 1;
    for (int i = 0; same && i < texts.size(); ++i)
        same = m_template->itemText(i + 1) == texts[i];
    if (same)
        return; // an open list stays open
    const QString chosen = m_template->currentData().toString();
    const bool was = m_updatingWidgets;
    m_updatingWidgets = true;
    while (m_template->count() > 1)
        m_template->removeItem(1);
    for (int i = 0; i < texts.size(); ++i)
        m_template->addItem(texts[i], names[i]);
    m_template->setCurrentIndex(std::max(0, m_template->findData(chosen)));
    m_updatingWidgets = was;
}

std::optional<ImportTemplate> ImportDialog::chosenTemplate() const
{
    const QString name = m_template->currentData().toString();
    for (const ImportTemplate &settings : m_templates) {
        if (!name.isEmpty() && settings.name == name)
            return settings;
    }
    return std::nullopt;
}

void ImportDialog::chooseTemplate(const QString &name)
{
    for (int i = 1; i < m_template->count(); ++i) {
        if (m_template->itemData(i).toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_template->setCurrentIndex(i); // applies it
            return;
        }
    }
}

// Every file's settings, the budget and All or nothing as the chosen template says; None
// leaves them as they are.
void ImportDialog::applyChosenTemplate()
{
    const std::optional<ImportTemplate> chosen = chosenTemplate();
    if (!chosen)
        return;
    for (int i = 0; i < fileCount(); ++i) {
        PreviewSettings settings = m_entries[i].settings;
        settings.format = chosen->format.value_or(SourceFormat::Auto);
        settings.delimiter = chosen->overrides.delimiter;
        settings.quote = chosen->overrides.quote;
        settings.encoding = chosen->overrides.encoding;
        settings.hasHeader = chosen->overrides.hasHeader;
        settings.skipRows = chosen->skipRows;
        if (!chosen->sheet.isEmpty())
            settings.part = chosen->sheet;
        if (!chosen->fixedColumns.isEmpty())
            settings.fixedColumns = chosen->fixedColumns;
        changeSettings(i, settings);
    }
    setRejectsChoices(chosen->rejectBudget, chosen->atomic);
    showCurrent();
}

void ImportDialog::setRejectsChoices(const RejectBudget &budget, bool atomic)
{
    m_limitRejects->setChecked(budget.isSet());
    if (budget.isPercent())
        m_maxRejectsPercent->setValue(budget.maxPercent());
    else if (budget.isSet())
        m_maxRejects->setValue(int(std::min<qint64>(budget.maxCount(), maxRejectsLimit)));
    if (budget.isSet())
        m_rejectsUnit->setCurrentIndex(budget.isPercent() ? PercentOfRecords : Rejects);
    m_atomic->setChecked(atomic);
    updateRejectsWidgets();
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
    changeSettings(file, settings);
    if (file == m_current)
        showCurrent();
}

// A change of anything but the part previewed may change whether the other parts can be read.
void ImportDialog::changeSettings(int file, const PreviewSettings &settings)
{
    Entry &entry = m_entries[file];
    PreviewSettings samePart = settings;
    samePart.part = entry.settings.part;
    if (!(samePart == entry.settings))
        entry.partRefusals.clear();
    if (settings.format != entry.settings.format) {
        // Another kind of file has other parts (an archive's members, not a workbook's
        // sheets): start again from the first.
        entry.parts.clear();
        entry.settings = settings;
        entry.settings.part.clear();
    } else {
        entry.settings = settings;
    }
    requestPreview(file);
}

void ImportDialog::applyToAll()
{
    if (m_current < 0)
        return;
    const PreviewSettings current = m_entries[m_current].settings;
    for (int i = 0; i < fileCount(); ++i) {
        PreviewSettings copy = current;
        copy.part = m_entries[i].settings.part; // a sheet's name means nothing in another file
        if (i != m_current && !(m_entries[i].settings == copy))
            setSettings(i, copy);
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
    return m_entries.value(file).preview.isFileRefused();
}

QString ImportDialog::problem(int file) const
{
    if (file < 0 || file >= fileCount())
        return {};
    const Entry &entry = m_entries[file];
    const QString name = QFileInfo(entry.path).fileName();
    if (entry.preview.isFileRefused())
        return tr("Refused: %1 %2").arg(name, entry.preview.refusal);
    if (!entry.parts.isEmpty()) {
        if (entry.checked.isEmpty())
            return entry.preview.kind.isWorkbook()
                       ? tr("No sheet of %1 is checked: check the sheets to import.").arg(name)
                       : tr("No file of %1 is checked: check the files to import.").arg(name);
        if (importableParts(entry).isEmpty()) {
            const QString part = entry.checked.first();
            return tr("Refused: %1 %2")
                .arg(partFileName(name, part), entry.partRefusals.value(part));
        }
    }
    if (!entry.preview.isRefused()
        && effectiveFormat(entry.settings, entry.preview) == SourceFormat::FixedWidth
        && entry.settings.fixedColumns.isEmpty())
        return tr("Fixed-width text needs columns: click between two characters of the lines "
                  "above to cut them, or load a spec.");
    return {};
}

QStringList ImportDialog::importableParts(const Entry &entry) const
{
    QStringList parts;
    for (const QString &part : entry.checked) {
        if (!entry.partRefusals.contains(part))
            parts << part;
    }
    return parts;
}

QList<MatchSuggestion> ImportDialog::suggestions(int file) const
{
    return m_entries.value(file).suggestions;
}

QList<SourcePart> ImportDialog::parts(int file) const
{
    return m_entries.value(file).parts;
}

QStringList ImportDialog::checkedParts(int file) const
{
    return m_entries.value(file).checked;
}

void ImportDialog::setPartChecked(int file, const QString &part, bool checked)
{
    if (file < 0 || file >= fileCount())
        return;
    Entry &entry = m_entries[file];
    QStringList now;
    for (const SourcePart &p : std::as_const(entry.parts)) {
        if (p.name == part ? checked : entry.checked.contains(p.name))
            now << p.name;
    }
    if (now == entry.checked)
        return;
    entry.checked = now;
    updateFileItem(file);
    updateImportButton();
    if (file == m_current)
        showCurrent();
}

void ImportDialog::setAllPartsChecked(int file, bool checked)
{
    if (file < 0 || file >= fileCount())
        return;
    Entry &entry = m_entries[file];
    entry.checked.clear();
    if (checked) {
        for (const SourcePart &part : std::as_const(entry.parts))
            entry.checked << part.name;
    }
    updateFileItem(file);
    updateImportButton();
    if (file == m_current)
        showCurrent();
}

void ImportDialog::setCurrentPart(int file, const QString &part)
{
    if (file < 0 || file >= fileCount())
        return;
    Entry &entry = m_entries[file];
    const QString shown = entry.settings.part.isEmpty() ? entry.preview.part : entry.settings.part;
    if (part == shown && !entry.pending)
        return;
    entry.settings.part = part;
    requestPreview(file);
    if (file == m_current)
        showCurrent();
}

int ImportDialog::jobCount() const
{
    int jobs = 0;
    for (int i = 0; i < fileCount(); ++i) {
        const Entry &entry = m_entries[i];
        if (entry.pending || !problem(i).isEmpty())
            continue;
        jobs += entry.parts.isEmpty() ? 1 : int(importableParts(entry).size());
    }
    return jobs;
}

QString ImportDialog::project() const
{
    return m_project->currentText().trimmed();
}

void ImportDialog::setProject(const QString &project)
{
    m_project->setCurrentText(project);
}

RejectBudget ImportDialog::rejectBudget() const
{
    return m_limitRejects->isChecked() ? fieldsBudget() : RejectBudget();
}

RejectBudget ImportDialog::fieldsBudget() const
{
    if (m_rejectsUnit->currentData().toInt() == PercentOfRecords)
        return RejectBudget::percent(m_maxRejectsPercent->value());
    return RejectBudget::count(m_maxRejects->value());
}

bool ImportDialog::isAtomic() const
{
    return m_atomic->isChecked();
}

PreviewSettings ImportDialog::settingsFromWidgets() const
{
    PreviewSettings settings = m_entries[m_current].settings;
    settings.format = SourceFormat(m_format->currentData().toInt());
    settings.delimiter = comboValue<char>(m_delimiter);
    const QVariant quote = m_quote->currentData();
    settings.quote = quote.toInt() >= 0 ? std::optional<char>(char(quote.toInt())) : std::nullopt;
    settings.encoding = comboValue<TextEncoding>(m_encoding);
    const std::optional<int> header = comboValue<int>(m_header);
    settings.hasHeader = header ? std::optional<bool>(*header != 0) : std::nullopt;
    settings.skipRows = m_skipRows->value();
    return settings;
}

void ImportDialog::showSettings(const PreviewSettings &settings)
{
    m_updatingWidgets = true;
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(settings.format))));
    setComboValue(m_delimiter, settings.delimiter);
    setComboValue(m_quote, settings.quote);
    setComboValue(m_encoding, settings.encoding);
    setComboValue(m_header,
                  settings.hasHeader ? std::optional<int>(*settings.hasHeader ? 1 : 0)
                                     : std::nullopt);
    m_skipRows->setValue(settings.skipRows);
    m_updatingWidgets = false;
}

void ImportDialog::onSettingChanged()
{
    if (m_updatingWidgets || m_current < 0)
        return;
    PreviewSettings settings = settingsFromWidgets();
    if (settings.format == SourceFormat::FixedWidth && settings.fixedColumns.isEmpty())
        settings.fixedColumns = rememberedFixedColumns();
    changeSettings(m_current, settings);
    showCurrent();
}

void ImportDialog::onFixedColumnsChanged(const QList<FixedColumn> &columns)
{
    if (m_current < 0)
        return;
    PreviewSettings settings = m_entries[m_current].settings;
    settings.fixedColumns = columns;
    changeSettings(m_current, settings);
    showCurrent();
}

void ImportDialog::onPartItemChanged(QTreeWidgetItem *item)
{
    if (m_updatingWidgets || m_current < 0)
        return;
    setPartChecked(m_current,
                   item->data(PartName, Qt::UserRole).toString(),
                   item->checkState(PartName) == Qt::Checked);
}

void ImportDialog::onCurrentPartItemChanged(QTreeWidgetItem *item)
{
    if (m_updatingWidgets || m_current < 0 || !item)
        return;
    setCurrentPart(m_current, item->data(PartName, Qt::UserRole).toString());
}

void ImportDialog::onAllPartsClicked()
{
    if (m_current < 0)
        return;
    const Entry &entry = m_entries[m_current];
    setAllPartsChecked(m_current, entry.checked.size() < entry.parts.size());
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
    updateParts(entry);
    if (entry.settings.format == SourceFormat::Auto && !preview.isFileRefused()) {
        entry.detected = preview.kind;
        entry.detectedFormat = preview.format;
    }
    updateSuggestions(file);
    updateFileItem(file);
    updateImportButton();
    if (file == m_current)
        showCurrent();
    emit previewReady(file);
}

// The parts as the preview found them; the checked ones that are still there stay checked
// (the first when none is), and the part read is known readable or not.
void ImportDialog::updateParts(Entry &entry)
{
    const ImportPreview &preview = entry.preview;
    if (preview.isFileRefused() || !preview.kind.hasParts()) {
        entry.parts.clear();
        entry.checked.clear();
        entry.partRefusals.clear();
        return;
    }
    entry.parts = preview.kind.parts;
    QStringList checked;
    for (const SourcePart &part : std::as_const(entry.parts)) {
        if (entry.checked.contains(part.name))
            checked << part.name;
    }
    if (checked.isEmpty() && !entry.parts.isEmpty())
        checked << entry.parts.first().name;
    entry.checked = checked;
    if (preview.isRefused()) {
        const QString part
            = entry.settings.part.isEmpty() ? entry.parts.first().name : entry.settings.part;
        entry.partRefusals.insert(part, preview.refusal);
    } else {
        entry.partRefusals.remove(preview.part);
    }
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
    const bool refused = entry.preview.isFileRefused();
    QString text = name;
    if (refused)
        text = tr("%1 (refused)").arg(name);
    else if (entry.preview.kind.isWorkbook())
        text = tr("%1 (%n sheet(s))", nullptr, int(entry.parts.size())).arg(name);
    else if (entry.preview.kind.isArchive())
        text = tr("%1 (%n file(s))", nullptr, int(entry.parts.size())).arg(name);
    item->setText(text);
    item->setIcon(why.isEmpty() ? QIcon()
                                : style()->standardIcon(refused ? QStyle::SP_MessageBoxCritical
                                                                : QStyle::SP_MessageBoxWarning));
    item->setToolTip(why.isEmpty() ? entry.path : entry.path + QLatin1Char('\n') + why);
}

// Why the current file, or the part of it shown, will not be imported.
QString ImportDialog::currentProblem() const
{
    const Entry &entry = m_entries[m_current];
    if (entry.pending)
        return {};
    const ImportPreview &preview = entry.preview;
    if (preview.isRefused() && !preview.isFileRefused() && !entry.parts.isEmpty()) {
        const QString part
            = entry.settings.part.isEmpty() ? entry.parts.first().name : entry.settings.part;
        return tr("Refused: %1 %2")
            .arg(partFileName(QFileInfo(entry.path).fileName(), part), preview.refusal);
    }
    return problem(m_current);
}

void ImportDialog::showCurrent()
{
    if (m_current < 0) {
        m_previewModel->clear();
        return;
    }
    const Entry &entry = m_entries[m_current];
    updateTemplateMatches();
    showSettings(entry.settings);
    showFormat(entry);
    showParts(entry);
    showFixedWidth(entry);
    const ImportPreview &preview = entry.preview;
    const bool refused = !entry.pending && preview.isFileRefused();
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_delimiter, m_quote, m_encoding, m_header, m_skipRows})
        widget->setEnabled(!refused);
    const QString why = currentProblem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (entry.pending && preview.path.isEmpty())
        m_detection->setText(tr("Reading %1…").arg(QFileInfo(entry.path).fileName()));
    else if (refused)
        m_detection->clear();
    else
        m_detection->setText(summary(entry));
    if (m_previewModel->preview().path != preview.path || !entry.pending)
        m_previewModel->setPreview(preview.isRefused() ? ImportPreview() : preview);
    showMapping(entry);
}

// The Format combo names what was detected; the settings rows are those of the format read.
void ImportDialog::showFormat(const Entry &entry)
{
    m_format->setItemText(
        0,
        entry.detected
            ? tr("Detected: %1").arg(detectedLabel(*entry.detected, entry.detectedFormat))
            : formatLabel(SourceFormat::Auto));
    const SourceFormat format = effectiveFormat(entry.settings, entry.preview);
    const bool delimited = format == SourceFormat::Delimited;
    m_settingsForm->setRowVisible(m_delimiter, delimited);
    m_settingsForm->setRowVisible(m_quote, delimited);
    m_settingsForm->setRowVisible(m_header, delimited);
    m_settingsForm->setRowVisible(m_encoding, delimited || format == SourceFormat::FixedWidth);
    m_settingsForm->setRowVisible(m_skipRows,
                                  format == SourceFormat::Xlsx || format == SourceFormat::Ods);
}

void ImportDialog::showParts(const Entry &entry)
{
    m_partsBox->setVisible(!entry.parts.isEmpty());
    if (entry.parts.isEmpty())
        return;
    const bool workbook = entry.preview.kind.isWorkbook();
    const int count = int(entry.parts.size());
    m_partsLabel->setText(workbook ? tr("&Sheets:") : tr("Fi&les in the archive:"));
    m_allParts->setText(workbook ? tr("&All %n sheet(s)", nullptr, count)
                                 : tr("&All %n file(s)", nullptr, count));
    m_updatingWidgets = true;
    m_allParts->setCheckState(entry.checked.isEmpty()         ? Qt::Unchecked
                              : entry.checked.size() == count ? Qt::Checked
                                                              : Qt::PartiallyChecked);
    const QString current
        = entry.settings.part.isEmpty() ? entry.parts.first().name : entry.settings.part;
    bool same = m_parts->topLevelItemCount() == count;
    for (int i = 0; same && i < count; ++i)
        same = m_parts->topLevelItem(i)->data(PartName, Qt::UserRole).toString()
               == entry.parts[i].name;
    if (!same) {
        m_parts->clear();
        for (const SourcePart &part : entry.parts) {
            auto *item = new QTreeWidgetItem(m_parts);
            item->setText(PartName, part.name);
            item->setData(PartName, Qt::UserRole, part.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setText(PartRows, part.rows >= 0 ? locale().toString(part.rows) : QString());
            item->setText(PartSize,
                          part.bytes >= 0 ? locale().formattedDataSize(part.bytes) : QString());
            item->setTextAlignment(PartRows, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(PartSize, Qt::AlignRight | Qt::AlignVCenter);
            QString tip = partFileName(QFileInfo(entry.path).fileName(), part.name);
            if (part.rows >= 0)
                tip += QLatin1Char('\n')
                       + tr("%n row(s)", nullptr, int(std::min<qint64>(part.rows, INT_MAX)));
            if (part.bytes >= 0)
                tip += QLatin1Char('\n') + locale().formattedDataSize(part.bytes);
            item->setToolTip(PartName, tip);
        }
    }
    // As tall as its rows (three to eight), so that the preview below keeps the room.
    const int rowHeight = std::max(m_parts->sizeHintForRow(0), fontMetrics().height() + 4);
    m_parts->setMaximumHeight(m_parts->header()->sizeHint().height()
                              + std::clamp(count, 3, 8) * rowHeight + 2 * m_parts->frameWidth());
    for (int i = 0; i < count; ++i) {
        QTreeWidgetItem *item = m_parts->topLevelItem(i);
        const QString name = entry.parts[i].name;
        item->setCheckState(PartName, entry.checked.contains(name) ? Qt::Checked : Qt::Unchecked);
        const QString refusal = entry.partRefusals.value(name);
        item->setIcon(PartName,
                      refusal.isEmpty() ? QIcon()
                                        : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (name == current && m_parts->currentItem() != item)
            m_parts->setCurrentItem(item);
    }
    m_updatingWidgets = false;
}

void ImportDialog::showFixedWidth(const Entry &entry)
{
    const bool fixed = effectiveFormat(entry.settings, entry.preview) == SourceFormat::FixedWidth;
    m_fixedEditor->setVisible(fixed);
    if (!fixed)
        return;
    if (!entry.pending || !entry.preview.rawLines.isEmpty())
        m_fixedEditor->setLines(entry.preview.rawLines);
    if (m_fixedEditor->columns() != entry.settings.fixedColumns)
        m_fixedEditor->setColumns(entry.settings.fixedColumns);
}

void ImportDialog::showMapping(const Entry &entry)
{
    m_mapping->setRowCount(0);
    // A template's mapping is what the file will get: shown instead of the suggestions.
    if (const std::optional<ImportTemplate> chosen = chosenTemplate();
        chosen && !chosen->mapping.isEmpty()) {
        QSet<QString> header;
        for (const QString &name : entry.preview.header)
            header.insert(name.simplified().toCaseFolded());
        for (const ImportTemplate::Column &column : chosen->mapping) {
            const int row = m_mapping->rowCount();
            m_mapping->insertRow(row);
            m_mapping->setItem(row, 0, new QTableWidgetItem(column.fileColumn));
            m_mapping->setItem(row, 1, new QTableWidgetItem(column.schemaColumn));
            const bool found = header.contains(column.fileColumn.simplified().toCaseFolded());
            m_mapping->setItem(
                row,
                2,
                new QTableWidgetItem(!found ? tr("not in this file: left out")
                                     : column.transform.isEmpty()
                                         ? tr("template")
                                         : tr("template, transform %1").arg(column.transform)));
        }
        m_mappingTitle->setText(tr("Mapping from the template “%1” (given to the file after the "
                                   "import):")
                                    .arg(chosen->name));
        m_mapping->setHorizontalHeaderItem(2, new QTableWidgetItem(tr("From")));
        m_mappingTitle->setVisible(true);
        m_mappingColumns->fit();
        m_mapping->setVisible(true);
        return;
    }
    m_mappingTitle->setText(tr("Suggested mapping (from column names; edit it in the Mapping "
                               "view after the import):"));
    m_mapping->setHorizontalHeaderItem(2, new QTableWidgetItem(tr("Confidence")));
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
    const bool visible = !entry.suggestions.isEmpty();
    m_mappingTitle->setVisible(visible);
    m_mappingColumns->fit(); // items set one by one: no reset to fit on
    m_mapping->setVisible(visible);
}

// What the file is, how it is read, and how much of it the preview shows.
QString ImportDialog::summary(const Entry &entry) const
{
    const ImportPreview &preview = entry.preview;
    QStringList lines;
    if (const QString container = containerSummary(preview.kind); !container.isEmpty())
        lines << container;
    if (const QString reading = dialectSummary(entry); !reading.isEmpty())
        lines << reading;
    const int rows = int(preview.rows.size());
    const bool fixed = effectiveFormat(entry.settings, preview) == SourceFormat::FixedWidth;
    if (preview.isRefused())
        ; // the problem label says why; nothing was read
    else if (fixed && entry.settings.fixedColumns.isEmpty())
        lines << tr(
            "First %n line(s) of the file shown above.", nullptr, int(preview.rawLines.size()));
    else if (preview.complete)
        lines << tr("%n record(s) in the file; all shown.", nullptr, rows);
    else if (preview.kind.isWorkbook())
        lines << tr("First %n record(s) shown.", nullptr, rows);
    else if (const qint64 size = contentSize(preview); size >= 0)
        lines << tr("First %n record(s) shown (from the first %1 KiB of %2 KiB).", nullptr, rows)
                     .arg(preview.bytesSampled / 1024)
                     .arg(size / 1024);
    else
        lines << tr("First %n record(s) shown (from the first %1 KiB, decompressed).",
                    nullptr,
                    rows)
                     .arg(preview.bytesSampled / 1024);
    if (!preview.error.isEmpty())
        lines << preview.error;
    return lines.join(QLatin1Char('\n'));
}

QString ImportDialog::dialectSummary(const Entry &entry) const
{
    const ImportPreview &preview = entry.preview;
    if (preview.isRefused())
        return {};
    const Dialect &d = preview.dialect;
    switch (effectiveFormat(entry.settings, preview)) {
    case SourceFormat::Auto:
    case SourceFormat::Delimited: {
        QString text = tr("Detected: %1, %2, %3 — confidence %4 %")
                           .arg(delimiterName(d.delimiter),
                                encodingLabel(d.encoding),
                                d.hasHeader ? tr("header") : tr("no header"))
                           .arg(qRound(d.confidence * 100));
        if (d.confidence < lowConfidence)
            text += QLatin1Char(' ') + tr("(low: check the preview)");
        return text;
    }
    case SourceFormat::FixedWidth:
        return tr("Fixed-width text in %1; every line is a record, fields trimmed of spaces.")
            .arg(encodingLabel(d.encoding));
    case SourceFormat::Json:
        return tr("A JSON array of objects; the header is the keys of the first %n record(s).",
                  nullptr,
                  jsonHeaderSample);
    case SourceFormat::JsonLines:
        return tr("JSON Lines, one object a line; the header is the keys of the first %n "
                  "record(s).",
                  nullptr,
                  jsonHeaderSample);
    case SourceFormat::Xlsx:
    case SourceFormat::Ods:
        return preview.part.isEmpty() ? QString() : tr("Sheet %1.").arg(preview.part);
    }
    return {};
}

void ImportDialog::updateImportButton()
{
    bool pending = false;
    for (int i = 0; i < fileCount(); ++i)
        pending = pending || m_entries[i].pending;
    const int jobs = jobCount();
    const bool ok = m_database && !project().isEmpty() && jobs > 0 && !pending;
    m_importButton->setEnabled(ok);
    m_importButton->setText(jobs > 1 ? tr("Import %n Files", nullptr, jobs) : tr("Import"));
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
    const std::optional<ImportTemplate> chosen = chosenTemplate();
    QSettings().setValue(templateKey(project()), chosen ? chosen->name : QString());
    saveLastSettings();
    for (int i = 0; i < fileCount(); ++i) {
        if (!problem(i).isEmpty())
            continue;
        const Entry &entry = m_entries[i];
        const PreviewSettings &settings = entry.settings;
        ImportOptions options;
        options.project = project();
        options.path = entry.path;
        options.overrides = settings.overrides();
        options.format = settings.format;
        options.skipRows = settings.skipRows;
        options.rejectBudget = rejectBudget();
        options.atomic = isAtomic();
        if (effectiveFormat(settings, entry.preview) == SourceFormat::FixedWidth) {
            options.fixedColumns = settings.fixedColumns;
            QSettings().setValue(fixedSpecKey,
                                 QString::fromUtf8(fixedSpecToCsv(options.fixedColumns)));
        }
        if (entry.parts.isEmpty()) {
            m_queued << m_queue->enqueue(options, chosen);
            continue;
        }
        for (const QString &part : importableParts(entry)) {
            options.part = part;
            options.fileName = partFileName(QFileInfo(entry.path).fileName(), part);
            m_queued << m_queue->enqueue(options, chosen);
        }
    }
    saveRejectsChoices();
    emit jobsQueued(m_queued);
    QDialog::accept();
}

void ImportDialog::done(int result)
{
    for (const Entry &entry : std::as_const(m_entries))
        sessionMemory().insert(memoryKey(entry.path), {entry.settings, entry.checked});
    QDialog::done(result);
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
