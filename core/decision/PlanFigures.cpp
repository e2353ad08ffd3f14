#include "decision/PlanFigures.h"

#include "cohort/Cohort.h"
#include "model/Calendar.h"
#include "model/ParameterTable.h"
#include "scenario/ScheduleEdits.h"
#include "simulate/OutcomeFigures.h"
#include "simulate/ResultTable.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace lymph {

namespace {


// Days with `values` below `limit` from `start` to `end`, interpolating linearly.
double daysBelow(const std::vector<double> &days, const std::vector<double> &values, double limit,
                 double start, double end)
{
    double total = 0.0;
    for (std::size_t i = 1; i < days.size() && days[i - 1] < end; ++i) {
        const double x0 = days[i - 1];
        const double x1 = days[i];
        const double d0 = std::max(x0, start);
        const double d1 = std::min(x1, end);
        if (d1 <= d0)
            continue;
        const double v0 =
            d0 > x0 ? values[i - 1] + (d0 - x0) / (x1 - x0) * (values[i] - values[i - 1])
                    : values[i - 1];
        const double t = (d1 - d0) / (x1 - d0);
        const double a = v0 - limit;
        const double b = a + t * (values[i] - v0);
        const double width = d1 - d0;
        if (a < 0.0 && b < 0.0)
            total += width;
        else if (a < 0.0)
            total += width * a / (a - b);
        else if (b < 0.0)
            total += width * b / (b - a);
    }
    return total;
}

// Each person's chance turned into "had it" or "did not", reproducibly: the draw depends only
// on the seed, the person and the outcome, never on which thread ran them.
bool drawn(double chance, std::uint64_t seed, std::size_t person, PlanOutcome outcome)
{
    std::seed_seq sequence{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                           static_cast<std::uint32_t>(person),
                           static_cast<std::uint32_t>(outcome) + 0x51u};
    std::mt19937_64 engine(sequence);
    return std::uniform_real_distribution<double>(0.0, 1.0)(engine) < chance;
}

// A member's chance of at least one event between `from` and `to`, from the column of the
// chance of one by each day. Events come at a rate (relapses, autoimmune illnesses: ResultRows),
// so the chance of none in the window is the ratio of the chances of none by its two ends. That
// holds for a cohort member, whose frailty and susceptibility are drawn; not for the typical
// patient's relapse column, which is averaged over the frailty.
double chanceWithin(const ResultTable &table, ColumnKey column, double from, double to)
{
    const double byEnd = table.valueAt(column, to);
    if (from <= 0.0)
        return byEnd;
    const double byStart = table.valueAt(column, from);
    if (!(byStart < 1.0))
        return 1.0; // certain by the start: the rate is too high to tell the window apart
    return std::clamp(-std::expm1(std::log1p(-byEnd) - std::log1p(-byStart)), 0.0, 1.0);
}

struct Person {
    std::array<double, kPlanOutcomeCount> chance{}; // expected share (0…1) for the mean
    std::array<bool, kPlanOutcomeCount> had{};      // drawn outcome for the group counts
    std::vector<double> relapse, autoimmunity;      // at the curves' days
};

// Whole months from day 0, and the last day if it falls between them.
std::vector<double> monthlyDays(double horizon)
{
    std::vector<double> days;
    for (int month = 0; month * kDaysPerMonth <= horizon + 1e-9; ++month)
        days.push_back(std::min(month * kDaysPerMonth, horizon));
    if (days.empty() || horizon - days.back() > 1e-9)
        days.push_back(horizon);
    return days;
}

} // namespace

double ChanceCurves::at(const std::vector<double> &curve, double day) const
{
    return interpolateAt(days, curve, day);
}

std::optional<double> ChanceCurves::nearDay(const std::vector<double> &curve, double day) const
{
    if (empty() || !(days.back() >= day - kHorizonSlackDays))
        return std::nullopt;
    return at(curve, std::min(day, days.back()));
}

int NaturalFrequency::people() const { return static_cast<int>(std::lround(perHundred)); }

double FigureWindow::endDay() const { return fromDay + years * kDaysPerYear; }

int FigureWindow::fromMonth() const { return static_cast<int>(std::lround(fromDay / kDaysPerMonth)); }

double partingDay(const std::vector<Scenario> &plans)
{
    double parting = std::numeric_limits<double>::infinity();
    for (std::size_t a = 0; a < plans.size(); ++a) {
        for (std::size_t b = a + 1; b < plans.size(); ++b) {
            if (!(plans[a].patient == plans[b].patient))
                return 0.0;
            // Each treatment of one plan matched with an equal one of the other, once.
            std::vector<bool> matched(plans[b].treatments.size(), false);
            for (const Treatment &t : plans[a].treatments) {
                bool found = false;
                for (std::size_t j = 0; j < matched.size() && !found; ++j) {
                    if (!matched[j] && plans[b].treatments[j] == t)
                        matched[j] = found = true;
                }
                if (!found)
                    parting = std::min(parting, treatmentSpan(t).start);
            }
            for (std::size_t j = 0; j < matched.size(); ++j) {
                if (!matched[j])
                    parting = std::min(parting, treatmentSpan(plans[b].treatments[j]).start);
            }
        }
    }
    return std::isfinite(parting) ? std::max(parting, 0.0) : 0.0;
}

