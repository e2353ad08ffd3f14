#include "SummaryPrinter.h"

#include "decision/PlanNames.h"
#include "model/Calendar.h"

#include "BloodCountTable.h"
#include "CliText.h"
#include "OutcomeSpread.h"

#include "scenario/Scenario.h"
#include "simulate/Results.h"


namespace lymph::cli {

namespace {


QString formatPercent(double probability)
{
    const double percent = 100.0 * probability;
    return QString::number(percent, 'f', percent < 9.95 && percent > 0.0 ? 1 : 0) +
           QLatin1Char('%');
}

QString formatMonths(double months) { return QString::number(months, 'f', 1); }

} // namespace

SummaryPrinter::SummaryPrinter(const Scenario &scenario, const Results &results,
                               const SimulateOptions &options)
    : m_scenario(scenario), m_results(results), m_options(options),
      m_patients(results.outcome ? std::vector<PatientOutcome>{*results.outcome}
                                 : results.patients),
      m_horizon(scenario.horizonDays), m_cohort(results.cohortSize > 0)
{
}

void SummaryPrinter::print(QTextStream &out) const
{
    printHeading(out);
    BloodCountTable(m_patients, m_horizon, m_cohort).print(out);
    printRelapse(out);
    printAntibodies(out);
    printAutoimmunity(out);
    printInfectionWindows(out);
    printWrittenFiles(out);
    out << tr("Lymphoscope is for exploration and education; it does not predict an "
              "individual patient's course.")
        << '\n';
}

void SummaryPrinter::printHeading(QTextStream &out) const
{
    out << tr("Scenario: %1").arg(PlanNames::shownName(m_scenario)) << '\n';
    if (m_cohort) {
        out << tr("Virtual cohort of %1 patients (seed %2) over %3 days: counts and months are "
                  "medians across the patients (5th–95th percentile); probabilities are cohort "
                  "means.")
                   .arg(m_results.cohortSize)
                   .arg(m_options.seed)
                   .arg(formatNumber(m_horizon))
            << '\n';
    } else if (m_options.patient) {
        out << tr("Virtual patient %1 of the cohort of %2 (seed %3) over %4 days.")
                   .arg(*m_options.patient)
                   .arg(m_options.cohort.value_or(0))
                   .arg(m_options.seed)
                   .arg(formatNumber(m_horizon))
            << '\n';
    } else if (!m_scenario.patient.individual.empty()) {
        out << tr("This patient (the scenario's own patient factors) over %1 days (%2 years).")
                   .arg(formatNumber(m_horizon),
                        QString::number(m_horizon / kDaysPerYear, 'f', 1))
            << '\n';
    } else {
        out << tr("Typical patient over %1 days (%2 years).")
                   .arg(formatNumber(m_horizon),
                        QString::number(m_horizon / kDaysPerYear, 'f', 1))
            << '\n';
    }
}

// P(≥1 relapse) at 2 and 5 years, or at the horizon if it comes first.
void SummaryPrinter::printRelapse(QTextStream &out) const
{
    QStringList parts;
    const struct {
        int years;
        double PatientOutcome::*figure;
    } times[] = {{2, &PatientOutcome::relapseProbability2y},
                 {5, &PatientOutcome::relapseProbability5y}};
    for (const auto &time : times) {
        if (const auto p = meanOf(m_patients, [&](const PatientOutcome &o) { return o.*(time.figure); }))
            parts << tr("%1 by year %2").arg(formatPercent(*p), QString::number(time.years));
    }
    if (parts.isEmpty()) {
        const auto p = meanOf(m_patients, [](const PatientOutcome &o) { return o.relapseProbabilityEnd; });
        parts << tr("%1 by day %2").arg(formatPercent(p.value_or(0.0)), formatNumber(m_horizon));
    }
    out << tr("P(≥1 relapse since day 0): %1").arg(parts.join(QStringLiteral("; "))) << '\n';
}

// Anti-drug antibodies, per antibody in the scenario.
void SummaryPrinter::printAntibodies(QTextStream &out) const
{
    for (std::size_t a = 0; a < m_results.antibodies.size(); ++a) {
        const QString id = fromStd(therapyId(m_results.antibodies[a]));
        const auto ofAntibody = [a](const PatientOutcome &o) -> const AntibodyOutcome * {
            return a < o.antibodies.size() ? &o.antibodies[a] : nullptr;
        };
        QString text;
        if (m_cohort) {
            const auto binding = meanOf(m_patients, [&](const PatientOutcome &o) {
                const AntibodyOutcome *x = ofAntibody(o);
                return x ? double(x->everBindingPositive) : PatientOutcome::kNotReached;
            });
            const auto neutralizing = meanOf(m_patients, [&](const PatientOutcome &o) {
                const AntibodyOutcome *x = ofAntibody(o);
                return x ? double(x->everNeutralizing) : PatientOutcome::kNotReached;
            });
            text = tr("ever binding-positive in %1 of the cohort")
                       .arg(formatPercent(binding.value_or(0.0)));
            text += tr(", neutralising in %1").arg(formatPercent(neutralizing.value_or(0.0)));
        } else if (const AntibodyOutcome *x = ofAntibody(m_patients.front());
                   x && x->everBindingPositive) {
            text = tr("binding-positive from day %1").arg(formatNumber(x->firstBindingPositiveDay));
            // How long they last (the seed's question): the last positive day, in how many
            // periods, on the daily grid like the first day whatever --step.
            const SetStretches &stretches = x->bindingPositive;
            if (stretches.atEnd)
                text += tr(" to the end");
            else if (stretches.count > 0)
                text += tr(" to day %1").arg(formatNumber(stretches.lastDay));
            if (stretches.count > 1)
                text += tr(" (%n separate periods)", nullptr, stretches.count);
            if (x->everNeutralizing)
                text += tr(", neutralising from day %1").arg(formatNumber(x->firstNeutralizingDay));
            else
                text += tr(", never neutralising");
        } else {
            text = tr("never binding-positive");
        }
        out << tr("ADA against %1: %2").arg(id, text) << '\n';
    }
}

void SummaryPrinter::printAutoimmunity(QTextStream &out) const
{
    const auto p = meanOf(m_patients, [](const PatientOutcome &o) { return o.autoimmunityProbabilityEnd; });
    out << tr("P(≥1 secondary autoimmune event) by day %1: %2")
               .arg(formatNumber(m_horizon), formatPercent(p.value_or(0.0)))
        << '\n';
}

// Months with lymphocytes below 500 and 200 per µL, and neutrophils below 500 per µL.
void SummaryPrinter::printInfectionWindows(QTextStream &out) const
{
    const auto months = [this](double PatientOutcome::*figure) {
        return spreadOf(m_patients, [figure](const PatientOutcome &o) { return o.*figure; })
            .value_or(Spread{});
    };
    const Spread below500 = months(&PatientOutcome::monthsLymphocytesBelow500);
    const Spread below200 = months(&PatientOutcome::monthsLymphocytesBelow200);
    const Spread neutrophils = months(&PatientOutcome::monthsNeutrophilsBelow500);
    const auto withRange = [this](const Spread &s) {
        return m_cohort ? tr("%1 (%2–%3)").arg(formatMonths(s.median), formatMonths(s.p05),
                                                 formatMonths(s.p95))
                        : formatMonths(s.median);
    };
    QString line;
    if (below500.p95 <= 0.0) {
        line = tr("Months with lymphocytes < 500/µL: none");
    } else if (m_cohort) {
        line = tr("Months with lymphocytes < 500/µL: %1").arg(withRange(below500));
    } else {
        const int periods = m_patients.front().periodsLymphocytesBelow500;
        line = periods == 1 ? tr("Months with lymphocytes < 500/µL: %1 (one period)")
                                  .arg(formatMonths(below500.median))
                            : tr("Months with lymphocytes < 500/µL: %1 (%2 separate periods)")
                                  .arg(formatMonths(below500.median))
                                  .arg(periods);
    }
    if (below200.p95 > 0.0)
        line += tr("; < 200/µL: %1").arg(withRange(below200));
    out << line << '\n';
    if (neutrophils.p95 > 0.0)
        out << tr("Months with neutrophils < 500/µL: %1").arg(withRange(neutrophils)) << '\n';
}

void SummaryPrinter::printWrittenFiles(QTextStream &out) const
{
    const auto place = [](const QString &path) {
        return path == QLatin1String("-") ? tr("standard output") : path;
    };
    QStringList written;
    if (!m_options.csv.isEmpty()) {
        written << tr("%1 (%2 rows)").arg(place(m_options.csv),
                                          QString::number(m_results.table.rowCount()));
    }
    if (!m_options.patientsCsv.isEmpty()) {
        written << tr("%1 (%2 patients)")
                       .arg(place(m_options.patientsCsv),
                            QString::number(m_results.patients.size()));
    }
    if (!m_options.png.isEmpty()) {
        written << tr("%1 (%2×%3 px)")
                       .arg(m_options.png, QString::number(m_options.imageSize.width()),
                            QString::number(m_options.imageSize.height()));
    }
    if (!m_options.pdf.isEmpty())
        written << m_options.pdf;
    if (!written.isEmpty())
        out << tr("Wrote %1").arg(written.join(QStringLiteral(", "))) << '\n';
}

} // namespace lymph::cli
