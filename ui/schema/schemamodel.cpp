// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "schema/schemamodel.h"

#include "schema/rulesdialog.h"

#include "schema/schemacommands.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QRegularExpression>
#include <QUndoStack>

#include <algorithm>

namespace stevedore {

namespace {

const QString rowsMimeType = QStringLiteral("application/x-stevedore-schema-rows");

// SchemaService::problems() starts each message with the label of the column it concerns.
QString labelOf(int row, const QString &name)
{
    const QString label = QStringLiteral("column %1").arg(row + 1);
    return name.isEmpty() ? label : label + QLatin1Char(' ') + quotedName(name);
}

int rowOfProblem(const QString &message)
{
    static const QRegularExpression number(QStringLiteral("^column (\\d+)"));
    const QRegularExpressionMatch match = number.match(message);
    return match.hasMatch() ? match.captured(1).toInt() - 1 : -1;
}

// Enum value problems belong to the Values cell, rule problems to the Rules cell; everything
// else to the name (duplicate names, ids, control characters).
int cellOfProblem(const QString &problem)
{
    const bool values = problem.startsWith(QLatin1String("\"values\""))
                        || problem.startsWith(QLatin1String("an enum"))
                        || problem.startsWith(QLatin1String("enum value"))
                        || problem.startsWith(QLatin1String("duplicate enum value"));
    const bool rules = problem.startsWith(QLatin1String("rule "))
                       || problem.startsWith(QLatin1String("min-length "))
                       || problem.startsWith(QLatin1String("min is above"));
    return values ? SchemaModel::Values : rules ? SchemaModel::Rules : SchemaModel::Name;
}

QStringList splitValues(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return {};
    QStringList values = text.split(QLatin1Char(','));
    for (QString &item : values)
        item = item.trimmed();
    return values;
}

} // namespace

SchemaModel::SchemaModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(undoStack)
{}

void SchemaModel::setSchemaColumns(const QList<SchemaColumn> &columns)
{
    beginResetModel();
    m_columns = columns;
    renumber();
    endResetModel();
    updateProblems();
}

QStringList SchemaModel::problemsAt(int row, int column) const
{
    return column < 0 ? m_rowProblems.value(row) : m_cellProblems.value({row, column});
}

void SchemaModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SchemaModel::push(QUndoCommand *command)
{
    if (m_undoStack) {
        m_undoStack->push(command); // runs redo()
        return;
    }
    command->redo();
    delete command;
}

void SchemaModel::addSchemaColumn(int row, const SchemaColumn &column)
{
    push(new AddSchemaColumnCommand(this, std::clamp(row, 0, rowCount()), column));
}

void SchemaModel::removeSchemaColumn(int row)
{
    if (row >= 0 && row < rowCount())
        push(new RemoveSchemaColumnCommand(this, row));
}

void SchemaModel::moveSchemaColumn(int from, int to)
{
    if (from >= 0 && from < rowCount() && to >= 0 && to < rowCount() && from != to)
        push(new MoveSchemaColumnCommand(this, from, to));
}

void SchemaModel::editSchemaColumn(int row, const SchemaColumn &after, const QString &text)
{
    if (row >= 0 && row < rowCount() && !m_columns[row].sameDefinition(after))
        push(new EditSchemaColumnCommand(this, row, after, text));
}

void SchemaModel::insertEntry(int row, const SchemaColumn &column)
{
    beginInsertRows(QModelIndex(), row, row);
    m_columns.insert(row, column);
    renumber();
    endInsertRows();
    updateProblems();
}

void SchemaModel::removeEntry(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_columns.removeAt(row);
    renumber();
    endRemoveRows();
    updateProblems();
}

void SchemaModel::moveEntry(int from, int to)
{
    // beginMoveRows wants the row the moved one goes before, counted before the move.
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    m_columns.move(from, to);
    renumber();
    endMoveRows();
    updateProblems();
}

void SchemaModel::replaceEntry(int row, const SchemaColumn &column)
{
    m_columns[row] = column;
    m_columns[row].position = row;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    updateProblems();
}

void SchemaModel::renumber()
{
    for (int i = 0; i < m_columns.size(); ++i)
        m_columns[i].position = i;
}

void SchemaModel::updateProblems()
{
    const QStringList problems = SchemaService::problems(m_columns);
    QHash<int, QStringList> rowProblems;
    QHash<std::pair<int, int>, QStringList> cellProblems;
    for (const QString &message : problems) {
        const int row = rowOfProblem(message);
        if (row < 0 || row >= m_columns.size())
            continue;
        QString problem = message;
        const QString label = labelOf(row, m_columns[row].name) + QStringLiteral(": ");
        if (problem.startsWith(label))
            problem = problem.mid(label.size());
        rowProblems[row] << problem;
        cellProblems[{row, cellOfProblem(problem)}] << problem;
    }
    const bool changed = problems != m_problems || rowProblems != m_rowProblems;
    m_problems = problems;
    m_rowProblems = rowProblems;
    m_cellProblems = cellProblems;
    if (!changed)
        return;
    if (!m_columns.isEmpty()) {
        emit dataChanged(index(0, 0),
                         index(rowCount() - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::DecorationRole, Qt::ToolTipRole, ProblemsRole});
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
    emit problemsChanged();
}

QString SchemaModel::typeDisplayName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return tr("Text");
    case ColumnType::Integer:
        return tr("Integer");
    case ColumnType::Decimal:
        return tr("Decimal");
    case ColumnType::Boolean:
        return tr("Boolean");
    case ColumnType::Date:
        return tr("Date");
    case ColumnType::DateTime:
        return tr("Date and time");
    case ColumnType::Email:
        return tr("Email");
    case ColumnType::Enum:
        return tr("Enumeration");
    }
    return columnTypeName(type);
}

