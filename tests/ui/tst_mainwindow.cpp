// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"
#include "connection/connectionstatus.h"
#include "guitest.h"
#include "imports/demoimport.h"
#include "language.h"
#include "mainwindow.h"
#include "mapping/mappingeditor.h"
#include "projects/filesmodel.h"
#include "projects/filesview.h"
#include "projects/projectactions.h"
#include "projects/projectsmodel.h"
#include "records/recordsmodel.h"
#include "records/recordsview.h"
#include "schema/schemaeditor.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace stevedore;
using namespace stevedore::guitest;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void windowFitsTheScreen();
    void firstStartOffersTheDemoProject();
    void statusBarShowsTheConnection();
    void viewsSwitchWithShortcuts();
    void addViewAppendsOrReplaces();
    void selectingAFileShowsItsRecords();
    void editorsAreInTheirTabs();
    void mappingEditorFollowsTheSelectedFile();
    void undoFollowsTheCurrentTab();
    void closingAsksAboutUnappliedSchemaEdits();
    void projectsAreCreatedRenamedAndDeleted();
    void exportsWithProgress();
    void aboutNamesVersionsAndEngine();
    void switchingTheDatabase();
    void geometryIsRemembered();
    void translationsAreBuiltIn_data();
    void translationsAreBuiltIn();
    void languageChangeOffersARestart();
    void englishPluralsWithoutATranslation();
    void languageOverrideAppliesAtStart();

private:
    template<typename T>
    T *waitForChild(const QString &name)
    {
        T *child = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                child = m_window->findChild<T *>(name);
                return child && child->isVisible();
            },
            20000);
        return child;
    }
    QString tabText(const QString &view) const
    {
        return m_window->findChild<QTabWidget *>()->tabText(m_window->viewIds().indexOf(view));
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_projectsTester;
};

void tst_MainWindow::initTestCase()
{
    WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(QSettings().allKeys().isEmpty());

    DatabaseOptions options;
    options.primary = DbUrl::parse(QStringLiteral("sqlite:")
                                   + m_dataDir.filePath(QStringLiteral("main.sqlite")));
    m_window = std::make_unique<MainWindow>(std::make_unique<Database>(options));
    m_projectsTester = std::make_unique<QAbstractItemModelTester>(
        m_window->projectsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_MainWindow::cleanupTestCase()
{
    m_projectsTester.reset();
    m_window.reset();
    STEVEDORE_VERIFY_NO_WARNINGS();
}

// The offscreen screen (800×600) is smaller than the default size, as a laptop at
// QT_SCALE_FACTOR=2 is: the whole window, status bar included, stays on it.
void tst_MainWindow::windowFitsTheScreen()
{
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("%1×%2 at %3,%4 on %5×%6")
                            .arg(m_window->frameGeometry().width())
                            .arg(m_window->frameGeometry().height())
                            .arg(m_window->frameGeometry().x())
                            .arg(m_window->frameGeometry().y())
                            .arg(available.width())
                            .arg(available.height())));
    // Every view's tab stays on screen in a narrow window, none scrolled out of sight.
    const QSize size = m_window->size();
    m_window->resize(640, size.height());
    const QTabBar *tabs = m_window->findChild<QTabWidget *>()->tabBar();
    QTRY_VERIFY(tabs->width() < 640);
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY2(tabs->rect().contains(tabs->tabRect(i)), qPrintable(tabs->tabText(i)));
    m_window->resize(size);
}

