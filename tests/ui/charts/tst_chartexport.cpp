// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartexport.h"
#include "charts/chartfactory.h"
#include "charts/chartlegend.h"
#include "charts/timeserieschart.h"
#include "guitest.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QXmlStreamReader>
#include <QtTest>

using namespace stevedore;

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The text a chart's SVG export shows: every <text> element's content.
static QStringList svgTexts(QChart *chart, QSize size = {960, 600})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    if (!chartexport::writeSvg(chart, path, size))
        return {};
    QStringList texts;
    QXmlStreamReader svg(readAll(path));
    while (!svg.atEnd()) {
        if (svg.readNext() == QXmlStreamReader::StartElement && svg.name() == QLatin1String("text"))
            texts << svg.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return texts;
}

// The bottom axis, whatever its type (QValueAxis: a QCategoryAxis is one).
static QAbstractAxis *bottomAxis(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        if (axis->alignment() == Qt::AlignBottom)
            return axis;
    }
    return nullptr;
}

static QList<QByteArray> csvRows(const QChart *chart)
{
    QList<QByteArray> rows = chartexport::csv(chart).trimmed().split('\n');
    for (QByteArray &row : rows)
        row = row.trimmed();
    return rows;
}

static const qint64 t0 = 1767225600000; // 2026-01-01T00:00:00Z

class tst_ChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void writesEveryFormat_data();
    void writesEveryFormat();
    void csvMatchesSeries();
    void csvElapsedFromTheOrigin_data();
    void csvElapsedFromTheOrigin();
    void barChartCsv();
    void barNamesReadInFull();
    void axisNumbersFollowTheLocale();
    void siPrefixesOnTheAxes();
    void noMillisecondsOnTicks_data();
    void noMillisecondsOnTicks();
    void timeAxisEndsWithTheData_data();
    void timeAxisEndsWithTheData();
    void paletteTellsSeriesApart();
    void compactLegend();
    void stackedAreas();
    void markersOnePerKind();
    void emptyChartSaysWhy();
    void subtitleUnderTheTitle();
    void emptyChartCsv();
    void pngSizeAndDpi();
    void updateKeepsSeries();
    void darkPaletteIsDark();
    void viewKeepsItsSize();

private:
    static TimeSeriesData sample();
};

TimeSeriesData tst_ChartExport::sample()
{
    TimeSeriesData data;
    data.title = QStringLiteral("Throughput");
    data.valueTitle = QStringLiteral("Throughput");
    data.unit = QStringLiteral("records/s");
    data.secondaryTitle = QStringLiteral("Wait");
    data.secondaryUnit = QStringLiteral("ms");
    TimeSeries a{QStringLiteral("records/s"), {}, false};
    TimeSeries b{QStringLiteral("wait, p95"), {}, true};
    for (int i = 0; i < 40; ++i) {
        a.points << QPointF(double(t0 + i * 500), 1000.0 + i * 25.5);
        b.points << QPointF(double(t0 + i * 500), i % 7);
    }
    data.series = {a, b};
    return data;
}

void tst_ChartExport::writesEveryFormat_data()
{
    QTest::addColumn<bool>("bars");
    QTest::newRow("time series") << false;
    QTest::newRow("bars") << true;
}

void tst_ChartExport::writesEveryFormat()
{
    QFETCH(bool, bars);
    std::unique_ptr<QChart> chart(
        bars ? chartfactory::createBarChart(BarChartData::namedValues(
            QStringLiteral("Ratios"),
            QStringLiteral("Ratio"),
            QStringLiteral("x"),
            {{QStringLiteral("import"), 1.2}, {QStringLiteral("export"), 0.8}}))
             : chartfactory::createTimeSeriesChart(sample()));
    QTemporaryDir dir;
    QString error;
    const QStringList written = chartexport::writeAll(
        chart.get(), dir.path(), QStringLiteral("chart"), {640, 400}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(written.size(), 4);

    const QByteArray png = readAll(dir.filePath(QStringLiteral("chart.png")));
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage image = QImage::fromData(png, "PNG");
    QCOMPARE(image.size(), QSize(1280, 800));
    // Not blank: the chart drew more than its background.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 5);

    QXmlStreamReader svg(readAll(dir.filePath(QStringLiteral("chart.svg"))));
    QVERIFY(svg.readNextStartElement());
    QCOMPARE(svg.name(), QLatin1String("svg"));
    while (!svg.atEnd())
        svg.readNext();
    QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));

    const QByteArray pdf = readAll(dir.filePath(QStringLiteral("chart.pdf")));
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 1000);
    QVERIFY(!readAll(dir.filePath(QStringLiteral("chart.csv"))).isEmpty());
}

