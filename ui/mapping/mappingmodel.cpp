// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "mapping/mappingmodel.h"

#include "mapping/mappingcommands.h"
#include "schema/automatch.h"
#include "schema/rulesdialog.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <QStyle>
#include <QUndoStack>

namespace stevedore {

namespace {

// Examples named in a Validation cell; the tooltip and ExamplesRole carry all the service
// returned (five per column).
constexpr int examplesInCell = 3;
constexpr int sampleDisplayLength = 24;

// Formats offered for date and datetime columns; any other QDateTime format can be typed.
const char *const dateFormats[]
    = {"dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "d/M/yyyy", "yyyyMMdd"};
const char *const dateTimeFormats[] = {"dd/MM/yyyy HH:mm", "MM/dd/yyyy HH:mm", "dd.MM.yyyy HH:mm"};

bool isDateType(ColumnType type)
{
    return type == ColumnType::Date || type == ColumnType::DateTime;
}

bool hasDateStep(const QString &transform)
{
    const std::optional<ValueTransform> parsed = ValueTransform::parse(transform);
    return parsed && parsed->hasDateStep();
}

bool isNumberType(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Decimal;
}

// Locales offered for number columns; any other can be typed (number:LOCALE).
const char *const numberLocales[] = {"de_DE", "fr_FR", "de_CH", "en_US"};

QString percent(double confidence)
{
    return MappingModel::tr("%1 %").arg(QLocale().toString(qRound(confidence * 100)));
}

QString elided(const QString &text)
{
    return text.size() <= sampleDisplayLength ? text
                                              : text.left(sampleDisplayLength - 1) + QChar(0x2026);
}

QVariantMap choice(const QString &label, const QVariant &value, const QString &tooltip = {})
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("value"), value},
            {QStringLiteral("tooltip"), tooltip}};
}

QString basisText(const QString &basis)
{
    if (basis == QLatin1String("exact"))
        return MappingModel::tr("same name");
    if (basis == QLatin1String("synonym"))
        return MappingModel::tr("synonym");
    if (basis == QLatin1String("same words"))
        return MappingModel::tr("same words");
    if (basis == QLatin1String("similar"))
        return MappingModel::tr("similar spelling");
    if (basis == QLatin1String("partial"))
        return MappingModel::tr("partly the same words");
    if (basis == QLatin1String("tie"))
        return MappingModel::tr("two equally good candidates");
    return basis;
}

QString columnTypeText(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return MappingModel::tr("text");
    case ColumnType::Integer:
        return MappingModel::tr("integer");
    case ColumnType::Decimal:
        return MappingModel::tr("decimal");
    case ColumnType::Boolean:
        return MappingModel::tr("boolean");
    case ColumnType::Date:
        return MappingModel::tr("date");
    case ColumnType::DateTime:
        return MappingModel::tr("date and time");
    case ColumnType::Email:
        return MappingModel::tr("email");
    case ColumnType::Enum:
        return MappingModel::tr("one of a list");
    }
    return {};
}

ColumnTarget targetOf(const ColumnMapping &column)
{
    return {column.schemaColumnId,
            column.schemaColumn,
            column.transform,
            column.confidence,
            column.isMapped() ? column.rules : QList<ColumnRule>()};
}

QString schemaColumnTooltip(const stevedore::SchemaColumn &column)
{
    QString text = column.required
                       ? MappingModel::tr("%1, required").arg(columnTypeText(column.type))
                       : columnTypeText(column.type);
    if (column.type == ColumnType::Enum && !column.values.isEmpty())
        text += QLatin1String(": ") + column.values.join(QLatin1String(", "));
    if (!column.description.isEmpty())
        text += QLatin1Char('\n') + column.description;
    return text;
}

} // namespace

MappingModel::MappingModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(undoStack)
{}

