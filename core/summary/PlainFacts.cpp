#include "summary/PlainFacts.h"
#include "model/Calendar.h"

#include "model/ParameterTable.h"
#include "scenario/ScheduleEdits.h"

#include <algorithm>
#include <string>

namespace lymph {

namespace {


std::vector<TreatmentEpisode> groupEpisodes(const Scenario &scenario)
{
    std::vector<Treatment> sorted = scenario.treatments;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Treatment &a, const Treatment &b) {
        return treatmentSpan(a).start < treatmentSpan(b).start;
    });
    std::vector<TreatmentEpisode> episodes;
    for (const Treatment &treatment : sorted) {
        const DaySpan span = treatmentSpan(treatment);
        auto same = std::find_if(episodes.rbegin(), episodes.rend(), [&](const TreatmentEpisode &e) {
            return e.therapy == treatment.therapy;
        });
        if (same != episodes.rend() && span.start - same->endDay <= kEpisodeGapDays) {
            same->endDay = std::max(same->endDay, span.end);
            continue;
        }
        TreatmentEpisode episode;
        episode.therapy = treatment.therapy;
        episode.number = 1 + static_cast<int>(std::count_if(
                                 episodes.begin(), episodes.end(),
                                 [&](const TreatmentEpisode &e) { return e.therapy == treatment.therapy; }));
        episode.startDay = span.start;
        episode.endDay = span.end;
        episodes.push_back(episode);
    }
    return episodes;
}

// From `from` to `until`: did the column go (or was it) below `limit`, and when is it back?
CountRecovery recoveryOf(const ResultTable &table, const ColumnKey &column, double limit,
                         double from, double until)
{
    CountRecovery recovery;
    const std::vector<double> *days = table.column(ColumnKey{Column::Day});
    const std::vector<double> *values = table.column(column);
    if (!days || !values)
        return recovery;
    for (std::size_t i = 0; i < days->size(); ++i) {
        const double day = (*days)[i];
        if (day < from)
            continue;
        if (day > until)
            break;
        const bool below = (*values)[i] < limit;
        if (below)
            recovery.fellBelowLln = true;
        else if (recovery.fellBelowLln) {
            recovery.monthsToLln = (day - from) / kDaysPerMonth;
            return recovery;
        }
    }
    return recovery;
}

std::vector<InfectionWindow> mergedWindows(std::vector<InfectionWindow> windows)
{
    std::stable_sort(windows.begin(), windows.end(), [](const auto &a, const auto &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.startDay < b.startDay;
    });
    std::vector<InfectionWindow> merged;
    for (const InfectionWindow &window : windows) {
        if (!merged.empty() && merged.back().kind == window.kind &&
            window.startDay <= merged.back().endDay + 1.0)
            merged.back().endDay = std::max(merged.back().endDay, window.endDay);
        else
            merged.push_back(window);
    }
    return merged;
}

std::optional<double> firstDayAbove(const ResultTable &table, const ColumnKey &column,
                                    double threshold)
{
    const std::vector<double> *days = table.column(ColumnKey{Column::Day});
    const std::vector<double> *values = table.column(column);
    if (!days || !values)
        return std::nullopt;
    for (std::size_t i = 0; i < values->size(); ++i) {
        if ((*values)[i] >= threshold)
            return (*days)[i];
    }
    return std::nullopt;
}

} // namespace

AntibodyFact antibodyFact(const ResultTable &table, Therapy antibody)
{
    AntibodyFact fact;
    fact.therapy = antibody;
    fact.firstPositiveDay = firstDayAbove(table, {Column::AdaEverBindingPositive, antibody}, 0.5);
    fact.firstNeutralizingDay =
        firstDayAbove(table, {Column::AdaEverNeutralizingPositive, antibody}, 0.5);
    const std::vector<double> *days = table.column(ColumnKey{Column::Day});
    const std::vector<double> *positive = table.column({Column::AdaBindingPositive, antibody});
    if (!days || !positive)
        return fact;
    const SetStretches stretches = setStretches(*days, *positive);
    if (stretches.count > 0) {
        fact.lastPositiveDay = stretches.lastDay;
        fact.firstPeriodEndDay = stretches.firstEndDay;
    }
    fact.positivePeriods = stretches.count;
    fact.positiveAtEnd = stretches.atEnd;
    return fact;
}

PlainFacts computePlainFacts(const Scenario &scenario, const Results &results)
{
    const ParameterTable &table = results.parameters;
    const ResultTable &columns = results.table;
    PlainFacts facts;
    const std::vector<double> *days = columns.column(ColumnKey{Column::Day});
    facts.horizonDays = days && !days->empty() ? days->back() : 0.0;
    facts.episodes = groupEpisodes(scenario);
    for (std::size_t i = 0; i < facts.episodes.size(); ++i) {
        TreatmentEpisode &episode = facts.episodes[i];
        episode.windowEndDay = facts.horizonDays;
        for (std::size_t j = i + 1; j < facts.episodes.size(); ++j) {
            if (facts.episodes[j].startDay > episode.startDay) {
                episode.windowEndDay = facts.episodes[j].startDay;
                break;
            }
        }
        episode.lymphocytes = recoveryOf(columns, ColumnKey{Column::Lymphocytes},
                                         table.value("lln_lymphocytes_per_ul"), episode.startDay,
                                         episode.windowEndDay);
        episode.cd4 = recoveryOf(columns, ColumnKey{Column::Cd4}, table.value("lln_cd4_per_ul"),
                                 episode.startDay, episode.windowEndDay);
        episode.bCells = recoveryOf(columns, ColumnKey{Column::BCells}, table.value("lln_b_per_ul"),
                                    episode.startDay, episode.windowEndDay);
    }
    facts.infectionWindows = mergedWindows(results.infectionWindows);
    for (Therapy antibody : results.antibodies) {
        facts.antibodies.push_back(antibodyFact(columns, antibody));
    }
    facts.outcomes = computeOutcomeFigures(results);
    if (facts.outcomes.autoimmunityProbability6y && columns.has(ColumnKey{Column::ThyroidProbability}))
        facts.thyroidProbability6y = columns.valueAt(ColumnKey{Column::ThyroidProbability},
                                                     std::min(6.0 * kDaysPerYear, facts.horizonDays));
    return facts;
}

} // namespace lymph
