#include "calibration/AcceptedInterval.h"

#include <cmath>
#include <limits>

namespace lymph {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

bool isPercentage(const std::string &unit) { return unit == "%" || unit == "percent"; }

// Wilson score interval for k of n at 95%, in percent.
std::pair<double, double> wilson(double percent, int n)
{
    const double p = std::round(percent / 100.0 * n) / n;
    const double z2 = kZ95 * kZ95;
    const double centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    const double half = kZ95 * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / (1.0 + z2 / n);
    return {100.0 * std::max(0.0, centre - half), 100.0 * std::min(1.0, centre + half)};
}

} // namespace

AcceptedInterval acceptedInterval(const CalibrationTarget &target)
{
    using Kind = PublishedUncertainty::Kind;
    const PublishedUncertainty &u = target.uncertainty;
    AcceptedInterval a;
    if (!target.modelFollows.empty())
        return {false, 0, 0,
                "reported only: contradicts " + target.modelFollows +
                    ", which the model follows (see the note)"};
    a.tested = true;
    switch (u.kind) {
    case Kind::Ci95:
        a = {true, u.low, u.high, "within the published 95% confidence interval"};
        break;
    case Kind::Ci90:
        a = {true, u.low, u.high, "within the published 90% confidence interval"};
        break;
    case Kind::Range: a = {true, u.low, u.high, "within the published range"}; break;
    case Kind::Iqr:
        a = {true, u.low, u.high, "within the published interquartile range"};
        break;
    case Kind::Se:
        a = {true, target.value - kZ95 * u.spread, target.value + kZ95 * u.spread,
             "within ±1.96 published standard errors"};
        break;
    case Kind::Sd:
        if (u.n > 1) {
            const double half = kZ95 * u.spread / std::sqrt(double(u.n));
            a = {true, target.value - half, target.value + half,
                 "within the 95% confidence interval of the mean (published SD and n)"};
        } else {
            a = {false, 0, 0, "reported only: an SD without the number of patients"};
        }
        break;
    case Kind::UpperBound:
        a = {true, -kInfinity, u.high, "at most the published bound"};
        break;
    case Kind::LowerBound:
        a = {true, u.low, kInfinity, "at least the published bound"};
        break;
    case Kind::None:
        if (isPercentage(target.unit) && u.n > 0) {
            const auto [low, high] = wilson(target.value, u.n);
            a = {true, low, high,
                 "within the 95% interval of the published count (Wilson, n = " +
                     std::to_string(u.n) + ")"};
        } else {
            a = {false, 0, 0, "reported only: no uncertainty was published"};
        }
        break;
    }
    return a;
}

} // namespace lymph
