// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace stevedore {

// How applying fixes went, said the same way by the Imports view's rejects grid and the
// Records view's Mapped mode: one line for the status bar and, when some fixes were not
// applied, a warning box listing the first of them.
class FixReport
{
    Q_DECLARE_TR_FUNCTIONS(stevedore::FixReport)

public:
    // applied: what was done ("Corrected 3 values"); the counts follow it.
    static QString summary(const QString &applied, qint64 alreadyApplied, qint64 notApplied);
    // Opens (window-modal, deletes itself) a warning with summary, advice and the first 20
    // problems as its details; problems is the whole list.
    static void showProblems(QWidget *parent,
                             const QString &summary,
                             const QString &advice,
                             const QStringList &problems);
};

} // namespace stevedore
