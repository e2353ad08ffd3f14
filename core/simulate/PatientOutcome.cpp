#include "simulate/PatientOutcome.h"

#include "cohort/IndividualFactors.h"
#include "model/Calendar.h"

#include "simulate/OutcomeFigures.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace lymph {

namespace {

// The conventions of the window's outcome figures (OutcomeFigures.h): 365.25-day years, a
// horizon up to three days short still answering, time below a limit interpolated.

double valueWithin(const ResultTable &table, const ColumnKey &column, double day)
{
    return valueNearDay(table, column, day).value_or(PatientOutcome::kNotReached);
}

// Separate stretches of rows below `limit`.
int periodsBelow(const std::vector<double> &values, double limit)
{
    int periods = 0;
    bool below = false;
    for (double v : values) {
        if (v < limit && !below)
            ++periods;
        below = v < limit;
    }
    return periods;
}

// The largest (sign +1) or smallest (−1) of a column's values, finite here. Four running
// extremes side by side: std::max_element re-reads the extreme it holds through an iterator
// every row, a chain of dependent loads that made a patient's peak titre a third of its
// outcome measures' time (docs/performance.md). The extreme of finite values is the same in
// any order (a zero's sign aside, hence +0).
double extreme(const std::vector<double> &values, double sign)
{
    constexpr std::size_t kLanes = 4;
    std::array<double, kLanes> best;
    best.fill(-HUGE_VAL); // of sign·value: the extreme is the largest of those
    std::size_t r = 0;
    for (; r + kLanes <= values.size(); r += kLanes) {
        for (std::size_t k = 0; k < kLanes; ++k)
            best[k] = std::max(best[k], sign * values[r + k]);
    }
    for (; r < values.size(); ++r)
        best[0] = std::max(best[0], sign * values[r]);
    return sign * *std::max_element(best.begin(), best.end()) + 0.0; // −0 as +0
}

// The first day a 0/1 column reaches `level`, or NaN.
double firstDayAtLeast(const ResultTable &table, const ColumnKey &column, double level)
{
    const auto &values = table.at(column);
    const auto &days = table.days();
    for (std::size_t r = 0; r < values.size(); ++r) {
        if (values[r] >= level)
            return days[r];
    }
    return PatientOutcome::kNotReached;
}

void appendNumber(std::string &out, double v)
{
    if (std::isnan(v))
        return; // an empty field: not reached within the horizon
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, result.ptr);
}

} // namespace

SetStretches setStretches(const std::vector<double> &days, const std::vector<double> &flags)
{
    SetStretches stretches;
    bool before = false;
    for (std::size_t i = 0; i < flags.size() && i < days.size(); ++i) {
        const bool now = flags[i] >= 0.5;
        if (now) {
            stretches.lastDay = days[i];
            if (!before)
                ++stretches.count;
            if (stretches.count == 1)
                stretches.firstEndDay = days[i];
        }
        before = now;
    }
    stretches.atEnd = before;
    return stretches;
}

PatientOutcome measureOutcome(const ResultTable &table, const std::vector<Therapy> &antibodies,
                              const ModelParameters &p)
{
    PatientOutcome o;
    o.relapseProbability2y = valueWithin(table, ColumnKey{Column::RelapseProbability}, 2 * kDaysPerYear);
    o.relapseProbability5y = valueWithin(table, ColumnKey{Column::RelapseProbability}, 5 * kDaysPerYear);
    o.relapseProbabilityEnd = table.at(ColumnKey{Column::RelapseProbability}).back();
    o.expectedRelapsesEnd = table.at(ColumnKey{Column::ExpectedRelapses}).back();
    o.monthsLymphocytesBelowLln = monthsBelow(table, ColumnKey{Column::Lymphocytes}, p.llnLymphocytes);
    o.monthsCd4BelowLln = monthsBelow(table, ColumnKey{Column::Cd4}, p.llnCd4);
    o.monthsCd8BelowLln = monthsBelow(table, ColumnKey{Column::Cd8}, p.llnCd8);
    o.monthsBBelowLln = monthsBelow(table, ColumnKey{Column::BCells}, p.llnB);
    const auto &cd4 = table.at(ColumnKey{Column::Cd4});
    o.cd4NadirPerUl = extreme(cd4, -1.0);
    o.monthsLymphocytesBelow500 = monthsBelow(table, ColumnKey{Column::Lymphocytes}, 500.0);
    o.monthsLymphocytesBelow200 = monthsBelow(table, ColumnKey{Column::Lymphocytes}, 200.0);
    o.periodsLymphocytesBelow500 = periodsBelow(table.at(ColumnKey{Column::Lymphocytes}), 500.0);
    o.monthsNeutrophilsBelow500 = monthsBelow(table, ColumnKey{Column::Neutrophils}, 500.0);
    const auto countsOn = [&table](double day) {
        return CountsOnDay{valueWithin(table, ColumnKey{Column::Lymphocytes}, day),
                           valueWithin(table, ColumnKey{Column::Cd4}, day),
                           valueWithin(table, ColumnKey{Column::BCells}, day)};
    };
    o.countsYear1 = countsOn(kDaysPerYear);
    o.countsYear2 = countsOn(2 * kDaysPerYear);
    o.countsEnd = countsOn(table.days().back());
    o.autoimmunityProbability6y = valueWithin(table, ColumnKey{Column::AutoimmunityProbability}, 6 * kDaysPerYear);
    o.autoimmunityProbabilityEnd = table.at(ColumnKey{Column::AutoimmunityProbability}).back();
    for (Therapy t : antibodies) {
        const auto &titre = table.at({Column::AdaTitre, t});
        AntibodyOutcome a;
        a.therapy = t;
        a.peakTitre = extreme(titre, 1.0);
        a.everBindingPositive = table.at({Column::AdaEverBindingPositive, t}).back() > 0.5;
        a.everNeutralizing = table.at({Column::AdaEverNeutralizingPositive, t}).back() > 0.5;
        a.firstBindingPositiveDay = firstDayAtLeast(table, {Column::AdaBindingPositive, t}, 0.5);
        if (a.everBindingPositive)
            a.bindingPositive = setStretches(table.days(), table.at({Column::AdaBindingPositive, t}));
        a.firstNeutralizingDay =
            firstDayAtLeast(table, {Column::AdaNeutralizingPositive, t}, 0.5);
        o.antibodies.push_back(a);
    }
    return o;
}

