// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "tablecolumns.h"

#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>

namespace stevedore {

namespace {

// Room for a record count or an id up to 99,999,999 without resizing.
const QString numberSample = QStringLiteral("00000000");
// Beyond the style's own margins: without it a fitted value touches the next column's grid
// line, which reads as clipped.
constexpr int cellPadding = 8;
// Written this long after the user's last drag: a drag resizes many times a second.
constexpr int saveDelayMs = 500;

bool isNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        break;
    }
    // Numbers as text: raw fields, and counts formatted with group separators.
    static const QRegularExpression numeric(
        QStringLiteral("^[-+]?[0-9][0-9.,'\\x{00A0}\\x{202F} ]*%?$"));
    return numeric.match(value.toString()).hasMatch();
}

} // namespace

TableColumns::TableColumns(QTableView *view, const QString &settingsKey)
    : QObject(view)
    , m_view(view)
{
    Q_ASSERT(view->model());
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(0);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_fitTimer, &QTimer::timeout, this, &TableColumns::fit);
    connect(&m_saveTimer, &QTimer::timeout, this, &TableColumns::saveWidths);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetting = true; });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_resetting = false;
        scheduleFit();
    });
    connect(model, &QAbstractItemModel::columnsInserted, this, &TableColumns::scheduleFit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableColumns::rowsInserted);
    connect(model, &QAbstractItemModel::dataChanged, this, &TableColumns::dataChanged);
    connect(header, &QHeaderView::sectionResized, this, &TableColumns::sectionResized);
    setSettingsKey(settingsKey);
}

TableColumns::~TableColumns()
{
    if (m_saveTimer.isActive())
        saveWidths();
}

void TableColumns::setMaxWidth(int column, int width)
{
    m_maxWidths.insert(column, width);
}

int TableColumns::maxWidth(int column) const
{
    return m_maxWidths.value(column, defaultMaxWidth);
}

void TableColumns::setMinWidth(int column, int width)
{
    m_minWidths.insert(column, width);
}

void TableColumns::setStretchLastColumn(bool stretch)
{
    m_view->horizontalHeader()->setStretchLastSection(stretch);
}

void TableColumns::setRowReady(std::function<bool(int)> ready)
{
    m_ready = std::move(ready);
}

void TableColumns::setSettingsKey(const QString &key)
{
    if (m_saveTimer.isActive())
        saveWidths(); // the previous key's drag
    m_settingsKey = key;
    m_userWidths = key.isEmpty() ? QVariantMap() : QSettings().value(key).toMap();
    scheduleFit();
}

bool TableColumns::isUserSized(int column) const
{
    return m_userWidths.contains(columnName(column));
}

void TableColumns::scheduleFit()
{
    m_fitTimer.start();
}

// Only the first rows fit the columns: later changes (a progress, a status, the hundredth
// log line) must not make the columns jump under the user's eyes.
void TableColumns::rowsInserted()
{
    if (m_sampleShort)
        scheduleFit();
}

void TableColumns::dataChanged()
{
    if (m_rowsMissing)
        scheduleFit();
}

QString TableColumns::columnName(int column) const
{
    return m_view->model()->headerData(column, Qt::Horizontal).toString();
}

int TableColumns::lastVisibleColumn() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            return logical;
    }
    return -1;
}

QList<int> TableColumns::sampledRows()
{
    // From the first row shown, so a view scrolled far into a paged model samples rows it has.
    const int rows = m_view->model()->rowCount();
    const int first = std::max(0, m_view->rowAt(0));
    const int end = std::min(rows, first + sampleRows);
    QList<int> sample;
    for (int row = first; row < end; ++row) {
        if (!m_ready || m_ready(row))
            sample << row;
    }
    m_sampleShort = end - first < sampleRows;
    m_rowsMissing = sample.size() < end - first;
    return sample;
}

int TableColumns::contentWidth(int column, const QList<int> &rows) const
{
    const QAbstractItemModel *model = m_view->model();
    QStyleOptionViewItem option;
    option.initFrom(m_view->viewport());
    option.font = m_view->font();
    option.fontMetrics = m_view->fontMetrics();
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    option.decorationSize = m_view->iconSize().isValid() ? m_view->iconSize() : QSize(icon, icon);
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.features = QStyleOptionViewItem::HasDisplay;
    option.textElideMode = m_view->textElideMode();
    const int extra = (m_view->showGrid() ? 1 : 0) + cellPadding;
    int width = m_view->horizontalHeader()->sectionSizeHint(column);
    bool numbers = false;
    bool others = false;
    for (const int row : rows) {
        const QModelIndex index = model->index(row, column);
        const QVariant value = index.data(Qt::DisplayRole);
        if (!value.isValid() || value.toString().isEmpty())
            continue;
        (isNumber(value) ? numbers : others) = true;
        QAbstractItemDelegate *delegate = m_view->itemDelegateForIndex(index);
        width = std::max(width, delegate->sizeHint(option, index).width() + extra);
    }
    if (numbers && !others) {
        option.text = numberSample;
        const QSize digits
            = m_view->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_view);
        width = std::max(width, digits.width() + extra);
    }
    return width;
}

void TableColumns::fit()
{
    m_fitTimer.stop();
    QHeaderView *header = m_view->horizontalHeader();
    const QList<int> rows = sampledRows();
    const int columns = m_view->model()->columnCount();
    m_applying = true;
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QVariant user = m_userWidths.value(columnName(column));
        int width = user.isValid() ? user.toInt() : 0;
        if (width <= 0) {
            width = std::min(contentWidth(column, rows), maxWidth(column));
            width = std::max(width, m_minWidths.value(column, 0));
        }
        header->resizeSection(column, std::max(width, header->minimumSectionSize()));
    }
    m_applying = false;
}

void TableColumns::sectionResized(int column, int oldWidth, int newWidth)
{
    Q_UNUSED(oldWidth)
    const QHeaderView *header = m_view->horizontalHeader();
    // Ours, the model's reset, hiding (width 0), or the last column following the view's edge.
    if (m_applying || m_resetting || newWidth <= 0
        || (header->stretchLastSection() && column == lastVisibleColumn()))
        return;
    const QString name = columnName(column);
    if (name.isEmpty())
        return;
    m_userWidths.insert(name, newWidth);
    if (!m_settingsKey.isEmpty())
        m_saveTimer.start();
}

void TableColumns::saveWidths()
{
    m_saveTimer.stop();
    if (!m_settingsKey.isEmpty())
        QSettings().setValue(m_settingsKey, m_userWidths);
}

} // namespace stevedore
