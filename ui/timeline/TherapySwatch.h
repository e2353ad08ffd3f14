#pragma once
// One colour per therapy for timeline blocks and palette icons, matching the drug curves in
// the plots (Okabe–Ito, colour-blind safe), with a text colour readable on it.

#include "scenario/Scenario.h"

#include <QColor>
#include <QIcon>

namespace lymph {

QColor therapyColor(Therapy therapy);
QColor therapyTextColor(Therapy therapy);
QIcon therapySwatch(Therapy therapy);

} // namespace lymph