void tst_ChartExport::csvMatchesSeries()
{
    const TimeSeriesData data = sample();
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    const QList<QByteArray> lines = csvRows(chart.get());
    QCOMPARE(lines.first(), QByteArray("series,unit,elapsed_s,time_utc,value"));
    QCOMPARE(lines.size() - 1, data.series[0].points.size() + data.series[1].points.size());
    // Without an origin or a window, time 0 is the first point.
    QCOMPARE(lines[1], QByteArray("records/s,records/s,0,2026-01-01T00:00:00.000Z,1000"));
    QCOMPARE(lines[2], QByteArray("records/s,records/s,0.5,2026-01-01T00:00:00.500Z,1025.5"));
    // A series name with a comma is quoted; the second series is in its axis's unit.
    QCOMPARE(lines[41], QByteArray("\"wait, p95\",ms,0,2026-01-01T00:00:00.000Z,0"));
    QCOMPARE(lines[40].split(',').last().toDouble(), 1000.0 + 39 * 25.5);
    QCOMPARE(lines[40].split(',').at(2), QByteArray("19.5"));
}

// elapsed_s counts from the job's start, a live chart's window start, or each compared job's
// own start.
void tst_ChartExport::csvElapsedFromTheOrigin_data()
{
    QTest::addColumn<qint64>("origin");
    QTest::addColumn<qint64>("windowStart");
    QTest::addColumn<qint64>("seriesOrigin");
    QTest::addColumn<QByteArray>("firstElapsed");
    QTest::newRow("job start") << t0 - 1500 << qint64(0) << qint64(0) << QByteArray("1.5");
    QTest::newRow("live window") << qint64(0) << t0 - 60000 << qint64(0) << QByteArray("60");
    QTest::newRow("series' own start") << t0 - 1500 << qint64(0) << t0 - 250 << QByteArray("0.25");
}

void tst_ChartExport::csvElapsedFromTheOrigin()
{
    QFETCH(qint64, origin);
    QFETCH(qint64, windowStart);
    QFETCH(qint64, seriesOrigin);
    QFETCH(QByteArray, firstElapsed);
    TimeSeriesData data = sample();
    data.timeAxis = origin != 0 ? TimeAxis::Elapsed : TimeAxis::WallClock;
    data.originMsecs = origin;
    if (windowStart != 0) {
        data.fromMsecs = windowStart;
        data.toMsecs = t0 + 30000;
    }
    data.series[0].originMsecs = seriesOrigin;
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    const QList<QByteArray> lines = csvRows(chart.get());
    QCOMPARE(lines[1].split(',').at(2), firstElapsed);
    // time_utc stays the point's own time.
    QCOMPARE(lines[1].split(',').at(3), QByteArray("2026-01-01T00:00:00.000Z"));
}

void tst_ChartExport::barChartCsv()
{
    std::unique_ptr<QChart> chart(chartfactory::createBarChart(BarChartData::namedValues(
        QStringLiteral("Ratios"),
        QStringLiteral("Ratio"),
        {},
        {{QStringLiteral("import"), 1.25}, {QStringLiteral("export"), 0.5}})));
    QCOMPARE(chartexport::csv(chart.get()),
             QByteArray("series,axis,category,value\r\nRatio,Ratio,import,1.25\r\n"
                        "Ratio,Ratio,export,0.5\r\n"));
}

// A dozen cases with long names (the benchmark report's speed-ups): bars run across, so every
// name reads in full beside its bar, top to bottom in the order given.
void tst_ChartExport::barNamesReadInFull()
{
    QList<std::pair<QString, double>> values;
    for (int i = 0; i < 12; ++i)
        values.append(
            {QStringLiteral("mapping.same_statements_one_transaction_%1").arg(i), i + 1.5});
    std::unique_ptr<QChart> chart(chartfactory::createBarChart(BarChartData::namedValues(
        QStringLiteral("Speed-ups"), QStringLiteral("Speed-up"), {}, values)));
    const QStringList texts = svgTexts(chart.get());
    for (const auto &[name, value] : values)
        QVERIFY2(texts.contains(name), qPrintable(texts.join(QLatin1Char('|'))));
    const QList<QAbstractAxis *> left = chart->axes(Qt::Vertical);
    QCOMPARE(left.size(), 1);
    QCOMPARE(static_cast<QBarCategoryAxis *>(left.first())->categories().last(),
             values.first().first);
    QVERIFY(
        chartexport::csv(chart.get()).split('\n').at(1).contains(values.first().first.toUtf8()));
}

