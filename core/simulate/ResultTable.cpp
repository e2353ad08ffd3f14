#include "simulate/ResultTable.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

namespace lymph {

void ResultTable::addColumn(const ColumnKey &key, std::vector<double> values)
{
    append(columnName(key), key, std::move(values));
}

void ResultTable::addColumn(std::string name, std::vector<double> values)
{
    const std::optional<ColumnKey> key = parseColumnName(name);
    append(std::move(name), key, std::move(values));
}

void ResultTable::append(std::string name, std::optional<ColumnKey> key,
                         std::vector<double> values)
{
    if (!m_columns.empty() && values.size() != rowCount())
        throw std::logic_error("column '" + name + "' has a different length");
    m_keys.push_back(key);
    m_names.push_back(std::move(name));
    m_columns.push_back(std::move(values));
}

std::vector<std::vector<double>> ResultTable::takeColumns()
{
    m_names.clear();
    m_keys.clear();
    return std::exchange(m_columns, {});
}

const std::vector<double> *ResultTable::column(const ColumnKey &key) const
{
    for (std::size_t c = 0; c < m_keys.size(); ++c) {
        if (m_keys[c] == key)
            return &m_columns[c];
    }
    return nullptr;
}

const std::vector<double> &ResultTable::at(const ColumnKey &key) const
{
    if (const auto *c = column(key))
        return *c;
    throw std::out_of_range("no result column '" + columnName(key) + "'");
}

double ResultTable::valueAt(const ColumnKey &key, double day) const
{
    return interpolate(at(key), day);
}

const std::vector<double> *ResultTable::column(std::string_view name) const
{
    auto it = std::find(m_names.begin(), m_names.end(), name);
    return it == m_names.end() ? nullptr : &m_columns[std::size_t(it - m_names.begin())];
}

const std::vector<double> &ResultTable::at(std::string_view name) const
{
    if (const auto *c = column(name))
        return *c;
    throw std::out_of_range("no result column '" + std::string(name) + "'");
}

double ResultTable::valueAt(std::string_view name, double day) const
{
    return interpolate(at(name), day);
}

double interpolateAt(const std::vector<double> &days, const std::vector<double> &values,
                     double day)
{
    if (std::isnan(day))
        return std::numeric_limits<double>::quiet_NaN();
    if (day <= days.front())
        return values.front();
    if (day >= days.back())
        return values.back();
    const auto hi = std::size_t(std::upper_bound(days.begin(), days.end(), day) - days.begin());
    const std::size_t lo = hi - 1;
    const double f = (day - days[lo]) / (days[hi] - days[lo]);
    return values[lo] + f * (values[hi] - values[lo]);
}

double ResultTable::interpolate(const std::vector<double> &values, double day) const
{
    const auto &days = this->days();
    return days.empty() ? 0.0 : interpolateAt(days, values, day);
}

std::string ResultTable::toCsv() const
{
    std::string out;
    for (std::size_t c = 0; c < m_names.size(); ++c) {
        if (c)
            out += ',';
        out += m_names[c];
    }
    out += '\n';
    char buffer[64];
    for (std::size_t r = 0; r < rowCount(); ++r) {
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            if (c)
                out += ',';
            // Shortest text that reads back to the same double; locale-independent.
            auto result = std::to_chars(buffer, buffer + sizeof buffer, m_columns[c][r]);
            out.append(buffer, result.ptr);
        }
        out += '\n';
    }
    return out;
}

} // namespace lymph
