// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "imports/fixedwidtheditor.h"

#include "accessibility.h"
#include "filedialogs.h"
#include "imports/fixedwidthview.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace stevedore {

namespace {

// A spec is a few lines; anything this big is not one.
constexpr qint64 maxSpecBytes = 1024 * 1024;

QString defaultName(int index)
{
    return QStringLiteral("column_%1").arg(index + 1);
}

// Where the view draws lines: every column's start, and its end where no column follows at
// once (a gap, as a loaded spec may have).
QList<int> boundariesOf(const QList<FixedColumn> &columns)
{
    QList<int> boundaries;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const FixedColumn &column = columns[i];
        if (column.start > 0)
            boundaries << column.start;
        const int end = column.start + column.length;
        if (i + 1 < columns.size() && columns[i + 1].start != end)
            boundaries << end;
    }
    return boundaries;
}

} // namespace

FixedWidthEditor::FixedWidthEditor(QWidget *parent)
    : QWidget(parent)
{
    m_view = new FixedWidthView;
    setAccessibleText(m_view,
                      tr("Fixed-width lines"),
                      tr("The file's first lines under a ruler. Click between two characters, "
                         "or move with Left and Right and press Space, to add or remove a "
                         "column boundary"));
    auto *linesLabel = new QLabel(
        tr("Li&nes: click between two characters to add or remove a column boundary."));
    linesLabel->setBuddy(m_view);
    linesLabel->setWordWrap(true);
    connect(
        m_view, &FixedWidthView::boundariesChanged, this, &FixedWidthEditor::onBoundariesChanged);

    m_names = new QTableWidget(1, 0);
    setAccessibleText(m_names,
                      tr("Column names"),
                      tr("One name per column, under the characters it takes; edit a name to "
                         "rename the column"));
    m_names->setVerticalHeaderLabels({tr("Name")});
    m_names->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_names->horizontalHeader()->setDefaultSectionSize(110);
    m_names->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_names->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_names->setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto *namesLabel = new QLabel(tr("Colu&mn names:"));
    namesLabel->setBuddy(m_names);
    connect(m_names, &QTableWidget::itemChanged, this, &FixedWidthEditor::onNameEdited);

    m_load = new QPushButton(tr("Load Spe&c…"));
    m_load->setToolTip(tr("Read the columns from a spec file: CSV with the columns "
                          "column,start,length, as csvkit's in2csv takes it."));
    m_save = new QPushButton(tr("Sa&ve Spec…"));
    m_save->setToolTip(tr("Write these columns as a spec file (column,start,length; starts "
                          "counted from 0)."));
    m_clear = new QPushButton(tr("Clear Columns"));
    m_clear->setToolTip(tr("Remove every boundary and name."));
    connect(m_load, &QPushButton::clicked, this, &FixedWidthEditor::chooseSpecToLoad);
    connect(m_save, &QPushButton::clicked, this, &FixedWidthEditor::chooseSpecToSave);
    connect(m_clear, &QPushButton::clicked, this, &FixedWidthEditor::clearColumns);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_save);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_message, 1);
    buttons->addStretch(); // the buttons keep their size while the message is hidden
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(linesLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(namesLabel);
    layout->addWidget(m_names);
    layout->addLayout(buttons);
    showColumns();
}

void FixedWidthEditor::setLines(const QStringList &lines)
{
    if (lines == m_view->lines())
        return; // a re-read of the same lines: keep the scroll position and the caret
    m_view->setLines(lines);
    m_view->setBoundaries(boundariesOf(m_columns));
}

void FixedWidthEditor::setColumns(const QList<FixedColumn> &columns)
{
    m_columns = columns;
    showColumns();
}

