// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "import/importtemplate.h"
#include "import/rejectbudget.h"
#include "imports/importpreview.h"
#include "schema/automatch.h"
#include "schema/schemaservice.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QMimeData;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace stevedore {

class Database;
class FixedWidthEditor;
class TableColumns;
class JobQueue;
class PreviewModel;

// "CSV", "Excel", "Detect", … and "UTF-8 with BOM", … as the import settings show them.
QString formatLabel(SourceFormat format);
QString encodingLabel(TextEncoding encoding);
// The choices of the import settings, as the import dialog and the templates window offer them:
// an item's data is the format, the character, the encoding or 1/0 for the header, and -1 for
// "Detect" (the format's is SourceFormat::Auto).
void addFormatItems(QComboBox *combo);
void addDialectItems(QComboBox *delimiter,
                     QComboBox *quote,
                     QComboBox *encoding,
                     QComboBox *header);

// True when the drag carries at least one local file (what a drop would import).
bool acceptsDrop(const QMimeData *mime);
// The local files of a drop, in order.
QStringList droppedPaths(const QMimeData *mime);
// The file dialog's filter for files to import: every kind the import reads first, then
// each kind, then all files (the content decides, not the name).
QString importFileFilter();

// Drag-and-drop and File → Import…: one dialog for one or more files. Each file gets its own
// settings and a live preview of its first 100 records, parsed on a worker thread from at most
// 256 KiB of the file's content whenever a setting changes (a newer request drops the older's
// result). The settings are the kind of file (Format: detected from the content, or forced),
// and what that kind needs: the dialect of delimited text (delimiter, quote, encoding, header;
// the detected one and the detector's confidence are shown), the rows above a sheet's header,
// the columns of fixed-width text (FixedWidthEditor) and its encoding. "Apply to all" copies
// the current file's settings (not its sheet) to every file.
//
// A workbook's sheets and a zip archive's members are the file's parts, listed with their
// sizes (and a sheet's rows) and a check box each; the first is checked at first. Selecting a
// part previews it; accepting queues one job per checked part, named partFileName() in the
// project ("BOOK.xlsx:Sheet1"), all with the file's settings. A compressed file is previewed
// decompressed, like plain text.
//
// A file checkImportable() refuses (binary, empty, unreadable, a folder), or that is not what
// its format says, is listed as refused with the reason and is not queued; a part that cannot
// be read is not queued, the file's other parts are. Accepting queues the jobs into queue, in
// the chosen project (created by the import when new). When the database holds a schema, the
// suggested mapping of the file's columns (AutoMatch) is shown, read-only.
//
// Two choices apply to every job the dialog queues: a rejects budget (ImportOptions::
// rejectBudget: stop after more than N rejects, or N % of the records read; none at first) and
// All or nothing (ImportOptions::atomic).
//
// Remembered: a file's settings and checked parts for the rest of the session (opening the
// same file again shows them); in QSettings, per project, the last import's template
// ("imports/template/…") and its rejects limit and All or nothing ("imports/lastSettings/…");
// not its format and dialect, which would overrule detecting a file of another kind (a
// template keeps those); the last fixed-width columns imported
// ("imports/fixedSpec", the spec as CSV), offered for the next fixed-width file, and, for a
// project without choices of its own, the rejects budget and All or nothing of the last
// import into any project ("imports/limitRejects",
// "imports/rejectBudget" as `--max-rejects` reads it, "imports/atomic").
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // database may be nullptr (not connected): files can be previewed but not queued.
    // queue nullptr: JobQueue::instance().
    ImportDialog(Database *database,
                 const QStringList &paths,
                 const QString &project,
                 JobQueue *queue = nullptr,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    int fileCount() const { return int(m_entries.size()); }
    QString path(int file) const;
    int currentFile() const { return m_current; }
    void setCurrentFile(int file);
    // Settings of a file; setting them re-previews it at once.
    PreviewSettings settings(int file) const;
    void setSettings(int file, const PreviewSettings &settings);
    void applyToAll();
    // The latest preview of a file (empty until previewReady(file)).
    ImportPreview preview(int file) const;
    bool isPreviewPending(int file) const;
    bool isRefused(int file) const;
    // Why the file cannot be queued (it was refused); empty if it can.
    QString problem(int file) const;
    QList<MatchSuggestion> suggestions(int file) const;

    // A workbook's sheets or an archive's members as the file's last preview found them;
    // empty for a file without parts.
    QList<SourcePart> parts(int file) const;
    // The parts that will be queued when checked, in the file's order.
    QStringList checkedParts(int file) const;
    void setPartChecked(int file, const QString &part, bool checked);
    void setAllPartsChecked(int file, bool checked);
    // Previews this part of the file (its settings' part).
    void setCurrentPart(int file, const QString &part);
    // How many jobs accept() would queue.
    int jobCount() const;

    QString project() const;
    void setProject(const QString &project);
    // The import template chosen (Template: None gives nullopt). Choosing one sets every
    // file's settings, the rejects budget and All or nothing as it says; the jobs carry it, so
    // that its mapping is given to each file imported. The templates whose mapping's file
    // columns the current file has are listed first, marked; the last one chosen for the
    // project is chosen again when the dialog opens ("imports/template/<project>").
    std::optional<ImportTemplate> chosenTemplate() const;
    void chooseTemplate(const QString &name);
    const QList<ImportTemplate> &templates() const { return m_templates; }
    // As the jobs will get them: no budget when the limit is not checked.
    RejectBudget rejectBudget() const;
    bool isAtomic() const;

    PreviewModel *previewModel() const { return m_previewModel; }
    QListWidget *fileList() const { return m_fileList; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *templateCombo() const { return m_template; }
    QTreeWidget *partsList() const { return m_parts; }
    QCheckBox *allPartsCheck() const { return m_allParts; }
    QLabel *partsLabel() const { return m_partsLabel; }
    QSpinBox *skipRowsSpin() const { return m_skipRows; }
    FixedWidthEditor *fixedWidthEditor() const { return m_fixedEditor; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *quoteCombo() const { return m_quote; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *headerCombo() const { return m_header; }
    QLabel *detectionLabel() const { return m_detection; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *importButton() const { return m_importButton; }
    QCheckBox *limitRejectsCheck() const { return m_limitRejects; }
    QComboBox *rejectsUnitCombo() const { return m_rejectsUnit; }
    QSpinBox *maxRejectsSpin() const { return m_maxRejects; }
    QDoubleSpinBox *maxRejectsPercentSpin() const { return m_maxRejectsPercent; }
    QCheckBox *atomicCheck() const { return m_atomic; }

public slots:
    void accept() override;
    void done(int result) override;

signals:
    void previewReady(int file);
    // The templates were read (or could not be).
    void templatesLoaded();
    void jobsQueued(const QList<int> &ids);

private:
    struct Entry
    {
        QString path;
        PreviewSettings settings;
        ImportPreview preview;
        bool pending = false;
        quint64 token = 0;
        QList<MatchSuggestion> suggestions;
        QList<SourcePart> parts; // as the last preview found them
        QStringList checked;     // names of the checked parts, in the parts' order
        // Why a part could not be read (its last preview), by name; forgotten when a setting
        // that could change it changes.
        QHash<QString, QString> partRefusals;
        // What the content was found to be by the last preview read with Format: Detected.
        std::optional<SourceKind> detected;
        SourceFormat detectedFormat = SourceFormat::Delimited;
    };

    void createWidgets(const QString &project);
    void createSourceWidgets(const QString &project);
    void createFormatWidgets();
    void createPartsWidgets();
    void createSettingsWidgets();
    void createRejectsWidgets();
    void createPreviewWidgets();
    void createButtons();
    void createLayout();
    void setTabOrder();
    void restoreRemembered();
    void restoreRejectsChoices();
    void saveRejectsChoices() const;
    void saveLastSettings() const;
    void setRejectsChoices(const RejectBudget &budget, bool atomic);
    void updateRejectsWidgets();
    RejectBudget fieldsBudget() const; // what the fields hold, the limit checked or not
    void loadProjects();
    void loadSchema();
    void loadTemplates();
    void applyChosenTemplate();
    void updateTemplateMatches();
    void requestPreview(int file);
    void onPreview(int file, quint64 token, const ImportPreview &preview);
    void onSettingChanged();
    void onFixedColumnsChanged(const QList<FixedColumn> &columns);
    void onPartItemChanged(QTreeWidgetItem *item);
    void onCurrentPartItemChanged(QTreeWidgetItem *item);
    void onAllPartsClicked();
    void changeSettings(int file, const PreviewSettings &settings);
    void updateParts(Entry &entry);
    void showCurrent();
    void showFormat(const Entry &entry);
    void showParts(const Entry &entry);
    void showFixedWidth(const Entry &entry);
    void showMapping(const Entry &entry);
    QString summary(const Entry &entry) const;
    QString dialectSummary(const Entry &entry) const;
    QString currentProblem() const;
    QStringList importableParts(const Entry &entry) const;
    void updateFileItem(int file);
    void updateImportButton();
    void updateSuggestions(int file);
    PreviewSettings settingsFromWidgets() const;
    void showSettings(const PreviewSettings &settings);

    Database *m_database = nullptr;
    JobQueue *m_queue = nullptr;
    QList<Entry> m_entries;
    int m_current = -1;
    quint64 m_nextToken = 1;
    bool m_updatingWidgets = false;
    QList<SchemaColumn> m_schema;
    QList<int> m_queued;

    QComboBox *m_project = nullptr;
    QComboBox *m_template = nullptr;
    QList<ImportTemplate> m_templates;
    QCheckBox *m_limitRejects = nullptr;
    QStackedWidget *m_maxRejectsStack = nullptr; // the count or the share, as the unit says
    QSpinBox *m_maxRejects = nullptr;
    QDoubleSpinBox *m_maxRejectsPercent = nullptr;
    QComboBox *m_rejectsUnit = nullptr;
    QCheckBox *m_atomic = nullptr;
    QListWidget *m_fileList = nullptr;
    QComboBox *m_format = nullptr;
    QWidget *m_partsBox = nullptr;
    QLabel *m_partsLabel = nullptr;
    QCheckBox *m_allParts = nullptr;
    QTreeWidget *m_parts = nullptr;
    QFormLayout *m_settingsForm = nullptr;
    QSpinBox *m_skipRows = nullptr;
    FixedWidthEditor *m_fixedEditor = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_quote = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_header = nullptr;
    QPushButton *m_applyAll = nullptr;
    QLabel *m_detection = nullptr;
    QLabel *m_problem = nullptr;
    PreviewModel *m_previewModel = nullptr;
    QTableView *m_previewTable = nullptr;
    QLabel *m_mappingTitle = nullptr;
    QTableWidget *m_mapping = nullptr;
    TableColumns *m_mappingColumns = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
};

// Opens the import dialog for paths (window-modal on parent, deleted when closed) and returns
// it. Accepting queues the jobs in JobQueue::instance(), switching it to database first if it
// was on another one. For the main window's drop handler and File → Import….
ImportDialog *openImportDialog(QWidget *parent,
                               Database *database,
                               const QStringList &paths,
                               const QString &project);

} // namespace stevedore
