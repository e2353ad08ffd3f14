#pragma once
// What the engine's integration loop does to the rows it hands over (core/simulate/
// PatientRun.cpp), for the peers' rows: values clamped at zero (integrators overshoot zero by
// round-off), and the two cumulative states never falling from one row to the next (an
// interpolant can dip by round-off). The engine also clamps each segment's end state before
// the next segment starts; the peers do that themselves.

#include "model/StateLayout.h"
#include "simulate/PatientRun.h"

#include <algorithm>
#include <array>

namespace lymph::bench {

class ClampedRows final : public OutputRows {
public:
    explicit ClampedRows(OutputRows &rows) : m_rows(rows) {}
    void add(const State &state) noexcept override
    {
        State row = state;
        for (double &v : row)
            v = v < 0.0 ? 0.0 : v;
        for (std::size_t k = 0; k < kCumulative.size(); ++k) {
            double &v = row[kCumulative[k]];
            if (!m_first)
                v = std::max(v, m_last[k]);
            m_last[k] = v;
        }
        m_first = false;
        m_rows.add(row);
    }

private:
    static constexpr std::array kCumulative = {state::CumulativeHazard,
                                               state::AutoimmunityExposure};
    OutputRows &m_rows;
    std::array<double, kCumulative.size()> m_last{};
    bool m_first = true;
};

} // namespace lymph::bench
