// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "imports/importpreview.h"
#include "schema/automatch.h"
#include "schema/schemaservice.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QMimeData;
class QPushButton;
class QTableView;
class QTableWidget;

namespace stevedore {

class Database;
class TableColumns;
class JobQueue;
class PreviewModel;

// True when the drag carries at least one local file (what a drop would import).
bool acceptsDrop(const QMimeData *mime);
// The local files of a drop, in order.
QStringList droppedPaths(const QMimeData *mime);

// Drag-and-drop and File → Import…: one dialog for one or more files. Each file gets its own
// settings (delimiter, quote, encoding, header) and a live preview of its first 100 records,
// parsed on a worker thread from at most 256 KiB of the file whenever a setting changes; the
// detected dialect and the detector's confidence are shown. "Apply to all" copies the current
// file's settings to every file. A file checkImportable() refuses (binary, empty, unreadable, a
// folder) is listed as refused with the reason and is not queued. Accepting queues one job per
// importable file into queue, in the chosen project (created by the import when new). When
// the database holds a schema, the suggested mapping of the file's columns (AutoMatch) is
// shown, read-only.
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

    QString project() const;
    void setProject(const QString &project);

    PreviewModel *previewModel() const { return m_previewModel; }
    QListWidget *fileList() const { return m_fileList; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *quoteCombo() const { return m_quote; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *headerCombo() const { return m_header; }
    QLabel *detectionLabel() const { return m_detection; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *importButton() const { return m_importButton; }

public slots:
    void accept() override;

signals:
    void previewReady(int file);
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
    };

    void createWidgets(const QString &project);
    void createSourceWidgets(const QString &project);
    void createSettingsWidgets();
    void createPreviewWidgets();
    void createButtons();
    void createLayout();
    void loadProjects();
    void loadSchema();
    void requestPreview(int file);
    void onPreview(int file, quint64 token, const ImportPreview &preview);
    void onSettingChanged();
    void showCurrent();
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
    QListWidget *m_fileList = nullptr;
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
