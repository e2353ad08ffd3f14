#include "scenario/ScheduleEdits.h"

#include "scenario/ScenarioLimits.h"

#include <algorithm>
#include <cmath>

namespace lymph {

DaySpan treatmentSpan(const Treatment &treatment)
{
    switch (treatment.therapy) {
    case Therapy::Fingolimod: return {treatment.startDay, treatment.stopDay};
    case Therapy::Ahsct:
        return {treatment.day - scenario_format::conditioningDays(treatment.regimen),
                treatment.day};
    case Therapy::Alemtuzumab:
    case Therapy::Ocrelizumab:
    case Therapy::Rituximab:
        break;
    }
    if (treatment.infusions.empty())
        return {};
    DaySpan span{treatment.infusions.front().day, treatment.infusions.front().day};
    for (const Infusion &infusion : treatment.infusions) {
        span.start = std::min(span.start, infusion.day);
        span.end = std::max(span.end, infusion.day);
    }
    return span;
}

Treatment shiftedTreatment(const Treatment &treatment, double days)
{
    const double start = treatmentSpan(treatment).start;
    if (!std::isfinite(days))
        return treatment;
    days = std::max(days, -std::max(start, 0.0));
    Treatment moved = treatment;
    for (Infusion &infusion : moved.infusions)
        infusion.day += days;
    if (treatment.therapy == Therapy::Fingolimod) {
        moved.startDay += days;
        moved.stopDay += days;
    }
    if (treatment.therapy == Therapy::Ahsct)
        moved.day += days;
    return moved;
}

bool hasAdjustableEnd(const Treatment &treatment)
{
    return treatment.therapy == Therapy::Fingolimod;
}

Treatment withStopDay(const Treatment &treatment, double stopDay)
{
    Treatment changed = treatment;
    if (hasAdjustableEnd(treatment) && std::isfinite(stopDay))
        changed.stopDay = std::max(stopDay, treatment.startDay + 1.0);
    return changed;
}

bool canSplit(const Treatment &treatment)
{
    return isAntibody(treatment.therapy) && treatment.infusions.size() > 1;
}

std::vector<Treatment> splitIntoInfusions(const Treatment &treatment)
{
    if (!canSplit(treatment))
        return {treatment};
    std::vector<Treatment> pieces;
    for (const Infusion &infusion : treatment.infusions) {
        Treatment piece = treatment;
        piece.infusions = {infusion};
        pieces.push_back(piece);
    }
    return pieces;
}

double duplicateOffsetDays(const Treatment &treatment)
{
    switch (treatment.therapy) {
    case Therapy::Alemtuzumab: return 365.0;
    case Therapy::Ocrelizumab:
    case Therapy::Rituximab: return 182.0;
    case Therapy::Fingolimod: {
        const DaySpan span = treatmentSpan(treatment);
        return std::max(1.0, span.end - span.start);
    }
    case Therapy::Ahsct: return 365.0;
    }
    return 365.0;
}

} // namespace lymph