// Axis labels are written as the rest of the window writes numbers ("0,2" in German); the CSV
// stays machine-readable whatever the language.
void tst_ChartExport::axisNumbersFollowTheLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    std::unique_ptr<QChart> chart(chartfactory::createBarChart(
        BarChartData::namedValues(QStringLiteral("Ratios"),
                                  QStringLiteral("Ratio"),
                                  {},
                                  {{QStringLiteral("import"), 1.25}})));
    QVERIFY(chart->localizeNumbers());
    QCOMPARE(chart->locale().decimalPoint(), QStringLiteral(","));
    QVERIFY(chartexport::csv(chart.get()).contains("import,1.25"));
    std::unique_ptr<QChart> series(chartfactory::createTimeSeriesChart(sample()));
    QVERIFY(series->localizeNumbers());
}

// "1,2 M" in German, "500 k": the axis labels, and what the exported image shows.
void tst_ChartExport::siPrefixesOnTheAxes()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    TimeSeriesData data = sample();
    for (qsizetype i = 0; i < data.series[0].points.size(); ++i)
        data.series[0].points[i].setY(20000.0 * double(i + 21)); // up to 1.2 M
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    const QStringList texts = svgTexts(chart.get());
    QVERIFY2(texts.contains(QStringLiteral("1,2 M")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("600 k")), qPrintable(texts.join(QLatin1Char('|'))));
    for (const QString &text : texts)
        QVERIFY2(!text.contains(QLatin1String("000000")), qPrintable(text));
}

void tst_ChartExport::noMillisecondsOnTicks_data()
{
    QTest::addColumn<bool>("elapsed");
    QTest::addColumn<qint64>("span");
    for (const qint64 span : {qint64(300),
                              qint64(1000),
                              qint64(45000),
                              qint64(600000),
                              qint64(5 * 3600000),
                              qint64(3 * 86400000)}) {
        QTest::addRow("elapsed %lld ms", span) << true << span;
        QTest::addRow("clock %lld ms", span) << false << span;
    }
}

// Whatever the span, no text of the exported chart shows milliseconds ("07:22:22.916").
void tst_ChartExport::noMillisecondsOnTicks()
{
    QFETCH(bool, elapsed);
    QFETCH(qint64, span);
    TimeSeriesData data;
    data.title = QStringLiteral("Span");
    data.valueTitle = QStringLiteral("Rate");
    data.timeAxis = elapsed ? TimeAxis::Elapsed : TimeAxis::WallClock;
    const qint64 start = t0 + 22916; // not a round time
    data.originMsecs = elapsed ? start : 0;
    TimeSeries series{QStringLiteral("rate"), {}};
    for (int i = 0; i <= 40; ++i)
        series.points << QPointF(double(start + span * i / 40), 100 + i);
    data.series << series;
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    const QStringList texts = svgTexts(chart.get());
    static const QRegularExpression milliseconds(
        QStringLiteral("\\d:\\d\\d[.,]\\d|\\d[.,]\\d\\d\\d|\\bms\\b"));
    for (const QString &text : texts)
        QVERIFY2(!milliseconds.match(text).hasMatch(), qPrintable(text));
    // And the time axis does have labels, which the image shows.
    auto *time = qobject_cast<QCategoryAxis *>(bottomAxis(chart.get()));
    QVERIFY(time);
    QVERIFY(time->count() >= 1);
    const QString first = time->categoriesLabels().first();
    QVERIFY2(texts.contains(first), qPrintable(first));
}

void tst_ChartExport::timeAxisEndsWithTheData_data()
{
    QTest::addColumn<bool>("elapsed");
    QTest::addColumn<qint64>("span");
    QTest::newRow("sub-second job") << true << qint64(300);
    QTest::newRow("long job") << true << qint64(2 * 3600000 + 1234);
    QTest::newRow("clock") << false << qint64(45000);
}

