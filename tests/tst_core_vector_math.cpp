// The whole-array exp and log1p (platform/VectorMath.h) against the C library's scalar
// functions, and the result table's probabilities, taken through them, against their formulas
// written out plainly (docs/model.md §7).
#include "model/StateLayout.h"
#include "platform/VectorMath.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "simulate/PatientRun.h"
#include "simulate/ResultRows.h"
#include "simulate/SimulationSetup.h"
#include "simulate/Simulator.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace lymph;

namespace {

// |a − b| in units of b's last place (0 when both are equal, also both zero).
double ulps(double a, double b)
{
    if (a == b)
        return 0.0;
    const double unit = std::nextafter(std::abs(b), HUGE_VAL) - std::abs(b);
    return std::abs(a - b) / unit;
}

// The larger, or NaN if either is: a NaN must fail the comparison it ends in.
double worse(double a, double b)
{
    return std::isnan(a) || std::isnan(b) ? std::numeric_limits<double>::quiet_NaN()
                                          : std::max(a, b);
}

// The lane counts this machine can take: 1 (the scalar functions) and, with libmvec, 2 and
// perhaps 4.
std::vector<int> lanesHere()
{
    std::vector<int> lanes;
    for (int n : {1, 2, 4}) {
        if (n <= vectorMathLanes())
            lanes.push_back(n);
    }
    return lanes;
}

// libmvec's documented bound is 4 ulp from the exact result (glibc wiki, "libmvec"), and
// glibc's scalar exp and log1p are within 1: 5 ulp between the two.
constexpr double kMaxUlps = 5.0;

} // namespace

class CoreVectorMath : public QObject {
    Q_OBJECT
private slots:
    void expAndLog1pAreTheScalarFunctionsWithinTheirBounds()
    {
        // The exponents the result rows hand over (−k·rate·exposure, −z·E, −log1p(v·E)/v) lie in
        // [−50, 0]; the arguments of log1p in [0, 100]. Far outside, too: underflow to zero and
        // denormals, which libmvec hands to the scalar routine. Results are written over the
        // arguments, as finish() does. Every path this machine has: one, two and four lanes.
        std::mt19937_64 random(20261206);
        std::vector<double> exponents{0.0, -0.0, -1e-300, -1e-17, -1.0, -700.0, -745.0, -746.0,
                                      -1e6, 1.0, 700.0};
        std::uniform_real_distribution<double> narrow(-50.0, 0.0), wide(-800.0, 20.0);
        for (int i = 0; i < 4002; ++i) // 4,013 in all: a last group of one, for two and four lanes
            exponents.push_back(i % 2 ? narrow(random) : wide(random));
        std::vector<double> arguments{0.0, 1e-300, 1e-17, 1e-8, 0.5, 1.0, 1e3, 1e300};
        std::uniform_real_distribution<double> positive(0.0, 100.0);
        for (int i = 0; i < 3003; ++i) // 3,011: a last group of three for four lanes
            arguments.push_back(positive(random) * std::pow(10.0, -double(i % 12)));
        const double nan = std::numeric_limits<double>::quiet_NaN();

        for (const int lanes : lanesHere()) {
            std::vector<double> values = exponents;
            expOf(values.data(), values.data(), values.size(), lanes);
            double worst = 0.0;
            for (std::size_t i = 0; i < exponents.size(); ++i)
                worst = worse(worst, ulps(values[i], std::exp(exponents[i])));
            QVERIFY2(worst <= kMaxUlps,
                     qPrintable(QStringLiteral("exp, %1 lanes: %2 ulp").arg(lanes).arg(worst)));
            QCOMPARE(values[0], 1.0); // day 0: every probability exactly 0
            QCOMPARE(values[1], 1.0);

            values = arguments;
            log1pOf(values.data(), values.data(), values.size(), lanes);
            worst = 0.0;
            for (std::size_t i = 0; i < arguments.size(); ++i)
                worst = worse(worst, ulps(values[i], std::log1p(arguments[i])));
            QVERIFY2(worst <= kMaxUlps,
                     qPrintable(QStringLiteral("log1p, %1 lanes: %2 ulp").arg(lanes).arg(worst)));
            QCOMPARE(values[0], 0.0);

            std::vector<double> bad{nan, -1.0, nan};
            expOf(bad.data(), bad.data(), bad.size(), lanes);
            QVERIFY(std::isnan(bad[0]) && std::isnan(bad[2])); // a model failure stays visible

            // Equal arguments, equal results, wherever they sit (the last, shorter group too).
            std::vector<double> same(7, -0.123456789);
            expOf(same.data(), same.data(), same.size(), lanes);
            for (double v : same)
                QVERIFY(v == same.front());
        }

        qInfo("vector math library in use: %s, %d lanes",
              usesVectorMathLibrary() ? "yes" : "no", vectorMathLanes());
#if defined(__GLIBC__) && defined(__x86_64__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 35)
        QVERIFY(usesVectorMathLibrary()); // the build found it: this test covers it
        __builtin_cpu_init();
        QVERIFY(vectorMathLanes() == 2 ||
                (vectorMathLanes() == 4 && __builtin_cpu_supports("avx2")));
#endif
        // The plain entry points take the most lanes there are.
        std::vector<double> plain = exponents, most = exponents;
        expOf(plain.data(), plain.data(), plain.size());
        expOf(most.data(), most.data(), most.size(), vectorMathLanes());
        QVERIFY(plain == most);
    }

