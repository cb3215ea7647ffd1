// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "dashboard/dashboardview.h"

#include "charts/chartpanel.h"
#include "dashboard/benchdialog.h"
#include "dashboard/cachemetrics.h"
#include "db/database.h"
#include "db/sql.h"
#include "filedialogs.h"
#include "futurewatch.h"
#include "imports/jobqueue.h"
#include "logging/metrics.h"
#include "store/importjobs.h"

#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stevedore {

namespace {

// More points than a chart is wide in pixels only costs time: 15 minutes at 2 Hz is 1800.
constexpr qsizetype maxPoints = 300;

QList<QPointF> toPoints(const QList<MetricSample> &samples, double scale = 1.0)
{
    QList<QPointF> points;
    points.reserve(samples.size());
    for (const MetricSample &s : samples)
        points << QPointF(double(s.msecsSinceEpoch), s.value * scale);
    return points;
}

// Per-second rate of a cumulative counter between consecutive samples (0 across a reset).
QList<QPointF> toRates(const QList<MetricSample> &samples)
{
    QList<QPointF> points;
    points.reserve(samples.size());
    for (qsizetype i = 1; i < samples.size(); ++i) {
        const double seconds
            = double(samples[i].msecsSinceEpoch - samples[i - 1].msecsSinceEpoch) / 1000.0;
        const double delta = samples[i].value - samples[i - 1].value;
        points << QPointF(double(samples[i].msecsSinceEpoch),
                          seconds > 0 && delta > 0 ? delta / seconds : 0.0);
    }
    return points;
}

// Averages runs of points so that at most max remain (keeps the first and last times).
QList<QPointF> downsample(const QList<QPointF> &points, qsizetype max = maxPoints)
{
    if (points.size() <= max)
        return points;
    const qsizetype run = (points.size() + max - 1) / max;
    QList<QPointF> out;
    out.reserve(max);
    for (qsizetype i = 0; i < points.size(); i += run) {
        const qsizetype end = std::min(points.size(), i + run);
        double y = 0;
        for (qsizetype j = i; j < end; ++j)
            y += points[j].y();
        out << QPointF(points[end - 1].x(), y / double(end - i));
    }
    return out;
}

QList<MetricSample> history(const QString &name, qint64 from)
{
    return Metrics::instance().history(name, QDateTime::fromMSecsSinceEpoch(from));
}

// The <name> parts of metrics "<prefix><name><suffix>".
QStringList metricNames(const QString &prefix, const QString &suffix)
{
    QStringList names;
    for (const QString &metric : Metrics::instance().names()) {
        if (metric.startsWith(prefix) && metric.endsWith(suffix)
            && metric.size() > prefix.size() + suffix.size())
            names << metric.mid(prefix.size(), metric.size() - prefix.size() - suffix.size());
    }
    return names;
}

// A live chart's frame: title, left axis and the window shown.
TimeSeriesData liveChart(
    const QString &title, const QString &valueTitle, const QString &unit, qint64 from, qint64 to)
{
    TimeSeriesData data;
    data.title = title;
    data.valueTitle = valueTitle;
    data.unit = unit;
    data.fromMsecs = from;
    data.toMsecs = to;
    return data;
}

} // namespace

DashboardView::DashboardView(JobQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue ? queue : JobQueue::instance())
{
    createControls();
    createCharts();
    createLayout();

    connect(m_queue, &JobQueue::jobFinished, this, [this](int id) {
        if (m_queue->job(id).state == ImportJob::State::Done)
            reloadJobs();
    });
    // 2 Hz: the rate Metrics' history is sized for (15 minutes = 1800 samples).
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &DashboardView::tick);
    m_timer.start();
    m_step.setSingleShot(true);
    m_step.setInterval(0);
    connect(&m_step, &QTimer::timeout, this, &DashboardView::redrawNext);
}

void DashboardView::createControls()
{
    m_window = new QComboBox;
    for (const int minutes : {1, 5, 15})
        m_window->addItem(tr("Last %n minute(s)", nullptr, minutes), minutes);
    m_window->setCurrentIndex(1);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        setWindowMinutes(m_window->currentData().toInt());
    });
    m_exportAll = new QPushButton(tr("Export All…"));
    m_exportAll->setToolTip(tr("Write every chart as PNG, SVG, PDF and CSV into a folder."));
    connect(m_exportAll, &QPushButton::clicked, this, &DashboardView::askExportAll);
    m_bench = new QPushButton(tr("Run Benchmark…"));
    m_bench->setToolTip(tr("Measure every optimisation against its naive baseline on this "
                           "database, in the background, and open the report."));
    m_bench->setEnabled(false);
    connect(m_bench, &QPushButton::clicked, this, &DashboardView::showBenchDialog);
}

