// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartexport.h"
#include "charts/chartfactory.h"

#include <QFrame>
#include <QList>

class QAction;
class QChart;
class QChartView;
class QMenu;
class QBoxLayout;
class QToolButton;

namespace stevedore {

// One chart of the dashboard as a card: a framed QChartView whose header row holds the Export
// menu (PNG, SVG, PDF, data as CSV, Copy Image — Ctrl+C while the card has focus) in the
// frame's top-right corner. A chart drawn through setData() with no point to show keeps its
// menu but disables the entries, the button's tool tip saying why. Rendering for export uses
// chartexport at a fixed size, so files do not depend on the window's size. Follows palette
// changes (light/dark).
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    // Takes ownership of chart.
    explicit ChartPanel(QChart *chart, QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    QToolButton *exportButton() const { return m_exportButton; }
    // The menu's entries: the four formats, then Copy Image.
    QList<QAction *> exportActions() const { return m_actions; }
    QAction *copyAction() const { return m_actions.last(); }

    // Draws data (chartfactory::setTimeSeriesData) and remembers it: what the card shows, and
    // whether it has anything to export.
    void setData(const TimeSeriesData &data);
    const TimeSeriesData &data() const { return m_data; }
    // True when the last setData() had no point: nothing to export or copy.
    bool isEmpty() const;

    // A widget shown inside the card beside the chart (the History's job list): left of it,
    // or above it when the card is too narrow to share its width. Owned.
    void setAside(QWidget *widget);
    QWidget *aside() const { return m_aside; }
    void setAsideAbove(bool above);
    bool isAsideAbove() const;

    // The file name stem used by exports ("throughput"); default from the chart's title.
    QString baseName() const;
    void setBaseName(const QString &name) { m_baseName = name; }

    // Writes the chart in one format to path; false and a message on failure.
    bool exportTo(chartexport::Format format, const QString &path, QString *error = nullptr);
    // Writes all four formats into dir as baseName().*; returns the paths written.
    QStringList exportAll(const QString &dir, QString *error = nullptr);
    void copyImage();

    // The size and dpi PNG exports are drawn at (the Export menu's Image Size and Text Size),
    // kept in QSettings for every card; default 1920×1200 at 192 dpi.
    static chartexport::ImageOptions imageOptions();
    static void setImageOptions(const chartexport::ImageOptions &options);

signals:
    // "Saved …", an export's error, "Chart copied": for the status bar.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenu();
    void createImageMenus(QMenu *menu);
    void askExport(chartexport::Format format);
    void updateExportState();

    QChartView *m_view = nullptr;
    QToolButton *m_exportButton = nullptr;
    QBoxLayout *m_body = nullptr;
    QWidget *m_aside = nullptr;
    QList<QAction *> m_actions;
    TimeSeriesData m_data;
    bool m_hasData = false; // setData() was called
    QString m_baseName;
};

} // namespace stevedore
