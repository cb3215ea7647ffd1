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
class QPushButton;

namespace stevedore {

class BenchDialog;
class ChartPanel;
class Database;
class JobQueue;

// The Dashboard view: live charts over the last 1, 5 or 15 minutes, redrawn twice a second
// from Metrics::instance() history — import throughput (records/s, from the import.records and
// import.rejected counters), cache hit ratio (%) with hits and misses per second, connection
// pools (busy/idle/waiting connections and acquire-wait p95 in ms) and replica lag (ms, shown
// only with replicas). The same timer publishes the pools' and the watched caches' figures and
// samples the registry, so the history exists even while the view is hidden (it only redraws
// when visible). History: the throughput chart of any finished job, from its recorded history.
// Every chart exports to PNG, SVG, PDF and CSV and copies to the clipboard; Export All writes
// every chart in every format to a folder.
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
    ChartPanel *poolPanel() const { return m_pool; }
    ChartPanel *replicaPanel() const { return m_replica; }
    ChartPanel *historyPanel() const { return m_history; }
    // The panels Export All writes (the replica chart only when there are replicas).
    QList<ChartPanel *> panels() const;
    QComboBox *historyCombo() const { return m_historyJobs; }
    QTimer *timer() { return &m_timer; }

    // Writes every chart in every format into dir; returns the files written.
    QStringList exportAll(const QString &dir, QString *error = nullptr);
    // Run Benchmark…: shows the dialog that runs `stevedore bench` on the database in a child
    // process (a running one is raised, not replaced). nullptr while disconnected.
    BenchDialog *showBenchDialog();
    QPushButton *benchButton() const { return m_bench; }
    void reloadJobs();
    void showJobHistory(qint64 jobId);

signals:
    void jobsListed(int count);
    void historyShown(qint64 jobId);
    void statusMessage(const QString &message);

private:
    void createControls();
    void createCharts();
    void createLayout();
    struct WatchedCache
    {
        QString name;
        std::function<CacheStats()> stats;
    };

    void askExportAll();
    void redrawChart(int chart, qint64 from, qint64 to);
    void redrawNext();
    TimeSeriesData throughputData(qint64 from, qint64 to) const;
    TimeSeriesData cacheData(qint64 from, qint64 to) const;
    TimeSeriesData poolData(qint64 from, qint64 to) const;
    static QString displayName(const QString &name);
    TimeSeriesData replicaData(qint64 from, qint64 to) const;

    JobQueue *m_queue = nullptr;
    Database *m_database = nullptr;
    QList<WatchedCache> m_caches;
    int m_windowMinutes = 5;
    quint64 m_jobsToken = 0;
    quint64 m_historyToken = 0;
    QTimer m_timer;
    QTimer m_step;        // single shot, 0 ms: the next chart of a staggered redraw
    int m_nextChart = -1; // -1: no staggered redraw in progress

    QComboBox *m_window = nullptr;
    QPushButton *m_exportAll = nullptr;
    QPushButton *m_bench = nullptr;
    QPointer<BenchDialog> m_benchDialog;
    ChartPanel *m_throughput = nullptr;
    ChartPanel *m_cache = nullptr;
    ChartPanel *m_pool = nullptr;
    ChartPanel *m_replica = nullptr;
    ChartPanel *m_history = nullptr;
    QComboBox *m_historyJobs = nullptr;
};

} // namespace stevedore
