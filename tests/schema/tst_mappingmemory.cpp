// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "db/osuser.h"
#include "schema/mappingmemory.h"
#include "schemafixture.h"

#include <QtTest>

using namespace stevedore;

namespace {

MappingEdit
edit(const QString &fileColumn, const QString &schemaColumn, const QString &transform = {})
{
    return MappingEdit{fileColumn, 0, schemaColumn, transform, std::nullopt};
}

// "file column=schema column:transform" for every mapped column, in header order.
QStringList mapped(const FileMapping &mapping)
{
    QStringList out;
    for (const ColumnMapping &column : mapping.columns) {
        if (column.isMapped())
            out << column.fileColumn + QLatin1Char('=') + column.schemaColumn
                       + (column.transform.isEmpty() ? QString()
                                                     : QLatin1Char(':') + column.transform);
    }
    return out;
}

FileMapping sourceMapping(const QStringList &header, const QStringList &mappedTo)
{
    FileMapping mapping;
    mapping.fileId = 1;
    mapping.fileName = QStringLiteral("orders-2026-11.csv");
    for (int i = 0; i < header.size(); ++i) {
        ColumnMapping column{header[i], i, 0, QString(), QString(), std::nullopt};
        if (!mappedTo.value(i).isEmpty()) {
            column.schemaColumnId = 100 + i;
            column.schemaColumn = mappedTo[i];
        }
        mapping.columns << column;
    }
    return mapping;
}

} // namespace

Q_DECLARE_METATYPE(stevedore::MappingProposal::Match)

// Mapping memory: a new file whose header matches an earlier file's gets that file's saved
// mapping, corrections included, with a reason and a confidence. tst_mappingmemory runs on
// SQLite, tst_mappingmemory_pg on PostgreSQL.
class TestMappingMemory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void compareHeaders_data();
    void compareHeaders();
    void secondFileGetsTheCorrectedMapping();
    void unconfidentProposalIsNotApplied();
    void namedFileIsAppliedWhateverItsConfidence();
    void autoKeepsAMappingAndNoneDoesNothing();
    void theMostRecentlySavedMappingWins();

private:
    QString col(const char *base) const { return m_fixture.name(QString::fromUtf8(base)); }
    FileMapping load(qint64 fileId);
    FileMapping save(qint64 fileId, const QList<MappingEdit> &edits);
    mappingmemory::Outcome afterImport(qint64 fileId, const QString &mappingFrom);
    // Orders with four columns, mapped by an operator (a transform and a correction
    // included); the schema has order_id, customer, amount (decimal), day (date).
    qint64 createMappedOrders();

    test::SchemaFixture m_fixture;
};

void TestMappingMemory::initTestCase()
{
    QVERIFY2(m_fixture.setUpCase(), test::SchemaFixture::missingPg);
}

void TestMappingMemory::cleanupTestCase()
{
    m_fixture.tearDownCase();
}

void TestMappingMemory::init()
{
    m_fixture.setUp();
    m_fixture.applyMine({m_fixture.column(QStringLiteral("order_id")),
                         m_fixture.column(QStringLiteral("customer")),
                         m_fixture.column(QStringLiteral("amount"), ColumnType::Decimal),
                         m_fixture.column(QStringLiteral("day"), ColumnType::Date),
                         m_fixture.column(QStringLiteral("note"))});
}

void TestMappingMemory::cleanup()
{
    m_fixture.tearDown();
}

FileMapping TestMappingMemory::load(qint64 fileId)
{
    return m_fixture.read(
        [fileId](QSqlDatabase &db) { return MappingService(Sql(db)).load(fileId); });
}

FileMapping TestMappingMemory::save(qint64 fileId, const QList<MappingEdit> &edits)
{
    return m_fixture.write(
        [=](QSqlDatabase &db) { return MappingService(Sql(db)).save(fileId, edits); });
}