void MappingModel::setMapping(const Schema &schema,
                              const FileMapping &mapping,
                              const QList<QStringList> &samples)
{
    if (m_undoStack)
        m_undoStack->clear();
    beginResetModel();
    m_schema = schema;
    m_saved = mapping;
    m_report.reset();
    m_rows.clear();
    QHash<QString, int> occurrences;
    for (const ColumnMapping &column : mapping.columns)
        ++occurrences[column.fileColumn];
    for (qsizetype i = 0; i < mapping.columns.size(); ++i) {
        const ColumnMapping &column = mapping.columns[i];
        Row row;
        row.fileColumn = column.fileColumn;
        row.position = column.position;
        row.ambiguous = occurrences.value(column.fileColumn) > 1;
        row.samples = samples.value(i);
        row.target = targetOf(column);
        m_rows << row;
    }
    endResetModel();
}

void MappingModel::clear()
{
    setMapping({}, {}, {});
}

void MappingModel::markSaved(const FileMapping &saved)
{
    m_saved = saved;
    for (int row = 0; row < m_rows.size() && row < saved.columns.size(); ++row) {
        setTarget(row, targetOf(saved.columns[row]));
    }
}

void MappingModel::revert()
{
    if (m_undoStack)
        m_undoStack->clear();
    markSaved(m_saved);
}

FileMapping MappingModel::mapping() const
{
    FileMapping out = m_saved;
    for (int row = 0; row < m_rows.size() && row < out.columns.size(); ++row) {
        const ColumnTarget &target = m_rows[row].target;
        ColumnMapping &column = out.columns[row];
        column.schemaColumnId = target.schemaColumnId;
        column.schemaColumn = target.schemaColumn;
        column.transform = target.transform;
        column.confidence = target.confidence;
        column.rules = target.rules;
    }
    return out;
}

QList<MappingEdit> MappingModel::edits() const
{
    QList<MappingEdit> out;
    for (int row = 0; row < m_rows.size() && row < m_saved.columns.size(); ++row) {
        const ColumnMapping &saved = m_saved.columns[row];
        const ColumnTarget &target = m_rows[row].target;
        if (target == targetOf(saved))
            continue;
        out << MappingEdit{m_rows[row].fileColumn,
                           target.schemaColumnId,
                           target.schemaColumn,
                           target.transform,
                           target.confidence,
                           target.rules};
    }
    return out;
}

ColumnTarget MappingModel::target(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].target : ColumnTarget();
}

void MappingModel::setTarget(int row, const ColumnTarget &target)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].target == target)
        return;
    m_rows[row].target = target;
    emit dataChanged(index(row, Samples), index(row, Validation));
}

bool MappingModel::isEditableRow(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows[row].ambiguous;
}

int MappingModel::rowOf(const QString &fileColumn) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].fileColumn == fileColumn)
            return row;
    }
    return -1;
}

bool MappingModel::refuse(const QString &reason)
{
    emit editRefused(reason);
    return false;
}

QString MappingModel::displayName(int row) const
{
    const Row &r = m_rows[row];
    return r.fileColumn.isEmpty() ? tr("(column %1)").arg(r.position + 1) : r.fileColumn;
}

void MappingModel::change(const QList<std::pair<int, ColumnTarget>> &changes, const QString &text)
{
    if (changes.isEmpty())
        return;
    if (!m_undoStack) {
        for (const auto &[row, target] : changes)
            setTarget(row, target);
        return;
    }
    if (changes.size() == 1) {
        m_undoStack->push(
            new SetColumnTargetCommand(this, changes.first().first, changes.first().second, text));
        return;
    }
    auto *parent = new QUndoCommand(text);
    for (const auto &[row, target] : changes)
        new SetColumnTargetCommand(this, row, target, text, parent);
    m_undoStack->push(parent);
}

