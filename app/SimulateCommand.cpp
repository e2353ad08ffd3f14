#include "SimulateCommand.h"

#include "ArgumentParser.h"
#include "CliText.h"
#include "OutputFiles.h"
#include "SimulateOptions.h"
#include "SummaryPrinter.h"

#include "cohort/Cohort.h"
#include "scenario/ScenarioIo.h"
#include "simulate/Simulator.h"

namespace lymph::cli {

namespace {

constexpr double kMaxOutputRows = 2'000'000;

} // namespace

SimulateCommand::SimulateCommand(const Console &console) : m_console(console) {}

int SimulateCommand::run(const QStringList &arguments) const
{
    const ArgumentParser parser(QStringLiteral("simulate"), SimulateOptions::optionNames());
    QString error;
    const auto parsed = parser.parse(arguments, &error);
    if (!parsed)
        return m_console.badInput(error);
    const auto scenarioName = parser.scenario(*parsed, &error);
    if (!scenarioName)
        return m_console.badInput(error);
    const auto options =
        SimulateOptions::fromArguments(*scenarioName, *parsed, m_console.err(), &error);
    if (!options)
        return m_console.badInput(error);

    const ScenarioLoadResult loaded = loadScenario(options->scenario.toStdString());
    if (!loaded.ok()) {
        for (const ScenarioError &e : loaded.errors)
            m_console.err() << fromStd(e.toString()) << '\n';
        return kExitBadInput;
    }
    const Scenario &scenario = *loaded.scenario;
    if (scenario.horizonDays / options->step > kMaxOutputRows) {
        return m_console.badInput(
            tr("--step: a step of %1 days gives more than 2,000,000 rows over the %2-day "
               "horizon; choose a larger step")
                .arg(formatNumber(options->step), formatNumber(scenario.horizonDays)));
    }

    // Refuse unwritable destinations before a possibly long run, and never overwrite the input.
    const OutputFiles outputs(*options);
    if (const auto problem = outputs.check()) {
        return problem->exitCode == kExitBadInput ? m_console.badInput(problem->message)
                                                  : m_console.internalError(problem->message);
    }

    SimulationOptions simulation;
    simulation.outputStepDays = options->step;
    const Results results = options->cohort ? simulateCohort(scenario, *options->cohort,
                                                             options->seed, nullptr, simulation)
                                            : lymph::simulate(scenario, nullptr, simulation);

    if (const auto problem = outputs.write(results, scenario))
        return m_console.internalError(*problem);
    SummaryPrinter(scenario, results, *options).print(m_console.out());
    return kExitOk;
}

} // namespace lymph::cli
