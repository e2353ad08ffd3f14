#pragma once
// A treatment schedule as the user (or a scenario file) describes it. Plain values only:
// the scenario reader fills it, the engine reads it, nothing here knows about Qt or JSON.

#include <map>
#include "model/Calendar.h"
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lymph {

enum class Therapy { Alemtuzumab, Ocrelizumab, Rituximab, Fingolimod, Ahsct };

// Stable identifiers used in scenario files and CSV column names ("alemtuzumab", ...).
std::string_view therapyId(Therapy therapy);
std::optional<Therapy> therapyFromId(std::string_view id);
// Monoclonal antibodies: infusions, serum PK and anti-drug antibodies.
bool isAntibody(Therapy therapy);
inline constexpr Therapy kAntibodies[] = {Therapy::Alemtuzumab, Therapy::Ocrelizumab,
                                          Therapy::Rituximab};

enum class AhsctRegimen { BeamAtg, CyAtg };
std::string_view regimenId(AhsctRegimen regimen); // "BEAM-ATG" / "Cy-ATG"
std::optional<AhsctRegimen> regimenFromId(std::string_view id);

struct Infusion {
    double day = 0.0; // start of the infusion, days from scenario day 0
    double mg = 0.0;  // total dose of this infusion
    bool operator==(const Infusion &) const = default;
};

// One therapy entry. Which fields matter depends on the therapy:
// antibodies use `infusions`; fingolimod uses start/stop/mgPerDay; aHSCT uses regimen/day.
struct Treatment {
    Therapy therapy = Therapy::Alemtuzumab;
    std::vector<Infusion> infusions;
    double startDay = 0.0;
    double stopDay = 0.0;
    double mgPerDay = 0.5;
    AhsctRegimen regimen = AhsctRegimen::BeamAtg;
    double day = 0.0; // aHSCT: stem-cell reinfusion (transplant day 0)
    bool operator==(const Treatment &) const = default;
};

struct Patient {
    double weightKg = 70.0;
    double ageYears = 32.0;
    double baselineArr = 0.75;  // untreated relapses per year (AFFIRM placebo 0.70, Polman 2006)
    double adaPropensity = 1.0; // multiplies the typical ADA response; 0 = never forms ADA
    // Overrides of documented parameter-table entries, by parameter id.
    std::map<std::string, double> parameters;
    // This patient's own factors (cohort/IndividualFactors.h), by name: set by hand, or written
    // by a personalised fit; a category holds the index of its label. Empty: the typical
    // patient.
    std::map<std::string, double> individual;
    bool operator==(const Patient &) const = default;
};

// One of the patient's own lab results: a result column's value on a day.
struct Measurement {
    double day = 0.0;
    std::string quantity; // a result column: "cd4_per_ul", "alemtuzumab_ug_per_ml", ...
    double value = 0.0;
    bool operator==(const Measurement &) const = default;
};

// Version 2 added measurements and patient.individual; version 1 files are still read.
inline constexpr int kScenarioVersion = 2;
inline constexpr int kOldestScenarioVersion = 1;
inline constexpr double kMaxHorizonDays = 60.0 * kDaysPerYear;

struct Scenario {
    std::string name;
    std::string description; // optional free text, e.g. "hypothesis, not established"
    double horizonDays = 2190.0;
    Patient patient;
    std::vector<Treatment> treatments;
    std::vector<Measurement> measurements; // in the order given
    // Exact value equality: lets editors drop edits that change nothing.
    bool operator==(const Scenario &) const = default;
};

} // namespace lymph
