#pragma once
// Names of plans in the user's language: a name made from the plan itself ("Alemtuzumab ×2 →
// aHSCT"), the plan that stops before its last step ("Alemtuzumab ×2, then no further
// treatment") and the built-in examples' names, translated.

#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QString>

namespace lymph {

class PlanNames {
    Q_DECLARE_TR_FUNCTIONS(PlanNames)

public:
    // The plan's steps joined by arrows; "No treatment" for an empty schedule.
    static QString fromPlan(const Scenario &scenario);
    // The name of a plan that stops where `shorter` (withoutLastStep of another) ends, as the
    // plan to compare against: "Alemtuzumab ×2, then no further treatment".
    static QString stoppedAfter(const Scenario &shorter);
    // A built-in example's name in the user's language; other names as they are.
    static QString translatedName(const std::string &name);
    // The name a plan is shown by: its own, translated if it is an example's, or made from
    // its steps when it has none (a file without one reads as "Untitled scenario", which is
    // English whatever the language).
    static QString shownName(const Scenario &scenario);
};

} // namespace lymph
