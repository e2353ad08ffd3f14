#pragma once
// Short translated names of therapies for undo texts and lists ("Alemtuzumab", "aHSCT").

#include "scenario/Scenario.h"

#include <QString>

namespace lymph {

QString therapyDisplayName(Therapy therapy);

} // namespace lymph
