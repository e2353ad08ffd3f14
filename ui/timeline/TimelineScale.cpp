#include "TimelineScale.h"

#include <algorithm>
#include <cmath>

namespace lymph {

void TimelineScale::setPixelSpan(double left, double right)
{
    m_left = left;
    m_right = std::max(right, left + 1.0);
}

void TimelineScale::setVisibleDays(double first, double last)
{
    if (!std::isfinite(first) || !std::isfinite(last))
        return;
    double width = std::clamp(last - first, kMinVisibleDays, kMaxVisibleDays);
    const double centre = 0.5 * (first + last);
    m_first = centre - 0.5 * width;
    m_last = centre + 0.5 * width;
    if (std::abs((last - first) - width) < 1e-9) { // keep exact ends when nothing clamped
        m_first = first;
        m_last = last;
    }
    keepDayZeroInReach();
}

void TimelineScale::keepDayZeroInReach()
{
    const double lead = -kLeadShare * (m_last - m_first);
    if (m_first < lead) {
        m_last += lead - m_first;
        m_first = lead;
    }
}

double TimelineScale::xForDay(double day) const
{
    return m_left + (day - m_first) * pixelsPerDay();
}

double TimelineScale::dayForX(double x) const { return m_first + (x - m_left) / pixelsPerDay(); }

double TimelineScale::pixelsPerDay() const { return (m_right - m_left) / (m_last - m_first); }

void TimelineScale::zoom(double factor, double anchorDay)
{
    if (!(factor > 0.0) || !std::isfinite(anchorDay))
        return;
    const double width = std::clamp((m_last - m_first) * factor, kMinVisibleDays,
                                    kMaxVisibleDays);
    const double share = (anchorDay - m_first) / (m_last - m_first);
    m_first = anchorDay - share * width;
    m_last = m_first + width;
    keepDayZeroInReach();
}

void TimelineScale::panDays(double days)
{
    if (!std::isfinite(days))
        return;
    m_first += days;
    m_last += days;
    keepDayZeroInReach();
}

std::vector<TimelineScale::Tick> TimelineScale::ticks() const
{
    // The finest unit and step whose labelled ticks are at least ~70 px apart.
    struct Choice {
        Unit unit;
        double step;      // ticks every `step` units
        double labelStep; // labels every `labelStep` units
    };
    static constexpr Choice kChoices[] = {
        {Unit::Day, 1, 7},       {Unit::Day, 7, 14},      {Unit::Day, 7, 28},
        {Unit::Month, 1, 1},     {Unit::Month, 1, 3},     {Unit::Month, 3, 6},
        {Unit::Year, 0.25, 1},   {Unit::Year, 1, 2},      {Unit::Year, 1, 5},
        {Unit::Year, 5, 10},
    };
    const double ppd = pixelsPerDay();
    auto unitDays = [](Unit unit) {
        return unit == Unit::Day ? 1.0 : unit == Unit::Month ? kDaysPerMonth : kDaysPerYear;
    };
    Choice chosen = kChoices[std::size(kChoices) - 1];
    for (const Choice &choice : kChoices) {
        if (choice.labelStep * unitDays(choice.unit) * ppd >= 70.0 &&
            choice.step * unitDays(choice.unit) * ppd >= 6.0) {
            chosen = choice;
            break;
        }
    }
    const double days = unitDays(chosen.unit);
    std::vector<Tick> result;
    const double firstCount = std::floor(std::max(m_first, 0.0) / days / chosen.step) * chosen.step;
    for (double count = firstCount; count * days <= m_last && result.size() < 2000;
         count += chosen.step) {
        const double day = chosen.unit == Unit::Day ? count : std::round(count * days);
        if (day < m_first)
            continue;
        const double ratio = count / chosen.labelStep;
        result.push_back({day, count, chosen.unit, std::abs(ratio - std::round(ratio)) < 1e-9});
    }
    return result;
}

double snapDay(double day, SnapUnit unit)
{
    switch (unit) {
    case SnapUnit::None: return std::round(day * 24.0) / 24.0; // to the hour
    case SnapUnit::Day: return std::round(day);
    case SnapUnit::Week: return 7.0 * std::round(day / 7.0);
    case SnapUnit::Month:
        return std::round(std::round(day / TimelineScale::kDaysPerMonth) *
                          TimelineScale::kDaysPerMonth);
    }
    return day;
}

} // namespace lymph
