// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartexport.h"

#include <QWidget>

class QChart;
class QChartView;
class QToolButton;

namespace stevedore {

// One chart of the dashboard: a QChartView with an Export menu (PNG, SVG, PDF, data as CSV)
// and Copy Image. Rendering for export uses chartexport at a fixed size, so files do not
// depend on the window's size. Follows palette changes (light/dark).
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of chart.
    explicit ChartPanel(QChart *chart, QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    // The file name stem used by exports ("throughput"); default from the chart's title.
    QString baseName() const;
    void setBaseName(const QString &name) { m_baseName = name; }

    // Writes the chart in one format to path; false and a message on failure.
    bool exportTo(chartexport::Format format, const QString &path, QString *error = nullptr);
    // Writes all four formats into dir as baseName().*; returns the paths written.
    QStringList exportAll(const QString &dir, QString *error = nullptr);
    void copyImage();

signals:
    void exported(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void askExport(chartexport::Format format);

    QChartView *m_view = nullptr;
    QToolButton *m_exportButton = nullptr;
    QString m_baseName;
};

} // namespace stevedore
