// Properties of the engine over random valid schedules (seeded, so every run checks the same
// scenarios): finite non-negative state, bounded counts, probabilities in [0, 1] and never
// falling, monotone "ever" flags, identical results for identical input, and no dose skipped:
// antibody mass balance with elimination switched off on a coarse output grid, fingolimod
// levels during every period, neutropenia after every aHSCT conditioning. 200 scenarios of up
// to four years: about 1.5 s in Release.

#include "model/ParameterTable.h"
#include "scenario/ScenarioIo.h"
#include "simulate/Simulator.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <string>

using namespace lymph;

namespace {

constexpr int kTrials = 200;
constexpr unsigned kSeed = 20261125;

class ScheduleGenerator {
public:
    explicit ScheduleGenerator(unsigned seed) : m_rng(seed) {}

    // A scenario that follows every documented rule (docs/scenario-format.md).
    Scenario next()
    {
        Scenario s;
        s.name = "random";
        s.horizonDays = std::floor(uniform(60, 1500)) + (chance(0.3) ? 0.5 : 0.0);
        const double h = s.horizonDays;
        m_horizon = h;
        s.patient.weightKg = uniform(30, 250);
        s.patient.ageYears = uniform(12, 90);
        s.patient.baselineArr = uniform(0, 10);
        s.patient.adaPropensity = chance(0.2) ? 0.0 : uniform(0, 10);
        std::set<double> used[3]; // calendar days already taken, per antibody

        const int courses = integer(0, 3);
        for (int c = 0; c < courses; ++c) {
            Treatment t;
            t.therapy = Therapy::Alemtuzumab;
            const double first = std::floor(uniform(0, h - 5)) + (chance(0.3) ? 0.25 : 0.0);
            const double mg = chance(0.6) ? 12.0 : uniform(1, 60);
            for (int d = 0, days = integer(1, 5); d < days; ++d)
                addInfusion(t, used[0], first + d, mg);
            if (!t.infusions.empty())
                s.treatments.push_back(t);
        }
        if (chance(0.4)) {
            Treatment t;
            t.therapy = Therapy::Ocrelizumab;
            const double first = std::floor(uniform(0, h));
            addInfusion(t, used[1], first, 300);
            addInfusion(t, used[1], first + 14, 300);
            for (double d = first + 168; d <= h; d += 168)
                addInfusion(t, used[1], d, 600);
            if (!t.infusions.empty())
                s.treatments.push_back(t);
        }
        for (int i = 0, n = integer(0, 3); i < n; ++i) {
            Treatment t;
            t.therapy = Therapy::Rituximab;
            addInfusion(t, used[2], uniform(0, h), uniform(100, 2000));
            if (!t.infusions.empty())
                s.treatments.push_back(t);
        }
        double free = 0; // fingolimod periods do not overlap
        for (int i = 0, n = integer(0, 2); i < n && free < h; ++i) {
            Treatment t;
            t.therapy = Therapy::Fingolimod;
            t.startDay = uniform(free, h);
            t.stopDay = t.startDay + uniform(1, 400); // may end after the horizon
            t.mgPerDay = chance(0.5) ? 0.5 : uniform(0.05, 5);
            free = t.stopDay + uniform(0, 60);
            s.treatments.push_back(t);
        }
        if (chance(0.3) && h >= 6) {
            Treatment t;
            t.therapy = Therapy::Ahsct;
            t.regimen = chance(0.5) ? AhsctRegimen::BeamAtg : AhsctRegimen::CyAtg;
            t.day = uniform(6, h);
            s.treatments.push_back(t);
        }
        std::shuffle(s.treatments.begin(), s.treatments.end(), m_rng);
        return s;
    }

private:
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    int integer(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return uniform(0, 1) < p; }
    void addInfusion(Treatment &t, std::set<double> &used, double day, double mg)
    {
        if (day > m_horizon || !used.insert(std::floor(day)).second)
            return; // after the horizon, or a second infusion on one calendar day
        t.infusions.push_back({day, mg});
    }

