#pragma once
// The range a model value must fall in to reproduce a published figure, from the figure's own
// published uncertainty and never wider: its 95% or 90% confidence interval, range or
// interquartile range as published; value ± 1.96 SE; the 95% confidence interval of a mean
// from its SD and n; a one-sided bound; or, for a percentage with its n, the Wilson 95%
// interval of the count. A figure published without any of these is reported, not tested.

#include "calibration/TargetSet.h"

#include <string>

namespace lymph {

struct AcceptedInterval {
    bool tested = false;
    double low = 0.0;
    double high = 0.0;
    std::string rule; // how the interval follows from the publication, in words
};

AcceptedInterval acceptedInterval(const CalibrationTarget &target);

} // namespace lymph
