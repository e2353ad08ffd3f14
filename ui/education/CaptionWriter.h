#pragma once
// Plain-language sentences for patients, written from PlainFacts in the current language
// (tr() with plural forms, numbers and months in the locale's format). Nothing here is fixed
// text about outcomes: a sentence exists only when the facts it states were computed.

#include "decision/PlanFigures.h"
#include "summary/PlainFacts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lymph {

class CaptionWriter {
    Q_DECLARE_TR_FUNCTIONS(CaptionWriter)

public:
    // One paragraph per treatment episode, then infection windows, antibodies and the chances
    // of a relapse and of autoimmunity.
    //
    // `shown`: the plan's cohort figures where the same page shows them (the icon arrays, the
    // handout's first pages). Without them the sentences give the typical patient's chances;
    // a cohort's are the mean over people who differ, a few in 100 away. With them an outcome
    // the figures count is not stated again, and a relapse within 2 years (when they count
    // over a longer time) is told from their people's curve (ChanceCurves), as the plot
    // beside them draws it.
    static QStringList captions(const PlainFacts &facts, const PlanFigures *shown = nullptr);

    // "about 3 weeks", "about 7 months", "about 2.5 years".
    static QString duration(double months);
    static QString episodeName(const TreatmentEpisode &episode);
};

} // namespace lymph