    std::mt19937 m_rng;
    double m_horizon = 0;
};

QString describe(int trial, const Scenario &s)
{
    return QStringLiteral("trial %1 (seed %2):\n").arg(trial).arg(kSeed) +
           QString::fromStdString(scenarioToJson(s));
}

bool isCellCount(const std::string &name)
{
    return name.ends_with("_per_ul");
}

// P(relapse-free so far) is the one probability that only falls.
bool isSurvival(const std::string &name) { return name == "relapse_free_probability"; }

bool isCumulative(const std::string &name)
{
    return (name.ends_with("probability") && !isSurvival(name)) ||
           name == "expected_relapses" || name.find("_ever_") != std::string::npos;
}

// Total antibody given in the scenario, mg, per antibody id.
std::map<std::string, double> totalDose(const Scenario &s)
{
    std::map<std::string, double> total;
    for (const Treatment &t : s.treatments) {
        for (const Infusion &i : t.infusions)
            total[std::string(therapyId(t.therapy))] += i.mg;
    }
    return total;
}

} // namespace

// QVERIFY2 builds its message even when the check passes; this builds it only on failure.
#define CHECK(condition, message)                                                                  \
    do {                                                                                           \
        if (!(condition))                                                                          \
            QFAIL(qPrintable(message));                                                            \
    } while (false)

