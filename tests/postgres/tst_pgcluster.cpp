// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "database.h"
#include "dberror.h"
#include "exporter.h"
#include "importer.h"
#include "sql.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSemaphore>
#include <QUuid>
#include <QtConcurrent>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace stevedore;
using namespace std::chrono_literals;

// Against the cluster of scripts/test: evidence is taken from the servers' own statement logs
// (log_statement = all), never from the application's claims.
class TestPgCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readsAreServedByTheReplica();
    void oneShotReadIsServedByTheReplica();
    void unansweringReplicaDoesNotHoldUpReads();
    void laggingReplicaDoesNotServeAOneShotRead();
    void stoppedReplicaFallsBackToPrimary();
    void pausedReplayIsNotUsedBeyondTheLagBound();
    void primaryRestartReconnects();
    void importSurvivesPrimaryRestart();
    void twoImportsThroughPgBouncer();

private:
    void cluster(const QString &command);
    std::unique_ptr<Database>
    open(std::chrono::milliseconds maxLag = 2000ms, bool withReplica = true, int poolSize = 4);
    QString marker();
    void waitForScratchOnReplica();
    bool logHas(const char *logVariable, const QString &needle) const;
    QString bigFile(int records);
    QList<QByteArray> exportLines(Database &db, const QString &project, const QString &file);

    std::unique_ptr<test::PgScratch> m_pg;
    QTemporaryDir m_dir;
};

void TestPgCluster::initTestCase()
{
    QVERIFY2(!test::pgEnv("STEVEDORE_TEST_PG_CTL").isEmpty()
                 && !test::pgEnv("STEVEDORE_TEST_PG_REPLICA").isEmpty(),
             "the PostgreSQL test cluster is not running (start the tests with scripts/test)");
}

void TestPgCluster::init()
{
    m_pg = std::make_unique<test::PgScratch>();
    STEVEDORE_REQUIRE_PG(*m_pg);
}

void TestPgCluster::cleanup()
{
    // Leave the cluster as we found it for the next case.
    cluster(QStringLiteral("start-replica"));
    m_pg.reset();
}

