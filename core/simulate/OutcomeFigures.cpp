#include "simulate/OutcomeFigures.h"
#include "model/Calendar.h"

#include "model/ParameterTable.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace lymph {

std::optional<double> valueNearDay(const ResultTable &table, const ColumnKey &column, double day)
{
    const std::vector<double> *days = table.column(ColumnKey{Column::Day});
    if (!table.has(column) || !days || days->empty() || days->back() < day - kHorizonSlackDays)
        return std::nullopt;
    return table.valueAt(column, std::min(day, days->back()));
}

double monthsBelow(const ResultTable &table, const ColumnKey &column, double limit)
{
    const std::vector<double> *days = table.column(ColumnKey{Column::Day});
    const std::vector<double> *values = table.column(column);
    if (!days || !values)
        return 0.0;
    double daysBelow = 0.0;
    for (std::size_t i = 1; i < days->size(); ++i) {
        const double a = (*values)[i - 1] - limit;
        const double b = (*values)[i] - limit;
        const double width = (*days)[i] - (*days)[i - 1];
        if (a < 0.0 && b < 0.0)
            daysBelow += width;
        else if (a < 0.0) // rises through the limit inside the step
            daysBelow += width * a / (a - b);
        else if (b < 0.0) // falls through it
            daysBelow += width * b / (b - a);
    }
    return daysBelow / kDaysPerMonth;
}

OutcomeFigures computeOutcomeFigures(const Results &results)
{
    const ParameterTable &table = results.parameters;
    const ResultTable &columns = results.table;
    constexpr double kYear = kDaysPerYear;

    OutcomeFigures figures;
    figures.relapseProbability2y = valueNearDay(columns, ColumnKey{Column::RelapseProbability}, 2.0 * kYear);
    figures.relapseProbability5y = valueNearDay(columns, ColumnKey{Column::RelapseProbability}, 5.0 * kYear);
    figures.autoimmunityProbability6y =
        valueNearDay(columns, ColumnKey{Column::AutoimmunityProbability}, 6.0 * kYear);
    figures.monthsCd4BelowLln =
        monthsBelow(columns, ColumnKey{Column::Cd4}, table.value("lln_cd4_per_ul"));
    figures.monthsLymphocytesBelowLln =
        monthsBelow(columns, ColumnKey{Column::Lymphocytes}, table.value("lln_lymphocytes_per_ul"));
    for (Therapy antibody : results.antibodies) {
        if (const std::vector<double> *titre = columns.column({Column::AdaTitre, antibody});
            titre && !titre->empty()) {
            const double peak = *std::max_element(titre->begin(), titre->end());
            figures.peakAdaTitre = std::max(figures.peakAdaTitre.value_or(0.0), peak);
        }
    }
    return figures;
}

} // namespace lymph
