// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "csv/csvreader.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "import/exporter.h"
#include "import/importer.h"
#include "importfixture.h"
#include "store/catalog.h"
#include "store/importjobs.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

#include <signal.h>

#include <thread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace stevedore;

// The import engine end to end on SQLite (tst_importer) or PostgreSQL (tst_importer_pg):
// every record lands exactly once, in order, or is rejected with its line.
class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void peerCorpora_data();
    void peerCorpora();
    void malformedRecordsAreRejectedWithTheirLine();
    void lineEndingsAndEncodings_data();
    void lineEndingsAndEncodings();
    void headerOnlyIsAnEmptyImport();
    void refusedInputs_data();
    void refusedInputs();
    void reimportIsANoOpAndDifferentContentNeedsReplace();
    void wideAndHugeFields();
    void databaseRefusalIsBisected();
    void transientFaultIsRetried();
    void permanentFaultFailsThenResumes();
    void cancelThenResume();
    void cancelDuringReconnectCommitsNothingMore();
    void resumedFiguresAreThisRunsAndCommitted();
    void killNineThenResume();
    void concurrentProcessesIntoOneProject();
    void cliContract();
    void quoteCharacter();
    void backgroundLowersTheImportThreads();
    void historyRecordsTheCacheHitRatio();

private:
    DbUrl url() const;
    QStringList dbArgs() const { return {QStringLiteral("--db"), url().toString()}; }
    ImportResult import(const QString &path,
                        const QString &project = QStringLiteral("p"),
                        std::function<void(Importer &)> setUp = {});
    QList<QStringList> exported(const QString &project, const QString &file);
    QList<QStringList> readAll(const QString &path, QList<qint64> *errorLines = nullptr);
    QString write(const QString &name, const QByteArray &content);
    QString bigFile(int records);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::EngineScratch> m_scratch;
    std::unique_ptr<Database> m_db;
};

DbUrl TestImporter::url() const
{
    return m_scratch->url();
}

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
    m_db = test::openDatabase(url());
}

void TestImporter::cleanup()
{
    m_db.reset();
    m_scratch.reset();
    m_dir.reset();
}

ImportResult TestImporter::import(const QString &path,
                                  const QString &project,
                                  std::function<void(Importer &)> setUp)
{
    ImportOptions options;
    options.project = project;
    options.path = path;
    Importer importer(*m_db, options);
    if (setUp)
        setUp(importer);
    return importer.run();
}

QList<QStringList> TestImporter::exported(const QString &project, const QString &file)
{
    return test::exportedRecords(*m_db, project, file);
}

QList<QStringList> TestImporter::readAll(const QString &path, QList<qint64> *errorLines)
{
    return test::sourceRecords(path, errorLines);
}

QString TestImporter::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    test::writeFile(path, content);
    return path;
}

QString TestImporter::bigFile(int records)
{
    QByteArray data = "id,name,note,amount\n";
    data.reserve(records * 48);
    for (int i = 1; i <= records; ++i) {
        data += QByteArray::number(i) + ",name " + QByteArray::number(i % 977) + ",";
        data += (i % 10 == 0) ? "\"multi\nline, \"\"quoted\"\"\"" : "plain é";
        data += "," + QByteArray::number(i * 3) + ".50\n";
    }
    return write(QStringLiteral("big.csv"), data);
}

void TestImporter::peerCorpora_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("refusal"); // empty: imported faithfully
    const QString root = QStringLiteral(STEVEDORE_SHARED_TESTDATA);
    QVERIFY2(QDir(root).exists(), "the peer corpora (../shared/testdata) are missing");
    const QMap<QString, QString> refused
        = {{QStringLiteral("empty.csv"), QStringLiteral("is empty")},
           {QStringLiteral("empty_crlf.csv"), QString()}};
    QDirIterator it(root,
                    {QStringLiteral("*.csv"), QStringLiteral("*.tsv")},
                    QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    QVERIFY(paths.size() >= 30);
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        QString refusal;
        if (QFileInfo(path).size() == 0)
            refusal = QStringLiteral("is empty");
        QTest::newRow(qPrintable(QFileInfo(path).dir().dirName() + QLatin1Char('/') + name))
            << path << refusal;
    }
}