void tst_MainWindow::firstStartOffersTheDemoProject()
{
    auto *offer = waitForChild<QMessageBox>(QStringLiteral("demoOffer"));
    QVERIFY(offer);
    QVERIFY(m_window->database());
    QCOMPARE(m_window->projectsModel()->rowCount(), 0);
    QSignalSpy imported(m_window.get(), &MainWindow::demoImported);
    QSignalSpy loaded(m_window.get(), &MainWindow::projectsLoaded);
    offer->button(QMessageBox::Yes)->click();
    QVERIFY(imported.wait(60000));
    QCOMPARE(imported.at(0).at(0).toStringList(), QStringList());
    QTRY_VERIFY(m_window->projectsModel()->projectIndex(demoProjectName).isValid());
    const ProjectInfo demo = m_window->projectsModel()->project(
        m_window->projectsModel()->projectIndex(demoProjectName));
    QCOMPARE(demo.fileCount, qint64(demoFiles().size()));
    QVERIFY(demo.recordCount > 0);
    QCOMPARE(m_window->currentProject(), demoProjectName);
    QTRY_COMPARE(m_window->filesView()->model()->rowCount(), int(demoFiles().size()));
}

void tst_MainWindow::statusBarShowsTheConnection()
{
    ConnectionStatus *status = m_window->connectionStatus();
    QVERIFY(status->connectionText().contains(QStringLiteral("SQLite")));
    QVERIFY(status->connectionText().contains(QStringLiteral("main.sqlite")));
    QCOMPARE(status->healthText(), ConnectionStatus::tr("Primary only"));
    QVERIFY(status->poolText().startsWith(
        ConnectionStatus::tr("Pool: %1 busy / %2 open / %3 waiting").left(5)));
}

void tst_MainWindow::viewsSwitchWithShortcuts()
{
    QCOMPARE(
        m_window->viewIds(),
        QStringList({"files", "records", "schema", "mapping", "imports", "dashboard", "logs"}));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), QStringLiteral("records"));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), QStringLiteral("mapping"));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), QStringLiteral("files"));
}

void tst_MainWindow::addViewAppendsOrReplaces()
{
    auto *extra = new QLabel(QStringLiteral("extra"));
    m_window->addView(QStringLiteral("extra"), QStringLiteral("Extra"), extra, QIcon());
    QCOMPARE(m_window->viewIds().size(), 8);
    QCOMPARE(m_window->view(QStringLiteral("extra")), extra);
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), QStringLiteral("extra"));

    auto *other = new QLabel(QStringLiteral("other"));
    m_window->addView(QStringLiteral("extra"), QStringLiteral("Other"), other, QIcon());
    QCOMPARE(m_window->viewIds().indexOf(QStringLiteral("extra")), 7);
    QCOMPARE(m_window->view(QStringLiteral("extra")), other);
    QCOMPARE(m_window->currentView(), QStringLiteral("extra"));
    QCOMPARE(m_window->findChild<QTabWidget *>()->count(), 8);
    m_window->showView(QStringLiteral("files"));
}

void tst_MainWindow::selectingAFileShowsItsRecords()
{
    ProjectsModel *projects = m_window->projectsModel();
    const QModelIndex demo = projects->projectIndex(demoProjectName);
    m_window->projectsTree()->expand(demo);
    QTRY_VERIFY(projects->rowCount(demo) > 0);
    const QModelIndex first = projects->index(0, 0, demo);
    QSignalSpy fileChanged(m_window.get(), &MainWindow::currentFileChanged);
    m_window->projectsTree()->setCurrentIndex(first);
    QCOMPARE(fileChanged.count(), 1);
    QCOMPARE(m_window->currentFile().name, projects->file(first).name);
    QCOMPARE(m_window->currentView(), QStringLiteral("records"));
    RecordsView *records = m_window->recordsView();
    QCOMPARE(records->model()->rowCount(), int(projects->file(first).recordCount));
    QTRY_VERIFY(records->model()->isRowLoaded(0));
    QVERIFY(!records->model()->index(0, 0).data().toString().isEmpty());
    m_window->showView(QStringLiteral("files"));
}

