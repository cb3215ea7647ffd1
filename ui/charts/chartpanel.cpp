// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartpanel.h"
#include "accessibility.h"

#include "charts/chartfactory.h"
#include "filedialogs.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace stevedore {

ChartPanel::ChartPanel(QChart *chart, QWidget *parent)
    : QWidget(parent)
{
    m_view = new QChartView(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    setAccessibleText(m_view,
                      chart->title(),
                      tr("A chart; its Export button saves it as an image or its data as CSV"));

    auto *menu = new QMenu(this);
    const QList<std::pair<QString, chartexport::Format>> formats
        = {{tr("Export as PNG…"), chartexport::Format::Png},
           {tr("Export as SVG…"), chartexport::Format::Svg},
           {tr("Export as PDF…"), chartexport::Format::Pdf},
           {tr("Export Data as CSV…"), chartexport::Format::Csv}};
    for (const auto &[label, format] : formats) {
        const chartexport::Format f = format;
        menu->addAction(label, this, [this, f] { askExport(f); });
    }
    menu->addSeparator();
    menu->addAction(tr("Copy Image"), this, &ChartPanel::copyImage);
    m_exportButton = new QToolButton;
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Export this chart or copy it"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(menu);

    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

QString ChartPanel::baseName() const
{
    return m_baseName.isEmpty() ? chartexport::baseNameFor(chart()->title()) : m_baseName;
}

bool ChartPanel::exportTo(chartexport::Format format, const QString &path, QString *error)
{
    QString message;
    const bool ok = chartexport::write(chart(), format, path, chartexport::defaultSize, &message);
    if (error)
        *error = message;
    emit exported(ok, ok ? tr("Saved %1").arg(path) : message);
    return ok;
}

QStringList ChartPanel::exportAll(const QString &dir, QString *error)
{
    return chartexport::writeAll(chart(), dir, baseName(), chartexport::defaultSize, error);
}

void ChartPanel::copyImage()
{
    chartexport::copyToClipboard(chart());
}

void ChartPanel::askExport(chartexport::Format format)
{
    const QString suffix = chartexport::suffix(format);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = filedialogs::getSaveFileName(
        this,
        tr("Export Chart"),
        dir + QLatin1Char('/') + baseName() + QLatin1Char('.') + suffix,
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        exportTo(format, path);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        chartfactory::applyPalette(chart(), palette());
    QWidget::changeEvent(event);
}

} // namespace stevedore
