#include "TherapyPalette.h"

#include "TherapyMime.h"
#include "TherapySwatch.h"

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
    switch (which) {
    case TherapyTemplate::AlemtuzumabFirstCourse: return tr("12 mg/day for 5 days");
    case TherapyTemplate::AlemtuzumabLaterCourse: return tr("12 mg/day for 3 days");
    case TherapyTemplate::OcrelizumabStart: return tr("300 mg on days 0 and 14");
    case TherapyTemplate::OcrelizumabMaintenance: return tr("600 mg once");
    case TherapyTemplate::RituximabCourse: return tr("1000 mg on days 0 and 14");
    case TherapyTemplate::FingolimodPeriod: return tr("0.5 mg daily for 1 year");
    case TherapyTemplate::AhsctBeamAtg: return tr("6 conditioning days, then reinfusion");
    case TherapyTemplate::AhsctCyAtg: return tr("5 conditioning days, then reinfusion");
    }
    return {};
}

QStringList TherapyPalette::mimeTypes() const { return {therapymime::kMimeType}; }

QMimeData *TherapyPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return therapymime::encode(templateAt(row(items.first()))).release();
}

} // namespace lymph
