// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "database.h"
#include "exporter.h"
#include "importer.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace stevedore;

// The CSV that `export` writes reads back to the same records.
class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();

private:
    ImportResult import(const QString &name, const QByteArray &content);
    QByteArray exported(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::EngineScratch> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestCsvExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<test::EngineScratch>();
    STEVEDORE_REQUIRE_ENGINE(*m_scratch);
    m_db = test::openDatabase(m_scratch->url());
}

void TestCsvExport::cleanup()
{
    m_db.reset();
    m_scratch.reset();
    m_dir.reset();
}

ImportResult TestCsvExport::import(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    if (!test::writeFile(path, content))
        return {};
    ImportOptions options;
    options.project = QStringLiteral("p");
    options.path = path;
    options.overrides.hasHeader = true;
    return Importer(*m_db, options).run();
}

QByteArray TestCsvExport::exported(const QString &name)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.project = QStringLiteral("p");
    options.file = name;
    exportFile(*m_db, options, &buffer);
    return buffer.data();
}

void TestCsvExport::roundTrip_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<qint64>("records");
    QTest::addColumn<QByteArray>("expected"); // the export
    // A record of one empty value written as a blank line would be lost when read back.
    QTest::newRow("one column, empty value")
        << QByteArray("v\n1\n\"\"\n2\n") << qint64(3) << QByteArray("v\n1\n\"\"\n2\n");
    QTest::newRow("one column, empty last value")
        << QByteArray("v\n1\n\"\"") << qint64(2) << QByteArray("v\n1\n\"\"\n");
    QTest::newRow("one column, only empty values")
        << QByteArray("v\n\"\"\n\"\"\n") << qint64(2) << QByteArray("v\n\"\"\n\"\"\n");
    QTest::newRow("one column, empty header name")
        << QByteArray("\"\"\nx\n") << qint64(1) << QByteArray("\"\"\nx\n");
    QTest::newRow("two columns, empty values")
        << QByteArray("a,b\n,\n\"\",\"\"\n") << qint64(2) << QByteArray("a,b\n,\n,\n");
}

void TestCsvExport::roundTrip()
{
    QFETCH(QByteArray, source);
    QFETCH(qint64, records);
    QFETCH(QByteArray, expected);
    ImportResult result = import(QStringLiteral("source.csv"), source);
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    QCOMPARE(result.records, records);
    const QByteArray first = exported(QStringLiteral("source.csv"));
    QCOMPARE(first, expected);

    result = import(QStringLiteral("again.csv"), first);
    QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.message));
    QCOMPARE(result.records, records);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(exported(QStringLiteral("again.csv")), first);
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
