// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "import/exporter.h"
#include "mailbox.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>
#include <utility>

class QWidget;

namespace stevedore {

class Database;

// What an export writes: the fields as imported, or the records in the schema's columns
// through the file's mapping (exportMappedFile()), as the Records view's Raw and Mapped modes.
enum class ExportColumns { Raw, Mapped };

// Exports one file with a progress dialog. exportFile() runs on a QtConcurrent thread writing
// a QSaveFile (so a cancelled or failed export leaves no partial file); progress is posted back
// to the dialog with a queued invokeMethod; Cancel sets an atomic flag the export polls.
// The destructor cancels and waits, so the database must outlive this object.
class FileExporter : public QObject
{
    Q_OBJECT

public:
    explicit FileExporter(QWidget *dialogParent);
    ~FileExporter() override;

    // One export at a time: returns false while another runs.
    bool start(Database *database,
               const QString &project,
               const QString &file,
               ExportFormat format,
               const QString &path,
               ExportColumns columns = ExportColumns::Raw);
    bool isRunning() const;
    void cancel();
    // Cancels and returns the running export, for waiting off the GUI thread.
    QFuture<void> detach();
    QProgressDialog *progressDialog() const { return m_dialog; }

signals:
    // ok is false when it failed or was cancelled; message says what happened.
    void finished(bool ok, const QString &message);

private:
    void showProgress(qint64 done, qint64 total);

    QWidget *m_dialogParent = nullptr;
    QPointer<QProgressDialog> m_dialog;
    QFuture<void> m_future;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_token = 0;
    // (export token, (records done, records in total)) from the export's worker thread
    Mailbox<quint64, std::pair<qint64, qint64>> m_progress;
};

} // namespace stevedore
