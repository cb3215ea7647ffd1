// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
// Placeholder until the OpenDocument reader lands: every .ods is refused with a clear reason.
#include "source/odssource.h"

#include <QCoreApplication>

namespace stevedore {

static QString notYet()
{
    return QCoreApplication::translate("stevedore::OdsSource",
                                       "OpenDocument spreadsheets (.ods) cannot be read yet");
}

QList<SheetInfo> odsSheets(QIODevice *, QString *error)
{
    *error = notYet();
    return {};
}

std::unique_ptr<RecordSource> openOdsSheet(QIODevice *, const QString &, int, QString *error)
{
    *error = notYet();
    return nullptr;
}

} // namespace stevedore
