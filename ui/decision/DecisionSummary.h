#pragma once
// The plans side by side as a decision sees them: each plan's name, schedule and figures
// (natural frequencies over one common time frame, PlanFigures.h), which plan the others are
// compared against, and the words for it all in the user's language — the figures as "21 in
// 100 people", their differences, and one sentence naming the trade-off from the numbers.
// Shared by the comparison panel, the education view and the handout.

#include "decision/PlanFigures.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace lymph {

struct PlanEntry {
    QString name;
    Scenario scenario;
    std::optional<PlanFigures> figures; // nothing while they are being computed
};

struct DecisionSummary {
    Q_DECLARE_TR_FUNCTIONS(DecisionSummary)

public:
    FigureWindow window;  // the common time frame (commonWindow)
    QList<PlanEntry> plans;
    int reference = -1;   // the plan the first one is compared against; -1: none

    const PlanEntry *referencePlan() const;
    // The icon arrays are drawn: a common time frame and at least one plan.
    bool showsArrays() const { return window.years > 0 && !plans.isEmpty(); }
    // The first plan's figures where the arrays show them, else null: what the words and
    // curves beside the arrays must agree with.
    const PlanFigures *shownFigures() const;
    // Both plans' figures known, so differences and the trade-off can be stated.
    bool comparable() const;

    // "within 5 years", or "within 3 years after month 29" where the plans part later.
    static QString timeFrame(const FigureWindow &window);
    // "A relapse within 5 years", …: what each row counts, the same for every plan.
    static QString outcomeLabel(PlanOutcome outcome, const FigureWindow &window);
    // The outcome in a sentence about people: "21 in 100 people have a relapse within 5 years".
    static QString outcomeSentence(PlanOutcome outcome, int people, const FigureWindow &window);
    // "21 in 100", and "21 in 100 (15–27)" with the range.
    static QString perHundred(int people);
    static QString perHundredWithRange(const NaturalFrequency &frequency);
    // The range in words, for tooltips and the handout.
    static QString rangeSentence(const NaturalFrequency &frequency);
    // "+4 in 100", "−23 in 100", "no difference".
    static QString differenceText(int difference);
    // Why the rows are grouped: what plans are meant to prevent, and possible harms.
    static bool isHarm(PlanOutcome outcome) { return outcome != PlanOutcome::Relapse; }

    // One sentence naming the trade-off between the first plan and the reference, read from
    // the numbers; empty when they are not comparable.
    QString tradeOff() const;
};

} // namespace lymph
