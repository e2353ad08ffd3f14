#pragma once
// What happened to one virtual patient of a cohort: the sampled variation and the outcomes the
// per-patient table shows (for outcome distributions rather than bands). NaN marks an outcome
// that lies beyond the scenario's horizon.

#include "model/ModelParameters.h"
#include "scenario/Scenario.h"
#include "simulate/ResultTable.h"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace lymph {

// The stretches of rows in which a 0/1 column is set: the last day set, how many separate
// stretches, and whether the last row is set (nothing set: NaN, 0, false).
struct SetStretches {
    double firstEndDay = std::numeric_limits<double>::quiet_NaN(); // the first stretch's last day
    double lastDay = std::numeric_limits<double>::quiet_NaN();
    int count = 0;
    bool atEnd = false;
};
SetStretches setStretches(const std::vector<double> &days, const std::vector<double> &flags);

struct AntibodyOutcome {
    Therapy therapy = Therapy::Alemtuzumab;
    double peakTitre = 0.0;
    bool everBindingPositive = false;
    bool everNeutralizing = false;
    double firstBindingPositiveDay = std::numeric_limits<double>::quiet_NaN(); // NaN: never
    double firstNeutralizingDay = std::numeric_limits<double>::quiet_NaN();
    // How long binding antibodies last, on the same daily grid as the first day.
    SetStretches bindingPositive;
};

// Blood counts on one day (cells/µL).
struct CountsOnDay {
    double lymphocytes = 0.0;
    double cd4 = 0.0;
    double bCells = 0.0;
};

struct PatientOutcome {
    static constexpr double kNotReached = std::numeric_limits<double>::quiet_NaN();

    std::uint64_t index = 0; // the patient's number in the cohort (with the seed: reproducible)
    // Sampled variation: the value of every factor of cohort/IndividualFactors.h, in its
    // order (multipliers: 1 = typical); empty for the typical patient.
    std::vector<double> factors;
    const char *adaClass = "typical"; // "never", "typical" or "strong"
    // A factor's value by name (NaN when not sampled).
    double factor(std::string_view name) const;

    // Outcomes.
    double relapseProbability2y = kNotReached; // P(≥1 relapse since day 0) at 2 years
    double relapseProbability5y = kNotReached;
    double relapseProbabilityEnd = 0.0;        // at the horizon
    double expectedRelapsesEnd = 0.0;
    double monthsLymphocytesBelowLln = 0.0; // time below the lower limit of normal
    double monthsCd4BelowLln = 0.0;
    double monthsCd8BelowLln = 0.0;
    double monthsBBelowLln = 0.0;
    double cd4NadirPerUl = 0.0;
    // Infection-risk windows: months with lymphocytes < 500 and < 200 /µL, the separate
    // periods below 500, and months with neutrophils < 500 /µL.
    double monthsLymphocytesBelow500 = 0.0;
    double monthsLymphocytesBelow200 = 0.0;
    int periodsLymphocytesBelow500 = 0;
    double monthsNeutrophilsBelow500 = 0.0;
    // Counts at 1 and 2 years (NaN beyond the horizon) and at the horizon.
    CountsOnDay countsYear1{kNotReached, kNotReached, kNotReached};
    CountsOnDay countsYear2{kNotReached, kNotReached, kNotReached};
    CountsOnDay countsEnd;
    double autoimmunityProbability6y = kNotReached; // at 6 years
    double autoimmunityProbabilityEnd = 0.0;
    std::vector<AntibodyOutcome> antibodies; // antibodies in the scenario, column order
};

// The outcomes of one patient's result table (frailty already applied to its risks), with the
// conventions of the window's outcome figures: years of 365.25 days (a horizon up to 3 days
// short still counts, read on its last day), months of 365.25/12 days, and time below a limit
// interpolated between output rows. The engine measures on the daily grid (PatientSimulation.h)
// so that the figures do not depend on the output step. Leaves the sampled variation at its
// defaults.
PatientOutcome measureOutcome(const ResultTable &table, const std::vector<Therapy> &antibodies,
                              const ModelParameters &parameters);

// One row per patient with a header row: the index, every factor of cohort/IndividualFactors.h
// by name (a category as its label), then the outcomes; NaN outcomes are empty fields.
std::string patientOutcomesCsv(const std::vector<PatientOutcome> &patients,
                               const std::vector<Therapy> &antibodies);

} // namespace lymph