void tst_MainWindow::editorsAreInTheirTabs()
{
    auto *schema = qobject_cast<SchemaEditor *>(m_window->view(QStringLiteral("schema")));
    auto *mapping = qobject_cast<MappingEditor *>(m_window->view(QStringLiteral("mapping")));
    QVERIFY(schema);
    QVERIFY(mapping);
    QCOMPARE(m_window->schemaEditor(), schema);
    QCOMPARE(m_window->mappingEditor(), mapping);
    QCOMPARE(tabText(QStringLiteral("schema")), QStringLiteral("Schema"));
    QCOMPARE(tabText(QStringLiteral("mapping")), QStringLiteral("Mapping"));
    QCOMPARE(schema->database(), m_window->database());
    QTRY_VERIFY(schema->loadedVersion() >= 0);
    // One owner per key: the Edit menu's actions, not the editors' own.
    QCOMPARE(m_window->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(m_window->redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
    QVERIFY(schema->undoAction()->shortcut().isEmpty());
    QVERIFY(schema->redoAction()->shortcut().isEmpty());
    for (QAction *action : mapping->actions()) {
        QVERIFY(action->shortcut() != QKeySequence(QKeySequence::Undo));
        QVERIFY(action->shortcut() != QKeySequence(QKeySequence::Redo));
    }
    QMenu *edit = m_window->menuBar()->actions().at(1)->menu();
    QVERIFY(edit->actions().contains(m_window->undoAction()));
    QVERIFY(edit->actions().contains(m_window->redoAction()));
}

void tst_MainWindow::mappingEditorFollowsTheSelectedFile()
{
    MappingEditor *editor = m_window->mappingEditor();
    ProjectsModel *projects = m_window->projectsModel();
    const QModelIndex demo = projects->projectIndex(demoProjectName);
    QVERIFY(projects->rowCount(demo) > 1);
    const QPersistentModelIndex first = projects->index(0, 0, demo);
    const QPersistentModelIndex second = projects->index(1, 0, demo);
    QCOMPARE(m_window->currentFile().id, projects->file(first).id); // the previous case's
    QCOMPARE(editor->project(), demoProjectName);
    QCOMPARE(editor->file().id, projects->file(first).id);

    m_window->projectsTree()->setCurrentIndex(second);
    QCOMPARE(editor->file().id, projects->file(second).id);
    QTRY_VERIFY(!editor->isBusy());

    // Unsaved edits: choosing another file asks; Cancel keeps the file, the edits and the tree.
    editor->undoStack()->push(new QUndoCommand(QStringLiteral("an edit")));
    QVERIFY(editor->isModified());
    QCOMPARE(tabText(QStringLiteral("mapping")), QStringLiteral("Mapping *"));
    m_window->projectsTree()->setCurrentIndex(first);
    QMessageBox *box = visibleMessageBox(editor, QStringLiteral("maybeSaveBox"));
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(editor->isModified());
    QCOMPARE(editor->file().id, projects->file(second).id);
    QCOMPARE(m_window->currentFile().id, projects->file(second).id);
    QTRY_COMPARE(m_window->projectsTree()->currentIndex(), QModelIndex(second));

    editor->undoStack()->undo();
    QVERIFY(!editor->isModified());
    QCOMPARE(tabText(QStringLiteral("mapping")), QStringLiteral("Mapping"));
    m_window->projectsTree()->setCurrentIndex(first);
    QCOMPARE(editor->file().id, projects->file(first).id);
    QTRY_VERIFY(!editor->isBusy());

    // A saved mapping refreshes the Files view (its mapping completeness column).
    QSignalSpy filesLoaded(m_window->filesView(), &FilesView::loaded);
    emit editor->mappingSaved(editor->file().id);
    QVERIFY(filesLoaded.wait());
    m_window->showView(QStringLiteral("files"));
}

void tst_MainWindow::undoFollowsTheCurrentTab()
{
    SchemaEditor *schema = m_window->schemaEditor();
    QAction *undo = m_window->undoAction();
    QAction *redo = m_window->redoAction();
    QTRY_VERIFY(!schema->isBusy());
    // Added while another view is shown (so no cell editor opens): not undoable from there.
    m_window->showView(QStringLiteral("files"));
    schema->addColumnAction()->trigger();
    QVERIFY(schema->isModified());
    QCOMPARE(tabText(QStringLiteral("schema")), QStringLiteral("Schema *"));
    QVERIFY(!undo->isEnabled());
    m_window->showView(QStringLiteral("schema"));
    QCOMPARE(m_window->undoGroup()->activeStack(), schema->undoStack());
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo ") + schema->undoStack()->undoText());

    m_window->showView(QStringLiteral("mapping"));
    QCOMPARE(m_window->undoGroup()->activeStack(), m_window->mappingEditor()->undoStack());
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    // The Records view's stack holds its Mapped view's fixes: none here.
    m_window->showView(QStringLiteral("records"));
    QCOMPARE(m_window->undoGroup()->activeStack(), m_window->recordsView()->undoStack());
    QVERIFY(!undo->isEnabled());
    m_window->showView(QStringLiteral("schema"));
    QVERIFY(undo->isEnabled());

    // While the editor works (here: reloading), the Edit menu does not reach its stack.
    schema->reload();
    QVERIFY(schema->isBusy());
    QCOMPARE(m_window->undoGroup()->activeStack(), nullptr);
    QVERIFY(!undo->isEnabled());
    QTRY_VERIFY(!schema->isBusy());
    QCOMPARE(m_window->undoGroup()->activeStack(), schema->undoStack());
    m_window->showView(QStringLiteral("files")); // the edit again, without a cell editor
    schema->addColumnAction()->trigger();
    m_window->showView(QStringLiteral("schema"));
    QVERIFY(undo->isEnabled());

    // The standard keys reach the Edit menu's actions with focus inside the editor.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    schema->table()->setFocus();
    QTest::keySequence(schema->table(), QKeySequence::Undo);
    QVERIFY(!schema->isModified());
    QCOMPARE(tabText(QStringLiteral("schema")), QStringLiteral("Schema"));
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    QTest::keySequence(schema->table(), QKeySequence::Redo);
    QVERIFY(schema->isModified());
    QCOMPARE(tabText(QStringLiteral("schema")), QStringLiteral("Schema *"));
}

void tst_MainWindow::closingAsksAboutUnappliedSchemaEdits()
{
    SchemaEditor *schema = m_window->schemaEditor();
    QVERIFY(schema->isModified()); // the previous case's edit
    m_window->showView(QStringLiteral("files"));
    QVERIFY(!m_window->close());
    QMessageBox *box = visibleMessageBox(schema, QStringLiteral("schemaMaybeApplyBox"));
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(m_window->isVisible());
    QVERIFY(schema->isModified());
    QCOMPARE(m_window->currentView(), QStringLiteral("files"));
}

void tst_MainWindow::projectsAreCreatedRenamedAndDeleted()
{
    ProjectActions *actions = m_window->projectActions();
    QSignalSpy loaded(m_window.get(), &MainWindow::projectsLoaded);
    actions->createProject(QStringLiteral("alpha"));
    QVERIFY(loaded.wait());
    QVERIFY(m_window->projectsModel()->projectIndex(QStringLiteral("alpha")).isValid());
    QCOMPARE(m_window->currentProject(), QStringLiteral("alpha"));

    actions->renameProject(QStringLiteral("alpha"), QStringLiteral("beta"));
    QVERIFY(loaded.wait());
    QVERIFY(!m_window->projectsModel()->projectIndex(QStringLiteral("alpha")).isValid());
    QCOMPARE(m_window->currentProject(), QStringLiteral("beta"));

    // The demo project: the confirmation names it and what goes with it.
    m_window->selectProject(demoProjectName);
    const ProjectInfo demo = m_window->projectsModel()->project(
        m_window->projectsModel()->projectIndex(demoProjectName));
    m_window->selectProject(QStringLiteral("beta"));
    actions->deleteAction()->trigger();
    auto *confirm = waitForChild<QMessageBox>(QStringLiteral("deleteProjectConfirmation"));
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QStringLiteral("beta")));
    confirm->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("deleteProjectConfirmation")));
    QVERIFY(m_window->projectsModel()->projectIndex(QStringLiteral("beta")).isValid());

    actions->deleteAction()->trigger();
    confirm = waitForChild<QMessageBox>(QStringLiteral("deleteProjectConfirmation"));
    QVERIFY(confirm);
    confirm->button(QMessageBox::Yes)->click();
    QVERIFY(loaded.wait());
    QVERIFY(!m_window->projectsModel()->projectIndex(QStringLiteral("beta")).isValid());

    // Counts in the confirmation come from the database.
    m_window->selectProject(demoProjectName);
    actions->deleteAction()->trigger();
    confirm = waitForChild<QMessageBox>(QStringLiteral("deleteProjectConfirmation"));
    QVERIFY(confirm);
    QVERIFY(confirm->informativeText().contains(QLocale().toString(demo.recordCount)));
    QVERIFY(confirm->informativeText().contains(QString::number(demo.fileCount)));
    confirm->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("deleteProjectConfirmation")));
}

