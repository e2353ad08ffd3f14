#pragma once
// The one table of every number the model uses: value, unit, source, note.
// The engine reads values by id; the CLI and the GUI show the table as it is.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lymph {

struct Parameter {
    std::string id;
    double value = 0.0;
    std::string unit;
    std::string source; // publication or "assumption" / "fitted to T#"
    std::string note;
    double min = 0.0; // valid range for overrides from a scenario's patient block
    double max = 0.0;
};

class ParameterTable {
public:
    static const ParameterTable &defaults();

    const std::vector<Parameter> &entries() const { return m_entries; }
    const Parameter *find(std::string_view id) const;
    double value(std::string_view id) const; // throws std::out_of_range for unknown ids
    // Applies an override; false (and nothing changed) for an unknown id or a value outside
    // the entry's range. ScenarioValidator says which, as a coded issue.
    bool set(std::string_view id, double value);

    std::string toText() const;     // aligned plain-text table
    std::string toMarkdown() const; // Markdown table

private:
    std::vector<Parameter> m_entries;
    friend ParameterTable buildDefaultParameterTable();
};

} // namespace lymph