void TestPgCluster::cluster(const QString &command)
{
    QProcess process;
    process.start(test::pgEnv("STEVEDORE_TEST_PG_CTL"),
                  {command, test::pgEnv("STEVEDORE_TEST_PG_STATE")});
    QVERIFY(process.waitForFinished(120000));
    // start-replica on a running replica is fine; anything else must succeed.
    if (command != QLatin1String("start-replica"))
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

std::unique_ptr<Database>
TestPgCluster::open(std::chrono::milliseconds maxLag, bool withReplica, int poolSize)
{
    DatabaseOptions options;
    options.poolSize = poolSize;
    options.primary = m_pg->primary();
    if (withReplica)
        options.replicas << m_pg->replica();
    options.maxReplicaLag = maxLag;
    auto db = std::make_unique<Database>(options);
    db->open();
    return db;
}

QString TestPgCluster::marker()
{
    return QStringLiteral("marker_") + QUuid::createUuid().toString(QUuid::Id128);
}

bool TestPgCluster::logHas(const char *logVariable, const QString &needle) const
{
    return test::readFile(test::pgEnv(logVariable)).contains(needle.toUtf8());
}

static QString readMarker(Database &db, const QString &marker)
{
    // The marker is a constant of the test, written into the statement so that the server's
    // statement log shows which server ran it.
    return db
        .read([marker](QSqlDatabase &c) {
            return Sql(c).scalar(QStringLiteral("SELECT '%1'::text").arg(marker)).toString();
        })
        .result();
}

void TestPgCluster::readsAreServedByTheReplica()
{
    auto db = open();
    QTRY_VERIFY_WITH_TIMEOUT(!db->replicaStatus().isEmpty() && db->replicaStatus().first().usable,
                             20000);
    const QString m = marker();
    QCOMPARE(readMarker(*db, m), m);
    QTRY_VERIFY_WITH_TIMEOUT(logHas("STEVEDORE_TEST_PG_REPLICA_LOG", m), 5000);
    QVERIFY(!logHas("STEVEDORE_TEST_PG_PRIMARY_LOG", m));
    // A read that must see the caller's own write goes to the primary.
    const QString own = marker();
    db->read(
          [own](QSqlDatabase &c) {
              return Sql(c).scalar(QStringLiteral("SELECT '%1'::text").arg(own));
          },
          ReadConsistency::Primary)
        .waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(logHas("STEVEDORE_TEST_PG_PRIMARY_LOG", own), 5000);
    QVERIFY(!logHas("STEVEDORE_TEST_PG_REPLICA_LOG", own));
}

void TestPgCluster::waitForScratchOnReplica()
{
    // Until the replica has replayed this test's CREATE DATABASE and the migrations, it
    // refuses connections to the scratch database: a replica that is down.
    auto db = open();
    QTRY_VERIFY_WITH_TIMEOUT(db->replicaStatus().first().usable, 20000);
}

void TestPgCluster::oneShotReadIsServedByTheReplica()
{
    // What a CLI command does: open, read once, exit. The caught-up replica serves it.
    waitForScratchOnReplica();
    auto db = open();
    const QString m = marker();
    QCOMPARE(readMarker(*db, m), m);
    QTRY_VERIFY_WITH_TIMEOUT(logHas("STEVEDORE_TEST_PG_REPLICA_LOG", m), 5000);
    QVERIFY(!logHas("STEVEDORE_TEST_PG_PRIMARY_LOG", m));
}

void TestPgCluster::unansweringReplicaDoesNotHoldUpReads()
{
    // A "replica" that accepts connections and never answers: the monitor's connection waits
    // out libpq's connect timeout (2 s) for each of the three hosts, 6 s in all.
    // It never accepts: the kernel completes the handshakes into the listen backlog.
    const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(silent >= 0);
    auto closeSocket = qScopeGuard([silent] { ::close(silent); });
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    QVERIFY(::bind(silent, reinterpret_cast<sockaddr *>(&address), length) == 0);
    QVERIFY(::listen(silent, 16) == 0);
    QVERIFY(::getsockname(silent, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    DbUrl replica = m_pg->replica();
    replica.host = QStringLiteral("127.0.0.1,127.0.0.1,127.0.0.1");
    replica.port = ntohs(address.sin_port);
    DatabaseOptions options;
    options.primary = m_pg->primary();
    options.replicas << replica;
    Database db(options);
    db.open();
    const QString m = marker();
    QCOMPARE(readMarker(db, m), m);
    QTRY_VERIFY_WITH_TIMEOUT(logHas("STEVEDORE_TEST_PG_PRIMARY_LOG", m), 5000);
    // Served while the first check was still under way: open() did not wait it out.
    QVERIFY(!db.replicaStatus().first().checkedAt.isValid());
}

void TestPgCluster::laggingReplicaDoesNotServeAOneShotRead()
{
    // Behind the primary from before the Database opened: its first check cannot tell for how
    // long, so the replica is not used on the strength of it.
    waitForScratchOnReplica();
    test::adminExec(m_pg->replica(), QStringLiteral("SELECT pg_wal_replay_pause()"));
    auto resume = qScopeGuard([this] {
        test::adminExec(m_pg->replica(), QStringLiteral("SELECT pg_wal_replay_resume()"));
    });
    // Committed synchronously: the cluster's asynchronous commit would leave the write
    // position where the replica stopped until the WAL writer runs.
    open(2000ms, false)
        ->write([](QSqlDatabase &c) {
            Sql sql(c);
            sql.exec(QStringLiteral("SET synchronous_commit = on"));
            sql.exec(QStringLiteral("CREATE TABLE lagbefore (n int)"));
        })
        .waitForFinished();
    auto db = open();
    const QString m = marker();
    QCOMPARE(readMarker(*db, m), m);
    QTRY_VERIFY_WITH_TIMEOUT(logHas("STEVEDORE_TEST_PG_PRIMARY_LOG", m), 5000);
    QVERIFY(!logHas("STEVEDORE_TEST_PG_REPLICA_LOG", m));
}

void TestPgCluster::stoppedReplicaFallsBackToPrimary()
{
    auto db = open();
    QTRY_VERIFY_WITH_TIMEOUT(!db->replicaStatus().isEmpty() && db->replicaStatus().first().usable,
                             20000);
    readMarker(*db, marker()); // the replica pool has an open connection now
    cluster(QStringLiteral("stop-replica"));
    const QString m = marker();
    QCOMPARE(readMarker(*db, m), m); // no error reaches the caller
    QTRY_VERIFY_WITH_TIMEOUT(logHas("STEVEDORE_TEST_PG_PRIMARY_LOG", m), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!db->replicaStatus().first().healthy, 10000);
    const QString m2 = marker();
    QCOMPARE(readMarker(*db, m2), m2);
    QTRY_VERIFY_WITH_TIMEOUT(logHas("STEVEDORE_TEST_PG_PRIMARY_LOG", m2), 5000);
    cluster(QStringLiteral("start-replica"));
    // Retried later: back in use once it is up again.
    QTRY_VERIFY_WITH_TIMEOUT(db->replicaStatus().first().usable, 30000);
    const QString m3 = marker();
    readMarker(*db, m3);
    QTRY_VERIFY_WITH_TIMEOUT(logHas("STEVEDORE_TEST_PG_REPLICA_LOG", m3), 5000);
}

void TestPgCluster::pausedReplayIsNotUsedBeyondTheLagBound()
{
    auto db = open(1000ms);
    QTRY_VERIFY_WITH_TIMEOUT(db->replicaStatus().first().usable, 20000);
    test::adminExec(m_pg->replica(), QStringLiteral("SELECT pg_wal_replay_pause()"));
    auto resume = qScopeGuard([this] {
        test::adminExec(m_pg->replica(), QStringLiteral("SELECT pg_wal_replay_resume()"));
    });
    // Keep the primary writing so that its WAL position moves past the replica's.
    db->write([](QSqlDatabase &c) {
          Sql(c).exec("CREATE TABLE lagprobe (n int)");
      }).waitForFinished();
    QElapsedTimer timer;
    timer.start();
    bool unusable = false;
    while (timer.elapsed() < 15000 && !unusable) {
        db->write([](QSqlDatabase &c) {
              Sql(c).exec("INSERT INTO lagprobe VALUES (1)");
          }).waitForFinished();
        QTest::qWait(100);
        unusable = !db->replicaStatus().first().usable;
    }
    QVERIFY2(unusable, "a replica with replay paused stayed in use");
    QVERIFY(timer.elapsed() >= 900); // not before the bound
    QVERIFY(db->replicaStatus().first().lagMs >= 1000 || db->replicaStatus().first().lagMs < 0
            || !db->replicaStatus().first().usable);
    const QString m = marker();
    readMarker(*db, m);
    QTRY_VERIFY_WITH_TIMEOUT(logHas("STEVEDORE_TEST_PG_PRIMARY_LOG", m), 5000);
    QVERIFY(!logHas("STEVEDORE_TEST_PG_REPLICA_LOG", m));
    resume.dismiss();
    test::adminExec(m_pg->replica(), QStringLiteral("SELECT pg_wal_replay_resume()"));
    QTRY_VERIFY_WITH_TIMEOUT(db->replicaStatus().first().usable, 20000);
}

void TestPgCluster::primaryRestartReconnects()
{
    // One writer connection: with more, the call after the restart could land on a worker
    // that never opened a connection before, which is a first open rather than a reconnect.
    auto db = open(2000ms, false, 1);
    db->write([](QSqlDatabase &c) {
          catalog::createProject(Sql(c), QStringLiteral("before"));
      }).waitForFinished();
    const quint64 reconnectsBefore = db->writerPool().metrics().reconnects;
    cluster(QStringLiteral("restart-primary"));
    // The very next call succeeds on a fresh connection.
    const qint64 id = db->write([](QSqlDatabase &c) {
                            return catalog::createProject(Sql(c), QStringLiteral("after"));
                        }).result();
    QVERIFY(id > 0);
    QVERIFY(db->writerPool().metrics().reconnects > reconnectsBefore);
}

QString TestPgCluster::bigFile(int records)
{
    QByteArray data = "id,name,note\n";
    for (int i = 1; i <= records; ++i)
        data += QByteArray::number(i) + ",n" + QByteArray::number(i) + ","
                + (i % 7 ? "plain" : "\"multi\nline\"") + "\n";
    const QString path = m_dir.filePath(QStringLiteral("big-%1.csv").arg(records));
    test::writeFile(path, data);
    return path;
}

QList<QByteArray>
TestPgCluster::exportLines(Database &db, const QString &project, const QString &file)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.project = project;
    options.file = file;
    exportFile(db, options, &buffer);
    return buffer.data().split('\n');
}

void TestPgCluster::importSurvivesPrimaryRestart()
{
    auto db = open(2000ms, false);
    const QString path = bigFile(300000);
    ImportOptions options;
    options.project = QStringLiteral("restart");
    options.path = path;
    options.batchSize = 2000;
    Importer importer(*db, options);
    // The first progress report holds the import (on its parsing thread) until the primary
    // has restarted, so the restart always lands in the middle however fast imports get.
    QSemaphore reached;
    QSemaphore restarted;
    std::atomic<bool> held{false};
    importer.onProgress = [&](const ImportProgress &p) {
        if (p.records > 0 && p.records < 300000 && !held.exchange(true)) {
            reached.release();
            restarted.tryAcquire(1, 120000);
        }
    };
    QFuture<ImportResult> running = QtConcurrent::run([&importer] { return importer.run(); });
    const bool inTheMiddle = reached.tryAcquire(1, 60000);
    if (!inTheMiddle)
        running.waitForFinished();
    QVERIFY2(inTheMiddle, "the import never reported progress before finishing");
    cluster(QStringLiteral("restart-primary"));
    restarted.release();
    const ImportResult result = running.result();
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    QCOMPARE(result.records, 300000);
    const QList<QByteArray> lines
        = exportLines(*db, QStringLiteral("restart"), QFileInfo(path).fileName());
    QList<QByteArray> expected = test::readFile(path).split('\n');
    QCOMPARE(lines, expected);
}

void TestPgCluster::twoImportsThroughPgBouncer()
{
    // Only what this test makes the server log counts (other tests share the server).
    const qsizetype logStart = test::readFile(test::pgEnv("STEVEDORE_TEST_PG_PRIMARY_LOG")).size();
    DatabaseOptions options;
    options.primary = m_pg->bouncer();
    QCOMPARE(options.primary.pooler, PoolerMode::Transaction);
    Database one(options);
    Database two(options);
    one.open();
    two.open();
    const QString pathA = bigFile(60000);
    const QString pathB = bigFile(45000);
    auto run = [](Database &db, const QString &path) {
        ImportOptions o;
        o.project = QStringLiteral("bouncer");
        o.path = path;
        o.batchSize = 1000;
        return Importer(db, o).run();
    };
    QFuture<ImportResult> a = QtConcurrent::run([&] { return run(one, pathA); });
    QFuture<ImportResult> b = QtConcurrent::run([&] { return run(two, pathB); });
    const ImportResult ra = a.result();
    const ImportResult rb = b.result();
    QVERIFY2(ra.outcome == ImportResult::Outcome::Imported, qPrintable(ra.message));
    QVERIFY2(rb.outcome == ImportResult::Outcome::Imported, qPrintable(rb.message));
    QCOMPARE(exportLines(one, "bouncer", QFileInfo(pathA).fileName()),
             test::readFile(pathA).split('\n'));
    QCOMPARE(exportLines(two, "bouncer", QFileInfo(pathB).fileName()),
             test::readFile(pathB).split('\n'));
    // Nothing relied on session state: no SQL-level PREPARE reached the server.
    const QByteArray log
        = test::readFile(test::pgEnv("STEVEDORE_TEST_PG_PRIMARY_LOG")).mid(logStart);
    QVERIFY(log.contains("COPY record_blocks")); // the imports' statements are in this part
    QVERIFY(!log.contains("PREPARE qpsqlpstmt"));
}

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"
