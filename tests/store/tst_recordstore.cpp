// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "store/catalog.h"
#include "store/recordcodec.h"
#include "store/recordstore.h"
#include "store/recordwriter.h"
#include "testsupport.h"

#include <QSet>
#include <QtTest>

#include <map>

using namespace stevedore;
using recordstore::Seek;

// Records in blocks (recordstore.h), on SQLite (tst_recordstore) or on the PostgreSQL cluster
// (tst_recordstore_pg, built with STEVEDORE_TEST_PG): every read agrees with a plain map of
// the records written, whatever the block boundaries.
class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void blocksAreCutAsDocumented();
    void readsAgreeWithReference();
    void findAcrossBlocks();
    void findIgnoresCaseInEveryScript_data();
    void findIgnoresCaseInEveryScript();
    void resumeSkipsCommittedRecords();
    void malformedBlocksAreRefused();
    void corruptStoredBlockIsAnError();

private:
    using Reference = std::map<qint64, std::pair<qint64, QByteArray>>; // number -> line, json
    DbUrl url() const;
    qint64 newFile(const QString &name);
    // Writes records 1..count but `skipped` (as rejected records leave them) in slices of
    // `slice` rows, as the importer's batches do, and returns what was written.
    Reference writeSample(qint64 fileId, qint64 count, const QSet<qint64> &skipped, int slice);
    template<typename F>
    auto onDb(F &&f)
    {
        return m_db->write([f](QSqlDatabase &c) { return f(Sql(c)); }).result();
    }

    std::unique_ptr<test::EngineScratch> m_scratch;
    std::unique_ptr<Database> m_db;
    qint64 m_projectId = 0;
};

DbUrl TestRecordStore::url() const
{
    return m_scratch->url();
}

void TestRecordStore::init()
{
    // On PostgreSQL a database whose LC_CTYPE is "C", where lower() and ILIKE fold ASCII only, as
    // on many servers: no read may depend on the server's locale.
    m_scratch = std::make_unique<test::EngineScratch>(test::PgLocale::C);
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
    m_db = test::openDatabase(url());
    m_projectId = onDb([](const Sql &sql) { return catalog::ensureProject(sql, "p"); });
}

void TestRecordStore::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

qint64 TestRecordStore::newFile(const QString &name)
{
    const qint64 project = m_projectId;
    return onDb([project, name](const Sql &sql) {
        return sql
            .scalar(QStringLiteral("INSERT INTO files (project_id, name, header, status, "
                                   "created_at) VALUES (?, ?, '[\"a\",\"b\"]', 'imported', 0) "
                                   "RETURNING id"),
                    {project, name})
            .toLongLong();
    });
}

TestRecordStore::Reference
TestRecordStore::writeSample(qint64 fileId, qint64 count, const QSet<qint64> &skipped, int slice)
{
    RecordBatch batch;
    Reference reference;
    qint64 line = 2;
    for (qint64 n = 1; n <= count; ++n) {
        // Sizes from a few bytes to beyond a block (every 97th), with text that JSON escapes.
        QByteArray first = "r" + QByteArray::number(n);
        QByteArray second
            = n % 7 == 0 ? QByteArray("multi\nline, \"quoted\"\ttab é 東京") : QByteArray("x");
        if (n % 97 == 0)
            second = QByteArray(3000 + int(n), 'w');
        if (n % 13 == 0)
            second += QByteArray(int(n % 200), 'v');
        const qint64 lineNo = line;
        line += second.count('\n') + 1;
        if (skipped.contains(n))
            continue;
        batch.appendRecord(n, lineNo, {first, second});
        reference[n] = {lineNo, batch.rowJson(batch.rows.back()).toByteArray()};
    }
    onDb([&](const Sql &sql) {
        for (size_t from = 0; from < batch.rows.size(); from += size_t(slice)) {
            SqlTransaction transaction(sql);
            writeRecords(sql, fileId, batch, from, std::min(batch.rows.size(), from + slice), 0);
            transaction.commit();
        }
        return 0;
    });
    return reference;
}