class TestCoreProperties : public QObject {
    Q_OBJECT

private slots:
    void randomValidSchedulesKeepTheInvariants()
    {
        ScheduleGenerator generate(kSeed);
        int withAntibody = 0, withFingolimod = 0, withAhsct = 0;
        for (int trial = 0; trial < kTrials; ++trial) {
            const Scenario s = generate.next();
            const auto errors = validateScenario(s);
            CHECK(errors.empty(), describe(trial, s) + "\n" +
                                      QString::fromStdString(errors.front().toString()));
            for (const Treatment &t : s.treatments) {
                withAntibody += isAntibody(t.therapy);
                withFingolimod += t.therapy == Therapy::Fingolimod;
                withAhsct += t.therapy == Therapy::Ahsct;
            }

            const Results r = simulate(s);
            const ResultTable &t = r.table;
            QCOMPARE(t.at("day").back(), s.horizonDays);
            for (std::size_t c = 0; c < t.names().size(); ++c) {
                const std::string &name = t.names()[c];
                const std::vector<double> &v = t.columns()[c];
                const auto where = [&] { return QString::fromStdString(name) + " in " + describe(trial, s); };
                for (std::size_t row = 0; row < v.size(); ++row) {
                    CHECK(std::isfinite(v[row]) && v[row] >= 0.0,
                          QStringLiteral("%1 at row %2: ").arg(v[row]).arg(row) + where());
                    if (isCellCount(name))
                        CHECK(v[row] <= 10.0 * v.front(),
                              QStringLiteral("%1 > 10 × %2: ").arg(v[row]).arg(v.front()) + where());
                    if (name.ends_with("probability") || name.find("_positive") != std::string::npos)
                        CHECK(v[row] <= 1.0, QString::number(v[row]) + ": " + where());
                    if (isCumulative(name) && row > 0)
                        CHECK(v[row] >= v[row - 1] - 1e-12,
                              QStringLiteral("falls at row %1: %2 -> %3: ")
                                      .arg(row).arg(v[row - 1]).arg(v[row]) + where());
                    if (isSurvival(name) && row > 0)
                        CHECK(v[row] <= v[row - 1] + 1e-12,
                              QStringLiteral("rises at row %1: %2 -> %3: ")
                                      .arg(row).arg(v[row - 1]).arg(v[row]) + where());
                }
                // An antibody ever detected was detected at some time, and stays "ever".
                if (const auto ever = name.find("_ever_"); ever != std::string::npos) {
                    const std::string now = name.substr(0, ever) + "_" + name.substr(ever + 6);
                    const std::vector<double> &current = t.at(now);
                    for (std::size_t row = 0; row < v.size(); ++row)
                        CHECK(v[row] >= current[row] && (v[row] == 0.0 || v[row] == 1.0), where());
                }
            }

            // Fingolimod is taken every day of a period: ten days in, its level has risen well
            // towards the steady state of that dose (half-life 7 days).
            const double css = ParameterTable::defaults().value("fingolimod_css_ng_ml_per_0_5mg");
            for (const Treatment &f : s.treatments) {
                if (f.therapy != Therapy::Fingolimod || f.stopDay - f.startDay < 10 ||
                    f.startDay + 10 > s.horizonDays)
                    continue;
                const double level = t.valueAt("fingolimod_ng_per_ml", f.startDay + 10);
                CHECK(level >= 0.4 * css * f.mgPerDay / 0.5,
                      QStringLiteral("fingolimod %1 ng/mL 10 days after day %2: ")
                              .arg(level).arg(f.startDay) + describe(trial, s));
            }

            // Conditioning (chemotherapy and ATG on the six or five days before reinfusion) is
            // never stepped over: neutrophils (spared by the antibodies) fall to under half by
            // five days after reinfusion.
            for (const Treatment &a : s.treatments) {
                if (a.therapy != Therapy::Ahsct)
                    continue;
                if (a.day + 5 > s.horizonDays)
                    continue;
                const double before = t.valueAt("neutrophils_per_ul", a.day - 7);
                const double after = t.valueAt("neutrophils_per_ul", a.day + 5);
                CHECK(after < 0.5 * before, QStringLiteral("neutrophils %1 -> %2 over aHSCT on day %3: ")
                                                    .arg(before).arg(after).arg(a.day) +
                                                describe(trial, s));
            }

            // Identical input, identical output, to the last bit and the last solver step.
            const Results again = simulate(s);
            CHECK(again.table.names() == t.names() && again.table.columns() == t.columns(),
                  describe(trial, s));
            QCOMPARE(again.stats.rhsEvaluations, r.stats.rhsEvaluations);
            QCOMPARE(again.stats.rejectedSteps, r.stats.rejectedSteps);
        }
        // The generator covers every therapy (a silent generator bug would test nothing).
        QVERIFY2(withAntibody >= kTrials && withFingolimod >= kTrials / 4 && withAhsct >= kTrials / 8,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(withAntibody).arg(withFingolimod).arg(withAhsct)));
    }

    // With every elimination path off, every milligram infused stays in the body: a skipped
    // infusion (an adaptive step over it) or one counted twice shows in the final level, even
    // when the output grid is far coarser than the 2–4 hour infusions.
    void noInfusionIsSkippedOrCountedTwice()
    {
        ScheduleGenerator generate(kSeed + 1);
        const ParameterTable &p = ParameterTable::defaults();
        const std::map<std::string, double> volume = {
            {"alemtuzumab", p.value("alemtuzumab_v1_l") + p.value("alemtuzumab_v2_l")},
            {"ocrelizumab", p.value("ocrelizumab_vc_l") + p.value("ocrelizumab_vp_l")},
            {"rituximab", p.value("rituximab_vc_l") + p.value("rituximab_vp_l")}};
        int checked = 0;
        for (int trial = 0; trial < kTrials / 2; ++trial) {
            Scenario s = generate.next();
            std::erase_if(s.treatments, [](const Treatment &t) { return !isAntibody(t.therapy); });
            double last = 0;
            for (const Treatment &t : s.treatments)
                for (const Infusion &i : t.infusions)
                    last = std::max(last, i.day);
            // Long enough after the last dose for the two compartments to equilibrate.
            s.horizonDays = std::floor(std::max(s.horizonDays, last) + 150.0);
            s.patient.adaPropensity = 0;
            for (const char *id : {"alemtuzumab_cl_l_day", "alemtuzumab_tmdd_vmax_mg_day",
                                   "ocrelizumab_cl_l_day", "ocrelizumab_cl_time_dep_l_day",
                                   "rituximab_cl_l_day"})
                s.patient.parameters[id] = 0.0;
            CHECK(validateScenario(s).empty(), describe(trial, s));
            if (s.treatments.empty())
                continue;
            SimulationOptions coarse;
            coarse.outputStepDays = 73.0;
            const Results r = simulate(s, nullptr, coarse);
            // Anti-CD20 volumes scale with body weight (Gibiansky 2021); alemtuzumab's do not.
            const double cd20Scale = std::pow(s.patient.weightKg / 70.0,
                                              p.value("anti_cd20_weight_exponent_volume"));
            for (const auto &[id, mg] : totalDose(s)) {
                const double level = r.table.at(id + "_ug_per_ml").back();
                const double litres = volume.at(id) * (id == "alemtuzumab" ? 1.0 : cd20Scale);
                const double expected = mg / litres; // mg/L = µg/mL
                CHECK(std::abs(level / expected - 1.0) < 1e-3,
                      QStringLiteral("%1: %2 µg/mL, expected %3 from %4 mg; ")
                              .arg(QString::fromStdString(id)).arg(level).arg(expected).arg(mg) +
                          describe(trial, s));
                ++checked;
            }
        }
        QVERIFY2(checked >= kTrials / 2, qPrintable(QString::number(checked)));
    }
};

QTEST_GUILESS_MAIN(TestCoreProperties)
#include "tst_core_properties.moc"
