#include "scenario/TherapyTemplates.h"

#include "scenario/ScenarioLimits.h"

namespace lymph {

namespace {

Treatment infusionCourse(Therapy therapy, double day, std::initializer_list<Infusion> pattern)
{
    Treatment treatment;
    treatment.therapy = therapy;
    for (const Infusion &infusion : pattern)
        treatment.infusions.push_back({day + infusion.day, infusion.mg});
    return treatment;
}

Treatment transplant(AhsctRegimen regimen, double firstConditioningDay)
{
    Treatment treatment;
    treatment.therapy = Therapy::Ahsct;
    treatment.regimen = regimen;
    treatment.day = firstConditioningDay + scenario_format::conditioningDays(regimen);
    return treatment;
}

} // namespace

std::string_view templateId(TherapyTemplate which)
{
    switch (which) {
    case TherapyTemplate::AlemtuzumabFirstCourse: return "alemtuzumab-course-1";
    case TherapyTemplate::AlemtuzumabLaterCourse: return "alemtuzumab-later-course";
    case TherapyTemplate::OcrelizumabStart: return "ocrelizumab-start";
    case TherapyTemplate::OcrelizumabMaintenance: return "ocrelizumab-maintenance";
    case TherapyTemplate::RituximabCourse: return "rituximab-course";
    case TherapyTemplate::FingolimodPeriod: return "fingolimod-period";
    case TherapyTemplate::AhsctBeamAtg: return "ahsct-beam-atg";
    case TherapyTemplate::AhsctCyAtg: return "ahsct-cy-atg";
    }
    return {};
}

std::optional<TherapyTemplate> templateFromId(std::string_view id)
{
    for (TherapyTemplate which : kTherapyTemplates) {
        if (templateId(which) == id)
            return which;
    }
    return std::nullopt;
}

Therapy templateTherapy(TherapyTemplate which) { return makeTreatment(which, 0.0).therapy; }

std::string_view templateSource(TherapyTemplate which)
{
    switch (which) {
    case TherapyTemplate::AlemtuzumabFirstCourse:
    case TherapyTemplate::AlemtuzumabLaterCourse:
        return "Lemtrada label: 12 mg/day IV, 5 days (course 1), 3 days (later courses)";
    case TherapyTemplate::OcrelizumabStart:
    case TherapyTemplate::OcrelizumabMaintenance:
        return "Ocrevus label: 300 mg on days 0 and 14, then 600 mg every 6 months";
    case TherapyTemplate::RituximabCourse:
        return "Off-label MS use: 1000 mg on days 0 and 14 (as in HERMES, Hauser 2008)";
    case TherapyTemplate::FingolimodPeriod:
        return "Gilenya label: 0.5 mg once daily (one year shown)";
    case TherapyTemplate::AhsctBeamAtg:
    case TherapyTemplate::AhsctCyAtg:
        return "EBMT protocols: conditioning on the days before stem-cell reinfusion";
    }
    return {};
}

Treatment makeTreatment(TherapyTemplate which, double day)
{
    switch (which) {
    case TherapyTemplate::AlemtuzumabFirstCourse:
        return infusionCourse(Therapy::Alemtuzumab, day,
                              {{0, 12}, {1, 12}, {2, 12}, {3, 12}, {4, 12}});
    case TherapyTemplate::AlemtuzumabLaterCourse:
        return infusionCourse(Therapy::Alemtuzumab, day, {{0, 12}, {1, 12}, {2, 12}});
    case TherapyTemplate::OcrelizumabStart:
        return infusionCourse(Therapy::Ocrelizumab, day, {{0, 300}, {14, 300}});
    case TherapyTemplate::OcrelizumabMaintenance:
        return infusionCourse(Therapy::Ocrelizumab, day, {{0, 600}});
    case TherapyTemplate::RituximabCourse:
        return infusionCourse(Therapy::Rituximab, day, {{0, 1000}, {14, 1000}});
    case TherapyTemplate::FingolimodPeriod: {
        Treatment treatment;
        treatment.therapy = Therapy::Fingolimod;
        treatment.startDay = day;
        treatment.stopDay = day + 365.0;
        treatment.mgPerDay = 0.5;
        return treatment;
    }
    case TherapyTemplate::AhsctBeamAtg: return transplant(AhsctRegimen::BeamAtg, day);
    case TherapyTemplate::AhsctCyAtg: return transplant(AhsctRegimen::CyAtg, day);
    }
    return {};
}

} // namespace lymph
