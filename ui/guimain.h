// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QApplication;

namespace stevedore {

// Opens the main window on the database named by the global options (or the default) and
// runs the event loop. Returns the exit code.
int runGui(QApplication &app, const QStringList &arguments);

} // namespace stevedore
