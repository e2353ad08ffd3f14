#include "TreatmentListWidget.h"

#include "TreatmentLabel.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace lymph {

namespace {

// No group separators: "1082", not "1,082", in a comma-separated list of days.
QString number(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 7);
}

// "; " where the decimal separator is a comma (0,5), else ", ".
QString listSeparator()
{
    return QLocale().decimalPoint() == QLatin1String(",") ? QStringLiteral("; ")
                                                         : QStringLiteral(", ");
}

} // namespace

TreatmentListWidget::TreatmentListWidget(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Therapy"), tr("Days"), tr("Dose")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TherapyColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(DaysColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(DoseColumn, QHeaderView::ResizeToContents);
}

void TreatmentListWidget::setScenario(const Scenario &scenario)
{
    clear();
    int index = 0;
    for (const Treatment &treatment : scenario.treatments) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(TherapyColumn, therapyDisplayName(treatment.therapy));
        item->setText(DaysColumn, daysText(treatment));
        item->setText(DoseColumn, doseText(treatment));
        item->setToolTip(DaysColumn, daysText(treatment));
        item->setData(TherapyColumn, Qt::UserRole, index++);
    }
}

QString TreatmentListWidget::daysText(const Treatment &treatment)
{
    switch (treatment.therapy) {
    case Therapy::Fingolimod:
        return tr("%1–%2").arg(number(treatment.startDay), number(treatment.stopDay));
    case Therapy::Ahsct:
        return tr("%1 (reinfusion)").arg(number(treatment.day));
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

QString TreatmentListWidget::doseText(const Treatment &treatment)
{
    switch (treatment.therapy) {
    case Therapy::Fingolimod:
        return tr("%1 mg/day").arg(number(treatment.mgPerDay));
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
        return tr("%1 × %2 mg")
            .arg(static_cast<int>(treatment.infusions.size()))
            .arg(number(first));
    }
    double total = 0.0;
    for (const Infusion &infusion : treatment.infusions)
        total += infusion.mg;
    return tr("%1 mg in %2 infusions")
        .arg(number(total))
        .arg(static_cast<int>(treatment.infusions.size()));
}

} // namespace lymph
