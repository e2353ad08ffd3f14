#pragma once
// The literature as data: published figures the model should reproduce (resources/calibration/),
// each with its source, population, published value and uncertainty, the study design as a
// scenario, and the measure that reads the same figure off the model. Read from JSON with
// clear errors (file and field); no number of the target set lives in code.

#include "scenario/Scenario.h"
#include "simulate/ResultColumns.h"

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lymph {

struct CalibrationSource {
    std::string key;
    std::string authors;
    int year = 0;
    std::string title;
    std::string journal;
    std::string doi;
    std::vector<std::string> retrievedFrom; // pages the figures were read on
};

// The study design a target's figure comes from: a scenario, and how many virtual patients
// stand for the study's population (0: the typical patient alone).
struct CalibrationDesign {
    std::string id;
    std::string summary;
    Scenario scenario;
    int cohort = 0;
    std::uint64_t seed = 1; // the same virtual patients for every parameter set tried
};

// How the model's figure is read from a design's patients.
struct ModelMeasure {
    enum class Kind {
        Value,              // a column on a day
        PercentOfBaseline,  // 100 × the column on a day / on day 0
        TimeTo,             // days after `afterDay` until the column crosses a threshold
        AnnualisedRate,     // expected relapses between two days, per year
        Fraction,           // the share of patients with a 0/1 column set (or a probability)
        FractionBelow,      // the share of patients under a threshold on a day (or over it)
        EverBeyond,         // the share of patients past a threshold some day between two days
        Peak,               // the column's largest value between two days
        PeakDay,            // the day of that value, counted from `afterDay`
        HalfLife,           // ln 2 over the slope of log(column) between two days
        DurationBelow,      // days with the column under a threshold between two days
        Area,               // the column's integral between two days (an AUC)
    };
    // CumulativeHazard: −ln(1 − the cohort's mean probability), the cohort's cumulative
    // hazard of a first event by the day; a ratio of two is a hazard ratio's stand-in.
    enum class Statistic { Typical, Mean, Median, GeometricMean, CumulativeHazard };

    Kind kind = Kind::Value;
    ColumnKey column;
    // When set, the measure reads 100 × column / perColumn (e.g. B cells in % of lymphocytes).
    std::optional<ColumnKey> perColumn;
    Statistic statistic = Statistic::Typical;
    double day = 0.0;
    double fromDay = 0.0;
    double toDay = 0.0;
    double afterDay = 0.0;
    // Threshold: a number, a parameter id (a lower limit of normal), or a share of the
    // patient's own day-0 value.
    std::optional<double> threshold;
    std::string thresholdParameter;
    std::optional<double> thresholdOfBaseline;
    // TimeTo: crossing upwards (recovery) or downwards; FractionBelow and EverBeyond: under
    // the threshold (false) or at or over it (true).
    bool rising = true;
    // When set, the figure is a ratio: this measure over the same measure of `otherDesign`,
    // read between otherFromDay and otherToDay (a rate ratio, a hazard ratio's stand-in).
    std::string otherDesign;
    double otherDay = 0.0;
    double otherFromDay = 0.0;
    double otherToDay = 0.0;
    double scale = 1.0;      // model units × scale = the published unit (e.g. days → months)
};

struct PublishedUncertainty {
    enum class Kind { None, Ci95, Ci90, Range, Iqr, Sd, Se, UpperBound, LowerBound };
    Kind kind = Kind::None;
    double low = 0.0;  // intervals and bounds
    double high = 0.0;
    double spread = 0.0; // SD or SE
    int n = 0;         // the study's number of patients, where published
};

struct CalibrationTarget {
    std::string id;
    std::string source; // a CalibrationSource key
    std::string where;  // table, figure or section
    bool verified = false;  // the figure was read in a retrieved copy of the source
    bool digitised = false; // read off a plot
    std::string population;
    std::string measure; // the published measure, in words
    double value = 0.0;
    std::string unit;
    PublishedUncertainty uncertainty;
    std::string design; // a CalibrationDesign id
    ModelMeasure model;
    std::string topic; // the file it came from (alemtuzumab, ahsct, …)
    // Set where this figure contradicts another target's: the id of the target the model
    // follows instead. Both stay in the report; this one is reported, not tested.
    std::string modelFollows;
    std::string note;
};

// A problem a review of the model found (findings.json), what became of it, and the targets
// whose current values show it; the report prints them with each run's values, so the answer
// cannot go stale as the model changes.
struct ReviewFinding {
    enum class Status { Fixed, Explained };
    std::string id;
    std::string finding; // the review's words
    Status status = Status::Fixed;
    std::string how;     // what changed, or why the model still differs
    std::vector<std::string> evidence; // target ids
};

struct TargetSet {
    std::map<std::string, CalibrationSource> sources;
    std::map<std::string, CalibrationDesign> designs;
    std::vector<CalibrationTarget> targets;
    std::vector<ReviewFinding> findings; // empty when the set has no findings.json
};

class TargetSetError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads sources.json, designs.json, every targets/*.json and, if present, findings.json of
// `directory`. Throws
// TargetSetError naming the file, the entry and the field of the first problem.
TargetSet loadTargetSet(const std::string &directory);

} // namespace lymph
