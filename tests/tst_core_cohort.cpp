// The virtual cohort: same result on any thread count, cancellation, progress, quantile
// ordering, the streaming quantiles' error bound, per-patient outcomes and fractions, and the
// correlated parameter draws.
#include "ScenarioBuilders.h"
#include "cohort/Cohort.h"
#include "cohort/CohortSummary.h"
#include "cohort/VirtualPatient.h"
#include "model/ParameterTable.h"
#include "simulate/PatientRun.h"
#include "simulate/ResultRows.h"
#include "simulate/SimulationSetup.h"

#include <QtTest>

#include <bit>

#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <random>

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

// The result tables of the first `n` patients of a cohort, as runCohort computes them.
std::vector<ResultTable> patientTables(const Scenario &s, int n, std::uint64_t seed,
                                       const SimulationOptions &options)
{
    const SimulationSetup setup = prepareSimulation(s, nullptr, options);
    const VirtualPatientSampler sampler(setup.parameters, setup.patient, seed);
    std::vector<ResultTable> tables;
    for (int i = 0; i < n; ++i) {
        const VirtualPatient v = sampler.sample(std::uint64_t(i));
        const ImmuneModel model(v.parameters, v.factors);
        const PatientTrajectory t = integratePatient(model, setup.schedule, setup.grid,
                                                     options.relativeTolerance,
                                                     options.absoluteTolerance);
        tables.push_back(buildResultTable(model, setup.schedule, t,
                                          {v.relapseFrailty, setup.parameters.relapseFrailtyVariance},
                                          v.autoimmunityMultiplier));
    }
    return tables;
}

