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

// "A: long scenario name" is called "A" where room is short; other names stay whole.
inline QString pinnedShortName(const QString &name)
{
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    return colon > 0 && colon <= 2 ? name.left(colon) : name;
}

} // namespace lymph
