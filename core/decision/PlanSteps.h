#pragma once
// A schedule read as the steps of a plan, for naming it ("Alemtuzumab ×2 → aHSCT") and for
// the plan to compare against: the same plan without its last step ("no further treatment").

#include "scenario/Scenario.h"

#include <vector>

namespace lymph {

struct PlanStep {
    Therapy therapy = Therapy::Alemtuzumab;
    // Separate courses or transplants in the step: infusions less than kCourseGapDays apart
    // belong to one course, so a course split into single infusions still counts once.
    int courses = 1;
};
inline constexpr double kCourseGapDays = 60.0;

// Treatments in order of their first day; consecutive treatments of one therapy are one step.
std::vector<PlanStep> planSteps(const Scenario &scenario);

// The scenario without the treatments of its last step: what happens if the plan stops
// before that step. An empty schedule stays empty.
Scenario withoutLastStep(const Scenario &scenario);

} // namespace lymph
