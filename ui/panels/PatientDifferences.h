#pragma once
// Says which patient settings of the pinned scenarios differ from the current one, so that a
// comparison of plans is not read as the effect of the plans alone (the default example's
// patient has twice the untreated relapse rate of the ocrelizumab example's, for instance).

#include "PinnedResults.h"

#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lymph {

class PatientDifferences {
    Q_DECLARE_TR_FUNCTIONS(PatientDifferences)

public:
    // Empty when every pinned patient equals `current`; otherwise one sentence naming, per
    // pinned scenario, each setting that differs with both values.
    static QString note(const Patient &current, const QList<PinnedResults> &pinned);
};

} // namespace lymph
