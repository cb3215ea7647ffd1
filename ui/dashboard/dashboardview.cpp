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

#include "accessibility.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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
    data.originMsecs = from;
    return data;
}

// Whether a cumulative counter grew between its first and last sample.
bool grew(const QList<MetricSample> &samples)
{
    return samples.size() > 1 && samples.last().value > samples.first().value;
}

// The cards: wide enough for two columns of about 540 px, each keeping both axes, the legend
// and a readable plot; below that, one column. High enough that no card is squashed (a plot
// about 190 px high, where a vertical axis title such as "Débit (enregistrements/s)" fits;
// two rows of them fill a 1600×1000 window): the page scrolls instead.
constexpr int twoColumnWidth = 1100;
constexpr int cardMinimumHeight = 380;
// The History's job list above its chart: its label, four jobs and the hint below.
constexpr int historyListHeight = 150;
// The live charts, in the order redrawChart() numbers them.
enum LiveChart { Throughput, Cache, Connections, AcquireWait, Replica, LiveCharts };

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
    m_exportAll->setToolTip(tr("Write every chart that has data as PNG, SVG, PDF and CSV into a "
                               "folder."));
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
    const QList<std::pair<ChartPanel **, QString>> cards{
        {&m_throughput, QStringLiteral("throughput")},
        {&m_cache, QStringLiteral("cache-hit-ratio")},
        {&m_connections, QStringLiteral("connections-in-use")},
        {&m_acquireWait, QStringLiteral("acquire-wait-p95")},
        {&m_replica, QStringLiteral("replica-lag")},
        {&m_history, QStringLiteral("job-throughput")}};
    for (const auto &[card, baseName] : cards) {
        *card = new ChartPanel(chartfactory::createTimeSeriesChart({}));
        (*card)->setBaseName(baseName);
        (*card)->setMinimumHeight(cardMinimumHeight);
        connect(*card, &ChartPanel::statusMessage, this, &DashboardView::statusMessage);
    }
    m_replica->hide();
    for (int chart = 0; chart < LiveCharts; ++chart)
        redrawChart(chart, from, now);
    m_history->setData(noJobs(tr("Not connected to a database")));
    m_history->setAside(createJobList());
    // Reading order: the card's Export button, the jobs, then their chart.
    setTabOrder(m_history->exportButton(), m_historyJobs);
    setTabOrder(m_historyJobs, m_history->view());
}

QWidget *DashboardView::createJobList()
{
    m_historyJobs = new QListWidget;
    m_historyJobs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A long label wraps rather than running under the list's edge; alternating rows keep
    // a wrapped one's lines together.
    m_historyJobs->setWordWrap(true);
    m_historyJobs->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyJobs->setAlternatingRowColors(true);
    setAccessibleText(m_historyJobs,
                      tr("Finished jobs"),
                      tr("Select a job to chart its throughput, or several to compare them"));
    connect(m_historyJobs, &QListWidget::itemSelectionChanged, this, [this] {
        if (selectedJobs() != m_shownJobs)
            showJobs(selectedJobs());
    });
    auto *label = new QLabel(tr("Finished jobs:"));
    label->setBuddy(m_historyJobs);
    auto *hint = new QLabel(tr("Ctrl+click or Shift+click several jobs to compare their "
                               "throughput on elapsed time."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *aside = new QWidget;
    auto *layout = new QVBoxLayout(aside);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_historyJobs, 1);
    layout->addWidget(hint);
    return aside;
}

void DashboardView::createLayout()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Window:")));
    bar->addWidget(m_window);
    bar->addStretch();
    bar->addWidget(m_bench);
    bar->addWidget(m_exportAll);
    m_page = new QWidget;
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the grid reflows instead
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    layoutCards();
}

