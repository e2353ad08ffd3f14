#pragma once
// A target's model measure read off one patient's result table (daily grid): the value the
// statistics across a cohort are then taken of. NaN where the measure does not apply to the
// table; +∞ for a time to a threshold the patient never reaches (censored at the horizon).

#include "calibration/TargetSet.h"

namespace lymph {

class ParameterTable;
class ResultTable;

double patientMeasure(const ModelMeasure &measure, const ResultTable &table,
                      const ParameterTable &parameters);

// The annualised relapse rate of one table between two days (expected relapses per year).
double annualisedRate(const ResultTable &table, double fromDay, double toDay);

} // namespace lymph
