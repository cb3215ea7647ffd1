// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "filedialogs.h"

#include "db/livefiles.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPointer>
#include <QSettings>
#include <QTreeView>

namespace stevedore::filedialogs {

namespace {

// Qt's own providers find a file's type with QMimeDatabase::mimeTypeForFile(QFileInfo), which
// opens the file to read its content whenever the name is not conclusive (x.sqlite-wal,
// x.sqlite-shm, and x.sqlite itself), and the platform theme's provider may ask GIO, which does
// the same. This one looks at the name only.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    using QFileIconProvider::icon; // by IconType: the style's icons

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isRoot())
            return icon(Drive);
        if (info.isDir())
            return icon(Folder);
        if (!info.isFile())
            return icon(File);
        const QMimeType mime = mimeType(info);
        const QIcon themed
            = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
        return themed.isNull() ? icon(File) : themed;
    }

    QString type(const QFileInfo &info) const override
    {
        // Qt's type() reads only files (drives, folders and links are named from stat()),
        // and keeps its translations for those.
        if (!info.isFile())
            return QFileIconProvider::type(info);
        const QMimeType mime = mimeType(info);
        return mime.comment().isEmpty() ? mime.name() : mime.comment();
    }

private:
    QMimeType mimeType(const QFileInfo &info) const
    {
        return m_mimes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }

    QMimeDatabase m_mimes;
};

// Shared by every dialog and used on the GUI thread only (QFileSystemModel asks it there).
// Never deleted: a dialog may outlive any owner we could give it, up to QApplication's end.
QAbstractFileIconProvider *iconProvider()
{
    static auto *const provider = new NameOnlyIconProvider;
    return provider;
}

class FileDialog : public QFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::FileDialog)

public:
    FileDialog(QWidget *parent, const QString &caption, LiveDatabase live)
        : QFileDialog(parent, caption)
        , m_live(live)
    {}

protected:
    void accept() override
    {
        if (m_live == LiveDatabase::Refuse) {
            const QStringList files = selectedFiles();
            for (const QString &file : files) {
                if (isLiveDatabaseFile(file)) {
                    refuse(file);
                    return;
                }
            }
        }
        QFileDialog::accept();
    }

private:
    void refuse(const QString &file)
    {
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    windowTitle(),
                                    tr("%1 belongs to the database Stevedore has open. Choose "
                                       "another file.")
                                        .arg(QFileInfo(file).fileName()),
                                    QMessageBox::Ok,
                                    this);
        box->setObjectName(QStringLiteral("liveDatabaseRefusal"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }

    LiveDatabase m_live;
};

const QString stateKey = QStringLiteral("fileDialog/state");
const QString geometryKey = QStringLiteral("fileDialog/geometry");

// Every dialog opens where the operator last was (QFileDialog's state holds the folder, the view
// and the column widths) and at the size they left it. The first time, it is large enough for the
// date column, which Qt's default width cuts off.
void rememberPlaceAndSize(QFileDialog *dialog)
{
    const QSettings settings;
    const bool hadState = dialog->restoreState(settings.value(stateKey).toByteArray());
    if (!dialog->restoreGeometry(settings.value(geometryKey).toByteArray()))
        dialog->resize(dialog->sizeHint().expandedTo(QSize(900, 560)));
    if (!hadState) {
        auto *model = dialog->findChild<QFileSystemModel *>();
        auto *details = dialog->findChild<QTreeView *>();
        if (model && details) {
            // The widths come from the rows' text (name and stat() only), once they are listed.
            QObject::connect(
                model,
                &QFileSystemModel::directoryLoaded,
                details,
                [details] {
                    for (int column = 1; column < details->header()->count(); ++column)
                        details->resizeColumnToContents(column);
                },
                Qt::SingleShotConnection);
        }
    }
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog] {
        QSettings settings;
        settings.setValue(stateKey, dialog->saveState());
        settings.setValue(geometryKey, dialog->saveGeometry());
    });
}

QStringList run(QFileDialog *dialog)
{
    const QPointer<QFileDialog> guard(dialog);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!guard) // its parent went away meanwhile
        return {};
    const QStringList files = accepted ? dialog->selectedFiles() : QStringList();
    delete dialog;
    return files;
}

} // namespace

QFileDialog *create(QWidget *parent,
                    const QString &caption,
                    const QString &directory,
                    const QString &filter,
                    LiveDatabase live)
{
    // Constructed without a directory, so that no file is looked at before the provider is set:
    // selecting a file makes the model describe it at once. The model asks the provider on this
    // thread only, when the folder's listing arrives, so nothing can slip in between.
    auto *dialog = new FileDialog(parent, caption, live);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // before the provider: makes the model
    dialog->setIconProvider(iconProvider());
    if (!filter.isEmpty())
        dialog->setNameFilter(filter);
    rememberPlaceAndSize(dialog);
    const QFileInfo start(directory);
    if (directory.isEmpty() || start.isDir()) {
        if (!directory.isEmpty())
            dialog->setDirectory(directory);
    } else {
        dialog->setDirectory(start.absolutePath());
        dialog->selectFile(start.fileName());
    }
    return dialog;
}

QString getOpenFileName(QWidget *parent,
                        const QString &caption,
                        const QString &directory,
                        const QString &filter)
{
    QFileDialog *dialog = create(parent, caption, directory, filter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    return run(dialog).value(0);
}

QStringList getOpenFileNames(QWidget *parent,
                             const QString &caption,
                             const QString &directory,
                             const QString &filter)
{
    QFileDialog *dialog = create(parent, caption, directory, filter);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    return run(dialog);
}

QString getSaveFileName(QWidget *parent,
                        const QString &caption,
                        const QString &directory,
                        const QString &filter)
{
    QFileDialog *dialog = create(parent, caption, directory, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    return run(dialog).value(0);
}

QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    QFileDialog *dialog = create(parent, caption, directory);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    return run(dialog).value(0);
}

} // namespace stevedore::filedialogs