// Two columns when the view is wide, one when it is not; the History card spans the row
// below. A new grid each time the columns or the cards shown change: QGridLayout keeps the
// stretch of a column it no longer uses.
void DashboardView::layoutCards()
{
    if (!m_page) // the charts are drawn before the page exists
        return;
    const int columns = width() >= twoColumnWidth ? 2 : 1;
    const bool replica = m_showReplica;
    if (columns == m_columns && m_page->layout() && m_replica->isVisibleTo(m_page) == replica)
        return;
    m_columns = columns;
    m_replica->setVisible(replica);
    QList<ChartPanel *> cards{m_throughput, m_cache, m_connections, m_acquireWait};
    if (replica)
        cards << m_replica;
    delete m_page->layout();
    auto *grid = new QGridLayout(m_page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    for (qsizetype i = 0; i < cards.size(); ++i)
        grid->addWidget(cards[i], int(i) / columns, int(i) % columns);
    grid->addWidget(m_history, int(cards.size() + columns - 1) / columns, 0, 1, columns);
    layoutHistory(columns == 1);
    for (int column = 0; column < columns; ++column)
        grid->setColumnStretch(column, 1);
}

// The History card spans the page: its job list sits left of the chart when the page is wide,
// and above it in one column, where sharing the width would squeeze the chart's axes.
void DashboardView::layoutHistory(bool narrow)
{
    QWidget *jobs = m_history->aside();
    m_history->setAsideAbove(narrow);
    if (narrow) {
        jobs->setMinimumWidth(0);
        jobs->setMaximumWidth(QWIDGETSIZE_MAX);
        jobs->setFixedHeight(historyListHeight);
    } else {
        jobs->setMinimumHeight(0);
        jobs->setMaximumHeight(QWIDGETSIZE_MAX);
        jobs->setFixedWidth(300); // "#12 orders.csv (sales), 2026-01-01 12:00" on one line
    }
    m_history->setMinimumHeight(cardMinimumHeight + (narrow ? historyListHeight : 0));
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutCards();
}

DashboardView::~DashboardView() = default;

void DashboardView::setDatabase(Database *database)
{
    m_database = database;
    m_bench->setEnabled(database != nullptr);
    ++m_jobsToken;
    ++m_historyToken;
    m_historyJobs->clear();
    m_shownJobs.clear();
    m_history->setData(
        noJobs(database ? tr("Reading the finished jobs…") : tr("Not connected to a database")));
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

void DashboardView::redrawNext()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    redrawChart(m_nextChart, now - qint64(m_windowMinutes) * 60000, now);
    m_nextChart = m_nextChart + 1 < LiveCharts ? m_nextChart + 1 : -1;
    if (m_nextChart >= 0)
        m_step.start();
}

void DashboardView::redraw()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int chart = 0; chart < LiveCharts; ++chart)
        redrawChart(chart, now - qint64(m_windowMinutes) * 60000, now);
}

void DashboardView::redrawChart(int chart, qint64 from, qint64 to)
{
    switch (chart) {
    case Throughput:
        m_throughput->setData(throughputData(from, to));
        break;
    case Cache:
        m_cache->setData(cacheData(from, to));
        break;
    case Connections:
        m_connections->setData(connectionsData(from, to));
        break;
    case AcquireWait:
        m_acquireWait->setData(acquireWaitData(from, to));
        break;
    case Replica:
        m_showReplica = m_database && !m_database->replicaStatus().isEmpty();
        if (m_showReplica)
            m_replica->setData(replicaData(from, to));
        layoutCards();
        break;
    default:
        break;
    }
}

TimeSeriesData DashboardView::throughputData(qint64 from, qint64 to) const
{
    TimeSeriesData data = liveChart(tr("Import throughput"), tr("Rate"), tr("records/s"), from, to);
    const QList<MetricSample> imported = history(QStringLiteral("import.records"), from);
    const QList<MetricSample> rejected = history(QStringLiteral("import.rejected"), from);
    // A rate of 0 all along is no import, not a chart: the card says so instead.
    if (!grew(imported) && !grew(rejected)) {
        data.emptyReason
            = tr("No records imported in the last %n minute(s)", nullptr, m_windowMinutes);
        return data;
    }
    data.series << TimeSeries{tr("imported"), downsample(toRates(imported)), false};
    data.series << TimeSeries{tr("rejected"), downsample(toRates(rejected)), false};
    return data;
}

