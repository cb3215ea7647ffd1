// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <grp.h>
#include <unistd.h>

using namespace stevedore;

// The command-line contract other people script against.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpListsEveryCommand();
    void version();
    void projectLifecycle();
    void globalOptionsBeforeOrAfter();
    void errorsAreOneLine_data();
    void errorsAreOneLine();
    void guiRefusesBadGlobalOptions_data();
    void guiRefusesBadGlobalOptions();
    void passwordsNeverPrinted();
    void badUrlNeverPrintsThePassword_data();
    void badUrlNeverPrintsThePassword();
    void controlCharactersEscaped();
    void rejectLinesEscapeThePath();
    void foreignSqliteFileLeftUntouched();
    void exportOfAnUnfinishedImportWarns_data();
    void exportOfAnUnfinishedImportWarns();
    void permissionDeniedSaysSo();
    void jsonLogLines();
    void demoImportsTheSamples();
    void importHeaderOptions();
    void fileArgumentsOpenTheGui();
    void commandNamesWinOverFiles();
    void hiddenCommandsStayOutOfHelp();
    void manPageFollowsTheTables();
    void bashCompletion_data();
    void bashCompletion();
    void zshCompletionParses();

private:
    // Runs stevedore in m_dir with a home of its own there (settings, logs, data).
    test::CliResult runIn(const QStringList &arguments, const QStringList &environment = {});
    // What the generated bash completion offers for the line (the cursor at its end).
    QStringList complete(const QString &line);
    QStringList db() const { return {"--db", "sqlite:" + m_dir->filePath("cli.db")}; }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCli::helpListsEveryCommand()
{
    const test::CliResult r = test::runCli({"--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *command :
         {"projects", "project", "files", "import", "export", "rejects", "demo"})
        QVERIFY2(r.out.contains(QByteArray("\n  ") + command + ' '), command);
    for (const char *option :
         {"--db", "--replica", "--max-replica-lag", "--log-level", "--log-file", "--log-format"})
        QVERIFY2(r.out.contains(option), option);
    const test::CliResult importHelp = test::runCli({"import", "--help"});
    QCOMPARE(importHelp.exitCode, 0);
    QVERIFY(importHelp.out.contains("--batch-size"));
}

void TestCli::version()
{
    const test::CliResult r = test::runCli({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("stevedore "));
}

void TestCli::projectLifecycle()
{
    QCOMPARE(test::runCli(db() + QStringList{"project", "create", "alpha"}).exitCode, 0);
    test::CliResult r = test::runCli(db() + QStringList{"project", "create", "alpha"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("exists already"));
    QCOMPARE(test::runCli(db() + QStringList{"project", "rename", "alpha", "beta"}).exitCode, 0);
    r = test::runCli(db() + QStringList{"projects", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray projects = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects[0].toObject().value("name").toString(), QStringLiteral("beta"));
    QCOMPARE(projects[0].toObject().value("files").toInt(), 0);
    r = test::runCli(db() + QStringList{"project", "delete", "beta"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("deleted project 'beta' (0 records)"));
    r = test::runCli(db() + QStringList{"projects", "--json"});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
}

void TestCli::globalOptionsBeforeOrAfter()
{
    QCOMPARE(test::runCli(db() + QStringList{"project", "create", "x"}).exitCode, 0);
    const test::CliResult before
        = test::runCli(db() + QStringList{"files", "--project", "x", "--json"});
    const test::CliResult after
        = test::runCli(QStringList{"files", "--project", "x", "--json"} + db());
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(before.out, after.out);
}

void TestCli::errorsAreOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mention");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << QByteArray("unknown command");
    QTest::newRow("bad url") << QStringList{"--db", "mysql://x", "projects"}
                             << QByteArray("bad database URL");
    QTest::newRow("unreachable server")
        << QStringList{"--db", "postgresql://u@127.0.0.1:1/db?connect_timeout=2", "projects"}
        << QByteArray("cannot connect to 127.0.0.1:1/db");
    QTest::newRow("missing option") << QStringList{"files"} << QByteArray("--project");
    QTest::newRow("unknown option") << QStringList{"projects", "--bogus"} << QByteArray("bogus");
    QTest::newRow("--header with --no-header")
        << QStringList{"import", "--project", "p", "--header", "--no-header", "x.csv"}
        << QByteArray("--header and --no-header exclude each other");
}

void TestCli::errorsAreOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mention);
    if (!args.contains("--db"))
        args = db() + args;
    const test::CliResult r = test::runCli(args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(mention), r.err.constData());
    QVERIFY(!r.err.contains("QSqlDatabase"));
}

void TestCli::guiRefusesBadGlobalOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("--log-format") << QStringList{"--log-format", "xml"};
    QTest::newRow("--max-replica-lag") << QStringList{"--max-replica-lag", "5x"};
    QTest::newRow("--db") << QStringList{"--db", "mysql://x"};
    QTest::newRow("--replica") << QStringList{"--replica", "mysql://x"};
    QTest::newRow("missing value") << QStringList{"--log-format"};
}

// No command opens the GUI; a bad global option stops it with the line and exit code a
// command gives, before QApplication exists: an unknown platform plugin would abort then.
void TestCli::guiRefusesBadGlobalOptions()
{
    QFETCH(QStringList, options);
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "no-such-platform");
    gui.setProcessEnvironment(env);
    gui.start(STEVEDORE_BINARY, options);
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    const QByteArray err = gui.readAllStandardError();
    QVERIFY2(gui.exitCode() == 1, err.constData());
    QCOMPARE(err.count('\n'), 1);

    const test::CliResult command = test::runCli(QStringList{"projects"} + options);
    QCOMPARE(command.exitCode, 1);
    QCOMPARE(err, QByteArray(command.err).replace("stevedore projects: ", "stevedore: "));
}

