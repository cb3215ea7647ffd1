// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace stevedore {

// Stands in for a view that is not built yet; MainWindow::addView() with the same id replaces it.
class PlaceholderView : public QWidget
{
    Q_OBJECT

public:
    PlaceholderView(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace stevedore
