#include "cohort/CohortSummary.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lymph {

bool CohortSummary::isAveraged(const std::string &column)
{
    return column.find("probability") != std::string::npos ||
           column.find("_positive") != std::string::npos || column == "expected_relapses";
}

void CohortSummary::add(const ResultTable &patient)
{
    if (m_patients == 0) {
        m_names = patient.names();
        m_days = patient.at("day");
        m_sums.assign(m_names.size(), {});
        m_samples.assign(m_names.size(), {});
        for (std::size_t c = 1; c < m_names.size(); ++c) {
            if (isAveraged(m_names[c])) {
                m_sums[c].assign(m_days.size(), 0.0);
            } else {
                m_samples[c].assign(m_days.size(), {});
                for (auto &row : m_samples[c])
                    row.reserve(m_expected);
            }
        }
    }
    if (patient.names() != m_names || patient.rowCount() != m_days.size())
        throw std::logic_error("cohort patients must share the same columns and rows");
    for (std::size_t c = 1; c < m_names.size(); ++c) {
        const auto &values = patient.columns()[c];
        if (!m_sums[c].empty()) {
            for (std::size_t r = 0; r < values.size(); ++r)
                m_sums[c][r] += values[r];
        } else {
            for (std::size_t r = 0; r < values.size(); ++r)
                m_samples[c][r].push_back(float(values[r]));
        }
    }
    ++m_patients;
}

namespace {
// Linear interpolation between order statistics (type 7, as R and NumPy default).
double quantile(std::vector<float> &v, double q)
{
    const double pos = q * double(v.size() - 1);
    const auto lo = std::size_t(std::floor(pos));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(lo), v.end());
    const double a = v[lo];
    if (lo + 1 >= v.size())
        return a;
    const double b = *std::min_element(v.begin() + std::ptrdiff_t(lo) + 1, v.end());
    return a + (pos - double(lo)) * (b - a);
}
} // namespace

ResultTable CohortSummary::finish() const
{
    ResultTable table;
    if (m_patients == 0)
        return table;
    table.addColumn("day", m_days);
    for (std::size_t c = 1; c < m_names.size(); ++c) {
        if (!m_sums[c].empty()) {
            std::vector<double> mean = m_sums[c];
            for (double &v : mean)
                v /= double(m_patients);
            table.addColumn(m_names[c], std::move(mean));
            continue;
        }
        std::vector<double> median(m_days.size()), p05(m_days.size()), p95(m_days.size());
        for (std::size_t r = 0; r < m_days.size(); ++r) {
            std::vector<float> values = m_samples[c][r];
            median[r] = quantile(values, 0.5);
            p05[r] = quantile(values, 0.05);
            p95[r] = quantile(values, 0.95);
        }
        table.addColumn(m_names[c], std::move(median));
        table.addColumn(m_names[c] + "_p05", std::move(p05));
        table.addColumn(m_names[c] + "_p95", std::move(p95));
    }
    return table;
}

} // namespace lymph
