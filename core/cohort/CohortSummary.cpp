#include "cohort/CohortSummary.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <stdexcept>
#include <thread>

namespace lymph {

bool CohortSummary::isAveraged(const std::string &column)
{
    return column.find("probability") != std::string::npos ||
           column.find("_positive") != std::string::npos || column == "expected_relapses";
}

std::size_t CohortSummary::bytesPerRowAndPatient(const ResultTable &layout)
{
    std::size_t bytes = 0;
    for (std::size_t c = 1; c < layout.names().size(); ++c)
        bytes += isAveraged(layout.names()[c]) ? sizeof(double) : sizeof(float);
    return bytes;
}

CohortSummary::CohortSummary(const ResultTable &layout, std::size_t patients)
    : m_patients(patients), m_names(layout.names()), m_days(layout.at("day"))
{
    const std::size_t cells = m_days.size() * patients;
    m_averaged.resize(m_names.size());
    m_means.resize(m_names.size());
    m_samples.resize(m_names.size());
    for (std::size_t c = 1; c < m_names.size(); ++c) {
        m_averaged[c] = isAveraged(m_names[c]);
        if (m_averaged[c])
            m_means[c].assign(cells, 0.0);
        else
            m_samples[c].assign(cells, 0.0f);
    }
}

void CohortSummary::set(std::size_t patient, const ResultTable &table)
{
    if (patient >= m_patients || table.names() != m_names || table.rowCount() != m_days.size())
        throw std::logic_error("cohort patients must share the same columns and rows");
    for (std::size_t c = 1; c < m_names.size(); ++c) {
        const auto &values = table.columns()[c];
        for (std::size_t r = 0; r < values.size(); ++r) {
            const std::size_t cell = r * m_patients + patient;
            if (m_averaged[c])
                m_means[c][cell] = values[r];
            else
                m_samples[c][cell] = float(values[r]);
        }
    }
}

namespace {
// Linear interpolation between order statistics (type 7, as R and NumPy default).
double quantile(std::vector<float> &sorted, double q)
{
    const double pos = q * double(sorted.size() - 1);
    const auto lo = std::size_t(std::floor(pos));
    if (lo + 1 >= sorted.size())
        return sorted[lo];
    return sorted[lo] + (pos - double(lo)) * (sorted[lo + 1] - sorted[lo]);
}

std::string quantileSuffix(double q)
{
    const int percent = int(std::lround(q * 100));
    return percent < 10 ? "_p0" + std::to_string(percent) : "_p" + std::to_string(percent);
}
} // namespace

ResultTable CohortSummary::finish(unsigned threads) const
{
    // Each column is summarised on its own (sorting every row is the costly part), spread
    // over the hardware threads; columns are then added in their fixed order.
    struct Summarised {
        std::vector<std::vector<double>> series; // mean, or median, p05, p95, p25, p75
    };
    const std::size_t rows = m_days.size();
    std::vector<Summarised> done(m_names.size());
    const auto summarise = [&](std::size_t c) {
        if (m_averaged[c]) {
            std::vector<double> mean(rows, 0.0);
            for (std::size_t r = 0; r < rows; ++r) {
                for (std::size_t i = 0; i < m_patients; ++i)
                    mean[r] += m_means[c][r * m_patients + i];
                mean[r] /= double(m_patients);
            }
            done[c].series.push_back(std::move(mean));
            return;
        }
        std::vector<float> row(m_patients);
        std::vector<std::vector<double>> q(std::size(kQuantiles), std::vector<double>(rows));
        for (std::size_t r = 0; r < rows; ++r) {
            const auto first = m_samples[c].begin() + std::ptrdiff_t(r * m_patients);
            std::copy(first, first + std::ptrdiff_t(m_patients), row.begin());
            std::sort(row.begin(), row.end());
            for (std::size_t k = 0; k < std::size(kQuantiles); ++k)
                q[k][r] = quantile(row, kQuantiles[k]);
        }
        for (std::size_t k : {2u, 0u, 4u, 1u, 3u}) // the median keeps the plain name
            done[c].series.push_back(std::move(q[k]));
    };
    std::atomic<std::size_t> next{1};
    const auto worker = [&] {
        for (std::size_t c = next++; c < m_names.size(); c = next++)
            summarise(c);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &thread : pool)
        thread.join();

    ResultTable table;
    table.addColumn("day", m_days);
    for (std::size_t c = 1; c < m_names.size(); ++c) {
        auto &series = done[c].series;
        if (m_averaged[c]) {
            table.addColumn(m_names[c], std::move(series[0]));
            continue;
        }
        table.addColumn(m_names[c], std::move(series[0]));
        const double order[] = {kQuantiles[0], kQuantiles[4], kQuantiles[1], kQuantiles[3]};
        for (std::size_t k = 0; k < 4; ++k)
            table.addColumn(m_names[c] + quantileSuffix(order[k]), std::move(series[k + 1]));
    }
    return table;
}

} // namespace lymph