FigureWindow commonWindow(const std::vector<Scenario> &plans, int preferred)
{
    // From the start of the month they part in, as the handout counts months: never after the
    // first difference, and plans that part in their first month are counted from day 0.
    FigureWindow window{std::floor(partingDay(plans) / kDaysPerMonth) * kDaysPerMonth, preferred};
    for (const Scenario &plan : plans)
        window.years = std::min(window.years, static_cast<int>((plan.horizonDays - window.fromDay +
                                                                kHorizonSlackDays) /
                                                               kDaysPerYear));
    window.years = std::max(window.years, 0);
    return window;
}

std::optional<int> differencePerHundred(const PlanFigures &plan, const PlanFigures &reference,
                                        PlanOutcome outcome)
{
    const auto &a = plan.at(outcome);
    const auto &b = reference.at(outcome);
    if (!a || !b)
        return std::nullopt;
    return a->people() - b->people();
}

PlanFigures computePlanFigures(const Scenario &scenario, const PlanFigureOptions &options)
{
    PlanFigures figures;
    figures.window = options.window;
    figures.patients = std::max(options.patients, 1);
    const double from = options.window.fromDay;
    const double end = options.window.endDay();
    const double span = end - from;
    if (options.window.years <= 0 || !(from >= 0.0) || scenario.horizonDays + kHorizonSlackDays < end)
        return figures;

    ParameterTable parameters = ParameterTable::defaults();
    for (const auto &[id, value] : scenario.patient.parameters)
        parameters.set(id, value);
    const double cd4Limit = parameters.value("lln_cd4_per_ul");

    std::vector<Person> people(static_cast<std::size_t>(figures.patients));
    const std::vector<double> curveDays = monthlyDays(scenario.horizonDays);
    CohortOptions cohort;
    cohort.patients = figures.patients;
    cohort.seed = options.seed;
    cohort.threads = options.threads;
    cohort.cancel = options.cancel;
    const std::uint64_t seed = options.seed;
    visitCohort(scenario, cohort,
                [&](std::size_t index, const ResultTable &table, const PatientOutcome &) {
                    Person &person = people[index];
                    const double at = std::min(end, table.days().back());
                    const double relapse =
                        chanceWithin(table, ColumnKey{Column::RelapseProbability}, from, at);
                    const double autoimmunity =
                        chanceWithin(table, ColumnKey{Column::AutoimmunityProbability}, from, at);
                    const double lowCd4 = daysBelow(table.days(), table.at(ColumnKey{Column::Cd4}),
                                                    cd4Limit, from, at) > 0.5 * span
                                              ? 1.0
                                              : 0.0;
                    person.chance = {relapse, autoimmunity, lowCd4};
                    person.relapse.reserve(curveDays.size());
                    person.autoimmunity.reserve(curveDays.size());
                    for (double day : curveDays) {
                        const double d = std::min(day, table.days().back());
                        person.relapse.push_back(
                            table.valueAt(ColumnKey{Column::RelapseProbability}, d));
                        person.autoimmunity.push_back(
                            table.valueAt(ColumnKey{Column::AutoimmunityProbability}, d));
                    }
                    for (PlanOutcome outcome : kPlanOutcomes) {
                        const auto i = static_cast<std::size_t>(outcome);
                        person.had[i] = drawn(person.chance[i], seed, index, outcome);
                    }
                });

    const std::size_t groups = std::max<std::size_t>(1, people.size() / kGroupSize);
    for (PlanOutcome outcome : kPlanOutcomes) {
        const auto i = static_cast<std::size_t>(outcome);
        NaturalFrequency frequency;
        double sum = 0.0;
        for (const Person &person : people)
            sum += person.chance[i];
        frequency.perHundred = 100.0 * sum / static_cast<double>(people.size());
        frequency.lowest = kGroupSize;
        frequency.highest = 0;
        for (std::size_t g = 0; g < groups; ++g) {
            const std::size_t first = g * kGroupSize;
            const std::size_t last = std::min(people.size(), first + kGroupSize);
            int count = 0;
            for (std::size_t p = first; p < last; ++p)
                count += people[p].had[i] ? 1 : 0;
            // A short cohort's only group is scaled to 100 people.
            count = static_cast<int>(std::lround(count * double(kGroupSize) /
                                                 static_cast<double>(last - first)));
            frequency.lowest = std::min(frequency.lowest, count);
            frequency.highest = std::max(frequency.highest, count);
        }
        // The mean is an expectation, the groups are draws: the range always holds the mean.
        frequency.lowest = std::min(frequency.lowest, frequency.people());
        frequency.highest = std::max(frequency.highest, frequency.people());
        figures.outcomes[i] = frequency;
    }
    // Summed in the people's order, so the curves do not depend on the threads either.
    ChanceCurves &curves = figures.chances;
    curves.days = curveDays;
    curves.relapse.assign(curveDays.size(), 0.0);
    curves.autoimmunity.assign(curveDays.size(), 0.0);
    for (const Person &person : people) {
        for (std::size_t k = 0; k < curveDays.size(); ++k) {
            curves.relapse[k] += person.relapse[k];
            curves.autoimmunity[k] += person.autoimmunity[k];
        }
    }
    for (std::size_t k = 0; k < curveDays.size(); ++k) {
        curves.relapse[k] /= static_cast<double>(people.size());
        curves.autoimmunity[k] /= static_cast<double>(people.size());
    }
    return figures;
}

} // namespace lymph