void TestCli::passwordsNeverPrinted()
{
    const QString logFile = m_dir->filePath("log.txt");
    const test::CliResult r
        = test::runCli({"--db",
                        "postgresql://ops:Sup3rS3cret@127.0.0.1:1/db?connect_timeout=1",
                        "--log-level",
                        "debug",
                        "--log-file",
                        logFile,
                        "projects"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.contains("Sup3rS3cret"));
    QVERIFY(!r.out.contains("Sup3rS3cret"));
    QVERIFY(!test::readFile(logFile).contains("Sup3rS3cret"));
}

// A password typed raw with characters a URL must percent-encode: the URL cannot be parsed and
// the message about it still hides every part of the password (Qx7, Zk9).
void TestCli::badUrlNeverPrintsThePassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("blank") << "postgresql://ops:Qx7 Zk9@127.0.0.1:1/db";
    QTest::newRow("at") << "postgresql://ops:Qx7@Zk9@127.0.0.1:1/db";
    QTest::newRow("hash") << "postgresql://ops:Qx7#Zk9@127.0.0.1:1/db";
    QTest::newRow("slash") << "postgresql://ops:Qx7/Zk9@127.0.0.1:1/db";
    QTest::newRow("question mark") << "postgresql://ops:Qx7?Zk9@127.0.0.1:1/db";
    QTest::newRow("conninfo") << "host=127.0.0.1 port=1 password=Qx7 Zk9";
}