void TestImporter::peerCorpora()
{
    QFETCH(QString, path);
    QFETCH(QString, refusal);
    const ImportResult result = import(path);
    if (!refusal.isEmpty()) {
        QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
        QVERIFY2(result.message.contains(refusal), qPrintable(result.message));
        return;
    }
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    QList<qint64> errorLines;
    const QList<QStringList> source = readAll(path, &errorLines);
    QCOMPARE(result.rejected, qint64(errorLines.size()));
    QCOMPARE(result.records, qint64(source.size() - 1));
    const QList<QStringList> back = exported(QStringLiteral("p"), QFileInfo(path).fileName());
    QCOMPARE(back, source);
}

void TestImporter::malformedRecordsAreRejectedWithTheirLine()
{
    static const char content[] = "a,b,c\n"
                                  "1,2,3\n"
                                  "4,5\n"                 // line 3: too few
                                  "6,7,8,9\n"             // line 4: too many
                                  "\"multi\nline\",x,y\n" // lines 5-6: fine
                                  "10,\xff\xfe,12\n"      // line 7: invalid UTF-8
                                  "13,1\x00"
                                  "4,15\n" // line 8: NUL
                                  "16,17,18\n"
                                  "\"never closed,19,20\n"; // line 10: unterminated
    const QString path = write(QStringLiteral("bad.csv"), QByteArray(content, sizeof(content) - 1));
    QList<ImportReject> rejects;
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.overrides.encoding = TextEncoding::Utf8; // else \xff\xfe makes it Windows-1252
    Importer importer(*m_db, options);
    importer.onReject = [&](const ImportReject &r) {
        rejects << r;
    };
    const ImportResult result = importer.run();
    QCOMPARE(result.outcome, ImportResult::Outcome::Imported);
    QCOMPARE(result.records, 3);
    QList<qint64> lines;
    for (const ImportReject &r : rejects) {
        lines << r.line;
        QVERIFY(!r.reason.isEmpty());
    }
    QCOMPARE(lines, (QList<qint64>{3, 4, 7, 8, 10}));
    QCOMPARE(result.rejected, 5);
    const QList<QStringList> back = exported(QStringLiteral("p"), QStringLiteral("bad.csv"));
    QCOMPARE(back,
             (QList<QStringList>{
                 {"a", "b", "c"}, {"1", "2", "3"}, {"multi\nline", "x", "y"}, {"16", "17", "18"}}));
    // Rejects are kept with the job, raw text included.
    const SqlResult stored
        = m_db->read(
                  [](QSqlDatabase &c) {
                      return Sql(c).exec("SELECT line_no, raw FROM import_rejects "
                                         "ORDER BY record_no");
                  },
                  ReadConsistency::Primary)
              .result();
    QCOMPARE(stored.rows.size(), 5);
    QCOMPARE(stored.value(0, 1).toString(), QStringLiteral("4,5"));
}

void TestImporter::lineEndingsAndEncodings_data()
{
    QTest::addColumn<QByteArray>("content");
    const QList<QStringList> expected{{"h1", "h2"}, {"a", "b c"}, {"José", "x\ny"}};
    QTest::newRow("LF") << QByteArray("h1,h2\na,b c\nJosé,\"x\ny\"\n");
    QTest::newRow("CRLF") << QByteArray("h1,h2\r\na,b c\r\nJosé,\"x\ny\"\r\n");
    QTest::newRow("CR") << QByteArray("h1,h2\ra,b c\rJosé,\"x\ny\"\r");
    QTest::newRow("no final newline") << QByteArray("h1,h2\na,b c\nJosé,\"x\ny\"");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbfh1,h2\na,b c\nJosé,\"x\ny\"\n");
    QTest::newRow("Windows-1252") << QByteArray("h1,h2\na,b c\nJos\xe9,\"x\ny\"\n");
    const QString text = QStringLiteral("h1,h2\na,b c\nJosé,\"x\ny\"\n");
    QByteArray le("\xff\xfe");
    le.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QTest::newRow("UTF-16LE") << le;
    QByteArray be("\xfe\xff");
    for (const QChar c : text) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xff));
    }
    QTest::newRow("UTF-16BE") << be;
    QTest::newRow("semicolon") << QByteArray("h1;h2\na;b c\nJosé;\"x\ny\"\n");
}

