// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "mapping/mappingeditor.h"
#include "schema/schemaeditor.h"

#include <QAction>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace stevedore;

// The schema and mapping editors' commands stay on screen in a 1024×700 window in every
// language: nothing spills into the toolbar's "»" menu, and Apply and Save are buttons of
// their own.
class TestToolbarsFit : public QObject
{
    Q_OBJECT

private slots:
    void editorsFit_data();
    void editorsFit();
};

void TestToolbarsFit::editorsFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// Every toolbar in editor shows all its actions: the extension button (Qt's overflow menu) is
// hidden and each action's button is visible.
static void verifyAllShown(QWidget *editor)
{
    const QList<QToolBar *> bars = editor->findChildren<QToolBar *>();
    QVERIFY(!bars.isEmpty());
    for (QToolBar *bar : bars) {
        if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            QVERIFY2(!more->isVisible(), qPrintable(editor->metaObject()->className()));
        for (QAction *action : bar->actions()) {
            if (action->isSeparator())
                continue;
            QWidget *button = bar->widgetForAction(action);
            QVERIFY2(button && button->isVisible(), qPrintable(action->text()));
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
        }
    }
}

void TestToolbarsFit::editorsFit()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/stevedore_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    // A 1024-pixel window less the Projects tree and the frames around the tabs.
    const QSize size(740, 600);
    auto schema = std::make_unique<SchemaEditor>();
    auto mapping = std::make_unique<MappingEditor>();
    for (QWidget *editor :
         {static_cast<QWidget *>(schema.get()), static_cast<QWidget *>(mapping.get())}) {
        editor->resize(size);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        verifyAllShown(editor);
        if (QTest::currentTestFailed())
            break;
    }
    QVERIFY(schema->findChild<QPushButton *>(QStringLiteral("applySchemaButton")));
    QVERIFY(mapping->findChild<QPushButton *>(QStringLiteral("saveActionButton")));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestToolbarsFit)
#include "tst_toolbarsfit.moc"