void DashboardView::createCharts()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - qint64(m_windowMinutes) * 60000;
    m_throughput = new ChartPanel(chartfactory::createTimeSeriesChart(throughputData(from, now)));
    m_throughput->setBaseName(QStringLiteral("throughput"));
    m_cache = new ChartPanel(chartfactory::createTimeSeriesChart(cacheData(from, now)));
    m_cache->setBaseName(QStringLiteral("cache-hit-ratio"));
    m_pool = new ChartPanel(chartfactory::createTimeSeriesChart(poolData(from, now)));
    m_pool->setBaseName(QStringLiteral("connection-pool"));
    m_replica = new ChartPanel(chartfactory::createTimeSeriesChart(replicaData(from, now)));
    m_replica->setBaseName(QStringLiteral("replica-lag"));
    m_replica->hide();

    JobMetrics none;
    m_history = new ChartPanel(chartfactory::createTimeSeriesChart(jobcharts::throughput(none)));
    m_history->setBaseName(QStringLiteral("job-throughput"));
    m_history->chart()->setTitle(tr("Import throughput of a past job"));
    m_historyJobs = new QComboBox;
    m_historyJobs->setMinimumContentsLength(40);
    m_historyJobs->setPlaceholderText(tr("No finished job yet"));
    connect(m_historyJobs, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showJobHistory(m_historyJobs->itemData(index).toLongLong());
    });
    // Charts keep a readable height; the page scrolls when the window is small.
    for (ChartPanel *panel : {m_throughput, m_cache, m_pool, m_replica, m_history})
        panel->setMinimumHeight(340);
}

void DashboardView::createLayout()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Window:")));
    bar->addWidget(m_window);
    bar->addStretch();
    bar->addWidget(m_bench);
    bar->addWidget(m_exportAll);
    auto *historyBox = new QGroupBox(tr("History"));
    auto *historyLayout = new QVBoxLayout(historyBox);
    auto *historyBar = new QHBoxLayout;
    historyBar->addWidget(new QLabel(tr("Job:")));
    historyBar->addWidget(m_historyJobs, 1);
    historyLayout->addLayout(historyBar);
    historyLayout->addWidget(m_history, 1);
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_throughput, 0, 0);
    grid->addWidget(m_cache, 0, 1);
    grid->addWidget(m_pool, 1, 0);
    grid->addWidget(m_replica, 1, 1);
    grid->addWidget(historyBox, 2, 0, 1, 2);
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
}

DashboardView::~DashboardView() = default;

void DashboardView::setDatabase(Database *database)
{
    m_database = database;
    m_bench->setEnabled(database != nullptr);
    ++m_historyToken;
    m_historyJobs->clear();
    reloadJobs();
}

void DashboardView::watchCache(const QString &name, std::function<CacheStats()> stats)
{
    unwatchCache(name);
    m_caches << WatchedCache{name, std::move(stats)};
}

void DashboardView::unwatchCache(const QString &name)
{
    m_caches.removeIf([&name](const WatchedCache &cache) { return cache.name == name; });
}

void DashboardView::setWindowMinutes(int minutes)
{
    m_windowMinutes = std::clamp(minutes, 1, 15);
    const int index = m_window->findData(m_windowMinutes);
    if (index >= 0 && index != m_window->currentIndex())
        m_window->setCurrentIndex(index);
    redraw();
}

void DashboardView::tick()
{
    for (const WatchedCache &cache : std::as_const(m_caches))
        publishCacheStats(cache.name, cache.stats());
    if (m_database)
        m_database->publishMetrics();
    Metrics::instance().sample();
    if (isVisible() && m_nextChart < 0) {
        m_nextChart = 0;
        redrawNext();
    }
}

namespace {
constexpr int liveCharts = 4; // throughput, cache, pool, replica
}

void DashboardView::redrawNext()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    redrawChart(m_nextChart, now - qint64(m_windowMinutes) * 60000, now);
    m_nextChart = m_nextChart + 1 < liveCharts ? m_nextChart + 1 : -1;
    if (m_nextChart >= 0)
        m_step.start();
}

