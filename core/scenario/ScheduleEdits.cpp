#include "scenario/ScheduleEdits.h"

#include "scenario/ScenarioLimits.h"
#include "scenario/ScheduleConflicts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

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

// ---- whole schedules ------------------------------------------------------------------------

namespace {

bool contains(const std::vector<int> &indices, int index)
{
    return std::find(indices.begin(), indices.end(), index) != indices.end();
}

} // namespace

ScheduleEdit shiftedTogether(const std::vector<Treatment> &schedule,
                             const std::vector<int> &indices, double days)
{
    ScheduleEdit edit{schedule, {}};
    double earliest = std::numeric_limits<double>::infinity();
    for (int i = 0; i < static_cast<int>(schedule.size()); ++i) {
        if (!contains(indices, i))
            continue;
        edit.edited.push_back(i);
        earliest = std::min(earliest, treatmentSpan(schedule[static_cast<std::size_t>(i)]).start);
    }
    if (edit.edited.empty() || !std::isfinite(days))
        return edit;
    // One amount for all: clamping each at day 0 on its own would change their spacing.
    days = std::max(days, -std::max(earliest, 0.0));
    for (int i : edit.edited) {
        Treatment &treatment = edit.treatments[static_cast<std::size_t>(i)];
        treatment = shiftedTreatment(treatment, days);
    }
    return edit;
}

ScheduleEdit splitCourses(const std::vector<Treatment> &schedule, const std::vector<int> &indices)
{
    ScheduleEdit edit;
    for (int i = 0; i < static_cast<int>(schedule.size()); ++i) {
        const Treatment &treatment = schedule[static_cast<std::size_t>(i)];
        if (!contains(indices, i)) {
            edit.treatments.push_back(treatment);
            continue;
        }
        for (const Treatment &piece : splitIntoInfusions(treatment)) {
            edit.edited.push_back(static_cast<int>(edit.treatments.size()));
            edit.treatments.push_back(piece);
        }
    }
    return edit;
}

std::optional<Treatment> placedDuplicate(const Treatment &original,
                                         const std::vector<Treatment> &schedule,
                                         double lastStartDay)
{
    const double interval = duplicateOffsetDays(original);
    const double lastStart = std::min(lastStartDay, kMaxHorizonDays);
    std::vector<Treatment> trial = schedule;
    trial.push_back(original);
    for (int k = 1;; ++k) {
        const Treatment copy = shiftedTreatment(original, k * interval);
        if (!(treatmentSpan(copy).start <= lastStart))
            return std::nullopt;
        trial.back() = copy;
        if (!hasScheduleConflicts(trial))
            return copy;
    }
}

int neighbourInTime(const std::vector<Treatment> &schedule, int from, int direction)
{
    const int count = static_cast<int>(schedule.size());
    if (count == 0)
        return -1;
    std::vector<int> order(schedule.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&schedule](int a, int b) {
        return treatmentSpan(schedule[static_cast<std::size_t>(a)]).start <
               treatmentSpan(schedule[static_cast<std::size_t>(b)]).start;
    });
    const auto found = std::find(order.begin(), order.end(), from);
    if (found == order.end())
        return direction > 0 ? order.front() : order.back();
    const auto position = static_cast<int>(found - order.begin()) + (direction > 0 ? 1 : -1);
    return order[static_cast<std::size_t>(std::clamp(position, 0, count - 1))];
}

double nextFreeDay(const std::vector<Treatment> &schedule)
{
    double last = -1.0;
    for (const Treatment &treatment : schedule)
        last = std::max(last, treatmentSpan(treatment).end);
    return last < 0.0 ? 0.0 : std::round(last + kDaysPerMonth);
}

double nextDoseDay(const std::vector<Treatment> &schedule, const Treatment &added)
{
    if (schedule.empty())
        return 0.0;
    const Treatment *latest = nullptr;     // the latest start of any therapy
    const Treatment *latestSame = nullptr; // ... and of the added therapy
    for (const Treatment &treatment : schedule) {
        const double start = treatmentSpan(treatment).start;
        if (!latest || start > treatmentSpan(*latest).start)
            latest = &treatment;
        if (treatment.therapy == added.therapy &&
            (!latestSame || start > treatmentSpan(*latestSame).start))
            latestSame = &treatment;
    }
    double day = 0.0;
    if (latestSame) {
        day = treatmentSpan(*latestSame).start + duplicateOffsetDays(*latestSame);
    } else {
        const DaySpan span = treatmentSpan(*latest);
        day = std::max(span.start + duplicateOffsetDays(*latest), span.end + 1.0);
    }
    day = std::round(day);
    const double step = std::max(1.0, duplicateOffsetDays(added));
    std::vector<Treatment> trial = schedule;
    trial.push_back(shiftedTreatment(added, day - treatmentSpan(added).start));
    for (int tries = 0; tries < 200 && hasScheduleConflicts(trial); ++tries) {
        day += step;
        trial.back() = shiftedTreatment(added, day - treatmentSpan(added).start);
    }
    return day;
}

} // namespace lymph
