#pragma once
// Fits chosen parameters to the published figures: weighted least squares on the log scale,
// each target's residual divided by the spread its own published uncertainty implies, with
// Ceres (core/estimate/LeastSquares.h, the estimator the personalised forecasts use). The
// designs' cohorts keep their seeds, so every parameter set meets the same virtual patients
// (common random numbers) and the objective is reproducible.

#include "calibration/CalibrationRun.h"
#include "estimate/LeastSquares.h"

#include <optional>
#include <string>
#include <vector>

namespace lymph {

// The weighted log residual of one result, or nothing when the target is not tested.
//  - A two-sided interval [low, high]: (ln model − ln published) / σ, with σ the log-scale
//    spread that interval implies (its half-width in logs over 1.96, or 1.645 for a 90%
//    interval; a range or IQR is read as a 95% interval, which weighs it a little less).
//  - A one-sided bound: 0 inside, and the log distance past the bound over kBoundSpread
//    outside (a hinge).
//  - No model value (a measure not reached): kMissingResidual, which has no gradient but
//    keeps the failure in the cost.
// Values at or below zero are floored at a tenth of the interval's low end (or 1% of the
// published value) before the logarithm.
std::optional<double> calibrationResidual(const TargetResult &result);

inline constexpr double kBoundSpread = 0.25;     // log scale; an assumption
inline constexpr double kMissingResidual = 5.0;

struct CalibrationFitOptions {
    std::vector<std::string> parameters; // ids of the parameters to fit
    std::vector<std::string> targets;    // ids of the targets to fit to (all tested when empty)
    double cohortShare = 1.0;
    int maxIterations = 20;
    // Step of the central differences in log(value): large enough that a share counted over a
    // few hundred virtual patients changes between the two sides.
    double relativeStep = 0.03;
};

struct CalibrationFitResult {
    std::vector<std::string> parameters;
    std::vector<double> initial;      // natural scale
    Estimate estimate;                // values natural; SEs and covariance on log scale
    std::vector<TargetResult> before; // the fitted targets at the initial values
    std::vector<TargetResult> after;  // at the estimate
};

class CalibrationFitError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws CalibrationFitError for an unknown parameter or target id, a parameter whose range
// includes zero (it is fitted on the log scale), or no tested target among those chosen.
CalibrationFitResult fitCalibration(const TargetSet &set, const ParameterTable &start,
                                    const CalibrationFitOptions &options);

} // namespace lymph
