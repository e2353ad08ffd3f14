#pragma once
// Scenario-rule messages in words a user reads: "treatments[3].infusions[0].day: …" becomes
// "Alemtuzumab (treatment 4), infusion 1, day: …".

#include "scenario/Scenario.h"

#include <QString>

namespace lymph {

QString readableProblem(const QString &problem, const Scenario &scenario);

} // namespace lymph
