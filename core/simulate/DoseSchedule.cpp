#include "simulate/DoseSchedule.h"

#include "scenario/ScenarioLimits.h"

#include <algorithm>
#include <stdexcept>

namespace lymph {

std::size_t antibodyIndex(Therapy therapy)
{
    switch (therapy) {
    case Therapy::Alemtuzumab: return 0;
    case Therapy::Ocrelizumab: return 1;
    case Therapy::Rituximab: return 2;
    default: break;
    }
    throw std::invalid_argument("not an antibody");
}

namespace {

struct Interval {
    double start;
    double end;
    SegmentInputs rates; // what this interval adds while it is active
};

double infusionHours(Therapy therapy, const ModelParameters &p)
{
    switch (therapy) {
    case Therapy::Alemtuzumab: return p.alemInfusionHours;
    case Therapy::Ocrelizumab: return p.ocreInfusionHours;
    default: return p.rituxInfusionHours;
    }
}

void add(SegmentInputs &into, const SegmentInputs &rates)
{
    for (std::size_t a = 0; a < into.infusionMgPerDay.size(); ++a)
        into.infusionMgPerDay[a] += rates.infusionMgPerDay[a];
    into.fingolimodMgPerDay += rates.fingolimodMgPerDay;
    into.atgMgKgPerDay += rates.atgMgKgPerDay;
    into.chemoLymphKillPerDay += rates.chemoLymphKillPerDay;
    into.chemoMarrowKillPerDay += rates.chemoMarrowKillPerDay;
}

// aHSCT conditioning relative to reinfusion day D: BEAM days −6…−1, Cy days −5…−2,
// rabbit ATG over the last days before reinfusion.
void addConditioning(const Treatment &t, const ModelParameters &p, std::vector<Interval> &out)
{
    const bool beam = t.regimen == AhsctRegimen::BeamAtg;
    const double days = scenario_format::conditioningDays(t.regimen);
    Interval chemo{t.day - days, t.day - (beam ? 0.0 : 1.0), {}};
    chemo.rates.chemoLymphKillPerDay = beam ? p.beamKill : p.cyKill;
    chemo.rates.chemoMarrowKillPerDay = beam ? p.beamMarrowKill : p.cyMarrowKill;
    out.push_back(chemo);
    const double atgDays = beam ? 2.0 : days;
    Interval atg{t.day - atgDays, t.day, {}};
    atg.rates.atgMgKgPerDay = p.atgDoseMgKg / atgDays;
    out.push_back(atg);
}

} // namespace

DoseSchedule buildDoseSchedule(const Scenario &scenario, const ModelParameters &p)
{
    DoseSchedule schedule;
    std::vector<Interval> intervals;
    std::vector<double> grafts;
    bool present[3] = {false, false, false};
    for (const Treatment &t : scenario.treatments) {
        if (isAntibody(t.therapy)) {
            const std::size_t a = antibodyIndex(t.therapy);
            present[a] = true;
            const double duration = infusionHours(t.therapy, p) / 24.0;
            for (const Infusion &inf : t.infusions) {
                Interval i{inf.day, inf.day + duration, {}};
                i.rates.infusionMgPerDay[a] = inf.mg / duration;
                intervals.push_back(i);
                if (t.therapy == Therapy::Ocrelizumab &&
                    (schedule.ocrelizumabFirstDay < 0 || inf.day < schedule.ocrelizumabFirstDay))
                    schedule.ocrelizumabFirstDay = inf.day;
            }
        } else if (t.therapy == Therapy::Fingolimod) {
            Interval i{t.startDay, t.stopDay, {}};
            i.rates.fingolimodMgPerDay = t.mgPerDay;
            intervals.push_back(i);
            schedule.hasFingolimod = true;
        } else if (t.therapy == Therapy::Ahsct) {
            addConditioning(t, p, intervals);
            grafts.push_back(t.day);
            schedule.hasAhsct = true;
        }
    }
    for (Therapy t : kAntibodies) {
        if (present[antibodyIndex(t)])
            schedule.antibodies.push_back(t);
    }

    const double horizon = scenario.horizonDays;
    std::vector<double> cuts{0.0, horizon};
    for (const Interval &i : intervals) {
        cuts.push_back(std::clamp(i.start, 0.0, horizon));
        cuts.push_back(std::clamp(i.end, 0.0, horizon));
    }
    for (double g : grafts)
        cuts.push_back(std::clamp(g, 0.0, horizon));
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
        Segment s{cuts[k], cuts[k + 1], {}, false};
        const double mid = 0.5 * (s.start + s.end);
        for (const Interval &i : intervals) {
            if (i.start <= mid && mid < i.end)
                add(s.inputs, i.rates);
        }
        s.graftAtStart = std::find(grafts.begin(), grafts.end(), s.start) != grafts.end();
        schedule.segments.push_back(s);
    }
    return schedule;
}

} // namespace lymph