void TestImporter::lineEndingsAndEncodings()
{
    QFETCH(QByteArray, content);
    const QString path = write(QStringLiteral("enc.csv"), content);
    const ImportResult result = import(path);
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    QCOMPARE(result.rejected, 0);
    QCOMPARE(exported(QStringLiteral("p"), QStringLiteral("enc.csv")),
             (QList<QStringList>{{"h1", "h2"}, {"a", "b c"}, {"José", "x\ny"}}));
}

void TestImporter::headerOnlyIsAnEmptyImport()
{
    const ImportResult result = import(write(QStringLiteral("h.csv"), "a,b,c\n"));
    QCOMPARE(result.outcome, ImportResult::Outcome::Imported);
    QCOMPARE(result.records, 0);
    QCOMPARE(exported(QStringLiteral("p"), QStringLiteral("h.csv")),
             (QList<QStringList>{{"a", "b", "c"}}));
}

void TestImporter::refusedInputs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << "missing"
                             << "no such file";
    QTest::newRow("directory") << "directory"
                               << "directory";
    QTest::newRow("empty") << "empty"
                           << "empty";
    QTest::newRow("binary") << "binary"
                            << "binary";
    QTest::newRow("png") << "png"
                         << "binary";
    // Not UTF-16 for being full of NULs: it has no text between them.
    QTest::newRow("NULs") << "nuls"
                          << "mostly NUL bytes";
}

void TestImporter::refusedInputs()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QString path;
    if (kind == QLatin1String("missing")) {
        path = m_dir->filePath(QStringLiteral("nope.csv"));
    } else if (kind == QLatin1String("directory")) {
        path = m_dir->path();
    } else if (kind == QLatin1String("empty")) {
        path = write(QStringLiteral("e.csv"), {});
    } else if (kind == QLatin1String("binary")) {
        QByteArray noise(4096, 0);
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        path = write(QStringLiteral("noise.csv"), noise);
    } else if (kind == QLatin1String("nuls")) {
        path = write(QStringLiteral("nuls.csv"), QByteArray(1024 * 1024, '\0'));
    } else {
        path = write(QStringLiteral("img.csv"),
                     QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(100, 'x'));
    }
    const ImportResult result = import(path);
    QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
    QVERIFY2(result.message.contains(reason), qPrintable(result.message));
    // Nothing half-created.
    const int files = m_db->read(
                              [](QSqlDatabase &c) {
                                  return Sql(c).scalar("SELECT count(*) FROM files").toInt();
                              },
                              ReadConsistency::Primary)
                          .result();
    QCOMPARE(files, 0);
}

void TestImporter::reimportIsANoOpAndDifferentContentNeedsReplace()
{
    const QString path = write(QStringLiteral("r.csv"), "a\n1\n2\n");
    QCOMPARE(import(path).outcome, ImportResult::Outcome::Imported);
    const ImportResult again = import(path);
    QCOMPARE(again.outcome, ImportResult::Outcome::AlreadyImported);
    write(QStringLiteral("r.csv"), "a\n1\n2\n3\n");
    const ImportResult different = import(path);
    QCOMPARE(different.outcome, ImportResult::Outcome::Failed);
    QVERIFY(different.message.contains(QLatin1String("--replace")));
    QCOMPARE(exported("p", "r.csv").size(), 3); // untouched
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.replace = true;
    QCOMPARE(Importer(*m_db, options).run().outcome, ImportResult::Outcome::Imported);
    QCOMPARE(exported("p", "r.csv"), (QList<QStringList>{{"a"}, {"1"}, {"2"}, {"3"}}));
}

