// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "benchcases.h"
#include "benchcontext.h"
#include "benchreport.h"
#include "benchrunner.h"
#include "childprocess.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

#include <csignal>
#include <cstdio>

namespace stevedore::cli {

namespace {

using namespace stevedore::bench;

// Exit code of a run stopped by SIGTERM/SIGINT (128 + SIGINT, as shells report it).
constexpr int cancelledExitCode = 130;

QString procValue(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (key.isEmpty())
            return QString::fromUtf8(line).trimmed();
        if (line.startsWith(key.toLatin1()))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return {};
}

QJsonObject serverSettings(Database &database)
{
    return database
        .write([](QSqlDatabase &db) {
            Sql sql(db);
            QJsonObject settings;
            const QStringList names
                = sql.engine() == Engine::Postgres
                      ? QStringList{QStringLiteral("fsync"),
                                    QStringLiteral("synchronous_commit"),
                                    QStringLiteral("shared_buffers")}
                      : QStringList{QStringLiteral("journal_mode"), QStringLiteral("synchronous")};
            for (const QString &name : names)
                settings.insert(
                    name,
                    sql.scalar((sql.engine() == Engine::Postgres ? QStringLiteral("SHOW ")
                                                                 : QStringLiteral("PRAGMA "))
                               + name)
                        .toString());
            return settings;
        })
        .result();
}

QJsonObject environment(Database &database, bool quick, const QString &outDir)
{
    const qint64 memoryKiB = procValue(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))
                                 .section(QLatin1Char(' '), 0, 0)
                                 .toLongLong();
    QJsonObject versions{{QStringLiteral("stevedore"), QString::fromLatin1(versionString)},
                         {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                         {QStringLiteral("database"), database.serverVersion()}};
    const QString tool = database.engine() == Engine::Postgres ? QStringLiteral("psql")
                                                               : QStringLiteral("sqlite3");
    if (const QString version = toolVersion(tool, outDir); !version.isEmpty())
        versions.insert(tool, version);
    return {
        {QStringLiteral("machine"),
         QJsonObject{{QStringLiteral("cpu"),
                      procValue(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"))},
                     {QStringLiteral("cores"), QThread::idealThreadCount()},
                     {QStringLiteral("memory_mib"), memoryKiB / 1024}}},
        {QStringLiteral("os"),
         QStringLiteral("%1 (%2 %3)")
             .arg(
                 QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion())},
        {QStringLiteral("versions"), versions},
        {QStringLiteral("engine"),
         database.engine() == Engine::Postgres ? QStringLiteral("postgres")
                                               : QStringLiteral("sqlite")},
        {QStringLiteral("database"), database.options().primary.redacted()},
        {QStringLiteral("server_settings"), serverSettings(database)},
        {QStringLiteral("quick"), quick},
        {QStringLiteral("started_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("load_average_at_start"),
         procValue(QStringLiteral("/proc/loadavg"), QString()).section(QLatin1Char(' '), 0, 2)}};
}

void progressLine(const QString &line)
{
    std::fputs((line + QLatin1Char('\n')).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

// Progress on stderr: the human lines, or with --progress-json one JSON object per line for
// a program to follow (the GUI's "Run benchmark…"). Every event has "event"; "text" is the
// line a terminal would show (absent where a terminal shows nothing):
//   {"event":"case","state":"running"|"done"|"skipped"|"failed","index":1,"total":3,"name":…}
//   {"event":"note","text":…}      a line from inside a case, a warning, a regression
//   {"event":"report"}             all cases ran; writing results.json and the report
//   {"event":"cancelled"}          SIGTERM/SIGINT: the run stopped and cleaned up
class Progress
{
public:
    explicit Progress(bool json)
        : m_json(json)
    {}

    void event(QJsonObject fields, const QString &text = {}) const
    {
        if (!m_json) {
            if (!text.isEmpty())
                progressLine(text);
            return;
        }
        if (!text.isEmpty())
            fields.insert(QStringLiteral("text"), text);
        progressLine(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    }
    void note(const QString &text) const
    {
        event({{QStringLiteral("event"), QStringLiteral("note")}}, text);
    }
    void step(const QString &name) const { event({{QStringLiteral("event"), name}}); }
    void benchCase(const QString &state,
                   qsizetype index,
                   qsizetype total,
                   const QString &name,
                   const QString &text = {}) const
    {
        event({{QStringLiteral("event"), QStringLiteral("case")},
               {QStringLiteral("state"), state},
               {QStringLiteral("index"), index},
               {QStringLiteral("total"), total},
               {QStringLiteral("name"), name}},
              text);
    }

private:
    bool m_json;
};

extern "C" void onTerminate(int)
{
    requestCancel();
}

// While it lives, SIGTERM and SIGINT ask the run to stop between samples instead of killing
// the process, so that the scratch project is removed. SA_RESETHAND: a second signal kills.
class CancelOnSignal
{
public:
    CancelOnSignal()
    {
        resetCancel();
        struct sigaction action = {};
        action.sa_handler = onTerminate;
        action.sa_flags = SA_RESTART | SA_RESETHAND;
        sigemptyset(&action.sa_mask);
        sigaction(SIGTERM, &action, &m_term);
        sigaction(SIGINT, &action, &m_int);
    }
    ~CancelOnSignal()
    {
        sigaction(SIGTERM, &m_term, nullptr);
        sigaction(SIGINT, &m_int, nullptr);
    }
    CancelOnSignal(const CancelOnSignal &) = delete;
    CancelOnSignal &operator=(const CancelOnSignal &) = delete;

private:
    struct sigaction m_term = {};
    struct sigaction m_int = {};
};

QString summaryOf(const QList<BenchResult> &results)
{
    if (results.isEmpty())
        return {};
    const BenchResult &main = results.first();
    QString text = main.baseline
                       ? QStringLiteral("%1 → %2 %3")
                             .arg(formatValue(main.baseline->median),
                                  formatValue(main.optimized.median),
                                  main.unit)
                       : QStringLiteral("%1 %2").arg(formatValue(main.optimized.median), main.unit);
    if (main.ratio)
        text += QStringLiteral(", ×%1").arg(formatValue(*main.ratio));
    return text;
}

QStringList parseOnly(const QString &value)
{
    const QStringList known = benchCaseNames();
    QStringList only;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().toLower();
        if (!known.contains(name))
            throw UsageError{QStringLiteral("unknown case '%1' for --only (cases: %2)")
                                 .arg(name, known.join(QStringLiteral(", ")))};
        only << name;
    }
    return only;
}

// The database: --db when given, else a scratch SQLite file in the output folder.
struct BenchDatabase
{
    std::unique_ptr<Database> own;
    QString ownPath;
    Database *database = nullptr;

    ~BenchDatabase()
    {
        if (!own)
            return;
        own.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(ownPath + QLatin1String(suffix));
    }
};

void openBenchDatabase(Context &ctx, const QString &outDir, BenchDatabase &out)
{
    if (ctx.globals.db) {
        out.database = &ctx.database();
        return;
    }
    if (!ctx.globals.replicas.isEmpty())
        throw UsageError{QStringLiteral("--replica needs a PostgreSQL --db")};
    out.ownPath = QDir(outDir).filePath(
        QStringLiteral("bench-%1.db").arg(QCoreApplication::applicationPid()));
    DatabaseOptions options;
    options.primary = DbUrl::parse(QStringLiteral("sqlite:") + out.ownPath);
    out.own = std::make_unique<Database>(options);
    out.own->open();
    out.database = out.own.get();
}

BenchOptions benchOptions(Context &ctx, const QString &outDir, const Progress &progress)
{
    BenchOptions options;
    options.quick = ctx.isSet(QStringLiteral("quick"));
    options.outDir = outDir;
    options.replicas = ctx.globals.replicas;
    if (ctx.isSet(QStringLiteral("pooler"))) {
        options.pooler = DbUrl::parse(ctx.value(QStringLiteral("pooler")));
        if (!options.pooler->isPostgres())
            throw UsageError{QStringLiteral("--pooler must be a postgresql:// URL")};
    }
    options.stevedoreBinary = QCoreApplication::applicationFilePath();
    options.restoreLogging = [&ctx] {
        setUpLogging(ctx.globals);
    };
    options.progress = [&progress](const QString &line) {
        progress.note(line);
    };
    return options;
}

struct SuiteRun
{
    QList<BenchResult> results;
    QStringList notes;
    int failures = 0;
    bool cancelled = false;
};

SuiteRun runSuite(BenchContext &bench, const QStringList &only, const Progress &progress)
{
    QList<BenchCase> selected;
    for (const BenchCase &benchCase : benchCases()) {
        if (only.isEmpty() || only.contains(benchCase.name))
            selected << benchCase;
    }
    SuiteRun run;
    const qsizetype total = selected.size();
    for (qsizetype i = 0; i < total && !run.cancelled; ++i) {
        const BenchCase &benchCase = selected[i];
        const QString head = QStringLiteral("[%1/%2] %3").arg(i + 1).arg(total).arg(benchCase.name);
        const auto report = [&](const QString &state, const QString &text) {
            progress.benchCase(state, i + 1, total, benchCase.name, text);
        };
        if (const QString why = benchCase.unavailable(bench); !why.isEmpty()) {
            report(QStringLiteral("skipped"), QStringLiteral("%1: skipped (%2)").arg(head, why));
            run.notes << QStringLiteral("%1 skipped: %2").arg(benchCase.name, why);
            continue;
        }
        report(QStringLiteral("running"), {});
        const qint64 start = nowNanos();
        QString failure;
        try {
            const QList<BenchResult> results = benchCase.run(bench);
            report(QStringLiteral("done"),
                   QStringLiteral("%1: %2 (%3 s)")
                       .arg(head, summaryOf(results))
                       .arg(elapsedMicros(start) / 1e6, 0, 'f', 1));
            run.results << results;
        } catch (const BenchCancelled &) {
            run.cancelled = true;
        } catch (const DbError &error) {
            failure = error.message();
        } catch (const std::exception &error) {
            failure = QString::fromUtf8(error.what());
        }
        if (!failure.isEmpty()) {
            ++run.failures;
            report(QStringLiteral("failed"), QStringLiteral("%1: FAILED: %2").arg(head, failure));
            run.notes << QStringLiteral("%1 failed: %2").arg(benchCase.name, failure);
        }
        // A case that ends without reaching alternate() after the signal still stops the run.
        run.cancelled = run.cancelled || cancelRequested();
    }
    return run;
}

std::optional<QList<BenchResult>> readOld(const QString &path, QJsonObject *env)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    QString error;
    auto results = readResults(file.readAll(), env, &error);
    if (!results)
        throw UsageError{QStringLiteral("%1 is not a results.json: %2").arg(path, error)};
    return results;
}

int benchCommand(Context &ctx)
{
    const QString outDir = QDir(ctx.required(QStringLiteral("out"))).absolutePath();
    const QStringList only = parseOnly(ctx.value(QStringLiteral("only")));
    std::optional<QList<BenchResult>> old;
    QJsonObject oldEnv;
    if (ctx.isSet(QStringLiteral("compare")))
        old = readOld(ctx.value(QStringLiteral("compare")), &oldEnv);
    if (!QDir().mkpath(outDir))
        throw UsageError{QStringLiteral("cannot create %1").arg(outDir)};

    const Progress progress(ctx.isSet(QStringLiteral("progress-json")));
    const CancelOnSignal cancelOnSignal;
    BenchOptions options = benchOptions(ctx, outDir, progress);
    BenchDatabase database;
    openBenchDatabase(ctx, outDir, database);
    QJsonObject env = environment(*database.database, options.quick, outDir);
    const qint64 start = nowNanos();
    SuiteRun run;
    {
        BenchContext bench(*database.database, options);
        run = runSuite(bench, only, progress);
        bench.cleanUp();
    }
    if (run.cancelled) {
        progress.event({{QStringLiteral("event"), QStringLiteral("cancelled")}},
                       QStringLiteral("cancelled; the scratch project is removed"));
        return cancelledExitCode;
    }
    progress.step(QStringLiteral("report"));
    env.insert(QStringLiteral("duration_s"), elapsedMicros(start) / 1e6);

    ReportInput report{
        env, run.results, std::nullopt, ctx.value(QStringLiteral("compare")), run.notes};
    int regressions = 0;
    if (old) {
        report.changes = compareResults(*old, run.results);
        for (const QString &key : {QStringLiteral("engine"), QStringLiteral("quick")}) {
            if (oldEnv.value(key) != env.value(key)) {
                const QString note = QStringLiteral("the compared run differs in %1 (%2 then, %3 "
                                                    "now): its changes mix workloads")
                                         .arg(key,
                                              oldEnv.value(key).toVariant().toString(),
                                              env.value(key).toVariant().toString());
                progress.note(QStringLiteral("warning: ") + note);
                report.notes << note;
            }
        }
        for (const MetricChange &change : *report.changes) {
            if (change.regression) {
                ++regressions;
                progress.note(QStringLiteral("regression: %1 %2 → %3 %4 (%5%6 %)")
                                  .arg(change.name,
                                       formatValue(change.oldValue),
                                       formatValue(change.newValue),
                                       change.unit,
                                       change.change >= 0 ? QStringLiteral("+") : QString())
                                  .arg(change.change * 100, 0, 'f', 1));
            }
        }
    }
    QFile json(QDir(outDir).filePath(QStringLiteral("results.json")));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || json.write(resultsJson(env, run.results)) < 0)
        throw DbError(
            DbError::Kind::Permanent,
            QStringLiteral("cannot write %1: %2").arg(json.fileName(), json.errorString()));
    json.close();
    const ReportFiles files = writeReport(outDir, report);
    if (!files.chartProblem.isEmpty())
        progress.note(QStringLiteral("no charts: %1").arg(files.chartProblem));
    for (const QString &path : {json.fileName(), files.markdown, files.html})
        ctx.out(path + QLatin1Char('\n'));
    if (run.failures > 0)
        return 1;
    return regressions > 0 ? 2 : 0;
}

} // namespace

QList<Command> benchCommands()
{
    return {
        {QStringLiteral("bench"),
         QStringLiteral("Measure every optimisation against its naive baseline; write "
                        "results.json and a report (exit 2 when --compare finds a regression)."),
         QStringLiteral("[--quick] [--only NAME,...] [--compare OLD/results.json] "
                        "[--pooler URL] [--progress-json] --out DIR"),
         {{QStringLiteral("quick"),
           QStringLiteral("Smaller data (20,000-record import); done in under 2 minutes.")},
          {QStringLiteral("only"),
           QStringLiteral("Run only these cases: %1.")
               .arg(benchCaseNames().join(QStringLiteral(", "))),
           QStringLiteral("names")},
          {QStringLiteral("compare"),
           QStringLiteral("Show the change against an earlier results.json and flag "
                          "regressions beyond 10 %."),
           QStringLiteral("path")},
          {QStringLiteral("pooler"),
           QStringLiteral("A PgBouncer URL in front of --db, for the pooler case."),
           QStringLiteral("url")},
          {QStringLiteral("progress-json"),
           QStringLiteral("Progress on stderr as one JSON object per line (for programs). "
                          "SIGTERM or SIGINT stop any run cleanly (exit code 130).")},
          {QStringLiteral("out"),
           QStringLiteral("Output folder (results.json, report.md, report.html, charts); "
                          "without --db the scratch SQLite database goes here too."),
           QStringLiteral("dir")}},
         benchCommand,
         true}}; // its report renders charts
}

} // namespace stevedore::cli
