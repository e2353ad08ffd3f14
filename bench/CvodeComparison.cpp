#include "CvodeComparison.h"

#include "DesolvePeer.h"

#include "cohort/VirtualPatient.h"
#include "model/ImmuneModel.h"
#include "simulate/PatientRun.h"
#include "simulate/ResultRows.h"
#include "simulate/SimulationSetup.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <stdexcept>
#include <limits>

namespace lymph::bench {

const char *integratorName(Integrator integrator)
{
    switch (integrator) {
    case Integrator::EngineDopri5: return "engine DOPRI5";
    case Integrator::CvodeBdf: return "CVODE BDF";
    case Integrator::CvodeAdams: return "CVODE Adams";
    case Integrator::DesolveLsoda: return "deSolve lsoda";
    }
    return "";
}

bool CvodeCheck::passed(double tolerance) const
{
    if (!error.empty() || expectedFailure.empty() || methods.size() != 2)
        return false;
    for (const Method &method : methods) {
        if (worstColumn(method.deviation).second > tolerance)
            return false;
    }
    return true;
}

namespace {

struct Patients {
    SimulationSetup setup;
    std::vector<VirtualPatient> members;
};

Patients samplePatients(const Scenario &scenario, int count, std::uint64_t seed)
{
    Patients out{prepareSimulation(scenario, nullptr, SimulationOptions{}), {}};
    const VirtualPatientSampler sampler(out.setup.parameters, out.setup.patient, seed);
    for (int i = 0; i < count; ++i)
        out.members.push_back(sampler.sample(std::uint64_t(i)));
    return out;
}

// The counters, summed over patients.
struct Work {
    std::int64_t rhsEvaluations = 0, steps = 0, jacobians = 0, factorisations = 0;
    CvodeStats cvode; // CVODE's own, in full
};

// One patient by either integrator, into the engine's result columns (as a cohort member is
// run, PeerComparison's runMember). Returns an error message, or nothing.
class PatientRunner {
public:
    // `tolerance`: relative, and the absolute share.
    PatientRunner(const Patients &patients, Integrator integrator, double tolerance)
        : m_patients(patients), m_integrator(integrator), m_tolerance(tolerance)
    {
        if (integrator != Integrator::EngineDopri5)
            m_cvode.emplace(integrator == Integrator::CvodeBdf ? CvodeMethod::Bdf
                                                                : CvodeMethod::Adams,
                            tolerance, tolerance);
    }

    std::optional<std::string> run(const VirtualPatient &v, ResultTable *table, Work *work)
    {
        const SimulationSetup &setup = m_patients.setup;
        const ImmuneModel model(v.parameters, v.factors);
        ResultRows rows(model, setup.schedule, setup.grid,
                        {v.relapseFrailty, setup.parameters.relapseFrailtyVariance},
                        v.autoimmunityMultiplier);
        if (m_cvode) {
            CvodeStats stats;
            if (auto failure = m_cvode->integrate(model, setup.schedule, setup.grid, rows, stats))
                return failure;
            if (work) {
                work->rhsEvaluations += stats.rhsEvaluations;
                work->steps += stats.steps;
                work->jacobians += stats.jacobianEvaluations;
                work->factorisations += stats.linearSolverSetups;
                work->cvode += stats;
            }
        } else {
            try {
                const SolverStats stats = integratePatient(model, setup.schedule, setup.grid,
                                                           m_tolerance, m_tolerance, rows);
                if (work) {
                    work->rhsEvaluations += stats.rhsEvaluations;
                    work->steps += stats.steps;
                }
            } catch (const SimulationError &e) {
                return std::string(integratorName(m_integrator)) + ": " + e.what();
            }
        }
        ResultTable finished = rows.finish();
        if (table)
            *table = std::move(finished);
        return std::nullopt;
    }

private:
    const Patients &m_patients;
    Integrator m_integrator;
    double m_tolerance;
    std::optional<CvodePeer> m_cvode;
};

// Every patient once: the tables (and counters), or the first failure.
std::optional<std::string> runAll(PatientRunner &runner, const Patients &patients,
                                  std::vector<ResultTable> *tables, Work *work)
{
    for (std::size_t i = 0; i < patients.members.size(); ++i) {
        ResultTable table;
        if (auto failure = runner.run(patients.members[i], tables ? &table : nullptr, work))
            return "patient " + std::to_string(i) + ": " + *failure;
        if (tables)
            tables->push_back(std::move(table));
    }
    return std::nullopt;
}

double medianMsPerPatient(PatientRunner &runner, const Patients &patients, int repeats)
{
    std::vector<double> ms;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        runAll(runner, patients, nullptr, nullptr); // the untimed pass succeeded
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                               start)
                         .count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2] / double(patients.members.size());
}

Deviations worstOver(const std::vector<ResultTable> &tables,
                     const std::vector<ResultTable> &references)
{
    Deviations worst;
    for (std::size_t i = 0; i < tables.size(); ++i)
        keepLargest(worst, maxRelativeDeviation(tables[i], references[i]));
    return worst;
}

} // namespace

const SweepRow *ToleranceSweep::productionRow(Integrator integrator) const
{
    const double productionTolerance = SimulationOptions{}.relativeTolerance;
    for (const SweepRow &row : rows) {
        if (row.integrator == integrator && row.tolerance == productionTolerance && row.error.empty())
            return &row;
    }
    return nullptr;
}