void DashboardView::redraw()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int chart = 0; chart < liveCharts; ++chart)
        redrawChart(chart, now - qint64(m_windowMinutes) * 60000, now);
}

void DashboardView::redrawChart(int chart, qint64 from, qint64 to)
{
    switch (chart) {
    case 0:
        chartfactory::setTimeSeriesData(m_throughput->chart(), throughputData(from, to));
        break;
    case 1:
        chartfactory::setTimeSeriesData(m_cache->chart(), cacheData(from, to));
        break;
    case 2:
        chartfactory::setTimeSeriesData(m_pool->chart(), poolData(from, to));
        break;
    case 3: {
        const bool replicas = m_database && !m_database->replicaStatus().isEmpty();
        m_replica->setVisible(replicas);
        if (replicas)
            chartfactory::setTimeSeriesData(m_replica->chart(), replicaData(from, to));
        break;
    }
    default:
        break;
    }
}

TimeSeriesData DashboardView::throughputData(qint64 from, qint64 to) const
{
    TimeSeriesData data = liveChart(tr("Import throughput"), tr("Rate"), tr("records/s"), from, to);
    data.series << TimeSeries{tr("imported"),
                              downsample(toRates(history(QStringLiteral("import.records"), from))),
                              false};
    data.series << TimeSeries{tr("rejected"),
                              downsample(toRates(history(QStringLiteral("import.rejected"), from))),
                              false};
    return data;
}

TimeSeriesData DashboardView::cacheData(qint64 from, qint64 to) const
{
    TimeSeriesData data = liveChart(tr("Cache hit ratio"), tr("Hit ratio"), tr("%"), from, to);
    data.valueCeiling = 100;
    data.secondaryTitle = tr("Lookups");
    data.secondaryUnit = tr("per s");
    const QStringList caches = publishedCaches();
    if (caches.isEmpty())
        data.title = tr("Cache hit ratio (no cache has published statistics yet)");
    for (const QString &key : caches) {
        const QString cache = displayName(key);
        data.series << TimeSeries{
            tr("%1 hit ratio").arg(cache),
            downsample(toPoints(history(cacheHitRatioMetric(key), from), 100.0)),
            false};
        data.series << TimeSeries{tr("%1 hits").arg(cache),
                                  downsample(toRates(history(cacheHitsMetric(key), from))),
                                  true};
        data.series << TimeSeries{tr("%1 misses").arg(cache),
                                  downsample(toRates(history(cacheMissesMetric(key), from))),
                                  true};
    }
    return data;
}

// The pools' and the cache's own names (their metrics' keys), as the legend says them.
QString DashboardView::displayName(const QString &name)
{
    if (name == QLatin1String("readers"))
        return tr("readers");
    if (name == QLatin1String("writer"))
        return tr("writer");
    if (name == QLatin1String("primary"))
        return tr("primary");
    if (name == QLatin1String("lookups"))
        return tr("lookups");
    if (name.startsWith(QLatin1String("replica-")))
        return tr("replica %1").arg(name.mid(8));
    return name;
}

TimeSeriesData DashboardView::poolData(qint64 from, qint64 to) const
{
    TimeSeriesData data = liveChart(tr("Connection pools"), tr("Connections"), {}, from, to);
    data.secondaryTitle = tr("Acquire wait p95");
    data.secondaryUnit = tr("ms");
    struct PoolSeries
    {
        QString suffix;
        QString label; // %1: the pool
        double scale;
        bool secondary;
    };
    const QList<PoolSeries> kinds{{QStringLiteral(".busy"), tr("%1 busy"), 1.0, false},
                                  {QStringLiteral(".idle"), tr("%1 idle"), 1.0, false},
                                  {QStringLiteral(".waiting"), tr("%1 waiting"), 1.0, false},
                                  {QStringLiteral(".wait_p95_us"), tr("%1 wait p95"), 0.001, true}};
    const QString prefix = QStringLiteral("pool.");
    for (const QString &name : metricNames(prefix, QStringLiteral(".busy"))) {
        // "sqlite-writer" reads as "writer": the legend has room for eight names only so.
        const QString pool
            = displayName(name.startsWith(QLatin1String("sqlite-")) ? name.mid(7) : name);
        for (const PoolSeries &kind : kinds)
            data.series << TimeSeries{
                kind.label.arg(pool),
                downsample(toPoints(history(prefix + name + kind.suffix, from), kind.scale)),
                kind.secondary};
    }
    return data;
}

