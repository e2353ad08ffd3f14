#pragma once
// The exact fields of the selected treatment, for typing precise values: the infusions (day,
// mg) of an antibody, fingolimod's start, stop and daily dose, a transplant's regimen and
// reinfusion day. A typed value is checked with the scenario file's rules before it reaches
// the document; a value that breaks one stays in its field, marked, with the rule's message
// underneath, and the document keeps its last valid schedule.

#include "scenario/Scenario.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace lymph {

class ScheduleDocument;

class TreatmentInspector : public QWidget {
    Q_OBJECT

public:
    explicit TreatmentInspector(ScheduleDocument *document, QWidget *parent = nullptr);

    // The treatment it edits: the document's selection when that is exactly one, else -1.
    int treatmentIndex() const { return m_index; }

    // The messages under the fields (empty when the last edit was valid).
    QString problemText() const;

    // Fields, for tests and keyboard users.
    QTableWidget *infusionTable() const { return m_infusions; }
    QLineEdit *startDayField() const { return m_startDay; }
    QLineEdit *stopDayField() const { return m_stopDay; }
    QLineEdit *mgPerDayField() const { return m_mgPerDay; }
    QLineEdit *reinfusionDayField() const { return m_reinfusionDay; }
    QComboBox *regimenField() const { return m_regimen; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void styleProblemLabel();
    // Checks `candidate` against the rules and applies it, or shows why not.
    bool commit(const Treatment &candidate);
    void commitInfusionTable();
    void commitFingolimod();
    void commitTransplant();
    void addInfusion();
    void removeInfusion();
    void showProblems(const QStringList &problems);

    ScheduleDocument *m_document;
    int m_index = -1;
    bool m_refreshing = false;

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;
    QWidget *m_antibodyPage = nullptr;
    QTableWidget *m_infusions = nullptr;
    QPushButton *m_addInfusion = nullptr;
    QPushButton *m_removeInfusion = nullptr;
    QWidget *m_fingolimodPage = nullptr;
    QLineEdit *m_startDay = nullptr;
    QLineEdit *m_stopDay = nullptr;
    QLineEdit *m_mgPerDay = nullptr;
    QWidget *m_transplantPage = nullptr;
    QComboBox *m_regimen = nullptr;
    QLineEdit *m_reinfusionDay = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace lymph
