// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/livefiles.h"
#include "filedialogs.h"
#include "guitest.h"
#include "import/importer.h"
#include "import/rejectfixes.h"
#include "imports/importpreview.h"
#include "store/catalog.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace stevedore;
using namespace stevedore::guitest;

namespace {

// The POSIX locks this process holds on path's file, read from /proc/locks, whose lines read
// "1: POSIX ADVISORY READ <pid> <major>:<minor>:<inode> <start> <end>" (waiters "1: -> POSIX …").
// Matched on the inode: the device /proc/locks prints is the inode's filesystem, which stat() may
// number differently (overlay filesystems).
int locksHeld(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray inode = ':' + QByteArray::number(quint64(info.st_ino));
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields[1] != "->" && fields[4] == pid
            && fields[5].endsWith(inode))
            ++held;
    }
    return held;
}

qint64 createProject(Database &database, const QString &name)
{
    return database
        .write([name](QSqlDatabase &db) { return catalog::createProject(Sql(db), name); })
        .result();
}

QStringList projectNames(const QString &path)
{
    const auto database = test::openDatabase(DbUrl::parse(QStringLiteral("sqlite:") + path));
    QStringList names;
    const QList<ProjectInfo> projects
        = database->read([](QSqlDatabase &db) { return catalog::listProjects(Sql(db)); }).result();
    for (const ProjectInfo &project : projects)
        names << project.name;
    names.sort();
    return names;
}

bool listsAll(QFileSystemModel *model, const QString &folder, const QStringList &files)
{
    const QModelIndex root = model->index(folder);
    QStringList names;
    for (int row = 0; row < model->rowCount(root); ++row)
        names << model->index(row, 0, root).data().toString();
    return std::all_of(files.cbegin(), files.cend(), [&names](const QString &file) {
        return names.contains(file);
    });
}

} // namespace

// SQLite in WAL mode keeps locks on the database and its -shm file while a connection is open,
// and POSIX drops all of a process's locks on a file when the process closes any descriptor of
// it. Nothing but SQLite may open those files here, or another process believes it is alone,
// checkpoints and deletes the WAL we write to, and writes are lost.
class tst_LiveDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fileDialogKeepsTheLocks_data();
    void fileDialogKeepsTheLocks();
    void importRefusesTheLiveFiles_data();
    void importRefusesTheLiveFiles();
    void dialogRefusesTheLiveFiles();
    void connectionDialogMayChooseTheDatabase();
    void liveFilesEndWithTheDatabase();
    void everyFileDialogComesFromTheFactory();
    void fileDialogRemembersFolderAndSize();

private:
    QString path() const { return m_scratch->path(); }
    QString folder() const { return QFileInfo(path()).absolutePath(); }
    test::CliResult cli(const QStringList &arguments) const
    {
        return test::runCli(QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + path()}
                            + arguments);
    }
    void verifyLocksHeld();

    std::unique_ptr<ScratchDatabase> m_scratch;
    QTemporaryDir m_settingsDir;
};

void tst_LiveDatabase::initTestCase()
{
    WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    // The dialogs remember their folder and size: each run starts from none.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_livedatabase"));
}

void tst_LiveDatabase::init()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    // A write, so that the WAL and the shared-memory file exist and are locked.
    createProject(m_scratch->database(), QStringLiteral("gui-before"));
    test::writeFile(folder() + QStringLiteral("/data.csv"), "id,name\n1,a\n");
    verifyLocksHeld();
}

