#include "CaptionWriter.h"
#include "model/Calendar.h"
#include "simulate/OutcomeFigures.h"

#include "TreatmentLabel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lymph {

namespace {


// The nearest whole month: day 365 is "month 12".
int monthOf(double day) { return static_cast<int>(std::lround(day / kDaysPerMonth)); }

QString inHundred(double probability)
{
    return QLocale().toString(std::lround(100.0 * probability));
}

QString monthRange(const InfectionWindow &window)
{
    const int first = monthOf(window.startDay);
    const int last = monthOf(window.endDay);
    if (last <= first)
        return CaptionWriter::tr("In month %1").arg(QLocale().toString(first));
    return CaptionWriter::tr("In months %1 to %2").arg(QLocale().toString(first),
                                                        QLocale().toString(last));
}

QString recoverySentence(const QString &cells, const CountRecovery &recovery,
                         const TreatmentEpisode &episode, bool nextTreatmentFollows)
{
    if (!recovery.fellBelowLln)
        return {};
    if (recovery.monthsToLln)
        return CaptionWriter::tr("%1 are back in the normal range after %2.")
            .arg(cells, CaptionWriter::duration(*recovery.monthsToLln));
    const QString month = QLocale().toString(monthOf(episode.windowEndDay));
    return nextTreatmentFollows
               ? CaptionWriter::tr("%1 are still below the normal range in month %2, when the "
                                   "next treatment starts.")
                     .arg(cells, month)
               : CaptionWriter::tr("%1 are still below the normal range at the end of the "
                                   "simulation (month %2).")
                     .arg(cells, month);
}

} // namespace

QString CaptionWriter::duration(double months)
{
    const QLocale locale;
    if (months < 1.0)
        return tr("about %n week(s)", "", std::max(1, static_cast<int>(std::lround(months * 4.35))));
    if (months < 23.5)
        return tr("about %n month(s)", "", static_cast<int>(std::lround(months)));
    const double years = std::round(months / 12.0 * 2.0) / 2.0;
    if (years == std::floor(years))
        return tr("about %n year(s)", "", static_cast<int>(years));
    return tr("about %1 years").arg(locale.toString(years, 'f', 1));
}

QString CaptionWriter::episodeName(const TreatmentEpisode &episode)
{
    switch (episode.therapy) {
    case Therapy::Alemtuzumab: return tr("Alemtuzumab course %1").arg(episode.number);
    case Therapy::Ocrelizumab:
        return episode.number == 1 ? tr("Ocrelizumab") : tr("Ocrelizumab (again)");
    case Therapy::Rituximab: return episode.number == 1 ? tr("Rituximab") : tr("Rituximab (again)");
    case Therapy::Fingolimod: return tr("Fingolimod");
    case Therapy::Ahsct: return tr("The stem-cell transplant (aHSCT)");
    }
    return {};
}

