// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"
#include "buildinfo.h"
#include "guitest.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace stevedore;

// Help → About names what an operator reports with a problem, and opens the folders they are
// asked for, through the desktop (never waiting for it).
class tst_AboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsVersionsAndLicence();
    void commitIsTheConfiguredOne();
    void buttonsOpenTheFolders_data();
    void buttonsOpenTheFolders();

private:
    QString text(const AboutDialog &dialog, const char *name) const;
};

void tst_AboutDialog::initTestCase()
{
    guitest::WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_aboutdialog"));
}

QString tst_AboutDialog::text(const AboutDialog &dialog, const char *name) const
{
    const auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

void tst_AboutDialog::showsVersionsAndLicence()
{
    AboutDialog dialog(QStringLiteral("PostgreSQL 15.5"));
    QCOMPARE(text(dialog, "aboutVersion"), QStringLiteral("Stevedore " STEVEDORE_VERSION));
    QVERIFY(text(dialog, "aboutQt").startsWith(QString::fromLatin1(qVersion())));
    QCOMPARE(text(dialog, "aboutSqlite"), QString::fromLatin1(sqlite3_libversion()));
    const int libpq = PQlibVersion();
    QCOMPARE(text(dialog, "aboutLibpq"),
             QStringLiteral("%1.%2").arg(libpq / 10000).arg(libpq % 10000));
    QVERIFY(text(dialog, "aboutLibpq").startsWith(QStringLiteral("1"))); // 10 and later
    QCOMPARE(text(dialog, "aboutDatabase"), QStringLiteral("PostgreSQL 15.5"));
    QCOMPARE(text(dialog, "aboutLicence"), QStringLiteral("MIT"));
    QCOMPARE(text(AboutDialog{QString()}, "aboutDatabase"), QStringLiteral("Not connected"));
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_AboutDialog::commitIsTheConfiguredOne()
{
    AboutDialog dialog{QString()};
    const QString commit = text(dialog, "aboutCommit");
    QCOMPARE(commit, QString::fromLatin1(buildinfo::gitCommit));
    // A checkout's abbreviated hash, or "unknown" outside git; never empty.
    QVERIFY2(commit == QLatin1String("unknown")
                 || QRegularExpression(QStringLiteral("^[0-9a-f]{12}$")).match(commit).hasMatch(),
             qPrintable(commit));
}

void tst_AboutDialog::buttonsOpenTheFolders_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("folder");
    QTest::newRow("data") << QStringLiteral("openDataFolder")
                          << QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QTest::newRow("logs") << QStringLiteral("openLogFolder") << AboutDialog::logFolder();
}

void tst_AboutDialog::buttonsOpenTheFolders()
{
    QFETCH(QString, button);
    QFETCH(QString, folder);
    AboutDialog dialog{QString()};
    QList<QUrl> opened;
    dialog.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    auto *open = dialog.findChild<QPushButton *>(button);
    QVERIFY(open);
    QVERIFY(!folder.isEmpty());
    QCOMPARE(text(dialog, qPrintable(button + QStringLiteral("Path"))), folder);
    open->click();
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(folder)});
    STEVEDORE_VERIFY_NO_WARNINGS();
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
