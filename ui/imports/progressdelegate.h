// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace stevedore {

// Draws a progress bar in a cell from an int 0..100 under percentRole (-1: text only), with
// the style's own progress bar so that it follows the palette (light or dark).
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(int percentRole, QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_percentRole;
};

} // namespace stevedore
