// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "records/fileexporter.h"

#include "db/database.h"
#include "db/dberror.h"
#include "futurewatch.h"
#include "schema/mappedexport.h"

#include <QDir>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QtConcurrent>

namespace stevedore {

namespace {

struct Outcome
{
    qint64 records = 0;
    qint64 invalidCells = 0;
    bool cancelled = false;
};

} // namespace

FileExporter::FileExporter(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_progress([this](quint64 token, const std::pair<qint64, qint64> &doneOfTotal) {
        if (token == m_token)
            showProgress(doneOfTotal.first, doneOfTotal.second);
    })
{}

FileExporter::~FileExporter()
{
    cancel();
    m_future.waitForFinished();
}

bool FileExporter::isRunning() const
{
    return m_future.isRunning();
}

void FileExporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

QFuture<void> FileExporter::detach()
{
    cancel();
    ++m_token; // its result is of no interest any more
    if (m_dialog)
        m_dialog->deleteLater();
    return m_future;
}

bool FileExporter::start(Database *database,
                         const QString &project,
                         const QString &file,
                         ExportFormat format,
                         const QString &path,
                         ExportColumns columns)
{
    if (isRunning() || !database)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 token = ++m_token;

    m_dialog
        = new QProgressDialog(tr("Exporting %1…").arg(file), tr("Cancel"), 0, 1000, m_dialogParent);
    m_dialog->setWindowTitle(tr("Export"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    // Not modal: the other views stay usable while the export runs (and setValue() of a modal
    // progress dialog would process events re-entrantly).
    m_dialog->setWindowModality(Qt::NonModal);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        cancel();
        if (m_dialog)
            m_dialog->setLabelText(tr("Cancelling…"));
    });
    m_dialog->show();

    ExportOptions options;
    options.project = project;
    options.file = file;
    options.format = format;
    auto cancelFlag = m_cancel;
    auto outcome = std::make_shared<Outcome>();
    // The export reports after every page; post only when the per-mille value changes.
    auto progress = [post = m_progress.poster(), token, cancelFlag, lastShown = qint64(-1)](
                        qint64 done, qint64 total) mutable {
        const qint64 permille = total > 0 ? done * 1000 / total : 0;
        if (permille != lastShown) {
            lastShown = permille;
            post(token, {done, total});
        }
        return !cancelFlag->load();
    };
    m_future = QtConcurrent::run([database, options, path, progress, outcome, columns]() mutable {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            throw DbError(
                DbError::Kind::Permanent,
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        MappedExportResult result;
        if (columns == ExportColumns::Mapped)
            result = exportMappedFile(*database, options, &out, progress);
        else
            result.exported = exportFile(*database, options, &out, progress);
        outcome->records = result.exported.records;
        outcome->invalidCells = result.invalidCells;
        outcome->cancelled = result.exported.cancelled;
        if (outcome->cancelled) {
            out.cancelWriting();
            return;
        }
        if (!out.commit())
            throw DbError(
                DbError::Kind::Permanent,
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    });
    whenFinished(m_future, this, [this, token, outcome, path](const QFuture<void> &done) {
        if (token != m_token)
            return;
        if (m_dialog)
            m_dialog->close();
        if (const QString error = failureOf(done); !error.isEmpty())
            emit finished(false, tr("Export failed: %1").arg(error));
        else if (outcome->cancelled)
            emit finished(false, tr("Export cancelled."));
        else if (outcome->invalidCells > 0)
            emit finished(
                true,
                tr("Exported %1 records to %2; %n value(s) do not fit their column's "
                   "type and were written as they are.",
                   nullptr,
                   int(std::min<qint64>(outcome->invalidCells, INT_MAX)))
                    .arg(QLocale().toString(outcome->records), QDir::toNativeSeparators(path)));
        else
            emit finished(
                true,
                tr("Exported %1 records to %2.")
                    .arg(QLocale().toString(outcome->records), QDir::toNativeSeparators(path)));
    });
    return true;
}

void FileExporter::showProgress(qint64 done, qint64 total)
{
    if (!m_dialog)
        return;
    m_dialog->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
    m_dialog->setLabelText(
        tr("Exported %1 of %2 records…").arg(QLocale().toString(done), QLocale().toString(total)));
}

} // namespace stevedore
