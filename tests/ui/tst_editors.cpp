// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "mainwindow.h"
#include "mapping/mappingeditor.h"
#include "mapping/mappingmodel.h"
#include "projects/projectsmodel.h"
#include "schema/mappingservice.h"
#include "schema/schemaeditor.h"
#include "schema/schemaservice.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <memory>

using namespace stevedore;
using namespace stevedore::guitest;

namespace {

// Whether call ran an event loop of its own, as exec() does: a zero timer posted before the call
// can fire only from an event loop. When it fires inside the call it cancels the question that
// blocks there, so that the test fails instead of hanging.
bool runsNestedLoop(const std::function<void()> &call)
{
    struct State
    {
        bool inside = true;
        bool nested = false;
    };
    auto state = std::make_shared<State>();
    QTimer::singleShot(0, qApp, [state] {
        if (!state->inside)
            return;
        state->nested = true;
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    call();
    state->inside = false;
    return state->nested;
}

SchemaColumn schemaColumn(const char *name, ColumnType type)
{
    SchemaColumn column;
    column.name = QString::fromUtf8(name);
    column.type = type;
    return column;
}

} // namespace

// The main window drives the schema and mapping editors through one interface: the Edit menu's
// Undo/Redo act on the current one, and leaving unsaved edits asks without a nested event loop.
class tst_Editors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoRedoActOnTheCurrentEditor();
    void choosingAnotherFileAsks_data();
    void choosingAnotherFileAsks();
    void switchingTheDatabaseSavesFirst();
    void closingAsksEveryEditor_data();
    void closingAsksEveryEditor();
    void reviewAndApplyKeepsTheWindowOpen();

private:
    QModelIndex fileIndex(const FileInfo &file) const
    {
        return m_window->projectsModel()->fileIndex(QStringLiteral("p"), file.id);
    }
    FileMapping storedMapping(qint64 fileId) const
    {
        return m_window->database()
            ->read([fileId](QSqlDatabase &db) { return MappingService(Sql(db)).load(fileId); },
                   ReadConsistency::Primary)
            .result();
    }
    // Maps the file column "name" of the mapping editor's file: an unsaved edit.
    void editMapping();
    // Adds a column to the schema while another view is shown (no cell editor opens).
    void editSchema();

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    DatabaseOptions m_options; // the current test's copy
    int m_copies = 0;
    FileInfo m_first;
    FileInfo m_second;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Editors::initTestCase()
{
    WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editors"));
    QSettings().setValue(QStringLiteral("demo/declined"), true); // no welcome question

    DatabaseOptions pristine;
    pristine.primary = test::sqliteUrl(m_dir, QStringLiteral("pristine.sqlite"));
    Database database(pristine);
    database.open();
    const QList<SchemaColumn> columns{schemaColumn("id", ColumnType::Integer),
                                      schemaColumn("name", ColumnType::Text)};
    database.write([columns](QSqlDatabase &db) { return SchemaService(Sql(db)).apply(columns); })
        .waitForFinished();
    m_first = writeFile(database, QStringLiteral("p"), QStringLiteral("first.csv"), 3);
    m_second = writeFile(database, QStringLiteral("p"), QStringLiteral("second.csv"), 3);
    QVERIFY(m_first.id != 0 && m_second.id != 0);
    database.close();
}

// A window on a copy of the database with the first file chosen, its mapping loaded.
void tst_Editors::init()
{
    const QString name = QStringLiteral("%1.sqlite").arg(++m_copies);
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("pristine.sqlite")), m_dir.filePath(name)));
    m_options.primary = test::sqliteUrl(m_dir, name);
    m_window = std::make_unique<MainWindow>(std::make_unique<Database>(m_options));
    QSignalSpy loaded(m_window.get(), &MainWindow::projectsLoaded);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(loaded.wait(30000));
    ProjectsModel *projects = m_window->projectsModel();
    m_window->projectsTree()->expand(projects->projectIndex(QStringLiteral("p")));
    QTRY_VERIFY(fileIndex(m_second).isValid());
    m_window->projectsTree()->setCurrentIndex(fileIndex(m_first));
    MappingEditor *mapping = m_window->mappingEditor();
    QCOMPARE(mapping->file().id, m_first.id);
    QTRY_VERIFY(!mapping->isBusy());
    QCOMPARE(mapping->model()->rowCount(), 3);
    QTRY_VERIFY(m_window->schemaEditor()->loadedVersion() >= 0
                && !m_window->schemaEditor()->isBusy());
}

