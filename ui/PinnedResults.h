#pragma once
// An earlier simulation kept for comparison: the plan's name (editable), its results, its
// patient, how its curves are marked over the current ones, and the plan itself (its figures
// for the decision table are measured from it).

#include "plot/FigureSpec.h"

#include "scenario/Scenario.h"
#include "simulate/Results.h"

#include <QString>

namespace lymph {

struct PinnedResults {
    // How the name came about: made from the plan (made again in another language) or the
    // user's own.
    enum class NameKind { Own, FromPlan, NoFurtherTreatment };

    QString name;
    Results results;
    Patient patient; // the settings it was simulated for
    OverlayStyle style = OverlayStyle::PinnedA;
    Scenario scenario;
    NameKind nameKind = NameKind::Own;
};

// "A", "B", "C" for the pinned slots (as in the legends' markers); empty for a sampled patient.
inline QString pinnedLetter(OverlayStyle style)
{
    switch (style) {
    case OverlayStyle::PinnedA: return QStringLiteral("A");
    case OverlayStyle::PinnedB: return QStringLiteral("B");
    case OverlayStyle::PinnedC: return QStringLiteral("C");
    case OverlayStyle::Sample:
    case OverlayStyle::Population: break;
    }
    return {};
}

} // namespace lymph
