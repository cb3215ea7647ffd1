// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "workbookgenerator.h"

#include "childprocess.h"

namespace stevedore::bench {

namespace {

// argv: path, records. The seed and value lists follow csvgenerator's, so that both files read
// alike; random.Random is the same sequence for a seed on every Python 3.
constexpr char script[] = R"py(
import datetime, random, sys
from openpyxl import Workbook
path, records = sys.argv[1], int(sys.argv[2])
rng = random.Random(20260131)
first = ["Zoë", "Jürgen", "Åsa", "Dmitrij", "Søren", "Chloé", "Ana", "Mohammed", "Łukasz",
         "Yuki", "Олена", "José", "Grace", "Nguyễn"]
last = ["Müller", "O'Brien", "García", "Novák", "Ødegård", "Smith", "Kowalczyk", "山田",
        "Иванова", "Dubois", "Rossi", "Papadopoulos"]
cities = ["São Paulo", "Zürich", "København", "東京", "Kraków", "Reykjavík", "New York, NY",
          "Athens", "Montréal", "Lagos", "München", "Dublin"]
start = datetime.date(2010, 1, 1)
book = Workbook(write_only=True)
sheet = book.create_sheet("Sheet1")
sheet.append(["id", "name", "city", "amount", "signed_up", "active"])
for n in range(1, records + 1):
    sheet.append([n, rng.choice(first) + " " + rng.choice(last), rng.choice(cities),
                  rng.randrange(10000000) / 100,
                  start + datetime.timedelta(days=rng.randrange(5400)), rng.random() < 0.5])
book.save(path)
)py";

QString childFailure(const ChildResult &child)
{
    if (!child.started)
        return child.error;
    const QString err = QString::fromUtf8(child.err).trimmed();
    return err.section(QLatin1Char('\n'), -1); // a traceback's last line says what went wrong
}

} // namespace

QString workbookWriterMissing(const QString &scratchDir)
{
    const QString python = QString::fromLatin1(workbookPython);
    const ChildResult child = runChild(
        python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")}, {}, scratchDir);
    if (child.ok())
        return {};
    return child.started
               ? QStringLiteral("%1 has no openpyxl (Debian: python3-openpyxl)").arg(python)
               : child.error;
}

QString writeBenchWorkbook(const QString &path, qint64 records, const QString &scratchDir)
{
    const ChildResult child = runChild(
        QString::fromLatin1(workbookPython),
        {QStringLiteral("-c"), QString::fromUtf8(script), path, QString::number(records)},
        {},
        scratchDir);
    if (child.ok())
        return {};
    return QStringLiteral("cannot write the workbook %1: %2").arg(path, childFailure(child));
}

} // namespace stevedore::bench
