#include "model/ParameterTable.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <stdexcept>

namespace lymph {

ParameterTable buildDefaultParameterTable(); // DefaultParameters.cpp

const ParameterTable &ParameterTable::defaults()
{
    static const ParameterTable table = buildDefaultParameterTable();
    return table;
}

const Parameter *ParameterTable::find(std::string_view id) const
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [id](const Parameter &p) { return p.id == id; });
    return it == m_entries.end() ? nullptr : &*it;
}

double ParameterTable::value(std::string_view id) const
{
    if (const Parameter *p = find(id))
        return p->value;
    throw std::out_of_range("unknown model parameter '" + std::string(id) + "'");
}

bool ParameterTable::set(std::string_view id, double value)
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [id](const Parameter &p) { return p.id == id; });
    if (it == m_entries.end() || !std::isfinite(value) || value < it->min || value > it->max)
        return false;
    it->value = value;
    return true;
}

namespace {
std::string formatValue(double v)
{
    std::ostringstream out;
    out << std::setprecision(4) << v;
    return out.str();
}
} // namespace

std::string ParameterTable::toText() const
{
    std::size_t idWidth = 2, valueWidth = 5, unitWidth = 4;
    for (const auto &p : m_entries) {
        idWidth = std::max(idWidth, p.id.size());
        valueWidth = std::max(valueWidth, formatValue(p.value).size());
        unitWidth = std::max(unitWidth, p.unit.size());
    }
    std::ostringstream out;
    out << std::left << std::setw(int(idWidth)) << "id" << "  " << std::setw(int(valueWidth))
        << "value" << "  " << std::setw(int(unitWidth)) << "unit" << "  source — note\n";
    for (const auto &p : m_entries) {
        out << std::left << std::setw(int(idWidth)) << p.id << "  " << std::setw(int(valueWidth))
            << formatValue(p.value) << "  " << std::setw(int(unitWidth)) << p.unit << "  "
            << p.source;
        if (!p.note.empty())
            out << " — " << p.note;
        out << '\n';
    }
    return out.str();
}

std::string ParameterTable::toMarkdown() const
{
    auto escape = [](std::string s) {
        std::string r;
        for (char c : s) {
            if (c == '|')
                r += "\\|";
            else
                r += c;
        }
        return r;
    };
    std::ostringstream out;
    out << "| id | value | unit | source | note |\n|---|---|---|---|---|\n";
    for (const auto &p : m_entries) {
        out << "| `" << p.id << "` | " << formatValue(p.value) << " | " << escape(p.unit) << " | "
            << escape(p.source) << " | " << escape(p.note) << " |\n";
    }
    return out.str();
}

} // namespace lymph
