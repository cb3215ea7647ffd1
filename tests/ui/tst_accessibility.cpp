// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"
#include "connection/connectiondialog.h"
#include "dashboard/benchdialog.h"
#include "guitest.h"
#include "imports/demoimport.h"
#include "imports/importdialog.h"
#include "imports/jobqueue.h"
#include "importtest.h"
#include "mainwindow.h"
#include "mapping/mappingeditor.h"
#include "mapping/mappingmodel.h"
#include "projects/projectactions.h"
#include "projects/projectsmodel.h"
#include "schema/schemaservice.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace stevedore;
using namespace stevedore::guitest;

// The rule the walk enforces, for every visible widget an operator can act on (buttons, line
// edits, combo boxes, spin boxes, sliders, text editors, item views, tab bars, chart views):
// - its effective accessible name (what a screen reader announces: set explicitly, or derived by
//   Qt from the button's text, a label's buddy, the window title) is not empty;
// - a description (accessibleDescription, or a tool tip, which Qt reports as the description)
//   is there too where the name alone does not say what the control does: buttons showing only
//   an icon, item views and chart views (their content is not in their name).
// Parts of a composite control (a combo box's line edit, a table's header, a spin box's editor)
// are announced through their owner and are not checked on their own.
class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyViewIsNamed();
    void dialogsAreNamed();
    void importWithTheKeyboard();
    void mappingIsEditedWithTheKeyboard();
    void chartsAreReachedWithTheKeyboard();

private:
    QStringList offenders(QWidget *window) const;
    static bool report(const QStringList &offenders);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w)
           || qobject_cast<const QSlider *>(w) || qobject_cast<const QTextEdit *>(w)
           || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QGraphicsView *>(w);
}

// Parts of a composite control, announced through it.
bool isPart(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w))
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QTabBar *>(p))
            return true;
    }
    return false;
}

bool needsDescription(const QWidget *w)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text().isEmpty();
    return qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QGraphicsView *>(w);
}

// Whether pressing Tab from inside container eventually lands on target.
bool tabReaches(QWidget *container, QWidget *target)
{
    QWidget *w = container;
    for (int i = 0; i < 1000; ++i) {
        w = w->nextInFocusChain();
        if (w == target)
            return target->isVisible() && target->isEnabled()
                   && (target->focusPolicy() & Qt::TabFocus);
        if (w == container)
            return false;
    }
    return false;
}

QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        chain << QStringLiteral("%1(%2)").arg(QString::fromLatin1(p->metaObject()->className()),
                                              p->objectName());
    }
    return chain.join(QStringLiteral(" < "));
}

} // namespace

QStringList tst_Accessibility::offenders(QWidget *window) const
{
    QStringList found;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !isInteractive(w) || isPart(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        const QString description = iface ? iface->text(QAccessible::Description) : QString();
        if (name.trimmed().isEmpty())
            found << QStringLiteral("no name: ") + describe(w);
        else if (needsDescription(w) && description.trimmed().isEmpty() && w->toolTip().isEmpty())
            found << QStringLiteral("no description: ") + describe(w);
    }
    return found;
}

// QTest cuts long messages: each offender is its own line of the log.
bool tst_Accessibility::report(const QStringList &offenders)
{
    for (const QString &offender : offenders)
        qWarning().noquote() << offender;
    return offenders.isEmpty();
}

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    DatabaseOptions options;
    options.primary = DbUrl::parse(QStringLiteral("sqlite:")
                                   + m_dataDir.filePath(QStringLiteral("main.sqlite")));
    {
        // A schema column no demo column matches, for the mapping to be edited by hand.
        SchemaColumn note;
        note.name = QStringLiteral("a11y_note");
        const auto schema = test::openDatabase(options.primary);
        schema->write([note](QSqlDatabase &db) { return SchemaService(Sql(db)).apply({note}); })
            .waitForFinished();
    }
    m_window = std::make_unique<MainWindow>(std::make_unique<Database>(options));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QMessageBox *offer = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (offer = visibleMessageBox(m_window.get(), QStringLiteral("demoOffer"))); },
        20000));
    QVERIFY2(report(offenders(offer)), "controls without an accessible name (listed above)");
    QSignalSpy imported(m_window.get(), &MainWindow::demoImported);
    offer->button(QMessageBox::Yes)->click();
    QVERIFY(imported.wait(60000));
    ProjectsModel *projects = m_window->projectsModel();
    QTRY_VERIFY(projects->projectIndex(demoProjectName).isValid());
    const QModelIndex demo = projects->projectIndex(demoProjectName);
    m_window->projectsTree()->expand(demo);
    QTRY_VERIFY(projects->rowCount(demo) > 0);
    m_window->projectsTree()->setCurrentIndex(projects->index(0, 0, demo));
    QTRY_VERIFY(!m_window->mappingEditor()->isBusy());
}

void tst_Accessibility::cleanupTestCase()
{
    m_window.reset();
}

void tst_Accessibility::everyViewIsNamed()
{
    QStringList found;
    for (const QString &view : m_window->viewIds()) {
        m_window->showView(view);
        QCoreApplication::processEvents();
        for (const QString &offender : offenders(m_window.get())) {
            if (!found.contains(offender))
                found << offender;
        }
    }
    m_window->showView(QStringLiteral("files"));
    QVERIFY2(report(found), "controls without an accessible name (listed above)");
}