void tst_LiveDatabase::cleanup()
{
    m_scratch.reset();
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_LiveDatabase::verifyLocksHeld()
{
    // The SHARED lock on the database and the DMS byte on -shm, held for the connection's life.
    QVERIFY2(locksHeld(path()) > 0, "no lock on the database file");
    QVERIFY2(locksHeld(path() + QStringLiteral("-shm")) > 0, "no lock on the -shm file");
}

void tst_LiveDatabase::fileDialogKeepsTheLocks_data()
{
    QTest::addColumn<QFileDialog::AcceptMode>("mode");
    QTest::addColumn<QString>("start"); // in the database's folder; empty: the folder
    QTest::newRow("open, the folder") << QFileDialog::AcceptOpen << QString();
    QTest::newRow("save, the folder") << QFileDialog::AcceptSave << QString();
    QTest::newRow("open, the database selected")
        << QFileDialog::AcceptOpen << QStringLiteral("test.sqlite");
    QTest::newRow("save, the WAL selected")
        << QFileDialog::AcceptSave << QStringLiteral("test.sqlite-wal");
}

void tst_LiveDatabase::fileDialogKeepsTheLocks()
{
    QFETCH(QFileDialog::AcceptMode, mode);
    QFETCH(QString, start);
    {
        const std::unique_ptr<QFileDialog> dialog(filedialogs::create(
            nullptr, QStringLiteral("Live"), start.isEmpty() ? folder() : folder() + u'/' + start));
        dialog->setAcceptMode(mode);
        dialog->setViewMode(QFileDialog::Detail);
        dialog->show();
        auto *model = dialog->findChild<QFileSystemModel *>();
        QVERIFY(model);
        // Every file listed, then described: its icon and its type (the "Type" column) are what
        // Qt's providers find by reading the file.
        const QStringList live = {QStringLiteral("test.sqlite"),
                                  QStringLiteral("test.sqlite-shm"),
                                  QStringLiteral("test.sqlite-wal")};
        QTRY_VERIFY(listsAll(model, folder(), live));
        const QModelIndex root = model->index(folder());
        for (int row = 0; row < model->rowCount(root); ++row) {
            model->index(row, 0, root).data(Qt::DecorationRole);
            QVERIFY(!model->index(row, 2, root).data().toString().isEmpty());
            model->fileIcon(model->index(row, 0, root));
            model->type(model->index(row, 0, root));
        }
        dialog->close();
    }
    verifyLocksHeld(); // not fatal: what follows shows what losing them costs

    // The CLI and this process take turns writing. Without our locks the CLI believes it is
    // alone, checkpoints and deletes the WAL we still write to: it stops seeing our writes, and
    // its own that came after ours vanish when we close the database.
    const test::CliResult first
        = cli({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("cli-first")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    createProject(m_scratch->database(), QStringLiteral("gui-after"));
    const test::CliResult second
        = cli({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("cli-second")});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const test::CliResult listed = cli({QStringLiteral("projects")});
    QVERIFY2(listed.out.contains("gui-after"), listed.out.constData());
    m_scratch->database().close();
    QCOMPARE(projectNames(path()),
             QStringList({QStringLiteral("cli-first"),
                          QStringLiteral("cli-second"),
                          QStringLiteral("gui-after"),
                          QStringLiteral("gui-before")}));
}

void tst_LiveDatabase::importRefusesTheLiveFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("database") << QString();
    QTest::newRow("wal") << QStringLiteral("-wal");
    QTest::newRow("shm") << QStringLiteral("-shm");
    QTest::newRow("journal, not there") << QStringLiteral("-journal");
}

void tst_LiveDatabase::importRefusesTheLiveFiles()
{
    QFETCH(QString, suffix);
    // Another spelling of the same file is the same file.
    const QString file = folder() + QStringLiteral("/./") + QFileInfo(path()).fileName() + suffix;
    QVERIFY(isLiveDatabaseFile(file));
    if (suffix != QLatin1String("-journal")) {
        const QString refusal = loadImportPreview(file, {}).refusal;
        QVERIFY2(refusal.contains(QLatin1String("is the open database")), qPrintable(refusal));
        QCOMPARE(checkImportable(file), refusal);
        // Nor is it read as a CSV of fixed rejects (the GUI's Apply Fixes from CSV).
        const QString fixes
            = m_scratch->database()
                  .write([file](QSqlDatabase &db) {
                      try {
                          rejectfixes::apply(Sql(db), 0, file, {QStringLiteral("ops")});
                      } catch (const DbError &error) {
                          return error.message();
                      }
                      return QString();
                  })
                  .result();
        QVERIFY2(fixes.contains(QLatin1String("belongs to the database Stevedore has open")),
                 qPrintable(fixes));
    }
    QVERIFY(!isLiveDatabaseFile(folder() + QStringLiteral("/data.csv")));
    QVERIFY(checkImportable(folder() + QStringLiteral("/data.csv")).isEmpty());
    verifyLocksHeld();
}

void tst_LiveDatabase::dialogRefusesTheLiveFiles()
{
    const std::unique_ptr<QFileDialog> dialog(
        filedialogs::create(nullptr, QStringLiteral("Export"), folder()));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite); // no modal question in a test
    QSignalSpy selected(dialog.get(), &QFileDialog::fileSelected);
    dialog->show();
    dialog->selectFile(path() + QStringLiteral("-wal"));
    static_cast<QDialog *>(dialog.get())->accept();
    QVERIFY(selected.isEmpty());
    QVERIFY(dialog->isVisible());
    auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("liveDatabaseRefusal"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("test.sqlite-wal")));
    box->close();

    const QString other = folder() + QStringLiteral("/rejects.csv");
    dialog->selectFile(other);
    static_cast<QDialog *>(dialog.get())->accept();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().first().toString(), other);
    verifyLocksHeld();
}

