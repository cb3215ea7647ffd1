// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "csv/csvreader.h"
#include "csv/dialectdetection.h"

#include <QBuffer>
#include <QStringDecoder>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace stevedore;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

struct Result
{
    QStringList header;
    QList<QByteArray> records; // everything about each record, flattened
};

// Reads the whole input and checks the invariants every record must satisfy.
Result readAll(const QByteArray &input, const Dialect &dialect, qsizetype chunk, qsizetype cap)
{
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    if (chunk > 0)
        reader.setChunkSize(chunk);
    if (cap > 0)
        reader.setMaxRecordSize(cap);
    Result result;
    result.header = reader.header();
    CsvRecord record;
    qint64 previousLast = 0;
    while (reader.next(record)) {
        check(record.number == result.records.size() + 1, "numbering");
        check(record.fieldCount() >= 1, "at least one field");
        qsizetype previousEnd = 0;
        for (const qsizetype end : record.ends) {
            check(end >= previousEnd, "field ends ascend");
            previousEnd = end;
        }
        check(record.ends.constLast() == record.data.size(), "last end is the data size");
        check(record.line > previousLast && record.lastLine >= record.line, "line numbers");
        previousLast = record.lastLine;
        check(isUtf8(record.raw), "raw is UTF-8 (invalid bytes escaped)");
        check(!record.raw.contains('\0'), "raw has no NUL");
        if (record.error.isEmpty())
            check(isUtf8(record.data) && !record.data.contains('\0'), "clean record is clean");
        check(reader.bytesRead() <= input.size(), "progress within the input");
        QByteArray flat = QByteArray::number(record.line) + ' '
                          + QByteArray::number(record.lastLine) + ' ' + record.error.toUtf8() + '\n'
                          + record.raw + '\n';
        for (int i = 0; i < record.fieldCount(); ++i)
            flat += record.field(i).toByteArray() + '\x1F';
        result.records.append(flat);
    }
    check(reader.errorString().isEmpty(), "no I/O error from a buffer");
    return result;
}

} // namespace

// The first two bytes choose the dialect, chunk size and record size limit; the rest is the file.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t options = data[0];
    const uint8_t tuning = data[1];
    const QByteArray input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    Dialect dialect;
    dialect.delimiter = ",;\t|"[options & 3];
    dialect.encoding = TextEncoding(((options >> 2) & 7) % 5);
    dialect.hasHeader = (options & 0x20) != 0;
    dialect.quote = (options & 0x40) ? '\'' : '"';
    const qsizetype chunk = 1 + (tuning & 0x3F);
    const qsizetype cap = (tuning & 0x80) ? 1 + (tuning & 0x7F) : 0;

    const Result small = readAll(input, dialect, chunk, cap);
    if (cap == 0) {
        // Without a size limit the result may not depend on where the chunks split the input.
        const Result whole = readAll(input, dialect, 0, 0);
        check(small.header == whole.header, "header independent of chunk size");
        check(small.records == whole.records, "records independent of chunk size");
    }

    const Dialect detected = detectDialect(input);
    check(detected.confidence >= 0 && detected.confidence <= 1, "confidence in 0..1");
    const std::optional<Dialect> back = Dialect::fromJson(detected.toJson());
    check(back && *back == detected, "JSON round trip");
    return 0;
}