double PatientOutcome::factor(std::string_view name) const
{
    const auto i = factorIndex(name);
    return i && *i < factors.size() ? factors[*i] : std::numeric_limits<double>::quiet_NaN();
}

std::string patientOutcomesCsv(const std::vector<PatientOutcome> &patients,
                               const std::vector<Therapy> &antibodies)
{
    std::string out = "patient";
    for (const IndividualFactor &f : individualFactors())
        out += ',' + std::string(f.name);
    out += ",relapse_probability_2y,"
        "relapse_probability_5y,relapse_probability_end,expected_relapses_end,"
        "months_lymphocytes_below_lln,months_cd4_below_lln,months_cd8_below_lln,"
        "months_b_cells_below_lln,cd4_nadir_per_ul,autoimmunity_probability_6y,"
        "autoimmunity_probability_end,months_lymphocytes_below_500,months_lymphocytes_below_200,"
        "periods_lymphocytes_below_500,months_neutrophils_below_500,lymphocytes_per_ul_1y,"
        "cd4_per_ul_1y,b_cells_per_ul_1y,lymphocytes_per_ul_2y,cd4_per_ul_2y,b_cells_per_ul_2y,"
        "lymphocytes_per_ul_end,cd4_per_ul_end,b_cells_per_ul_end";
    for (Therapy t : antibodies) {
        const std::string id(therapyId(t));
        out += ",ada_" + id + "_peak_titer,ada_" + id + "_ever_binding_positive,ada_" + id +
               "_ever_neutralizing_positive,ada_" + id + "_first_binding_positive_day,ada_" + id +
               "_first_neutralizing_day";
    }
    out += '\n';
    for (const PatientOutcome &o : patients) {
        out += std::to_string(o.index);
        const auto factors = individualFactors();
        for (std::size_t i = 0; i < factors.size(); ++i) {
            out += ',';
            if (i >= o.factors.size())
                continue;
            if (factors[i].labels.empty())
                appendNumber(out, o.factors[i]);
            else if (!std::isnan(o.factors[i]))
                out += factorText(factors[i], o.factors[i]);
        }
        for (double v : {o.relapseProbability2y, o.relapseProbability5y, o.relapseProbabilityEnd,
                         o.expectedRelapsesEnd, o.monthsLymphocytesBelowLln, o.monthsCd4BelowLln,
                         o.monthsCd8BelowLln, o.monthsBBelowLln, o.cd4NadirPerUl,
                         o.autoimmunityProbability6y, o.autoimmunityProbabilityEnd,
                         o.monthsLymphocytesBelow500, o.monthsLymphocytesBelow200,
                         double(o.periodsLymphocytesBelow500), o.monthsNeutrophilsBelow500,
                         o.countsYear1.lymphocytes, o.countsYear1.cd4, o.countsYear1.bCells,
                         o.countsYear2.lymphocytes, o.countsYear2.cd4, o.countsYear2.bCells,
                         o.countsEnd.lymphocytes, o.countsEnd.cd4, o.countsEnd.bCells}) {
            out += ',';
            appendNumber(out, v);
        }
        for (Therapy t : antibodies) {
            const auto a = std::find_if(o.antibodies.begin(), o.antibodies.end(),
                                        [t](const AntibodyOutcome &x) { return x.therapy == t; });
            if (a == o.antibodies.end()) {
                out += ",,,,,";
                continue;
            }
            out += ',';
            appendNumber(out, a->peakTitre);
            out += a->everBindingPositive ? ",1" : ",0";
            out += a->everNeutralizing ? ",1" : ",0";
            out += ',';
            appendNumber(out, a->firstBindingPositiveDay);
            out += ',';
            appendNumber(out, a->firstNeutralizingDay);
        }
        out += '\n';
    }
    return out;
}

} // namespace lymph
