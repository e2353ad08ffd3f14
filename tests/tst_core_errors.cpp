// The engine's refusals are codes with their facts and English that names no front end: no
// command-line option ("--step") and no program ("lymphoscope-cli"), since the window shows
// the same problems; the command line adds its own option names when it words them.

#include "cohort/Cohort.h"
#include "scenario/ScenarioIo.h"
#include "simulate/Simulator.h"

#include "ScenarioBuilders.h"

#include <QtTest>

#include <string>
#include <utility>
#include <variant>
#include <vector>

using namespace lymph;

namespace {

template <typename Variant, std::size_t... I>
std::vector<Variant> everyAlternative(std::index_sequence<I...>)
{
    return {Variant(std::in_place_index<I>)...};
}

// One default value of each alternative: a code added later is checked too.
template <typename Variant>
std::vector<Variant> everyAlternative()
{
    return everyAlternative<Variant>(std::make_index_sequence<std::variant_size_v<Variant>>());
}

bool namesAFrontEnd(const std::string &text)
{
    return text.find("--") != std::string::npos ||
           text.find("lymphoscope-cli") != std::string::npos;
}

Scenario oneCourse(double horizonDays)
{
    Scenario scenario;
    scenario.horizonDays = horizonDays;
    scenario.treatments = {test::alemtuzumabCourse(0.0, 5)};
    return scenario;
}

// Runs `run`, which must throw a SimulationError, and returns it.
template <typename Run>
std::optional<SimulationError> refusal(Run run)
{
    try {
        run();
    } catch (const SimulationError &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace

class CoreErrors : public QObject {
    Q_OBJECT

private slots:
    void englishNamesNoFrontEnd()
    {
        for (const SimulationProblem &problem : everyAlternative<SimulationProblem>()) {
            const std::string text = englishText(problem);
            QVERIFY2(!text.empty() && !namesAFrontEnd(text), text.c_str());
        }
        for (const IssueCode &code : everyAlternative<IssueCode>()) {
            const std::string text = englishText(code);
            QVERIFY2(!text.empty() && !namesAFrontEnd(text), text.c_str());
        }
    }

    void badOutputStepIsCoded()
    {
        SimulationOptions options;
        options.outputStepDays = 0.0;
        const auto zero = refusal([&] { simulate(oneCourse(60), nullptr, options); });
        QVERIFY(zero.has_value());
        QVERIFY(std::holds_alternative<failure::OutputStepNotPositive>(zero->problem()));
        QVERIFY2(!namesAFrontEnd(zero->what()), zero->what());

        options.outputStepDays = 1e-6;
        const auto tiny = refusal([&] { simulate(oneCourse(3650), nullptr, options); });
        QVERIFY(tiny.has_value());
        const auto *rows = std::get_if<failure::TooManyOutputRows>(&tiny->problem());
        QVERIFY(rows != nullptr);
        QCOMPARE(rows->step, 1e-6);
        QCOMPARE(rows->horizonDays, 3650.0);
        QVERIFY2(!namesAFrontEnd(tiny->what()), tiny->what());

        options = {};
        options.relativeTolerance = 0.0;
        const auto tolerance = refusal([&] { simulate(oneCourse(60), nullptr, options); });
        QVERIFY(tolerance.has_value());
        QVERIFY(std::holds_alternative<failure::TolerancesNotPositive>(tolerance->problem()));
    }

    void invalidScenarioCarriesItsIssues()
    {
        Scenario scenario = oneCourse(60);
        scenario.patient.weightKg = 10.0;
        scenario.patient.parameters["no_such_parameter"] = 1.0;
        const auto error = refusal([&] { simulate(scenario); });
        QVERIFY(error.has_value());
        const auto *invalid = std::get_if<failure::InvalidScenario>(&error->problem());
        QVERIFY(invalid != nullptr);
        QCOMPARE(invalid->errors.size(), std::size_t(2));
        QCOMPARE(invalid->errors[0].fieldPath, std::string("patient.weight_kg"));
        QVERIFY(std::holds_alternative<issue::OutOfRange>(invalid->errors[0].code));
        QCOMPARE(invalid->errors[1].fieldPath, std::string("patient.parameters.no_such_parameter"));
        QVERIFY(std::holds_alternative<issue::UnknownParameter>(invalid->errors[1].code));
        QVERIFY2(!namesAFrontEnd(error->what()), error->what());
    }

    void overrideWithoutSteadyStateNamesTheSubset()
    {
        Scenario scenario = oneCourse(60);
        scenario.patient.ageYears = 12;
        scenario.patient.parameters["thymic_output_cd4_per_ul_day"] = 1.0; // > the turnover
        const auto error = refusal([&] { simulate(scenario); });
        QVERIFY(error.has_value());
        const auto *drift = std::get_if<failure::NoSteadyState>(&error->problem());
        QVERIFY(drift != nullptr);
        QCOMPARE(drift->subset, Cd4Naive);
    }

    void cohortSizeKeepsItsType()
    {
        const auto error = refusal([] { simulateCohort(oneCourse(60), 0, 1); });
        QVERIFY(error.has_value());
        const auto *size = std::get_if<failure::CohortSize>(&error->problem());
        QVERIFY(size != nullptr);
        QCOMPARE(size->patients, 0);
        QCOMPARE(size->max, kMaxCohortPatients);
        QVERIFY_THROWS_EXCEPTION(CohortSizeError, simulateCohort(oneCourse(60), 0, 1));
    }
};

QTEST_APPLESS_MAIN(CoreErrors)
#include "tst_core_errors.moc"
