#pragma once
// The patient the scenario describes (weight, age, untreated relapse rate, ADA propensity) and
// how many years to simulate. Fields hold the scenario file's ranges: a value outside one is
// named under the fields and not applied (CheckedSpinBox); each finished edit is one undo step.

#include "PatientField.h"

#include "CheckedSpinBox.h"

#include <QWidget>

#include <map>

class QDoubleSpinBox;
class QLabel;

namespace lymph {


class ScheduleDocument;

class PatientPanel : public QWidget {
    Q_OBJECT

public:
    explicit PatientPanel(ScheduleDocument *document, QWidget *parent = nullptr);

    QDoubleSpinBox *field(PatientField which) const { return m_fields.at(which); }
    QDoubleSpinBox *horizonField() const { return m_horizonYears; }
    // Why the last edit was refused (empty when it was not).
    QString problemText() const;

private:
    // A typed value outside the field's range, named under the fields.
    void showOutOfRange(const QDoubleSpinBox *box, const QString &label, double typed);
    void refresh();

    ScheduleDocument *m_document;
    std::map<PatientField, QDoubleSpinBox *> m_fields;
    CheckedSpinBox *m_horizonYears = nullptr;
    QLabel *m_problem = nullptr;
    bool m_refreshing = false;
};

} // namespace lymph