void tst_Editors::cleanup()
{
    m_window.reset();
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_Editors::editMapping()
{
    MappingModel *model = m_window->mappingEditor()->model();
    QVERIFY(model->setData(model->index(1, MappingModel::SchemaColumn), QStringLiteral("name")));
    QVERIFY(m_window->mappingEditor()->isModified());
}

void tst_Editors::editSchema()
{
    const QString shown = m_window->currentView();
    m_window->showView(QStringLiteral("files"));
    m_window->schemaEditor()->addColumnAction()->trigger();
    QVERIFY(m_window->schemaEditor()->isModified());
    m_window->showView(shown);
}

void tst_Editors::undoRedoActOnTheCurrentEditor()
{
    SchemaEditor *schema = m_window->schemaEditor();
    MappingEditor *mapping = m_window->mappingEditor();
    QAction *undo = m_window->undoAction();
    QAction *redo = m_window->redoAction();
    editSchema();
    editMapping();

    m_window->showView(QStringLiteral("mapping"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(!mapping->isModified());
    QVERIFY(schema->isModified());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QVERIFY(mapping->isModified());

    m_window->showView(QStringLiteral("schema"));
    undo->trigger();
    QVERIFY(!schema->isModified());
    QVERIFY(mapping->isModified());
    redo->trigger();
    QVERIFY(schema->isModified());

    // A view that is no editor: the Edit menu reaches neither.
    m_window->showView(QStringLiteral("records"));
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
}

void tst_Editors::choosingAnotherFileAsks_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("button");
    QTest::addColumn<bool>("switches");
    QTest::addColumn<bool>("stored");
    QTest::newRow("save") << QMessageBox::Save << true << true;
    QTest::newRow("discard") << QMessageBox::Discard << true << false;
    QTest::newRow("cancel") << QMessageBox::Cancel << false << false;
}

void tst_Editors::choosingAnotherFileAsks()
{
    QFETCH(QMessageBox::StandardButton, button);
    QFETCH(bool, switches);
    QFETCH(bool, stored);
    MappingEditor *mapping = m_window->mappingEditor();
    m_window->showView(QStringLiteral("mapping"));
    editMapping();

    QVERIFY(!runsNestedLoop(
        [this] { m_window->projectsTree()->setCurrentIndex(fileIndex(m_second)); }));
    QMessageBox *box = visibleMessageBox(mapping, QStringLiteral("maybeSaveBox"));
    QVERIFY(box);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QCOMPARE(m_window->currentFile().id, m_first.id); // nothing moves before the answer
    QCOMPARE(mapping->file().id, m_first.id);
    // The tree stays on the file while the question is open.
    QTRY_COMPARE(m_window->projectsTree()->currentIndex(), fileIndex(m_first));

    box->button(button)->click();
    const FileInfo expected = switches ? m_second : m_first;
    QTRY_COMPARE(m_window->currentFile().id, expected.id);
    QTRY_COMPARE(m_window->projectsTree()->currentIndex(), fileIndex(expected));
    QCOMPARE(mapping->file().id, expected.id);
    QTRY_VERIFY(!mapping->isBusy());
    QCOMPARE(mapping->isModified(), !switches);
    QCOMPARE(storedMapping(m_first.id).columns[1].schemaColumn,
             stored ? QStringLiteral("name") : QString());
    QVERIFY(!visibleMessageBox(mapping, QStringLiteral("maybeSaveBox")));
}

void tst_Editors::switchingTheDatabaseSavesFirst()
{
    MappingEditor *mapping = m_window->mappingEditor();
    editMapping();
    QSignalSpy changed(m_window.get(), &MainWindow::databaseChanged);
    QSignalSpy saved(mapping, &MappingEditor::mappingSaved);
    DatabaseOptions other;
    other.primary = test::sqliteUrl(m_dir, QStringLiteral("other%1.sqlite").arg(m_copies));

    QVERIFY(!runsNestedLoop(
        [this, &other] { m_window->setDatabase(std::make_unique<Database>(other)); }));
    QMessageBox *box = visibleMessageBox(mapping, QStringLiteral("maybeSaveBox"));
    QVERIFY(box);
    QVERIFY(!runsNestedLoop([box] { box->button(QMessageBox::Save)->click(); }));
    QCOMPARE(changed.count(), 0); // the save is in flight; the old database stays meanwhile
    QVERIFY(saved.wait());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Database *>(), nullptr);
    QSignalSpy ready(m_window.get(), &MainWindow::databaseReady);
    QVERIFY(ready.wait(30000));

    Database first(m_options);
    first.open();
    const FileMapping stored
        = first
              .read([this](QSqlDatabase &db) { return MappingService(Sql(db)).load(m_first.id); },
                    ReadConsistency::Primary)
              .result();
    QCOMPARE(stored.columns[1].schemaColumn, QStringLiteral("name"));
    first.close();
}

void tst_Editors::closingAsksEveryEditor_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("mappingButton");
    QTest::addColumn<bool>("closes");
    QTest::newRow("both discard") << QMessageBox::Discard << true;
    QTest::newRow("mapping cancels") << QMessageBox::Cancel << false;
}