// The axis runs from the job's start (elapsed) or the first point to the last point, not to a
// round time past it; ticks are round: multiples of one step from the start or the clock.
void tst_ChartExport::timeAxisEndsWithTheData()
{
    QFETCH(bool, elapsed);
    QFETCH(qint64, span);
    const qint64 start = t0 + 22916;
    TimeSeriesData data;
    data.timeAxis = elapsed ? TimeAxis::Elapsed : TimeAxis::WallClock;
    data.originMsecs = elapsed ? start - 17 : 0;
    data.series << TimeSeries{QStringLiteral("rate"),
                              {{double(start), 1}, {double(start + span), 2}}};
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    auto *time = qobject_cast<QValueAxis *>(bottomAxis(chart.get()));
    QVERIFY(time);
    QCOMPARE(time->max(), double(start + span));
    QCOMPARE(time->min(), double(elapsed ? start - 17 : start));
    auto *ticks = qobject_cast<QCategoryAxis *>(time);
    QVERIFY(ticks && ticks->count() >= 2);
    const QStringList labels = ticks->categoriesLabels();
    const double step = ticks->endValue(labels[1]) - ticks->endValue(labels[0]);
    const double zero = elapsed ? double(start - 17) : 0;
    for (const QString &label : labels) {
        const double value = ticks->endValue(label);
        QVERIFY(value >= time->min() && value <= time->max());
        const double steps = (value - zero) / step;
        QVERIFY2(std::abs(steps - std::round(steps)) < 1e-6, qPrintable(label));
    }
    if (elapsed)
        QCOMPARE(labels.first(), QStringLiteral("0 s"));
}

// Eight series on one axis in eight colours, series 1 and 5 too; past eight the colours come
// round in another line style; light and dark palettes both have eight.
void tst_ChartExport::paletteTellsSeriesApart()
{
    for (const bool dark : {false, true}) {
        const QList<QColor> colors = chartfactory::seriesColors(dark);
        QVERIFY(colors.size() >= 8);
        QSet<QRgb> distinct;
        for (const QColor &color : colors)
            distinct.insert(color.rgb());
        QCOMPARE(distinct.size(), colors.size());
    }
    TimeSeriesData data = sample();
    data.series.clear();
    for (int i = 0; i < 9; ++i) {
        TimeSeries series{QStringLiteral("pool %1").arg(i),
                          {{double(t0), 1.0 * i}, {double(t0 + 1000), 2.0}}};
        data.series << series;
    }
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    const QList<QAbstractSeries *> lines = chart->series();
    QCOMPARE(lines.size(), 9);
    QSet<QRgb> colors;
    for (int i = 0; i < 8; ++i)
        colors.insert(static_cast<QLineSeries *>(lines[i])->pen().color().rgb());
    QCOMPARE(colors.size(), 8);
    QVERIFY(static_cast<QLineSeries *>(lines[0])->pen().color()
            != static_cast<QLineSeries *>(lines[4])->pen().color());
    const QPen first = static_cast<QLineSeries *>(lines[0])->pen();
    const QPen ninth = static_cast<QLineSeries *>(lines[8])->pen();
    QVERIFY(first.color() != ninth.color() || first.style() != ninth.style());
}

// Under the plot in at most two rows, one entry per series (not per run), never on the side.
void tst_ChartExport::compactLegend()
{
    TimeSeriesData data = sample();
    data.series.clear();
    for (const QString &pool : {QStringLiteral("readers"), QStringLiteral("writer")}) {
        for (const QString &kind : {QStringLiteral("busy"),
                                    QStringLiteral("idle"),
                                    QStringLiteral("waiting"),
                                    QStringLiteral("wait p95")}) {
            TimeSeries series{pool + QLatin1Char(' ') + kind,
                              {{double(t0), 1}, {double(t0 + 60000), 2}},
                              kind == QLatin1String("wait p95")};
            data.series << series;
        }
    }
    TimeSeries resumed = data.series.first();
    resumed.continuesPrevious = true;
    resumed.points = {{double(t0 + 90000), 3}};
    data.series.insert(1, resumed);
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    auto *timeChart = qobject_cast<TimeSeriesChart *>(chart.get());
    QVERIFY(timeChart);
    QVERIFY(!chart->legend()->isVisible());
    ChartLegend *legend = timeChart->chartLegend();
    QCOMPARE(legend->entries().size(), 8);
    QCOMPARE(legend->entries().first().text, QStringLiteral("readers busy"));
    for (const QSize size : {QSize(960, 600), QSize(480, 300)}) {
        chartexport::renderImage(chart.get(), size, 1);
        chart->resize(size);
        QCoreApplication::processEvents();
        chartexport::renderImage(chart.get(), size, 1);
        QVERIFY2(legend->rowCount() >= 1 && legend->rowCount() <= 2,
                 qPrintable(QString::number(legend->rowCount())));
        const QRectF box = legend->mapRectToParent(legend->boundingRect());
        QVERIFY(box.top() >= chart->plotArea().bottom());
        QVERIFY(box.height() < 0.25 * size.height());
        QVERIFY(chart->plotArea().width() > 0.6 * size.width());
    }
    // The dashed series says so in its legend entry.
    QCOMPARE(legend->entries()[3].pen.style(), Qt::DashLine);
}

