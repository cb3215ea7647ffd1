// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantMap>

#include <functional>

class QTableView;

namespace stevedore {

// Sizes a table's columns to their content, as database tools do: each column as wide as its
// header and a sample of rows (at most sampleRows, from the first row shown), capped at
// maxWidth() so that one long value does not push the others out of sight; a column of numbers
// is never narrower than eight digits; the last column stretches to the view's edge.
//
// The columns are fitted when the model is reset and again as the first rows arrive (rows
// inserted, or rows that were not ready when sampled changing), never on later data changes.
// A width the user drags is kept from then on, by the column's header text, and with a
// settings key it is remembered in QSettings (written shortly after the drag) and restored
// when the same key is set again.
//
// Works on the view's model at construction; the view owns the object (its parent).
class TableColumns : public QObject
{
    Q_OBJECT

public:
    static constexpr int sampleRows = 50;
    static constexpr int defaultMaxWidth = 320;
    // For a rejected record's reason, the column the user reads first.
    static constexpr int reasonMaxWidth = 480;

    explicit TableColumns(QTableView *view, const QString &settingsKey = {});
    ~TableColumns() override;

    // Logical pixels; a column's widest fitted width (a user's drag may go wider).
    void setMaxWidth(int column, int width);
    int maxWidth(int column) const;
    // A column's narrowest fitted width (a drawn bar, for example).
    void setMinWidth(int column, int width);
    // Whether the last column fills the view (the default); off for a table ending in a
    // number, which would sit far from the rest of its row.
    void setStretchLastColumn(bool stretch);
    // Rows for which ready returns false are left out of the sample without asking the model
    // for their data (a paging model would load them); by default every row is ready.
    void setRowReady(std::function<bool(int row)> ready);
    // The QSettings key of the user's widths; empty: they are kept for this object's lifetime
    // only. Setting a key drops the widths of the previous one and fits the columns anew.
    void setSettingsKey(const QString &key);
    QString settingsKey() const { return m_settingsKey; }
    // Whether the user set this column's width.
    bool isUserSized(int column) const;

    // Fits the columns the user did not size, now.
    void fit();

private:
    void scheduleFit();
    void rowsInserted();
    void dataChanged();
    void sectionResized(int column, int oldWidth, int newWidth);
    int contentWidth(int column, const QList<int> &rows) const;
    QList<int> sampledRows();
    QString columnName(int column) const;
    int lastVisibleColumn() const;
    void saveWidths();

    QTableView *m_view = nullptr;
    std::function<bool(int)> m_ready;
    QHash<int, int> m_maxWidths;
    QHash<int, int> m_minWidths;
    QVariantMap m_userWidths; // header text -> width
    QString m_settingsKey;
    QTimer m_fitTimer;
    QTimer m_saveTimer;
    bool m_applying = false;
    bool m_resetting = false;
    // What the last fit saw: fewer rows than a full sample (inserted rows are fitted), rows
    // not ready yet (their data arriving is fitted).
    bool m_sampleShort = true;
    bool m_rowsMissing = false;
};

} // namespace stevedore
