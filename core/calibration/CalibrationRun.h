#pragma once
// Runs a target set: each design once (the typical patient, and its virtual cohort with a
// fixed seed so that every parameter set meets the same patients), each target's measure read
// off it, and the result set beside the published figure and its accepted interval.

#include "calibration/AcceptedInterval.h"
#include "calibration/TargetSet.h"
#include "model/ParameterTable.h"

#include <optional>
#include <string>
#include <vector>

namespace lymph {

struct TargetResult {
    const CalibrationTarget *target = nullptr;
    std::optional<double> model; // in the target's unit; empty when it could not be read
    AcceptedInterval interval;
    bool passed = false;         // tested and within the interval
    std::string problem;         // why there is no model value
};

// How many of `results` pass.
int passedCount(const std::vector<TargetResult> &results);

class CalibrationRun {
public:
    // `cohortShare` scales every design's cohort (e.g. 0.25 for a quick look); at least 20.
    explicit CalibrationRun(const TargetSet &set, double cohortShare = 1.0);

    // The targets in set order, or only those whose id is in `only` (all when empty).
    std::vector<TargetResult> evaluate(const ParameterTable &parameters,
                                       const std::vector<std::string> &only = {}) const;

private:
    const TargetSet &m_set;
    double m_cohortShare;
};

} // namespace lymph
