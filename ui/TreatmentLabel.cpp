#include "TreatmentLabel.h"

#include "scenario/ScheduleEdits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace lymph {

namespace {

QString number(double value) { return plainNumber(value); }

// "; " where the decimal separator is a comma (0,5), else ", ".
QString listSeparator()
{
    return QLocale().decimalPoint() == QLatin1String(",") ? QStringLiteral("; ")
                                                         : QStringLiteral(", ");
}

} // namespace

QString therapyDisplayName(Therapy therapy)
{
    switch (therapy) {
    case Therapy::Alemtuzumab:
        return QCoreApplication::translate("TreatmentLabel", "Alemtuzumab");
    case Therapy::Ocrelizumab:
        return QCoreApplication::translate("TreatmentLabel", "Ocrelizumab");
    case Therapy::Rituximab:
        return QCoreApplication::translate("TreatmentLabel", "Rituximab");
    case Therapy::Fingolimod:
        return QCoreApplication::translate("TreatmentLabel", "Fingolimod");
    case Therapy::Ahsct:
        return QCoreApplication::translate("TreatmentLabel", "aHSCT");
    }
    return {};
}

QString therapyNameInText(Therapy therapy)
{
    switch (therapy) {
    case Therapy::Alemtuzumab:
        return QCoreApplication::translate("TreatmentLabel", "alemtuzumab", "in running text");
    case Therapy::Ocrelizumab:
        return QCoreApplication::translate("TreatmentLabel", "ocrelizumab", "in running text");
    case Therapy::Rituximab:
        return QCoreApplication::translate("TreatmentLabel", "rituximab", "in running text");
    case Therapy::Fingolimod:
        return QCoreApplication::translate("TreatmentLabel", "fingolimod", "in running text");
    case Therapy::Ahsct: break;
    }
    return therapyDisplayName(therapy);
}

QString treatmentDaysText(const Treatment &treatment)
{
    switch (treatment.therapy) {
    case Therapy::Fingolimod:
        return QCoreApplication::translate("TreatmentLabel", "%1–%2").arg(number(treatment.startDay), number(treatment.stopDay));
    case Therapy::Ahsct:
        return QCoreApplication::translate("TreatmentLabel", "%1 (reinfusion)").arg(number(treatment.day));
    case Therapy::Alemtuzumab:
    case Therapy::Ocrelizumab:
    case Therapy::Rituximab:
        break;
    }
    QStringList days;
    for (const Infusion &infusion : treatment.infusions)
        days << number(infusion.day);
    return days.join(listSeparator());
}

QString treatmentDoseText(const Treatment &treatment)
{
    switch (treatment.therapy) {
    case Therapy::Fingolimod:
        return QCoreApplication::translate("TreatmentLabel", "%1 mg/day").arg(number(treatment.mgPerDay));
    case Therapy::Ahsct: {
        const std::string_view regimen = regimenId(treatment.regimen);
        return QString::fromUtf8(regimen.data(), static_cast<qsizetype>(regimen.size()));
    }
    case Therapy::Alemtuzumab:
    case Therapy::Ocrelizumab:
    case Therapy::Rituximab:
        break;
    }
    if (treatment.infusions.empty())
        return {};
    const double first = treatment.infusions.front().mg;
    const bool uniform = std::all_of(treatment.infusions.begin(), treatment.infusions.end(),
                                     [first](const Infusion &i) { return i.mg == first; });
    if (uniform) {
        return QCoreApplication::translate("TreatmentLabel", "%1 × %2 mg")
            .arg(static_cast<int>(treatment.infusions.size()))
            .arg(number(first));
    }
    double total = 0.0;
    for (const Infusion &infusion : treatment.infusions)
        total += infusion.mg;
    return QCoreApplication::translate("TreatmentLabel", "%1 mg in %2 infusions")
        .arg(number(total))
        .arg(static_cast<int>(treatment.infusions.size()));
}

QString plainNumber(double value, int significantDigits)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', significantDigits);
}

QString treatmentSpanText(const Treatment &treatment)
{
    const DaySpan span = treatmentSpan(treatment);
    if (span.end <= span.start)
        return QCoreApplication::translate("TreatmentLabel", "day %1").arg(number(span.start));
    return QCoreApplication::translate("TreatmentLabel", "days %1–%2")
        .arg(number(span.start), number(span.end));
}

QString treatmentSummary(const Treatment &treatment)
{
    return QCoreApplication::translate("TreatmentLabel", "%1 · %2 · %3")
        .arg(therapyDisplayName(treatment.therapy), treatmentDoseText(treatment),
             treatmentSpanText(treatment));
}

} // namespace lymph
