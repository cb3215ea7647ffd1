// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "schema/mappingservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

class QUndoStack;

namespace stevedore {

// What one file column feeds: the part of a ColumnMapping that an edit changes.
struct ColumnTarget
{
    qint64 schemaColumnId = 0; // 0: unmapped
    QString schemaColumn;
    QString transform;                // "" for none, else ValueTransform text
    std::optional<double> confidence; // set by auto-match, cleared by a manual choice
    // The file's own rules (ColumnMapping::rules): kept while the schema column stays.
    QList<ColumnRule> rules = {};

    bool isMapped() const { return schemaColumnId != 0; }
    bool operator==(const ColumnTarget &other) const = default;
};

// One file's column mapping as an editable table: a row per header column (name, sample
// values, schema column, transform, auto-match confidence, validation summary). Edits made
// through setData() or the edit functions below are pushed on the undo stack as commands
// (ui/mapping/mappingcommands.h) that do the change; without a stack they apply directly.
//
// The model owns no database access: the editor loads a mapping into it, saves edits() and
// feeds validation reports back. Loading another mapping clears the undo stack, whose
// commands refer to this model's rows.
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        Samples,
        SchemaColumn,
        Transform,
        Confidence,
        Validation,
        ColumnCount
    };
    enum Role {
        // The raw value of a cell: the file column name; the samples (QStringList); the
        // schema column id (qint64, 0 unmapped); the transform text; the confidence (double,
        // invalid when none); the invalid-value count (qint64, invalid when not validated).
        ValueRole = Qt::UserRole + 1,
        // SchemaColumn and Transform: QVariantList of {"label", "value", "tooltip"} maps for
        // an editor to offer.
        ChoicesRole,
        // Transform: true when a typed value is accepted too (a chain of steps, a lookup, a
        // date format of one's own).
        CustomChoiceRole,
        // Validation: QVariantList of {"line", "record", "value", "reason"} maps.
        ExamplesRole,
        // Samples: QVariantList of {"before", "after", "reason"} maps, one per sample value:
        // the value as in the file, after the transform, and why that is invalid for the
        // schema column ("" when valid). Empty when the row is unmapped.
        TransformedSamplesRole,
    };

    explicit MappingModel(QUndoStack *undoStack = nullptr, QObject *parent = nullptr);

    // Shows mapping (as saved, version included) against schema; samples[i] are the first
    // sample values of header column i. Clears the undo stack, suggestions and validation.
    void
    setMapping(const Schema &schema, const FileMapping &mapping, const QList<QStringList> &samples);
    void clear();
    // Takes saved (what the database returned from a save) as the new baseline; the rows
    // show it, the undo history stays.
    void markSaved(const FileMapping &saved);
    // Puts every row back to the saved mapping and clears the undo stack.
    void revert();

    const Schema &schema() const { return m_schema; }
    const FileMapping &savedMapping() const { return m_saved; }
    // The mapping as edited (same file, version of the saved one).
    FileMapping mapping() const;
    // The changes from the saved mapping, one per changed column, for MappingService::save.
    QList<MappingEdit> edits() const;
    bool hasEdits() const { return !edits().isEmpty(); }

    ColumnTarget target(int row) const;
    // Sets a row's target without any undo command (the commands call it).
    void setTarget(int row, const ColumnTarget &target);
    // False for a header name that appears more than once: a mapping cannot address it.
    bool isEditableRow(int row) const;
    int rowOf(const QString &fileColumn) const; // the first row of that name, or -1

    // Undoable edits; false (and editRefused) when the value cannot be used.
    bool setSchemaColumn(int row, qint64 schemaColumnId);
    bool setTransform(int row, const QString &transform);

    // Auto-match on the edited mapping, by MappingService::autoMap's rules: a suggestion for
    // each unmapped file column among the schema columns nothing feeds yet.
    QList<MatchSuggestion> suggest() const;
    // Remembers the suggestions (shown in the Confidence column) and applies those with a
    // schema column and confidence >= threshold as one undoable command. Returns how many.
    int applySuggestions(const QList<MatchSuggestion> &suggestions, double threshold);
    double threshold() const { return m_threshold; }
    // Makes the mapping edits (every file column they name mapped as they say, every other
    // column unmapped) as one undoable command named text. Returns the rows changed.
    int applyMapping(const QList<MappingEdit> &edits, const QString &text);

    // Shows report, the result of validating the mapping validated: a row shows its column's
    // figures while its target is still the one validated.
    void setValidation(const ValidationReport &report, const FileMapping &validated);
    const std::optional<ValidationReport> &validation() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "trim" → "Trim spaces", "date:dd/MM/yyyy" → "Date from dd/MM/yyyy"; "" → "None".
    static QString transformLabel(const QString &transform);
    // Auto-match's basis ("exact", "synonym", …) in words, translated.
    static QString basisLabel(const QString &basis);

signals:
    void editRefused(const QString &reason);

private:
    struct Row
    {
        QString fileColumn;
        int position = 0;
        bool ambiguous = false;
        QStringList samples;
        ColumnTarget target;
        std::optional<MatchSuggestion> suggestion;
        std::optional<ColumnValidation> validation;
        ColumnTarget validated; // the target validation belongs to
    };

    void change(const QList<std::pair<int, ColumnTarget>> &changes, const QString &text);
    bool refuse(const QString &reason);
    QString displayName(int row) const;
    QVariant fileColumnData(const Row &row, int role) const;
    QVariant samplesData(const Row &row, int role) const;
    QVariant schemaColumnData(int rowIndex, int role) const;
    QVariant transformData(const Row &row, int role) const;
    QVariant confidenceData(const Row &row, int role) const;
    QVariant validationData(const Row &row, int role) const;
    QVariantList schemaChoices(int row) const;
    QVariantList transformChoices(const Row &row) const;
    QVariantList transformedSamples(const Row &row) const;
    const stevedore::SchemaColumn *schemaColumnOf(const Row &row) const;

    QUndoStack *m_undoStack = nullptr;
    Schema m_schema;
    FileMapping m_saved;
    QList<Row> m_rows;
    std::optional<ValidationReport> m_report;
    double m_threshold = 0;
};

} // namespace stevedore
