// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "guitest.h"
#include "tablecolumns.h"

#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace stevedore;
using namespace stevedore::guitest;

namespace {

// A table of rows × 3 columns ("id", "text", "note") that records the rows data() was asked
// for: a paging model must not be read beyond the sample.
class CountingModel : public QAbstractTableModel
{
public:
    explicit CountingModel(int rows, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_rows(rows)
    {}
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        m_maxRowRead = std::max(m_maxRowRead, index.row());
        switch (index.column()) {
        case 0:
            return index.row() + 1;
        case 1:
            return QString(index.row() == 3 ? 400 : 5, QLatin1Char('x')); // one very long value
        default:
            return QStringLiteral("n");
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return QStringList{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("note")}
                .value(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    void reset(int rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    mutable int m_maxRowRead = -1;

private:
    int m_rows;
};

} // namespace

class tst_TableColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fitsWithinTheCapAndStretchesTheLast();
    void readsOnlyASample();
    void skipsRowsNotReady();
    void userWidthSurvivesResetsAndIsRemembered();

private:
    QTemporaryDir m_settingsDir;
};

void tst_TableColumns::initTestCase()
{
    WarningTrap::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StevedoreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tablecolumns"));
}

void tst_TableColumns::init()
{
    QSettings().clear();
}

void tst_TableColumns::cleanup()
{
    STEVEDORE_VERIFY_NO_WARNINGS();
}

void tst_TableColumns::fitsWithinTheCapAndStretchesTheLast()
{
    CountingModel model(10);
    QTableView view;
    view.setModel(&model);
    view.resize(900, 300);
    auto *columns = new TableColumns(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    columns->fit();
    const QHeaderView *header = view.horizontalHeader();
    // The id column holds small numbers, yet fits eight digits.
    const int eightDigits = view.fontMetrics().horizontalAdvance(QStringLiteral("00000000"));
    QVERIFY2(header->sectionSize(0) >= eightDigits,
             qPrintable(QString::number(header->sectionSize(0))));
    QVERIFY(header->sectionSize(0) < TableColumns::defaultMaxWidth);
    // The 400-character value is capped.
    QCOMPARE(header->sectionSize(1), TableColumns::defaultMaxWidth);
    // The last column fills the rest of the view.
    QVERIFY(header->stretchLastSection());
    QCOMPARE(header->sectionViewportPosition(2) + header->sectionSize(2), view.viewport()->width());

    columns->setMaxWidth(1, 480);
    columns->fit();
    QCOMPARE(header->sectionSize(1), 480);
    // A reset fits again, by itself.
    model.reset(2); // the long value (row 3) is gone
    QTRY_VERIFY(header->sectionSize(1) < 100);
}

void tst_TableColumns::readsOnlyASample()
{
    CountingModel model(1000000);
    QTableView view;
    view.setModel(&model);
    view.resize(600, 200); // a few rows shown
    new TableColumns(&view);
    model.m_maxRowRead = -1;
    model.reset(1000000);
    QTRY_VERIFY(view.horizontalHeader()->sectionSize(1) == TableColumns::defaultMaxWidth);
    QVERIFY(model.m_maxRowRead >= 3);
    QVERIFY2(model.m_maxRowRead < TableColumns::sampleRows,
             qPrintable(QString::number(model.m_maxRowRead)));
}

void tst_TableColumns::skipsRowsNotReady()
{
    CountingModel model(100);
    QTableView view;
    view.setModel(&model);
    auto *columns = new TableColumns(&view);
    bool ready = false;
    columns->setRowReady([&](int) { return ready; });
    model.m_maxRowRead = -1;
    columns->fit();
    QCOMPARE(model.m_maxRowRead, -1); // nothing asked of rows that are not there yet
    const int headerOnly = view.horizontalHeader()->sectionSize(1);
    QVERIFY(headerOnly < 100);
    // The rows arrive: the columns fit them.
    ready = true;
    emit model.dataChanged(model.index(0, 0), model.index(49, 2));
    QTRY_COMPARE(view.horizontalHeader()->sectionSize(1), TableColumns::defaultMaxWidth);
    // Once a full sample was fitted, later changes do not fit again.
    QTRY_VERIFY(model.m_maxRowRead >= 0);
    model.m_maxRowRead = -1;
    emit model.dataChanged(model.index(0, 0), model.index(49, 2));
    QCoreApplication::processEvents();
    QCOMPARE(model.m_maxRowRead, -1);
    QVERIFY(!columns->isUserSized(1));
}

void tst_TableColumns::userWidthSurvivesResetsAndIsRemembered()
{
    const QString key = QStringLiteral("tables/test");
    {
        CountingModel model(10);
        QTableView view;
        view.setModel(&model);
        auto *columns = new TableColumns(&view, key);
        columns->fit();
        QVERIFY(!columns->isUserSized(0));
        view.horizontalHeader()->resizeSection(0, 211); // the user's drag
        QVERIFY(columns->isUserSized(0));
        model.reset(10);
        columns->fit();
        QCOMPARE(view.horizontalHeader()->sectionSize(0), 211);
        QCOMPARE(view.horizontalHeader()->sectionSize(1), TableColumns::defaultMaxWidth);
        // Saved shortly after the drag.
        QTRY_VERIFY(QSettings().contains(key));
    }
    CountingModel model(10);
    QTableView view;
    view.setModel(&model);
    auto *columns = new TableColumns(&view, key);
    columns->fit();
    QCOMPARE(view.horizontalHeader()->sectionSize(0), 211);
    // Another key has its own widths.
    columns->setSettingsKey(QStringLiteral("tables/other"));
    columns->fit();
    QVERIFY(view.horizontalHeader()->sectionSize(0) != 211);
}

QTEST_MAIN(tst_TableColumns)
#include "tst_tablecolumns.moc"
