#include "estimate/EstimationScale.h"

#include <cmath>
#include <stdexcept>

namespace lymph {

EstimationScale::EstimationScale(std::vector<FreeParameter> parameters)
    : m_parameters(std::move(parameters))
{
    for (const FreeParameter &p : m_parameters) {
        const bool bounded = p.lower < p.upper;
        if (!std::isfinite(p.initial))
            throw std::invalid_argument(p.name + ": the initial value is not finite");
        if (p.logScale && !(p.initial > 0.0))
            throw std::invalid_argument(p.name + ": a log-scale parameter needs a positive value");
        if (bounded && (p.initial < p.lower || p.initial > p.upper))
            throw std::invalid_argument(p.name + ": the initial value lies outside its bounds");
        std::optional<double> lower, upper;
        if (bounded) {
            // On a log scale a lower bound of 0 or less is no bound at all.
            if (!p.logScale)
                lower = p.lower;
            else if (p.lower > 0.0)
                lower = std::log(p.lower);
            upper = p.logScale ? std::log(p.upper) : p.upper;
        }
        m_lower.push_back(lower);
        m_upper.push_back(upper);
    }
}

std::vector<double> EstimationScale::initial() const
{
    std::vector<double> theta;
    for (const FreeParameter &p : m_parameters)
        theta.push_back(p.logScale ? std::log(p.initial) : p.initial);
    return theta;
}

std::vector<double> EstimationScale::natural(const double *theta) const
{
    std::vector<double> values(m_parameters.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = m_parameters[i].logScale ? std::exp(theta[i]) : theta[i];
    return values;
}

double EstimationScale::step(std::size_t i, double theta, double relativeStep) const
{
    if (m_parameters[i].logScale || theta == 0.0)
        return relativeStep;
    return relativeStep * std::fabs(theta);
}

} // namespace lymph