void TestImporter::wideAndHugeFields()
{
    QByteArray wide;
    for (int c = 0; c < 300; ++c)
        wide += (c ? "," : "") + QByteArray("col") + QByteArray::number(c);
    wide += '\n';
    for (int r = 0; r < 20; ++r) {
        for (int c = 0; c < 300; ++c)
            wide += (c ? "," : "") + QByteArray::number(r * 1000 + c);
        wide += '\n';
    }
    const QString widePath = write(QStringLiteral("wide.csv"), wide);
    QCOMPARE(import(widePath).records, 20);
    QCOMPARE(exported("p", "wide.csv"), readAll(widePath));

    QByteArray huge = "k,v\n1,\"";
    const QByteArray chunk = "lorem \"\"ipsum\"\", dolor\nsit amet ";
    while (huge.size() < 5 * 1024 * 1024)
        huge += chunk;
    huge += "\"\n2,small\n";
    const QString hugePath = write(QStringLiteral("huge.csv"), huge);
    const ImportResult result = import(hugePath);
    QCOMPARE(result.records, 2);
    QCOMPARE(exported("p", "huge.csv"), readAll(hugePath));
}

void TestImporter::databaseRefusalIsBisected()
{
    // A real refusal by the database: a trigger rejects records holding BOOM.
    m_db->write([](QSqlDatabase &c) {
            Sql sql(c);
            if (sql.engine() == Engine::Sqlite) {
                sql.exec(
                    "CREATE TRIGGER refuse_boom BEFORE INSERT ON record_blocks "
                    "WHEN NEW.data LIKE '%BOOM%' BEGIN SELECT RAISE(ABORT, 'boom refused'); END");
            } else {
                sql.exec("CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ "
                         "BEGIN IF NEW.data LIKE '%BOOM%' THEN RAISE EXCEPTION 'boom refused' "
                         "USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$");
                sql.exec("CREATE TRIGGER refuse_boom BEFORE INSERT ON record_blocks FOR EACH ROW "
                         "EXECUTE FUNCTION refuse_boom()");
            }
        })
        .waitForFinished();
    QByteArray data = "n,v\n";
    for (int i = 1; i <= 1000; ++i)
        data += QByteArray::number(i) + "," + (i == 17 || i == 500 || i == 501 ? "BOOM" : "ok")
                + "\n";
    const QString path = write(QStringLiteral("boom.csv"), data);
    QList<ImportReject> rejects;
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = 128;
    Importer importer(*m_db, options);
    importer.onReject = [&](const ImportReject &r) {
        rejects << r;
    };
    const ImportResult result = importer.run();
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    QCOMPARE(result.records, 997);
    QCOMPARE(result.rejected, 3);
    QCOMPARE(rejects.size(), 3);
    QCOMPARE(rejects[0].line, 18);
    QCOMPARE(rejects[1].line, 501);
    QCOMPARE(rejects[2].line, 502);
    QVERIFY2(rejects[0].reason.contains(QLatin1String("boom refused")),
             qPrintable(rejects[0].reason));
    const QList<QStringList> back = exported("p", "boom.csv");
    QCOMPARE(back.size(), 998);
    QCOMPARE(back[16], (QStringList{"16", "ok"}));
    QCOMPARE(back[17], (QStringList{"18", "ok"})); // order kept around the hole
}

void TestImporter::transientFaultIsRetried()
{
    const QString path = bigFile(5000);
    int failures = 0;
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = 500;
    Importer importer(*m_db, options);
    importer.beforeCommitHook = [&failures](qint64 batch) {
        if (batch == 3 && failures < 2) {
            ++failures;
            throw DbError(
                DbError::Kind::Transient, QStringLiteral("serialization failure"), "40001");
        }
    };
    const ImportResult result = importer.run();
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    QCOMPARE(failures, 2);
    QCOMPARE(result.records, 5000);
    QCOMPARE(exported("p", "big.csv"), readAll(path));
}

