#pragma once
// Plain-language sentences for patients, written from PlainFacts in the current language
// (tr() with plural forms, numbers and months in the locale's format). Nothing here is fixed
// text about outcomes: a sentence exists only when the facts it states were computed.

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
    static QStringList captions(const PlainFacts &facts);

    // "about 3 weeks", "about 7 months", "about 2.5 years".
    static QString duration(double months);
    static QString episodeName(const TreatmentEpisode &episode);
};

} // namespace lymph
