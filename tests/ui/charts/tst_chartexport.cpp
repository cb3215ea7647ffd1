// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartexport.h"
#include "charts/chartfactory.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace stevedore;

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class tst_ChartExport : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryFormat_data();
    void writesEveryFormat();
    void csvMatchesSeries();
    void barChartCsv();
    void axisNumbersFollowTheLocale();
    void emptyChartCsv();
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
    const qint64 t0 = 1767225600000; // 2026-01-01T00:00:00Z
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
    const QList<QByteArray> lines = chartexport::csv(chart.get()).split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("series,axis,time_ms,time_utc,value"));
    QCOMPARE(lines.size() - 2, data.series[0].points.size() + data.series[1].points.size());
    QCOMPARE(lines[1].trimmed(),
             QByteArray("records/s,Throughput (records/s),1767225600000,"
                        "2026-01-01T00:00:00.000Z,1000"));
    // A series name with a comma is quoted; values of the second series are on its axis.
    QCOMPARE(lines[41].trimmed(),
             QByteArray("\"wait, p95\",Wait (ms),1767225600000,2026-01-01T00:00:00.000Z,0"));
    QCOMPARE(lines[40].trimmed().split(',').last().toDouble(), 1000.0 + 39 * 25.5);
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

void tst_ChartExport::emptyChartCsv()
{
    TimeSeriesData data;
    data.title = QStringLiteral("Nothing recorded");
    std::unique_ptr<QChart> chart(chartfactory::createTimeSeriesChart(data));
    QCOMPARE(chartexport::csv(chart.get()), QByteArray("series,axis,time_ms,time_utc,value\r\n"));
    QTemporaryDir dir;
    QCOMPARE(chartexport::writeAll(chart.get(), dir.path(), QStringLiteral("empty")).size(), 4);
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

QTEST_MAIN(tst_ChartExport)
#include "tst_chartexport.moc"
