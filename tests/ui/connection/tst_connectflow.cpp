// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "connection/connectiondialog.h"
#include "connection/connectionstatus.h"
#include "guitest.h"
#include "mainwindow.h"
#include "projects/projectsmodel.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QtTest>

#include <memory>

using namespace stevedore;
using namespace stevedore::guitest;

// File → Connect… to a server that cannot be used: the window stays on its database.
class tst_ConnectFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void failedConnectKeepsTheDatabase();
    void cancelKeepsTheDatabaseAndClosesTheAttempt();

private:
    // Opens File → Connect…, fills in uri and presses Connect.
    void connectThroughTheDialog(const QString &uri);
    // The window shows the database it was opened on, with its project.
    void verifyUnchanged();
    QMessageBox *visibleBox() const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<MainWindow> m_window;
    Database *m_database = nullptr;
    QString m_title;
    QString m_status;
};

void tst_ConnectFlow::initTestCase()
{
    WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectflow"));

    DatabaseOptions options;
    options.primary = DbUrl::parse(QStringLiteral("sqlite:")
                                   + m_dataDir.filePath(QStringLiteral("kept.sqlite")));
    {
        Database seed(options);
        seed.open();
        writeFile(seed, QStringLiteral("kept"), QStringLiteral("data.csv"), 3);
        seed.close();
    }
    m_window = std::make_unique<MainWindow>(std::make_unique<Database>(options));
    QSignalSpy loaded(m_window.get(), &MainWindow::projectsLoaded);
    m_window->show();
    QVERIFY(loaded.wait(30000));
    m_database = m_window->database();
    QVERIFY(m_database);
    QCOMPARE(m_window->projectsModel()->rowCount(), 1);
    m_title = m_window->windowTitle();
    m_status = m_window->connectionStatus()->connectionText();
    QVERIFY(m_title.contains(QStringLiteral("kept.sqlite")));
}

void tst_ConnectFlow::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_ConnectFlow::cleanupTestCase()
{
    m_window.reset();
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_ConnectFlow::connectThroughTheDialog(const QString &uri)
{
    m_window->showConnectDialog();
    auto *dialog = m_window->findChild<ConnectionDialog *>(QStringLiteral("connectionDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->applyUri(uri));
    dialog->accept();
}

void tst_ConnectFlow::verifyUnchanged()
{
    QCOMPARE(m_window->database(), m_database);
    QCOMPARE(m_window->windowTitle(), m_title);
    QCOMPARE(m_window->connectionStatus()->connectionText(), m_status);
    QCOMPARE(m_window->projectsModel()->rowCount(), 1);
    QCOMPARE(m_window->currentProject(), QStringLiteral("kept"));
}

QMessageBox *tst_ConnectFlow::visibleBox() const
{
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

void tst_ConnectFlow::failedConnectKeepsTheDatabase()
{
    // A port nothing listens on: libpq's "Connection refused" at once.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    connectThroughTheDialog(
        QStringLiteral("postgresql://stevedore:s3cret@127.0.0.1:%1/elsewhere").arg(port));

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleBox()) != nullptr, 60000);
    const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
    QVERIFY2(text.contains(QStringLiteral("127.0.0.1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("std::exception")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("s3cret")), qPrintable(text));
    verifyUnchanged();
    // The current database still works: the tree reloads from it.
    QSignalSpy loaded(m_window.get(), &MainWindow::projectsLoaded);
    m_window->reloadProjects();
    QVERIFY(loaded.wait(30000));
    verifyUnchanged();
    box->close();
}

void tst_ConnectFlow::cancelKeepsTheDatabaseAndClosesTheAttempt()
{
    // A server that accepts the connection and never answers: the attempt runs until
    // cancelled (or libpq's connect_timeout, long after this test has cancelled it).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> sockets;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            sockets << socket;
    });
    connectThroughTheDialog(QStringLiteral("postgresql://stevedore:s3cret@127.0.0.1:%1/"
                                           "silent?sslmode=disable&connect_timeout=30")
                                .arg(silent.serverPort()));
    QProgressDialog *progress = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (progress = m_window->findChild<QProgressDialog *>(QStringLiteral("connectProgress")))
            && progress->isVisible(),
        30000);
    QVERIFY(progress->labelText().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!progress->labelText().contains(QStringLiteral("s3cret")));
    QTRY_VERIFY_WITH_TIMEOUT(!sockets.isEmpty(), 30000); // the attempt reached the server
    QSignalSpy changed(m_window.get(), &MainWindow::databaseChanged);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("connectProgress")));
    verifyUnchanged();
    QVERIFY(!visibleBox()); // cancelling is no failure to report
    // The abandoned attempt still waits for the silent server; it holds up no other work: with
    // one thread in the global pool, the next attempt (a closed port) fails at once.
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closed = probe.serverPort();
    probe.close();
    connectThroughTheDialog(
        QStringLiteral("postgresql://stevedore:s3cret@127.0.0.1:%1/elsewhere").arg(closed));
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleBox()) != nullptr, 60000);
    QVERIFY(std::any_of(sockets.cbegin(), sockets.cend(), [](QTcpSocket *socket) {
        return socket->state() == QAbstractSocket::ConnectedState;
    }));
    box->close();
    // The half-open pool is closed on a worker, and its connection with it.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(sockets.cbegin(),
                                         sockets.cend(),
                                         [](QTcpSocket *socket) {
                                             return socket->state()
                                                    == QAbstractSocket::UnconnectedState;
                                         }),
                             90000);
    QCOMPARE(changed.count(), 0);
    verifyUnchanged();
}

QTEST_MAIN(tst_ConnectFlow)
#include "tst_connectflow.moc"
