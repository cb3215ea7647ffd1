// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "logging/logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/spdlog.h>

#include <memory>
#include <thread>
#include <vector>

using namespace stevedore;

namespace {

QStringList fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

QStringList linesContaining(const QStringList &lines, const QString &needle)
{
    return lines.filter(needle);
}

QStringList ringMessages(qsizetype max = -1)
{
    QStringList messages;
    for (const LogLine &line : recentLogLines(max))
        messages.append(line.message);
    return messages;
}

QJsonObject parseJsonLine(const QString &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning() << "not a JSON object:" << line << error.errorString();
        return {};
    }
    return document.object();
}

} // namespace

class tst_Logging : public QObject
{
    Q_OBJECT

private slots:
    void loggersWorkBeforeInit(); // must stay first: runs before any initLogging
    void init();
    void cleanup();

    void fileCreatedAtGivenPath();
    void fileIsFlushedWithoutBeingAsked();
    void levelFiltering_data();
    void levelFiltering();
    void levelFromEnvironment();
    void jsonLinesHaveFields();
    void jsonEscaping_data();
    void jsonEscaping();
    void textEscapesControlCharacters();
    void keyValueInText();
    void secretsAreRedacted();
    void duplicatesCollapse();
    void ringBufferOrder();
    void ringBufferIsBounded();
    void initTwice();
    void shutdownTwice();
    void manyThreadsLoseNothing();
    void overflowDropsOnlyWhatItReports();

private:
    LogOptions options(const QString &fileName = QStringLiteral("stevedore.log")) const
    {
        LogOptions result;
        result.filePath = m_dir->filePath(fileName);
        result.console = false;
        result.level = QStringLiteral("trace");
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Logging::loggersWorkBeforeInit()
{
    QVERIFY(logFilePath().isEmpty());
    for (int i = 0; i < logCategoryCount; ++i)
        QVERIFY(logger(LogCategory(i)));
    logger(LogCategory::Db)->info("before init {}", 1);
    logKv(LogCategory::Cache, spdlog::level::info, "before init kv", {{"key", "value"}});
    QVERIFY(flushLogging());
    const QList<LogLine> lines = recentLogLines(2);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].message, QStringLiteral("before init 1"));
    QCOMPARE(lines[0].category, QStringLiteral("db"));
    QCOMPARE(lines[1].message, QStringLiteral("before init kv key=value"));
    QCOMPARE(lines[1].category, QStringLiteral("cache"));
}

void tst_Logging::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Logging::cleanup()
{
    shutdownLogging();
    m_dir.reset();
}

void tst_Logging::fileCreatedAtGivenPath()
{
    LogOptions opts = options(QStringLiteral("nested/dir/app.log"));
    initLogging(opts);
    QCOMPARE(logFilePath(), opts.filePath);
    QVERIFY(QFile::exists(opts.filePath));
    logger(LogCategory::Import)->info("hello file");
    QVERIFY(flushLogging());
    const QStringList lines = fileLines(opts.filePath);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].endsWith(QStringLiteral("[info] [import] hello file")), qPrintable(lines[0]));
}

// A crash must lose at most a second of lines: an info line reaches the file by itself, with
// no flushLogging() and no warning after it (a warning flushes at once).
void tst_Logging::fileIsFlushedWithoutBeingAsked()
{
    const LogOptions opts = options();
    initLogging(opts);
    logger(LogCategory::Import)->info("quiet line");
    QTRY_VERIFY_WITH_TIMEOUT(fileLines(opts.filePath).size() == 1, 10000);
    QVERIFY(fileLines(opts.filePath)[0].endsWith(QStringLiteral("quiet line")));
}

void tst_Logging::levelFiltering_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QStringList>("expectedDb");
    QTest::addColumn<QStringList>("expectedPool");

    const QStringList all{"trace", "debug", "info", "warning", "error", "critical"};
    QTest::newRow("trace") << "trace" << all << all;
    QTest::newRow("info") << "info" << all.mid(2) << all.mid(2);
    QTest::newRow("warning") << "warning" << all.mid(3) << all.mid(3);
    QTest::newRow("warn alias") << "warn" << all.mid(3) << all.mid(3);
    QTest::newRow("critical") << "critical" << all.mid(5) << all.mid(5);
    QTest::newRow("off") << "off" << QStringList() << QStringList();
    QTest::newRow("per category") << "error,db=debug" << all.mid(1) << all.mid(4);
    QTest::newRow("unknown is info") << "loud" << all.mid(2) << all.mid(2);
}

