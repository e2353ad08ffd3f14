#pragma once
// Simulation output as named columns of equal length (first column "day").
// The CSV writer, the plots and the tests all read results through this one shape.

#include <string>
#include <string_view>
#include <vector>

namespace lymph {

class ResultTable {
public:
    void addColumn(std::string name, std::vector<double> values);
    const std::vector<std::string> &names() const { return m_names; }
    const std::vector<std::vector<double>> &columns() const { return m_columns; }
    std::size_t rowCount() const { return m_columns.empty() ? 0 : m_columns.front().size(); }
    bool has(std::string_view name) const { return column(name) != nullptr; }
    const std::vector<double> *column(std::string_view name) const;
    // Column by name; throws std::out_of_range naming the missing column.
    const std::vector<double> &at(std::string_view name) const;
    // Linear interpolation of a column at a day (clamped to the simulated range).
    double valueAt(std::string_view name, double day) const;

    std::string toCsv() const;

    // Empties the table and hands over its columns' storage, to be written again.
    std::vector<std::vector<double>> takeColumns();

private:
    std::vector<std::string> m_names;
    std::vector<std::vector<double>> m_columns;
};

} // namespace lymph
