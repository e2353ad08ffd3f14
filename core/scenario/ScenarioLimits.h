#pragma once
// Limits and defaults of the scenario format, shared by the reader, the validator and the
// writer. docs/scenario-format.md documents the same numbers: change both together.

#include "scenario/Scenario.h"

#include <cstddef>
#include <string_view>

namespace lymph::scenario_format {

inline constexpr std::string_view kFormatId = "lymphoscope-scenario";
inline constexpr std::string_view kDefaultName = "Untitled scenario";
inline constexpr std::size_t kMaxNameChars = 200;
inline constexpr std::size_t kMaxDescriptionChars = 4000;
inline constexpr std::size_t kMaxTreatments = 200;
inline constexpr std::size_t kMaxInfusions = 1000;
inline constexpr std::size_t kMaxMeasurements = 10000;
// Real files nest 5 deep ({ "treatments": [ { "infusions": [ { ...); the limit stops abuse.
inline constexpr int kRealNestingDepth = 5;
inline constexpr int kMaxNestingDepth = 16;
// Two transplants closer than this are not a schedule anyone would run.
inline constexpr double kMinDaysBetweenAhsct = 60.0;

// The unit of a range; each front end words it in its own language.
enum class Unit { None, Days, Kilograms, Years, RelapsesPerYear, MgPerDay };

// A closed interval, or open at the bottom when `minExclusive` (for "more than 0").
struct Range {
    double min;
    double max;
    bool minExclusive;
    Unit unit;

    // False for NaN, so in-memory scenarios with NaN are caught too.
    bool contains(double value) const
    {
        return (minExclusive ? value > min : value >= min) && value <= max;
    }
};

inline constexpr Range kHorizonDays{0.0, kMaxHorizonDays, true, Unit::Days};
inline constexpr Range kWeightKg{30.0, 250.0, false, Unit::Kilograms};
inline constexpr Range kAgeYears{12.0, 90.0, false, Unit::Years};
inline constexpr Range kBaselineArr{0.0, 10.0, false, Unit::RelapsesPerYear};
inline constexpr Range kAdaPropensity{0.0, 10.0, false, Unit::None};
inline constexpr Range kFingolimodMgPerDay{0.0, 5.0, true, Unit::MgPerDay};

// Well above any licensed dose, low enough to catch a slip of the keyboard (600 → 6000).
inline double maxMgPerInfusion(Therapy antibody)
{
    return antibody == Therapy::Alemtuzumab ? 60.0 : 2000.0;
}

// Conditioning runs on days -N..-1 before reinfusion, so reinfusion must be on day N or later.
inline int conditioningDays(AhsctRegimen regimen)
{
    return regimen == AhsctRegimen::BeamAtg ? 6 : 5;
}

} // namespace lymph::scenario_format
