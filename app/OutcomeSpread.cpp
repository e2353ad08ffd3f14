#include "OutcomeSpread.h"

#include <algorithm>
#include <cmath>

namespace lymph::cli {

namespace {

std::vector<double> valuesOf(const std::vector<PatientOutcome> &patients,
                             const OutcomeFigure &figure)
{
    std::vector<double> values;
    values.reserve(patients.size());
    for (const PatientOutcome &p : patients) {
        if (const double v = figure(p); !std::isnan(v))
            values.push_back(v);
    }
    return values;
}

// Type 7 (as R and NumPy) on sorted values.
double quantile(const std::vector<double> &sorted, double q)
{
    const double position = q * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

} // namespace

std::optional<Spread> spreadOf(const std::vector<PatientOutcome> &patients,
                               const OutcomeFigure &figure)
{
    std::vector<double> values = valuesOf(patients, figure);
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    return Spread{quantile(values, 0.5), quantile(values, 0.05), quantile(values, 0.95)};
}

std::optional<double> meanOf(const std::vector<PatientOutcome> &patients,
                             const OutcomeFigure &figure)
{
    const std::vector<double> values = valuesOf(patients, figure);
    if (values.empty())
        return std::nullopt;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

} // namespace lymph::cli
