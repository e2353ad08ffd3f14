#pragma once
// The human summary `simulate` prints: the scenario, blood counts, relapse probability,
// anti-drug antibodies, secondary autoimmunity, infection-risk months, the files written and
// the reminder that Lymphoscope does not predict an individual patient's course. Every figure
// comes from the patients' outcomes, measured on the daily grid (PatientSimulation.h), so the
// summary is the same whatever --step; a cohort's are medians or means across its patients.

#include "SimulateOptions.h"

#include <QCoreApplication>
#include <QTextStream>

#include "simulate/PatientOutcome.h"

#include <vector>

namespace lymph {
struct Results;
struct Scenario;
} // namespace lymph

namespace lymph::cli {

class SummaryPrinter {
    Q_DECLARE_TR_FUNCTIONS(SummaryPrinter)

public:
    SummaryPrinter(const Scenario &scenario, const Results &results,
                   const SimulateOptions &options);

    void print(QTextStream &out) const;

private:
    void printHeading(QTextStream &out) const;
    void printRelapse(QTextStream &out) const;
    void printAntibodies(QTextStream &out) const;
    void printAutoimmunity(QTextStream &out) const;
    void printInfectionWindows(QTextStream &out) const;
    void printWrittenFiles(QTextStream &out) const;

    const Scenario &m_scenario;
    const Results &m_results;
    const SimulateOptions &m_options;
    std::vector<PatientOutcome> m_patients; // the one typical patient, or the cohort's
    double m_horizon;
    bool m_cohort; // cohort medians and means rather than one typical patient
};

} // namespace lymph::cli
