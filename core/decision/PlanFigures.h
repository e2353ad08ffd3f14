#pragma once
// The figures a choice between plans rests on, measured the same way for every plan (the
// IPDAS probability items: Trevena et al. 2013, Joseph-Williams et al. 2014): for each outcome,
// how many of 100 people like the simulated patient have it within the same number of years,
// from a virtual cohort. Plans that share their first treatments are counted from the day they
// part, so that the years they share do not dilute the difference the choice makes. The range is the lowest and highest count among the cohort's groups
// of 100, each person's outcome drawn from their own simulated chance, so it shows both how
// differently people respond and the play of chance in a group of 100.

#include "scenario/Scenario.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace lymph {

enum class PlanOutcome {
    Relapse,      // at least one relapse (what the plans are meant to prevent)
    Autoimmunity, // a new (secondary) autoimmune illness
    LongLowCd4,   // CD4 T cells below their lower limit of normal for over half of the years
};
inline constexpr PlanOutcome kPlanOutcomes[] = {PlanOutcome::Relapse, PlanOutcome::Autoimmunity,
                                                PlanOutcome::LongLowCd4};
inline constexpr std::size_t kPlanOutcomeCount = std::size(kPlanOutcomes);

// People out of 100 with an outcome: the cohort's mean and the range over its groups of 100.
struct NaturalFrequency {
    double perHundred = 0.0;
    int lowest = 0;
    int highest = 0;
    // Rounded to whole people, as shown.
    int people() const;
};

// The same people's mean chance of a relapse and of a new autoimmune illness since day 0, at
// each whole month of the plan (and its last day): the curves a page beside the figures draws,
// so that for figures counted from day 0 they read as the figures do at the figures' end. A typical patient's chances
// differ from these means by a few in 100 (the mean over people who differ is not the chance of
// the one in the middle).
struct ChanceCurves {
    std::vector<double> days;
    std::vector<double> relapse;      // 0…1
    std::vector<double> autoimmunity; // 0…1
    bool empty() const { return days.empty(); }
    bool operator==(const ChanceCurves &) const = default;
    // One of the curves at `day`, linear between months, held at its ends. Not empty().
    double at(const std::vector<double> &curve, double day) const;
    // The same for a figure "by `day`", read as valueNearDay reads a result table: at the last
    // day when the curves end at most kHorizonSlackDays short of `day`, none when they end
    // earlier or are empty.
    std::optional<double> nearDay(const std::vector<double> &curve, double day) const;
};

// The time every plan's outcomes are counted over: `years` whole years from `fromDay`.
struct FigureWindow {
    double fromDay = 0.0;
    int years = 0;
    double endDay() const;
    // The month the window starts ("within 3 years from month 29"), as the handout numbers
    // months: the nearest whole month.
    int fromMonth() const;
    bool startsLater() const { return fromDay > 0.0; }
    bool operator==(const FigureWindow &) const = default;
};

struct PlanFigures {
    FigureWindow window; // the time frame every outcome is counted over
    int patients = 0;  // virtual patients behind the figures
    std::array<std::optional<NaturalFrequency>, kPlanOutcomeCount> outcomes;
    ChanceCurves chances;

    const std::optional<NaturalFrequency> &at(PlanOutcome outcome) const
    {
        return outcomes[static_cast<std::size_t>(outcome)];
    }
};

struct PlanFigureOptions {
    FigureWindow window{0.0, 5};
    int patients = 1000; // groups of kGroupSize
    std::uint64_t seed = 1;
    int threads = 0; // 0: every hardware thread
    const std::atomic<bool> *cancel = nullptr;
};
inline constexpr int kGroupSize = 100;

// Runs the cohort (cohort/Cohort.h) and counts. Outcomes the time frame is too long for (the
// plan's simulated time ends before it) stay empty. Throws SimulationError like runCohort.
PlanFigures computePlanFigures(const Scenario &scenario, const PlanFigureOptions &options = {});

// The first day on which the plans differ: the earliest start (treatmentSpan) of a treatment
// that not every plan has. 0 for one plan, for equal plans, and for different patients (then
// everything differs).
double partingDay(const std::vector<Scenario> &plans);

// From the start of the month the plans part in (day 0 in their first month), the whole years
// every plan reaches (a few days short still count), at most `preferred`; 0 years when a plan
// ends less than a year after it.
FigureWindow commonWindow(const std::vector<Scenario> &plans, int preferred = 5);

// People per 100 in `plan` minus those in `reference`, rounded to whole people; nothing when
// either lacks the outcome.
std::optional<int> differencePerHundred(const PlanFigures &plan, const PlanFigures &reference,
                                        PlanOutcome outcome);

} // namespace lymph
