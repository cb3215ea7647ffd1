// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartpanel.h"
#include "dashboard/cachemetrics.h"
#include "dashboard/dashboardview.h"
#include "guitest.h"
#include "imports/jobqueue.h"
#include "importtest.h"
#include "logging/metrics.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::importtest;

// The dashboard: live charts from the metrics history, the history of a finished job, exports.
class tst_DashboardView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void publishesCacheStats();
    void liveChartsFollowTheMetrics();
    void historyOfAFinishedJob();
    void historyComparesJobs();
    void exportAllSkipsEmptyCharts();
    void copyToTheClipboard();
    void imageSizeIsRemembered();
    void poolCards();
    void emptyChartsSayWhy();
    void cardsReflow_data();
    void cardsReflow();
    void exportButtonsInsideTheirCards_data();
    void exportButtonsInsideTheirCards();

private:
    static int points(ChartPanel *panel, const QString &series);
    int importFile(const QString &name, qint64 records);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_DashboardView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings of its own (the image size)
    guitest::WarningTrap::install();
}

void tst_DashboardView::init()
{
    Metrics::instance().reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(test::sqliteUrl(*m_dir));
}

void tst_DashboardView::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
    importtest::detachAndWait(*JobQueue::instance());
    m_database.reset();
    m_dir.reset();
}

int tst_DashboardView::points(ChartPanel *panel, const QString &series)
{
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (s->name() != series)
            continue;
        if (auto *area = qobject_cast<QAreaSeries *>(s)) // a stacked chart's
            return int(area->upperSeries()->count());
        return int(static_cast<QLineSeries *>(s)->count());
    }
    return -1;
}

void tst_DashboardView::publishesCacheStats()
{
    CacheStats stats;
    stats.hits = 3;
    stats.misses = 1;
    publishCacheStats(QStringLiteral("schema"), stats);
    QCOMPARE(Metrics::instance().value(QStringLiteral("cache.schema.hits")), 3.0);
    QCOMPARE(Metrics::instance().value(QStringLiteral("cache.schema.misses")), 1.0);
    QCOMPARE(Metrics::instance().value(QStringLiteral("cache.schema.hit_ratio")), 0.75);
    QCOMPARE(publishedCaches(), QStringList{QStringLiteral("schema")});
}

void tst_DashboardView::liveChartsFollowTheMetrics()
{
    DashboardView view;
    view.timer()->stop(); // ticks by hand
    view.setDatabase(m_database.get());
    CacheStats stats;
    view.watchCache(QStringLiteral("schema"), [&stats] { return stats; });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 5000;
    Metrics &metrics = Metrics::instance();
    for (int i = 0; i < 10; ++i) {
        metrics.addCounter(QStringLiteral("import.records"), 1000);
        stats.hits += 9;
        stats.misses += 1;
        publishCacheStats(QStringLiteral("schema"), stats);
        m_database->publishMetrics();
        metrics.sample(t0 + i * 500);
    }
    view.tick();
    // 10 samples plus the tick's: 10 rates of the counter.
    QCOMPARE(points(view.throughputPanel(), QStringLiteral("imported")), 10);
    const auto *imported
        = static_cast<QLineSeries *>(view.throughputPanel()->chart()->series().first());
    QCOMPARE(imported->at(1).y(), 2000.0); // 1000 records per 0.5 s
    // The other charts follow, one per event loop pass.
    QTRY_COMPARE(points(view.cachePanel(), QStringLiteral("schema hit ratio")), 11);
    // The database's own lookup cache, published by publishMetrics(), was asked nothing: a
    // flat ratio would mean nothing, so it is not drawn.
    QCOMPARE(points(view.cachePanel(), QStringLiteral("lookups hit ratio")), -1);
    const QLineSeries *ratio = nullptr;
    for (QAbstractSeries *series : view.cachePanel()->chart()->series()) {
        if (series->name() == QLatin1String("schema hit ratio"))
            ratio = static_cast<QLineSeries *>(series);
    }
    QVERIFY(ratio);
    QCOMPARE(ratio->at(9).y(), 90.0);
    QTRY_COMPARE(points(view.connectionsPanel(), QStringLiteral("writer")), 11);
    QTRY_COMPARE(points(view.acquireWaitPanel(), QStringLiteral("readers")), 11);
    QVERIFY(!view.replicaPanel()->isVisible()); // SQLite: no replicas
    // The window: only samples within the last minute.
    view.setWindowMinutes(1);
    QCOMPARE(view.windowMinutes(), 1);
    // The timer drives it at 2 Hz.
    QCOMPARE(view.timer()->interval(), 500);

    // The pools and the cache are named in the window's language, not by their metric keys.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/stevedore_de.qm")));
    QCoreApplication::installTranslator(&german);
    const auto removed = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
    view.setWindowMinutes(1); // redraws every chart now
    QCOMPARE(points(view.connectionsPanel(), QStringLiteral("Schreiben")), 11);
    QCOMPARE(points(view.acquireWaitPanel(), QStringLiteral("Lesen")), 11);
    QCOMPARE(points(view.cachePanel(), QStringLiteral("schema: Trefferquote")), 11);
}

