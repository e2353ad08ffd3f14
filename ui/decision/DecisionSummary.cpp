#include "DecisionSummary.h"

#include <QLocale>
#include <QStringList>

#include <cstdlib>

namespace lymph {

namespace {

// Differences smaller than this many people in 100 are named as none.
constexpr int kNoticeable = 1;

QString number(int value) { return QLocale().toString(value); }

// "24 instead of 28 in 100 people with a relapse"
QString comparedClause(PlanOutcome outcome, int plan, int reference)
{
    switch (outcome) {
    case PlanOutcome::Relapse:
        return DecisionSummary::tr("%1 instead of %2 in 100 people with a relapse")
            .arg(number(plan), number(reference));
    case PlanOutcome::Autoimmunity:
        return DecisionSummary::tr("%1 instead of %2 in 100 with a new autoimmune illness")
            .arg(number(plan), number(reference));
    case PlanOutcome::LongLowCd4:
        return DecisionSummary::tr("%1 instead of %2 in 100 with long-lasting low CD4 T cells")
            .arg(number(plan), number(reference));
    }
    return {};
}

QString joined(const QStringList &clauses)
{
    if (clauses.size() <= 1)
        return clauses.join(QString());
    return DecisionSummary::tr("%1 and %2").arg(clauses.mid(0, clauses.size() - 1).join(
                                                    DecisionSummary::tr(", ")),
                                                clauses.back());
}

} // namespace

const PlanEntry *DecisionSummary::referencePlan() const
{
    if (reference <= 0 || reference >= plans.size())
        return nullptr;
    return &plans[reference];
}

const PlanFigures *DecisionSummary::shownFigures() const
{
    return showsArrays() && plans.front().figures ? &*plans.front().figures : nullptr;
}

bool DecisionSummary::comparable() const
{
    const PlanEntry *other = referencePlan();
    return shownFigures() && other && other->figures;
}

QString DecisionSummary::timeFrame(const FigureWindow &window)
{
    if (!window.startsLater())
        return tr("within %n year(s)", "", window.years);
    return tr("within %n year(s) from month %1", "the month the plans begin to differ",
              window.years)
        .arg(number(window.fromMonth()));
}

namespace {
// "5 years", or "the 3 years from month 29": what more than half of is counted.
QString period(const FigureWindow &window)
{
    if (!window.startsLater())
        return DecisionSummary::tr("%n year(s)", "more than half of 5 years", window.years);
    return DecisionSummary::tr("the %n year(s) from month %1", "more than half of the 3 years "
                               "from month 29", window.years)
        .arg(number(window.fromMonth()));
}
} // namespace

QString DecisionSummary::outcomeLabel(PlanOutcome outcome, const FigureWindow &window)
{
    const QString within = timeFrame(window);
    switch (outcome) {
    case PlanOutcome::Relapse: return tr("A relapse %1", "%1: within 5 years").arg(within);
    case PlanOutcome::Autoimmunity:
        return tr("A new autoimmune illness %1", "%1: within 5 years").arg(within);
    case PlanOutcome::LongLowCd4:
        return tr("Low CD4 T cells for more than half of %1", "%1: 5 years").arg(period(window));
    }
    return {};
}

QString DecisionSummary::outcomeSentence(PlanOutcome outcome, int people,
                                         const FigureWindow &window)
{
    const QString within = timeFrame(window);
    switch (outcome) {
    case PlanOutcome::Relapse:
        return tr("%1 in 100 people have at least one relapse %2.", "%2: within 5 years")
            .arg(number(people), within);
    case PlanOutcome::Autoimmunity:
        return tr("%1 in 100 people get a new autoimmune illness (for example of the thyroid) "
                  "%2.",
                  "%2: within 5 years")
            .arg(number(people), within);
    case PlanOutcome::LongLowCd4:
        return tr("%1 in 100 people have low CD4 T cells (more infections possible) for more "
                  "than half of %2.",
                  "%2: 5 years")
            .arg(number(people), period(window));
    }
    return {};
}

QString DecisionSummary::perHundred(int people) { return tr("%1 in 100").arg(number(people)); }

QString DecisionSummary::perHundredWithRange(const NaturalFrequency &frequency)
{
    return tr("%1 in 100 (%2–%3)")
        .arg(number(frequency.people()), number(frequency.lowest), number(frequency.highest));
}

QString DecisionSummary::rangeSentence(const NaturalFrequency &frequency)
{
    return tr("Between %1 and %2 in different groups of 100 virtual patients.")
        .arg(number(frequency.lowest), number(frequency.highest));
}

QString DecisionSummary::differenceText(int difference)
{
    if (std::abs(difference) < kNoticeable)
        return tr("no difference");
    const QString sign = difference > 0 ? QStringLiteral("+") : QStringLiteral("−");
    return tr("%1%2 in 100").arg(sign, number(std::abs(difference)));
}

QString DecisionSummary::tradeOff() const
{
    if (!comparable())
        return {};
    const PlanEntry &plan = plans.front();
    const PlanEntry &other = *referencePlan();
    QStringList better;
    QStringList worse;
    for (PlanOutcome outcome : kPlanOutcomes) {
        const auto &mine = plan.figures->at(outcome);
        const auto &theirs = other.figures->at(outcome);
        if (!mine || !theirs)
            continue;
        const int difference = mine->people() - theirs->people();
        if (std::abs(difference) < kNoticeable)
            continue;
        (difference < 0 ? better : worse)
            << comparedClause(outcome, mine->people(), theirs->people());
    }
    // "Within 5 years" opens the sentence.
    QString within = timeFrame(window);
    if (!within.isEmpty())
        within[0] = within[0].toUpper();
    if (better.isEmpty() && worse.isEmpty())
        return tr("%1, %2 and %3 differ by less than 1 in 100 people on every outcome shown.",
                  "%1: Within 5 years")
            .arg(within, plan.name, other.name);
    if (worse.isEmpty())
        return tr("%1, compared with %2, %3 means %4, and no outcome shown is worse.",
                  "%1: Within 5 years")
            .arg(within, other.name, plan.name, joined(better));
    if (better.isEmpty())
        return tr("%1, compared with %2, %3 means %4, and no outcome shown is better.",
                  "%1: Within 5 years")
            .arg(within, other.name, plan.name, joined(worse));
    return tr("%1, compared with %2, %3 means %4, but %5.", "%1: Within 5 years")
        .arg(within, other.name, plan.name, joined(better), joined(worse));
}

} // namespace lymph
