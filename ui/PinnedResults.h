#pragma once
// An earlier simulation kept for comparison: its name, its results, its patient and the line
// style its curves are drawn in over the current ones.

#include "scenario/Scenario.h"
#include "simulate/Results.h"

#include <QString>

namespace lymph {

struct PinnedResults {
    QString name;
    Results results;
    Patient patient; // the settings it was simulated for
    Qt::PenStyle style = Qt::DashLine;
};

} // namespace lymph