void tst_Editors::closingAsksEveryEditor()
{
    QFETCH(QMessageBox::StandardButton, mappingButton);
    QFETCH(bool, closes);
    SchemaEditor *schema = m_window->schemaEditor();
    MappingEditor *mapping = m_window->mappingEditor();
    m_window->showView(QStringLiteral("files"));
    editSchema();
    editMapping();

    bool closed = true;
    QVERIFY(!runsNestedLoop([this, &closed] { closed = m_window->close(); }));
    QVERIFY(!closed);
    QVERIFY(m_window->isVisible());
    // The schema first (the tabs' order), then the mapping once the schema's question is
    // answered.
    QMessageBox *box = visibleMessageBox(schema, QStringLiteral("schemaMaybeApplyBox"));
    QVERIFY(box);
    QVERIFY(!visibleMessageBox(mapping, QStringLiteral("maybeSaveBox")));
    box->button(QMessageBox::Discard)->click();
    QVERIFY(!schema->isModified());
    box = visibleMessageBox(mapping, QStringLiteral("maybeSaveBox"));
    QVERIFY(box);
    QVERIFY(m_window->isVisible());
    box->button(mappingButton)->click();
    if (closes) {
        QTRY_VERIFY(!m_window->isVisible());
        QVERIFY(!mapping->isModified());
    } else {
        QVERIFY(mapping->isModified());
        QVERIFY(!visibleMessageBox(mapping, QStringLiteral("maybeSaveBox")));
        QCoreApplication::processEvents(); // a close queued by mistake would happen here
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->currentView(), QStringLiteral("files"));
    }
}

void tst_Editors::reviewAndApplyKeepsTheWindowOpen()
{
    SchemaEditor *schema = m_window->schemaEditor();
    m_window->showView(QStringLiteral("files"));
    editSchema();
    QVERIFY(!runsNestedLoop([this] { m_window->close(); }));
    QMessageBox *box = visibleMessageBox(schema, QStringLiteral("schemaMaybeApplyBox"));
    QVERIFY(box);
    box->button(QMessageBox::Apply)->click();
    QCOMPARE(m_window->currentView(), QStringLiteral("schema"));
    // Apply's own confirmation lists the changes once its dry run is back; nothing closes.
    QDialog *confirmation = nullptr;
    QTRY_VERIFY(
        (confirmation = schema->findChild<QDialog *>(QStringLiteral("schemaApplyConfirmation")))
        && confirmation->isVisible());
    QVERIFY(m_window->isVisible());
    QVERIFY(schema->isModified());
    confirmation->reject();
    QCoreApplication::processEvents(); // a close queued by mistake would happen here
    QVERIFY(m_window->isVisible());
}

QTEST_MAIN(tst_Editors)
#include "tst_editors.moc"
