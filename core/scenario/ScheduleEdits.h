#pragma once
// Edits as values in, values out: of one treatment (where it sits on the time axis, moving it,
// changing a continuous period's end, splitting a course into single infusions) and of a whole
// schedule (moving several together, splitting the chosen courses, where a copy goes, which
// treatment comes next in time). The schedule document builds its edit operations on these;
// apart from placing a copy, none of them checks the schedule's rules (validateScenario does
// that for the whole scenario).

#include "scenario/Scenario.h"

#include <optional>
#include <vector>

namespace lymph {

struct DaySpan {
    double start = 0.0;
    double end = 0.0; // inclusive last day occupied (start for a single infusion)
};

// Antibodies: first to last infusion day. Fingolimod: start to stop. aHSCT: the first
// conditioning day to the reinfusion day.
DaySpan treatmentSpan(const Treatment &treatment);

// The same treatment `days` later (earlier when negative); never moved before day 0.
Treatment shiftedTreatment(const Treatment &treatment, double days);
// Continuous dosing has an end the user can drag; other treatments have fixed lengths.
bool hasAdjustableEnd(const Treatment &treatment);
// Fingolimod stopped on `stopDay`, kept at least one day long.
Treatment withStopDay(const Treatment &treatment, double stopDay);

// An antibody course with several infusions becomes one treatment per infusion (so a single
// infusion can be moved, e.g. past a weekend); anything else is returned unchanged.
bool canSplit(const Treatment &treatment);
std::vector<Treatment> splitIntoInfusions(const Treatment &treatment);

// How far a duplicate is placed after the original: the usual re-dosing interval (yearly
// alemtuzumab courses, six-monthly anti-CD20 doses), right after a fingolimod period, a year
// after a transplant.
double duplicateOffsetDays(const Treatment &treatment);

// ---- whole schedules ------------------------------------------------------------------------

// A schedule after an edit, and where the edited treatments now are (ascending indices), so an
// editor can keep them selected.
struct ScheduleEdit {
    std::vector<Treatment> treatments;
    std::vector<int> edited;
};

// The treatments at `indices` moved `days` later together (earlier when negative), but never so
// far back that one of them would start before day 0: the group keeps its shape. Indices
// outside the schedule are ignored.
ScheduleEdit shiftedTogether(const std::vector<Treatment> &schedule,
                             const std::vector<int> &indices, double days);

// Each splittable treatment at `indices` (canSplit) replaced, where it was, by its single
// infusions. `edited`: the pieces, and the chosen treatments that could not be split.
ScheduleEdit splitCourses(const std::vector<Treatment> &schedule, const std::vector<int> &indices);

// Where a copy of `original` goes: a whole number k ≥ 1 of re-dosing intervals
// (duplicateOffsetDays) later, the smallest k at which `schedule` plus the copy breaks none of
// the rules between treatments (ScheduleConflicts.h). Only copies starting on or before
// `lastStartDay` (the simulated time) are tried; nullopt when none of them fits. So a yearly
// course lands on the next free year and a six-monthly dose on the next free half year.
std::optional<Treatment> placedDuplicate(const Treatment &original,
                                         const std::vector<Treatment> &schedule,
                                         double lastStartDay);

// The treatment `direction` steps (±1) from `from` in order of first day (ties in list order),
// held at the first and last; with `from` -1, the first (direction > 0) or the last one.
// -1 for an empty schedule.
int neighbourInTime(const std::vector<Treatment> &schedule, int from, int direction);

// Where a regimen is added when no day is given: a month after the last treatment ends, on a
// whole day (day 0 for an empty schedule).
double nextFreeDay(const std::vector<Treatment> &schedule);

// Where `added` (a regimen placed at day 0) goes when the user asks for "the next one": one
// dosing interval (duplicateOffsetDays) after the start of the latest treatment of the same
// therapy — a later alemtuzumab course a year after the previous one, an ocrelizumab dose six
// months after the last — or, for another therapy, when the latest treatment's next dose
// would be due (never before it ends). Moved on by whole intervals of `added` while a rule
// between treatments would be broken (ScheduleConflicts.h). Day 0 for an empty schedule.
double nextDoseDay(const std::vector<Treatment> &schedule, const Treatment &added);

} // namespace lymph
