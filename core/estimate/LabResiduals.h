#pragma once
// A patient's lab results against the model: one standardised residual per result,
// (log(result + floor) − log(model + floor)) / CV with the quantity's error model
// (MeasuredQuantities.h). The model runs only up to the last result, with output on the
// results' days alone, so that a fit's many simulations stay cheap.

#include "cohort/IndividualFactors.h"
#include "estimate/MeasuredQuantities.h"
#include "simulate/SimulationSetup.h"

#include <vector>

namespace lymph {

class LabResiduals {
public:
    // Throws FitError for results a fit cannot use: none, too few, all on one day, a level of
    // an antibody the plan never gives, two contradicting results.
    LabResiduals(const SimulationSetup &setup, const std::vector<Measurement> &measurements,
                 const SimulationOptions &options = {});

    std::size_t size() const { return m_results.size(); }
    double lastDay() const { return m_days.back(); }
    // Fills size() residuals for the patient these factor values make (table order, NaN:
    // typical). False when the model cannot be run there. Thread-safe.
    bool operator()(const FactorValues &values, double *residuals) const;
    // The model's values at the results, in the results' order (empty when it fails).
    std::vector<double> modelValues(const FactorValues &values) const;
    // The quantity of result i, and its value.
    const MeasuredQuantity &quantity(std::size_t i) const { return *m_results[i].quantity; }
    double value(std::size_t i) const { return m_results[i].value; }

private:
    struct Result {
        const MeasuredQuantity *quantity;
        double value;
        std::size_t row; // in m_days
    };

    const SimulationSetup &m_setup;
    SimulationOptions m_options;
    DoseSchedule m_schedule;    // the setup's, up to the last result
    std::vector<double> m_days; // the results' days, sorted, each once
    std::vector<Result> m_results;
};

} // namespace lymph