void tst_Logging::levelFiltering()
{
    QFETCH(QString, level);
    QFETCH(QStringList, expectedDb);
    QFETCH(QStringList, expectedPool);

    LogOptions opts = options();
    opts.level = level;
    initLogging(opts);
    for (LogCategory category : {LogCategory::Db, LogCategory::Pool}) {
        auto log = logger(category);
        // Distinct texts, or the duplicate filter (which ignores the category) folds them.
        for (auto level : {spdlog::level::trace,
                           spdlog::level::debug,
                           spdlog::level::info,
                           spdlog::level::warn,
                           spdlog::level::err,
                           spdlog::level::critical})
            log->log(level, "m{}{}", int(level), log->name());
    }
    QVERIFY(flushLogging());

    const QStringList lines = fileLines(opts.filePath);
    const QRegularExpression pattern(QStringLiteral(R"(\[(\w+)\] \[(\w+)\] m\d\2$)"));
    QStringList seenDb;
    QStringList seenPool;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        (match.captured(2) == QLatin1String("db") ? seenDb : seenPool).append(match.captured(1));
    }
    QCOMPARE(seenDb, expectedDb);
    QCOMPARE(seenPool, expectedPool);
}

void tst_Logging::levelFromEnvironment()
{
    qputenv("SPDLOG_LEVEL", "error");
    LogOptions opts = options();
    opts.level.clear();
    initLogging(opts);
    qunsetenv("SPDLOG_LEVEL");
    logger(LogCategory::Ui)->warn("hidden");
    logger(LogCategory::Ui)->error("shown");
    QVERIFY(flushLogging());
    const QStringList lines = fileLines(opts.filePath);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines[0].endsWith(QStringLiteral("shown")));
}

void tst_Logging::jsonLinesHaveFields()
{
    LogOptions opts = options();
    opts.json = true;
    initLogging(opts);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    logKv(LogCategory::Db,
          spdlog::level::warn,
          "connected",
          {{"host", "db1"}, {"rows", std::to_string(42)}, {"msg", "clash"}});
    logger(LogCategory::Replica)->info("plain {}", "text");
    QVERIFY(flushLogging());
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    const QStringList lines = fileLines(opts.filePath);
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = parseJsonLine(lines[0]);
    const QString ts = first.value("ts").toString();
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"))
                 .match(ts)
                 .hasMatch(),
             qPrintable(ts));
    const QDateTime time = QDateTime::fromString(ts, Qt::ISODateWithMs);
    QVERIFY(time >= before && time <= after);
    QCOMPARE(first.value("level").toString(), QStringLiteral("warning"));
    QCOMPARE(first.value("category").toString(), QStringLiteral("db"));
    QCOMPARE(first.value("msg").toString(), QStringLiteral("connected"));
    QCOMPARE(first.value("host").toString(), QStringLiteral("db1"));
    QCOMPARE(first.value("rows").toString(), QStringLiteral("42"));
    QCOMPARE(first.value("_msg").toString(), QStringLiteral("clash"));

    const QJsonObject second = parseJsonLine(lines[1]);
    QCOMPARE(second.value("category").toString(), QStringLiteral("replica"));
    QCOMPARE(second.value("msg").toString(), QStringLiteral("plain text"));
    QCOMPARE(second.size(), 4);
}

void tst_Logging::jsonEscaping_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");

    const auto same = [](const char *name, const QByteArray &text) {
        QTest::newRow(name) << text << QString::fromUtf8(text);
    };
    same("quotes", R"(he said "hi" and 'bye')");
    same("backslashes", R"(C:\temp\new\table.csv \\server\share \")");
    same("newlines", "line1\nline2\r\nline3");
    same("tab and controls",
         "a\tb\x01"
         "c\x1f"
         "d\bx\f");
    same("nul", QByteArray("before\0after", 12));
    same("del",
         "a\x7f"
         "b");
    same("braces", "{} {0} {:>10}");
    same("json lookalike", R"(","level":"critical","x":")");
    same("html", "</script><b>&amp;</b>");
    same("non-ascii", "Grüße, 東京, Ελληνικά, 🚢");
    same("unicode separators", "a\u2028b\u2029c");
    QTest::newRow("invalid utf-8")
        << QByteArray("bad \xff\xfe end") << QStringLiteral("bad \uFFFD\uFFFD end");
    QTest::newRow("overlong utf-8") << QByteArray("x\xc0\xaf"
                                                  "y")
                                    << QStringLiteral("x\uFFFD\uFFFDy");
}

void tst_Logging::jsonEscaping()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);

    LogOptions opts = options();
    opts.json = true;
    initLogging(opts);
    const std::string_view view(text.constData(), std::size_t(text.size()));
    logger(LogCategory::Import)->info("{}", view);
    logKv(LogCategory::Import, spdlog::level::info, view, {{view, std::string(view)}});
    QVERIFY(flushLogging());

    const QStringList lines = fileLines(opts.filePath);
    QCOMPARE(lines.size(), 2);
    const QJsonObject plain = parseJsonLine(lines[0]);
    QCOMPARE(plain.value("msg").toString(), expected);
    const QJsonObject kv = parseJsonLine(lines[1]);
    QCOMPARE(kv.value("msg").toString(), expected);
    QCOMPARE(kv.value(expected).toString(), expected);
}