void tst_MainWindow::exportsWithProgress()
{
    const QString path = m_dataDir.filePath(QStringLiteral("customers-export.csv"));
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    m_window->exportFileTo(
        demoProjectName, QStringLiteral("customers.csv"), ExportFormat::Csv, path);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QFile source(QStringLiteral(":/demo/customers.csv"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine(), source.readLine()); // the header
}

void tst_MainWindow::aboutNamesVersionsAndEngine()
{
    QAction *about = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        for (QAction *item : action->menu()->actions()) {
            if (item->menuRole() == QAction::AboutRole)
                about = item;
        }
    }
    QVERIFY(about);
    about->trigger();
    auto *dialog = waitForChild<AboutDialog>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    const auto text = [dialog](const char *name) {
        auto *label = dialog->findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    };
    QVERIFY(text("aboutVersion").contains(QStringLiteral(STEVEDORE_VERSION)));
    QVERIFY(text("aboutQt").contains(QString::fromLatin1(qVersion())));
    QVERIFY(text("aboutDatabase").contains(QStringLiteral("SQLite 3.")));
    dialog->close();
}

void tst_MainWindow::switchingTheDatabase()
{
    DatabaseOptions options;
    options.primary = DbUrl::parse(QStringLiteral("sqlite:")
                                   + m_dataDir.filePath(QStringLiteral("second.sqlite")));
    QSignalSpy ready(m_window.get(), &MainWindow::databaseReady);
    QSignalSpy changed(m_window.get(), &MainWindow::databaseChanged);
    // The schema editor's edits (see undoFollowsTheCurrentTab): asks first.
    QVERIFY(m_window->schemaEditor()->isModified());
    m_window->setDatabase(std::make_unique<Database>(options));
    QMessageBox *box
        = visibleMessageBox(m_window->schemaEditor(), QStringLiteral("schemaMaybeApplyBox"));
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_window->database());
    m_window->setDatabase(std::make_unique<Database>(options));
    box = visibleMessageBox(m_window->schemaEditor(), QStringLiteral("schemaMaybeApplyBox"));
    QVERIFY(box);
    QCOMPARE(changed.count(), 0); // not before the answer
    box->button(QMessageBox::Discard)->click();
    QVERIFY(!m_window->schemaEditor()->isModified());
    QCOMPARE(tabText(QStringLiteral("schema")), QStringLiteral("Schema"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Database *>(), nullptr);
    QVERIFY(!m_window->database());
    QCOMPARE(m_window->projectsModel()->rowCount(), 0);
    QVERIFY(ready.wait(30000));
    QVERIFY(
        m_window->connectionStatus()->connectionText().contains(QStringLiteral("second.sqlite")));
    QTRY_COMPARE(m_window->projectsModel()->isLoading(), false);
    QCOMPARE(m_window->projectsModel()->rowCount(), 0);
    QVERIFY(m_window->currentProject().isEmpty());
}

