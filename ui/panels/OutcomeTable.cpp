#include "OutcomeTable.h"

#include "PinnedResults.h"

#include "model/ParameterTable.h"

#include <QHeaderView>
#include <QLocale>

namespace lymph {

namespace {

QString percent(const std::optional<double> &probability)
{
    if (!probability)
        return QStringLiteral("—");
    return QLocale().toString(100.0 * *probability, 'f', 0) + QStringLiteral(" %");
}

} // namespace

OutcomeTable::OutcomeTable(QWidget *parent) : QTableWidget(RowCount, 0, parent)
{
    setObjectName(QStringLiteral("outcomeTable"));
    setAccessibleName(tr("Outcome figures"));
    QStringList labels;
    for (int row = 0; row < RowCount; ++row)
        labels << rowLabel(Row(row));
    setVerticalHeaderLabels(labels);
    verticalHeaderItem(MonthsCd4BelowLln)
        ->setToolTip(tr("Months with CD4 T cells below the lower limit of normal (%1/µL)")
                         .arg(ParameterTable::defaults().value("lln_cd4_per_ul")));
    verticalHeaderItem(MonthsLymphocytesBelowLln)
        ->setToolTip(tr("Months with total lymphocytes below the lower limit of normal (%1/µL)")
                         .arg(ParameterTable::defaults().value("lln_lymphocytes_per_ul")));
    verticalHeaderItem(PeakAdaTitre)
        ->setToolTip(tr("Highest anti-drug antibody titre against any of the scenario's "
                        "antibody drugs (positive from %1)")
                         .arg(ParameterTable::defaults().value("ada_binding_threshold")));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    // The scenarios share the width beside the row labels, so a pinned column is not pushed
    // out of a narrow dock; figures like "31.2" or "47 %" fit the minimum.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(48);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWordWrap(true);
}

QString OutcomeTable::rowLabel(Row row)
{
    switch (row) {
    case RelapseAt2Years: return tr("P(relapse) by 2 years");
    case RelapseAt5Years: return tr("P(relapse) by 5 years");
    case MonthsCd4BelowLln: return tr("Months CD4 < LLN");
    case MonthsLymphocytesBelowLln: return tr("Months lymphocytes < LLN");
    case PeakAdaTitre: return tr("Peak ADA titre");
    case AutoimmunityAt6Years: return tr("P(autoimmunity) by 6 years");
    case RowCount: break;
    }
    return {};
}

QString OutcomeTable::plainRowLabel(Row row)
{
    switch (row) {
    case RelapseAt2Years: return tr("Chance of a relapse within 2 years");
    case RelapseAt5Years: return tr("Chance of a relapse within 5 years");
    case MonthsCd4BelowLln: return tr("Months with CD4 T cells below normal");
    case MonthsLymphocytesBelowLln: return tr("Months with immune cells below normal");
    case PeakAdaTitre: return tr("Highest level of antibodies against the drug");
    case AutoimmunityAt6Years: return tr("Chance of a new autoimmune illness within 6 years");
    case RowCount: break;
    }
    return {};
}

QString OutcomeTable::cellText(Row row, const OutcomeFigures &figures)
{
    switch (row) {
    case RelapseAt2Years: return percent(figures.relapseProbability2y);
    case RelapseAt5Years: return percent(figures.relapseProbability5y);
    case MonthsCd4BelowLln: return QLocale().toString(figures.monthsCd4BelowLln, 'f', 1);
    case MonthsLymphocytesBelowLln:
        return QLocale().toString(figures.monthsLymphocytesBelowLln, 'f', 1);
    case PeakAdaTitre:
        return figures.peakAdaTitre ? QLocale().toString(*figures.peakAdaTitre, 'g', 3)
                                    : QStringLiteral("—");
    case AutoimmunityAt6Years: return percent(figures.autoimmunityProbability6y);
    case RowCount: break;
    }
    return {};
}

void OutcomeTable::setColumns(const QList<Column> &columns)
{
    setColumnCount(static_cast<int>(columns.size()));
    for (int c = 0; c < columns.size(); ++c) {
        // Long names are elided; the full name is the tooltip.
        const QString name = columns[c].name;
        auto *header = new QTableWidgetItem(name);
        header->setToolTip(name);
        setHorizontalHeaderItem(c, header);
        for (int r = 0; r < RowCount; ++r) {
            auto *item = new QTableWidgetItem(cellText(static_cast<Row>(r), columns[c].figures));
            item->setTextAlignment(Qt::AlignCenter);
            setItem(r, c, item);
        }
    }
}

} // namespace lymph
