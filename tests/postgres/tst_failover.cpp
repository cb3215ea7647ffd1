// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "database.h"
#include "dberror.h"
#include "dburl.h"
#include "exporter.h"
#include "importer.h"
#include "sql.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSemaphore>
#include <QtConcurrent>
#include <QtTest>

using namespace stevedore;

// Failover through a multi-host URL: the primary is stopped and its replica promoted in the
// middle of an import. Promotion cannot be undone, so the test starts a cluster of its own
// (scripts/pgcluster with a state directory of its own) and leaves the shared one alone.
class TestFailover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void standbyFirstInTheListIsPassedOver();
    void importFinishesOnThePromotedReplica();

private:
    void cluster(const QString &command);
    DbUrl hostList(const DbUrl &first, const DbUrl &second, const QString &query = {}) const;
    QString bigFile(int records);

    QTemporaryDir m_state{QStringLiteral("/tmp/stevedore-pg.XXXXXX")};
    QTemporaryDir m_dir;
    DbUrl m_primary;
    DbUrl m_replica;
    bool m_started = false;
};

void TestFailover::cluster(const QString &command)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A cluster left behind by a crashed run is reaped once this process is gone.
    env.insert(QStringLiteral("STEVEDORE_PG_OWNER_PID"),
               QString::number(QCoreApplication::applicationPid()));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(STEVEDORE_SOURCE_DIR "/scripts/pgcluster"),
                  {command, m_state.path()});
    QVERIFY(process.waitForFinished(180000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(command + QLatin1String(": ") + process.readAll()));
}

void TestFailover::initTestCase()
{
    QVERIFY(m_state.isValid());
    cluster(QStringLiteral("start"));
    m_started = true;
    const QByteArray env = test::readFile(m_state.filePath(QStringLiteral("env")));
    for (const QByteArray &line : env.split('\n')) {
        const QString text = QString::fromUtf8(line);
        const QString value = text.section(QLatin1Char('='), 1);
        if (text.startsWith(QLatin1String("STEVEDORE_TEST_PG_PRIMARY=")))
            m_primary = DbUrl::parse(value);
        else if (text.startsWith(QLatin1String("STEVEDORE_TEST_PG_REPLICA=")))
            m_replica = DbUrl::parse(value);
    }
    QVERIFY(m_primary.port > 0 && m_replica.port > 0);
}

void TestFailover::cleanupTestCase()
{
    if (m_started)
        cluster(QStringLiteral("stop"));
}

QString TestFailover::bigFile(int records)
{
    QByteArray data = "id,name,note\n";
    for (int i = 1; i <= records; ++i)
        data += QByteArray::number(i) + ",n" + QByteArray::number(i) + ","
                + (i % 7 ? "plain" : "\"multi\nline\"") + "\n";
    const QString path = m_dir.filePath(QStringLiteral("failover-%1.csv").arg(records));
    test::writeFile(path, data);
    return path;
}

DbUrl TestFailover::hostList(const DbUrl &first, const DbUrl &second, const QString &query) const
{
    return DbUrl::parse(QStringLiteral("postgresql://%1:%2@127.0.0.1:%3,127.0.0.1:%4/%5%6")
                            .arg(m_primary.user, m_primary.password)
                            .arg(first.port)
                            .arg(second.port)
                            .arg(m_primary.database, query));
}

static int serverPort(Database &db)
{
    return db
        .write([](QSqlDatabase &c) {
            return Sql(c).scalar(QStringLiteral("SELECT inet_server_port()")).toInt();
        })
        .result();
}

void TestFailover::standbyFirstInTheListIsPassedOver()
{
    // Without target_session_attrs libpq would keep the standby, which answers first; the
    // primary's pools ask for the host that takes writes.
    DatabaseOptions options;
    options.primary = hostList(m_replica, m_primary);
    Database db(options);
    try {
        db.open(); // applies the migrations: a standby would refuse them
        QCOMPARE(serverPort(db), m_primary.port);
    } catch (const DbError &error) {
        QFAIL(qPrintable(error.message()));
    }
}

static QList<QByteArray> exportLines(Database &db, const QString &file)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.project = QStringLiteral("failover");
    options.file = file;
    exportFile(db, options, &buffer);
    return buffer.data().split('\n');
}

void TestFailover::importFinishesOnThePromotedReplica()
{
    // libpq's own failover: it tries the hosts in turn and keeps the one that takes writes.
    DatabaseOptions databaseOptions;
    databaseOptions.primary
        = hostList(m_primary, m_replica, QStringLiteral("?target_session_attrs=read-write"));
    Database db(databaseOptions);
    db.open();

    constexpr int total = 300000;
    const QString path = bigFile(total);
    ImportOptions options;
    options.project = QStringLiteral("failover");
    options.path = path;
    options.batchSize = 1000;
    Importer importer(db, options);
    // The first progress report holds the import on its parsing thread until the replica has
    // taken over, so the failover always lands in the middle however fast imports get.
    QSemaphore reached;
    QSemaphore failedOver;
    std::atomic<bool> held{false};
    importer.onProgress = [&](const ImportProgress &p) {
        if (p.records > 0 && p.records < total && !held.exchange(true)) {
            reached.release();
            failedOver.tryAcquire(1, 120000);
        }
    };
    QFuture<ImportResult> running = QtConcurrent::run([&importer] { return importer.run(); });
    const bool inTheMiddle = reached.tryAcquire(1, 60000);
    if (!inTheMiddle)
        running.waitForFinished();
    QVERIFY2(inTheMiddle, "the import never reported progress before finishing");
    cluster(QStringLiteral("stop-primary"));
    cluster(QStringLiteral("promote-replica"));
    failedOver.release();
    ImportResult result = running.result();
    if (result.outcome == ImportResult::Outcome::Failed) {
        // Retries exhausted: running the same import again resumes after its checkpoint.
        qWarning("import failed across the failover (%s); resuming", qPrintable(result.message));
        Importer again(db, options);
        result = again.run();
        QVERIFY(result.resumed);
    }
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    QCOMPARE(result.records, total);

    // Writes now go to the promoted replica, the one server left.
    QCOMPARE(serverPort(db), m_replica.port);
    // Every record exactly once, in order.
    QCOMPARE(exportLines(db, QFileInfo(path).fileName()), test::readFile(path).split('\n'));
}

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
