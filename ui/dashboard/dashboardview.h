// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/ttlcache.h"
#include "charts/jobcharts.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QListWidget;
class QPushButton;

namespace stevedore {

class BenchDialog;
class ChartPanel;
class Database;
class JobQueue;

// The Dashboard view: live charts over the last 1, 5 or 15 minutes, redrawn twice a second
// from Metrics::instance() history — import throughput (records/s, from the import.records and
// import.rejected counters), cache hit ratio (%) with hits and misses per second, connections in
// use by pool (stacked), connection acquire wait p95 (ms) and replica lag (ms, shown only with
// replicas). The same timer publishes the pools' and the watched caches' figures and samples the
// registry, so the history exists even while the view is hidden (it only redraws when visible).
// A chart with nothing to show says why instead (TimeSeriesData::emptyReason). History: the
// throughput of one finished job, or of several compared on elapsed time.
//
// Every chart is a card (ChartPanel) with its own Export menu; the cards reflow in a grid of two
// columns when the view is wide and one when it is not, and the page scrolls vertically. Export
// All writes every chart that has data in every format to a folder.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    // queue nullptr: JobQueue::instance() (its finished jobs refresh the History list).
    explicit DashboardView(JobQueue *queue = nullptr, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Not owned; nullptr while disconnected.
    void setDatabase(Database *database);
    // Publishes stats() as "cache.<name>.*" on every tick (see cachemetrics.h); stats must
    // be callable on the GUI thread for as long as the view lives (or until unwatchCache).
    void watchCache(const QString &name, std::function<CacheStats()> stats);
    void unwatchCache(const QString &name);

    void setWindowMinutes(int minutes); // 1, 5 or 15
    int windowMinutes() const { return m_windowMinutes; }

    // One timer tick: publish, sample, and (when visible) redraw the charts one per event
    // loop pass, so that no single pass holds the GUI thread for all of them.
    void tick();
    // Redraws every live chart from the metrics history at once.
    void redraw();

    ChartPanel *throughputPanel() const { return m_throughput; }
    ChartPanel *cachePanel() const { return m_cache; }
    // Busy connections per pool, stacked.
    ChartPanel *connectionsPanel() const { return m_connections; }
    // Connection acquire wait p95 per pool, in ms.
    ChartPanel *acquireWaitPanel() const { return m_acquireWait; }
    ChartPanel *replicaPanel() const { return m_replica; }
    ChartPanel *historyPanel() const { return m_history; }
    // The cards Export All considers, in reading order (the replica chart only when there are
    // replicas).
    QList<ChartPanel *> panels() const;
    // The finished jobs, newest first (item data Qt::UserRole: the job id).
    QListWidget *historyList() const { return m_historyJobs; }
    // The jobs selected in History, oldest first; selectJobs() selects those listed.
    QList<qint64> selectedJobs() const;
    void selectJobs(const QList<qint64> &jobIds);
    // How many columns the cards are laid out in now (1 or 2).
    int columns() const { return m_columns; }
    QTimer *timer() { return &m_timer; }

    struct ExportResult
    {
        QStringList written; // the files
        QStringList skipped; // the titles of the charts with nothing to show
        QString error;       // what stopped it; empty when every file was written
    };
    // Writes every chart that has data in every format into dir.
    ExportResult exportAll(const QString &dir);
    // Run Benchmark…: shows the dialog that runs `stevedore bench` on the database in a child
    // process (a running one is raised, not replaced). nullptr while disconnected.
    BenchDialog *showBenchDialog();
    QPushButton *benchButton() const { return m_bench; }
    // Reads the finished jobs again (on a worker); the selection stays on the jobs that are
    // still there, else moves to the newest one.
    void reloadJobs();
    // Charts the throughput of these jobs (read on a worker): one job on its own, several
    // compared. Nothing: says what to do instead.
    void showJobs(const QList<qint64> &jobIds);

signals:
    void jobsListed(int count);
    // The History chart now shows these jobs (oldest first).
    void historyShown(const QList<qint64> &jobIds);
    void statusMessage(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct WatchedCache
    {
        QString name;
        std::function<CacheStats()> stats;
    };

    void createControls();
    void createCharts();
    QWidget *createJobList();
    void createLayout();
    void layoutCards();
    void layoutHistory(bool narrow);
    void askExportAll();
    void redrawChart(int chart, qint64 from, qint64 to);
    void redrawNext();
    TimeSeriesData throughputData(qint64 from, qint64 to) const;
    TimeSeriesData cacheData(qint64 from, qint64 to) const;
    TimeSeriesData connectionsData(qint64 from, qint64 to) const;
    TimeSeriesData acquireWaitData(qint64 from, qint64 to) const;
    TimeSeriesData replicaData(qint64 from, qint64 to) const;
    static TimeSeriesData historyData(const QList<JobMetrics> &jobs);
    static TimeSeriesData noJobs(const QString &reason);
    static QString displayName(const QString &name);
    static QString poolName(const QString &key);

    JobQueue *m_queue = nullptr;
    Database *m_database = nullptr;
    QList<WatchedCache> m_caches;
    int m_windowMinutes = 5;
    quint64 m_jobsToken = 0;
    quint64 m_historyToken = 0;
    QList<qint64> m_shownJobs; // what the History chart shows or is reading, oldest first
    QTimer m_timer;
    QTimer m_step;        // single shot, 0 ms: the next chart of a staggered redraw
    int m_nextChart = -1; // -1: no staggered redraw in progress
    int m_columns = 0;    // 0: not laid out yet
    bool m_showReplica = false;

    QComboBox *m_window = nullptr;
    QPushButton *m_exportAll = nullptr;
    QPushButton *m_bench = nullptr;
    QPointer<BenchDialog> m_benchDialog;
    QWidget *m_page = nullptr; // the scrolled grid of cards
    ChartPanel *m_throughput = nullptr;
    ChartPanel *m_cache = nullptr;
    ChartPanel *m_connections = nullptr;
    ChartPanel *m_acquireWait = nullptr;
    ChartPanel *m_replica = nullptr;
    ChartPanel *m_history = nullptr;
    QListWidget *m_historyJobs = nullptr;
};

} // namespace stevedore
