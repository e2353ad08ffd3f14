#pragma once
// Exact, field-by-field equality of scenario values (core's plain structs have no operator==).
// Used to drop edits that change nothing and by tests that check undo restores a scenario.

#include "scenario/Scenario.h"

namespace lymph {

bool sameInfusion(const Infusion &a, const Infusion &b);
bool sameTreatment(const Treatment &a, const Treatment &b);
bool samePatient(const Patient &a, const Patient &b);
bool sameScenario(const Scenario &a, const Scenario &b);

} // namespace lymph