void TestRecordStore::blocksAreCutAsDocumented()
{
    const qint64 fileId = newFile("cut.csv");
    const QSet<qint64> skipped{5, 6, 300, 301, 302, 999};
    const Reference reference = writeSample(fileId, 1000, skipped, 250);
    const auto blocks = onDb([fileId](const Sql &sql) {
        // Bytes, not characters: the stored text holds é and 東京.
        const QString bytes = sql.engine() == Engine::Postgres
                                  ? QStringLiteral("octet_length(data) + octet_length(line_nos)")
                                  : QStringLiteral("length(CAST(data AS BLOB)) + "
                                                   "length(CAST(line_nos AS BLOB))");
        return sql
            .exec(QStringLiteral("SELECT first_record_no, record_count, %1 FROM record_blocks "
                                 "WHERE file_id = ? ORDER BY first_record_no")
                      .arg(bytes),
                  {fileId})
            .rows;
    });
    // Far fewer rows than records: that is the point of blocks.
    QVERIFY2(blocks.size() < qsizetype(reference.size()) / 4,
             qPrintable(QString::number(blocks.size())));
    qint64 covered = 0;
    QSet<qint64> firsts;
    for (const QVariantList &block : blocks) {
        const qint64 first = block[0].toLongLong();
        const qint64 count = block[1].toLongLong();
        QVERIFY(count >= 1 && count <= recordstore::maxBlockRecords);
        // Consecutive numbers only: no block spans a rejected record ...
        for (qint64 n = first; n < first + count; ++n)
            QVERIFY2(reference.count(n) == 1, qPrintable(QString::number(n)));
        // ... and stays within the byte budget unless it is a single large record.
        QVERIFY(count == 1 || block[2].toLongLong() <= recordstore::blockTargetBytes);
        covered += count;
        firsts.insert(first);
    }
    QCOMPARE(covered, qint64(reference.size()));
    // Nor does one span two slices (each written in its own transaction, as batches are).
    std::vector<qint64> numbers;
    for (const auto &[n, unused] : reference)
        numbers.push_back(n);
    for (const size_t sliceStart : {250, 500, 750})
        QVERIFY2(firsts.contains(numbers[sliceStart]),
                 qPrintable(QString::number(numbers[sliceStart])));
}

void TestRecordStore::readsAgreeWithReference()
{
    const qint64 fileId = newFile("read.csv");
    const QSet<qint64> skipped{1, 2, 64, 65, 128, 400, 401, 402, 403, 777, 1200};
    const Reference reference = writeSample(fileId, 1200, skipped, 333);
    std::vector<qint64> numbers;
    for (const auto &[n, unused] : reference)
        numbers.push_back(n);

    const auto expect = [&](Seek seek, qint64 key, int limit) {
        std::vector<qint64> out;
        if (seek == Seek::From || seek == Seek::After) {
            for (const qint64 n : numbers)
                if ((seek == Seek::From ? n >= key : n > key) && int(out.size()) < limit)
                    out.push_back(n);
            return out;
        }
        for (auto it = numbers.rbegin(); it != numbers.rend() && int(out.size()) < limit; ++it)
            if (seek == Seek::Last || *it < key)
                out.insert(out.begin(), *it);
        return out;
    };
    for (const Seek seek : {Seek::From, Seek::After, Seek::Before, Seek::Last}) {
        for (const qint64 key : {qint64(-5),
                                 qint64(0),
                                 qint64(1),
                                 qint64(3),
                                 qint64(63),
                                 qint64(64),
                                 qint64(66),
                                 qint64(399),
                                 qint64(402),
                                 qint64(650),
                                 qint64(1199),
                                 qint64(1200),
                                 qint64(5000)}) {
            for (const int limit : {1, 7, 100, 2000}) {
                const QList<recordstore::Record> got = onDb([=](const Sql &sql) {
                    return recordstore::readRecords(sql, fileId, seek, key, limit);
                });
                const std::vector<qint64> want = expect(seek, key, limit);
                QCOMPARE(got.size(), qsizetype(want.size()));
                for (qsizetype i = 0; i < got.size(); ++i) {
                    QCOMPARE(got[i].recordNo, want[size_t(i)]);
                    QCOMPARE(got[i].lineNo, reference.at(want[size_t(i)]).first);
                    QCOMPARE(got[i].json, reference.at(want[size_t(i)]).second);
                }
            }
        }
    }

    // Ranges, as the exporter reads pages.
    for (const auto &[from, to] :
         {std::pair<qint64, qint64>{0, 1}, {1, 70}, {60, 130}, {400, 404}, {1000, 2000}, {5, 5}}) {
        QList<QByteArray> got;
        onDb([&](const Sql &sql) {
            recordstore::readRecordData(sql, fileId, from, to, got);
            return 0;
        });
        QList<QByteArray> want;
        for (auto it = reference.lower_bound(from); it != reference.end() && it->first < to; ++it)
            want << it->second.second;
        QCOMPARE(got, want);
    }

    // Everything after a point, in small pages.
    for (const qint64 after : {std::numeric_limits<qint64>::min(), qint64(0), qint64(500)}) {
        QList<qint64> got;
        onDb([&](const Sql &sql) {
            recordstore::forEachRecord(
                sql,
                fileId,
                after,
                [&](qint64 n, qint64 line, QByteArrayView json) {
                    QCOMPARE(line, reference.at(n).first);
                    QCOMPARE(json, reference.at(n).second);
                    got << n;
                },
                10);
            return 0;
        });
        QList<qint64> want;
        for (const qint64 n : numbers)
            if (n > after)
                want << n;
        QCOMPARE(got, want);
    }

    const auto [bounds, runs] = onDb([fileId](const Sql &sql) {
        return std::pair(recordstore::recordBounds(sql, fileId),
                         recordstore::unusedNumberRuns(sql, fileId));
    });
    QVERIFY(bounds);
    QCOMPARE(bounds->first, 3);
    QCOMPARE(bounds->second, 1199);
    const QList<std::pair<qint64, qint64>> wantRuns{{64, 2}, {128, 1}, {400, 4}, {777, 1}};
    QCOMPARE(runs, wantRuns);
    const auto none
        = onDb([](const Sql &sql) { return recordstore::recordBounds(sql, 999999).has_value(); });
    QVERIFY(!none);
}

