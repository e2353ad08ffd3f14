#include "calibration/PatientMeasure.h"

#include "model/Calendar.h"
#include "model/ParameterTable.h"
#include "simulate/ResultTable.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lymph {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kNever = std::numeric_limits<double>::infinity();

// The values a measure reads: a column, or 100 × a column over another.
std::vector<double> seriesOf(const ModelMeasure &m, const ResultTable &table)
{
    std::vector<double> values = table.at(m.column);
    if (m.perColumn) {
        const auto &per = table.at(*m.perColumn);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = per[i] > 0.0 ? 100.0 * values[i] / per[i] : kNaN;
    }
    return values;
}

double thresholdFor(const ModelMeasure &m, const std::vector<double> &values,
                    const ParameterTable &parameters)
{
    if (m.threshold)
        return *m.threshold;
    if (!m.thresholdParameter.empty())
        return parameters.value(m.thresholdParameter);
    return *m.thresholdOfBaseline * values.front();
}

// The first day at or after `after` the values reach the threshold, rising or falling, with
// the crossing interpolated between rows: a recovery, so when the values are still on the
// reached side at `after` and leave it later (neutrophils fall for days after a graft), the
// crossing back counts. `after` itself when they never leave it; kNever when they never reach
// it.
double crossingDay(const std::vector<double> &days, const std::vector<double> &values,
                   double after, double threshold, bool rising)
{
    const auto reached = [&](double v) { return rising ? v >= threshold : v <= threshold; };
    bool away = false; // been on the other side since `after`
    bool any = false;
    for (std::size_t r = 0; r < days.size(); ++r) {
        if (days[r] < after)
            continue;
        any = true;
        if (!reached(values[r])) {
            away = true;
            continue;
        }
        if (!away)
            continue;
        if (r == 0 || days[r - 1] < after)
            return std::max(days[r], after);
        const double share = (threshold - values[r - 1]) / (values[r] - values[r - 1]);
        return std::max(after, days[r - 1] + share * (days[r] - days[r - 1]));
    }
    return any && !away ? after : kNever;
}

// Days in [from, to] with the values under `limit`, on the line between rows.
double durationBelow(const std::vector<double> &days, const std::vector<double> &values,
                     double limit, double from, double to)
{
    double below = 0.0;
    for (std::size_t i = 1; i < days.size(); ++i) {
        const double a0 = std::max(days[i - 1], from), a1 = std::min(days[i], to);
        if (!(a1 > a0))
            continue;
        const double width = days[i] - days[i - 1];
        const auto at = [&](double d) {
            return values[i - 1] + (d - days[i - 1]) / width * (values[i] - values[i - 1]);
        };
        const double v0 = at(a0) - limit, v1 = at(a1) - limit;
        if (v0 < 0.0 && v1 < 0.0)
            below += a1 - a0;
        else if (v0 < 0.0)
            below += (a1 - a0) * v0 / (v0 - v1);
        else if (v1 < 0.0)
            below += (a1 - a0) * v1 / (v1 - v0);
    }
    return below;
}

// The day of the largest value in [from, to], and that value.
std::pair<double, double> peak(const std::vector<double> &days, const std::vector<double> &values,
                               double from, double to)
{
    std::pair<double, double> best{kNaN, -kNever};
    for (std::size_t r = 0; r < days.size(); ++r) {
        if (days[r] >= from && days[r] <= to && values[r] > best.second)
            best = {days[r], values[r]};
    }
    return best;
}

// ln 2 over the negative slope of a least-squares line through log(value) in [from, to].
double halfLife(const std::vector<double> &days, const std::vector<double> &values, double from,
                double to)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t r = 0; r < days.size(); ++r) {
        if (days[r] < from || days[r] > to || !(values[r] > 0.0))
            continue;
        const double x = days[r], y = std::log(values[r]);
        n += 1;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    if (n < 2)
        return kNaN;
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    return slope < 0.0 ? std::log(2.0) / -slope : kNever;
}

// The trapezoid integral of the values between two days (rows inside the window).
double area(const std::vector<double> &days, const std::vector<double> &values, double from,
            double to)
{
    double sum = 0.0;
    for (std::size_t i = 1; i < days.size(); ++i) {
        if (days[i - 1] >= from && days[i] <= to)
            sum += 0.5 * (values[i] + values[i - 1]) * (days[i] - days[i - 1]);
    }
    return sum;
}

bool beyond(double v, double threshold, bool above) { return above ? v >= threshold : v < threshold; }

} // namespace

double annualisedRate(const ResultTable &table, double fromDay, double toDay)
{
    const ColumnKey expected{Column::ExpectedRelapses};
    const double years = (toDay - fromDay) / kDaysPerYear;
    return (table.valueAt(expected, toDay) - table.valueAt(expected, fromDay)) / years;
}

double patientMeasure(const ModelMeasure &m, const ResultTable &table,
                      const ParameterTable &parameters)
{
    using Kind = ModelMeasure::Kind;
    if (m.kind == Kind::AnnualisedRate)
        return annualisedRate(table, m.fromDay, m.toDay);
    const std::vector<double> &days = table.days();
    const std::vector<double> values = seriesOf(m, table);
    switch (m.kind) {
    case Kind::Value:
    case Kind::Fraction: return interpolateAt(days, values, m.day);
    case Kind::PercentOfBaseline: {
        const double baseline = values.front();
        return baseline > 0.0 ? 100.0 * interpolateAt(days, values, m.day) / baseline : kNaN;
    }
    case Kind::TimeTo:
        return crossingDay(days, values, m.afterDay, thresholdFor(m, values, parameters),
                           m.rising) -
               m.afterDay;
    case Kind::FractionBelow:
        return beyond(interpolateAt(days, values, m.day), thresholdFor(m, values, parameters),
                      m.rising)
                   ? 1.0
                   : 0.0;
    case Kind::EverBeyond: {
        const double threshold = thresholdFor(m, values, parameters);
        for (std::size_t r = 0; r < days.size(); ++r) {
            if (days[r] >= m.fromDay && days[r] <= m.toDay && beyond(values[r], threshold, m.rising))
                return 1.0;
        }
        return 0.0;
    }
    case Kind::Peak: return peak(days, values, m.fromDay, m.toDay).second;
    case Kind::PeakDay: {
        // With a threshold, only a peak beyond it counts (the timing of a rebound among the
        // patients who have one); the others read as missing.
        const auto [day, value] = peak(days, values, m.fromDay, m.toDay);
        const bool thresholded =
            m.threshold || !m.thresholdParameter.empty() || m.thresholdOfBaseline;
        if (thresholded && !beyond(value, thresholdFor(m, values, parameters), m.rising))
            return kNaN;
        return day - m.afterDay;
    }
    case Kind::HalfLife: return halfLife(days, values, m.fromDay, m.toDay);
    case Kind::DurationBelow:
        return durationBelow(days, values, thresholdFor(m, values, parameters), m.fromDay,
                             m.toDay);
    case Kind::Area: return area(days, values, m.fromDay, m.toDay);
    case Kind::AnnualisedRate: break;
    }
    return kNaN;
}

} // namespace lymph
