#pragma once
// One figure across the patients of a result (one typical patient, or a cohort's members):
// its median with the 5th and 95th percentiles, or its mean; outcomes beyond the horizon
// (NaN) left out.

#include "simulate/PatientOutcome.h"

#include <functional>
#include <optional>
#include <vector>

namespace lymph::cli {

struct Spread {
    double median = 0.0;
    double p05 = 0.0;
    double p95 = 0.0;
};

using OutcomeFigure = std::function<double(const PatientOutcome &)>;

// Nothing when no patient has the figure.
std::optional<Spread> spreadOf(const std::vector<PatientOutcome> &patients,
                               const OutcomeFigure &figure);
std::optional<double> meanOf(const std::vector<PatientOutcome> &patients,
                             const OutcomeFigure &figure);

} // namespace lymph::cli