void TestImporter::permanentFaultFailsThenResumes()
{
    const QString path = bigFile(3000);
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = 400;
    {
        Importer importer(*m_db, options);
        importer.beforeCommitHook = [](qint64 batch) {
            if (batch == 4)
                throw DbError(DbError::Kind::Permanent, QStringLiteral("disk full"));
        };
        const ImportResult failed = importer.run();
        QCOMPARE(failed.outcome, ImportResult::Outcome::Failed);
        QVERIFY(failed.message.contains(QLatin1String("disk full")));
    }
    const ImportResult resumed = Importer(*m_db, options).run();
    QVERIFY2(resumed.outcome == ImportResult::Outcome::Imported, qPrintable(resumed.message));
    QVERIFY(resumed.resumed);
    QCOMPARE(resumed.records, 3000);
    QCOMPARE(exported("p", "big.csv"), readAll(path));
}

void TestImporter::cancelThenResume()
{
    const QString path = bigFile(20000);
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = 1000;
    {
        Importer importer(*m_db, options);
        importer.beforeCommitHook = [&importer](qint64 batch) {
            if (batch == 2)
                importer.cancel();
        };
        const ImportResult cancelled = importer.run();
        QCOMPARE(cancelled.outcome, ImportResult::Outcome::Cancelled);
        QVERIFY(cancelled.records > 0 && cancelled.records < 20000);
    }
    const ImportResult resumed = Importer(*m_db, options).run();
    QVERIFY2(resumed.outcome == ImportResult::Outcome::Imported, qPrintable(resumed.message));
    QVERIFY(resumed.resumed);
    QCOMPARE(exported("p", "big.csv"), readAll(path));
}

// The writer connection breaks while batch 2 commits and the operator cancels: the importer
// stops before reopening the connection (a reopen can take seconds of backoff), commits
// nothing more, and the job resumes from batch 2.
void TestImporter::cancelDuringReconnectCommitsNothingMore()
{
    const QString path = bigFile(20000);
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = 1000;
    {
        Importer importer(*m_db, options);
        bool broken = false;
        importer.beforeCommitHook = [&](qint64 batch) {
            if (batch == 2 && !broken) {
                broken = true;
                importer.cancel();
                throw DbError(DbError::Kind::Connection,
                              QStringLiteral("server closed the connection"));
            }
        };
        const ImportResult cancelled = importer.run();
        QCOMPARE(cancelled.outcome, ImportResult::Outcome::Cancelled);
        QCOMPARE(cancelled.records, 2000);
    }
    const ImportResult resumed = Importer(*m_db, options).run();
    QVERIFY2(resumed.outcome == ImportResult::Outcome::Imported, qPrintable(resumed.message));
    QVERIFY(resumed.resumed);
    QCOMPARE(exported("p", "big.csv"), readAll(path));
}

