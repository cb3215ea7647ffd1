// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "import/importer.h"
#include "imports/importdialog.h"
#include "imports/importsview.h"
#include "imports/jobqueue.h"
#include "imports/previewmodel.h"
#include "importtest.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::importtest;

// Files dropped on the main window itself open the import dialog listing them; a file that
// cannot be imported is listed and explained there, never queued.
class tst_MainDrop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void dropOpensTheImportDialog();
    void importingBringsTheImportsViewForward();
    void refusedFilesAreExplained_data();
    void refusedFilesAreExplained();
    void onlyLocalFilesAreAccepted();
    void commandLineFilesWaitForTheDatabase();
    void unfinishedImportsAreOffered();

private:
    // Sends drag-enter and, when it was accepted, the drop; returns whether enter was accepted.
    bool drop(const QList<QUrl> &urls);
    QString write(const QString &name, const QByteArray &text);
    QPointer<ImportDialog> waitForDialog();

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainDrop::initTestCase()
{
    guitest::WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_maindrop"));
    QSettings().setValue(QStringLiteral("demo/declined"), true); // no welcome question

    DatabaseOptions options;
    options.primary = test::sqliteUrl(m_dir, QStringLiteral("main.sqlite"));
    m_window = std::make_unique<MainWindow>(std::make_unique<Database>(options));
    QSignalSpy ready(m_window.get(), &MainWindow::databaseReady);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->database() || ready.wait(30000));
    QVERIFY(m_window->acceptDrops());
}

void tst_MainDrop::cleanup()
{
    for (ImportDialog *dialog : m_window->findChildren<ImportDialog *>())
        delete dialog;
    QTRY_VERIFY_WITH_TIMEOUT(JobQueue::instance()->isIdle(), 60000);
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_MainDrop::cleanupTestCase()
{
    m_window.reset();
    STEVEDORE_VERIFY_NO_WARNINGS();
}

bool tst_MainDrop::drop(const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &dropEvent);
    return dropEvent.isAccepted();
}

QString tst_MainDrop::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    writeText(path, text);
    return path;
}

QPointer<ImportDialog> tst_MainDrop::waitForDialog()
{
    QPointer<ImportDialog> dialog;
    // The caller checks the result; a timeout shows as a null or hidden dialog.
    [[maybe_unused]] const bool shown = QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<ImportDialog *>();
            return dialog && dialog->isVisible();
        },
        10000);
    return dialog;
}

void tst_MainDrop::dropOpensTheImportDialog()
{
    const QString people = write(QStringLiteral("people.csv"), csvText(20));
    const QString cities = write(QStringLiteral("cities.csv"), "city;country\nOslo;NO\nLyon;FR\n");
    QVERIFY(drop({QUrl::fromLocalFile(people), QUrl::fromLocalFile(cities)}));
    QPointer<ImportDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    // One dialog for both files, in the order dropped.
    QCOMPARE(m_window->findChildren<ImportDialog *>().size(), 1);
    QCOMPARE(dialog->fileCount(), 2);
    QCOMPARE(dialog->fileList()->count(), 2);
    QVERIFY(dialog->fileList()->item(0)->text().startsWith(QLatin1String("people.csv")));
    QVERIFY(dialog->fileList()->item(1)->text().startsWith(QLatin1String("cities.csv")));
    QCOMPARE(dialog->fileList()->item(0)->toolTip(), people);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0) && !dialog->isPreviewPending(1), 30000);
    QVERIFY(dialog->problem(0).isEmpty());
    QVERIFY(dialog->problem(1).isEmpty());
    QCOMPARE(dialog->preview(1).dialect.delimiter, ';');
    dialog->setCurrentFile(0);
    QTRY_COMPARE(dialog->previewModel()->rowCount(), 20);
    QCOMPARE(dialog->previewModel()->index(0, 1).data().toString(), QStringLiteral("name 1"));
    // No project selected in the window: the dialog asks for one before it imports.
    QCOMPARE(dialog->project(), m_window->currentProject());
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->setProject(QStringLiteral("dropped"));
    QTRY_VERIFY(dialog->importButton()->isEnabled());
}

