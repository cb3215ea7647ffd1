// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "import/importer.h"
#include "importfixture.h"
#include "store/catalog.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace stevedore;

// An import running while the world changes under it, on SQLite (tst_importsafety) or
// PostgreSQL (tst_importsafety_pg): another process replaces its file or deletes its project,
// the source file grows, shrinks or is rewritten, the input is not a file at all. Each time
// the import stops with a clear reason and the database holds exactly one source's records.
// The other side acts from inside the import's first progress report, never on a timer.
class TestImportSafety : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void concurrentReplaceLeavesOneSource();
    void deletingTheProjectStopsTheImport();
    void deletingTheFileStopsTheImport();
    void sourceChangingUnderTheImport_data();
    void sourceChangingUnderTheImport();
    void inputsThatAreNotFiles_data();
    void inputsThatAreNotFiles();
    void unreadableInputSaysPermissionDenied();
    void nulBytesAreRefused_data();
    void nulBytesAreRefused();
    void refusedPasswordIsNeverPrinted();
    void cancelBeforeHashingLeavesNothing();
    void cancelIsSeenDuringRetryBackoff();

private:
    QStringList dbArgs() const { return {QStringLiteral("--db"), m_scratch->url().toString()}; }
    QString write(const QString &relative, const QByteArray &content);
    static QByteArray csv(int records, const QByteArray &tag);
    qint64 count(const QString &query);
    qint64 orphanBlocks();
    QString fileStatus(const QString &project, const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::EngineScratch> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestImportSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
    m_db = test::openDatabase(m_scratch->url());
}

void TestImportSafety::cleanup()
{
    m_db.reset();
    m_scratch.reset();
    m_dir.reset();
}

QString TestImportSafety::write(const QString &relative, const QByteArray &content)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!test::writeFile(path, content))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestImportSafety::csv(int records, const QByteArray &tag)
{
    QByteArray data = "id,name,note\n";
    for (int i = 1; i <= records; ++i)
        data += QByteArray::number(i) + ",name " + QByteArray::number(i % 977) + "," + tag + "\n";
    return data;
}

qint64 TestImportSafety::count(const QString &query)
{
    return m_db
        ->read([query](QSqlDatabase &db) { return Sql(db).scalar(query).toLongLong(); },
               ReadConsistency::Primary)
        .result();
}

// Blocks whose file no longer exists (record_blocks has no foreign key).
qint64 TestImportSafety::orphanBlocks()
{
    return count(QStringLiteral(
        "SELECT count(*) FROM record_blocks WHERE file_id NOT IN (SELECT id FROM files)"));
}

QString TestImportSafety::fileStatus(const QString &project, const QString &file)
{
    return m_db
        ->read(
            [project, file](QSqlDatabase &db) {
                const Sql sql(db);
                return catalog::fileInfo(sql, catalog::projectId(sql, project), file).status;
            },
            ReadConsistency::Primary)
        .result();
}

void TestImportSafety::concurrentReplaceLeavesOneSource()
{
    const QString first = write(QStringLiteral("a/data.csv"), csv(3000, "first"));
    const QString second = write(QStringLiteral("b/data.csv"), csv(2500, "second"));
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = first;
    options.batchSize = 100;
    Importer importer(*m_db, options);
    test::CliResult other;
    bool replaced = false;
    importer.onProgress = [&](const ImportProgress &progress) {
        if (replaced || progress.records == 0)
            return;
        replaced = true;
        other = test::runCli(
            dbArgs()
            + QStringList{"import", "--project", "p", "--replace", "--batch-size", "100", second});
    };
    const ImportResult result = importer.run();
    QVERIFY(replaced);
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
    QVERIFY2(result.message.contains(QLatin1String("replaced")), qPrintable(result.message));
    QCOMPARE(test::exportedRecords(*m_db, "p", "data.csv"), test::sourceRecords(second));
    QCOMPARE(fileStatus("p", "data.csv"), QStringLiteral("imported"));
    QCOMPARE(orphanBlocks(), 0);
}

void TestImportSafety::deletingTheProjectStopsTheImport()
{
    const QString path = write(QStringLiteral("data.csv"), csv(3000, "x"));
    ImportOptions options;
    options.project = QStringLiteral("doomed");
    options.path = path;
    options.batchSize = 100;
    Importer importer(*m_db, options);
    test::CliResult other;
    importer.onProgress = [&](const ImportProgress &progress) {
        if (other.exitCode != -1 || progress.records == 0)
            return;
        other = test::runCli(dbArgs() + QStringList{"project", "delete", "doomed"});
    };
    const ImportResult result = importer.run();
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
    QVERIFY2(result.message.contains(QLatin1String("deleted")), qPrintable(result.message));
    QCOMPARE(orphanBlocks(), 0);
    const bool projectGone
        = m_db->read(
                  [](QSqlDatabase &db) {
                      return Sql(db)
                          .scalar(QStringLiteral("SELECT id FROM projects WHERE name = 'doomed'"))
                          .isNull();
                  },
                  ReadConsistency::Primary)
              .result();
    QVERIFY(projectGone);
}

