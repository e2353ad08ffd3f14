#include "FitBenchmark.h"

#include "cohort/VirtualPatient.h"
#include "estimate/PersonalFit.h"
#include "estimate/SyntheticStudy.h"
#include "simulate/SimulationSetup.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace lymph::bench {

double fitMilliseconds(const Scenario &scenario, int repeats)
{
    // Patient 3 of the population, lymphocytes and CD4 on five days of its first year.
    Scenario truth = scenario;
    const SimulationSetup setup = prepareSimulation(scenario, nullptr, {});
    const FactorValues values = VirtualPatientSampler(setup.parameters, setup.patient, 1).draw(3);
    const auto factors = individualFactors();
    for (std::size_t i = 0; i < factors.size(); ++i)
        truth.patient.individual[std::string(factors[i].name)] = values[i];
    Scenario patient = scenario;
    patient.measurements = syntheticMeasurements(truth, {"lymphocytes_per_ul", "cd4_per_ul"},
                                                 {30, 90, 150, 240, 330}, 3);
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const PersonalFit fit = fitPatient(patient);
        ForecastOptions options;
        options.draws = 200;
        const Results forecast = forecastPatient(patient, fit, options);
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        if (forecast.table.rowCount() == 0)
            return -1.0;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int runFitStudy(int patients)
{
    StudyDesign design;
    design.plan.name = "alemtuzumab, two courses";
    design.plan.horizonDays = 1095;
    for (const auto &[first, days] : {std::pair{0.0, 5}, std::pair{365.0, 3}}) {
        Treatment course;
        course.therapy = Therapy::Alemtuzumab;
        for (int d = 0; d < days; ++d)
            course.infusions.push_back({first + d, 12.0});
        design.plan.treatments.push_back(course);
    }
    design.measured = {"lymphocytes_per_ul", "cd4_per_ul", "b_cells_per_ul"};
    design.days = {30, 90, 180, 300};
    design.assessed = {"lymphocytes_per_ul", "cd4_per_ul", "cd8_per_ul", "b_cells_per_ul"};
    design.patients = patients;
    design.draws = 200;
    design.seed = 11;
    const StudyResult r = runSyntheticStudy(design);
    std::printf("synthetic-patient study: %d patients of the population (seed %llu), alemtuzumab "
                "courses on days 0 and 365, lymphocytes, CD4 and CD19 measured on days 30, 90, "
                "180 and 300 with the error model's noise; forecast checked every 30 days from "
                "day 330 to 1095\n",
                r.fitted, static_cast<unsigned long long>(design.seed));
    std::printf("%-22s %14s %14s %8s %18s\n", "quantity", "forecast RMS", "typical RMS", "ratio",
                "90% band covers");
    std::size_t covered = 0, checked = 0;
    for (const QuantityAccuracy &a : r.quantities) {
        std::printf("%-22s %14.3f %14.3f %8.2f %11zu of %zu (%.1f%%)\n", a.quantity.c_str(),
                    a.forecastRms, a.typicalRms, a.forecastRms / a.typicalRms, a.covered, a.checked,
                    100.0 * double(a.covered) / double(std::max<std::size_t>(1, a.checked)));
        covered += a.covered;
        checked += a.checked;
    }
    std::printf("all quantities: the nominal 90%% bands cover the truth on %.1f%% of %zu "
                "patient-days\n",
                100.0 * double(covered) / double(std::max<std::size_t>(1, checked)), checked);
    std::printf("%-22s %10s %10s %16s %14s\n", "factor", "MAP RMS", "prior RMS", "posterior/prior",
                "90% covers");
    for (const FactorRecovery &f : r.factors) {
        std::printf("%-22s %10.3f %10.3f %16.2f %9zu of %zu\n", f.name.c_str(), f.mapRms,
                    f.priorRms, f.meanShrinkage, f.covered, f.count);
    }
    std::printf("refused fits: %d; median fit time %.1f ms\n", r.refused, r.medianFitMs);
    return r.refused == 0 ? 0 : 1;
}

} // namespace lymph::bench