void TestImporter::resumedFiguresAreThisRunsAndCommitted()
{
    const QString path = bigFile(20000);
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = 1000;
    // Every report's records against what the job had committed when it was checked (on the
    // importer's thread; the count only grows, so a report above it counted uncommitted ones).
    qint64 reports = 0;
    QStringList overCommitted;
    const auto checkProgress = [&](Importer &importer) {
        importer.onProgress = [&](const ImportProgress &progress) {
            ++reports;
            const qint64 committed = m_db->read(
                                             [](QSqlDatabase &c) {
                                                 const auto job = importjobs::lastJob(Sql(c));
                                                 return job ? job->records : 0;
                                             },
                                             ReadConsistency::Primary)
                                         .result();
            if (progress.records > committed)
                overCommitted << QStringLiteral("%1 > %2").arg(progress.records).arg(committed);
        };
    };
    ImportResult cancelled;
    {
        Importer importer(*m_db, options);
        checkProgress(importer);
        importer.beforeCommitHook = [&importer](qint64 batch) {
            if (batch == 3)
                importer.cancel();
        };
        cancelled = importer.run();
    }
    QCOMPARE(cancelled.outcome, ImportResult::Outcome::Cancelled);
    QVERIFY(cancelled.records > 0 && cancelled.records < 20000);

    Importer importer(*m_db, options);
    checkProgress(importer);
    const ImportResult resumed = importer.run();
    QVERIFY2(resumed.outcome == ImportResult::Outcome::Imported, qPrintable(resumed.message));
    QVERIFY(resumed.resumed);
    QVERIFY(reports > 0);
    QVERIFY2(overCommitted.isEmpty(), qPrintable(overCommitted.join(QStringLiteral(", "))));
    // Rates are this run's: its records over its time, whatever came before the resume.
    QCOMPARE(resumed.records, 20000);
    QCOMPARE(resumed.importedThisRun, 20000 - cancelled.records);
    QVERIFY(resumed.seconds > 0);
    QCOMPARE(resumed.recordsPerSecond, double(resumed.importedThisRun) / resumed.seconds);
    QVERIFY(resumed.recordsPerSecond <= resumed.peakRecordsPerSecond);
    QVERIFY(cancelled.recordsPerSecond <= cancelled.peakRecordsPerSecond);

    // Each run starts its part of the history, with the records committed before it.
    const JobSeries history
        = m_db->read([jobId = resumed.jobId](
                         QSqlDatabase &c) { return importjobs::history(Sql(c), jobId); },
                     ReadConsistency::Primary)
              .result();
    const QList<QPointF> runs = history.value(importjobs::runStartMetric);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].y(), 0.0);
    QCOMPARE(runs[1].y(), double(cancelled.records));
    for (const QPointF &sample : history.value(importjobs::recordsMetric)) {
        if (sample.x() < runs[1].x())
            QVERIFY(sample.y() <= double(cancelled.records));
    }
}

void TestImporter::killNineThenResume()
{
    // Imports got fast (a 200,000-record file took 0.12 s on SQLite), so the file is large and
    // the checkpoint is watched closely: each round kills the importing process without
    // warning once it has committed past a further fifth of the file.
    const qint64 total = 600000;
    const QString path = bigFile(int(total));
    const QStringList args
        = dbArgs() + QStringList{"import", "--project", "k", "--batch-size", "2000", path};
    const auto checkpoint = [this] {
        return m_db
            ->read(
                [](QSqlDatabase &c) {
                    return Sql(c)
                        .scalar("SELECT coalesce(max(checkpoint_record), 0) FROM import_jobs")
                        .toLongLong();
                },
                ReadConsistency::Primary)
            .result();
    };
    int killedMidway = 0;
    for (int round = 0; round < 3; ++round) {
        QProcess process;
        process.start(QStringLiteral(STEVEDORE_BINARY), args);
        QVERIFY(process.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (checkpoint() <= (round + 1) * total / 5 && process.state() != QProcess::NotRunning
               && waited.elapsed() < 60000)
            QThread::msleep(2);
        const bool running = process.state() != QProcess::NotRunning;
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        if (running && checkpoint() < total)
            ++killedMidway;
    }
    QVERIFY2(killedMidway > 0, "no round stopped the import midway: make the file bigger");
    const test::CliResult finish = test::runCli(args);
    QVERIFY2(finish.exitCode == 0, finish.err.constData());
    QCOMPARE(exported("k", "big.csv"), readAll(path));
    const FileInfo info
        = m_db->read(
                  [](QSqlDatabase &c) {
                      Sql sql(c);
                      return catalog::fileInfo(sql, catalog::projectId(sql, "k"), "big.csv");
                  },
                  ReadConsistency::Primary)
              .result();
    QCOMPARE(info.recordCount, total);
    QCOMPARE(info.status, QStringLiteral("imported"));
    const test::CliResult again = test::runCli(args);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("already imported"));
}

