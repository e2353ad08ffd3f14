#pragma once
// Rules between treatments: one infusion of an antibody per calendar day, no overlapping
// fingolimod periods, transplants far enough apart. Entries already reported as unreadable
// or out of range are left out, so one mistake gives one message.

#include "scenario/IssueList.h"
#include "scenario/Scenario.h"

#include <vector>

namespace lymph {

void checkScheduleConflicts(const std::vector<Treatment> &treatments, IssueList &issues);
// Whether `treatments` break one of these rules: for an editor looking for free room.
bool hasScheduleConflicts(const std::vector<Treatment> &treatments);

} // namespace lymph
