// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "mainwindow.h"
#include "mappedfixture.h"
#include "records/recordsmodel.h"
#include "records/recordsview.h"

#include <QAction>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace stevedore;
using namespace stevedore::guitest;

// Export from the Records view writes what the view shows: Mapped mode the schema's columns
// with the transforms applied, Raw mode the fields as imported.
class tst_MappedExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void exportWritesWhatTheViewShows_data();
    void exportWritesWhatTheViewShows();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<MainWindow> m_window;
    FileInfo m_people;
};

void tst_MappedExport::initTestCase()
{
    WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mappedexport"));

    DatabaseOptions options;
    options.primary = DbUrl::parse(QStringLiteral("sqlite:")
                                   + m_dataDir.filePath(QStringLiteral("people.sqlite")));
    {
        Database seed(options);
        seed.open();
        applyPeopleSchema(seed);
        m_people
            = importCsv(seed, m_dataDir, QStringLiteral("people"), QStringLiteral("people.csv"));
        QCOMPARE(m_people.recordCount, qint64(5));
        saveMapping(seed, m_people.id, peopleMapping());
        seed.close();
    }
    m_window = std::make_unique<MainWindow>(std::make_unique<Database>(options));
    QSignalSpy loaded(m_window.get(), &MainWindow::projectsLoaded);
    m_window->show();
    QVERIFY(loaded.wait(30000));
    m_window->selectFile(QStringLiteral("people"), m_people);
    QTRY_COMPARE(m_window->recordsView()->file().id, m_people.id);
}

void tst_MappedExport::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_MappedExport::cleanupTestCase()
{
    m_window.reset();
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_MappedExport::exportWritesWhatTheViewShows_data()
{
    QTest::addColumn<bool>("mapped");
    QTest::addColumn<QByteArray>("expected");
    // Mapped: schema names and order, Full Name upper-cased, dates as ISO, unmapped country
    // empty, invalid values ("bad-email", "abc") written as they are.
    QTest::newRow("mapped") << true
                            << QByteArray("email,full_name,age,joined,country\n"
                                          "ann@example.org,ANN SMITH,34,2020-02-01,\n"
                                          "bad-email,BOB JONES,abc,2020-13-01,\n"
                                          "carl@example.org,,41,2021-03-15,\n"
                                          ",DAN BROWN,5x,2019-12-31,\n"
                                          "eve@example.org,EVE ADAMS,29,2022-07-07,\n");
    QTest::newRow("raw") << false << peopleCsv;
}

void tst_MappedExport::exportWritesWhatTheViewShows()
{
    QFETCH(bool, mapped);
    QFETCH(QByteArray, expected);
    RecordsView *view = m_window->recordsView();
    view->setMappedMode(mapped);
    QVERIFY(view->exportCsvAction()->isEnabled());
    view->exportCsvAction()->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>()) && dialog->isVisible());
    const QString path = m_dataDir.filePath(
        QStringLiteral("exported-%1.csv").arg(QLatin1String(QTest::currentDataTag())));
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
}

QTEST_MAIN(tst_MappedExport)
#include "tst_mappedexport.moc"
