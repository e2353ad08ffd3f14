#include "PatientDifferences.h"

#include <QLocale>
#include <QStringList>

namespace lymph {

namespace {

QString number(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

} // namespace

QString PatientDifferences::note(const Patient &current, const QList<PinnedResults> &pinned)
{
    QStringList parts;
    for (const PinnedResults &p : pinned) {
        const Patient &other = p.patient;
        QStringList differences;
        if (other.baselineArr != current.baselineArr)
            differences << tr("untreated relapses %1 a year (current %2)")
                               .arg(number(other.baselineArr, 2), number(current.baselineArr, 2));
        if (other.adaPropensity != current.adaPropensity)
            differences << tr("ADA propensity %1 (current %2)")
                               .arg(number(other.adaPropensity, 2), number(current.adaPropensity, 2));
        if (other.ageYears != current.ageYears)
            differences << tr("age %1 years (current %2)")
                               .arg(number(other.ageYears, 0), number(current.ageYears, 0));
        if (other.weightKg != current.weightKg)
            differences << tr("weight %1 kg (current %2)")
                               .arg(number(other.weightKg, 1), number(current.weightKg, 1));
        if (other.parameters != current.parameters)
            differences << tr("other model parameters");
        if (differences.isEmpty())
            continue;
        const qsizetype colon = p.name.indexOf(QLatin1Char(':'));
        const QString letter = colon > 0 && colon <= 2 ? p.name.left(colon) : p.name;
        parts << tr("%1: %2").arg(letter, differences.join(QStringLiteral(", ")));
    }
    if (parts.isEmpty())
        return {};
    return tr("The patients differ too, so not every difference comes from the plans — %1.")
        .arg(parts.join(QStringLiteral("; ")));
}

} // namespace lymph
