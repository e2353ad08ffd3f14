// The scalar right-hand side (ImmuneModel::reference, written to read like docs/model.md) is
// the model; the lane form the solver calls (ImmuneModel::operator()) is an optimisation of it.
// They must agree on every state an example reaches, in every dosing segment, and on states
// no trajectory reaches (random, zero, far above baseline).
#include "ScenarioBuilders.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "simulate/PatientRun.h"
#include "simulate/SimulationSetup.h"

#include <QtTest>

#include <algorithm>

#include <cmath>
#include <random>

using namespace lymph;
using namespace lymph::test;

namespace {

// The two forms group some sums differently, so they may differ in the last bits; a
// transcription error moves a derivative by far more than this.
constexpr double kRelative = 1e-12;

QString compare(const ImmuneModel &model, const State &x, double t)
{
    State lanes{}, scalar{};
    model(x, lanes, t);
    model.reference(x, scalar, t);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double scale = std::max({std::abs(scalar[i]), std::abs(lanes[i]), 1e-300});
        if (!(std::abs(lanes[i] - scalar[i]) <= kRelative * scale))
            return QStringLiteral("state %1: lanes %2, reference %3")
                .arg(i)
                .arg(lanes[i], 0, 'g', 17)
                .arg(scalar[i], 0, 'g', 17);
    }
    // With the marrow integrated apart, given its own value and with its states in x spoiled
    // (they must not be read): the same derivatives, bit for bit, but 0 for the marrow's.
    State apart{}, spoiled = x;
    for (std::size_t i : ImmuneModel::kMarrowStates)
        spoiled[i] = 123.0;
    model.withMarrowApart(spoiled, apart, t, x[state::Marrow]);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const bool marrowState = std::find(ImmuneModel::kMarrowStates.begin(),
                                           ImmuneModel::kMarrowStates.end(),
                                           i) != ImmuneModel::kMarrowStates.end();
        if (apart[i] != (marrowState ? 0.0 : lanes[i]))
            return QStringLiteral("state %1 with the marrow apart: %2, whole model %3")
                .arg(i)
                .arg(apart[i], 0, 'g', 17)
                .arg(lanes[i], 0, 'g', 17);
    }
    return {};
}

// Every example, plus one plan that puts every therapy into one schedule.
std::vector<std::pair<std::string, Scenario>> plans()
{
    std::vector<std::pair<std::string, Scenario>> out;
    for (const auto &name : exampleNames())
        out.emplace_back(name, *loadScenario(name).scenario);
    Scenario all = scenario(1500, {fingolimod(0, 300), alemtuzumabCourse(330, 5),
                                   singleInfusion(Therapy::Rituximab, 700, 1000),
                                   ocrelizumabFrom(800, 1100), ahsct(AhsctRegimen::CyAtg, 1200)});
    all.patient.weightKg = 95;
    out.emplace_back("every therapy", all);
    return out;
}

} // namespace

class ReferenceRhs : public QObject {
    Q_OBJECT
private slots:
    void agreesAlongEveryTrajectory()
    {
        int compared = 0;
        for (const auto &[name, s] : plans()) {
            const SimulationSetup setup = prepareSimulation(s, nullptr, SimulationOptions{});
            ImmuneModel model(setup.parameters, setup.patient);
            const PatientTrajectory path =
                integratePatient(model, setup.schedule, setup.grid, 1e-6, 1e-6);
            for (const Segment &segment : setup.schedule.segments) {
                model.setInputs(segment.inputs);
                for (std::size_t r = 0; r < path.days.size(); ++r) {
                    if (path.days[r] < segment.start || path.days[r] > segment.end)
                        continue;
                    const QString problem = compare(model, path.states[r], path.days[r]);
                    QVERIFY2(problem.isEmpty(),
                             qPrintable(QStringLiteral("%1, day %2: %3")
                                            .arg(QString::fromStdString(name))
                                            .arg(path.days[r])
                                            .arg(problem)));
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 1000);
    }

    void agreesOnStatesNoTrajectoryReaches()
    {
        std::mt19937_64 random(20261205);
        std::uniform_real_distribution<double> factor(0.0, 3.0);
        std::bernoulli_distribution zero(0.1);
        for (const auto &[name, s] : plans()) {
            const SimulationSetup setup = prepareSimulation(s, nullptr, SimulationOptions{});
            ImmuneModel model(setup.parameters, setup.patient);
            const PatientTrajectory path =
                integratePatient(model, setup.schedule, setup.grid, 1e-6, 1e-6);
            for (const Segment &segment : setup.schedule.segments) {
                model.setInputs(segment.inputs);
                for (int trial = 0; trial < 20; ++trial) {
                    State x = path.states[std::size_t(trial * 37) % path.states.size()];
                    for (double &v : x)
                        v = zero(random) ? 0.0 : v * factor(random) + 0.01 * factor(random);
                    const QString problem = compare(model, x, segment.start);
                    QVERIFY2(problem.isEmpty(),
                             qPrintable(QString::fromStdString(name) + ": " + problem));
                }
            }
        }
    }

    void aChangedEquationWouldShow()
    {
        // The comparison itself can fail: a model whose inputs differ between the two calls
        // (here, a dose in one and not the other) must be told apart.
        const Scenario s = scenario(100, {alemtuzumabCourse(0, 5)});
        const SimulationSetup setup = prepareSimulation(s, nullptr, SimulationOptions{});
        ImmuneModel dosed(setup.parameters, setup.patient);
        dosed.setInputs(setup.schedule.segments.front().inputs);
        ImmuneModel idle(setup.parameters, setup.patient);
        State x = dosed.baseline();
        State a{}, b{};
        dosed.reference(x, a, 0.0);
        idle.reference(x, b, 0.0);
        QVERIFY(a != b);
    }
};

QTEST_APPLESS_MAIN(ReferenceRhs)
#include "tst_core_reference_rhs.moc"