// The GUI's Delete File… runs catalog::removeFile on the database the running import commits
// to (here a second Database on it, as another window or process would be).
void TestImportSafety::deletingTheFileStopsTheImport()
{
    const QString path = write(QStringLiteral("data.csv"), csv(3000, "x"));
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = 100;
    Importer importer(*m_db, options);
    const std::unique_ptr<Database> other = test::openDatabase(m_scratch->url());
    qint64 removed = -1;
    importer.onProgress = [&](const ImportProgress &progress) {
        if (removed != -1 || progress.records == 0)
            return;
        removed = other
                      ->write([](QSqlDatabase &db) {
                          return catalog::removeFile(Sql(db), "p", "data.csv");
                      })
                      .result();
    };
    const ImportResult result = importer.run();
    QCOMPARE(removed, 0); // counted when the import finishes
    QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
    QVERIFY2(result.message.contains(QLatin1String("deleted")), qPrintable(result.message));
    QCOMPARE(orphanBlocks(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM files")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_jobs")), 0);
}

void TestImportSafety::sourceChangingUnderTheImport_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("grows") << "grows";
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("rewritten in place, time kept") << "rewritten";
    QTest::newRow("another file renamed over it") << "renamed";
}

// 20,000 records (~600 KB) read 100 at a time: the reader has read only its first chunks
// when the first batch is reported, so a rewrite is read in part.
void TestImportSafety::sourceChangingUnderTheImport()
{
    QFETCH(QString, change);
    const QByteArray original = csv(20000, "original");
    const QString path = write(QStringLiteral("data.csv"), original);
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = 100;
    Importer importer(*m_db, options);
    bool changed = false;
    importer.onProgress = [&](const ImportProgress &progress) {
        if (changed || progress.records == 0)
            return;
        changed = true;
        if (change == QLatin1String("grows")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("20001,late,record\n");
        } else if (change == QLatin1String("truncated")) {
            QVERIFY(QFile::resize(path, original.size() / 2));
        } else if (change == QLatin1String("rewritten")) {
            // Same size, other bytes, modification time put back: only the digest of what
            // was parsed can tell.
            struct stat before = {};
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
            QByteArray other = original;
            other.replace("original", "ORIGINAL");
            const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
            QVERIFY(fd >= 0);
            QCOMPARE(::pwrite(fd, other.constData(), size_t(other.size()), 0),
                     ssize_t(other.size()));
            const struct timespec times[2] = {before.st_atim, before.st_mtim};
            QCOMPARE(::futimens(fd, times), 0);
            ::close(fd);
        } else {
            const QString other = write(QStringLiteral("other.csv"), csv(20000, "replaced"));
            QVERIFY(
                ::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData())
                == 0);
        }
    };
    const ImportResult result = importer.run();
    QVERIFY(changed);
    QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
    QVERIFY2(result.message.contains(QLatin1String("changed while it was being imported")),
             qPrintable(result.message));
    QVERIFY(fileStatus("p", "data.csv") != QLatin1String("imported"));

    // The original content, imported again, ends complete: nothing of the change was kept
    // and nothing says "unchanged".
    QVERIFY(test::writeFile(path, original));
    const ImportResult again = [&] {
        ImportOptions retry = options;
        Importer second(*m_db, retry);
        return second.run();
    }();
    QCOMPARE(again.outcome, ImportResult::Outcome::Imported);
    QCOMPARE(again.records, 20000);
    QCOMPARE(test::exportedRecords(*m_db, "p", "data.csv"), test::sourceRecords(path));
    QCOMPARE(orphanBlocks(), 0);
}

void TestImportSafety::inputsThatAreNotFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("link to /dev/zero") << "zero"
                                       << "is not a regular file (a character device)";
    QTest::newRow("FIFO") << "fifo"
                          << "is not a regular file (a FIFO)";
}

// Through the binary with a bound: before the fix the first read for ever and the second
// blocked in open(), both deaf to SIGINT and SIGTERM.
void TestImportSafety::inputsThatAreNotFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(QStringLiteral("input.csv"));
    if (kind == QLatin1String("zero"))
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    else
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const test::CliResult r
        = test::runCli(dbArgs() + QStringList{"import", "--project", "p", path}, 30000);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), path + QStringLiteral(": ") + reason);
}

// As root (CI) file permissions do not apply, so the import runs as nobody there.
void TestImportSafety::unreadableInputSaysPermissionDenied()
{
    if (m_scratch->pg())
        return; // the message comes from the file system, not the database: SQLite suffices
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::Permissions(0x7777)));
    const QString dbPath = m_dir->filePath(QStringLiteral("shared.sqlite"));
    const QString secret = write(QStringLiteral("locked/data.csv"), csv(3, "x"));
    QVERIFY(QFile::setPermissions(QFileInfo(secret).absolutePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner));
    QVERIFY(QFile::setPermissions(secret, QFileDevice::ReadOwner));
    QStringList command{QStringLiteral(STEVEDORE_BINARY),
                        QStringLiteral("--db"),
                        QStringLiteral("sqlite:") + dbPath,
                        QStringLiteral("import"),
                        QStringLiteral("--project"),
                        QStringLiteral("p"),
                        secret};
    if (::geteuid() == 0)
        command = QStringList{QStringLiteral("setpriv"),
                              QStringLiteral("--reuid=65534"),
                              QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"),
                              QStringLiteral("--")}
                  + command;
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->path());
    process.setProcessEnvironment(env);
    process.start(command.takeFirst(), command);
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(err, secret + QStringLiteral(": permission denied"));
}

