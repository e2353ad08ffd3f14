#pragma once
// Accumulates per-patient result tables into cohort columns: medians with 5th/95th
// percentiles for levels, means for 0/1 flags, probabilities and expected counts.

#include "simulate/ResultTable.h"

#include <string>
#include <vector>

namespace lymph {

class CohortSummary {
public:
    explicit CohortSummary(std::size_t expectedPatients) : m_expected(expectedPatients) {}
    void add(const ResultTable &patient);
    ResultTable finish() const;
    static bool isAveraged(const std::string &column);

private:
    std::size_t m_expected;
    std::size_t m_patients = 0;
    std::vector<std::string> m_names;
    std::vector<double> m_days;
    std::vector<std::vector<double>> m_sums;        // averaged columns
    std::vector<std::vector<std::vector<float>>> m_samples; // [column][row][patient]
};

} // namespace lymph