bool MappingModel::setSchemaColumn(int row, qint64 schemaColumnId)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (!isEditableRow(row))
        return refuse(tr("The file has more than one column named %1; such a column cannot be "
                         "mapped.")
                          .arg(quotedName(m_rows[row].fileColumn)));
    const ColumnTarget before = m_rows[row].target;
    if (schemaColumnId == before.schemaColumnId)
        return true;
    if (schemaColumnId == 0) {
        change({{row, ColumnTarget()}}, tr("Unmap %1").arg(displayName(row)));
        return true;
    }
    const stevedore::SchemaColumn *column = m_schema.byId(schemaColumnId);
    if (!column)
        return refuse(tr("There is no schema column with id %1.").arg(schemaColumnId));
    ColumnTarget after{column->id, column->name, before.transform, std::nullopt};
    if (hasDateStep(after.transform) && !isDateType(column->type))
        after.transform.clear();
    QList<std::pair<int, ColumnTarget>> changes;
    // A schema column takes its values from one file column: the one that fed it lets go.
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other != row && m_rows[other].target.schemaColumnId == schemaColumnId)
            changes << std::pair{other, ColumnTarget()};
    }
    changes << std::pair{row, after};
    change(changes, tr("Map %1 to %2").arg(displayName(row), column->name));
    return true;
}

bool MappingModel::setTransform(int row, const QString &transform)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const ColumnTarget before = m_rows[row].target;
    if (!isEditableRow(row) || !before.isMapped())
        return refuse(
            tr("Map %1 to a schema column before choosing a transform.").arg(displayName(row)));
    QString error;
    std::optional<ValueTransform> parsed = ValueTransform::parse(transform.trimmed(), &error);
    const stevedore::SchemaColumn *column = m_schema.byId(before.schemaColumnId);
    const bool dateColumn = column && isDateType(column->type);
    // In a date column's editor one may type just the format.
    if (!parsed && dateColumn)
        parsed = ValueTransform::parse(QLatin1String("date:") + transform.trimmed());
    if (!parsed)
        return refuse(tr("%1 is not a transform: %2").arg(quotedName(transform), error));
    if (parsed->hasDateStep() && !dateColumn)
        return refuse(tr("A date format can only be parsed for a date or date-and-time column, "
                         "and %1 is not one.")
                          .arg(before.schemaColumn));
    ColumnTarget after = before;
    after.transform = parsed->toString();
    if (after == before)
        return true;
    change(
        {{row, after}},
        tr("Set the transform of %1 to %2").arg(displayName(row), transformLabel(after.transform)));
    return true;
}

int MappingModel::applyMapping(const QList<MappingEdit> &edits, const QString &text)
{
    QList<std::pair<int, ColumnTarget>> changes;
    QSet<int> named;
    for (const MappingEdit &edit : edits) {
        const int row = rowOf(edit.fileColumn);
        if (row < 0 || !isEditableRow(row))
            continue;
        named.insert(row);
        const ColumnTarget &current = m_rows[row].target;
        const QList<ColumnRule> rules = edit.rules.value_or(
            edit.schemaColumnId == current.schemaColumnId ? current.rules : QList<ColumnRule>());
        const ColumnTarget target{
            edit.schemaColumnId, edit.schemaColumn, edit.transform, edit.confidence, rules};
        if (!(m_rows[row].target == target))
            changes << std::pair{row, target};
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!named.contains(row) && m_rows[row].target.isMapped() && isEditableRow(row))
            changes << std::pair{row, ColumnTarget()};
    }
    if (!changes.isEmpty())
        change(changes, text);
    return int(changes.size());
}

QList<MatchSuggestion> MappingModel::suggest() const
{
    QSet<qint64> used;
    for (const Row &row : m_rows) {
        if (row.target.isMapped())
            used.insert(row.target.schemaColumnId);
    }
    QList<stevedore::SchemaColumn> available;
    for (const stevedore::SchemaColumn &column : m_schema.columns) {
        if (!used.contains(column.id))
            available << column;
    }
    QStringList names;
    for (const Row &row : m_rows) {
        if (!row.target.isMapped())
            names << row.fileColumn;
    }
    return AutoMatch::suggest(names, available);
}

