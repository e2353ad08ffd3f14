#pragma once
// The one schema of result columns: every quantity a result table can hold, with its name in
// CSV files, its English display name, unit, how a cohort summarises it, its histogram range,
// its lower limit of normal and the plot panel it belongs to. Results, the cohort summary,
// CSV files, plots and captions all read columns through ColumnKey, so a column's name is
// spelled here and nowhere else.

#include "scenario/Scenario.h"

#include <optional>
#include <string>
#include <string_view>

// Marks a display name for the translators (lupdate reads this macro's name); core has no Qt,
// the front ends translate with QCoreApplication::translate("ResultColumn", text).
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace lymph {

enum class Column {
    Day,
    Lymphocytes,
    BCells,
    BMemory,
    BNaive,
    Cd4,
    Cd4Naive,
    Cd4Memory,
    Cd8,
    Nk,
    Neutrophils,
    // Per antibody (ColumnKey::antibody names which).
    DrugLevel,
    NeutralizingTitre,
    AdaTitre,
    AdaEverBindingPositive,
    AdaBindingPositive,
    AdaEverNeutralizingPositive,
    AdaNeutralizingPositive,
    Fingolimod,
    LymphocytesBelowLln,
    BCellsBelowLln,
    Cd4BelowLln,
    Cd8BelowLln,
    RelapseHazard,
    ExpectedRelapses,
    RelapseProbability,
    RelapseFreeProbability,
    AutoimmunityProbability,
    ThyroidProbability,
    ItpProbability,
    AntiGbmProbability,
};

// A cohort's median is the column itself; its percentiles are columns of their own.
enum class Statistic { Value, P05, P25, P75, P95 };

enum class ColumnUnit {
    Days,
    CellsPerUl,
    UgPerMl,
    NgPerMl,
    Titre,
    Flag,
    Probability,
    PerYear,
    Relapses
};

// How a cohort summarises a column: medians with percentile bands, or means (fractions of
// the cohort for 0/1 flags and probabilities).
enum class Aggregation { Key, Quantiles, Mean };

// The result panel a column is drawn in by default.
enum class ResultPanel { None, Drugs, Cells, Ada, Relapse, Autoimmunity };

struct ColumnInfo {
    Column column;
    std::string_view name;   // CSV name; "{}" stands for the antibody's id
    const char *displayName; // English, for translation; "{}" the antibody's name
    ColumnUnit unit;
    Aggregation aggregation;
    int histogramFloorExponent; // the histogram grid's range (powers of two)
    int histogramCeilingExponent;
    const char *llnParameter; // parameter id of the lower limit of normal, or nullptr
    ResultPanel panel;
    bool perAntibody;
};

const ColumnInfo &columnInfo(Column column);

struct ColumnKey {
    Column column = Column::Day;
    std::optional<Therapy> antibody = {};
    Statistic statistic = Statistic::Value;

    bool operator==(const ColumnKey &) const = default;
    ColumnKey with(Statistic s) const { return {column, antibody, s}; }
};

// "cd4_per_ul", "ada_alemtuzumab_titer_p05".
std::string columnName(const ColumnKey &key);
// The key of a name columnName gives, or nothing.
std::optional<ColumnKey> parseColumnName(std::string_view name);
// The suffix of a cohort percentile ("_p05"), empty for the value itself.
std::string_view statisticSuffix(Statistic statistic);

} // namespace lymph