ToleranceSweep runToleranceSweep(const Scenario &scenario, int patientCount, std::uint64_t seed,
                                 int repeats, bool desolve)
{
    const Patients patients = samplePatients(scenario, patientCount, seed);
    ToleranceSweep sweep;
    sweep.patients = patientCount;
    sweep.repeats = repeats;

    std::vector<ResultTable> references;
    PatientRunner referenceRunner(patients, Integrator::EngineDopri5, kReferenceTolerance);
    if (auto failure = runAll(referenceRunner, patients, &references, nullptr))
        throw std::runtime_error("the reference failed: " + *failure);
    {
        std::vector<ResultTable> check;
        PatientRunner bdf(patients, Integrator::CvodeBdf, kReferenceTolerance);
        sweep.referenceCheck = runAll(bdf, patients, &check, nullptr)
                                   ? std::numeric_limits<double>::infinity()
                                   : worstColumn(worstOver(check, references)).second;
    }

    const double production = SimulationOptions{}.relativeTolerance;
    for (const Integrator integrator :
         {Integrator::EngineDopri5, Integrator::CvodeBdf, Integrator::CvodeAdams}) {
        for (const double tolerance : kSweepTolerances) {
            SweepRow row;
            row.integrator = integrator;
            row.tolerance = tolerance;
            PatientRunner runner(patients, integrator, tolerance);
            std::vector<ResultTable> tables;
            Work work;
            if (auto failure = runAll(runner, patients, &tables, &work)) {
                row.error = *failure;
                sweep.rows.push_back(std::move(row));
                continue;
            }
            const double n = patientCount;
            row.rhsEvaluations = double(work.rhsEvaluations) / n;
            row.steps = double(work.steps) / n;
            row.jacobians = double(work.jacobians) / n;
            row.factorisations = double(work.factorisations) / n;
            row.deviation = worstOver(tables, references);
            row.msPerPatient = medianMsPerPatient(runner, patients, repeats);
            if (integrator == Integrator::EngineDopri5 && tolerance == production)
                sweep.production = sweep.rows.size();
            sweep.rows.push_back(std::move(row));
        }
    }
    if (desolve) {
        std::string why;
        const std::vector<double> tolerances(kSweepTolerances.begin(), kSweepTolerances.end());
        if (const auto run =
                runDesolve(scenario, patientCount, seed, tolerances, repeats, &why)) {
            for (std::size_t t = 0; t < tolerances.size(); ++t) {
                SweepRow row;
                row.integrator = Integrator::DesolveLsoda;
                row.tolerance = tolerances[t];
                row.msPerPatient = run->msPerPatient[t];
                row.rhsEvaluations = run->rhsEvaluations[t];
                row.steps = run->steps[t];
                row.jacobians = run->jacobians[t];
                row.factorisations = row.jacobians; // LSODA factorises each fresh Jacobian
                row.deviation = worstOver(run->tables[t], references);
                sweep.rows.push_back(std::move(row));
            }
        } else {
            sweep.desolveNote = why;
        }
    } else {
        sweep.desolveNote = "not asked for";
    }
    if (const SweepRow *engine = sweep.productionRow()) {
        for (std::size_t i = 0; i < sweep.rows.size(); ++i) {
            const SweepRow &row = sweep.rows[i];
            const bool cvode =
                row.integrator == Integrator::CvodeBdf || row.integrator == Integrator::CvodeAdams;
            if (!cvode || !row.error.empty() ||
                row.worstDeviation() > engine->worstDeviation())
                continue;
            if (!sweep.matched || row.msPerPatient < sweep.rows[*sweep.matched].msPerPatient)
                sweep.matched = i;
        }
    }
    return sweep;
}

CvodeCheck runCvodeCheck(const Scenario &scenario, int patientCount, std::uint64_t seed)
{
    const Patients patients = samplePatients(scenario, patientCount, seed);
    const SimulationOptions options;
    static_assert(SimulationOptions{}.relativeTolerance == SimulationOptions{}.absoluteTolerance,
                  "the runners take one tolerance for both");
    CvodeCheck check;
    check.patients = patientCount;
    std::vector<ResultTable> engine;
    PatientRunner engineRunner(patients, Integrator::EngineDopri5, options.relativeTolerance);
    if (auto failure = runAll(engineRunner, patients, &engine, nullptr)) {
        check.error = *failure;
        return check;
    }
    for (const Integrator integrator : {Integrator::CvodeBdf, Integrator::CvodeAdams}) {
        PatientRunner runner(patients, integrator, options.relativeTolerance);
        std::vector<ResultTable> tables;
        Work work;
        if (auto failure = runAll(runner, patients, &tables, &work)) {
            check.error = std::string(integratorName(integrator)) + ", " + *failure;
            return check;
        }
        check.methods.push_back({integrator, worstOver(tables, engine), work.cvode});
    }
    // CVODE refuses this tolerance on its first step (too much accuracy requested).
    PatientRunner impossible(patients, Integrator::CvodeBdf, 1e-300);
    if (auto failure = impossible.run(patients.members.front(), nullptr, nullptr))
        check.expectedFailure = *failure;
    return check;
}

} // namespace lymph::bench
