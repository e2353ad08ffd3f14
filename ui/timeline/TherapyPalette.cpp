#include "TherapyPalette.h"

#include "TherapyMime.h"
#include "TherapySwatch.h"
#include "TreatmentLabel.h"

#include "scenario/ScenarioLimits.h"

#include <QLocale>

#include <cmath>

namespace lymph {

TherapyPalette::TherapyPalette(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("therapyPalette"));
    setAccessibleName(tr("Therapy palette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(18, 18));
    setSpacing(2);
    setWordWrap(true);
    setUniformItemSizes(true);
    for (TherapyTemplate which : kTherapyTemplates) {
        auto *item = new QListWidgetItem(
            therapySwatch(templateTherapy(which)),
            templateName(which) + QLatin1Char('\n') + templateDetail(which), this);
        const std::string_view source = templateSource(which);
        item->setToolTip(
            tr("%1\nDrag onto the timeline, or press Enter to add it after the last "
               "treatment.\nSource: %2")
                .arg(templateName(which),
                     QString::fromUtf8(source.data(), static_cast<qsizetype>(source.size()))));
        item->setData(Qt::UserRole, static_cast<int>(which));
        item->setData(Qt::AccessibleTextRole, templateName(which));
    }
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit templateActivated(templateAt(row(item)));
    });
}

TherapyTemplate TherapyPalette::templateAt(int row) const
{
    return static_cast<TherapyTemplate>(item(row)->data(Qt::UserRole).toInt());
}

QString TherapyPalette::templateName(TherapyTemplate which)
{
    switch (which) {
    case TherapyTemplate::AlemtuzumabFirstCourse: return tr("Alemtuzumab, course 1");
    case TherapyTemplate::AlemtuzumabLaterCourse: return tr("Alemtuzumab, later course");
    case TherapyTemplate::OcrelizumabStart: return tr("Ocrelizumab, start");
    case TherapyTemplate::OcrelizumabMaintenance: return tr("Ocrelizumab, maintenance dose");
    case TherapyTemplate::RituximabCourse: return tr("Rituximab");
    case TherapyTemplate::FingolimodPeriod: return tr("Fingolimod period");
    case TherapyTemplate::AhsctBeamAtg: return tr("aHSCT, BEAM-ATG");
    case TherapyTemplate::AhsctCyAtg: return tr("aHSCT, Cy-ATG");
    }
    return {};
}

QString TherapyPalette::templateDetail(TherapyTemplate which)
{
    // Written from the regimen itself, so the palette can never disagree with what it adds.
    const Treatment treatment = makeTreatment(which, 0.0);
    const QLocale locale;
    switch (treatment.therapy) {
    case Therapy::Fingolimod:
        return tr("%1 mg daily for %n day(s)", "",
                  static_cast<int>(std::lround(treatment.stopDay - treatment.startDay)))
            .arg(locale.toString(treatment.mgPerDay));
    case Therapy::Ahsct:
        return tr("%n conditioning day(s), then reinfusion", "",
                  scenario_format::conditioningDays(treatment.regimen));
    case Therapy::Alemtuzumab:
    case Therapy::Ocrelizumab:
    case Therapy::Rituximab:
        break;
    }
    const auto &infusions = treatment.infusions;
    const double mg = infusions.front().mg;
    if (infusions.size() == 1)
        return tr("%1 mg once").arg(locale.toString(mg));
    const bool daily = infusions.back().day - infusions.front().day ==
                       static_cast<double>(infusions.size() - 1);
    if (daily)
        return tr("%1 mg a day for %n day(s)", "", static_cast<int>(infusions.size()))
            .arg(locale.toString(mg));
    return tr("%1 mg on days %2").arg(locale.toString(mg), treatmentDaysText(treatment));
}

QStringList TherapyPalette::mimeTypes() const { return {therapymime::kMimeType}; }

QMimeData *TherapyPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return therapymime::encode(templateAt(row(items.first()))).release();
}

} // namespace lymph
