// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "logging/logging.h"
#include "logs/logmodel.h"
#include "logs/logview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace stevedore;

// The log view: a bounded live tail of the log ring, filtered, copied; bursts in one batch.
class tst_LogView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelUnderTester();
    void appendsOnlyNewLinesAndStaysBounded();
    void filters();
    void viewTailsTheLog();
    void burstIsOneBatch();

private:
    static LogLine
    line(quint64 sequence, const QString &level, const QString &category, const QString &message);
    QTemporaryDir m_dir;
};

void tst_LogView::initTestCase()
{
    LogOptions options;
    options.level = QStringLiteral("debug");
    options.filePath = m_dir.filePath(QStringLiteral("logs/stevedore.log"));
    options.console = false;
    initLogging(options);
}

void tst_LogView::cleanupTestCase()
{
    shutdownLogging();
}

LogLine tst_LogView::line(quint64 sequence,
                          const QString &level,
                          const QString &category,
                          const QString &message)
{
    LogLine l;
    l.time = QDateTime::currentDateTimeUtc();
    l.level = level;
    l.category = category;
    l.message = message;
    l.sequence = sequence;
    return l;
}

void tst_LogView::modelUnderTester()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    QList<LogLine> lines;
    for (quint64 i = 1; i <= 8; ++i)
        lines << line(i,
                      i % 2 ? QStringLiteral("info") : QStringLiteral("error"),
                      QStringLiteral("db"),
                      QStringLiteral("m%1").arg(i));
    model.append(lines);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), int(LogModel::ColumnCount));
    QCOMPARE(model.index(7, LogModel::Message).data().toString(), QStringLiteral("m8"));
    model.setMinimumLevel(QStringLiteral("error"));
    QCOMPARE(model.rowCount(), 4);
    lines.clear();
    for (quint64 i = 9; i <= 14; ++i)
        lines << line(
            i, QStringLiteral("error"), QStringLiteral("import"), QStringLiteral("m%1").arg(i));
    model.append(lines); // trims 4 oldest, appends 6
    QCOMPARE(model.totalLines(), 10);
    QCOMPARE(model.rowCount(), 8); // m6, m8 and m9..m14
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("m6"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_LogView::appendsOnlyNewLinesAndStaysBounded()
{
    LogModel model;
    model.setCapacity(100);
    model.append({line(5, QStringLiteral("info"), QStringLiteral("ui"), QStringLiteral("a"))});
    // Already-seen sequences are ignored.
    QCOMPARE(
        model.append({line(4, QStringLiteral("info"), QStringLiteral("ui"), QStringLiteral("old")),
                      line(5, QStringLiteral("info"), QStringLiteral("ui"), QStringLiteral("a")),
                      line(6, QStringLiteral("info"), QStringLiteral("ui"), QStringLiteral("b"))}),
        1);
    QCOMPARE(model.rowCount(), 2);
    QList<LogLine> many;
    for (quint64 i = 7; i < 1007; ++i)
        many << line(i, QStringLiteral("info"), QStringLiteral("ui"), QString::number(i));
    model.append(many);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.index(99, LogModel::Message).data().toString(), QStringLiteral("1006"));
}

void tst_LogView::filters()
{
    LogModel model;
    model.append(
        {line(1, QStringLiteral("debug"), QStringLiteral("db"), QStringLiteral("Connected")),
         line(2, QStringLiteral("warning"), QStringLiteral("pool"), QStringLiteral("slow acquire")),
         line(
             3, QStringLiteral("error"), QStringLiteral("db"), QStringLiteral("connection lost"))});
    model.setMinimumLevel(QStringLiteral("warning"));
    QCOMPARE(model.rowCount(), 2);
    model.setCategories({QStringLiteral("db")});
    QCOMPARE(model.rowCount(), 1);
    model.setMinimumLevel(QStringLiteral("trace"));
    model.setSearchText(QStringLiteral("CONNECT"));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.text({0, 1}).contains(QLatin1String("[db] connection lost")));
    QCOMPARE(LogModel::levelRank(QStringLiteral("critical")), 5);
}

void tst_LogView::viewTailsTheLog()
{
    LogView view;
    view.show();
    logger(LogCategory::Import)->warn("tail test {}", 1);
    logger(LogCategory::Db)->info("tail test {}", 2);
    logger(LogCategory::Db)->debug("tail test hidden below info");
    QVERIFY(flushLogging());
    QTRY_COMPARE(view.model()->rowCount() > 0
                     && view.model()->line(view.model()->rowCount() - 1).message
                            == QLatin1String("tail test 2"),
                 true);
    const int before = view.model()->rowCount();
    view.searchEdit()->setText(QStringLiteral("tail test"));
    QTRY_COMPARE(view.model()->rowCount(), 2); // debug is below the default level (info)
    view.categoryCombo()->setCurrentIndex(view.categoryCombo()->findData(QStringLiteral("import")));
    QCOMPARE(view.model()->rowCount(), 1);
    view.table()->selectRow(0);
    QCOMPARE(view.copySelection(), 1);
    QVERIFY(
        QApplication::clipboard()->text().contains(QLatin1String("warning [import] tail test 1")));
    view.categoryCombo()->setCurrentIndex(0);
    view.searchEdit()->clear();
    QTRY_COMPARE(view.model()->rowCount(), before);
}

void tst_LogView::burstIsOneBatch()
{
    LogView view;
    view.pollTimer()->stop(); // drive the polls by hand
    view.show();
    view.poll();
    for (int i = 0; i < 20000; ++i)
        logger(LogCategory::Import)->info("burst {}", i);
    QVERIFY(flushLogging());
    QSignalSpy inserted(view.model(), &QAbstractItemModel::rowsInserted);
    QElapsedTimer timer;
    timer.start();
    view.poll();
    const qint64 ms = timer.elapsed();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(view.model()->rowCount(), int(logRingCapacity));
    QCOMPARE(view.model()->line(view.model()->rowCount() - 1).message,
             QStringLiteral("burst 19999"));
    qInfo("one poll after a burst of 20000 lines: %lld ms", ms);
    QVERIFY2(ms < 1000, "a burst must not block the GUI thread");
}

QTEST_MAIN(tst_LogView)
#include "tst_logview.moc"
