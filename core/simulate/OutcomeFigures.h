#pragma once
// The handful of figures a neurologist compares between strategies, read off one result
// (a typical patient or a cohort summary): relapse chance at 2 and 5 years, months with CD4
// cells and total lymphocytes below their lower limits of normal, the highest anti-drug
// antibody titre and the chance of secondary autoimmunity by year 6.

#include "simulate/Results.h"

#include <optional>

namespace lymph {

class ParameterTable;

struct OutcomeFigures {
    // Nothing where the simulation ends before the time asked for (a horizon up to three
    // days short still counts: "6 years" is often entered as 2190 days).
    std::optional<double> relapseProbability2y;
    std::optional<double> relapseProbability5y;
    std::optional<double> autoimmunityProbability6y;
    double monthsCd4BelowLln = 0.0;
    double monthsLymphocytesBelowLln = 0.0;
    // Highest titre of any antibody in the scenario; nothing when it has none.
    std::optional<double> peakAdaTitre;
};

// Months during which `column` is below `limit`, with linear interpolation between output
// times (so a crossing mid-step counts the part below).
double monthsBelow(const ResultTable &table, const ColumnKey &column, double limit);

// Scenarios often run "6 years" as 2190 days (365-day years): a horizon within a few days of
// the time asked for still answers it, read at the last simulated day.
inline constexpr double kHorizonSlackDays = 3.0;

// A column's value at `day`; nothing when the table ends more than three days before it
// (within that slack, the last row's value).
std::optional<double> valueNearDay(const ResultTable &table, const ColumnKey &column, double day);

// LLNs come from the results' own parameters.
OutcomeFigures computeOutcomeFigures(const Results &results);

} // namespace lymph
