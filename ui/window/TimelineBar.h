#pragma once
// The row above the timeline: its title, where dragged treatments snap to, who is simulated
// (the typical patient or a virtual cohort), "Show a Patient", and the buttons of the plots'
// "fit all panels" mode and the education view. It only reports choices; the window acts.

#include "timeline/TimelineScale.h"

#include <QWidget>

class QAction;
class QComboBox;
class QToolButton;

namespace lymph {

class TimelineBar : public QWidget {
    Q_OBJECT

public:
    explicit TimelineBar(QWidget *parent = nullptr);

    // Shows `patients` (0: the typical patient) as chosen, without announcing it.
    void showCohortSize(int patients);
    int cohortSize() const;
    // The buttons trigger these actions (the View menu's, so both stay in step).
    void setFitPanelsAction(QAction *action);
    void setEducationAction(QAction *action);
    QComboBox *cohortChoice() const { return m_cohortChoice; }
    QToolButton *samplePatientButton() const { return m_samplePatient; }

signals:
    void snapUnitChosen(lymph::SnapUnit unit);
    void cohortSizeChosen(int patients);
    void samplePatientRequested();

private:
    QComboBox *m_snapChoice = nullptr;
    QComboBox *m_cohortChoice = nullptr;
    QToolButton *m_samplePatient = nullptr;
    QToolButton *m_fitPanels = nullptr;
    QToolButton *m_education = nullptr;
};

} // namespace lymph