void tst_LiveDatabase::connectionDialogMayChooseTheDatabase()
{
    const std::unique_ptr<QFileDialog> dialog(filedialogs::create(
        nullptr, QStringLiteral("Connect"), {}, {}, filedialogs::LiveDatabase::Allow));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    QSignalSpy selected(dialog.get(), &QFileDialog::fileSelected);
    dialog->show();
    dialog->selectFile(path());
    static_cast<QDialog *>(dialog.get())->accept();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(QFileInfo(selected.first().first().toString()), QFileInfo(path()));
    verifyLocksHeld();
}

void tst_LiveDatabase::liveFilesEndWithTheDatabase()
{
    QVERIFY(isLiveDatabaseFile(path()));
    m_scratch->database().close();
    QVERIFY(!isLiveDatabaseFile(path()));
    QVERIFY(!isLiveDatabaseFile(path() + QStringLiteral("-wal")));
}

void tst_LiveDatabase::everyFileDialogComesFromTheFactory()
{
    // Qt's dialogs, icon providers and MIME sniffing read files; only ui/filedialogs.cpp may use
    // them, with a provider that does not.
    static const QRegularExpression direct(
        QStringLiteral(R"(QFileDialog::get\w+\(|new\s+QFileDialog\b|\bQFileDialog\s+\w+\s*[({;])"
                       R"(|QFileSystemModel|QFileIconProvider|QMimeDatabase)"));
    QStringList offenders;
    for (const char *folder : {"ui", "app", "core"}) {
        QDirIterator it(QStringLiteral(STEVEDORE_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith(QLatin1String("/ui/filedialogs.cpp")))
                continue;
            if (direct.match(QString::fromUtf8(test::readFile(file))).hasMatch())
                offenders << file;
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

// The next dialog opens where the last one was left, at its size, unless told a folder.
void tst_LiveDatabase::fileDialogRemembersFolderAndSize()
{
    const QString there = folder() + QStringLiteral("/remembered");
    QVERIFY(QDir().mkpath(there));
    {
        const std::unique_ptr<QFileDialog> first(
            filedialogs::create(nullptr, QStringLiteral("First"), there));
        first->resize(777, 555);
        first->open();
        first->reject();
    }
    const std::unique_ptr<QFileDialog> next(filedialogs::create(nullptr, QStringLiteral("Next")));
    QCOMPARE(next->directory().absolutePath(), there);
    QCOMPARE(next->size(), QSize(777, 555));
    const std::unique_ptr<QFileDialog> told(
        filedialogs::create(nullptr, QStringLiteral("Told"), folder()));
    QCOMPARE(told->directory().absolutePath(), folder());
    verifyLocksHeld();
}

QTEST_MAIN(tst_LiveDatabase)
#include "tst_livedatabase.moc"
