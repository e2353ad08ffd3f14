#pragma once
// The facts behind the plain-language captions of the education view and the handout, read
// off one simulation: when the blood counts come back after each treatment, when infections
// are more likely, when anti-drug antibodies appear, and the chances of a relapse and of
// secondary autoimmunity. Numbers only; the window turns them into sentences in the user's
// language, so every sentence follows from the curves it describes.

#include "scenario/Scenario.h"
#include "simulate/OutcomeFigures.h"
#include "simulate/Results.h"

#include <optional>
#include <vector>

namespace lymph {

class ParameterTable;

// How one count fares after a treatment episode.
struct CountRecovery {
    bool fellBelowLln = false;          // it was, or went, below its lower limit of normal
    std::optional<double> monthsToLln;  // from the episode's start until it is back at the LLN
};

// One treatment, or several of one therapy given close together (a course split into single
// infusions is still one course).
struct TreatmentEpisode {
    Therapy therapy = Therapy::Alemtuzumab;
    int number = 1; // 1 for the first episode of this therapy, 2 for the second, ...
    double startDay = 0.0;
    double endDay = 0.0;
    // Looked for until the next episode of any therapy starts, or the simulation ends.
    double windowEndDay = 0.0;
    CountRecovery lymphocytes;
    CountRecovery cd4;
    CountRecovery bCells;
};

struct AntibodyFact {
    Therapy therapy = Therapy::Alemtuzumab;
    std::optional<double> firstPositiveDay;     // binding ADA above the positivity threshold
    std::optional<double> firstNeutralizingDay; // strong enough to weaken the drug
    // How long they last: the last day they are above the threshold, and in how many separate
    // periods (they come back after a later course); none when never positive.
    std::optional<double> lastPositiveDay;
    std::optional<double> firstPeriodEndDay; // the last day of the first period
    int positivePeriods = 0;
    bool positiveAtEnd = false;
};

// The antibody facts of one drug from a result table (its ADA columns).
AntibodyFact antibodyFact(const ResultTable &table, Therapy antibody);

struct PlainFacts {
    std::vector<TreatmentEpisode> episodes;
    std::vector<InfectionWindow> infectionWindows; // merged when they touch, by kind
    std::vector<AntibodyFact> antibodies;
    OutcomeFigures outcomes;
    // Thyroid events among the autoimmunity of outcomes.autoimmunityProbability6y.
    std::optional<double> thyroidProbability6y;
    double horizonDays = 0.0;
};

// Treatments of one therapy starting within this many days of the previous one's end belong to
// the same episode.
inline constexpr double kEpisodeGapDays = 30.0;

// Lower limits of normal come from the results' own parameters.
PlainFacts computePlainFacts(const Scenario &scenario, const Results &results);

} // namespace lymph
