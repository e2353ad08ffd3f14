#include "PlanNames.h"

#include "TreatmentLabel.h"

#include "decision/PlanSteps.h"
#include "scenario/ScenarioLimits.h"

#include <QStringList>

namespace lymph {

namespace {

// The built-in examples' names as the files spell them, for translation.
constexpr const char *kExampleNames[] = {
    QT_TRANSLATE_NOOP("PlanNames", "aHSCT, relapse four years later, then alemtuzumab"),
    QT_TRANSLATE_NOOP("PlanNames", "Alemtuzumab ×2, then aHSCT for persistent disease activity"),
    QT_TRANSLATE_NOOP("PlanNames", "Alemtuzumab ×2, then ocrelizumab"),
    QT_TRANSLATE_NOOP("PlanNames", "Alemtuzumab course 1 with a weekend gap"),
    QT_TRANSLATE_NOOP("PlanNames", "Rituximab before a third alemtuzumab course (a hypothesis)"),
    QT_TRANSLATE_NOOP("PlanNames", "Strong anti-drug-antibody responder, three alemtuzumab courses"),
    QT_TRANSLATE_NOOP("PlanNames", "Fingolimod, a 30-day washout, then alemtuzumab"),
};

} // namespace

QString PlanNames::fromPlan(const Scenario &scenario)
{
    QStringList parts;
    for (const PlanStep &step : planSteps(scenario)) {
        const QString name = therapyDisplayName(step.therapy);
        parts << (step.courses > 1 ? tr("%1 ×%2").arg(name).arg(step.courses) : name);
    }
    if (parts.isEmpty())
        return tr("No treatment");
    return parts.join(QStringLiteral(" → "));
}

QString PlanNames::stoppedAfter(const Scenario &shorter)
{
    if (shorter.treatments.empty())
        return tr("No treatment");
    return tr("%1, then no further treatment").arg(fromPlan(shorter));
}

QString PlanNames::shownName(const Scenario &scenario)
{
    if (scenario.name.empty() || scenario.name == scenario_format::kDefaultName)
        return fromPlan(scenario);
    return translatedName(scenario.name);
}

QString PlanNames::translatedName(const std::string &name)
{
    for (const char *example : kExampleNames) {
        if (name == example)
            return tr(example);
    }
    return QString::fromStdString(name);
}

} // namespace lymph
