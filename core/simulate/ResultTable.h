#pragma once
// Simulation output as columns of equal length, each known by its key in the column schema
// (ResultColumns.h) and by the name the CSV shows. The CSV writer, the plots and the tests
// all read results through this one shape.

#include "simulate/ResultColumns.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lymph {

// `values` at `day`, linear between the increasing `days` (as many, at least one), held at
// either end; NaN for a NaN day.
double interpolateAt(const std::vector<double> &days, const std::vector<double> &values,
                     double day);

class ResultTable {
public:
    void addColumn(const ColumnKey &key, std::vector<double> values);
    // A column by name; its key is read from the name when the schema knows it.
    void addColumn(std::string name, std::vector<double> values);

    const std::vector<std::string> &names() const { return m_names; }
    const std::vector<std::optional<ColumnKey>> &keys() const { return m_keys; }
    const std::vector<std::vector<double>> &columns() const { return m_columns; }
    std::size_t rowCount() const { return m_columns.empty() ? 0 : m_columns.front().size(); }

    const std::vector<double> *column(const ColumnKey &key) const;
    bool has(const ColumnKey &key) const { return column(key) != nullptr; }
    // Throws std::out_of_range naming the missing column.
    const std::vector<double> &at(const ColumnKey &key) const;
    const std::vector<double> &days() const { return at(ColumnKey{Column::Day}); }
    // Linear interpolation of a column at a day (clamped to the simulated range).
    double valueAt(const ColumnKey &key, double day) const;

    // By CSV name (files read back, tests).
    const std::vector<double> *column(std::string_view name) const;
    bool has(std::string_view name) const { return column(name) != nullptr; }
    const std::vector<double> &at(std::string_view name) const;
    double valueAt(std::string_view name, double day) const;

    std::string toCsv() const;

    // Empties the table and hands over its columns' storage, to be written again.
    std::vector<std::vector<double>> takeColumns();

private:
    void append(std::string name, std::optional<ColumnKey> key, std::vector<double> values);
    double interpolate(const std::vector<double> &values, double day) const;

    std::vector<std::string> m_names;
    std::vector<std::optional<ColumnKey>> m_keys;
    std::vector<std::vector<double>> m_columns;
};

} // namespace lymph
