#pragma once
// The standard regimens a user drags from the palette: one labelled dosing pattern each,
// turned into a Treatment at a chosen day. Doses follow the product labels named in
// templateSource(); the GUI shows that source beside each palette entry.

#include "scenario/Scenario.h"

#include <optional>
#include <string_view>

namespace lymph {

enum class TherapyTemplate {
    AlemtuzumabFirstCourse,
    AlemtuzumabLaterCourse,
    OcrelizumabStart,
    OcrelizumabMaintenance,
    RituximabCourse,
    FingolimodPeriod,
    AhsctBeamAtg,
    AhsctCyAtg,
};

inline constexpr TherapyTemplate kTherapyTemplates[] = {
    TherapyTemplate::AlemtuzumabFirstCourse, TherapyTemplate::AlemtuzumabLaterCourse,
    TherapyTemplate::OcrelizumabStart,       TherapyTemplate::OcrelizumabMaintenance,
    TherapyTemplate::RituximabCourse,        TherapyTemplate::FingolimodPeriod,
    TherapyTemplate::AhsctBeamAtg,           TherapyTemplate::AhsctCyAtg,
};

// Stable ids ("alemtuzumab-course-1", ...) used in drag-and-drop data.
std::string_view templateId(TherapyTemplate which);
std::optional<TherapyTemplate> templateFromId(std::string_view id);
Therapy templateTherapy(TherapyTemplate which);
// Where the dosing pattern comes from (product label or protocol).
std::string_view templateSource(TherapyTemplate which);

// The regimen starting on `day` (the first infusion, the first fingolimod dose, or the first
// conditioning day of a transplant, whose reinfusion follows the conditioning days).
Treatment makeTreatment(TherapyTemplate which, double day);

} // namespace lymph