void TestCli::badUrlNeverPrintsThePassword()
{
    QFETCH(QString, url);
    const QString logFile = m_dir->filePath("log.txt");
    for (const QStringList &where : {QStringList{"--db", url}, QStringList{"--replica", url}}) {
        const test::CliResult r = test::runCli(
            (where.first() == "--replica"
                 ? QStringList{"--db", "postgresql://ops@127.0.0.1:1/db?connect_timeout=1"}
                 : QStringList{})
            + where + QStringList{"--log-level", "debug", "--log-file", logFile, "projects"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("bad database URL"), r.err.constData());
        for (const char *part : {"Qx7", "Zk9"}) {
            QVERIFY2(!r.err.contains(part), r.err.constData());
            QVERIFY(!r.out.contains(part));
            QVERIFY(!test::readFile(logFile).contains(part));
        }
    }
}

// Names come from users: a newline or an escape sequence in one must reach the terminal as
// visible text, on the one line it belongs to, in tables, messages and errors alike.
void TestCli::controlCharactersEscaped()
{
    const QString name = QStringLiteral("evil\x1b]0;owned\x07\x1b[2J\nname\x9b"
                                        "1m");
    const QByteArray shown = R"(evil\x1b]0;owned\x07\x1b[2J\nname\u009b1m)";
    const auto raw = [](const QByteArray &bytes) {
        for (const char c : bytes) {
            const auto u = uchar(c);
            if ((u < 0x20 && u != '\n') || u == 0x7f)
                return true;
        }
        return bytes.contains("\xc2\x9b"); // U+009B as UTF-8
    };

    test::CliResult r = test::runCli(db() + QStringList{"project", "create", name});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, "created project '" + shown + "'\n");

    r = test::runCli(db() + QStringList{"projects"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!raw(r.out), r.out.constData());
    QCOMPARE(r.out.count('\n'), 2);
    QVERIFY2(r.out.contains("\n" + shown + " "), r.out.constData());

    r = test::runCli(db() + QStringList{"project", "create", name});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!raw(r.err), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(shown), r.err.constData());

    r = test::runCli(db() + QStringList{"files", "--project", name + "x"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, "stevedore files: no project named '" + shown + "x'\n");

    // JSON escapes its own control characters; its bytes are QJsonDocument's, untouched.
    r = test::runCli(db() + QStringList{"projects", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonDocument document = QJsonDocument::fromJson(r.out);
    QCOMPARE(document.array().at(0).toObject().value("name").toString(), name);
    QCOMPARE(r.out, document.toJson(QJsonDocument::Compact) + '\n');
    QVERIFY(r.out.contains("\xc2\x9b")); // U+009B stays as JSON has it
}

void TestCli::rejectLinesEscapeThePath()
{
    const QString path = m_dir->filePath(QStringLiteral("bad\x1b[31m\nname.csv"));
    QVERIFY(test::writeFile(path, "a,b\n1,2\n3\n4,5\n"));
    const test::CliResult r
        = test::runCli(db() + QStringList{"import", "--project", "p", "--no-header", path});
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(!r.err.contains('\x1b'), r.err.constData());
    const QByteArray shown = (m_dir->path() + QStringLiteral(R"(/bad\x1b[31m\nname.csv)")).toUtf8();
    QVERIFY2(r.err.startsWith(shown + ":3: "), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.out.startsWith(shown + ": imported 3 records"), r.out.constData());
    QCOMPARE(r.out.count('\n'), 1);
}

void TestCli::foreignSqliteFileLeftUntouched()
{
    const QString path = m_dir->filePath(QStringLiteral("other-app.sqlite"));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "other-app");
        c.setDatabaseName(path);
        QVERIFY(c.open());
        QSqlQuery query(c);
        QVERIFY(query.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
        QVERIFY(query.exec("INSERT INTO notes (body) VALUES ('keep me')"));
    }
    QSqlDatabase::removeDatabase("other-app");
    const QByteArray before
        = QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
    const test::CliResult r = test::runCli({"--db", "sqlite:" + path, "projects"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err,
             "stevedore projects: " + path.toUtf8()
                 + " is not a Stevedore database (it holds tables of another application: "
                   "notes); it was left unchanged\n");
    QCOMPARE(QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{"other-app.sqlite"});
}

void TestCli::exportOfAnUnfinishedImportWarns_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("csv") << QStringList();
    QTest::newRow("jsonl") << QStringList{"--format", "jsonl"};
    QTest::newRow("mapped") << QStringList{"--mapped"};
}

// An import that failed or was interrupted leaves its file "importing" with the records of the
// batches committed so far (set here by hand: the importer's own ways there are tested with
// it). Its export is what is there, as before, and says so on stderr.
void TestCli::exportOfAnUnfinishedImportWarns()
{
    QFETCH(QStringList, options);
    const QString csv = m_dir->filePath(QStringLiteral("part.csv"));
    QVERIFY(test::writeFile(csv, "a,b\n1,2\n3,4\n"));
    test::CliResult r = test::runCli(db() + QStringList{"import", "--project", "p", csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList exportArgs
        = db() + QStringList{"export", "--project", "p", "--file", "part.csv"} + options;
    const test::CliResult finished = test::runCli(exportArgs);
    QCOMPARE(finished.exitCode, 0);
    QCOMPARE(finished.err, QByteArray());

    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "unfinish");
        c.setDatabaseName(m_dir->filePath("cli.db"));
        QVERIFY(c.open());
        QVERIFY(QSqlQuery(c).exec("UPDATE files SET status = 'importing'"));
    }
    QSqlDatabase::removeDatabase("unfinish");
    r = test::runCli(exportArgs);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, finished.out);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith("stevedore export: warning: 'part.csv' in project 'p' is not "
                              "completely imported (status importing"),
             r.err.constData());
    QVERIFY2(r.err.contains("the export holds the 2 records imported so far"), r.err.constData());
}

