#pragma once
// A small table of the figures that separate strategies (core's OutcomeFigures), one column
// per scenario: relapse chance at 2 and 5 years, months with CD4 and lymphocytes below the
// lower limit of normal, peak ADA titre, autoimmunity by year 6.

#include "simulate/OutcomeFigures.h"

#include <QString>
#include <QTableWidget>

namespace lymph {

class OutcomeTable : public QTableWidget {
    Q_OBJECT

public:
    enum Row {
        RelapseAt2Years,
        RelapseAt5Years,
        MonthsCd4BelowLln,
        MonthsLymphocytesBelowLln,
        PeakAdaTitre,
        AutoimmunityAt6Years,
        RowCount
    };
    struct Column {
        QString name; // the header; long names are elided, the full name is its tooltip
        OutcomeFigures figures;
    };

    explicit OutcomeTable(QWidget *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    // The text shown for one figure ("23 %", "14.5", "—" when it cannot be known).
    static QString cellText(Row row, const OutcomeFigures &figures);
    static QString rowLabel(Row row);
    // The same figure in words for patients (the handout), without P(), LLN or titre.
    static QString plainRowLabel(Row row);
};

} // namespace lymph