ResultTable summarise(const std::vector<ResultTable> &tables, CohortSummary::Method method)
{
    CohortSummary summary(tables.front(), tables.size(), method);
    for (std::size_t i = 0; i < tables.size(); ++i)
        summary.add(i, tables[i]);
    return summary.finish(2);
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

    void histogramQuantilesStayWithinTheirBound()
    {
        // The same 150 patients summarised exactly and with the streaming histograms: every
        // quantile of every column and row within exact/16 + the column's floor.
        const std::vector<ResultTable> tables = patientTables(twoCourses(), 150, 21, weekly());
        const ResultTable exact = summarise(tables, CohortSummary::Method::Exact);
        const ResultTable streamed = summarise(tables, CohortSummary::Method::Histogram);
        QVERIFY(exact.names() == streamed.names());
        double worst = 0.0, sumRelative = 0.0;
        std::size_t compared = 0, inexact = 0;
        for (std::size_t c = 1; c < exact.names().size(); ++c) {
            const std::string &name = exact.names()[c];
            const ColumnKey key = *exact.keys()[c];
            const auto &e = exact.columns()[c];
            const auto &h = streamed.columns()[c];
            if (CohortSummary::isAveraged(key)) {
                for (std::size_t r = 0; r < e.size(); ++r)
                    QVERIFY2(std::abs(e[r] - h[r]) <= 1e-9, name.c_str()); // means are exact
                continue;
            }
            // The quantile columns of a column share its floor.
            const double floor = CohortSummary::histogramFloor(key);
            for (std::size_t r = 0; r < e.size(); ++r) {
                // The exact path keeps floats: allow their rounding on top of the bound.
                const double bound = std::abs(e[r]) * (CohortSummary::kRelativeErrorBound + 1e-6) + floor;
                const double error = std::abs(h[r] - e[r]);
                QVERIFY2(error <= bound, qPrintable(QStringLiteral("%1 row %2: histogram %3, exact %4")
                                                        .arg(QString::fromStdString(name)).arg(r)
                                                        .arg(h[r]).arg(e[r])));
                if (e[r] > floor) {
                    worst = std::max(worst, error / e[r]);
                    sumRelative += error / e[r];
                    ++compared;
                    inexact += error > 1e-6 * e[r];
                }
            }
        }
        qInfo("histogram quantiles vs exact over %zu values: worst relative error %.4f, mean %.5f "
              "(bound %.4f)", compared, worst, sumRelative / double(compared),
              CohortSummary::kRelativeErrorBound);
        QVERIFY(compared > 1000);
        QVERIFY(inexact > 0); // the comparison really exercised the histograms
    }

    void histogramBinsHandleTheFloorAndCeiling()
    {
        // One row, 100 synthetic patients in five groups of 20: zero, half the floor, the
        // floor itself, a value inside the grid, twice the ceiling. Each quantile must fall in
        // its group's bin: [0, floor) below the floor, [x, x·17/16) inside, [ceiling, max]
        // above the ceiling.
        const double floor = CohortSummary::histogramFloor({Column::Cd4});
        const double ceiling = CohortSummary::histogramCeiling({Column::Cd4});
        const double groups[] = {0.0, floor / 2, floor, 1000.0, 2 * ceiling};
        // A second row at the edges of the branch-free clamp: a negative value, the largest
        // double under the floor, one inside, the largest under the ceiling, the ceiling.
        const double edges[] = {-5.0, std::nextafter(floor, 0.0), 500.0,
                                std::nextafter(ceiling, 0.0), ceiling};
        std::vector<ResultTable> tables;
        for (int i = 0; i < 100; ++i) {
            ResultTable t;
            t.addColumn("day", {0.0, 1.0});
            t.addColumn("cd4_per_ul", {groups[i / 20], edges[i / 20]});
            tables.push_back(t);
        }
        const ResultTable summary = summarise(tables, CohortSummary::Method::Histogram);
        const auto atRow = [&](const char *suffix, std::size_t row) {
            return summary.at(std::string("cd4_per_ul") + suffix)[row];
        };
        {
            const double p05 = atRow("_p05", 1), p25 = atRow("_p25", 1);
            const double median = atRow("", 1), p75 = atRow("_p75", 1), p95 = atRow("_p95", 1);
            QVERIFY2(p05 >= -5.0 && p05 < floor, qPrintable(QString::number(p05)));
            // The lowest bin spans the row's minimum to the floor.
            QVERIFY2(p25 >= -5.0 && p25 < floor, qPrintable(QString::number(p25)));
            QVERIFY2(median >= 500.0 && median < 500.0 * 17 / 16, qPrintable(QString::number(median)));
            QVERIFY2(p75 >= ceiling * 15 / 16 && p75 < ceiling, qPrintable(QString::number(p75)));
            QCOMPARE(p95, ceiling);
        }
        const auto at = [&](const char *suffix) { return atRow(suffix, 0); };
        const double p05 = at("_p05"), p25 = at("_p25"), median = at("");
        const double p75 = at("_p75"), p95 = at("_p95");
        QVERIFY2(p05 >= 0.0 && p05 < floor, qPrintable(QString::number(p05)));
        QVERIFY2(p25 >= 0.0 && p25 < floor, qPrintable(QString::number(p25)));
        QVERIFY2(median >= floor && median < floor * 17 / 16, qPrintable(QString::number(median)));
        QVERIFY2(p75 >= 1000.0 && p75 < 1000.0 * 17 / 16, qPrintable(QString::number(p75)));
        QVERIFY2(p95 >= ceiling && p95 <= 2 * ceiling, qPrintable(QString::number(p95)));
    }

    void meansAreExactUpToTheirLimit()
    {
        // Averaged columns are summed in fixed point (2^-32) up to |v| < 2^19: values just
        // inside the limit, of either sign, over more patients than one batch holds, must
        // average exactly (each is a multiple of 2^-20): a clipped or mis-signed sum would
        // not, nor one that lost a batch.
        for (const double sign : {1.0, -1.0}) {
            const double value = sign * (0x1p19 - 0x1p-20);
            ResultTable t;
            t.addColumn("day", {0.0, 1.0});
            t.addColumn("expected_relapses", {value, 0.5 * value});
            const std::size_t n = 2 * CohortSummary::kBatchPatients + 3;
            CohortSummary summary(t, n);
            const auto batch = summary.newBatch();
            for (std::size_t i = 0; i < n; ++i)
                summary.add(*batch, i, t);
            summary.flush(*batch);
            const ResultTable result = summary.finish(1);
            QVERIFY2(result.at("expected_relapses")[0] == value,
                     qPrintable(QString::number(result.at("expected_relapses")[0], 'g', 17)));
            QVERIFY2(result.at("expected_relapses")[1] == 0.5 * value,
                     qPrintable(QString::number(result.at("expected_relapses")[1], 'g', 17)));
        }
    }

    void summaryIsFinishedOnlyWithEveryPatient()
    {
        // Exact samples and buffered bins start undefined (LargeArray): a summary finished
        // before every patient is merged would read them, so it refuses, by either method,
        // also while the last patients still sit in a worker's batch.
        ResultTable t;
        t.addColumn("day", {0.0, 1.0});
        t.addColumn("cd4_per_ul", {400.0, 500.0});
        for (const auto method : {CohortSummary::Method::Exact, CohortSummary::Method::Histogram}) {
            CohortSummary summary(t, 3, method);
            const auto batch = summary.newBatch();
            summary.add(*batch, 0, t);
            summary.add(*batch, 1, t);
            QVERIFY_THROWS_EXCEPTION(std::logic_error, summary.finish(1));
            summary.add(*batch, 2, t);
            QVERIFY_THROWS_EXCEPTION(std::logic_error, summary.finish(1)); // not yet flushed
            summary.flush(*batch);
            QCOMPARE(summary.finish(1).at("cd4_per_ul")[1], 500.0);
        }
    }

    void histogramCountsBeyondSixteenBits()
    {
        // 66,000 patients at 10 cells/µL and 4,000 at 1,000: one bin holds more than a 16-bit
        // count can, so this cohort size counts in 32 bits (a wrapped count would move the
        // 5th percentile into the upper group).
        ResultTable low, high;
        low.addColumn("day", {0.0});
        low.addColumn("cd4_per_ul", {10.0});
        high.addColumn("day", {0.0});
        high.addColumn("cd4_per_ul", {1000.0});
        const std::size_t n = 70000;
        CohortSummary summary(low, n, CohortSummary::Method::Histogram);
        const auto batch = summary.newBatch();
        for (std::size_t i = 0; i < n; ++i)
            summary.add(*batch, i, i < 66000 ? low : high);
        summary.flush(*batch);
        const ResultTable t = summary.finish(1);
        for (const auto &[column, value] :
             {std::pair{"cd4_per_ul_p05", 10.0}, {"cd4_per_ul", 10.0}, {"cd4_per_ul_p95", 1000.0}})
            QVERIFY2(std::abs(t.at(column)[0] - value) <= value / 16,
                     qPrintable(QStringLiteral("%1: %2").arg(column).arg(t.at(column)[0])));
    }

    void summaryRefusesNonFiniteAndHugeValues()
    {
        for (const auto method : {CohortSummary::Method::Exact, CohortSummary::Method::Histogram}) {
            for (const auto &[column, value] :
                 {std::pair{"cd4_per_ul", std::nan("")}, {"cd4_per_ul", HUGE_VAL},
                  {"relapse_probability", std::nan("")}, {"expected_relapses", 1e6}}) {
                ResultTable good, bad;
                good.addColumn("day", {0.0, 1.0});
                good.addColumn(column, {0.5, 0.5});
                bad.addColumn("day", {0.0, 1.0});
                bad.addColumn(column, {0.5, value});
                CohortSummary summary(good, 2, method);
                summary.add(0, good);
                bool refused = false;
                try {
                    summary.add(1, bad);
                } catch (const std::exception &e) {
                    refused = QString::fromUtf8(e.what()).contains(QString::fromUtf8(column));
                }
                QVERIFY2(refused, column);
            }
        }
    }

    void exactQuantilesMatchSortedValues()
    {
        // Synthetic patients (one level column): the exact method's quantiles are the type-7
        // quantiles of the sorted values, ties and all, to the last bit. Each row is sorted
        // from the order of the row before, so the rows below change that order by little
        // (the nudged row: insertion), by much (the reversed row, 666 shifts against a budget
        // of 8 × 37: std::sort), not at all (all equal) or at random; 5 blocks of 8 rows cross
        // the 16-row tiles in which the values are transposed. Compared bit for bit, so a −0
        // quantile where the values hold +0 fails.
        std::mt19937_64 rng(5);
        std::lognormal_distribution<double> level(3.0, 1.0);
        std::uniform_real_distribution<double> nudge(0.995, 1.005);
        const std::size_t n = 37;
        constexpr std::size_t kBlocks = 5, kBlockRows = 8, kRows = kBlocks * kBlockRows;
        std::vector<ResultTable> tables;
        std::vector<std::vector<double>> byRow(kRows);
        std::vector<double> days(kRows);
        for (std::size_t r = 0; r < kRows; ++r)
            days[r] = double(r);
        for (std::size_t i = 0; i < n; ++i) {
            std::vector<double> values;
            for (std::size_t b = 0; b < kBlocks; ++b) {
                const double a = float(level(rng)); // every value exact in float
                const double block[kBlockRows] = {a,
                                                  float(a * nudge(rng)), // neighbours swapped
                                                  float(1.0 / a),        // reversed
                                                  7.0,                   // all equal
                                                  float(i % 4),          // ties
                                                  float(level(rng)),     // a fresh order
                                                  float(i % 3) + 0.5f,   // ties again
                                                  // mostly zeros of both signs (and a tiny
                                                  // negative, −0 as a float): stored as +0
                                                  i % 5 == 0 ? a
                                                  : i % 3 == 0 ? -0.0
                                                  : i % 3 == 1 ? 0.0
                                                               : -1e-50};
                values.insert(values.end(), block, block + kBlockRows);
            }
            ResultTable t;
            t.addColumn("day", days);
            t.addColumn("cd4_per_ul", values);
            for (std::size_t row = 0; row < kRows; ++row) // as the method keeps them
                byRow[row].push_back(double(float(values[row]) + 0.0f));
            tables.push_back(t);
        }
        const ResultTable summary = summarise(tables, CohortSummary::Method::Exact);
        for (std::size_t row = 0; row < kRows; ++row) {
            std::vector<double> sorted = byRow[row];
            std::sort(sorted.begin(), sorted.end());
            for (const auto &[suffix, q] : {std::pair{"_p05", 0.05}, {"_p25", 0.25}, {"", 0.5},
                                            {"_p75", 0.75}, {"_p95", 0.95}}) {
                const double pos = q * double(n - 1);
                const auto lo = std::size_t(pos);
                const double fraction = pos - double(lo);
                const double expected =
                    fraction > 0.0 ? sorted[lo] + fraction * (sorted[lo + 1] - sorted[lo])
                                   : sorted[lo];
                const double got = summary.at(std::string("cd4_per_ul") + suffix)[row];
                QVERIFY2(std::bit_cast<std::uint64_t>(got) == std::bit_cast<std::uint64_t>(expected),
                         qPrintable(QStringLiteral("row %1%2: %3, expected %4")
                                        .arg(row)
                                        .arg(QString::fromUtf8(suffix))
                                        .arg(got, 0, 'g', 17)
                                        .arg(expected, 0, 'g', 17)));
            }
        }
    }

    void exactQuantilesStayFiniteBeyondFloatRange()
    {
        // The exact method keeps floats: a finite double beyond float's range (no physical
        // value, but a hostile dose could make one) must give finite bands, not ∞ or NaN.
        constexpr double kFloatMax = std::numeric_limits<float>::max();
        const std::vector<double> days = {0.0, 1.0};
        std::vector<ResultTable> tables;
        for (const double v : {1e300, 1e300, 1e300, -1e300, 2.0}) {
            ResultTable t;
            t.addColumn("day", days);
            t.addColumn("cd4_per_ul", {v, -v});
            tables.push_back(t);
        }
        const ResultTable summary = summarise(tables, CohortSummary::Method::Exact);
        for (const char *suffix : {"_p05", "_p25", "", "_p75", "_p95"})
            for (const double q : summary.at(std::string("cd4_per_ul") + suffix))
                QVERIFY2(std::isfinite(q), suffix);
        QCOMPARE(summary.at("cd4_per_ul")[0], kFloatMax);
        QCOMPARE(summary.at("cd4_per_ul")[1], -kFloatMax);
    }

    void histogramMemoryDoesNotGrowWithTheCohort()
    {
        const ResultTable layout = patientTables(scenario(3652.5, {alemtuzumabCourse(0, 5)}), 1, 1,
                                                 SimulationOptions{})
                                       .front();
        QCOMPARE(CohortSummary::chooseMethod(layout, 50), CohortSummary::Method::Exact);
        QCOMPARE(CohortSummary::chooseMethod(layout, 10000), CohortSummary::Method::Histogram);
        const CohortSummary tenThousand(layout, 10000);
        const CohortSummary sixtyThousand(layout, 60000);
        const CohortSummary hundredThousand(layout, 100000);
        QCOMPARE(tenThousand.storedBytes(), sixtyThousand.storedBytes());
        // Beyond 65,535 patients the counts are 32-bit: at most twice the memory, for good.
        QVERIFY(hundredThousand.storedBytes() > tenThousand.storedBytes());
        QVERIFY(hundredThousand.storedBytes() <= 2 * tenThousand.storedBytes());
        // Exact storage for 10,000 patients would hold far more.
        QVERIFY(tenThousand.storedBytes() <
                CohortSummary(layout, 10000, CohortSummary::Method::Exact).storedBytes() / 10);
    }

    void oversizedSummaryIsRefused()
    {
        // 57 years every 6 hours: the histograms alone would need more than 1 GB.
        SimulationOptions quarterDay;
        quarterDay.outputStepDays = 0.25;
        QVERIFY_THROWS_EXCEPTION(SimulationError,
                                 simulateCohort(scenario(21000, {}), 100000, 1, nullptr, quarterDay));
    }

    void plannedBytesMatchTheSummary()
    {
        const ResultTable layout = patientTables(twoCourses(), 1, 1, weekly()).front();
        for (std::size_t patients : {std::size_t(10), std::size_t(5000)}) {
            const CohortSummary summary(layout, patients);
            QCOMPARE(CohortSummary::plannedBytes(layout, patients), summary.storedBytes());
        }
    }

    void histogramCohortIsIdenticalOnAnyThreadCount()
    {
        CohortOptions one;
        one.patients = 500; // above the exact/histogram switch for this layout
        one.seed = 4;
        one.threads = 1;
        CohortOptions two = one;
        two.threads = 2;
        SimulationOptions monthly;
        monthly.outputStepDays = 30;
        const Scenario s = scenario(730, {alemtuzumabCourse(0, 5), alemtuzumabCourse(365, 3)});
        const Results a = runCohort(s, one, nullptr, monthly);
        const Results b = runCohort(s, two, nullptr, monthly);
        QCOMPARE(CohortSummary::chooseMethod(patientTables(s, 1, 4, monthly).front(), 500),
                 CohortSummary::Method::Histogram);
        QVERIFY(a.table.columns() == b.table.columns());
        QCOMPARE(a.patients.size(), std::size_t(500));
        for (std::size_t i = 0; i < a.patients.size(); ++i)
            QCOMPARE(a.patients[i].relapseProbabilityEnd, b.patients[i].relapseProbabilityEnd);
    }

    void fractionsAndPatientOutcomesAgree()
    {
        const Results r = simulateCohort(twoCourses(), 60, 8, nullptr, weekly());
        QCOMPARE(r.patients.size(), std::size_t(60));
        const auto &t = r.table;
        const std::size_t last = t.rowCount() - 1;
        double everPositive = 0, autoimmunity = 0, relapse2y = 0;
        for (std::size_t i = 0; i < r.patients.size(); ++i) {
            const PatientOutcome &o = r.patients[i];
            QCOMPARE(o.index, std::uint64_t(i));
            QCOMPARE(o.antibodies.size(), std::size_t(1));
            everPositive += o.antibodies[0].everBindingPositive;
            autoimmunity += o.autoimmunityProbabilityEnd;
            relapse2y += o.relapseProbability2y;
            QVERIFY(std::isnan(o.relapseProbability5y)); // beyond the 730-day horizon
            QVERIFY(!std::isnan(o.relapseProbability2y)); // 730 days: within the 3-day slack
        }
        const double n = double(r.patients.size());
        // The cohort means of the 0/1 and probability columns are the patients' average.
        QVERIFY(std::abs(t.at("ada_alemtuzumab_ever_binding_positive")[last] - everPositive / n) < 1e-9);
        QVERIFY(std::abs(t.at("autoimmunity_probability")[last] - autoimmunity / n) < 1e-9);
        QVERIFY(std::abs(t.at("relapse_probability")[last] - relapse2y / n) < 1e-9);
        // Alemtuzumab: nobody below the CD4 LLN before it, nearly everyone 6 months after.
        QCOMPARE(t.at("cd4_below_lln").front(), 0.0);
        QVERIFY(t.valueAt("cd4_below_lln", 182) > 0.9);
        for (std::size_t row = 0; row <= last; ++row)
            QVERIFY(std::abs(t.at("relapse_free_probability")[row] + t.at("relapse_probability")[row] - 1) < 1e-9);
        // The sampled variation is reported: ADA classes and frailties differ between patients.
        int never = 0;
        double minFrailty = 1e9, maxFrailty = 0;
        for (const PatientOutcome &o : r.patients) {
            never += std::string(o.adaClass) == "never";
            QVERIFY(std::string(o.adaClass) != "never" || o.factor("ada_propensity") == 0.0);
            minFrailty = std::min(minFrailty, o.factor("relapse_frailty"));
            maxFrailty = std::max(maxFrailty, o.factor("relapse_frailty"));
        }
        QVERIFY(never > 0 && never < 60);
        QVERIFY(maxFrailty > 2 * minFrailty);
    }

    void outcomeOfOnePatientTable()
    {
        // CD4 falls linearly from 500 to 300 over days 0–10 and stays, to 290 on the last day:
        // below the LLN of 400 from day 5, i.e. for 5 + 20 = 25 days of the 30. The nadir and
        // the peak titre lie in the last row, past the last whole group of four.
        ResultTable t;
        std::vector<double> days, cd4, lymphocytes, titre, flag, probability;
        for (int d = 0; d <= 30; ++d) {
            days.push_back(d);
            cd4.push_back(d <= 10 ? 500.0 - 20.0 * d : d < 30 ? 300.0 : 290.0);
            lymphocytes.push_back(2000.0);
            titre.push_back(d == 30 ? 7.5 : d == 12 ? 6.0 : 0.5);
            flag.push_back(d >= 12 ? 1.0 : 0.0);
            probability.push_back(d / 100.0);
        }
        t.addColumn("day", days);
        for (const char *c :
             {"lymphocytes_per_ul", "b_cells_per_ul", "cd8_per_ul", "neutrophils_per_ul"})
            t.addColumn(c, lymphocytes);
        t.addColumn("cd4_per_ul", cd4);
        t.addColumn("ada_alemtuzumab_titer", titre);
        t.addColumn("ada_alemtuzumab_ever_binding_positive", flag);
        t.addColumn("ada_alemtuzumab_binding_positive", flag);
        t.addColumn("ada_alemtuzumab_ever_neutralizing_positive", std::vector<double>(31, 0.0));
        t.addColumn("ada_alemtuzumab_neutralizing_positive", std::vector<double>(31, 0.0));
        for (const char *c : {"relapse_probability", "expected_relapses", "autoimmunity_probability"})
            t.addColumn(c, probability);
        const ModelParameters p = ModelParameters::fromTable(ParameterTable::defaults());
        const PatientOutcome o = measureOutcome(t, {Therapy::Alemtuzumab}, p);
        const double expectedMonths = (30.0 - (500.0 - p.llnCd4) / 20.0) / (365.25 / 12.0);
        QVERIFY(std::abs(o.monthsCd4BelowLln - expectedMonths) < 1e-12);
        QCOMPARE(o.monthsLymphocytesBelowLln, 0.0);
        QCOMPARE(o.cd4NadirPerUl, 290.0);
        QCOMPARE(o.relapseProbabilityEnd, 0.30);
        QVERIFY(std::isnan(o.relapseProbability2y)); // 30 days is far from 2 years
        QCOMPARE(o.antibodies.size(), std::size_t(1));
        QCOMPARE(o.antibodies[0].peakTitre, 7.5);
        QVERIFY(o.antibodies[0].everBindingPositive);
        QVERIFY(!o.antibodies[0].everNeutralizing);
        QCOMPARE(o.antibodies[0].firstBindingPositiveDay, 12.0);
        QVERIFY(std::isnan(o.antibodies[0].firstNeutralizingDay));
        QVERIFY(std::isnan(o.countsYear1.cd4)); // beyond the 30-day horizon
        QCOMPARE(o.countsEnd.cd4, 290.0);
        QCOMPARE(o.monthsLymphocytesBelow500, 0.0);
        QCOMPARE(o.periodsLymphocytesBelow500, 0);
    }

    void patientCsvHasOneRowPerPatient()
    {
        const Results r = simulateCohort(twoCourses(), 12, 2, nullptr, weekly());
        const std::string csv = patientOutcomesCsv(r.patients, r.antibodies);
        const QStringList lines = QString::fromStdString(csv).trimmed().split('\n');
        QCOMPARE(lines.size(), 13);
        const QStringList header = lines[0].split(',');
        QVERIFY(header.contains("ada_alemtuzumab_peak_titer"));
        QVERIFY(header.contains("months_cd4_below_lln"));
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines[i].split(',');
            QCOMPARE(fields.size(), header.size());
            QCOMPARE(fields[0].toInt(), i - 1);
            // relapse_probability_5y is beyond the horizon: an empty field.
            QVERIFY(fields[header.indexOf("relapse_probability_5y")].isEmpty());
            QCOMPARE(fields[header.indexOf("relapse_frailty")].toDouble(),
                     r.patients[std::size_t(i - 1)].factor("relapse_frailty"));
        }
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
