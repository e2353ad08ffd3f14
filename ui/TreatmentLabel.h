#pragma once
// Short translated names of therapies: as a label or a list's entry ("Alemtuzumab", "aHSCT"),
// and in running text ("antibodies against alemtuzumab"; German keeps nouns capitalised).

#include "scenario/Scenario.h"

#include <QString>

namespace lymph {

QString therapyDisplayName(Therapy therapy);
QString therapyNameInText(Therapy therapy);
// Days and doses in the user's locale without group separators ("1082", "0,5" in German), so
// they read well in lists and can be typed back.
QString plainNumber(double value, int significantDigits = 7);
// "0, 1, 2" (infusion days), "400–500" (fingolimod), "900 (reinfusion)" (aHSCT).
QString treatmentDaysText(const Treatment &treatment);
// "5 × 12 mg", "1800 mg in 4 infusions", "0.5 mg/day", "BEAM-ATG".
QString treatmentDoseText(const Treatment &treatment);
// "days 0–4" or "day 900": where the treatment sits on the timeline.
QString treatmentSpanText(const Treatment &treatment);
// "Alemtuzumab · 5 × 12 mg · days 0–4".
QString treatmentSummary(const Treatment &treatment);

} // namespace lymph