void TestImporter::concurrentProcessesIntoOneProject()
{
    QByteArray a = "x,y\n";
    QByteArray b = "u,v,w\n";
    for (int i = 0; i < 30000; ++i) {
        a += QByteArray::number(i) + ",a\n";
        b += QByteArray::number(i) + ",b,c\n";
    }
    const QString pathA = write(QStringLiteral("a.csv"), a);
    const QString pathB = write(QStringLiteral("b.csv"), b);
    QProcess one;
    QProcess two;
    one.start(QStringLiteral(STEVEDORE_BINARY),
              dbArgs()
                  + QStringList{"import", "--project", "fresh", "--batch-size", "1000", pathA});
    two.start(QStringLiteral(STEVEDORE_BINARY),
              dbArgs()
                  + QStringList{"import", "--project", "fresh", "--batch-size", "1000", pathB});
    QVERIFY(one.waitForFinished(120000));
    QVERIFY(two.waitForFinished(120000));
    QVERIFY2(one.exitCode() == 0, one.readAllStandardError().constData());
    QVERIFY2(two.exitCode() == 0, two.readAllStandardError().constData());
    QCOMPARE(exported("fresh", "a.csv"), readAll(pathA));
    QCOMPARE(exported("fresh", "b.csv"), readAll(pathB));
}