void tst_MainWindow::geometryIsRemembered()
{
    m_window->resize(1000, 700);
    m_window->close();
    QSettings settings;
    QVERIFY(settings.contains(QStringLiteral("mainwindow/geometry")));
    QVERIFY(settings.contains(QStringLiteral("mainwindow/state")));
    // The connections opened are remembered for the next start, newest first.
    QCOMPARE(settings.beginReadArray(QStringLiteral("connections/recent")), 2);
    settings.endArray();
}

void tst_MainWindow::translationsAreBuiltIn_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier");
}

void tst_MainWindow::translationsAreBuiltIn()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language),
                            QStringLiteral("stevedore"),
                            QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate("stevedore::MainWindow", "&File"), file);
    QVERIFY(!translator.translate("stevedore::FilesView", "%n file(s)", nullptr, 2).isEmpty());
    QVERIFY(!translator.translate("stevedore::RecordsModel", "Loading…").isEmpty());
    // The editors ask about unsaved edits themselves, in their own context.
    QVERIFY(!translator.translate("stevedore::SchemaEditor", "Review and Apply…").isEmpty());
    QVERIFY(!translator.translate("stevedore::MappingEditor", "Unsaved Mapping").isEmpty());
}

// Choosing a language saves it and asks: Later keeps the window, Restart Now closes it (after
// the editors agreed) for guimain to start Stevedore again. A window of its own: it closes.
void tst_MainWindow::languageChangeOffersARestart()
{
    DatabaseOptions options;
    options.primary = DbUrl::parse(QStringLiteral("sqlite:")
                                   + m_dataDir.filePath(QStringLiteral("language.sqlite")));
    MainWindow window(std::make_unique<Database>(options));
    QSignalSpy ready(&window, &MainWindow::databaseReady);
    window.show();
    QVERIFY(window.database() || ready.wait(30000));

    window.changeLanguage(QStringLiteral("de"));
    QCOMPARE(language::setting(), QStringLiteral("de"));
    QPointer<QMessageBox> box = window.languageQuestion();
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole); // Later
    box->defaultButton()->click();
    QTRY_VERIFY(!box);
    QVERIFY(!window.restartRequested());
    QVERIFY(window.isVisible());

    window.changeLanguage(QStringLiteral("fr"));
    box = window.languageQuestion();
    QVERIFY(box);
    QAbstractButton *now = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            now = button;
    }
    QVERIFY(now);
    now->click();
    QTRY_VERIFY(window.restartRequested());
    QTRY_VERIFY(!window.isVisible());
    QCOMPARE(language::setting(), QStringLiteral("fr"));
    language::setSetting(QString());
}

