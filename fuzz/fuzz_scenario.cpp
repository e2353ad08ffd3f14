// libFuzzer target: scenario text -> reader + validator -> (when valid) canonical writer,
// re-read, and a short simulation. Any crash, sanitizer report, uncaught exception or broken
// invariant below aborts, which libFuzzer reports as a crash. Built by fuzz/CMakeLists.txt
// (clang only); run with scripts/fuzz SECONDS.

#include "scenario/ScenarioIo.h"
#include "simulate/OutcomeFigures.h"
#include "simulate/Simulator.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Keeps one input to milliseconds: two months, at most a few doses per therapy.
constexpr double kMaxFuzzHorizonDays = 60.0;
constexpr std::size_t kMaxFuzzTreatments = 8;
constexpr std::size_t kMaxFuzzInfusions = 10;

[[noreturn]] void fail(const char *what, const std::string &detail = {})
{
    std::fprintf(stderr, "fuzz_scenario: %s %s\n", what, detail.c_str());
    std::abort();
}

void checkErrors(const lymph::ScenarioLoadResult &result)
{
    if (result.ok() == !result.errors.empty())
        fail("ok() must be true exactly when there are no errors");
    for (const lymph::ScenarioError &error : result.errors) {
        if (error.message().empty())
            fail("an error without a message");
        if (error.line < 0 || error.column < 0 || (error.line == 0) != (error.column == 0))
            fail("an error with a bad position:", error.toString());
        (void)error.toString();
    }
}

// The same scenario on a short horizon: whatever falls after it is dropped, counts clamped.
lymph::Scenario shortened(lymph::Scenario s)
{
    using lymph::Therapy;
    s.horizonDays = std::min(s.horizonDays, kMaxFuzzHorizonDays);
    if (s.treatments.size() > kMaxFuzzTreatments)
        s.treatments.resize(kMaxFuzzTreatments);
    std::erase_if(s.treatments, [&](lymph::Treatment &t) {
        if (lymph::isAntibody(t.therapy)) {
            std::erase_if(t.infusions,
                          [&](const lymph::Infusion &i) { return i.day > s.horizonDays; });
            if (t.infusions.size() > kMaxFuzzInfusions)
                t.infusions.resize(kMaxFuzzInfusions);
            return t.infusions.empty();
        }
        if (t.therapy == Therapy::Fingolimod)
            return t.startDay > s.horizonDays;
        return t.day > s.horizonDays; // aHSCT
    });
    return s;
}

void simulateBriefly(const lymph::Scenario &full)
{
    const lymph::Scenario s = shortened(full);
    if (!lymph::validateScenario(s).empty())
        return; // e.g. an override that only the full scenario's horizon made valid
    lymph::Results results;
    try {
        results = lymph::simulate(s);
    } catch (const lymph::SimulationError &) {
        return; // refused with a coded problem (e.g. no steady state)
    }
    const lymph::ResultTable &table = results.table;
    const std::vector<double> &days = table.at("day");
    // One row per output step from day 0; the last row is the horizon (or, for a horizon
    // shorter than the grid's 1e-9-day tolerance, day 0 alone).
    if (days.empty() || days.front() != 0.0 || std::abs(days.back() - s.horizonDays) > 1e-9)
        fail("the output grid does not run from day 0 to the horizon");
    for (std::size_t c = 0; c < table.names().size(); ++c) {
        for (double v : table.columns()[c]) {
            if (!std::isfinite(v) || v < 0.0)
                fail("a NaN, infinite or negative value in column", table.names()[c]);
        }
    }
    for (const char *name : {"relapse_probability", "autoimmunity_probability"}) {
        for (double p : table.at(name)) {
            if (p > 1.0)
                fail("a probability above 1 in", name);
        }
    }
    // What the CLI and the window do with every result.
    (void)lymph::computeOutcomeFigures(results);
    if (table.toCsv().empty())
        fail("an empty CSV");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const lymph::ScenarioLoadResult result = lymph::parseScenario(text, "fuzz.json");
    checkErrors(result);
    if (!result.ok())
        return 0;

    // A valid scenario writes back to canonical text that reads back equal.
    const std::string canonical = lymph::scenarioToJson(*result.scenario);
    const lymph::ScenarioLoadResult again = lymph::parseScenario(canonical, "canonical.json");
    if (!again.ok())
        fail("the canonical form of a valid scenario does not read back:",
             again.errors.front().toString() + "\n" + canonical);
    if (!(*again.scenario == *result.scenario))
        fail("the canonical form reads back different:", canonical);
    if (!lymph::validateScenario(*result.scenario).empty())
        fail("validateScenario refuses what parseScenario accepted");

    simulateBriefly(*result.scenario);
    return 0;
}
