#pragma once
// The infection-risk windows of a result table: the stretches with blood lymphocytes below
// 500 and 200 per µL, and (after aHSCT) neutrophils below 500 per µL, found row by row.

#include "simulate/Results.h"

#include <vector>

namespace lymph {

std::vector<InfectionWindow> findInfectionWindows(const ResultTable &table, bool neutrophils);

} // namespace lymph