TimeSeriesData DashboardView::replicaData(qint64 from, qint64 to) const
{
    TimeSeriesData data = liveChart(tr("Replica lag"), tr("Lag"), tr("ms"), from, to);
    for (const QString &replica :
         metricNames(QStringLiteral("replica."), QStringLiteral(".lag_ms")))
        data.series << TimeSeries{
            tr("replica %1").arg(replica),
            downsample(toPoints(history(QStringLiteral("replica.%1.lag_ms").arg(replica), from))),
            false};
    return data;
}

QList<ChartPanel *> DashboardView::panels() const
{
    QList<ChartPanel *> list{m_throughput, m_cache, m_pool};
    if (m_database && !m_database->replicaStatus().isEmpty())
        list << m_replica;
    list << m_history;
    return list;
}

QStringList DashboardView::exportAll(const QString &dir, QString *error)
{
    redraw();
    QStringList written;
    for (ChartPanel *panel : panels()) {
        const QStringList files = panel->exportAll(dir, error);
        written << files;
        if (files.size() < chartexport::allFormats().size())
            break;
    }
    return written;
}

void DashboardView::askExportAll()
{
    const QString dir = filedialogs::getExistingDirectory(this, tr("Export All Charts To"));
    if (dir.isEmpty())
        return;
    QString error;
    const QStringList written = exportAll(dir, &error);
    emit statusMessage(error.isEmpty()
                           ? tr("Wrote %n file(s) to %1", nullptr, int(written.size())).arg(dir)
                           : error);
}

BenchDialog *DashboardView::showBenchDialog()
{
    if (!m_database)
        return nullptr;
    // A dialog for another database, or an idle hidden one, is replaced; a running or
    // visible one is brought forward.
    if (m_benchDialog
        && (m_benchDialog->process()->isRunning()
            || (m_benchDialog->isVisible()
                && m_benchDialog->request().database == m_database->options().primary))) {
        m_benchDialog->show();
        m_benchDialog->activateWindow(); // window managers raise the window they activate
        return m_benchDialog;
    }
    delete m_benchDialog;
    m_benchDialog
        = new BenchDialog(m_database->options().primary, m_database->options().replicas, this);
    m_benchDialog->show();
    return m_benchDialog;
}

void DashboardView::reloadJobs()
{
    if (!m_database)
        return;
    const quint64 token = ++m_jobsToken;
    auto future
        = m_database->read([](QSqlDatabase &db) { return importjobs::finishedJobs(Sql(db)); },
                           ReadConsistency::Primary);
    whenFinished(future, this, [this, token](const QFuture<QList<JobRecord>> &done) {
        if (token != m_jobsToken || !failureOf(done).isEmpty())
            return;
        const qint64 current = m_historyJobs->currentData().toLongLong();
        const QList<JobRecord> jobs = done.result();
        {
            QSignalBlocker blocker(m_historyJobs);
            m_historyJobs->clear();
            for (const JobRecord &job : jobs)
                m_historyJobs->addItem(jobcharts::label(job), job.jobId);
        }
        const int index = m_historyJobs->findData(current);
        if (index >= 0)
            m_historyJobs->setCurrentIndex(index);
        else if (!jobs.isEmpty())
            m_historyJobs->setCurrentIndex(0);
        if (m_historyJobs->currentIndex() >= 0 && index < 0)
            showJobHistory(m_historyJobs->currentData().toLongLong());
        emit jobsListed(int(jobs.size()));
    });
}

void DashboardView::showJobHistory(qint64 jobId)
{
    if (!m_database)
        return;
    const quint64 token = ++m_historyToken;
    auto future = m_database->read(
        [jobId](QSqlDatabase &db) {
            Sql sql(db);
            const std::optional<JobRecord> job = importjobs::job(sql, jobId);
            return job ? JobMetrics{*job, importjobs::history(sql, jobId)} : JobMetrics();
        },
        ReadConsistency::Primary);
    whenFinished(future, this, [this, token, jobId](const QFuture<JobMetrics> &done) {
        if (token != m_historyToken)
            return;
        const QString failure = failureOf(done);
        if (!failure.isEmpty()) {
            emit statusMessage(tr("Cannot read the job's history: %1").arg(failure));
            return;
        }
        chartfactory::setTimeSeriesData(m_history->chart(), jobcharts::throughput(done.result()));
        emit historyShown(jobId);
    });
}

} // namespace stevedore