void tst_Logging::textEscapesControlCharacters()
{
    const LogOptions opts = options();
    initLogging(opts);
    logger(LogCategory::Cli)->info("{}", "line1\nFAKE [critical] line2\x01");
    QVERIFY(flushLogging());
    const QStringList lines = fileLines(opts.filePath);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].endsWith(QStringLiteral(R"(line1\nFAKE [critical] line2\x01)")),
             qPrintable(lines[0]));
    // The ring buffer keeps the text as it was logged, for display.
    QCOMPARE(recentLogLines(1).value(0).message,
             QStringLiteral("line1\nFAKE [critical] line2\x01"));
}

void tst_Logging::keyValueInText()
{
    const LogOptions opts = options();
    initLogging(opts);
    logKv(LogCategory::Import,
          spdlog::level::info,
          "batch done",
          {{"table", "orders"}, {"file", "my file.csv"}, {"quote", R"(a"b)"}, {"empty", ""}});
    QVERIFY(flushLogging());
    const QString expected
        = QStringLiteral(R"(batch done table=orders file="my file.csv" quote="a\"b" empty="")");
    const QStringList lines = fileLines(opts.filePath);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].endsWith(QStringLiteral("[import] ") + expected), qPrintable(lines[0]));
    QCOMPARE(recentLogLines(1).value(0).message, expected);
}

void tst_Logging::secretsAreRedacted()
{
    for (bool json : {false, true}) {
        LogOptions opts = options(json ? QStringLiteral("json.log") : QStringLiteral("text.log"));
        opts.json = json;
        initLogging(opts);
        logger(LogCategory::Db)->error("cannot connect to {}", "postgresql://admin:hunter2@db/app");
        logger(LogCategory::Pool)->info("conninfo host=db password='hunter2 x' user=admin");
        logKv(LogCategory::Db,
              spdlog::level::info,
              "opening",
              {{"url", "postgres://admin:hunter2@db"}, {"password", "hunter2"}});
        spdlog::info("third-party says PGPASSWORD=hunter2"); // spdlog's default logger
        QVERIFY(flushLogging());

        const QStringList lines = fileLines(opts.filePath);
        QCOMPARE(lines.size(), 4);
        for (const QString &line : lines)
            QVERIFY2(!line.contains(QStringLiteral("hunter2")), qPrintable(line));
        for (const QString &message : ringMessages(4))
            QVERIFY2(!message.contains(QStringLiteral("hunter2")), qPrintable(message));
        QVERIFY(lines[0].contains(QStringLiteral("postgresql://admin:***@db/app")));
        QVERIFY(lines[1].contains(QStringLiteral("password='***' user=admin")));
        QVERIFY(lines[3].contains(QStringLiteral("PGPASSWORD=***")));
        if (json) {
            const QJsonObject kv = parseJsonLine(lines[2]);
            QCOMPARE(kv.value("url").toString(), QStringLiteral("postgres://admin:***@db"));
            QCOMPARE(kv.value("password").toString(), QStringLiteral("***"));
            QCOMPARE(parseJsonLine(lines[3]).value("category").toString(), QStringLiteral("app"));
        } else {
            QVERIFY(lines[2].endsWith(
                QStringLiteral("opening url=postgres://admin:***@db password=***")));
        }
    }
}

void tst_Logging::duplicatesCollapse()
{
    const LogOptions opts = options();
    initLogging(opts);
    auto log = logger(LogCategory::Cache);
    log->info("first");
    for (int i = 0; i < 5; ++i)
        log->warn("connection refused");
    log->info("recovered");
    QVERIFY(flushLogging());

    const QStringList expected{
        "first", "connection refused", "Skipped 4 duplicate messages..", "recovered"};
    QCOMPARE(ringMessages(4), expected);
    const QStringList lines = fileLines(opts.filePath);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(linesContaining(lines, QStringLiteral("connection refused")).size(), 1);
}