void TestRecordStore::findAcrossBlocks()
{
    const qint64 fileId = newFile("find.csv");
    const Reference reference = writeSample(fileId, 600, {}, 600);
    // Records 7, 14, ... hold "multi\nline, \"quoted\"" (stored escaped); match case-blind.
    const auto found = onDb([fileId](const Sql &sql) {
        return recordstore::findRecords(sql, fileId, 0, QStringLiteral("LINE, \"QUOTED"), 1000);
    });
    QCOMPARE(found.size(), 600 / 7);
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found[i].recordNo, 7 * (i + 1));
        QCOMPARE(found[i].json, reference.at(found[i].recordNo).second);
    }
    // After a key and with a limit: the next three.
    const auto next = onDb([fileId](const Sql &sql) {
        return recordstore::findRecords(sql, fileId, 100, QStringLiteral("東京"), 3);
    });
    QCOMPARE(next.size(), 3);
    QCOMPARE(next[0].recordNo, 105);
    QCOMPARE(next[2].recordNo, 119);
    // LIKE's wildcards are literal text.
    const auto literal = onDb([fileId](const Sql &sql) {
        return recordstore::findRecords(sql, fileId, 0, QStringLiteral("r1%"), 10).size();
    });
    QCOMPARE(literal, 0);
}

void TestRecordStore::findIgnoresCaseInEveryScript_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<qint64>>("found");
    // Records 1..6 below; the search finds the numbers listed, in order.
    QTest::newRow("accented Latin, lower finds upper") << "émile" << QList<qint64>{1, 2};
    QTest::newRow("accented Latin, upper finds lower") << "ÉMILE" << QList<qint64>{1, 2};
    QTest::newRow("Cyrillic") << "москва" << QList<qint64>{3};
    QTest::newRow("Greek with accents") << "ΣΟΦΊΑ" << QList<qint64>{4};
    QTest::newRow("German ß and SS") << "STRASSE" << QList<qint64>{5, 6};
    QTest::newRow("German SS finds ß") << "straße" << QList<qint64>{5, 6};
    QTest::newRow("percent is literal") << "50%" << QList<qint64>{6};
    QTest::newRow("underscore is literal") << "a_b" << QList<qint64>{5};
    QTest::newRow("no wildcard match") << "5_%" << QList<qint64>{};
}

