#pragma once
// A read-only list of the scenario's treatments (therapy, days, dose): the placeholder for the
// timeline editor. It reads the scenario it is given and edits nothing.

#include "scenario/Scenario.h"

#include <QTreeWidget>

namespace lymph {

class TreatmentListWidget : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { TherapyColumn, DaysColumn, DoseColumn, ColumnCount };

    explicit TreatmentListWidget(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario);

    // The texts shown for one treatment, for tests and tooltips.
    static QString daysText(const Treatment &treatment);
    static QString doseText(const Treatment &treatment);
};

} // namespace lymph