mappingmemory::Outcome TestMappingMemory::afterImport(qint64 fileId, const QString &mappingFrom)
{
    return m_fixture.write(
        [=](QSqlDatabase &db) { return mappingmemory::afterImport(Sql(db), fileId, mappingFrom); });
}

qint64 TestMappingMemory::createMappedOrders()
{
    const qint64 orders = m_fixture.createFile(QStringLiteral("orders-2026-11.csv"),
                                               {QStringLiteral("Order ID"),
                                                QStringLiteral("Kunde"),
                                                QStringLiteral("Betrag"),
                                                QStringLiteral("Datum")},
                                               {{QStringLiteral("1"),
                                                 QStringLiteral("Ann"),
                                                 QStringLiteral("1.234,50"),
                                                 QStringLiteral("31.01.2024")}});
    // First mapped one way, then corrected by the operator: Kunde was the note at first.
    save(orders,
         {edit(QStringLiteral("Order ID"), col("order_id")),
          edit(QStringLiteral("Kunde"), col("note"))});
    save(orders,
         {edit(QStringLiteral("Kunde"), col("customer"), QStringLiteral("collapse")),
          edit(QStringLiteral("Betrag"), col("amount"), QStringLiteral("number:de_DE")),
          edit(QStringLiteral("Datum"), col("day"), QStringLiteral("date:dd.MM.yyyy"))});
    return orders;
}

void TestMappingMemory::compareHeaders_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<MappingProposal::Match>("match");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<int>("edits");
    const QStringList source{"Order ID", "Customer", "Amount", "Date", "Note"};
    using Match = MappingProposal::Match;
    QTest::newRow("same") << source << Match::SameHeader << 1.0 << 4;
    QTest::newRow("reordered") << QStringList{"Amount", "Order ID", "Note", "Date", "Customer"}
                               << Match::Reordered << 0.97 << 4;
    QTest::newRow("renamed") << QStringList{"amount", "ORDER_ID", "note", "date", "customer"}
                             << Match::Renamed << 0.95 << 4;
    QTest::newRow("camel case") << QStringList{"orderId", "customer", "amount", "date", "note"}
                                << Match::Renamed << 0.95 << 4;
    QTest::newRow("one added")
        << QStringList{"Order ID", "Customer", "Amount", "Date", "Note", "Region"}
        << Match::OneAdded << 5.0 / 6 << 4;
    QTest::newRow("one dropped") << QStringList{"Order ID", "Customer", "Amount", "Date"}
                                 << Match::OneDropped << 0.8 << 4;
    QTest::newRow("one replaced")
        << QStringList{"Order ID", "Customer", "Amount", "Date", "Remarks"} << Match::OneReplaced
        << 4.0 / 6 << 4;
    QTest::newRow("partial") << QStringList{"Order ID", "Customer", "Region", "Channel"}
                             << Match::Partial << 0.8 * 2 / 7 << 2;
    QTest::newRow("nothing in common") << QStringList{"a", "b"} << Match::Partial << 0.0 << 0;
    // A name the header repeats cannot be told apart: it is not carried over.
    QTest::newRow("repeated name")
        << QStringList{"Order ID", "Customer", "Customer", "Amount", "Date", "Note"}
        << Match::Partial << 0.8 * 4 / 7 << 3;
}

void TestMappingMemory::compareHeaders()
{
    QFETCH(QStringList, header);
    QFETCH(MappingProposal::Match, match);
    QFETCH(double, confidence);
    QFETCH(int, edits);
    // Note is unmapped in the earlier file.
    const FileMapping source = sourceMapping({"Order ID", "Customer", "Amount", "Date", "Note"},
                                             {"order_id", "customer", "amount", "day", ""});
    const MappingProposal proposal = mappingmemory::compare(header, source);
    QCOMPARE(proposal.edits.size(), edits);
    if (edits == 0)
        return;
    QCOMPARE(proposal.match, match);
    QVERIFY2(qAbs(proposal.confidence - confidence) < 1e-9,
             qPrintable(QString::number(proposal.confidence)));
    QCOMPARE(proposal.isConfident(), confidence >= 0.8);
    for (const MappingEdit &edit : proposal.edits) {
        QVERIFY(header.contains(edit.fileColumn)); // this file's own names
        QCOMPARE(AutoMatch::normalise(edit.fileColumn),
                 AutoMatch::normalise(source.columns[int(edit.schemaColumnId - 100)].fileColumn));
    }
}