void TestRecordStore::findIgnoresCaseInEveryScript()
{
    QFETCH(QString, search);
    QFETCH(QList<qint64>, found);
    const qint64 fileId = newFile("scripts.csv");
    const QList<QList<QByteArray>> records{
        {"ÉMILE Zola", "Paris"},
        {"x", "émile"},
        {"Ольга", "МОСКВА"},
        {"σοφία", "Αθήνα"},
        {"Hauptstraße 5", "a_b"},
        {"HAUPTSTRASSE 7", "50% off"},
    };
    RecordBatch batch;
    for (qsizetype i = 0; i < records.size(); ++i)
        batch.appendRecord(i + 1, i + 2, {records[i][0], records[i][1]});
    // A block of its own for each record, as slices of one: the server's test decides alone.
    onDb([&](const Sql &sql) {
        for (size_t i = 0; i < batch.rows.size(); ++i) {
            SqlTransaction transaction(sql);
            writeRecords(sql, fileId, batch, i, i + 1, 0);
            transaction.commit();
        }
        return 0;
    });
    const auto result = onDb([fileId, search](const Sql &sql) {
        return recordstore::findRecords(sql, fileId, 0, search, 100);
    });
    QList<qint64> numbers;
    for (const recordstore::Record &record : result)
        numbers << record.recordNo;
    QCOMPARE(numbers, found);
}

void TestRecordStore::resumeSkipsCommittedRecords()
{
    // A resumed import re-sends a batch whose first part was committed before a crash.
    const qint64 fileId = newFile("resume.csv");
    RecordBatch batch;
    for (qint64 n = 1; n <= 300; ++n)
        batch.appendRecord(n, n + 1, {QByteArray::number(n)});
    onDb([&](const Sql &sql) {
        writeRecords(sql, fileId, batch, 0, 120, 0);
        writeRecords(sql, fileId, batch, 0, batch.rows.size(), 120);
        return 0;
    });
    const auto got = onDb([fileId](const Sql &sql) {
        return recordstore::readRecords(sql, fileId, Seek::From, 0, 1000);
    });
    QCOMPARE(got.size(), 300);
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].recordNo, i + 1);
        QCOMPARE(got[i].json, "[\"" + QByteArray::number(i + 1) + "\"]");
    }
}

void TestRecordStore::malformedBlocksAreRefused()
{
    QList<std::pair<qint64, QByteArray>> seen;
    const auto collect = [&](qint64 n, qint64 line, QByteArrayView json) {
        seen.append({n * 1000 + line, json.toByteArray()});
    };
    QVERIFY(recordstore::decodeBlock(10, 2, "3,5", "[[\"a\"],\n[\"b\"]]", collect));
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen[0], std::pair(qint64(10003), QByteArray("[\"a\"]")));
    QCOMPARE(seen[1], std::pair(qint64(11005), QByteArray("[\"b\"]")));
    const auto ignore = [](qint64, qint64, QByteArrayView) {
    };
    QVERIFY(!recordstore::decodeBlock(1, 3, "1,2", "[[\"a\"],\n[\"b\"]]", ignore)); // count
    QVERIFY(!recordstore::decodeBlock(1, 1, "1,2", "[[\"a\"]]", ignore));           // lines
    QVERIFY(!recordstore::decodeBlock(1, 2, "1", "[[\"a\"],\n[\"b\"]]", ignore));   // lines
    QVERIFY(!recordstore::decodeBlock(1, 1, "1", "[\"a\"]x", ignore));              // brackets
    QVERIFY(!recordstore::decodeBlock(1, 2, "1,2", "[[\"a\"]\n[\"b\"]]", ignore));  // comma
    QVERIFY(!recordstore::decodeBlock(1, 1, "x", "[[\"a\"]]", ignore));             // number
    QVERIFY(!recordstore::decodeBlock(1, 0, "", "[]", ignore));
}

void TestRecordStore::corruptStoredBlockIsAnError()
{
    const qint64 fileId = newFile("corrupt.csv");
    writeSample(fileId, 50, {}, 50);
    onDb([fileId](const Sql &sql) {
        sql.exec(QStringLiteral("UPDATE record_blocks SET line_nos = '1' WHERE file_id = ? AND "
                                "record_count > 1"),
                 {fileId});
        return 0;
    });
    try {
        onDb([fileId](const Sql &sql) {
            return recordstore::readRecords(sql, fileId, Seek::From, 0, 100);
        });
        QFAIL("a malformed block was read without an error");
    } catch (const DbError &error) {
        QVERIFY2(error.message().contains(QLatin1String("malformed")), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