QList<ColumnType> SchemaModel::allTypes()
{
    return {ColumnType::Text,
            ColumnType::Integer,
            ColumnType::Decimal,
            ColumnType::Boolean,
            ColumnType::Date,
            ColumnType::DateTime,
            ColumnType::Email,
            ColumnType::Enum};
}

int SchemaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int SchemaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchemaColumn &column = m_columns[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return column.name;
        case Type:
            return role == Qt::EditRole ? QVariant(int(column.type))
                                        : QVariant(typeDisplayName(column.type));
        case Required:
            return {};
        case Description:
            return column.description;
        case Values:
            return column.values.join(QStringLiteral(", "));
        case Rules: {
            QStringList names;
            for (const ColumnRule &rule : column.rules)
                names << ruleDisplayName(rule.kind);
            return names.join(QStringLiteral(", "));
        }
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Required)
            return column.required ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::BackgroundRole:
        if (m_cellProblems.contains({index.row(), index.column()}))
            return QColor(220, 50, 47, 80); // readable on light and dark palettes
        return {};
    case Qt::DecorationRole: // the tint alone would not be seen by everyone
        if (m_cellProblems.contains({index.row(), index.column()}))
            return m_problemIcon;
        return {};
    case Qt::AccessibleDescriptionRole:
        return problemsAt(index.row(), index.column()).join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (const QStringList problems = problemsAt(index.row(), index.column());
            !problems.isEmpty())
            return problems.join(QLatin1Char('\n'));
        if (index.column() == Values && column.type == ColumnType::Enum)
            return tr("Comma-separated; use Edit Values… for values that contain commas");
        if (index.column() == Rules) {
            QStringList lines;
            for (const ColumnRule &rule : column.rules)
                lines << ruleDisplayText(rule);
            lines << tr("Double-click or Edit Rules… to edit the validation rules");
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case ProblemsRole:
        return problemsAt(index.row(), index.column());
    }
    return {};
}

QVariant SchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return section + 1;
        case Qt::ToolTipRole:
            if (!m_rowProblems.contains(section))
                return {};
            return m_rowProblems.value(section).join(QLatin1Char('\n'));
        case ProblemsRole:
            return m_rowProblems.value(section);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Required:
        return tr("Required");
    case Description:
        return tr("Description");
    case Values:
        return tr("Enum values");
    case Rules:
        return tr("Rules");
    }
    return {};
}

Qt::ItemFlags SchemaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_readOnly ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly)
        return flags;
    flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == Rules)
        return flags; // a dialog edits them (SchemaEditor::editRules)
    return flags | (index.column() == Required ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

std::optional<SchemaColumn>
SchemaModel::edited(const QModelIndex &index, const QVariant &value, int role, QString *text) const
{
    SchemaColumn column = m_columns[index.row()];
    const QString name = column.name;
    if (role == Qt::CheckStateRole && index.column() == Required) {
        column.required = Qt::CheckState(value.toInt()) == Qt::Checked;
        *text = column.required ? tr("Make “%1” Required").arg(name)
                                : tr("Make “%1” Optional").arg(name);
        return column;
    }
    if (role != Qt::EditRole)
        return std::nullopt;
    switch (index.column()) {
    case Name:
        column.name = value.toString();
        *text = tr("Rename “%1” to “%2”").arg(name, column.name);
        return column;
    case Type: {
        bool ok = false;
        const int type = value.toInt(&ok);
        if (!ok || !allTypes().contains(ColumnType(type)))
            return std::nullopt;
        column.type = ColumnType(type);
        // Values belong to enums only; undo brings them back.
        if (column.type != ColumnType::Enum)
            column.values.clear();
        *text = tr("Change Type of “%1”").arg(name);
        return column;
    }
    case Description:
        column.description = value.toString();
        *text = tr("Change Description of “%1”").arg(name);
        return column;
    case Values:
        column.values = splitValues(value);
        *text = tr("Change Values of “%1”").arg(name);
        return column;
    }
    return std::nullopt;
}

bool SchemaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    QString text;
    const std::optional<SchemaColumn> column = edited(index, value, role, &text);
    if (!column)
        return false;
    editSchemaColumn(index.row(), *column, text);
    return true;
}

Qt::DropActions SchemaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList SchemaModel::mimeTypes() const
{
    return {rowsMimeType};
}

QMimeData *SchemaModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows << index.row();
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << rows;
    auto *data = new QMimeData;
    data->setData(rowsMimeType, encoded);
    return data;
}

// Moves the first dragged row to the drop position as one undoable command, then returns
// false: a view treats a successful move drop as "remove the source rows", which the command
// has already taken care of.
bool SchemaModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    Q_UNUSED(column)
    if (m_readOnly || action != Qt::MoveAction || !data || !data->hasFormat(rowsMimeType))
        return false;
    QList<int> rows;
    QDataStream stream(data->data(rowsMimeType));
    stream >> rows;
    if (rows.isEmpty())
        return false;
    const int from = rows.first();
    const int before = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    const int to = before > from ? before - 1 : before;
    moveSchemaColumn(from, std::clamp(to, 0, rowCount() - 1));
    return false;
}

} // namespace stevedore