// Imports a small CSV file through the application's queue; returns the job's queue id.
int tst_DashboardView::importFile(const QString &name, qint64 records)
{
    const QString path = m_dir->filePath(name);
    writeText(path, csvText(records));
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = 1000;
    return JobQueue::instance()->enqueue(options);
}

void tst_DashboardView::historyOfAFinishedJob()
{
    JobQueue *queue = JobQueue::instance();
    queue->setDatabase(m_database.get());
    DashboardView view(queue);
    view.timer()->stop();
    QSignalSpy listed(&view, &DashboardView::jobsListed);
    QSignalSpy shown(&view, &DashboardView::historyShown);
    view.setDatabase(m_database.get());
    QVERIFY(listed.wait(30000));
    QCOMPARE(listed.last().first().toInt(), 0);
    QCOMPARE(view.historyPanel()->data().emptyReason, QStringLiteral("No finished imports yet"));
    const int id = importFile(QStringLiteral("h.csv"), 30000);
    // A finished job refreshes the list, which shows the newest job's chart.
    QVERIFY(shown.wait(60000));
    QCOMPARE(queue->job(id).state, ImportJob::State::Done);
    QCOMPARE(view.historyList()->count(), 1);
    const QList<qint64> job{queue->job(id).jobId};
    QCOMPARE(shown.last().first().value<QList<qint64>>(), job);
    QCOMPARE(view.selectedJobs(), job);
    QVERIFY(view.historyPanel()->chart()->title().contains(QLatin1String("h.csv")));
    QVERIFY(points(view.historyPanel(), QStringLiteral("records imported")) >= 1);
    QVERIFY(hasPoints(view.historyPanel()->data())); // the reason is there, not shown
    QVERIFY(!view.historyPanel()->isEmpty());
}