TimeSeriesData DashboardView::cacheData(qint64 from, qint64 to) const
{
    TimeSeriesData data = liveChart(tr("Cache hit ratio"), tr("Hit ratio"), tr("%"), from, to);
    data.valueCeiling = 100;
    data.secondaryTitle = tr("Lookups");
    data.secondaryUnit = tr("per s");
    const QStringList caches = publishedCaches();
    for (const QString &key : caches) {
        const QList<MetricSample> hits = history(cacheHitsMetric(key), from);
        const QList<MetricSample> misses = history(cacheMissesMetric(key), from);
        // A cache nobody asked keeps its old ratio: a flat line that would mean nothing.
        if (!grew(hits) && !grew(misses))
            continue;
        const QString cache = displayName(key);
        data.series << TimeSeries{
            tr("%1 hit ratio").arg(cache),
            downsample(toPoints(history(cacheHitRatioMetric(key), from), 100.0)),
            false};
        data.series << TimeSeries{tr("%1 hits").arg(cache), downsample(toRates(hits)), true};
        data.series << TimeSeries{tr("%1 misses").arg(cache), downsample(toRates(misses)), true};
    }
    if (!hasPoints(data))
        data.emptyReason
            = caches.isEmpty()
                  ? tr("No cache has published statistics yet")
                  : tr("No cache lookups in the last %n minute(s)", nullptr, m_windowMinutes);
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

// A pool's legend name from its metrics' key: the chart says they are pools, so
// "sqlite-writer" reads as "writer".
QString DashboardView::poolName(const QString &key)
{
    return displayName(key.startsWith(QLatin1String("sqlite-")) ? key.mid(7) : key);
}

namespace {

// The pools that publish metrics, by key ("sqlite-writer"). None while disconnected: the
// registry keeps the last figures of a closed database's pools, which are no pool's now.
QStringList poolKeys(const Database *database)
{
    return database ? metricNames(QStringLiteral("pool."), QStringLiteral(".busy")) : QStringList();
}

QList<QPointF> poolPoints(const QString &pool, const QString &metric, qint64 from, double scale)
{
    return downsample(
        toPoints(history(QStringLiteral("pool.") + pool + QLatin1Char('.') + metric, from), scale));
}

} // namespace

// What an operator asks of a pool first: how many of its connections are in use, stacked so
// that the top edge is the database's total. Idle connections are capacity, not use, and
// waiting requests are what the acquire wait chart measures in the unit that matters (time);
// a second axis on this chart is what made the single pool chart unreadable.
TimeSeriesData DashboardView::connectionsData(qint64 from, qint64 to) const
{
    TimeSeriesData data = liveChart(tr("Connections in use"), tr("Connections"), {}, from, to);
    data.stacked = true;
    for (const QString &key : poolKeys(m_database))
        data.series << TimeSeries{
            poolName(key), poolPoints(key, QStringLiteral("busy"), from, 1.0), false};
    if (!hasPoints(data))
        data.emptyReason = m_database ? tr("No connection pool has published figures yet")
                                      : tr("Not connected to a database");
    return data;
}

// How long a task waited for a connection (95th percentile), per pool, in milliseconds.
TimeSeriesData DashboardView::acquireWaitData(qint64 from, qint64 to) const
{
    TimeSeriesData data
        = liveChart(tr("Connection acquire wait (p95)"), tr("Wait"), tr("ms"), from, to);
    for (const QString &key : poolKeys(m_database))
        data.series << TimeSeries{
            poolName(key), poolPoints(key, QStringLiteral("wait_p95_us"), from, 0.001), false};
    if (!hasPoints(data))
        data.emptyReason = m_database ? tr("No connection pool has published figures yet")
                                      : tr("Not connected to a database");
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
    if (!hasPoints(data))
        data.emptyReason = tr("No replica lag measured yet");
    return data;
}

QList<ChartPanel *> DashboardView::panels() const
{
    QList<ChartPanel *> list{m_throughput, m_cache, m_connections, m_acquireWait};
    if (m_database && !m_database->replicaStatus().isEmpty())
        list << m_replica;
    list << m_history;
    return list;
}

DashboardView::ExportResult DashboardView::exportAll(const QString &dir)
{
    redraw();
    ExportResult result;
    for (ChartPanel *panel : panels()) {
        if (panel->isEmpty()) {
            result.skipped << panel->chart()->title();
            continue;
        }
        const QStringList files = panel->exportAll(dir, &result.error);
        result.written << files;
        if (files.size() < chartexport::allFormats().size())
            break;
    }
    return result;
}

void DashboardView::askExportAll()
{
    QFileDialog *dialog = filedialogs::create(this, tr("Export All Charts To"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
        const ExportResult result = exportAll(dir);
        QString message
            = result.error.isEmpty()
                  ? tr("Wrote %n file(s) to %1.", nullptr, int(result.written.size())).arg(dir)
                  : result.error;
        if (!result.skipped.isEmpty())
            message += QLatin1Char(' ')
                       + tr("Skipped, nothing to show: %1.")
                             .arg(QLocale().createSeparatedList(result.skipped));
        emit statusMessage(message);
    });
    dialog->open();
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

QList<qint64> DashboardView::selectedJobs() const
{
    QList<qint64> ids;
    for (const QListWidgetItem *item : m_historyJobs->selectedItems())
        ids << item->data(Qt::UserRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void DashboardView::selectJobs(const QList<qint64> &jobIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < m_historyJobs->count(); ++row) {
        const QModelIndex index = m_historyJobs->model()->index(row, 0);
        if (!jobIds.contains(index.data(Qt::UserRole).toLongLong()))
            continue;
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    QItemSelectionModel *model = m_historyJobs->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
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
        const QList<JobRecord> jobs = done.result();
        QList<qint64> keep;
        {
            QSignalBlocker blocker(m_historyJobs);
            m_historyJobs->clear();
            for (const JobRecord &job : jobs) {
                auto *item = new QListWidgetItem(jobcharts::label(job), m_historyJobs);
                item->setData(Qt::UserRole, job.jobId);
                item->setToolTip(item->text());
                if (m_shownJobs.contains(job.jobId))
                    keep << job.jobId;
            }
            if (keep.isEmpty() && !jobs.isEmpty())
                keep << jobs.first().jobId; // the newest
            selectJobs(keep);
        }
        keep = selectedJobs();
        if (keep != m_shownJobs || keep.isEmpty())
            showJobs(keep);
        emit jobsListed(int(jobs.size()));
    });
}

void DashboardView::showJobs(const QList<qint64> &jobIds)
{
    const quint64 token = ++m_historyToken;
    m_shownJobs = jobIds;
    if (jobIds.isEmpty() || !m_database) {
        m_history->setData(noJobs(!m_database                   ? tr("Not connected to a database")
                                  : m_historyJobs->count() == 0 ? tr("No finished imports yet")
                                                                : tr("Pick one or more finished "
                                                                     "jobs")));
        emit historyShown(jobIds);
        return;
    }
    auto future = m_database->read(
        [jobIds](QSqlDatabase &db) {
            Sql sql(db);
            QList<JobMetrics> jobs;
            for (const qint64 id : jobIds) {
                if (const std::optional<JobRecord> job = importjobs::job(sql, id))
                    jobs << JobMetrics{*job, importjobs::history(sql, id)};
            }
            return jobs;
        },
        ReadConsistency::Primary);
    whenFinished(future, this, [this, token, jobIds](const QFuture<QList<JobMetrics>> &done) {
        if (token != m_historyToken)
            return;
        const QString failure = failureOf(done);
        if (!failure.isEmpty()) {
            emit statusMessage(tr("Cannot read the jobs' history: %1").arg(failure));
            return;
        }
        m_history->setData(historyData(done.result()));
        emit historyShown(jobIds);
    });
}

// One job: its throughput with the records imported; several: their rates side by side, each
// from its own start.
TimeSeriesData DashboardView::historyData(const QList<JobMetrics> &jobs)
{
    if (jobs.isEmpty())
        return noJobs(tr("The selected jobs no longer exist"));
    TimeSeriesData data
        = jobs.size() == 1 ? jobcharts::throughput(jobs.first()) : jobcharts::compare(jobs);
    if (!hasPoints(data))
        data.emptyReason = jobs.size() == 1 ? tr("This job recorded no throughput")
                                            : tr("None of these jobs recorded any throughput");
    return data;
}

// The History chart with no job to show, saying why.
TimeSeriesData DashboardView::noJobs(const QString &reason)
{
    TimeSeriesData data;
    data.title = tr("Import throughput of past jobs");
    data.valueTitle = tr("Rate");
    data.unit = tr("records/s");
    data.timeAxis = TimeAxis::Elapsed;
    data.emptyReason = reason;
    return data;
}

} // namespace stevedore
