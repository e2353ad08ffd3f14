#include "SimulateCommand.h"

#include "CliText.h"
#include "OutputFiles.h"
#include "ScenarioArgument.h"
#include "SimulateOptions.h"
#include "SummaryPrinter.h"

#include "cohort/Cohort.h"
#include "simulate/Simulator.h"

namespace lymph::cli {

namespace {

constexpr double kMaxOutputRows = 2'000'000;

} // namespace

CommandSpec SimulateCommand::spec()
{
    return {QStringLiteral("simulate"), QStringLiteral("SCENARIO"),
            tr("Run a scenario (a .lymphoscope.json file, or the name of a built-in example; "
               "example:NAME always means the example) and print a summary."),
            SimulateOptions::declarations(), 1, 1};
}

SimulateCommand::SimulateCommand(const Console &console) : m_console(console) {}

int SimulateCommand::run(const CommandLine &line) const
{
    QString error;
    const auto options = SimulateOptions::fromCommandLine(line, m_console.err(), &error);
    if (!options)
        return m_console.badInput(error);

    const auto loaded = loadScenarioArgument(m_console, options->scenario);
    if (!loaded)
        return kExitBadInput;
    const Scenario &scenario = loaded->scenario;
    if (scenario.horizonDays / options->step > kMaxOutputRows) {
        return m_console.badInput(
            tr("--step: a step of %1 days gives more than 2,000,000 rows over the %2-day "
               "horizon; choose a larger step")
                .arg(formatNumber(options->step), formatNumber(scenario.horizonDays)));
    }

    // Refuse unwritable destinations before a possibly long run, and never overwrite an input.
    const OutputFiles outputs(*options, loaded->file);
    if (const auto problem = outputs.check()) {
        return problem->exitCode == kExitBadInput ? m_console.badInput(problem->message)
                                                  : m_console.internalError(problem->message);
    }

    SimulationOptions simulation;
    simulation.outputStepDays = options->step;
    Results results;
    try {
        if (options->patient) {
            results = simulateCohortMember(scenario, options->seed, std::size_t(*options->patient),
                                           nullptr, simulation);
        } else if (options->cohort) {
            results = simulateCohort(scenario, *options->cohort, options->seed, nullptr,
                                     simulation);
        } else {
            results = lymph::simulate(scenario, nullptr, simulation);
        }
    } catch (const CohortMemoryError &e) {
        return m_console.internalError(
            tr("not enough memory for %1 patients × %2 days; try a larger --step or fewer "
               "patients")
                .arg(e.patients())
                .arg(formatNumber(scenario.horizonDays)));
    }

    if (const auto problem = outputs.write(results, scenario, m_console.out())) {
        return problem->exitCode == kExitBadInput ? m_console.badInput(problem->message)
                                                  : m_console.internalError(problem->message);
    }
    // With a table on standard output, the summary must not mix into it.
    SummaryPrinter(scenario, results, *options)
        .print(outputs.usesStandardOutput() ? m_console.err() : m_console.out());
    return kExitOk;
}

} // namespace lymph::cli