// Starting an import is seen: the Imports view comes forward with the new job selected.
void tst_MainDrop::importingBringsTheImportsViewForward()
{
    m_window->showView(QStringLiteral("files"));
    const QString path = write(QStringLiteral("seen.csv"), csvText(50));
    QVERIFY(drop({QUrl::fromLocalFile(path)}));
    QPointer<ImportDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0), 30000);
    dialog->setProject(QStringLiteral("seen"));
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    QSignalSpy queued(dialog.data(), &ImportDialog::jobsQueued);
    dialog->importButton()->click();
    QCOMPARE(queued.count(), 1);
    const int id = queued.first().first().value<QList<int>>().value(0);
    QCOMPARE(m_window->currentView(), QStringLiteral("imports"));
    auto *imports = qobject_cast<ImportsView *>(m_window->view(QStringLiteral("imports")));
    QVERIFY(imports);
    QCOMPARE(imports->selectedJob(), id);
    QTRY_COMPARE_WITH_TIMEOUT(JobQueue::instance()->job(id).state, ImportJob::State::Done, 60000);
    m_window->showView(QStringLiteral("files"));
}

// "stevedore FILE..." hands the files over before the database is open: the dialog opens
// once it is, listing them.
void tst_MainDrop::commandLineFilesWaitForTheDatabase()
{
    const QString people = write(QStringLiteral("people.csv"), csvText(5));
    const QString missing = m_dir.filePath(QStringLiteral("missing.csv"));
    DatabaseOptions options;
    options.primary = test::sqliteUrl(m_dir, QStringLiteral("second.sqlite"));
    // An empty database, and the demo not declined: still no demo offered over the files.
    QSettings().setValue(QStringLiteral("demo/declined"), false);
    const auto declined
        = qScopeGuard([] { QSettings().setValue(QStringLiteral("demo/declined"), true); });
    MainWindow window(std::make_unique<Database>(options));
    QSignalSpy ready(&window, &MainWindow::databaseReady);
    QSignalSpy listed(&window, &MainWindow::projectsLoaded);
    QVERIFY(!window.database());
    window.importFiles({people, missing});
    QVERIFY(!window.findChild<ImportDialog *>());
    QVERIFY(ready.wait(30000));
    auto *dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->fileCount(), 2);
    QCOMPARE(dialog->fileList()->item(0)->toolTip(), people);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(1), 30000);
    QVERIFY(!dialog->problem(1).isEmpty()); // listed and explained, never queued
    QVERIFY(!listed.isEmpty() || listed.wait(30000));
    QCoreApplication::processEvents();
    for (QMessageBox *box : window.findChildren<QMessageBox *>())
        QVERIFY2(!box->isVisible(), qPrintable(box->text()));
    delete dialog;
}

