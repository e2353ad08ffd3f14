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
        // `text` takes the pinned value, then the current one.
        const auto compare = [&](double pinnedValue, double currentValue, int decimals,
                                 const QString &text) {
            if (pinnedValue != currentValue)
                differences << text.arg(number(pinnedValue, decimals), number(currentValue, decimals));
        };
        compare(other.baselineArr, current.baselineArr, 2,
                tr("untreated relapses %1 a year (current %2)"));
        compare(other.adaPropensity, current.adaPropensity, 2, tr("ADA propensity %1 (current %2)"));
        compare(other.ageYears, current.ageYears, 0, tr("age %1 years (current %2)"));
        compare(other.weightKg, current.weightKg, 1, tr("weight %1 kg (current %2)"));
        if (other.parameters != current.parameters)
            differences << tr("other model parameters");
        if (differences.isEmpty())
            continue;
        parts << tr("%1: %2").arg(p.name, differences.join(QStringLiteral(", ")));
    }
    if (parts.isEmpty())
        return {};
    return tr("The patients differ too, so not every difference comes from the plans — %1.")
        .arg(parts.join(QStringLiteral("; ")));
}

} // namespace lymph
