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

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLineSeries>
#include <QScopeGuard>
#include <QTemporaryDir>
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
    void exportAllAndClipboard();

private:
    static int points(ChartPanel *panel, const QString &series);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_DashboardView::initTestCase()
{
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
        if (s->name() == series)
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
    // The database's own lookup cache is there too, published by publishMetrics().
    QCOMPARE(points(view.cachePanel(), QStringLiteral("lookups hit ratio")), 11);
    const QLineSeries *ratio = nullptr;
    for (QAbstractSeries *series : view.cachePanel()->chart()->series()) {
        if (series->name() == QLatin1String("schema hit ratio"))
            ratio = static_cast<QLineSeries *>(series);
    }
    QVERIFY(ratio);
    QCOMPARE(ratio->at(9).y(), 90.0);
    QTRY_COMPARE(points(view.poolPanel(), QStringLiteral("writer busy")), 11);
    QCOMPARE(points(view.poolPanel(), QStringLiteral("readers wait p95")), 11);
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
    QCOMPARE(points(view.poolPanel(), QStringLiteral("Schreiben: belegt")), 11);
    QCOMPARE(points(view.cachePanel(), QStringLiteral("Cache: Trefferquote")), 11);
}

void tst_DashboardView::historyOfAFinishedJob()
{
    const QString path = m_dir->filePath(QStringLiteral("h.csv"));
    writeText(path, csvText(30000));
    JobQueue *queue = JobQueue::instance();
    queue->setDatabase(m_database.get());
    DashboardView view(queue);
    view.timer()->stop();
    QSignalSpy listed(&view, &DashboardView::jobsListed);
    QSignalSpy shown(&view, &DashboardView::historyShown);
    view.setDatabase(m_database.get());
    QVERIFY(listed.wait(30000));
    QCOMPARE(listed.last().first().toInt(), 0);
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.batchSize = 1000;
    const int id = queue->enqueue(options);
    // A finished job refreshes the list, which shows the newest job's chart.
    QVERIFY(shown.wait(60000));
    QCOMPARE(queue->job(id).state, ImportJob::State::Done);
    QCOMPARE(view.historyCombo()->count(), 1);
    QCOMPARE(shown.last().first().toLongLong(), queue->job(id).jobId);
    QVERIFY(view.historyPanel()->chart()->title().contains(QLatin1String("h.csv")));
    QVERIFY(points(view.historyPanel(), QStringLiteral("records imported")) >= 1);
}

void tst_DashboardView::exportAllAndClipboard()
{
    DashboardView view;
    view.timer()->stop();
    view.setDatabase(m_database.get());
    view.show();
    view.tick();
    QTemporaryDir out;
    QString error;
    const QStringList written = view.exportAll(out.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // throughput, cache, pools, history: four formats each.
    QCOMPARE(written.size(), 16);
    for (const QString &path : written)
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("throughput.pdf"))));
    view.throughputPanel()->copyImage();
    QVERIFY(!QApplication::clipboard()->image().isNull());
}

QTEST_MAIN(tst_DashboardView)
#include "tst_dashboardview.moc"