// A database left with an unfinished import offers it when it opens; Resume All finishes it.
void tst_MainDrop::unfinishedImportsAreOffered()
{
    const QString path = write(QStringLiteral("half.csv"), csvText(5000));
    DatabaseOptions options;
    options.primary = test::sqliteUrl(m_dir, QStringLiteral("unfinished.sqlite"));
    {
        std::unique_ptr<Database> database = test::openDatabase(options.primary);
        ImportOptions o;
        o.project = QStringLiteral("p");
        o.path = path;
        o.batchSize = 100;
        Importer importer(*database, o);
        importer.beforeCommitHook = [&importer](qint64 batch) {
            if (batch == 3)
                importer.cancel();
        };
        QCOMPARE(importer.run().outcome, ImportResult::Outcome::Cancelled);
    }
    MainWindow window(std::make_unique<Database>(options));
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(
        window.interruptedQuestion() && window.interruptedQuestion()->isVisible(), 30000);
    const auto withRole = [](QMessageBox *box, QMessageBox::ButtonRole role) {
        QAbstractButton *found = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role)
                found = b;
        }
        return found;
    };
    // Discard All… asks again; Keep there comes back to the offer, nothing discarded.
    QPointer<QMessageBox> offer = window.interruptedQuestion();
    QVERIFY(withRole(offer, QMessageBox::DestructiveRole));
    withRole(offer, QMessageBox::DestructiveRole)->click();
    QPointer<QMessageBox> confirm = window.interruptedQuestion();
    QVERIFY(confirm && confirm != offer);
    const qint64 committed
        = JobQueue::instance()->job(JobQueue::instance()->ids().value(0)).progress.records;
    QVERIFY(committed > 0);
    QVERIFY2(confirm->informativeText().contains(QLocale().toString(committed)),
             qPrintable(confirm->informativeText()));
    QCOMPARE(confirm->defaultButton(), withRole(confirm, QMessageBox::RejectRole));
    confirm->defaultButton()->click();
    QTRY_VERIFY(window.interruptedQuestion() && window.interruptedQuestion() != confirm
                && window.interruptedQuestion()->isVisible());
    QCOMPARE(JobQueue::instance()->ids().size(), 1);

    QMessageBox *box = window.interruptedQuestion();
    QVERIFY2(box->informativeText().contains(QLatin1String("half.csv")),
             qPrintable(box->informativeText()));
    QAbstractButton *resume = withRole(box, QMessageBox::AcceptRole);
    QVERIFY(resume);
    QCOMPARE(box->defaultButton(), resume);
    QCOMPARE(box->buttons().size(), 3); // Resume All, Discard All…, Later
    resume->click();
    QCOMPARE(window.currentView(), QStringLiteral("imports"));
    const QList<int> ids = JobQueue::instance()->ids();
    QCOMPARE(ids.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        JobQueue::instance()->job(ids.first()).state, ImportJob::State::Done, 60000);
    const ImportJob job = JobQueue::instance()->job(ids.first());
    QVERIFY(job.result.resumed);
    QCOMPARE(job.result.records, 5000);
}

void tst_MainDrop::refusedFilesAreExplained_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0",
                                          18)
                            << QStringLiteral("binary");
}

void tst_MainDrop::refusedFilesAreExplained()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString bad = write(QStringLiteral("refused.dat"), content);
    const QString good = write(
        QStringLiteral("good-%1.csv").arg(QLatin1String(QTest::currentDataTag())), csvText(5));
    QVERIFY(drop({QUrl::fromLocalFile(bad), QUrl::fromLocalFile(good)}));
    QPointer<ImportDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->fileCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(0) && !dialog->isPreviewPending(1), 30000);
    QVERIFY(dialog->isRefused(0));
    QVERIFY(!dialog->isRefused(1));
    QVERIFY2(dialog->problem(0).contains(reason), qPrintable(dialog->problem(0)));
    QVERIFY(dialog->fileList()->item(0)->text().contains(QLatin1String("refused")));
    dialog->setCurrentFile(0);
    QVERIFY(dialog->problemLabel()->isVisibleTo(dialog));
    QVERIFY2(dialog->problemLabel()->text().contains(reason),
             qPrintable(dialog->problemLabel()->text()));
    QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("refused.dat")));
    // Accepting queues the good file only: the refused one never reaches the queue.
    dialog->setProject(QStringLiteral("dropped"));
    QSignalSpy queued(dialog, &ImportDialog::jobsQueued);
    dialog->accept();
    QCOMPARE(queued.size(), 1);
    const QList<int> ids = queued.first().first().value<QList<int>>();
    QCOMPARE(ids.size(), 1);
    QCOMPARE(JobQueue::instance()->job(ids.first()).options.path, good);
}

void tst_MainDrop::onlyLocalFilesAreAccepted()
{
    QVERIFY(!drop({QUrl(QStringLiteral("https://example.com/data.csv"))}));
    QVERIFY(!drop({}));
    QCOMPARE(m_window->findChildren<ImportDialog *>().size(), 0);
}

QTEST_MAIN(tst_MainDrop)
#include "tst_maindrop.moc"
