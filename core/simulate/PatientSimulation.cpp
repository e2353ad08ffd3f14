#include "simulate/PatientSimulation.h"

#include "simulate/InfectionWindows.h"
#include "simulate/PatientRun.h"

#include <utility>

namespace lymph {

namespace {

// Rows on the merged grid, each handed to the output table, the daily measurement table, or
// both where the grids share a day.
class TwoGridRows final : public OutputRows {
public:
    TwoGridRows(const std::vector<GridUse> &uses, OutputRows &output, OutputRows &daily)
        : m_uses(uses), m_output(output), m_daily(daily)
    {
    }
    void add(const State &row) noexcept override
    {
        if (m_row >= m_uses.size())
            return; // the rows' own add() reports too many rows
        const GridUse use = m_uses[m_row++];
        if (use.output)
            m_output.add(row);
        if (use.daily)
            m_daily.add(row);
    }

private:
    const std::vector<GridUse> &m_uses;
    OutputRows &m_output;
    OutputRows &m_daily;
    std::size_t m_row = 0;
};

} // namespace

PatientSimulation simulatePatient(const SimulationSetup &setup, const ImmuneModel &model,
                                  const RelapseFrailty &frailty, double autoimmunityMultiplier,
                                  const SimulationOptions &options,
                                  std::vector<std::vector<double>> storage,
                                  const MarrowTrajectory *marrow, OwnInfectionWindows windows)
{
    PatientSimulation run;
    ResultRows rows(model, setup.schedule, setup.grid, frailty, autoimmunityMultiplier,
                    std::move(storage));
    ResultTable dailyTable;
    const ResultTable *daily = &run.table;
    if (setup.dailyGrid.empty()) { // the output grid is the daily grid
        run.stats = integratePatient(model, setup.schedule, setup.grid, options.relativeTolerance,
                                     options.absoluteTolerance, rows, marrow);
        run.table = rows.finish();
    } else {
        ResultRows dailyRows(model, setup.schedule, setup.dailyGrid, frailty,
                             autoimmunityMultiplier);
        TwoGridRows both(setup.mergedGridUse, rows, dailyRows);
        run.stats = integratePatient(model, setup.schedule, setup.mergedGrid,
                                     options.relativeTolerance, options.absoluteTolerance, both,
                                     marrow);
        run.table = rows.finish();
        dailyTable = dailyRows.finish();
        daily = &dailyTable;
    }
    run.outcome = measureOutcome(*daily, setup.schedule.antibodies, model.parameters());
    if (windows == OwnInfectionWindows::Find)
        run.infectionWindows = findInfectionWindows(*daily, setup.schedule.hasAhsct);
    return run;
}

} // namespace lymph
