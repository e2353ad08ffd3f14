#include "SummaryPrinter.h"

#include "BloodCountTable.h"
#include "CliText.h"

#include "scenario/Scenario.h"
#include "simulate/Results.h"

#include <optional>
#include <string>
#include <vector>

namespace lymph::cli {

namespace {

constexpr double kDaysPerMonth = 30.44;

QString formatPercent(double probability)
{
    const double percent = 100.0 * probability;
    return QString::number(percent, 'f', percent < 9.95 && percent > 0.0 ? 1 : 0) +
           QLatin1Char('%');
}

// First day on which a 0/1 (or cohort-mean) column reaches `level`, or nothing.
std::optional<double> firstDayAtLeast(const ResultTable &table, const std::string &column,
                                      double level)
{
    const std::vector<double> *values = table.column(column);
    const std::vector<double> *days = table.column("day");
    if (!values || !days)
        return std::nullopt;
    for (std::size_t r = 0; r < values->size() && r < days->size(); ++r) {
        if ((*values)[r] >= level)
            return (*days)[r];
    }
    return std::nullopt;
}

double lastValue(const ResultTable &table, const std::string &column)
{
    const std::vector<double> *values = table.column(column);
    return values && !values->empty() ? values->back() : 0.0;
}

} // namespace

SummaryPrinter::SummaryPrinter(const Scenario &scenario, const Results &results,
                               const SimulateOptions &options)
    : m_scenario(scenario), m_results(results), m_table(results.table), m_options(options),
      m_horizon(m_table.rowCount() ? m_table.at("day").back() : scenario.horizonDays),
      m_cohort(results.cohortSize > 0)
{
}

void SummaryPrinter::print(QTextStream &out) const
{
    printHeading(out);
    BloodCountTable(m_table, m_horizon).print(out);
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
    out << tr("Scenario: %1").arg(m_scenario.name.empty() ? m_options.scenario
                                                          : fromStd(m_scenario.name))
        << '\n';
    if (m_cohort) {
        out << tr("Virtual cohort of %1 patients (seed %2) over %3 days: counts are medians "
                  "(5th–95th percentile); probabilities are cohort means.")
                   .arg(m_results.cohortSize)
                   .arg(m_options.seed)
                   .arg(formatNumber(m_horizon))
            << '\n';
    } else {
        out << tr("Typical patient over %1 days (%2 years).")
                   .arg(formatNumber(m_horizon), QString::number(m_horizon / 365.25, 'f', 1))
            << '\n';
    }
}

// P(≥1 relapse) at 2 and 5 years, or at the horizon if it comes first.
void SummaryPrinter::printRelapse(QTextStream &out) const
{
    if (!m_table.has("relapse_probability"))
        return;
    QStringList parts;
    for (int years : {2, 5}) {
        const double day = 365.0 * years;
        if (day <= m_horizon) {
            parts << tr("%1 by year %2 (day %3)")
                         .arg(formatPercent(m_table.valueAt("relapse_probability", day)),
                              QString::number(years), formatNumber(day));
        }
    }
    if (parts.isEmpty()) {
        parts << tr("%1 by day %2")
                     .arg(formatPercent(m_table.valueAt("relapse_probability", m_horizon)),
                          formatNumber(m_horizon));
    }
    out << tr("P(≥1 relapse since day 0): %1").arg(parts.join(QStringLiteral("; "))) << '\n';
}

// Anti-drug antibodies, per antibody in the scenario.
void SummaryPrinter::printAntibodies(QTextStream &out) const
{
    for (Therapy therapy : m_results.antibodies) {
        const std::string id(therapyId(therapy));
        const std::string binding = "ada_" + id + "_ever_binding_positive";
        const std::string neutralizing = "ada_" + id + "_ever_neutralizing_positive";
        if (!m_table.has(binding))
            continue;
        QString text;
        if (m_cohort) {
            text = tr("ever binding-positive in %1 of the cohort")
                       .arg(formatPercent(lastValue(m_table, binding)));
            if (m_table.has(neutralizing)) {
                text += tr(", neutralising in %1")
                            .arg(formatPercent(lastValue(m_table, neutralizing)));
            }
        } else if (const auto first = firstDayAtLeast(m_table, binding, 0.5)) {
            text = tr("binding-positive from day %1").arg(formatNumber(*first));
            if (const auto firstNeutralizing = firstDayAtLeast(m_table, neutralizing, 0.5))
                text += tr(", neutralising from day %1").arg(formatNumber(*firstNeutralizing));
            else if (m_table.has(neutralizing))
                text += tr(", never neutralising");
        } else {
            text = tr("never binding-positive");
        }
        out << tr("ADA against %1: %2").arg(fromStd(id), text) << '\n';
    }
}

void SummaryPrinter::printAutoimmunity(QTextStream &out) const
{
    if (!m_table.has("autoimmunity_probability"))
        return;
    out << tr("P(≥1 secondary autoimmune event) by day %1: %2")
               .arg(formatNumber(m_horizon),
                    formatPercent(lastValue(m_table, "autoimmunity_probability")))
        << '\n';
}

// Months with lymphocytes below 500 and 200 per µL, and neutrophils below 500 per µL.
void SummaryPrinter::printInfectionWindows(QTextStream &out) const
{
    double months500 = 0.0, months200 = 0.0, monthsNeutrophils = 0.0;
    int periods500 = 0;
    for (const InfectionWindow &w : m_results.infectionWindows) {
        const double months = (w.endDay - w.startDay) / kDaysPerMonth;
        switch (w.kind) {
        case InfectionWindow::Kind::Lymphocytes500:
            months500 += months;
            ++periods500;
            break;
        case InfectionWindow::Kind::Lymphocytes200: months200 += months; break;
        case InfectionWindow::Kind::Neutrophils500: monthsNeutrophils += months; break;
        }
    }
    QString infection;
    if (periods500 == 0) {
        infection = tr("Months with lymphocytes < 500/µL: none");
    } else if (periods500 == 1) {
        infection = tr("Months with lymphocytes < 500/µL: %1 (one period)")
                        .arg(QString::number(months500, 'f', 1));
    } else {
        infection = tr("Months with lymphocytes < 500/µL: %1 (%2 separate periods)")
                        .arg(QString::number(months500, 'f', 1))
                        .arg(periods500);
    }
    if (months200 > 0.0)
        infection += tr("; < 200/µL: %1").arg(QString::number(months200, 'f', 1));
    if (m_cohort)
        infection += tr(" (cohort median counts)");
    out << infection << '\n';
    if (monthsNeutrophils > 0.0) {
        out << tr("Months with neutrophils < 500/µL: %1")
                   .arg(QString::number(monthsNeutrophils, 'f', 1))
            << '\n';
    }
}

void SummaryPrinter::printWrittenFiles(QTextStream &out) const
{
    QStringList written;
    if (!m_options.csv.isEmpty())
        written << tr("%1 (%2 rows)").arg(m_options.csv, QString::number(m_table.rowCount()));
    if (!m_options.patientsCsv.isEmpty()) {
        written << tr("%1 (%2 patients)")
                       .arg(m_options.patientsCsv, QString::number(m_results.patients.size()));
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