// Two jobs selected: their throughput compared, each on elapsed time from its own start; the
// selection outlives a reload; none selected says what to do.
void tst_DashboardView::historyComparesJobs()
{
    JobQueue *queue = JobQueue::instance();
    queue->setDatabase(m_database.get());
    DashboardView view(queue);
    view.timer()->stop();
    QSignalSpy listed(&view, &DashboardView::jobsListed);
    QSignalSpy shown(&view, &DashboardView::historyShown);
    view.setDatabase(m_database.get());
    QVERIFY(listed.wait(30000));
    const int first = importFile(QStringLiteral("before.csv"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue->job(first)), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(view.historyList()->count(), 1, 30000);
    const qint64 before = queue->job(first).jobId;
    QTRY_COMPARE(view.selectedJobs(), QList<qint64>{before});
    const int second = importFile(QStringLiteral("after.csv"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue->job(second)), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(view.historyList()->count(), 2, 30000);
    const qint64 after = queue->job(second).jobId;
    // Newest first; the job picked before the list was read again is still the one picked.
    QCOMPARE(view.historyList()->item(0)->data(Qt::UserRole).toLongLong(), after);
    QCOMPARE(view.selectedJobs(), QList<qint64>{before});

    shown.clear();
    view.historyList()->selectAll();
    QVERIFY(shown.wait(30000));
    const QList<qint64> both{before, after};
    QCOMPARE(shown.last().first().value<QList<qint64>>(), both);
    const TimeSeriesData &data = view.historyPanel()->data();
    QCOMPARE(data.timeAxis, TimeAxis::Elapsed);
    QCOMPARE(data.series.size(), 2);
    QVERIFY(data.series[0].name.contains(QLatin1String("before.csv")));
    QVERIFY(data.series[1].name.contains(QLatin1String("after.csv")));
    for (const TimeSeries &series : data.series) {
        QVERIFY2(!series.points.isEmpty(), qPrintable(series.name));
        QVERIFY(series.originMsecs > 0);
    }
    QVERIFY(data.series[0].originMsecs <= data.series[1].originMsecs);

    listed.clear();
    view.reloadJobs();
    QVERIFY(listed.wait(30000));
    QCOMPARE(view.selectedJobs(), both);

    view.historyList()->clearSelection();
    QCOMPARE(view.historyPanel()->data().series.size(), 0);
    QCOMPARE(view.historyPanel()->data().emptyReason,
             QStringLiteral("Pick one or more finished jobs"));
    QVERIFY(view.historyPanel()->isEmpty());
}

// Export All writes what has data and names what it skipped; nothing empty becomes a file.
void tst_DashboardView::exportAllSkipsEmptyCharts()
{
    DashboardView view;
    view.timer()->stop();
    QSignalSpy listed(&view, &DashboardView::jobsListed);
    view.setDatabase(m_database.get());
    QVERIFY(listed.wait(30000));
    view.show();
    view.tick();
    view.tick();
    QTemporaryDir out;
    const DashboardView::ExportResult result = view.exportAll(out.path());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    // No import and no job: throughput and History have nothing; the pools do.
    QVERIFY(result.skipped.contains(view.throughputPanel()->chart()->title()));
    QVERIFY(result.skipped.contains(view.historyPanel()->chart()->title()));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("throughput.png"))));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("job-throughput.csv"))));
    for (const QString &stem :
         {QStringLiteral("connections-in-use"), QStringLiteral("acquire-wait-p95")}) {
        for (const QString &suffix : {QStringLiteral("png"),
                                      QStringLiteral("svg"),
                                      QStringLiteral("pdf"),
                                      QStringLiteral("csv")}) {
            const QString path = out.filePath(stem + QLatin1Char('.') + suffix);
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
            QVERIFY(result.written.contains(path));
        }
    }
    QCOMPARE(result.written.size() % 4, 0);
    QCOMPARE(result.written.size() / 4 + result.skipped.size(), view.panels().size());
}