QStringList CaptionWriter::captions(const PlainFacts &facts, const PlanFigures *shown)
{
    const QLocale locale;
    QStringList out;
    for (std::size_t i = 0; i < facts.episodes.size(); ++i) {
        const TreatmentEpisode &episode = facts.episodes[i];
        const bool next = episode.windowEndDay < facts.horizonDays - 0.5;
        QStringList parts;
        parts << (episode.therapy == Therapy::Fingolimod
                      ? tr("%1 is taken from month %2 to month %3.")
                            .arg(episodeName(episode), locale.toString(monthOf(episode.startDay)),
                                 locale.toString(monthOf(episode.endDay)))
                      : tr("%1 starts in month %2.")
                            .arg(episodeName(episode), locale.toString(monthOf(episode.startDay))));
        for (const auto &[cells, recovery] :
             {std::pair{tr("Immune cells in the blood (lymphocytes)"), episode.lymphocytes},
              std::pair{tr("B cells"), episode.bCells}, std::pair{tr("CD4 T cells"), episode.cd4}}) {
            const QString sentence = recoverySentence(cells, recovery, episode, next);
            if (!sentence.isEmpty())
                parts << sentence;
        }
        if (parts.size() == 1)
            parts << tr("The blood counts stay in the normal range.");
        out << parts.join(QLatin1Char(' '));
    }
    for (const InfectionWindow &window : facts.infectionWindows) {
        switch (window.kind) {
        case InfectionWindow::Kind::Lymphocytes500:
            out << tr("%1 immune cells are very low (under 500 per µL): infections are more "
                      "likely.")
                       .arg(monthRange(window));
            break;
        case InfectionWindow::Kind::Neutrophils500:
            out << tr("%1 the infection-fighting neutrophils are under 500 per µL: infections "
                      "are much more likely and need quick care.")
                       .arg(monthRange(window));
            break;
        case InfectionWindow::Kind::Lymphocytes200: break; // inside a 500 window, said there
        }
    }
    for (const AntibodyFact &antibody : facts.antibodies) {
        const QString drug = therapyNameInText(antibody.therapy);
        if (!antibody.firstPositiveDay)
            continue;
        const int month = monthOf(*antibody.firstPositiveDay);
        QString sentence = month == 0
                               ? tr("Antibodies against %1 can be measured within the first "
                                    "month.")
                                     .arg(drug)
                               : tr("Antibodies against %1 can be measured from month %2.")
                                     .arg(drug, locale.toString(month));
        sentence += QLatin1Char(' ');
        sentence += antibody.firstNeutralizingDay
                        ? tr("From month %1 they are strong enough to weaken the drug.")
                              .arg(locale.toString(monthOf(*antibody.firstNeutralizingDay)))
                        : tr("In this simulation they do not become strong enough to weaken "
                             "the drug.");
        sentence += QLatin1Char(' ');
        if (antibody.positiveAtEnd)
            sentence += tr("They can still be measured at the end of the simulation.");
        else if (antibody.lastPositiveDay && antibody.firstPeriodEndDay &&
                 antibody.positivePeriods > 1)
            sentence += tr("From month %1 they can no longer be measured; they come back after a "
                           "later course and can no longer be measured from month %2.")
                            .arg(locale.toString(monthOf(*antibody.firstPeriodEndDay + 1.0)),
                                 locale.toString(monthOf(*antibody.lastPositiveDay + 1.0)));
        else if (antibody.lastPositiveDay)
            sentence += tr("They can no longer be measured from month %1.")
                            .arg(locale.toString(monthOf(*antibody.lastPositiveDay + 1.0)));
        out << sentence;
    }
    const OutcomeFigures &o = facts.outcomes;
    // Figures counted from a later day (where compared plans part) say something else.
    const auto shownCounts = [shown](PlanOutcome outcome) {
        return shown && !shown->window.startsLater() && shown->at(outcome).has_value();
    };
    const bool relapseShown = shownCounts(PlanOutcome::Relapse);
    // Told from the same people as the figures where they are shown, as the plot draws it.
    const auto chance = [shown](const std::vector<double> ChanceCurves::*curve, double years,
                                const std::optional<double> &typical) -> std::optional<double> {
        if (shown) {
            if (const auto value = shown->chances.nearDay(shown->chances.*curve, years * kDaysPerYear))
                return value;
        }
        return typical;
    };
    const auto relapse2y = chance(&ChanceCurves::relapse, 2.0, o.relapseProbability2y);
    if (relapse2y && !(relapseShown && shown->window.years <= 2)) {
        QString sentence = tr("Chance of at least one relapse within 2 years: about %1 in 100.")
                               .arg(inHundred(*relapse2y));
        const auto relapse5y = chance(&ChanceCurves::relapse, 5.0, o.relapseProbability5y);
        if (relapse5y && !relapseShown)
            sentence += QLatin1Char(' ') + tr("Within 5 years: about %1 in 100.")
                                               .arg(inHundred(*relapse5y));
        out << sentence;
    }
    const auto autoimmunity6y =
        chance(&ChanceCurves::autoimmunity, 6.0, o.autoimmunityProbability6y);
    if (autoimmunity6y && !shownCounts(PlanOutcome::Autoimmunity)) {
        // Which illness is most common is the typical patient's: the cohort counts any.
        const bool mostlyThyroid = facts.thyroidProbability6y && o.autoimmunityProbability6y &&
                                   *facts.thyroidProbability6y > 0.5 * *o.autoimmunityProbability6y;
        out << (mostlyThyroid
                    ? tr("Chance of a new autoimmune illness within 6 years, most often of the "
                         "thyroid: about %1 in 100.")
                    : tr("Chance of a new autoimmune illness within 6 years: about %1 in 100."))
                   .arg(inHundred(*autoimmunity6y));
    }
    return out;
}

} // namespace lymph
