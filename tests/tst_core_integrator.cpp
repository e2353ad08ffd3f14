// The Dormand–Prince stepper on problems with known solutions: its order, its dense output,
// landing on a breakpoint, and refusing (not hanging on) a system it cannot integrate.
#include "simulate/DormandPrince.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace lymph;

namespace {

using Stepper = DormandPrince45<2>;

// x'' = −x as a first-order system: x = cos t, v = −sin t from (1, 0).
struct Oscillator {
    int evaluations = 0;
    void operator()(const Stepper::Vector &x, Stepper::Vector &dxdt, double)
    {
        ++evaluations;
        dxdt = {x[1], -x[0]};
    }
};

// Blows up at t = 1 (x = 1 / (1 − t)): no step size can pass it.
struct Blowup {
    void operator()(const Stepper::Vector &x, Stepper::Vector &dxdt, double) { dxdt = {x[0] * x[0], 0.0}; }
};

struct NotANumber {
    void operator()(const Stepper::Vector &, Stepper::Vector &dxdt, double)
    {
        dxdt = {std::numeric_limits<double>::quiet_NaN(), 0.0};
    }
};

// Largest error against cos t over [0, 10], at the step ends and at 1,000 interior points.
struct Errors {
    double atSteps = 0.0;
    double dense = 0.0;
    int evaluations = 0;
};

Errors integrateOscillator(double tolerance)
{
    Oscillator system;
    Stepper stepper(tolerance, {tolerance, tolerance});
    stepper.initialize(system, {1.0, 0.0}, 0.0, 0.01);
    Errors e;
    int k = 0;
    while (stepper.currentTime() < 10.0) {
        stepper.doStep(system, 10.0);
        e.atSteps = std::max(e.atSteps, std::abs(stepper.currentState()[0] -
                                                  std::cos(stepper.currentTime())));
        for (; k <= 1000 && k * 0.01 <= stepper.currentTime(); ++k) {
            Stepper::Vector x;
            stepper.calcState(k * 0.01, x);
            e.dense = std::max(e.dense, std::abs(x[0] - std::cos(k * 0.01)));
        }
    }
    e.evaluations = system.evaluations;
    return e;
}

} // namespace

class TestCoreIntegrator : public QObject {
    Q_OBJECT

private slots:
    void meetsItsToleranceOnTheOscillator()
    {
        for (double tolerance : {1e-4, 1e-6, 1e-8, 1e-10}) {
            const Errors e = integrateOscillator(tolerance);
            // Local error control: the global error over ten radians stays within a small
            // multiple of the tolerance; the 4th-order interpolant within a few times more.
            QVERIFY2(e.atSteps < 20 * tolerance, qPrintable(QString::number(e.atSteps)));
            QVERIFY2(e.dense < 50 * tolerance, qPrintable(QString::number(e.dense)));
        }
    }

    void workGrowsLikeAFifthOrderMethod()
    {
        // With a 5th-order solution and 4th-order error estimate, a 100 times tighter
        // tolerance costs about 100^(1/5) ≈ 2.5 times the steps. A wrong stage coefficient
        // spoils the estimate's order (seen: a 3e-3 change in a65 gave a ratio of 10).
        const double ratio = double(integrateOscillator(1e-10).evaluations) /
                             double(integrateOscillator(1e-8).evaluations);
        QVERIFY2(ratio > 2.0 && ratio < 2.9, qPrintable(QString::number(ratio)));
    }

    void lastStepLandsOnTheLimit()
    {
        Oscillator system;
        Stepper stepper(1e-6, {1e-6, 1e-6});
        stepper.initialize(system, {1.0, 0.0}, 0.0, 0.7);
        while (stepper.currentTime() < 1.234)
            stepper.doStep(system, 1.234);
        QVERIFY(stepper.currentTime() == 1.234); // exactly: QCOMPARE on doubles is fuzzy
        QVERIFY(std::abs(stepper.currentState()[0] - std::cos(1.234)) < 1e-5);
    }

    void singularityIsRefusedNotLoopedOn()
    {
        Blowup system;
        Stepper stepper(1e-6, {1e-6, 1e-6});
        stepper.initialize(system, {1.0, 0.0}, 0.0, 0.1);
        bool refused = false;
        try {
            while (stepper.currentTime() < 2.0)
                stepper.doStep(system, 2.0);
        } catch (const Stepper::StepSizeUnderflow &e) {
            refused = true;
            // An explicit method may step just past the pole before its error estimate explodes.
            QVERIFY2(e.t < 1.01 && e.t > 0.99, qPrintable(QString::number(e.t, 'g', 17)));
        }
        QVERIFY(refused);
    }

    void nonFiniteDerivativeIsRefused()
    {
        NotANumber system;
        Stepper stepper(1e-6, {1e-6, 1e-6});
        stepper.initialize(system, {1.0, 0.0}, 0.0, 0.1);
        QVERIFY_THROWS_EXCEPTION(Stepper::StepSizeUnderflow, stepper.doStep(system, 1.0));
    }
};

QTEST_APPLESS_MAIN(TestCoreIntegrator)
#include "tst_core_integrator.moc"
