#pragma once
// Turns a patient's states into the result columns of the column schema (ResultColumns.h),
// row by row as the solver reaches each output day.

#include "model/ImmuneModel.h"
#include "simulate/DoseSchedule.h"
#include "simulate/PatientRun.h"
#include "simulate/Results.h"

#include <optional>
#include <string>
#include <vector>

namespace lymph {

struct RelapseFrailty {
    // A sampled frailty multiplies this patient's hazard. Without one, probabilities are
    // averaged over the population's gamma frailty (the "typical patient" answer).
    std::optional<double> value;
    double variance = 1.0;
};

// Builds the result columns row by row, from the states integratePatient hands over, so that no
// patient's whole trajectory is stored.
class ResultRows final : public OutputRows {
public:
    // `storage`: columns of an earlier table (ResultTable::takeColumns) to write into; a
    // cohort's worker reuses them patient after patient instead of allocating and clearing.
    // The model, schedule and days must outlive the rows.
    ResultRows(const ImmuneModel &model, const DoseSchedule &schedule,
               const std::vector<double> &days, const RelapseFrailty &frailty,
               double autoimmunityMultiplier = 1.0,
               std::vector<std::vector<double>> storage = {});
    void add(const State &row) noexcept override
    {
        if (m_row < m_days.size())
            write(row);
        else
            m_extraRows = true; // finish() reports it
    }
    // After one add() per day.
    ResultTable finish();

private:
    void write(const State &row) noexcept; // not virtual: it has a variant per CPU (HotPath.h)
    void put(double value) { m_columns[m_column++][m_row] = value; }
    // The probability columns from the exponents write() left there (vector math).
    void takeExponentials() noexcept;

    const ImmuneModel &m_model;
    const DoseSchedule &m_schedule;
    const std::vector<double> &m_days;
    RelapseFrailty m_frailty;
    double m_autoimmunityMultiplier;
    std::vector<ColumnKey> m_keys;
    std::vector<std::vector<double>> m_columns;
    std::size_t m_row = 0, m_column = 0;
    std::size_t m_firstProbability = 0; // P(relapse); the rest of the columns follow it
    bool m_extraRows = false;
};

ResultTable buildResultTable(const ImmuneModel &model, const DoseSchedule &schedule,
                             const PatientTrajectory &trajectory, const RelapseFrailty &frailty,
                             double autoimmunityMultiplier = 1.0);

} // namespace lymph