void tst_Accessibility::dialogsAreNamed()
{
    const QString csv = m_dataDir.filePath(QStringLiteral("people.csv"));
    QVERIFY(importtest::writeText(csv, importtest::csvText(20)));
    std::vector<std::unique_ptr<QDialog>> dialogs;
    auto *import = new ImportDialog(m_window->database(), {csv}, demoProjectName);
    QSignalSpy previewed(import, &ImportDialog::previewReady);
    dialogs.emplace_back(import);
    dialogs.emplace_back(new ConnectionDialog);
    dialogs.emplace_back(new AboutDialog(QString()));
    dialogs.emplace_back(new BenchDialog(
        DbUrl::parse(QStringLiteral("sqlite:") + m_dataDir.filePath(QStringLiteral("b.sqlite")))));
    for (const auto &dialog : dialogs)
        dialog->show();
    QVERIFY(previewed.wait(20000) || previewed.count() > 0);
    QStringList found;
    for (const auto &dialog : dialogs)
        found << offenders(dialog.get());
    QVERIFY2(report(found), "controls without an accessible name (listed above)");
}

// Ctrl+I, the file's path typed into the file dialog and Return, then Return in the import
// dialog (Import is its default button): the file is queued and imported.
void tst_Accessibility::importWithTheKeyboard()
{
    const QString csv = m_dataDir.filePath(QStringLiteral("keyboard.csv"));
    QVERIFY(importtest::writeText(csv, importtest::csvText(10)));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The file dialog runs its own event loop: answer it once it has the focus.
    bool typed = false;
    auto answer = connect(qApp, &QApplication::focusChanged, this, [&](QWidget *, QWidget *now) {
        auto *dialog = now ? qobject_cast<QFileDialog *>(now->window()) : nullptr;
        if (typed || !dialog || !qobject_cast<QLineEdit *>(now))
            return;
        typed = true;
        QTest::keyClicks(now, csv);
        QTest::keyClick(now, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    disconnect(answer);
    QVERIFY(typed);
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ImportDialog *>()) && dialog->isVisible());
    QTRY_VERIFY(!dialog->isPreviewPending(0));
    QSignalSpy queued(dialog, &ImportDialog::jobsQueued);
    QVERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->importButton()->toolTip()));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QCOMPARE(focus->window(), dialog);
    QTest::keyClick(focus, Qt::Key_Return);
    QVERIFY2(queued.count() == 1, focus->metaObject()->className());
    const int job = queued.at(0).at(0).value<QList<int>>().value(0);
    QTRY_VERIFY_WITH_TIMEOUT(importtest::isFinished(JobQueue::instance()->job(job)), 60000);
    QCOMPARE(JobQueue::instance()->job(job).state, ImportJob::State::Done);
}

// Tab reaches the mapping table, F2 opens the cell's editor (it does not rename the project),
// Down and Return pick another schema column, Ctrl+S saves. F2 still renames on the projects tree.
void tst_Accessibility::mappingIsEditedWithTheKeyboard()
{
    MappingEditor *editor = m_window->mappingEditor();
    m_window->showView(QStringLiteral("mapping"));
    QTRY_VERIFY(!editor->isBusy());
    QTableView *table = editor->table();
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY(tabReaches(editor, table));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, MappingModel::SchemaColumn));
    const int edits = editor->undoStack()->index();
    QTest::keyClick(table, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY2(combo,
             QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                         : "no focus");
    const int current = combo->currentIndex();
    QTest::keyClick(combo, current + 1 < combo->count() ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(editor->undoStack()->index(), edits + 1);
    QVERIFY(editor->isModified());
    QSignalSpy saved(editor, &MappingEditor::mappingSaved);
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(20000));
    QVERIFY(!editor->isModified());

    QSignalSpy renamed(m_window->projectActions()->renameAction(), &QAction::triggered);
    m_window->projectsTree()->setFocus();
    QTest::keyClick(m_window->projectsTree(), Qt::Key_F2);
    QCOMPARE(renamed.count(), 1);
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    m_window->showView(QStringLiteral("files"));
}

// Every chart's Export button is on the Tab chain of the dashboard, and so are the charts.
void tst_Accessibility::chartsAreReachedWithTheKeyboard()
{
    m_window->showView(QStringLiteral("dashboard"));
    QWidget *dashboard = m_window->view(QStringLiteral("dashboard"));
    const QList<QChartView *> charts = dashboard->findChildren<QChartView *>();
    QVERIFY(!charts.isEmpty());
    for (QChartView *chart : charts) {
        if (!chart->isVisible())
            continue;
        QVERIFY2(tabReaches(dashboard, chart), qPrintable(chart->accessibleName()));
        auto *exportButton = chart->parentWidget()->findChild<QToolButton *>();
        QVERIFY(exportButton);
        QVERIFY2(tabReaches(dashboard, exportButton), qPrintable(chart->accessibleName()));
    }
    m_window->showView(QStringLiteral("files"));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