// Copy Image from the card's menu or Ctrl+C on its chart, and the status bar hears of it.
void tst_DashboardView::copyToTheClipboard()
{
    DashboardView view;
    view.timer()->stop();
    view.setDatabase(m_database.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.tick();
    QSignalSpy status(&view, &DashboardView::statusMessage);
    ChartPanel *panel = view.connectionsPanel();
    QTRY_VERIFY(!panel->isEmpty());
    QApplication::clipboard()->clear();
    panel->view()->setFocus();
    QTRY_VERIFY(panel->view()->hasFocus());
    QTest::keyClick(panel->view(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(!QApplication::clipboard()->image().isNull());
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.last().first().toString(), QStringLiteral("Chart copied"));
    QVERIFY(panel->exportButton()->menu()->actions().contains(panel->copyAction()));
    QCOMPARE(panel->copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));

    // An empty chart has nothing to copy.
    ChartPanel *empty = view.throughputPanel();
    QVERIFY(empty->isEmpty());
    QApplication::clipboard()->clear();
    empty->view()->setFocus();
    QTRY_VERIFY(empty->view()->hasFocus());
    QTest::keyClick(empty->view(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QApplication::clipboard()->image().isNull());
    QCOMPARE(status.size(), 1);
}

// The Export menu's Image Size and Text Size: chosen on one card, used by its PNG (exact
// pixels, the dpi in the file), shown on every card and remembered.
void tst_DashboardView::imageSizeIsRemembered()
{
    QSettings().remove(QStringLiteral("charts"));
    const auto restore = qScopeGuard([] { QSettings().remove(QStringLiteral("charts")); });
    DashboardView view;
    view.timer()->stop();
    view.setDatabase(m_database.get());
    view.show(); // redrawn only when visible
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.tick();
    ChartPanel *connections = view.connectionsPanel();
    QTRY_VERIFY(!connections->isEmpty());
    QMenu *menu = connections->exportButton()->menu();
    const auto entry = [](QMenu *in, const QString &text) -> QAction * {
        for (QAction *action : in->actions()) {
            if (action->text().startsWith(text))
                return action;
        }
        return nullptr;
    };
    QAction *sizes = entry(menu, QStringLiteral("Image Size"));
    QAction *scales = entry(menu, QStringLiteral("Text Size"));
    QVERIFY(sizes && sizes->menu() && scales && scales->menu());
    emit menu->aboutToShow();
    QVERIFY(entry(sizes->menu(), QStringLiteral("1920 × 1200"))->isChecked()); // the default
    entry(sizes->menu(), QStringLiteral("1280 × 800"))->trigger();
    entry(scales->menu(), QStringLiteral("Small (96 dpi)"))->trigger();

    const QString path = m_dir->filePath(QStringLiteral("connections.png"));
    QVERIFY(connections->exportTo(chartexport::Format::Png, path));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 800));
    QCOMPARE(image.dotsPerMeterX(), qRound(96 / 0.0254));
    // Another card's menu shows the choice.
    QMenu *other = view.acquireWaitPanel()->exportButton()->menu();
    emit other->aboutToShow();
    QVERIFY(entry(entry(other, QStringLiteral("Image Size"))->menu(), QStringLiteral("1280 × 800"))
                ->isChecked());
    QCOMPARE(ChartPanel::imageOptions().dpi, 96);
    QCOMPARE(QSettings().value(QStringLiteral("charts/imageSize")).toSize(), QSize(1280, 800));
}

// The pools: connections in use stacked, one area per pool; the acquire wait p95 in ms, one
// line per pool.
void tst_DashboardView::poolCards()
{
    DashboardView view;
    view.timer()->stop(); // the figures below are not replaced by the database's own
    view.setDatabase(m_database.get());
    Metrics &metrics = Metrics::instance();
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3000;
    for (int i = 0; i < 4; ++i) {
        metrics.setGauge(QStringLiteral("pool.sqlite-writer.busy"), 1);
        metrics.setGauge(QStringLiteral("pool.sqlite-writer.idle"), 0);
        metrics.setGauge(QStringLiteral("pool.sqlite-writer.wait_p95_us"), 250);
        metrics.setGauge(QStringLiteral("pool.sqlite-readers.busy"), i);
        metrics.setGauge(QStringLiteral("pool.sqlite-readers.idle"), 4 - i);
        metrics.setGauge(QStringLiteral("pool.sqlite-readers.waiting"), 2);
        metrics.setGauge(QStringLiteral("pool.sqlite-readers.wait_p95_us"), 1500);
        metrics.sample(t0 + i * 500);
    }
    view.redraw();

    const TimeSeriesData &inUse = view.connectionsPanel()->data();
    QVERIFY(inUse.stacked);
    QCOMPARE(inUse.timeAxis, TimeAxis::WallClock);
    QVERIFY(inUse.emptyReason.isEmpty());
    QCOMPARE(inUse.series.size(), 2); // busy of each pool; idle and waiting are not in use
    QStringList names;
    for (const TimeSeries &series : inUse.series) {
        names << series.name;
        QVERIFY(!series.secondaryAxis);
        QCOMPARE(series.points.size(), 4);
    }
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("readers"), QStringLiteral("writer")}));
    for (const TimeSeries &series : inUse.series) {
        if (series.name == QLatin1String("readers"))
            QCOMPARE(series.points.last().y(), 3.0);
    }

    const TimeSeriesData &wait = view.acquireWaitPanel()->data();
    QVERIFY(!wait.stacked);
    QCOMPARE(wait.unit, QStringLiteral("ms"));
    QCOMPARE(wait.series.size(), 2);
    for (const TimeSeries &series : wait.series) {
        QVERIFY(!series.secondaryAxis);
        QCOMPARE(series.points.last().y(), series.name == QLatin1String("readers") ? 1.5 : 0.25);
    }
    QCOMPARE(view.connectionsPanel()->baseName(), QStringLiteral("connections-in-use"));
    QCOMPARE(view.acquireWaitPanel()->baseName(), QStringLiteral("acquire-wait-p95"));
    QVERIFY(view.panels().contains(view.connectionsPanel()));
    QVERIFY(view.panels().contains(view.acquireWaitPanel()));
}

