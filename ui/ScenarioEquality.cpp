#include "ScenarioEquality.h"

#include <algorithm>

namespace lymph {

bool sameInfusion(const Infusion &a, const Infusion &b) { return a.day == b.day && a.mg == b.mg; }

bool sameTreatment(const Treatment &a, const Treatment &b)
{
    return a.therapy == b.therapy &&
           std::equal(a.infusions.begin(), a.infusions.end(), b.infusions.begin(),
                      b.infusions.end(), sameInfusion) &&
           a.startDay == b.startDay && a.stopDay == b.stopDay && a.mgPerDay == b.mgPerDay &&
           a.regimen == b.regimen && a.day == b.day;
}

bool samePatient(const Patient &a, const Patient &b)
{
    return a.weightKg == b.weightKg && a.ageYears == b.ageYears &&
           a.baselineArr == b.baselineArr && a.adaPropensity == b.adaPropensity &&
           a.parameters == b.parameters;
}

bool sameScenario(const Scenario &a, const Scenario &b)
{
    return a.name == b.name && a.description == b.description &&
           a.horizonDays == b.horizonDays && samePatient(a.patient, b.patient) &&
           std::equal(a.treatments.begin(), a.treatments.end(), b.treatments.begin(),
                      b.treatments.end(), sameTreatment);
}

} // namespace lymph