// Runs the binary as a user without privileges: root would pass every permission check.
static test::CliResult runUnprivileged(const QStringList &arguments)
{
    QProcess process;
    if (geteuid() == 0) {
        process.setChildProcessModifier([] {
            if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
                _exit(99);
        });
    }
    process.start(QStringLiteral(STEVEDORE_BINARY), arguments);
    process.closeWriteChannel();
    test::CliResult result;
    // Uid 65534 must be able to reach the binary: a checkout under a 0700 folder cannot run.
    if (!process.waitForStarted(120000)) {
        result.err
            = "cannot start " STEVEDORE_BINARY " as uid 65534: " + process.errorString().toUtf8();
        return result;
    }
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// A path the command may not write or read is reported as such, not as a missing file.
void TestCli::permissionDeniedSaysSo()
{
    const QString dir = m_dir->filePath(QStringLiteral("work"));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/locked")));
    const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                     | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                     | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                          | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    for (const QString &path : {m_dir->path(), dir})
        QVERIFY(QFile::setPermissions(path, all));
    QVERIFY(QFile::setPermissions(dir + QStringLiteral("/locked"), readOnly));
    const QString secret = dir + QStringLiteral("/schema.json");
    QVERIFY(test::writeFile(secret, "[]"));
    QVERIFY(QFile::setPermissions(secret, {}));
    const QString csv = dir + QStringLiteral("/in.csv");
    QVERIFY(test::writeFile(csv, "a,b\n1,2\n"));
    QVERIFY(QFile::setPermissions(csv, all));

    const QStringList db{"--db", "sqlite:" + dir + "/cli.db"};
    test::CliResult r = runUnprivileged(db + QStringList{"import", "--project", "p", csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString denied = dir + QStringLiteral("/locked/out.csv");
    const QList<QStringList> commands{
        {"export", "--project", "p", "--file", "in.csv", "-o", denied},
        {"rejects", "--project", "p", "--file", "in.csv", "-o", denied},
        {"schema", "apply", secret}};
    for (const QStringList &command : commands) {
        r = runUnprivileged(db + command);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.toLower().contains("permission denied"), r.err.constData());
        QVERIFY2(!r.err.toLower().contains("no such file"), r.err.constData());
    }
}

void TestCli::jsonLogLines()
{
    const QString logFile = m_dir->filePath("log.jsonl");
    const test::CliResult r = test::runCli(db()
                                           + QStringList{"--log-format",
                                                         "json",
                                                         "--log-file",
                                                         logFile,
                                                         "--log-level",
                                                         "info",
                                                         "project",
                                                         "create",
                                                         "j"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = test::readFile(logFile).trimmed().split('\n');
    QVERIFY(!lines.isEmpty());
    for (const QByteArray &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QVERIFY2(object.contains("ts") && object.contains("level") && object.contains("category")
                     && object.contains("msg"),
                 line.constData());
    }
}

void TestCli::demoImportsTheSamples()
{
    test::CliResult r = test::runCli(db() + QStringList{"demo"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = test::runCli(db() + QStringList{"files", "--project", "demo", "--json"});
    const QJsonArray files = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(files.size(), 3);
    for (const QJsonValue &file : files) {
        QVERIFY(file.toObject().value("records").toInt() > 0);
        QCOMPARE(file.toObject().value("status").toString(), QStringLiteral("imported"));
    }
    r = test::runCli(db() + QStringList{"demo"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("already there"));
}

// A first line of numbers is detected as a record; --header takes it as the header anyway.
void TestCli::importHeaderOptions()
{
    const QString path = m_dir->filePath("years.csv");
    QVERIFY(test::writeFile(path, "2023,2024\n1,2\n3,4\n"));
    test::CliResult r = test::runCli(db() + QStringList{"import", "--project", "a", path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = test::runCli(db() + QStringList{"import", "--project", "b", "--header", path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = test::runCli(db() + QStringList{"export", "--project", "a", "--file", "years.csv"});
    QCOMPARE(r.out, QByteArray("column_1,column_2\n2023,2024\n1,2\n3,4\n"));
    r = test::runCli(db() + QStringList{"export", "--project", "b", "--file", "years.csv"});
    QCOMPARE(r.out, QByteArray("2023,2024\n1,2\n3,4\n"));
}

test::CliResult TestCli::runIn(const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir->filePath("home");
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(var, home);
    for (const QString &assignment : environment)
        env.insert(assignment.section('=', 0, 0), assignment.section('=', 1));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(STEVEDORE_BINARY, arguments);
    process.closeWriteChannel();
    test::CliResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// "stevedore FILE..." (a file manager's %F) opens the GUI and offers the files for import.
void TestCli::fileArgumentsOpenTheGui()
{
    const QString csv = m_dir->filePath("people.csv");
    QVERIFY(test::writeFile(csv, "name,age\nada,36\n"));
    const QString log = m_dir->filePath("gui.log");
    const test::CliResult r = runIn(db() + QStringList{"--log-file", log, "people.csv"},
                                    {"QT_QPA_PLATFORM=offscreen", "STEVEDORE_STARTUP_TIMING=quit"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("startup: main window shown"), r.err.constData());
    QVERIFY2(test::readFile(log).contains("offering 1 file(s) from the command line for import"),
             test::readFile(log).constData());
}

// A word that names a command is the command even when a file has that name; a word that is
// neither stays an unknown command.
void TestCli::commandNamesWinOverFiles()
{
    QVERIFY(test::writeFile(m_dir->filePath("projects"), "name\nx\n"));
    test::CliResult r = runIn(db() + QStringList{"projects"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("NAME"));
    r = runIn(db() + QStringList{"no-such-file.csv"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("unknown command 'no-such-file.csv'"), r.err.constData());
}

void TestCli::hiddenCommandsStayOutOfHelp()
{
    const test::CliResult r = test::runCli({"--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains("\n  man "));
    QVERIFY(!r.out.contains("\n  completion "));
}

// The man page has a section for every command --help lists, their options, the global
// options and the exit codes README documents.
void TestCli::manPageFollowsTheTables()
{
    const test::CliResult r = test::runCli({"man"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith(".TH STEVEDORE 1 "));
    const test::CliResult help = test::runCli({"--help"});
    const QString commands
        = QString::fromUtf8(help.out).section("Commands:\n", 1).section("\n\n", 0, 0);
    QVERIFY(!commands.isEmpty());
    for (const QString &line : commands.split('\n')) {
        const QString name = line.trimmed().section(' ', 0, 0);
        QVERIFY2(r.out.contains(".SS " + name.toUtf8() + '\n'), qPrintable(name));
    }
    for (const char *text : {"\\fB\\-\\-batch\\-size\\fR \\fIn\\fR",
                             "\\fB\\-\\-max\\-replica\\-lag\\fR",
                             ".SH EXIT STATUS",
                             ".B 130",
                             ".SH GLOBAL OPTIONS"})
        QVERIFY2(r.out.contains(text), text);
    const QString path = m_dir->filePath("stevedore.1");
    QCOMPARE(test::runCli({"man", "-o", path}).exitCode, 0);
    QCOMPARE(test::readFile(path), r.out);
}

QStringList TestCli::complete(const QString &line)
{
    const QString script = m_dir->filePath("stevedore.bash");
    if (test::runCli({"completion", "bash", "-o", script}).exitCode != 0)
        return {"completion failed"};
    // The words as bash splits them for completion (COMP_WORDBREAKS: blanks and '=').
    QStringList words = line.split(' ');
    const QString driver = QStringLiteral(
        "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1));"
        " _stevedore; printf '%s\\n' \"${COMPREPLY[@]}\"");
    QProcess bash;
    bash.setWorkingDirectory(m_dir->path());
    bash.start("bash", QStringList{"-c", driver, "bash", script} + words);
    if (!bash.waitForFinished(60000))
        return {"timed out"};
    QStringList offered
        = QString::fromUtf8(bash.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    offered.sort();
    return offered;
}

void TestCli::bashCompletion_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    const QString binary = STEVEDORE_BINARY;
    QTest::newRow("commands") << binary + " pro" << QStringList{"project", "projects"};
    QTest::newRow("actions") << binary + " project " << QStringList{"create", "delete", "rename"};
    QTest::newRow("options") << binary + " import --ba" << QStringList{"--batch-size"};
    QTest::newRow("global options after a command")
        << binary + " files --log-f" << QStringList{"--log-file", "--log-format"};
    QTest::newRow("choices") << binary + " --log-format " << QStringList{"json", "text"};
    QTest::newRow("choices after =") << binary + " --log-format = j" << QStringList{"json"};
    // @DB@: this row's database (init() makes a new folder for each row).
    QTest::newRow("projects") << binary + " --db @DB@ files --project "
                              << QStringList{"alpha", "two\\ words"};
    QTest::newRow("files") << binary + " --db @DB@ export --project alpha --file "
                           << QStringList{"a\\ b.csv", "years.csv"};
    QTest::newRow("file names") << binary + " import --project alpha ye"
                                << QStringList{"years.csv"};
}

void TestCli::bashCompletion()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    const QString years = m_dir->filePath("years.csv");
    QVERIFY(test::writeFile(years, "2023,2024\n1,2\n"));
    QVERIFY(test::writeFile(m_dir->filePath("a b.csv"), "x\n1\n"));
    QCOMPARE(test::runCli(db() + QStringList{"import", "--project", "alpha", years}).exitCode, 0);
    QCOMPARE(
        test::runCli(db() + QStringList{"import", "--project", "alpha", m_dir->filePath("a b.csv")})
            .exitCode,
        0);
    QCOMPARE(test::runCli(db() + QStringList{"project", "create", "two words"}).exitCode, 0);
    QCOMPARE(complete(line.replace("@DB@", db().last())), expected);
}

// zsh loads the generated function without a syntax error and binds it to stevedore.
void TestCli::zshCompletionParses()
{
    const QString script = m_dir->filePath("_stevedore");
    QCOMPARE(test::runCli({"completion", "zsh", "-o", script}).exitCode, 0);
    QProcess zsh;
    zsh.start("zsh",
              {"-fc",
               "autoload -Uz compinit && compinit -u -d \"$2\" && fpath=(\"$1\" $fpath)"
               " && autoload -Uz _stevedore && compdef _stevedore stevedore"
               " && zsh -n \"$1/_stevedore\" && print -r -- ${_comps[stevedore]}",
               "zsh",
               m_dir->path(),
               m_dir->filePath("zcompdump")});
    QVERIFY2(zsh.waitForFinished(60000), "zsh did not finish (is it installed?)");
    QVERIFY2(zsh.exitStatus() == QProcess::NormalExit && zsh.exitCode() == 0,
             zsh.readAllStandardError().constData());
    QCOMPARE(zsh.readAllStandardOutput().trimmed(), QByteArray("_stevedore"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
