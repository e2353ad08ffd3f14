// The virtual cohort: same result on any thread count, cancellation, progress, quantile
// ordering and the correlated parameter draws.
#include "ScenarioBuilders.h"
#include "cohort/Cohort.h"
#include "cohort/VirtualPatient.h"
#include "model/ParameterTable.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <mutex>

using namespace lymph;
using namespace lymph::test;

namespace {
SimulationOptions weekly()
{
    SimulationOptions o;
    o.outputStepDays = 7;
    return o;
}
const Scenario &twoCourses()
{
    static const Scenario s = scenario(730, {alemtuzumabCourse(0, 5), alemtuzumabCourse(365, 3)});
    return s;
}
} // namespace

class CoreCohort : public QObject {
    Q_OBJECT
private slots:
    void identicalOnAnyThreadCount()
    {
        CohortOptions one;
        one.patients = 40;
        one.seed = 11;
        one.threads = 1;
        CohortOptions four = one;
        four.threads = 4;
        const Results a = runCohort(twoCourses(), one, nullptr, weekly());
        const Results b = runCohort(twoCourses(), four, nullptr, weekly());
        QVERIFY(a.table.names() == b.table.names());
        QVERIFY(a.table.columns() == b.table.columns());
        QCOMPARE(a.stats.rhsEvaluations, b.stats.rhsEvaluations);
        QCOMPARE(a.cohortSize, 40);
    }

    void quantileColumnsAreOrdered()
    {
        const Results r = simulateCohort(twoCourses(), 60, 3, nullptr, weekly());
        for (const char *c : {"cd4_per_ul", "b_cells_per_ul", "alemtuzumab_ug_per_ml"}) {
            const std::string base(c);
            for (std::size_t row = 0; row < r.table.rowCount(); ++row) {
                const double p05 = r.table.at(base + "_p05")[row], p25 = r.table.at(base + "_p25")[row],
                             p50 = r.table.at(base)[row], p75 = r.table.at(base + "_p75")[row],
                             p95 = r.table.at(base + "_p95")[row];
                QVERIFY2(p05 <= p25 && p25 <= p50 && p50 <= p75 && p75 <= p95, c);
            }
        }
        // The cohort varies: a band of zero width everywhere would mean no variation.
        QVERIFY(r.table.valueAt("cd4_per_ul_p95", 300) > 1.2 * r.table.valueAt("cd4_per_ul_p05", 300));
    }

    void progressReachesTheEnd()
    {
        std::mutex mutex;
        int last = 0, calls = 0;
        CohortOptions o;
        o.patients = 25;
        o.threads = 3;
        o.progress = [&](int done, int total) {
            const std::lock_guard lock(mutex);
            QCOMPARE(total, 25);
            last = std::max(last, done);
            ++calls;
        };
        runCohort(twoCourses(), o, nullptr, weekly());
        QCOMPARE(last, 25);
        QCOMPARE(calls, 25);
    }

    void cancelStopsTheRun()
    {
        std::atomic<bool> cancel{false};
        std::atomic<int> seen{0};
        CohortOptions o;
        o.patients = 5000;
        o.threads = 2;
        o.cancel = &cancel;
        o.progress = [&](int done, int) {
            seen = done;
            if (done >= 10)
                cancel = true;
        };
        QVERIFY_THROWS_EXCEPTION(CohortCancelled, runCohort(twoCourses(), o, nullptr, weekly()));
        QVERIFY(seen < 100); // stopped soon after the request, not after 5000 patients
    }

    void oversizedCohortIsRefused()
    {
        SimulationOptions daily;
        QVERIFY_THROWS_EXCEPTION(SimulationError,
                                 simulateCohort(scenario(21000, {}), 100000, 1, nullptr, daily));
    }

    void drawsFollowTheCorrelationMatrix()
    {
        const ModelParameters typical = ModelParameters::fromTable(ParameterTable::defaults());
        const VirtualPatientSampler sampler(typical, PatientFactors{}, 99);
        const int n = 4000;
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        int never = 0;
        for (int i = 0; i < n; ++i) {
            const VirtualPatient v = sampler.sample(std::uint64_t(i));
            const double x = std::log(v.parameters.baffGain / typical.baffGain);
            const double y = std::log(v.parameters.homeoMaxCd4 / typical.homeoMaxCd4);
            sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y;
            never += v.adaClass == VirtualPatient::AdaClass::Never;
        }
        const double cov = sxy / n - sx / n * sy / n;
        const double r = cov / std::sqrt((sxx / n - sx * sx / n / n) * (syy / n - sy * sy / n / n));
        // Sampling error of a correlation near 0.4 with n = 4000 is about 0.013.
        QVERIFY2(std::abs(r - typical.iivCorrHomeostasisBaff) < 0.05, qPrintable(QString::number(r)));
        QVERIFY(std::abs(double(never) / n - typical.adaNeverFraction) < 0.025);
        // Same index, same patient.
        QCOMPARE(sampler.sample(7).parameters.alemCl, sampler.sample(7).parameters.alemCl);
    }

    void nonPositiveDefiniteCorrelationIsRefused()
    {
        ModelParameters p = ModelParameters::fromTable(ParameterTable::defaults());
        QVERIFY_THROWS_NO_EXCEPTION(VirtualPatientSampler(p, PatientFactors{}, 1));
        p.iivCorrHomeostasisBaff = 1.5; // outside the table's range, so only reachable in code
        QVERIFY_THROWS_EXCEPTION(SimulationError, VirtualPatientSampler(p, PatientFactors{}, 1));
    }
};

QTEST_APPLESS_MAIN(CoreCohort)
#include "tst_core_cohort.moc"