bool FixedWidthEditor::loadSpec(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    if (file.size() > maxSpecBytes) {
        *error = tr("%1 is not a column spec (larger than 1 MiB).").arg(QFileInfo(path).fileName());
        return false;
    }
    QString why;
    const QList<FixedColumn> columns = parseFixedSpec(file.readAll(), &why);
    if (columns.isEmpty()) {
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    m_columns = columns;
    showColumns();
    showMessage(
        tr("%n column(s) from %1.", nullptr, int(m_columns.size())).arg(QFileInfo(path).fileName()),
        false);
    emit columnsChanged(m_columns);
    return true;
}

bool FixedWidthEditor::saveSpec(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(fixedSpecToCsv(m_columns)) < 0
        || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

void FixedWidthEditor::onBoundariesChanged(const QList<int> &boundaries)
{
    int length = m_view->lineLength();
    for (const FixedColumn &column : std::as_const(m_columns))
        length = std::max(length, column.start + column.length);
    QList<FixedColumn> cut = columnsFromBoundaries(boundaries, length);
    // A column keeps the name the operator gave it while its start stays; the default names
    // are numbered again, so that they follow the columns' order.
    for (qsizetype i = 0; i < cut.size(); ++i) {
        cut[i].name = defaultName(int(i));
        for (qsizetype j = 0; j < m_columns.size(); ++j) {
            if (m_columns[j].start == cut[i].start && m_columns[j].name != defaultName(int(j)))
                cut[i].name = m_columns[j].name;
        }
    }
    m_columns = cut;
    showColumns();
    showMessage({}, false);
    emit columnsChanged(m_columns);
}

void FixedWidthEditor::onNameEdited(QTableWidgetItem *item)
{
    if (m_showing || item->column() >= m_columns.size())
        return;
    const int index = item->column();
    const QString name = item->text().trimmed();
    m_columns[index].name = name.isEmpty() ? defaultName(index) : name;
    if (m_columns[index].name != item->text()) {
        m_showing = true;
        item->setText(m_columns[index].name);
        m_showing = false;
    }
    emit columnsChanged(m_columns);
}

void FixedWidthEditor::clearColumns()
{
    if (m_columns.isEmpty())
        return;
    m_columns.clear();
    showColumns();
    showMessage({}, false);
    emit columnsChanged(m_columns);
}

void FixedWidthEditor::chooseSpecToLoad()
{
    const QString path = filedialogs::getOpenFileName(
        this, tr("Load Column Spec"), {}, tr("Column specs (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QString error; !loadSpec(path, &error))
        showMessage(error, true);
}

void FixedWidthEditor::chooseSpecToSave()
{
    const QString path = filedialogs::getSaveFileName(
        this, tr("Save Column Spec"), {}, tr("Column specs (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveSpec(path, &error))
        showMessage(tr("Saved to %1.").arg(QFileInfo(path).fileName()), false);
    else
        showMessage(error, true);
}

void FixedWidthEditor::showColumns()
{
    m_showing = true;
    m_view->setBoundaries(boundariesOf(m_columns));
    m_names->setColumnCount(int(m_columns.size()));
    for (int i = 0; i < m_columns.size(); ++i) {
        const FixedColumn &column = m_columns[i];
        // 1-based and inclusive, as the ruler counts: "characters 1–10".
        auto *header = new QTableWidgetItem(
            tr("%1–%2").arg(column.start + 1).arg(column.start + column.length));
        header->setToolTip(tr("Characters %1 to %2 of each line")
                               .arg(column.start + 1)
                               .arg(column.start + column.length));
        m_names->setHorizontalHeaderItem(i, header);
        QTableWidgetItem *item = m_names->item(0, i);
        if (!item) {
            item = new QTableWidgetItem;
            m_names->setItem(0, i, item);
        }
        item->setText(column.name);
    }
    m_save->setEnabled(!m_columns.isEmpty());
    m_clear->setEnabled(!m_columns.isEmpty());
    // One row of names, and the scroll bar when the columns are wider than the table.
    const int height = m_names->horizontalHeader()->sizeHint().height()
                       + m_names->verticalHeader()->defaultSectionSize()
                       + m_names->horizontalScrollBar()->sizeHint().height()
                       + 2 * m_names->frameWidth();
    m_names->setFixedHeight(height);
    m_showing = false;
}

void FixedWidthEditor::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #d03030; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace stevedore
