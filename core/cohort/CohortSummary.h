#pragma once
// Collects per-patient result tables into cohort columns: medians with 5/25/75/95th
// percentiles for levels, means for 0/1 flags, probabilities and expected counts. Each
// patient has its own slot and means are summed in patient order, so the summary does not
// depend on which thread finished first.

#include "simulate/ResultTable.h"

#include <string>
#include <vector>

namespace lymph {

class CohortSummary {
public:
    // `layout` is any one patient's table: it fixes the columns and the days.
    CohortSummary(const ResultTable &layout, std::size_t patients);
    // Safe to call concurrently for different patients.
    void set(std::size_t patient, const ResultTable &table);
    ResultTable finish(unsigned threads) const; // threads ≥ 1

    static bool isAveraged(const std::string &column);
    static constexpr double kQuantiles[] = {0.05, 0.25, 0.5, 0.75, 0.95};
    // Bytes kept per output row and patient, for the memory check before a run.
    static std::size_t bytesPerRowAndPatient(const ResultTable &layout);

private:
    std::size_t m_patients;
    std::vector<std::string> m_names;
    std::vector<double> m_days;
    std::vector<bool> m_averaged;
    std::vector<std::vector<double>> m_means;  // [column][row * patients + patient]
    std::vector<std::vector<float>> m_samples; // [column][row * patients + patient]
};

} // namespace lymph