void TestImportSafety::nulBytesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    const QByteArray nuls(8 << 20, '\0');
    QTest::newRow("only NUL bytes")
        << nuls << "is not a delimited text file (binary content: mostly NUL bytes)";
    QTest::newRow("a header, then NUL bytes")
        << QByteArray("id,name\n") + nuls
        << "is not a delimited text file (binary content: mostly NUL bytes)";
}

// Once a file of NUL bytes imported "successfully" under a NUL header (100 MB took 3.4 GB of
// memory and a 1.6 GB database). It is binary: refused before anything is stored.
void TestImportSafety::nulBytesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = write(QStringLiteral("zeros.csv"), content);
    const test::CliResult r
        = test::runCli(dbArgs() + QStringList{"import", "--project", "p", path}, 60000);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), path + QStringLiteral(": ") + reason);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM files")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record_blocks")), 0);
}

// A password with characters a URL must escape, against a real server that asks for it
// (scripts/pgcluster's stevedore_auth role): the right one reaches the server intact, also after
// DbUrl::toString() wrote it back; a wrong one is refused at once, on one line; no part of
// either is printed or logged. (SQLite has no passwords; tst_cli covers the URL parser without a
// server.)
void TestImportSafety::refusedPasswordIsNeverPrinted()
{
    if (!m_scratch->pg())
        return;
    const QString given = test::pgEnv("STEVEDORE_TEST_PG_AUTH");
    DbUrl right = DbUrl::parse(given);
    QCOMPARE(right.password, QStringLiteral("Qx7 @#/?%:Zk9"));
    right.database = m_scratch->url().database;
    DbUrl wrong = right;
    wrong.password = QStringLiteral("Qx7 @#/?%'Zk8");
    const QString logFile = m_dir->filePath(QStringLiteral("log.txt"));
    const auto run = [&](const DbUrl &url) {
        return test::runCli(
            {"--db", url.toString(), "--log-level", "debug", "--log-file", logFile, "projects"});
    };
    const auto printsNoPassword = [&](const test::CliResult &r) {
        for (const char *part : {"Qx7", "Zk9", "Zk8"}) {
            if (r.err.contains(part) || r.out.contains(part)
                || test::readFile(logFile).contains(part))
                return false;
        }
        return true;
    };

    const test::CliResult accepted = run(right);
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QVERIFY2(printsNoPassword(accepted), accepted.err.constData());
    // One line: a wrong password is not retried (with debug logging each retry was a line).
    const test::CliResult r = run(wrong);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("password authentication failed"), r.err.constData());
    QVERIFY2(printsNoPassword(r), r.err.constData());
}

void TestImportSafety::cancelBeforeHashingLeavesNothing()
{
    const QString path = write(QStringLiteral("data.csv"), csv(1000, "x"));
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    Importer importer(*m_db, options);
    importer.cancel();
    const ImportResult result = importer.run();
    QCOMPARE(result.outcome, ImportResult::Outcome::Cancelled);
    const qint64 jobs = m_db->read(
                                [](QSqlDatabase &db) {
                                    return Sql(db)
                                        .scalar(QStringLiteral("SELECT count(*) FROM import_jobs"))
                                        .toLongLong();
                                },
                                ReadConsistency::Primary)
                            .result();
    QCOMPARE(jobs, 0);
}

// A batch that keeps failing with a transient fault is retried with backoff (up to 12 times,
// about 36 s); a cancel during that wait ends the import at once as cancelled and resumable.
void TestImportSafety::cancelIsSeenDuringRetryBackoff()
{
    const QString path = write(QStringLiteral("data.csv"), csv(1000, "x"));
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = 100;
    Importer importer(*m_db, options);
    int failures = 0;
    importer.beforeCommitHook = [&](qint64 batch) {
        if (batch < 2)
            return;
        if (++failures == 1)
            importer.cancel();
        throw DbError(DbError::Kind::Transient, QStringLiteral("serialization failure"), "40001");
    };
    const ImportResult result = importer.run();
    QVERIFY2(result.outcome == ImportResult::Outcome::Cancelled, qPrintable(result.message));
    QVERIFY2(failures <= 2, qPrintable(QString::number(failures)));

    Importer resumed(*m_db, ImportOptions{options});
    const ImportResult done = resumed.run();
    QCOMPARE(done.outcome, ImportResult::Outcome::Imported);
    QVERIFY(done.resumed);
    QCOMPARE(test::exportedRecords(*m_db, "p", "data.csv"), test::sourceRecords(path));
}

QTEST_GUILESS_MAIN(TestImportSafety)
#include "tst_importsafety.moc"
