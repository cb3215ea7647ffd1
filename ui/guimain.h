// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "globaloptions.h"

#include <QStringList>

class QApplication;

namespace stevedore {

// Installs the translators, opens the main window on the database named by --db, else
// $STEVEDORE_DB, else the most recent connection, else the default SQLite file, and runs the
// event loop. Returns the exit code. The options are parsed and checked by the caller
// (cli::parseGuiOptions()) before QApplication exists.
//
// files (from "stevedore FILE...") are offered in the import dialog once the database is open.
//
// STEVEDORE_STARTUP_TIMING=1 prints to stderr how long after process start the main window
// was first shown and its projects listed; STEVEDORE_STARTUP_TIMING=quit also quits then.
int runGui(QApplication &app, const GlobalOptions &globals, const QStringList &files = {});

} // namespace stevedore
