#pragma once
// Turns a scenario's treatments into piecewise-constant model inputs: the breakpoints where any
// input changes, the inputs on each piece, and state jumps (graft infusion). The integrator
// restarts at every breakpoint, so no dose can fall inside an adaptive step.

#include "model/ImmuneModel.h"
#include "model/ModelParameters.h"
#include "scenario/Scenario.h"

#include <vector>

namespace lymph {

struct Segment {
    double start = 0.0;
    double end = 0.0;
    SegmentInputs inputs;
    bool graftAtStart = false; // stem-cell reinfusion happens at `start`
};

struct DoseSchedule {
    std::vector<Segment> segments; // contiguous, covering [0, horizon]
    double ocrelizumabFirstDay = -1.0;
    std::vector<Therapy> antibodies; // antibodies present, in kAntibodies order
    bool hasFingolimod = false;
    bool hasAhsct = false;
};

DoseSchedule buildDoseSchedule(const Scenario &scenario, const ModelParameters &parameters);

// Index of an antibody in the state vector (0 alemtuzumab, 1 ocrelizumab, 2 rituximab).
std::size_t antibodyIndex(Therapy therapy);

} // namespace lymph