    void shortArraysAndTheirLastElementsAgreeWithLongOnes()
    {
        // Every length up to three times four lanes, so that each possible last group (one to
        // three left over from four lanes, one from two) goes through its padded call: each
        // element as in one long array, and within the bound of the scalar function.
        std::mt19937_64 random(6122026);
        std::uniform_real_distribution<double> exponent(-50.0, 0.0), argument(0.0, 100.0);
        std::vector<double> exponents(12), arguments(12);
        for (std::size_t i = 0; i < exponents.size(); ++i) {
            exponents[i] = exponent(random);
            arguments[i] = argument(random);
        }
        for (const int lanes : lanesHere()) {
            std::vector<double> longExp = exponents, longLog = arguments;
            expOf(longExp.data(), longExp.data(), longExp.size(), lanes);
            log1pOf(longLog.data(), longLog.data(), longLog.size(), lanes);
            for (std::size_t n = 1; n <= exponents.size(); ++n) {
                for (std::size_t start = 0; start + n <= exponents.size(); start += n) {
                    std::vector<double> e(n), l(n);
                    expOf(exponents.data() + start, e.data(), n, lanes);
                    log1pOf(arguments.data() + start, l.data(), n, lanes);
                    for (std::size_t k = 0; k < n; ++k) {
                        QVERIFY(e[k] == longExp[start + k]);
                        QVERIFY(l[k] == longLog[start + k]);
                        QVERIFY(ulps(e[k], std::exp(exponents[start + k])) <= kMaxUlps);
                        QVERIFY(ulps(l[k], std::log1p(arguments[start + k])) <= kMaxUlps);
                    }
                }
            }
        }
    }

    void resultProbabilitiesFollowTheirFormulas()
    {
        // The relapse and autoimmunity columns against their formulas from each day's states:
        // without a sampled frailty, P(no relapse) = (1 + v·E)^(−1/v) with E the cumulative
        // hazard; with one, exp(−z·E); each autoimmune risk 1 − exp(−k·rate·exposure).
        const Scenario s = *loadScenario(kDefaultExampleName).scenario;
        const SimulationSetup setup = prepareSimulation(s, nullptr, {});
        const ImmuneModel model(setup.parameters, setup.patient);
        const PatientTrajectory trajectory =
            integratePatient(model, setup.schedule, setup.grid, 1e-6, 1e-6);
        const ModelParameters &p = setup.parameters;
        const double v = p.relapseFrailtyVariance;
        for (const std::optional<double> z : {std::optional<double>{}, std::optional<double>{1.7}}) {
            const double k = 1.3;
            const ResultTable table =
                buildResultTable(model, setup.schedule, trajectory, {z, v}, k);
            const auto &relapse = *table.column(ColumnKey{Column::RelapseProbability});
            const auto &free = *table.column(ColumnKey{Column::RelapseFreeProbability});
            const auto &thyroid = *table.column(ColumnKey{Column::ThyroidProbability});
            const auto &any = *table.column(ColumnKey{Column::AutoimmunityProbability});
            const auto &itp = *table.column(ColumnKey{Column::ItpProbability});
            const auto &gbm = *table.column(ColumnKey{Column::AntiGbmProbability});
            double worst = 0.0;
            for (std::size_t r = 0; r < trajectory.states.size(); ++r) {
                const State &x = trajectory.states[r];
                const double e = x[state::CumulativeHazard];
                const double survival =
                    z ? std::exp(-*z * e) : std::pow(1.0 + v * e, -1.0 / v);
                const double exposure = x[state::AutoimmunityExposure];
                const auto risk = [&](double rate) { return 1.0 - std::exp(-k * rate * exposure); };
                for (const auto &[ours, formula] :
                     {std::pair{free[r], survival}, std::pair{relapse[r], 1.0 - survival},
                      std::pair{thyroid[r], risk(p.aiThyroid)}, std::pair{itp[r], risk(p.aiItp)},
                      std::pair{gbm[r], risk(p.aiGbm)},
                      std::pair{any[r], risk(p.aiThyroid + p.aiItp + p.aiGbm)}})
                    worst = worse(worst, std::abs(ours - formula));
            }
            // Probabilities in [0, 1]: a few ulp of 1, and the 1 + v·E that pow rounds.
            QVERIFY2(worst <= 1e-14, qPrintable(QStringLiteral("%1").arg(worst)));
            QCOMPARE(relapse.front(), 0.0);
            QCOMPARE(thyroid.front(), 0.0);
            QVERIFY(relapse.back() > 0.1 && thyroid.back() > 0.01); // not trivially zero
        }
    }
};

QTEST_APPLESS_MAIN(CoreVectorMath)
#include "tst_core_vector_math.moc"
