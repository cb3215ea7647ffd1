// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "csvgenerator.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <array>

namespace stevedore::bench {

namespace {

constexpr std::array firstNames{"Zoë",
                                "Jürgen",
                                "Åsa",
                                "Dmitrij",
                                "Søren",
                                "Chloé",
                                "Ana",
                                "Mohammed",
                                "Łukasz",
                                "Yuki",
                                "Олена",
                                "José",
                                "Grace",
                                "Nguyễn"};
constexpr std::array lastNames{"Müller",
                               "O'Brien",
                               "García",
                               "Novák",
                               "Ødegård",
                               "Smith",
                               "Kowalczyk",
                               "山田",
                               "Иванова",
                               "Dubois",
                               "Rossi",
                               "Papadopoulos"};
constexpr std::array cities{"São Paulo",
                            "Zürich",
                            "København",
                            "東京",
                            "Kraków",
                            "Reykjavík",
                            "New York, NY",
                            "Athens",
                            "Montréal",
                            "Lagos",
                            "München",
                            "Dublin"};
constexpr std::array notes{"ok",
                           "call back after 5pm",
                           "prefers email, not phone",
                           "VIP; handle with care",
                           "moved from Köln",
                           "",
                           "duplicate?"};

// RFC 4180: quote a field holding a delimiter, quote or line break; double inner quotes.
void appendField(QByteArray &out, const QByteArray &field)
{
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n')
        && !field.contains('\r')) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

QByteArray record(qint64 n, QRandomGenerator &random)
{
    const QByteArray first(firstNames[random.bounded(int(firstNames.size()))]);
    const QByteArray last(lastNames[random.bounded(int(lastNames.size()))]);
    QByteArray note(notes[random.bounded(int(notes.size()))]);
    if (n % 25 == 0)
        note = "first line of a longer note\nsecond line, with a comma\nthird line";
    QByteArray quote = "plain";
    if (n % 10 == 0)
        quote = "she said \"hello\", then left";
    const QList<QByteArray> fields{
        QByteArray::number(n),
        first + ' ' + last,
        "user" + QByteArray::number(n) + "@example.org",
        QByteArray(cities[random.bounded(int(cities.size()))]),
        QByteArray::number(double(random.bounded(10000000)) / 100.0, 'f', 2),
        QStringLiteral("20%1-%2-%3")
            .arg(10 + random.bounded(15))
            .arg(1 + random.bounded(12), 2, 10, QLatin1Char('0'))
            .arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'))
            .toLatin1(),
        note,
        quote,
        random.bounded(2) ? "true" : "false",
        QByteArray::number(random.bounded(1000000)).rightJustified(6, '0'),
    };
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        appendField(line, fields[i]);
    }
    line += '\n';
    return line;
}

} // namespace

QStringList benchCsvHeader()
{
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("email"),
            QStringLiteral("city"),
            QStringLiteral("amount"),
            QStringLiteral("date"),
            QStringLiteral("notes"),
            QStringLiteral("quote"),
            QStringLiteral("active"),
            QStringLiteral("code")};
}

qint64 writeBenchCsv(const QString &path, qint64 records, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    QRandomGenerator random(seed);
    QByteArray buffer = benchCsvHeader().join(QLatin1Char(',')).toUtf8() + '\n';
    qint64 written = 0;
    for (qint64 n = 1; n <= records; ++n) {
        buffer += record(n, random);
        if (buffer.size() >= (1 << 20) || n == records) {
            if (file.write(buffer) != buffer.size())
                return -1;
            written += buffer.size();
            buffer.clear();
        }
    }
    if (!buffer.isEmpty() && file.write(buffer) != buffer.size())
        return -1;
    return written + buffer.size();
}

} // namespace stevedore::bench
