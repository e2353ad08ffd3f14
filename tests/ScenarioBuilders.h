#pragma once
// Small helpers to write test schedules in one line each (label-agnostic test support).
#include "scenario/Scenario.h"
#include "simulate/ResultTable.h"

#include <initializer_list>

namespace lymph::test {

inline Treatment alemtuzumabCourse(double firstDay, int days, double mg = 12.0)
{
    Treatment t;
    t.therapy = Therapy::Alemtuzumab;
    for (int i = 0; i < days; ++i)
        t.infusions.push_back({firstDay + i, mg});
    return t;
}

// 300 mg on days 0 and 14, then 600 mg every 24 weeks while before `untilDay`.
inline Treatment ocrelizumabFrom(double firstDay, double untilDay)
{
    Treatment t;
    t.therapy = Therapy::Ocrelizumab;
    t.infusions = {{firstDay, 300.0}, {firstDay + 14.0, 300.0}};
    for (double d = firstDay + 168.0; d < untilDay; d += 168.0)
        t.infusions.push_back({d, 600.0});
    return t;
}

inline Treatment singleInfusion(Therapy therapy, double day, double mg)
{
    Treatment t;
    t.therapy = therapy;
    t.infusions = {{day, mg}};
    return t;
}

inline Treatment fingolimod(double start, double stop)
{
    Treatment t;
    t.therapy = Therapy::Fingolimod;
    t.startDay = start;
    t.stopDay = stop;
    return t;
}

inline Treatment ahsct(AhsctRegimen regimen, double day)
{
    Treatment t;
    t.therapy = Therapy::Ahsct;
    t.regimen = regimen;
    t.day = day;
    return t;
}

inline Scenario scenario(double horizonDays, std::initializer_list<Treatment> treatments)
{
    Scenario s;
    s.name = "test";
    s.horizonDays = horizonDays;
    s.treatments = treatments;
    return s;
}

// First day at or after `fromDay` on which `column` reaches `threshold` (or -1).
inline double firstDayAtLeast(const ResultTable &table, const char *column, double threshold,
                              double fromDay)
{
    const auto &days = table.at("day");
    const auto &values = table.at(column);
    for (std::size_t r = 0; r < days.size(); ++r) {
        if (days[r] >= fromDay && values[r] >= threshold)
            return days[r];
    }
    return -1.0;
}

} // namespace lymph::test
