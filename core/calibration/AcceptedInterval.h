#pragma once
// The range a model value must fall in to reproduce a published figure, from the figure's own
// published uncertainty and never wider: its 95% or 90% confidence interval, range or
// interquartile range as published; value ± 1.96 SE; the 95% confidence interval of a mean
// from its SD and n; a one-sided bound; or, for a percentage with its n, the Wilson 95%
// interval of the count. A figure published without any of these is reported, not tested.

#include "calibration/TargetSet.h"

#include <string>

namespace lymph {

// Two-sided normal quantiles of the published intervals (95% and 90%).
inline constexpr double kZ95 = 1.959963984540054;
inline constexpr double kZ90 = 1.6448536269514722;

struct AcceptedInterval {
    bool tested = false;
    double low = 0.0;
    double high = 0.0;
    std::string rule; // how the interval follows from the publication, in words
};

AcceptedInterval acceptedInterval(const CalibrationTarget &target);

} // namespace lymph
