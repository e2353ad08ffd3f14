#include "simulate/ResultBuilder.h"

#include "platform/HotPath.h"

#include <cmath>
#include <string>

namespace lymph {

using namespace state;

std::string_view infectionWindowLabel(InfectionWindow::Kind kind)
{
    switch (kind) {
    case InfectionWindow::Kind::Lymphocytes500: return "lymphocytes < 500/µL";
    case InfectionWindow::Kind::Lymphocytes200: return "lymphocytes < 200/µL";
    case InfectionWindow::Kind::Neutrophils500: return "neutrophils < 500/µL";
    }
    return "";
}

namespace {

// P(≥1 event) for a Poisson count with mean `expected`, averaged over a gamma frailty.
double marginalProbability(double expected, double variance)
{
    return 1.0 - std::pow(1.0 + variance * expected, -1.0 / variance);
}

} // namespace

LYMPH_HOT_PATH ResultTable buildResultTable(const ImmuneModel &model, const DoseSchedule &schedule,
                             const PatientTrajectory &trajectory, const RelapseFrailty &frailty,
                             double autoimmunityMultiplier)
{
    const ModelParameters &p = model.parameters();
    const std::size_t n = trajectory.states.size();
    auto column = [&](auto &&valueOf) {
        std::vector<double> values(n);
        for (std::size_t r = 0; r < n; ++r)
            values[r] = valueOf(trajectory.states[r]);
        return values;
    };
    auto runningMax = [](std::vector<double> values) {
        for (std::size_t r = 1; r < values.size(); ++r)
            values[r] = std::max(values[r], values[r - 1]);
        return values;
    };

    ResultTable table;
    table.addColumn("day", trajectory.days);
    table.addColumn("lymphocytes_per_ul", column([](const State &x) {
                        double sum = 0.0;
                        for (std::size_t i = 0; i < kSubsetCount; ++i)
                            sum += x[blood(i)];
                        return sum;
                    }));
    table.addColumn("b_cells_per_ul",
                    column([](const State &x) { return x[blood(BNaive)] + x[blood(BMemory)]; }));
    table.addColumn("b_memory_per_ul", column([](const State &x) { return x[blood(BMemory)]; }));
    table.addColumn("b_naive_per_ul", column([](const State &x) { return x[blood(BNaive)]; }));
    table.addColumn("cd4_per_ul", column([](const State &x) {
                        return x[blood(Cd4Naive)] + x[blood(Cd4Memory)];
                    }));
    table.addColumn("cd4_naive_per_ul", column([](const State &x) { return x[blood(Cd4Naive)]; }));
    table.addColumn("cd4_memory_per_ul",
                    column([](const State &x) { return x[blood(Cd4Memory)]; }));
    table.addColumn("cd8_per_ul", column([](const State &x) { return x[blood(Cd8)]; }));
    table.addColumn("nk_per_ul", column([](const State &x) { return x[blood(Nk)]; }));
    table.addColumn("neutrophils_per_ul", column([&](const State &x) { return model.neutrophils(x); }));

    for (Therapy t : schedule.antibodies) {
        const std::size_t a = antibodyIndex(t);
        const std::string id(therapyId(t));
        table.addColumn(id + "_ug_per_ml",
                        column([&](const State &x) { return model.concentration(x, a); }));
        auto titre = column([a](const State &x) { return x[adaTitre(a)]; });
        std::vector<double> positive(n), neutralizing(n);
        for (std::size_t r = 0; r < n; ++r) {
            positive[r] = titre[r] >= p.adaBindingThreshold ? 1.0 : 0.0;
            neutralizing[r] =
                model.neutralizingTitre(trajectory.states[r], a) >= p.adaNeutralThreshold ? 1.0
                                                                                            : 0.0;
        }
        table.addColumn("ada_" + id + "_neutralizing_titer", column([&](const State &x) {
                            return model.neutralizingTitre(x, a);
                        }));
        table.addColumn("ada_" + id + "_titer", std::move(titre));
        table.addColumn("ada_" + id + "_ever_binding_positive", runningMax(positive));
        table.addColumn("ada_" + id + "_binding_positive", std::move(positive));
        table.addColumn("ada_" + id + "_ever_neutralizing_positive", runningMax(neutralizing));
        table.addColumn("ada_" + id + "_neutralizing_positive", std::move(neutralizing));
    }
    if (schedule.hasFingolimod)
        table.addColumn("fingolimod_ng_per_ml", column([](const State &x) { return x[Fingolimod]; }));

    // 0/1 flags below the lower limits of normal: their cohort means are the fractions.
    const auto belowLln = [&table, n](const char *name, double lln) {
        const auto &values = table.at(name);
        std::vector<double> below(n);
        for (std::size_t r = 0; r < n; ++r)
            below[r] = values[r] < lln ? 1.0 : 0.0;
        return below;
    };
    table.addColumn("lymphocytes_below_lln", belowLln("lymphocytes_per_ul", p.llnLymphocytes));
    table.addColumn("b_cells_below_lln", belowLln("b_cells_per_ul", p.llnB));
    table.addColumn("cd4_below_lln", belowLln("cd4_per_ul", p.llnCd4));
    table.addColumn("cd8_below_lln", belowLln("cd8_per_ul", p.llnCd8));

    const double z = frailty.value.value_or(1.0);
    const double baselineArr = model.patient().baselineArr;
    table.addColumn("relapse_hazard_per_year", column([&](const State &x) {
                        return z * baselineArr * model.relapseHazardRelative(x);
                    }));
    table.addColumn("expected_relapses",
                    column([z](const State &x) { return z * x[CumulativeHazard]; }));
    table.addColumn("relapse_probability", column([&](const State &x) {
                        const double expected = x[CumulativeHazard];
                        return frailty.value ? 1.0 - std::exp(-z * expected)
                                             : marginalProbability(expected, frailty.variance);
                    }));
    {
        std::vector<double> free = table.at("relapse_probability");
        for (double &v : free)
            v = 1.0 - v;
        table.addColumn("relapse_free_probability", std::move(free));
    }
    const double k = autoimmunityMultiplier;
    auto probability = [&](double rate) {
        return column([rate, k](const State &x) {
            return 1.0 - std::exp(-k * rate * x[AutoimmunityExposure]);
        });
    };
    table.addColumn("autoimmunity_probability", probability(p.aiThyroid + p.aiItp + p.aiGbm));
    table.addColumn("thyroid_autoimmunity_probability", probability(p.aiThyroid));
    table.addColumn("itp_probability", probability(p.aiItp));
    table.addColumn("anti_gbm_probability", probability(p.aiGbm));
    return table;
}

std::vector<InfectionWindow> findInfectionWindows(const ResultTable &table, bool neutrophils)
{
    std::vector<InfectionWindow> windows;
    const auto &days = table.at("day");
    auto scan = [&](const std::vector<double> &values, double threshold, InfectionWindow::Kind kind) {
        bool open = false;
        InfectionWindow w{kind, 0.0, 0.0};
        for (std::size_t r = 0; r < days.size(); ++r) {
            const bool below = values[r] < threshold;
            if (below && !open) {
                w.startDay = days[r];
                open = true;
            } else if (!below && open) {
                w.endDay = days[r];
                windows.push_back(w);
                open = false;
            }
        }
        if (open) {
            w.endDay = days.back();
            windows.push_back(w);
        }
    };
    scan(table.at("lymphocytes_per_ul"), 500.0, InfectionWindow::Kind::Lymphocytes500);
    scan(table.at("lymphocytes_per_ul"), 200.0, InfectionWindow::Kind::Lymphocytes200);
    if (neutrophils)
        scan(table.at("neutrophils_per_ul"), 500.0, InfectionWindow::Kind::Neutrophils500);
    return windows;
}

} // namespace lymph