// A chart with nothing to show says why, and its Export entries say why they are disabled.
void tst_DashboardView::emptyChartsSayWhy()
{
    DashboardView view;
    view.timer()->stop();
    view.setWindowMinutes(1);
    // A counter that stood still is no import, and a cache nobody asked is no lookup.
    Metrics &metrics = Metrics::instance();
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3000;
    CacheStats stats;
    stats.hits = 5;
    for (int i = 0; i < 4; ++i) {
        metrics.addCounter(QStringLiteral("import.records"), i == 0 ? 100 : 0);
        publishCacheStats(QStringLiteral("schema"), stats);
        metrics.sample(t0 + i * 500);
    }
    view.redraw();
    QCOMPARE(view.throughputPanel()->data().emptyReason,
             DashboardView::tr("No records imported in the last %n minute(s)", nullptr, 1));
    QCOMPARE(view.cachePanel()->data().emptyReason,
             DashboardView::tr("No cache lookups in the last %n minute(s)", nullptr, 1));
    QCOMPARE(view.connectionsPanel()->data().emptyReason,
             QStringLiteral("Not connected to a database"));
    QCOMPARE(view.acquireWaitPanel()->data().emptyReason,
             QStringLiteral("Not connected to a database"));
    QCOMPARE(view.historyPanel()->data().emptyReason,
             QStringLiteral("Not connected to a database"));
    for (ChartPanel *panel : view.panels()) {
        QVERIFY2(panel->isEmpty(), qPrintable(panel->chart()->title()));
        QVERIFY(!hasPoints(panel->data()));
        // The button stays reachable (keyboard users learn why from it); its entries do not.
        QVERIFY(panel->exportButton()->isEnabled());
        QVERIFY(panel->exportButton()->toolTip().contains(panel->data().emptyReason));
        for (QAction *action : panel->exportActions()) {
            QVERIFY(!action->isEnabled());
            QCOMPARE(action->toolTip(), panel->data().emptyReason);
        }
    }
    view.setWindowMinutes(5);
    QCOMPARE(view.throughputPanel()->data().emptyReason,
             DashboardView::tr("No records imported in the last %n minute(s)", nullptr, 5));

    // Once something happens, the chart is a chart again.
    metrics.addCounter(QStringLiteral("import.records"), 500);
    stats.misses = 1;
    publishCacheStats(QStringLiteral("schema"), stats);
    metrics.sample();
    view.redraw();
    for (ChartPanel *panel : {view.throughputPanel(), view.cachePanel()}) {
        QVERIFY(panel->data().emptyReason.isEmpty());
        QVERIFY(!panel->isEmpty());
        for (QAction *action : panel->exportActions())
            QVERIFY(action->isEnabled());
    }
}