// A language without a translation of its own reads English, with English plural forms
// ("1 import", never "1 import(s)"). Installs a translator: it is removed again.
void tst_MainWindow::englishPluralsWithoutATranslation()
{
    const QLocale locale; // installTranslators() makes the chosen language the default
    language::setSetting(QStringLiteral("es"));
    const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    QCOMPARE(language::installTranslators(*qApp), QStringLiteral("en"));
    const auto said = [](int n) {
        return QCoreApplication::translate(
            "stevedore::MainWindow",
            "%n import(s) did not finish the last time this database was used.",
            nullptr,
            n);
    };
    QCOMPARE(said(1),
             QStringLiteral("1 import did not finish the last time this database was used."));
    QCOMPARE(said(3),
             QStringLiteral("3 imports did not finish the last time this database was used."));
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        if (!before.contains(translator)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    language::setSetting(QString());
    QLocale::setDefault(locale);
}

// Last: it installs translators for the rest of the run.
void tst_MainWindow::languageOverrideAppliesAtStart()
{
    QCOMPARE(language::setting(), QString());
    language::setSetting(QStringLiteral("fr"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QVERIFY(language::installTranslators(*qApp).startsWith(QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("stevedore::MainWindow", "&File"),
             QStringLiteral("&Fichier"));
    // Qt's own strings too (qtbase_fr.qm).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    language::setSetting(QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