// Stacked: each left-axis series is an area from the one below to their sum; the CSV keeps the
// values as given.
void tst_ChartExport::stackedAreas()
{
    TimeSeriesData data;
    data.stacked = true;
    data.unit = QStringLiteral("connections");
    data.series << TimeSeries{QStringLiteral("readers"), {{double(t0), 2}, {double(t0 + 1000), 3}}};
    data.series << TimeSeries{QStringLiteral("writer"), {{double(t0), 1}, {double(t0 + 1000), 1}}};
    data.series << TimeSeries{
        QStringLiteral("wait"), {{double(t0), 5}, {double(t0 + 1000), 7}}, true};
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    auto *timeChart = qobject_cast<TimeSeriesChart *>(chart.get());
    auto *readers = qobject_cast<QAreaSeries *>(timeChart->seriesFor(0));
    auto *writer = qobject_cast<QAreaSeries *>(timeChart->seriesFor(1));
    QVERIFY(readers && writer);
    QVERIFY(qobject_cast<QLineSeries *>(timeChart->seriesFor(2)));
    QCOMPARE(writer->lowerSeries()->points(), readers->upperSeries()->points());
    QCOMPARE(writer->upperSeries()->points(),
             (QList<QPointF>{{double(t0), 3}, {double(t0 + 1000), 4}}));
    QVERIFY(timeChart->valueAxis(Qt::AlignLeft)->max() >= 4);
    const QList<QByteArray> rows = csvRows(chart.get());
    QCOMPARE(rows[3], QByteArray("writer,connections,0,2026-01-01T00:00:00.000Z,1"));
}

void tst_ChartExport::markersOnePerKind()
{
    TimeSeriesData data = sample();
    data.timeAxis = TimeAxis::Elapsed;
    data.markers = {{ChartMarker::Kind::Retried, t0 + 2000, {}},
                    {ChartMarker::Kind::Retried, t0 + 4000, {}},
                    {ChartMarker::Kind::Paused, t0 + 9000, {}},
                    {ChartMarker::Kind::Resumed, t0 + 12000, QStringLiteral("went on")}};
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    auto *timeChart = qobject_cast<TimeSeriesChart *>(chart.get());
    QCOMPARE(timeChart->markerLines().size(), 4);
    const QList<QPointF> line = timeChart->markerLines()[2]->points();
    QCOMPARE(line.size(), 2);
    QCOMPARE(line.first().x(), double(t0 + 9000));
    QCOMPARE(line.first().y(), timeChart->valueAxis(Qt::AlignLeft)->min());
    QCOMPARE(line.last().y(), timeChart->valueAxis(Qt::AlignLeft)->max());
    QStringList names;
    for (const ChartLegend::Entry &entry : timeChart->chartLegend()->entries())
        names << entry.text;
    QCOMPARE(names,
             (QStringList{QStringLiteral("records/s"),
                          QStringLiteral("wait, p95"),
                          QStringLiteral("paused"),
                          QStringLiteral("went on"),
                          QStringLiteral("retried")}));
    // Markers are not data: the CSV has the series' points only.
    QCOMPARE(csvRows(chart.get()).size(), 1 + 80);
}

// No point: the plot says why instead of showing empty axes; the time axis of a live window
// keeps its labels.
void tst_ChartExport::emptyChartSaysWhy()
{
    TimeSeriesData data;
    data.title = QStringLiteral("Cache hit ratio");
    data.valueTitle = QStringLiteral("Hit ratio");
    data.unit = QStringLiteral("%");
    data.emptyReason = QStringLiteral("No cache lookups during this job");
    data.series << TimeSeries{QStringLiteral("hit ratio"), {}};
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    auto *timeChart = qobject_cast<TimeSeriesChart *>(chart.get());
    QCOMPARE(timeChart->note(), data.emptyReason);
    QVERIFY(!timeChart->valueAxis(Qt::AlignLeft)->isVisible());
    QVERIFY(svgTexts(chart.get()).contains(data.emptyReason));
    // Points: the note goes.
    data.series.first().points = {{double(t0), 50}};
    chartfactory::setTimeSeriesData(chart.get(), data);
    QVERIFY(timeChart->note().isEmpty());
    QVERIFY(timeChart->valueAxis(Qt::AlignLeft)->isVisible());
    QVERIFY(!svgTexts(chart.get()).contains(data.emptyReason));
    // No reason given: still no empty plot pretending to be a chart.
    data.emptyReason.clear();
    data.series.first().points.clear();
    chartfactory::setTimeSeriesData(chart.get(), data);
    QVERIFY(!timeChart->note().isEmpty());
}