// The case: the second file's header is reordered and re-cased; it gets the first
// file's mapping as the operator corrected it, transforms included, with the reason.
void TestMappingMemory::secondFileGetsTheCorrectedMapping()
{
    const qint64 orders = createMappedOrders();
    const qint64 next = m_fixture.createFile(QStringLiteral("orders-2026-12.csv"),
                                             {QStringLiteral("datum"),
                                              QStringLiteral("ORDER_ID"),
                                              QStringLiteral("betrag"),
                                              QStringLiteral("KUNDE")},
                                             {});
    const mappingmemory::Outcome outcome = afterImport(next, QStringLiteral("auto"));
    QVERIFY(outcome.applied);
    QVERIFY(outcome.proposal);
    QCOMPARE(outcome.proposal->sourceFileId, orders);
    QCOMPARE(outcome.proposal->match, MappingProposal::Match::Renamed);
    QCOMPARE(outcome.proposal->confidence, 0.95);
    QCOMPARE(outcome.proposal->mappedBy, currentOsUser());
    QVERIFY2(outcome.message.startsWith(
                 QStringLiteral("mapping applied: same columns as \"orders-2026-11.csv\", "
                                "renamed by case or spacing, mapped by %1 on ")
                     .arg(currentOsUser())),
             qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("(confidence 95 %): 4 column(s) mapped")),
             qPrintable(outcome.message));

    const FileMapping recalled = load(next);
    QCOMPARE(recalled.version, 1);
    QCOMPARE(
        mapped(recalled),
        QStringList({QStringLiteral("datum=") + col("day") + QStringLiteral(":date:dd.MM.yyyy"),
                     QStringLiteral("ORDER_ID=") + col("order_id"),
                     QStringLiteral("betrag=") + col("amount") + QStringLiteral(":number:de_DE"),
                     QStringLiteral("KUNDE=") + col("customer") + QStringLiteral(":collapse")}));
    QCOMPARE(recalled.columns[1].confidence, std::optional<double>(0.95));
    QCOMPARE(recalled.origin, outcome.proposal->reason());
    QCOMPARE(recalled.savedBy, currentOsUser());
    QVERIFY(recalled.savedAt > 0);
    // The earlier file is unchanged, and its own origin is an operator's edits.
    QCOMPARE(load(orders).origin, QString());
    QCOMPARE(load(orders).version, 2);

    const QVariantMap json = MappingService::toVariant(recalled);
    QCOMPARE(json.value(QStringLiteral("origin")).toString(), recalled.origin);
    QCOMPARE(json.value(QStringLiteral("saved_by")).toString(), currentOsUser());
}

void TestMappingMemory::unconfidentProposalIsNotApplied()
{
    createMappedOrders();
    const qint64 other = m_fixture.createFile(
        QStringLiteral("returns.csv"),
        {QStringLiteral("Order ID"), QStringLiteral("Grund"), QStringLiteral("Lager")},
        {});
    const mappingmemory::Outcome outcome = afterImport(other, QStringLiteral("auto"));
    QVERIFY(!outcome.applied);
    QVERIFY(outcome.proposal);
    QCOMPARE(outcome.proposal->match, MappingProposal::Match::Partial);
    QVERIFY2(outcome.message.contains(QStringLiteral("below 80 %")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("--mapping-from orders-2026-11.csv")),
             qPrintable(outcome.message));
    QCOMPARE(load(other).version, 0);

    // A file sharing nothing gets no proposal and no message.
    const qint64 unrelated
        = m_fixture.createFile(QStringLiteral("stock.csv"), {QStringLiteral("SKU")}, {});
    const mappingmemory::Outcome none = afterImport(unrelated, QStringLiteral("auto"));
    QVERIFY(!none.proposal);
    QVERIFY(none.message.isEmpty());
}

