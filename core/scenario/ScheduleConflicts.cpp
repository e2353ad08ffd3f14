#include "scenario/ScheduleConflicts.h"

#include "scenario/FieldPath.h"
#include "scenario/ScenarioLimits.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>

namespace lymph {

namespace {

namespace format = scenario_format;

// Days outside the format's range are reported elsewhere (and would overflow the day key).
bool isUsableDay(double day, const std::string &dayPath, const IssueList &issues)
{
    return day >= 0.0 && day <= kMaxHorizonDays && !issues.isMalformed(dayPath);
}

void checkSameDayInfusions(const std::vector<Treatment> &treatments, IssueList &issues)
{
    std::map<std::pair<Therapy, long long>, std::string> firstOnDay;
    for (std::size_t t = 0; t < treatments.size(); ++t) {
        if (!isAntibody(treatments[t].therapy))
            continue;
        const std::string listPath = memberPath(elementPath("treatments", t), "infusions");
        for (std::size_t i = 0; i < treatments[t].infusions.size(); ++i) {
            const std::string path = elementPath(listPath, i);
            const double day = treatments[t].infusions[i].day;
            if (!isUsableDay(day, memberPath(path, "day"), issues))
                continue;
            const auto calendarDay = static_cast<long long>(std::floor(day));
            const auto [first, isFirst] =
                firstOnDay.emplace(std::pair(treatments[t].therapy, calendarDay), path);
            if (isFirst)
                continue;
            issues.add(path, issue::InfusionsOverlap{treatments[t].therapy, calendarDay,
                                                     first->second, path});
        }
    }
}

struct Period {
    double start;
    double stop;
    std::string path;
};

void checkFingolimodPeriods(const std::vector<Treatment> &treatments, IssueList &issues)
{
    std::vector<Period> periods;
    for (std::size_t t = 0; t < treatments.size(); ++t) {
        const Treatment &treatment = treatments[t];
        const std::string path = elementPath("treatments", t);
        if (treatment.therapy != Therapy::Fingolimod || issues.isMalformed(path) ||
            !isUsableDay(treatment.startDay, memberPath(path, "start_day"), issues) ||
            !(treatment.stopDay > treatment.startDay) ||
            issues.isMalformed(memberPath(path, "stop_day")))
            continue;
        periods.push_back({treatment.startDay, treatment.stopDay, path});
    }
    // Sorted by start, a period overlaps an earlier one exactly when it starts before the
    // latest stop seen so far; adjacent periods (stop == next start) do not overlap.
    std::stable_sort(periods.begin(), periods.end(),
                     [](const Period &a, const Period &b) { return a.start < b.start; });
    const Period *latest = nullptr;
    for (const Period &period : periods) {
        if (latest != nullptr && period.start < latest->stop) {
            issues.add(period.path,
                       issue::FingolimodOverlap{latest->path, latest->start, latest->stop,
                                                period.path, period.start, period.stop});
        }
        if (latest == nullptr || period.stop > latest->stop)
            latest = &period;
    }
}

void checkAhsctSpacing(const std::vector<Treatment> &treatments, IssueList &issues)
{
    std::vector<std::pair<double, std::string>> transplants;
    for (std::size_t t = 0; t < treatments.size(); ++t) {
        const std::string path = elementPath("treatments", t);
        if (treatments[t].therapy == Therapy::Ahsct &&
            isUsableDay(treatments[t].day, memberPath(path, "day"), issues))
            transplants.emplace_back(treatments[t].day, path);
    }
    std::stable_sort(transplants.begin(), transplants.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (std::size_t i = 1; i < transplants.size(); ++i) {
        const auto &[earlierDay, earlier] = transplants[i - 1];
        const auto &[laterDay, later] = transplants[i];
        if (laterDay - earlierDay >= format::kMinDaysBetweenAhsct)
            continue;
        issues.add(memberPath(later, "day"),
                   issue::AhsctTooClose{format::kMinDaysBetweenAhsct, earlier, earlierDay, later,
                                        laterDay});
    }
}

} // namespace

void checkScheduleConflicts(const std::vector<Treatment> &treatments, IssueList &issues)
{
    checkSameDayInfusions(treatments, issues);
    checkFingolimodPeriods(treatments, issues);
    checkAhsctSpacing(treatments, issues);
}

bool hasScheduleConflicts(const std::vector<Treatment> &treatments)
{
    IssueList issues;
    checkScheduleConflicts(treatments, issues);
    return !issues.empty();
}

} // namespace lymph