int MappingModel::applySuggestions(const QList<MatchSuggestion> &suggestions, double threshold)
{
    m_threshold = threshold;
    QList<std::pair<int, ColumnTarget>> changes;
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row].suggestion.reset();
    for (const MatchSuggestion &suggestion : suggestions) {
        // Suggestions are for unmapped columns, in header order; a repeated name cannot be
        // addressed and stays for a person to decide, as MappingService::autoMap does.
        int row = -1;
        for (int r = 0; r < m_rows.size(); ++r) {
            if (m_rows[r].fileColumn == suggestion.fileColumn && !m_rows[r].target.isMapped()
                && !m_rows[r].suggestion) {
                row = r;
                break;
            }
        }
        if (row < 0)
            continue;
        m_rows[row].suggestion = suggestion;
        if (suggestion.schemaColumnId != 0 && suggestion.confidence >= threshold
            && isEditableRow(row))
            changes << std::pair{row,
                                 ColumnTarget{suggestion.schemaColumnId,
                                              suggestion.schemaColumn,
                                              QString(),
                                              suggestion.confidence}};
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Confidence), index(int(m_rows.size()) - 1, Confidence));
    change(changes, tr("Auto-match %n column(s)", nullptr, int(changes.size())));
    return int(changes.size());
}

void MappingModel::setValidation(const ValidationReport &report, const FileMapping &validated)
{
    m_report = report;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        r.validation.reset();
        r.validated = {};
        if (row >= validated.columns.size() || !validated.columns[row].isMapped())
            continue;
        const ColumnMapping &column = validated.columns[row];
        r.validated
            = {column.schemaColumnId, column.schemaColumn, column.transform, column.confidence};
        for (const ColumnValidation &checked : report.columns) {
            if (checked.fileColumn == column.fileColumn
                && checked.schemaColumn == column.schemaColumn) {
                r.validation = checked;
                break;
            }
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Validation), index(int(m_rows.size()) - 1, Validation));
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const stevedore::SchemaColumn *MappingModel::schemaColumnOf(const Row &row) const
{
    return row.target.isMapped() ? m_schema.byId(row.target.schemaColumnId) : nullptr;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (index.column()) {
    case FileColumn:
        return fileColumnData(row, role);
    case Samples:
        return samplesData(row, role);
    case SchemaColumn:
        return schemaColumnData(index.row(), role);
    case Transform:
        return transformData(row, role);
    case Confidence:
        return confidenceData(row, role);
    case Validation:
        return validationData(row, role);
    }
    return {};
}

