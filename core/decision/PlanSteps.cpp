#include "decision/PlanSteps.h"

#include "scenario/ScheduleEdits.h"

#include <algorithm>
#include <numeric>

namespace lymph {

namespace {

std::vector<std::size_t> inTimeOrder(const std::vector<Treatment> &treatments)
{
    std::vector<std::size_t> order(treatments.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return treatmentSpan(treatments[a]).start < treatmentSpan(treatments[b]).start;
    });
    return order;
}

} // namespace

std::vector<PlanStep> planSteps(const Scenario &scenario)
{
    std::vector<PlanStep> steps;
    double lastEnd = 0.0;
    for (std::size_t index : inTimeOrder(scenario.treatments)) {
        const Treatment &treatment = scenario.treatments[index];
        const DaySpan span = treatmentSpan(treatment);
        if (steps.empty() || steps.back().therapy != treatment.therapy) {
            steps.push_back({treatment.therapy, 1});
            lastEnd = span.end;
            continue;
        }
        const bool countsCourses =
            treatment.therapy == Therapy::Alemtuzumab || treatment.therapy == Therapy::Ahsct;
        if (countsCourses && span.start - lastEnd >= kCourseGapDays)
            ++steps.back().courses;
        lastEnd = std::max(lastEnd, span.end);
    }
    return steps;
}

Scenario withoutLastStep(const Scenario &scenario)
{
    Scenario shorter = scenario;
    const std::vector<std::size_t> order = inTimeOrder(scenario.treatments);
    if (order.empty())
        return shorter;
    const Therapy last = scenario.treatments[order.back()].therapy;
    std::vector<bool> drop(scenario.treatments.size(), false);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (scenario.treatments[*it].therapy != last)
            break;
        drop[*it] = true;
    }
    shorter.treatments.clear();
    for (std::size_t i = 0; i < scenario.treatments.size(); ++i) {
        if (!drop[i])
            shorter.treatments.push_back(scenario.treatments[i]);
    }
    return shorter;
}

} // namespace lymph
