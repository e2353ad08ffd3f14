#pragma once
// Personalised forecasts in the benchmark: the time of a fit plus a 200-draw forecast for ten
// lab results (`fit_ms`), and the synthetic-patient study of docs/model.md §11
// (`--fit-study N`: forecast error against the typical patient's curve, band coverage,
// factor recovery).

#include "scenario/Scenario.h"

namespace lymph::bench {

// Median milliseconds of fitPatient plus forecastPatient (200 draws, every thread) on a
// patient of `scenario`'s population with ten results in its first year.
double fitMilliseconds(const Scenario &scenario, int repeats);

// Prints the study on `patients` synthetic patients; returns the exit status.
int runFitStudy(int patients);

} // namespace lymph::bench
