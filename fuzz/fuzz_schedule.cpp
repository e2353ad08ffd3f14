// libFuzzer target for the engine: the bytes choose a scenario that obeys every documented rule
// (patient values, doses, days, parameter overrides anywhere in their documented ranges), which
// is then simulated over at most 120 days. Unlike fuzz_scenario, whose inputs are mostly
// refused by the reader, most inputs here reach the integrator. A valid scenario must either
// simulate to finite, non-negative, bounded results or be refused with a SimulationError;
// anything else aborts. Run with scripts/fuzz SECONDS schedule.

#include "model/ParameterTable.h"
#include "scenario/ScenarioIo.h"
#include "simulate/Simulator.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

[[noreturn]] void fail(const std::string &what, const lymph::Scenario &s)
{
    std::fprintf(stderr, "fuzz_schedule: %s\n%s\n", what.c_str(), lymph::scenarioToJson(s).c_str());
    std::abort();
}

lymph::Scenario scenarioFrom(FuzzedDataProvider &in)
{
    using namespace lymph;
    Scenario s;
    s.horizonDays = in.ConsumeFloatingPointInRange<double>(0.001, 120.0);
    const double h = s.horizonDays;
    s.patient.weightKg = in.ConsumeFloatingPointInRange<double>(30, 250);
    s.patient.ageYears = in.ConsumeFloatingPointInRange<double>(12, 90);
    s.patient.baselineArr = in.ConsumeFloatingPointInRange<double>(0, 10);
    s.patient.adaPropensity = in.ConsumeFloatingPointInRange<double>(0, 10);
    const auto &table = ParameterTable::defaults().entries();
    for (int n = in.ConsumeIntegralInRange(0, 6); n > 0; --n) {
        const Parameter &p = table[in.ConsumeIntegralInRange<std::size_t>(0, table.size() - 1)];
        const int where = in.ConsumeIntegralInRange(0, 2); // the ends matter most
        s.patient.parameters[p.id] =
            where == 0 ? p.min : where == 1 ? p.max : in.ConsumeFloatingPointInRange(p.min, p.max);
    }
    for (int n = in.ConsumeIntegralInRange(0, 6); n > 0; --n) {
        Treatment t;
        t.therapy = static_cast<Therapy>(in.ConsumeIntegralInRange(0, 4));
        if (isAntibody(t.therapy)) {
            const double maxMg = t.therapy == Therapy::Alemtuzumab ? 60 : 2000;
            for (int k = in.ConsumeIntegralInRange(1, 5); k > 0; --k)
                t.infusions.push_back({in.ConsumeFloatingPointInRange<double>(0, h),
                                       in.ConsumeFloatingPointInRange<double>(1e-6, maxMg)});
        } else if (t.therapy == Therapy::Fingolimod) {
            t.startDay = in.ConsumeFloatingPointInRange<double>(0, h);
            t.stopDay = t.startDay + in.ConsumeFloatingPointInRange<double>(1e-6, 400);
            t.mgPerDay = in.ConsumeFloatingPointInRange<double>(1e-6, 5);
        } else {
            t.regimen = in.ConsumeBool() ? AhsctRegimen::BeamAtg : AhsctRegimen::CyAtg;
            t.day = in.ConsumeFloatingPointInRange<double>(6, std::max(6.0, h));
        }
        s.treatments.push_back(t);
    }
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    const lymph::Scenario s = scenarioFrom(in);
    if (!lymph::validateScenario(s).empty())
        return 0; // e.g. two infusions on one day, or an aHSCT after a short horizon
    lymph::Results r;
    try {
        r = lymph::simulate(s);
    } catch (const lymph::SimulationError &) {
        return 0; // refused with a message (a parameter set without a steady state)
    }
    const lymph::ResultTable &t = r.table;
    for (std::size_t c = 0; c < t.names().size(); ++c) {
        const std::string &name = t.names()[c];
        const auto &v = t.columns()[c];
        for (double x : v) {
            if (!std::isfinite(x) || x < 0.0)
                fail(name + " = " + std::to_string(x), s);
            if (name.ends_with("_per_ul") && x > 10.0 * v.front() + 1e-9)
                fail(name + " above 10 times its baseline: " + std::to_string(x), s);
            if (name.ends_with("probability") && x > 1.0)
                fail(name + " above 1", s);
        }
    }
    return 0;
}