QVariant MappingModel::fileColumnData(const Row &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return row.fileColumn.isEmpty() ? tr("(column %1)").arg(row.position + 1) : row.fileColumn;
    case ValueRole:
        return row.fileColumn;
    case Qt::ToolTipRole:
        return row.ambiguous ? tr("Column %1 of the file. The header repeats this name, so the "
                                  "column cannot be mapped.")
                                   .arg(row.position + 1)
                             : tr("Column %1 of the file").arg(row.position + 1);
    case Qt::FontRole:
        if (row.fileColumn.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant MappingModel::samplesData(const Row &row, int role) const
{
    const QVariantList transformed
        = row.target.transform.isEmpty() ? QVariantList() : transformedSamples(row);
    const auto before = [](const QVariant &sample) {
        return sample.toMap().value(QStringLiteral("before")).toString();
    };
    const auto after = [](const QVariant &sample) {
        const QString value = sample.toMap().value(QStringLiteral("after")).toString();
        return value.isEmpty() ? MappingModel::tr("(empty)") : value;
    };
    switch (role) {
    case Qt::DisplayRole: {
        QStringList shown;
        if (transformed.isEmpty()) {
            for (const QString &sample : row.samples)
                shown << elided(sample);
        } else {
            for (const QVariant &sample : transformed)
                shown << elided(before(sample)) + QStringLiteral(" \u2192 ")
                             + elided(after(sample));
        }
        return shown.join(QStringLiteral(" \u00b7 "));
    }
    case ValueRole:
        return row.samples;
    case TransformedSamplesRole:
        return transformedSamples(row);
    case Qt::ToolTipRole: {
        if (row.samples.isEmpty())
            return tr("No values in the first records");
        if (transformed.isEmpty())
            return row.samples.join(QLatin1Char('\n'));
        QStringList lines{tr("Before \u2192 after the transform:")};
        for (const QVariant &sample : transformed) {
            const QString reason = sample.toMap().value(QStringLiteral("reason")).toString();
            lines << before(sample) + QStringLiteral(" \u2192 ") + after(sample)
                         + (reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason));
        }
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QVariantList MappingModel::transformedSamples(const Row &row) const
{
    const stevedore::SchemaColumn *column = schemaColumnOf(row);
    if (!column)
        return {};
    const ValueTransform transform
        = ValueTransform::parse(row.target.transform).value_or(ValueTransform());
    const ValueValidator validator = column->validator();
    QVariantList out;
    for (const QString &sample : row.samples) {
        const QByteArray value = transform.apply(sample.toUtf8(), column->type);
        out << QVariantMap{{QStringLiteral("before"), sample},
                           {QStringLiteral("after"), QString::fromUtf8(value)},
                           {QStringLiteral("reason"), validator.reason(value)}};
    }
    return out;
}

QVariant MappingModel::schemaColumnData(int rowIndex, int role) const
{
    const Row &row = m_rows[rowIndex];
    const stevedore::SchemaColumn *column = schemaColumnOf(row);
    switch (role) {
    case Qt::DisplayRole:
        if (!row.target.isMapped())
            return tr("— unmapped —");
        if (!row.target.rules.isEmpty())
            return tr("%1 + %n rule(s) of this file", nullptr, int(row.target.rules.size()))
                .arg(row.target.schemaColumn);
        return row.target.schemaColumn;
    case Qt::EditRole:
    case ValueRole:
        return row.target.schemaColumnId;
    case Qt::ToolTipRole: {
        if (!column)
            return row.target.isMapped() ? tr("This schema column no longer exists") : QVariant();
        QStringList lines{schemaColumnTooltip(*column)};
        if (!row.target.rules.isEmpty()) {
            lines << tr("Rules of this file, checked after the schema column's:");
            for (const ColumnRule &rule : row.target.rules)
                lines << QStringLiteral("• ") + ruleDisplayText(rule);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (!row.target.isMapped())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case ChoicesRole:
        return schemaChoices(rowIndex);
    }
    return {};
}

QVariant MappingModel::transformData(const Row &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return row.target.isMapped() ? transformLabel(row.target.transform) : QString();
    case Qt::EditRole:
    case ValueRole:
        return row.target.transform;
    case Qt::ToolTipRole:
        return row.target.isMapped() ? tr("Applied to each value before it is checked and "
                                          "exported")
                                     : QVariant();
    case ChoicesRole:
        return transformChoices(row);
    case CustomChoiceRole:
        return row.target.isMapped();
    }
    return {};
}

QVariant MappingModel::confidenceData(const Row &row, int role) const
{
    const std::optional<MatchSuggestion> &suggestion = row.suggestion;
    // A suggestion that was not applied stays on show while its column is still unmapped.
    const bool pending = !row.target.isMapped() && suggestion;
    switch (role) {
    case Qt::DisplayRole:
        if (row.target.confidence)
            return percent(*row.target.confidence);
        if (pending && suggestion->schemaColumnId != 0)
            return tr("%1? %2").arg(suggestion->schemaColumn, percent(suggestion->confidence));
        if (pending && suggestion->basis == QLatin1String("tie"))
            return tr("tie");
        return {};
    case ValueRole:
        if (row.target.confidence)
            return *row.target.confidence;
        if (pending && suggestion->schemaColumnId != 0)
            return suggestion->confidence;
        return {};
    case Qt::ToolTipRole:
        if (row.target.confidence) {
            QString text
                = tr("Auto-matched with confidence %1").arg(percent(*row.target.confidence));
            if (suggestion && suggestion->schemaColumnId == row.target.schemaColumnId)
                text += QLatin1String(" (") + basisText(suggestion->basis) + QLatin1Char(')');
            return text;
        }
        if (pending && suggestion->schemaColumnId != 0)
            return tr("Auto-match suggests %1 with confidence %2 (%3), below the threshold of %4: "
                      "not applied")
                .arg(quotedName(suggestion->schemaColumn),
                     percent(suggestion->confidence),
                     basisText(suggestion->basis),
                     percent(m_threshold));
        if (pending && suggestion->basis == QLatin1String("tie"))
            return tr("Two schema columns match equally well: left unmapped");
        return {};
    case Qt::ForegroundRole:
        if (pending)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    return {};
}

QVariant MappingModel::validationData(const Row &row, int role) const
{
    const bool current = row.validation && row.validated == row.target;
    const bool outdated = m_report && row.target.isMapped() && !current;
    switch (role) {
    case Qt::DisplayRole: {
        if (outdated)
            return tr("changed: validate again");
        if (!current)
            return {};
        if (row.validation->invalid == 0)
            return tr("valid");
        QStringList lines;
        for (const InvalidValue &example : row.validation->examples) {
            if (lines.size() == examplesInCell)
                break;
            lines << QLocale().toString(example.lineNo);
        }
        const bool more = row.validation->invalid > lines.size();
        return tr("%n invalid", nullptr, int(row.validation->invalid)) + QStringLiteral(" \u2014 ")
               + (lines.size() == 1 ? tr("line %1") : tr("lines %1"))
                     .arg(lines.join(QLatin1String(", ")))
               + (more ? QStringLiteral(", \u2026") : QString());
    }
    case ValueRole:
        return current ? QVariant(row.validation->invalid) : QVariant();
    case ExamplesRole: {
        if (!current)
            return {};
        QVariantList examples;
        for (const InvalidValue &example : row.validation->examples)
            examples << QVariantMap{{QStringLiteral("line"), example.lineNo},
                                    {QStringLiteral("record"), example.recordNo},
                                    {QStringLiteral("value"), example.value},
                                    {QStringLiteral("reason"), example.reason}};
        return examples;
    }
    case Qt::ToolTipRole: {
        if (outdated)
            return tr("The mapping of this column changed since it was validated");
        if (!current || row.validation->invalid == 0)
            return current ? tr("Every value is valid for %1").arg(row.validation->schemaColumn)
                           : QVariant();
        QStringList text{tr("%n invalid value(s) for %1", nullptr, int(row.validation->invalid))
                             .arg(quotedName(row.validation->schemaColumn))};
        for (const InvalidValue &example : row.validation->examples)
            text << tr("Line %1: %2 (%3)")
                        .arg(QLocale().toString(example.lineNo),
                             quotedName(example.value),
                             example.reason);
        if (row.validation->invalid > row.validation->examples.size())
            text << tr("… and %n more",
                       nullptr,
                       int(row.validation->invalid - row.validation->examples.size()));
        return text.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (current && row.validation->invalid > 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (outdated)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    return {};
}

QVariantList MappingModel::schemaChoices(int row) const
{
    QVariantList out{choice(tr("— unmapped —"), qint64(0))};
    QHash<qint64, QString> fedBy;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (r != row && m_rows[r].target.isMapped())
            fedBy.insert(m_rows[r].target.schemaColumnId, displayName(r));
    }
    for (const stevedore::SchemaColumn &column : m_schema.columns) {
        QString tooltip = schemaColumnTooltip(column);
        if (fedBy.contains(column.id))
            tooltip += QLatin1Char('\n')
                       + tr("Mapped from %1 now; choosing it here unmaps that column")
                             .arg(quotedName(fedBy.value(column.id)));
        out << choice(column.name, column.id, tooltip);
    }
    return out;
}

QVariantList MappingModel::transformChoices(const Row &row) const
{
    QVariantList out;
    QStringList offered;
    const auto offer = [&out, &offered](const QString &transform, const QString &tooltip) {
        out << choice(transformLabel(transform), transform, tooltip);
        offered << transform;
    };
    offer(QString(), QString());
    offer(QStringLiteral("trim"), tr("Spaces before and after the value are removed"));
    offer(QStringLiteral("collapse"),
          tr("Spaces are trimmed, and runs of spaces inside become one"));
    offer(QStringLiteral("upper"), QString());
    offer(QStringLiteral("lower"), QString());
    offer(QStringLiteral("null-if"),
          tr("%1 (in any case) become empty values; type null-if:A|B for others")
              .arg(ValueTransform::defaultNullValues().join(QStringLiteral(", "))));
    const stevedore::SchemaColumn *column = schemaColumnOf(row);
    if (column && isNumberType(column->type)) {
        for (const char *locale : numberLocales)
            offer(QLatin1String("number:") + QLatin1String(locale),
                  tr("Numbers written the %1 way become plain numbers (1234.56)")
                      .arg(QLocale(QLatin1String(locale)).nativeLanguageName()));
    }
    if (column && isDateType(column->type)) {
        QStringList formats;
        for (const char *format : dateFormats)
            formats << QLatin1String(format);
        if (column->type == ColumnType::DateTime) {
            for (const char *format : dateTimeFormats)
                formats << QLatin1String(format);
        }
        for (const QString &format : std::as_const(formats))
            offer(QLatin1String("date:") + format,
                  tr("Values written as %1 become ISO 8601 dates").arg(format));
    }
    // A transform of one's own (a chain, a lookup, other formats) stays selectable.
    const QString current = row.target.transform;
    if (!current.isEmpty() && !offered.contains(current))
        out.insert(1, choice(transformLabel(current), current, tr("Steps: %1").arg(current)));
    return out;
}

QString MappingModel::basisLabel(const QString &basis)
{
    return basisText(basis);
}

QString MappingModel::transformLabel(const QString &transform)
{
    if (transform.isEmpty())
        return tr("None");
    const std::optional<ValueTransform> parsed = ValueTransform::parse(transform);
    if (!parsed)
        return transform;
    QStringList labels;
    for (const ValueTransform::Step &step : parsed->steps()) {
        switch (step.kind) {
        case ValueTransform::Kind::Trim:
            labels << tr("Trim spaces");
            break;
        case ValueTransform::Kind::Collapse:
            labels << tr("Collapse spaces");
            break;
        case ValueTransform::Kind::Upper:
            labels << tr("Upper case");
            break;
        case ValueTransform::Kind::Lower:
            labels << tr("Lower case");
            break;
        case ValueTransform::Kind::NullIf:
            labels << tr("Empty if %1")
                          .arg((step.arguments.isEmpty() ? ValueTransform::defaultNullValues()
                                                         : step.arguments)
                                   .join(QStringLiteral(", ")));
            break;
        case ValueTransform::Kind::Number:
            labels << tr("Number written %1")
                          .arg(QLocale(step.arguments.value(0)).toString(1234.56, 'f', 2));
            break;
        case ValueTransform::Kind::Date:
            labels << tr("Date from %1").arg(step.arguments.join(tr(" or ")));
            break;
        case ValueTransform::Kind::Lookup:
            labels << tr("Look up %n value(s)", nullptr, int(step.arguments.size() / 2));
            break;
        }
    }
    return labels.join(QStringLiteral(" \u2192 "));
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == Transform)
        return setTransform(index.row(), value.toString());
    if (index.column() != SchemaColumn)
        return false;
    // By id, or by name (exactly, else ignoring case); an empty name unmaps.
    if (value.typeId() == QMetaType::QString) {
        const QString name = value.toString();
        if (name.isEmpty())
            return setSchemaColumn(index.row(), 0);
        const stevedore::SchemaColumn *column = m_schema.byName(name);
        if (!column)
            return refuse(tr("There is no schema column named %1.").arg(quotedName(name)));
        return setSchemaColumn(index.row(), column->id);
    }
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok && setSchemaColumn(index.row(), id);
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !isEditableRow(index.row()))
        return flags;
    if (index.column() == SchemaColumn)
        flags |= Qt::ItemIsEditable;
    if (index.column() == Transform && m_rows[index.row()].target.isMapped())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File column");
    case Samples:
        return tr("Sample values");
    case SchemaColumn:
        return tr("Schema column");
    case Transform:
        return tr("Transform");
    case Confidence:
        return tr("Confidence");
    case Validation:
        return tr("Validation");
    }
    return {};
}

} // namespace stevedore
