#pragma once
// The result columns the bench compares integrators on, and how it measures their distance:
// per column, max |a − b| over the rows divided by max |b| of the reference curve (its range,
// the curves being non-negative), as bench/peer/lsoda_peer.py and the engine's own
// tight-tolerance test (tst_core_engine) measure it.

#include "simulate/ResultTable.h"

#include <array>
#include <map>
#include <string>

namespace lymph::bench {

inline constexpr std::array kKeyColumns = {"lymphocytes_per_ul",    "b_cells_per_ul",
                                           "cd4_per_ul",            "cd8_per_ul",
                                           "nk_per_ul",             "alemtuzumab_ug_per_ml",
                                           "ada_alemtuzumab_titer", "relapse_probability",
                                           "autoimmunity_probability"};

using Deviations = std::map<std::string, double>; // per key column

// The key columns present in `reference`; a column missing from `table`, or of another
// length, counts as infinitely far.
Deviations maxRelativeDeviation(const ResultTable &table, const ResultTable &reference);

// Keeps, per column, the larger of `into` and `more` (the worst over patients).
void keepLargest(Deviations &into, const Deviations &more);

// The largest deviation and its column (empty when there are none).
std::pair<std::string, double> worstColumn(const Deviations &deviations);

} // namespace lymph::bench