void TestImporter::cliContract()
{
    const QString good = write(QStringLiteral("good.csv"), "a,b\n1,2\n");
    const QString bad = write(QStringLiteral("bad.csv"), "a,b\n1,2\n3\n4,5\n");
    test::CliResult r
        = test::runCli(dbArgs() + QStringList{"import", "--project", "c", "--json", good});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out.trimmed()).object();
    for (const char *key : {"file", "records", "rejected", "seconds", "records_per_s", "sha256"})
        QVERIFY2(summary.contains(QLatin1String(key)), key);
    QCOMPARE(summary.value("records").toInt(), 1);

    // Global options after the command work too.
    r = test::runCli(QStringList{"import", "--project", "c"} + dbArgs() + QStringList{bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains((bad + QStringLiteral(":3: ")).toUtf8()), r.err.constData());

    r = test::runCli(dbArgs()
                     + QStringList{"import", "--project", "c", m_dir->filePath("missing.csv")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains("missing.csv: no such file"));

    r = test::runCli(dbArgs() + QStringList{"rejects", "--project", "c", "--file", "bad.csv"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("line,reason,raw\n3,"), r.out.constData());

    r = test::runCli(
        dbArgs()
        + QStringList{"export", "--project", "c", "--file", "bad.csv", "--format", "jsonl"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("{\"a\":\"1\",\"b\":\"2\"}\n{\"a\":\"4\",\"b\":\"5\"}\n"));

    r = test::runCli(dbArgs() + QStringList{"files", "--project", "c", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray files = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0].toObject().value("name").toString(), QStringLiteral("bad.csv"));
    QCOMPARE(files[0].toObject().value("records").toInt(), 2);

    r = test::runCli(dbArgs() + QStringList{"files", "--project", "nope"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray("stevedore files: no project named 'nope'\n"));
}

// A single-quoted file and one without quoting, through the importer and `import --quote`.
void TestImporter::quoteCharacter()
{
    const QString single = write(QStringLiteral("single.csv"), "a,b\n'x,y','it''s \"ok\"'\n1,2\n");
    ImportResult result = import(single, QStringLiteral("p"), {});
    QCOMPARE(result.outcome, ImportResult::Outcome::Imported);
    QCOMPARE(result.dialect.quote, '"'); // never detected: read with '"', 'x,y' is two fields
    QCOMPARE(result.rejected, 1);

    ImportOptions options;
    options.project = QStringLiteral("q");
    options.path = single;
    options.overrides.quote = '\'';
    result = Importer(*m_db, options).run();
    QCOMPARE(result.outcome, ImportResult::Outcome::Imported);
    QCOMPARE(result.dialect.quote, '\'');
    QCOMPARE(result.records, 2);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(exported(QStringLiteral("q"), QStringLiteral("single.csv")),
             (QList<QStringList>{{"a", "b"}, {"x,y", "it's \"ok\""}, {"1", "2"}}));

    const QString unquoted = write(QStringLiteral("none.csv"), "a\tb\n\"x\t'y\n\"p\tq\"\n");
    test::CliResult r = test::runCli(dbArgs()
                                     + QStringList{"import",
                                                   "--project",
                                                   "n",
                                                   "--quote",
                                                   "none",
                                                   "--delimiter",
                                                   "tab",
                                                   "--json",
                                                   unquoted});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value("records").toInt(), 2);
    QCOMPARE(exported(QStringLiteral("n"), QStringLiteral("none.csv")),
             (QList<QStringList>{{"a", "b"}, {"\"x", "'y"}, {"\"p", "q\""}}));

    r = test::runCli(dbArgs() + QStringList{"import", "--project", "c", "--quote", "'", single});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(exported(QStringLiteral("c"), QStringLiteral("single.csv")).value(1),
             (QStringList{"x,y", "it's \"ok\""}));

    for (const QStringList &bad :
         {QStringList{"--quote", "ab"}, QStringList{"--quote", ",", "--delimiter", ","}}) {
        r = test::runCli(dbArgs() + QStringList{"import", "--project", "c"} + bad
                         + QStringList{single});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--quote"), r.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

void TestImporter::backgroundLowersTheImportThreads()
{
#ifdef Q_OS_LINUX
    const auto niceOfThisThread = [] {
        errno = 0;
        return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
    };
    const int callerNice = niceOfThisThread();
    const QString path = write(QStringLiteral("bg.csv"), "a,b\n1,2\n3,4\n");
    ImportOptions options;
    options.project = QStringLiteral("bg");
    options.path = path;
    options.background = true;
    int runnerNice = -100;
    ImportResult result;
    std::thread runner([&] {
        result = Importer(*m_db, options).run();
        runnerNice = niceOfThisThread();
    });
    runner.join();
    QCOMPARE(result.outcome, ImportResult::Outcome::Imported);
    QCOMPARE(result.records, 2);
    QVERIFY2(runnerNice >= 5, qPrintable(QString::number(runnerNice)));
    QCOMPARE(niceOfThisThread(), callerNice); // the test's own thread is untouched
#ifndef STEVEDORE_TEST_PG
    // SQLite has one writer thread: the import committed on it.
    const int writerNice = m_db->write([&](QSqlDatabase &) { return niceOfThisThread(); }).result();
    QVERIFY2(writerNice >= 5, qPrintable(QString::number(writerNice)));
#endif
#else
    QSKIP("thread nice values are Linux-specific");
#endif
}

void TestImporter::historyRecordsTheCacheHitRatio()
{
    const auto ratioRows = [this](qint64 jobId) {
        return m_db
            ->read(
                [jobId](QSqlDatabase &c) {
                    return Sql(c).exec(QStringLiteral("SELECT value FROM metrics_history WHERE "
                                                      "job_id = ? AND name = 'cache_hit_ratio'"),
                                       {jobId});
                },
                ReadConsistency::Primary)
            .result()
            .rows;
    };
    // No lookup yet in this process: no ratio to record (a ratio of nothing is not 0%).
    ImportResult result = import(write(QStringLiteral("a.csv"), "x\n1\n"));
    QCOMPARE(result.outcome, ImportResult::Outcome::Imported);
    QVERIFY(ratioRows(result.jobId).isEmpty());

    m_db->cache().resetStats();
    for (int i = 0; i < 4; ++i) // one miss, then hits
        m_db->read([](QSqlDatabase &c) { return catalog::listProjects(Sql(c)).size(); })
            .waitForFinished();
    const CacheStats stats = m_db->cache().stats();
    QVERIFY(stats.hits > 0 && stats.misses > 0);
    result = import(write(QStringLiteral("b.csv"), "x\n1\n"));
    QCOMPARE(result.outcome, ImportResult::Outcome::Imported);
    const auto rows = ratioRows(result.jobId);
    QCOMPARE(rows.size(), 1); // one history point for a one-batch job
    QCOMPARE(rows.first().value(0).toDouble(), 100.0 * stats.hitRatio());
}