void TestMappingMemory::namedFileIsAppliedWhateverItsConfidence()
{
    createMappedOrders();
    const qint64 other = m_fixture.createFile(
        QStringLiteral("returns.csv"),
        {QStringLiteral("Order ID"), QStringLiteral("Grund"), QStringLiteral("Betrag")},
        {});
    // What the file had is replaced: the result is the proposal, nothing else.
    save(other, {edit(QStringLiteral("Grund"), col("note"))});
    const mappingmemory::Outcome outcome = afterImport(other, QStringLiteral("orders-2026-11.csv"));
    QVERIFY(outcome.applied);
    QVERIFY(!outcome.proposal->isConfident());
    QCOMPARE(
        mapped(load(other)),
        QStringList({QStringLiteral("Order ID=") + col("order_id"),
                     QStringLiteral("Betrag=") + col("amount") + QStringLiteral(":number:de_DE")}));
    QCOMPARE(load(other).version, 2);

    bool refused = false;
    try {
        afterImport(other, QStringLiteral("nope.csv"));
    } catch (const DbError &error) {
        refused = error.kind() == DbError::Kind::NotFound
                  && error.message().contains(QStringLiteral("\"nope.csv\""));
    }
    QVERIFY(refused);
}

void TestMappingMemory::autoKeepsAMappingAndNoneDoesNothing()
{
    createMappedOrders();
    const QStringList header{QStringLiteral("Order ID"),
                             QStringLiteral("Kunde"),
                             QStringLiteral("Betrag"),
                             QStringLiteral("Datum")};
    const qint64 kept = m_fixture.createFile(QStringLiteral("kept.csv"), header, {});
    save(kept, {edit(QStringLiteral("Kunde"), col("note"))});
    const mappingmemory::Outcome outcome = afterImport(kept, QStringLiteral("auto"));
    QVERIFY(!outcome.applied);
    QCOMPARE(mapped(load(kept)), QStringList{QStringLiteral("Kunde=") + col("note")});

    const qint64 untouched = m_fixture.createFile(QStringLiteral("untouched.csv"), header, {});
    const mappingmemory::Outcome none = afterImport(untouched, QStringLiteral("none"));
    QVERIFY(!none.applied);
    QVERIFY(!none.proposal);
    QCOMPARE(load(untouched).version, 0);
}

void TestMappingMemory::theMostRecentlySavedMappingWins()
{
    const QStringList header{QStringLiteral("Order ID"), QStringLiteral("Kunde")};
    const qint64 first = m_fixture.createFile(QStringLiteral("a.csv"), header, {});
    const qint64 second = m_fixture.createFile(QStringLiteral("b.csv"), header, {});
    save(second, {edit(QStringLiteral("Kunde"), col("customer"))});
    QTest::qWait(5); // a later save time
    save(first, {edit(QStringLiteral("Kunde"), col("note"))});
    const qint64 next = m_fixture.createFile(QStringLiteral("c.csv"), header, {});
    const mappingmemory::Outcome outcome = afterImport(next, QStringLiteral("auto"));
    QVERIFY(outcome.applied);
    QCOMPARE(outcome.proposal->sourceFileId, first);
    QCOMPARE(outcome.proposal->match, MappingProposal::Match::SameHeader);
    QCOMPARE(mapped(load(next)), QStringList{QStringLiteral("Kunde=") + col("note")});
}

QTEST_GUILESS_MAIN(TestMappingMemory)
#include "tst_mappingmemory.moc"