void tst_ChartExport::subtitleUnderTheTitle()
{
    TimeSeriesData data = sample();
    data.subtitle = QStringLiteral("Started 1 Jan · 300,000 records · 0 rejected");
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    const QStringList texts = svgTexts(chart.get());
    QVERIFY2(texts.join(QLatin1Char(' ')).contains(QLatin1String("300,000 records")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(chart->title(), data.title); // the title stays plain text
}

void tst_ChartExport::emptyChartCsv()
{
    TimeSeriesData data;
    data.title = QStringLiteral("Nothing recorded");
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    QCOMPARE(chartexport::csv(chart.get()), QByteArray("series,unit,elapsed_s,time_utc,value\r\n"));
    QTemporaryDir dir;
    QCOMPARE(chartexport::writeAll(chart.get(), dir.path(), QStringLiteral("empty")).size(), 4);
}

// 800×500 pixels at 96 dpi: text at its size on screen, and the PNG says 96 dpi; the default
// is 1920×1200 at 192 dpi, and the old size-and-ratio call still makes size × ratio pixels.
void tst_ChartExport::pngSizeAndDpi()
{
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(sample()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(chartexport::writePng(chart.get(), path, chartexport::ImageOptions{{800, 500}, 96}));
    QImage image(path);
    QCOMPARE(image.size(), QSize(800, 500));
    QCOMPARE(image.dotsPerMeterX(), qRound(96 / 0.0254));
    QCOMPARE(image.dotsPerMeterY(), qRound(96 / 0.0254));
    QVERIFY(chartexport::writePng(chart.get(), path, chartexport::ImageOptions{}));
    image.load(path);
    QCOMPARE(image.size(), QSize(1920, 1200));
    QCOMPARE(image.dotsPerMeterX(), qRound(192 / 0.0254));
    QVERIFY(chartexport::writePng(chart.get(), path, {640, 400}, 1.5));
    QCOMPARE(QImage(path).size(), QSize(960, 600));
}

void tst_ChartExport::updateKeepsSeries()
{
    TimeSeriesData data = sample();
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    const QList<QAbstractSeries *> before = chart->series();
    data.series[0].points.removeFirst();
    chartfactory::setTimeSeriesData(chart.get(), data);
    QCOMPARE(chart->series(), before);
    QCOMPARE(static_cast<QLineSeries *>(chart->series().first())->count(), 39);
    data.series.removeLast();
    chartfactory::setTimeSeriesData(chart.get(), data);
    QCOMPARE(chart->series().size(), 1);
}

void tst_ChartExport::darkPaletteIsDark()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(sample(), dark));
    const QImage image = chartexport::renderImage(chart.get(), {400, 300}, 1);
    QVERIFY(QColor(image.pixel(2, 2)).lightness() < 60);
    QCOMPARE(chart->titleBrush().color(), QColor(0xee, 0xee, 0xee));
    std::unique_ptr<QChart> light(
        chartfactory::createTimeSeriesChart(sample(), QPalette(Qt::white)));
    QVERIFY(QColor(chartexport::renderImage(light.get(), {400, 300}, 1).pixel(2, 2)).lightness()
            > 200);
}

void tst_ChartExport::viewKeepsItsSize()
{
    QChartView view(chartfactory::createTimeSeriesChart(sample()));
    view.resize(500, 350);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QSizeF before = view.chart()->size();
    const QImage image = chartexport::renderImage(view.chart(), {1000, 700}, 1);
    QCOMPARE(image.size(), QSize(1000, 700));
    QCOMPARE(view.chart()->size(), before);
}

// Qt's warnings (a NaN axis range, say) fail the test that caused them.
void tst_ChartExport::initTestCase()
{
    guitest::WarningTrap::install();
}

void tst_ChartExport::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

QTEST_MAIN(tst_ChartExport)
#include "tst_chartexport.moc"
