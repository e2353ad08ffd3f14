#pragma once
// Edits of one treatment as values in, values out: where it sits on the time axis, moving it,
// changing a continuous period's end, splitting a course into single infusions, and where a
// copy goes. The timeline editor and the tests use these; none of them checks the schedule's
// rules (validateScenario does that for the whole scenario).

#include "scenario/Scenario.h"

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

} // namespace lymph
