#pragma once
// The free parameters as the optimiser sees them: log(value) for log-scale parameters, the
// value itself otherwise, with the bounds moved to the same scale.

#include "estimate/LeastSquares.h"

#include <optional>
#include <vector>

namespace lymph {

class EstimationScale {
public:
    // Throws std::invalid_argument for an initial value outside its bounds, or a value on a
    // log scale that is not positive.
    explicit EstimationScale(std::vector<FreeParameter> parameters);

    std::size_t size() const { return m_parameters.size(); }
    const FreeParameter &parameter(std::size_t i) const { return m_parameters[i]; }
    std::vector<double> initial() const;
    std::vector<double> natural(const double *theta) const;
    // The bounds on the estimation scale; nothing where the parameter has none.
    std::optional<double> lower(std::size_t i) const { return m_lower[i]; }
    std::optional<double> upper(std::size_t i) const { return m_upper[i]; }
    // The finite-difference step of parameter i at theta.
    double step(std::size_t i, double theta, double relativeStep) const;

private:
    std::vector<FreeParameter> m_parameters;
    std::vector<std::optional<double>> m_lower, m_upper;
};

} // namespace lymph
