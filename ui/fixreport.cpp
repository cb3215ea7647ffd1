// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "fixreport.h"

#include <QMessageBox>

#include <algorithm>

namespace stevedore {

namespace {

constexpr qsizetype maxListed = 20;

} // namespace

QString FixReport::summary(const QString &applied, qint64 alreadyApplied, qint64 notApplied)
{
    QString message = applied;
    if (alreadyApplied > 0)
        message += tr("; %n had been applied before", nullptr, int(alreadyApplied));
    if (notApplied > 0)
        message += tr("; %n could not be applied", nullptr, int(notApplied));
    return message;
}

void FixReport::showProblems(QWidget *parent,
                             const QString &summary,
                             const QString &advice,
                             const QStringList &problems)
{
    QStringList lines = problems.first(std::min(problems.size(), maxListed));
    if (problems.size() > maxListed)
        lines << tr("… and %n more", nullptr, int(problems.size() - maxListed));
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Some Fixes Were Not Applied"),
                                summary + QLatin1Char('.'),
                                QMessageBox::Ok,
                                parent);
    box->setInformativeText(advice);
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace stevedore
