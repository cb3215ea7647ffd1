// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT

// Measures how long the GUI thread is ever blocked while the Records view scrolls through a
// file of 1,000,000 records: a 5 ms probe timer records the largest gap between its ticks
// while the view is scrolled a screen at a time, then jumps top to bottom, then goes to the
// end (Ctrl+End). Prints figures; asserts nothing (timings do not belong in tests).
//
//   bench_gui_scroll [--records N] [--db FILE] [--screens N] [--jumps N]
//
// --db keeps the generated database for the next run (writing 10^6 records takes seconds).

#include "db/dberror.h"
#include "guitest.h"
#include "records/recordsmodel.h"
#include "records/recordsview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace stevedore;

namespace {

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Ticks every 5 ms on the GUI thread and remembers the gaps between ticks, in wall time and in
// CPU time the GUI thread used meanwhile: on a loaded machine a wall-clock gap may be the
// scheduler's doing; the CPU time is the work the GUI thread did.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            m_gaps << double(now - m_last) / 1e6;
            m_cpu << cpu - m_lastCpu;
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_cpu.clear();
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worst() const { return max(m_gaps); }
    double worstCpu() const { return max(m_cpu); }
    double percentile(double p) const
    {
        if (m_gaps.isEmpty())
            return 0;
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[qsizetype(p / 100.0 * double(sorted.size() - 1))];
    }

private:
    static double max(const QList<double> &values)
    {
        return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpu = 0;
    QList<double> m_gaps;
    QList<double> m_cpu;
};

// Runs the event loop until cond() holds (checked every millisecond) or the timeout passes,
// at least once, so that the view repaints after every step as it would for a user.
// Not QTest::qWaitFor: that sleeps between checks, which the probe would count as a stall.
template<typename Cond>
bool runUntil(Cond cond, int timeoutMs = 30000)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cond())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return cond();
}

bool visibleRowsLoaded(QTableView *table, RecordsModel *model)
{
    const int first = std::max(0, table->rowAt(0));
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        if (!model->isRowLoaded(row))
            return false;
    }
    return true;
}

FileInfo prepare(Database &database, qint64 records)
{
    try {
        return database
            .read([](QSqlDatabase &db) {
                Sql sql(db);
                return catalog::fileInfo(sql,
                                         catalog::projectId(sql, QStringLiteral("bench")),
                                         QStringLiteral("million.csv"));
            })
            .result();
    } catch (const DbError &) {
    }
    std::fprintf(stderr, "writing %lld records…\n", static_cast<long long>(records));
    QElapsedTimer timer;
    timer.start();
    guitest::FileSpec spec;
    spec.project = QStringLiteral("bench");
    spec.name = QStringLiteral("million.csv");
    spec.records = records;
    const FileInfo file = guitest::writeFile(database, spec);
    std::fprintf(stderr, "written in %.1f s\n", double(timer.elapsed()) / 1000);
    return file;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"),
                      QStringLiteral("Records in the file."),
                      QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("SQLite file to create or reuse."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("screens"),
                      QStringLiteral("Screens scrolled one by one."),
                      QStringLiteral("n"),
                      QStringLiteral("400")});
    parser.addOption({QStringLiteral("jumps"),
                      QStringLiteral("Jumps from top to bottom."),
                      QStringLiteral("n"),
                      QStringLiteral("100")});
    parser.process(app);

    QTemporaryDir scratch;
    const QString path = parser.isSet(QStringLiteral("db"))
                             ? QFileInfo(parser.value(QStringLiteral("db"))).absoluteFilePath()
                             : scratch.filePath(QStringLiteral("bench.sqlite"));
    DatabaseOptions options;
    options.primary = DbUrl::parse(QStringLiteral("sqlite:") + path);
    Database database(options);
    database.open();
    const FileInfo file = prepare(database, parser.value(QStringLiteral("records")).toLongLong());

    RecordsView view;
    view.resize(1280, 800);
    view.setDatabase(&database);
    view.show();
    runUntil([&] { return view.isVisible(); });
    QTableView *table = view.table();
    RecordsModel *model = view.model();
    StallProbe probe;

    double worst = 0;
    double worstCpu = 0;
    auto report = [&](const char *phase, double ms) {
        std::printf(
            "%-26s %8.1f ms   worst stall %5.1f ms (GUI thread CPU %5.1f ms)   p99 %5.1f ms\n",
            phase,
            ms,
            probe.worst(),
            probe.worstCpu(),
            probe.percentile(99));
        worst = std::max(worst, probe.worst());
        worstCpu = std::max(worstCpu, probe.worstCpu());
    };
    QElapsedTimer phase;

    probe.start();
    phase.start();
    view.setFile(QStringLiteral("bench"), file);
    runUntil([&] { return visibleRowsLoaded(table, model); });
    probe.stop();
    report("open, first screen", double(phase.elapsed()));

    probe.start();
    phase.start();
    table->setFocus();
    view.goToEndAction()->trigger();
    runUntil([&] {
        return model->isRowLoaded(model->rowCount() - 1) && visibleRowsLoaded(table, model);
    });
    probe.stop();
    report("go to end (Ctrl+End)", double(phase.elapsed()));
    const int endPages = model->stats().pageLoads;

    view.goToStart();
    runUntil([&] { return visibleRowsLoaded(table, model); });
    const int screens = parser.value(QStringLiteral("screens")).toInt();
    probe.start();
    phase.start();
    QScrollBar *bar = table->verticalScrollBar();
    for (int i = 0; i < screens; ++i) {
        bar->setValue(bar->value() + bar->pageStep());
        runUntil([&] { return visibleRowsLoaded(table, model); });
    }
    probe.stop();
    report("scroll, screen by screen", double(phase.elapsed()));

    const int jumps = parser.value(QStringLiteral("jumps")).toInt();
    probe.start();
    phase.start();
    for (int i = 1; i <= jumps; ++i) {
        bar->setValue(int(qint64(bar->maximum()) * i / jumps));
        runUntil([&] { return visibleRowsLoaded(table, model); });
    }
    probe.stop();
    report("jumps, top to bottom", double(phase.elapsed()));

    const RecordsModel::Stats stats = model->stats();
    std::printf("records %d, screen %d rows, page %d rows; pages loaded: %d for open + go to "
                "end, %d in all; rows fetched %lld; pages cached %d (max %d)\n",
                model->rowCount(),
                table->rowAt(table->viewport()->height() - 1) - table->rowAt(0) + 1,
                model->pageSize(),
                endPages,
                stats.pageLoads,
                static_cast<long long>(stats.rowsFetched),
                stats.cachedPages,
                model->maxCachedPages());
    std::printf("worst GUI event-loop stall: %.1f ms wall, %.1f ms of GUI-thread CPU (probe "
                "every 5 ms)\n",
                worst,
                worstCpu);
    return 0;
}