void tst_Logging::ringBufferOrder()
{
    initLogging(options());
    const quint64 before = logSequence();
    for (int i = 0; i < 10; ++i)
        logger(LogCategory(i % logCategoryCount))->info("ring {}", i);
    QVERIFY(flushLogging());

    const QList<LogLine> lines = recentLogLines(10);
    QCOMPARE(lines.size(), 10);
    QCOMPARE(logSequence(), before + 10);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(lines[i].message, QStringLiteral("ring %1").arg(i));
        QCOMPARE(lines[i].category,
                 QString::fromLatin1(logCategoryName(LogCategory(i % logCategoryCount))));
        QCOMPARE(lines[i].level, QStringLiteral("info"));
        QCOMPARE(lines[i].sequence, before + 1 + quint64(i));
        QVERIFY(qAbs(lines[i].time.secsTo(now)) < 60);
    }
    QCOMPARE(ringMessages(3),
             (QStringList{
                 QStringLiteral("ring 7"), QStringLiteral("ring 8"), QStringLiteral("ring 9")}));
}

void tst_Logging::ringBufferIsBounded()
{
    LogOptions opts = options();
    opts.queueSize = 16384;
    initLogging(opts);
    const quint64 dropped = droppedLogMessages();
    const int total = int(logRingCapacity) + 1000;
    for (int i = 0; i < total; ++i)
        logger(LogCategory::Import)->debug("row {}", i);
    QVERIFY(flushLogging());
    QCOMPARE(droppedLogMessages(), dropped);

    const QList<LogLine> lines = recentLogLines();
    QCOMPARE(lines.size(), logRingCapacity);
    QCOMPARE(lines.first().message, QStringLiteral("row 1000"));
    QCOMPARE(lines.last().message, QStringLiteral("row %1").arg(total - 1));
    QCOMPARE(lines.last().sequence - lines.first().sequence, quint64(logRingCapacity - 1));
}

void tst_Logging::initTwice()
{
    const LogOptions first = options(QStringLiteral("first.log"));
    initLogging(first);
    logger(LogCategory::Db)->info("to first");
    const LogOptions second = options(QStringLiteral("second.log"));
    initLogging(second);
    QCOMPARE(logFilePath(), second.filePath);
    logger(LogCategory::Db)->info("to second");
    QVERIFY(flushLogging());

    const QStringList firstLines = fileLines(first.filePath);
    QCOMPARE(firstLines.size(), 1);
    QVERIFY(firstLines[0].endsWith(QStringLiteral("to first")));
    const QStringList secondLines = fileLines(second.filePath);
    QCOMPARE(secondLines.size(), 1);
    QVERIFY(secondLines[0].endsWith(QStringLiteral("to second")));
}

void tst_Logging::shutdownTwice()
{
    const LogOptions opts = options();
    initLogging(opts);
    logger(LogCategory::Ui)->info("last words");
    shutdownLogging();
    shutdownLogging();
    QVERIFY(logFilePath().isEmpty());
    QCOMPARE(fileLines(opts.filePath).size(), 1);
    logger(LogCategory::Ui)->info("after shutdown"); // fallback logger: no crash, no file
    QVERIFY(flushLogging());
    QCOMPARE(fileLines(opts.filePath).size(), 1);
    QCOMPARE(recentLogLines(1).value(0).message, QStringLiteral("after shutdown"));
}

void tst_Logging::manyThreadsLoseNothing()
{
    constexpr int threadCount = 8;
    constexpr int perThread = 5000;
    LogOptions opts = options();
    opts.queueSize = threadCount * perThread; // room for everything: nothing may be dropped
    initLogging(opts);
    const quint64 dropped = droppedLogMessages();

    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([t] {
            for (int i = 0; i < perThread; ++i)
                logger(LogCategory(t % logCategoryCount))->info("thread {} message {}", t, i);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY(flushLogging());
    QCOMPARE(droppedLogMessages(), dropped);

    const QStringList lines = fileLines(opts.filePath);
    QCOMPARE(lines.size(), threadCount * perThread);
    // Each thread's messages arrive complete and in order.
    const QRegularExpression pattern(QStringLiteral(R"(thread (\d) message (\d+)$)"));
    std::vector<int> next(threadCount, 0);
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const int t = match.captured(1).toInt();
        QCOMPARE(match.captured(2).toInt(), next[std::size_t(t)]++);
    }
}

void tst_Logging::overflowDropsOnlyWhatItReports()
{
    constexpr int threadCount = 8;
    constexpr int perThread = 2000;
    LogOptions opts = options();
    opts.queueSize = 32; // small on purpose: producers overrun the queue, never block
    initLogging(opts);
    const quint64 droppedBefore = droppedLogMessages();

    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([t] {
            for (int i = 0; i < perThread; ++i)
                logger(LogCategory::Import)->info("t{} m{}", t, i);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY(flushLogging());

    const quint64 dropped = droppedLogMessages() - droppedBefore;
    const qsizetype written = fileLines(opts.filePath).size();
    qInfo("%llu of %d messages dropped", dropped, threadCount * perThread);
    QCOMPARE(quint64(written) + dropped, quint64(threadCount * perThread));
}

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_logging.moc"