void tst_DashboardView::cardsReflow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("columns");
    QTest::newRow("1600x1000") << QSize(1580, 860) << 2;
    QTest::newRow("1024x700") << QSize(1004, 540) << 1;
}

// Two columns of cards when the view is wide, one when it is narrow; History spans the row;
// no card is squashed, the page scrolls instead.
void tst_DashboardView::cardsReflow()
{
    QFETCH(QSize, size);
    QFETCH(int, columns);
    DashboardView view;
    view.timer()->stop();
    view.setDatabase(m_database.get());
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.columns(), columns);
    const QRect first = view.throughputPanel()->geometry();
    const QRect second = view.cachePanel()->geometry();
    const QRect third = view.connectionsPanel()->geometry();
    const QRect history = view.historyPanel()->geometry();
    if (columns == 2) {
        QCOMPARE(second.top(), first.top());
        QVERIFY(second.left() > first.right());
        QCOMPARE(third.left(), first.left());
        QVERIFY(third.top() > first.bottom());
    } else {
        QCOMPARE(second.left(), first.left());
        QVERIFY(second.top() > first.bottom());
        QCOMPARE(second.width(), first.width());
    }
    QCOMPARE(history.left(), first.left());
    QCOMPARE(history.right(), columns == 2 ? second.right() : first.right());
    QVERIFY(history.top() > view.acquireWaitPanel()->geometry().bottom());
    for (ChartPanel *panel : view.panels())
        QVERIFY2(panel->height() >= 300, qPrintable(panel->chart()->title()));
    // The job list beside the History chart on a wide page, above it on a narrow one, where
    // the chart keeps the card's width.
    const QRect jobs = view.historyPanel()->aside()->geometry();
    const QRect chart = view.historyPanel()->view()->geometry();
    if (columns == 2) {
        QVERIFY(jobs.right() < chart.left());
    } else {
        QVERIFY(jobs.bottom() < chart.top());
        QVERIFY(chart.width() >= jobs.width());
    }
    QVERIFY(chart.height() >= 250);

    // And back: the grid follows the window.
    view.resize(columns == 2 ? QSize(1004, 540) : QSize(1580, 860));
    QTRY_COMPARE(view.columns(), 3 - columns);
    QTRY_VERIFY((view.cachePanel()->geometry().top() == view.throughputPanel()->geometry().top())
                == (columns == 1));
}

void tst_DashboardView::exportButtonsInsideTheirCards_data()
{
    cardsReflow_data();
}

// Each card's Export button is inside the card's frame and inside the scrolled page's
// viewport: never floating above the card, never under the scroll bar.
void tst_DashboardView::exportButtonsInsideTheirCards()
{
    QFETCH(QSize, size);
    DashboardView view;
    view.timer()->stop();
    view.setDatabase(m_database.get());
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.columns() > 0);
    auto *scroll = view.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QWidget *viewport = scroll->viewport();
    QTRY_VERIFY(scroll->widget()->width() <= viewport->width());
    for (ChartPanel *panel : view.panels()) {
        QToolButton *button = panel->exportButton();
        QVERIFY(button->isVisible());
        QCOMPARE(button->parentWidget(), panel);
        const QString title = panel->chart()->title();
        QVERIFY2(panel->contentsRect().contains(button->geometry()), qPrintable(title));
        // Top-right: above the chart, at its right edge.
        QVERIFY2(button->geometry().bottom() < panel->view()->geometry().top(), qPrintable(title));
        QVERIFY2(button->geometry().right() >= panel->view()->geometry().right() - 1,
                 qPrintable(title));
        const QRect inViewport(button->mapTo(viewport, QPoint(0, 0)), button->size());
        QVERIFY2(inViewport.left() >= 0 && inViewport.right() < viewport->width(),
                 qPrintable(title));
    }
}

QTEST_MAIN(tst_DashboardView)
#include "tst_dashboardview.moc"
