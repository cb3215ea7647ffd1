// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "charts/chartpanel.h"
#include "accessibility.h"

#include "filedialogs.h"

#include <QAction>
#include <QActionGroup>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace stevedore {

ChartPanel::ChartPanel(QChart *chart, QWidget *parent)
    : QFrame(parent)
{
    m_view = new QChartView(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    // The card is one surface in the chart's own background colour (the palette's Base, see
    // chartfactory::applyPalette), not a grey frame around a white chart.
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundRole(QPalette::Base);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    createMenu();

    // The button sits in the card's own header row, so it can neither float above the card
    // nor be covered by a scroll bar beside it.
    auto *header = new QHBoxLayout;
    header->addStretch();
    header->addWidget(m_exportButton);
    m_body = new QBoxLayout(QBoxLayout::LeftToRight);
    m_body->addWidget(m_view, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addLayout(m_body, 1);
    updateExportState();
}

void ChartPanel::createMenu()
{
    auto *menu = new QMenu(this);
    menu->setToolTipsVisible(true); // a disabled entry says why
    const QList<std::pair<QString, chartexport::Format>> formats
        = {{tr("Export as PNG…"), chartexport::Format::Png},
           {tr("Export as SVG…"), chartexport::Format::Svg},
           {tr("Export as PDF…"), chartexport::Format::Pdf},
           {tr("Export Data as CSV…"), chartexport::Format::Csv}};
    for (const auto &[label, format] : formats) {
        const chartexport::Format f = format;
        m_actions << menu->addAction(label, this, [this, f] { askExport(f); });
    }
    menu->addSeparator();
    createImageMenus(menu);
    menu->addSeparator();
    QAction *copy = menu->addAction(tr("Copy Image"), this, &ChartPanel::copyImage);
    copy->setShortcut(QKeySequence::Copy);
    // Only while the card (its chart, its button) has focus: elsewhere Ctrl+C copies text.
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copy);
    m_actions << copy;
    m_exportButton = new QToolButton;
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(menu);
}

namespace {

const QString imageSizeKey = QStringLiteral("charts/imageSize");
const QString imageDpiKey = QStringLiteral("charts/imageDpi");

} // namespace

chartexport::ImageOptions ChartPanel::imageOptions()
{
    const QSettings settings;
    chartexport::ImageOptions options;
    options.pixels = settings.value(imageSizeKey, options.pixels).toSize();
    options.dpi = settings.value(imageDpiKey, options.dpi).toInt();
    return options;
}

void ChartPanel::setImageOptions(const chartexport::ImageOptions &options)
{
    QSettings settings;
    settings.setValue(imageSizeKey, options.pixels);
    settings.setValue(imageDpiKey, options.dpi);
}

// Image Size and Text Size: how PNG exports and copies are drawn (SVG and PDF take the same
// layout), remembered for every card. The choices are checked from the settings each time
// the menu opens, so a choice made on one card shows on the others.
void ChartPanel::createImageMenus(QMenu *menu)
{
    QMenu *sizes = menu->addMenu(tr("Image Size"));
    QMenu *dpis = menu->addMenu(tr("Text Size"));
    auto *sizeGroup = new QActionGroup(sizes);
    auto *dpiGroup = new QActionGroup(dpis);
    const chartexport::ImageOptions defaults;
    for (const QSize size :
         {QSize(1280, 800), QSize(1920, 1200), QSize(2560, 1600), QSize(3840, 2400)}) {
        QString label = tr("%1 × %2 pixels").arg(size.width()).arg(size.height());
        if (size == defaults.pixels)
            label = tr("%1 (default)").arg(label);
        QAction *action = sizes->addAction(label, this, [size] {
            chartexport::ImageOptions options = imageOptions();
            options.pixels = size;
            setImageOptions(options);
        });
        action->setCheckable(true);
        action->setData(size);
        sizeGroup->addAction(action);
    }
    // The dpi sets the scale of text and lines: 96 draws them half as large as 192.
    const QList<std::pair<QString, int>> scales{{tr("Small (96 dpi)"), 96},
                                                {tr("Normal (192 dpi, default)"), 192},
                                                {tr("Large (288 dpi)"), 288}};
    for (const auto &[label, dpi] : scales) {
        const int value = dpi;
        QAction *action = dpis->addAction(label, this, [value] {
            chartexport::ImageOptions options = imageOptions();
            options.dpi = value;
            setImageOptions(options);
        });
        action->setCheckable(true);
        action->setData(dpi);
        dpiGroup->addAction(action);
    }
    connect(menu, &QMenu::aboutToShow, this, [sizeGroup, dpiGroup] {
        const chartexport::ImageOptions options = imageOptions();
        for (QAction *action : sizeGroup->actions())
            action->setChecked(action->data().toSize() == options.pixels);
        for (QAction *action : dpiGroup->actions())
            action->setChecked(action->data().toInt() == options.dpi);
    });
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setData(const TimeSeriesData &data)
{
    chartfactory::setTimeSeriesData(chart(), data);
    // Live charts are redrawn twice a second: the menu and the accessible text only change
    // with the title or with having something to show.
    const bool changed = !m_hasData || data.title != m_data.title
                         || data.emptyReason != m_data.emptyReason
                         || hasPoints(data) != hasPoints(m_data);
    m_data = data;
    m_hasData = true;
    if (changed)
        updateExportState();
}

bool ChartPanel::isEmpty() const
{
    return m_hasData && !hasPoints(m_data);
}

void ChartPanel::updateExportState()
{
    const bool empty = isEmpty();
    const QString why
        = m_data.emptyReason.isEmpty() ? tr("This chart has no data yet.") : m_data.emptyReason;
    for (QAction *action : std::as_const(m_actions)) {
        action->setEnabled(!empty);
        action->setToolTip(empty ? why : QString());
    }
    m_exportButton->setToolTip(
        empty ? tr("Nothing to export: %1").arg(why)
              : tr("Export this chart or copy it (%1)")
                    .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    setAccessibleText(m_view,
                      chart()->title(),
                      empty ? why
                            : tr("A chart; its Export button saves it as an image or its data "
                                 "as CSV"));
}

void ChartPanel::setAside(QWidget *widget)
{
    m_aside = widget;
    m_body->insertWidget(0, widget);
    m_body->setSpacing(8);
}

void ChartPanel::setAsideAbove(bool above)
{
    m_body->setDirection(above ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

bool ChartPanel::isAsideAbove() const
{
    return m_body->direction() == QBoxLayout::TopToBottom;
}

QString ChartPanel::baseName() const
{
    return m_baseName.isEmpty() ? chartexport::baseNameFor(chart()->title()) : m_baseName;
}

bool ChartPanel::exportTo(chartexport::Format format, const QString &path, QString *error)
{
    QString message;
    const bool ok = chartexport::write(chart(), format, path, imageOptions(), &message);
    if (error)
        *error = message;
    emit statusMessage(ok ? tr("Saved %1").arg(path) : message);
    return ok;
}

QStringList ChartPanel::exportAll(const QString &dir, QString *error)
{
    return chartexport::writeAll(chart(), dir, baseName(), imageOptions(), error);
}

void ChartPanel::copyImage()
{
    if (isEmpty())
        return;
    chartexport::copyToClipboard(chart());
    emit statusMessage(tr("Chart copied"));
}

void ChartPanel::askExport(chartexport::Format format)
{
    const QString suffix = chartexport::suffix(format);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog *dialog
        = filedialogs::create(this,
                              tr("Export Chart"),
                              dir + QLatin1Char('/') + baseName() + QLatin1Char('.') + suffix,
                              tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        exportTo(format, path);
    });
    dialog->open();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        chartfactory::applyPalette(chart(), palette());
    QFrame::changeEvent(event);
}

} // namespace stevedore
