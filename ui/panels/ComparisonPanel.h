#pragma once
// Plans side by side for a decision. The current plan and up to three pinned ones, each with a
// name the user can edit (by default made from the plan: "Alemtuzumab ×2 → aHSCT"); "no
// further treatment" (the plan without its last step) can be added to compare against. For
// every plan the same outcomes over the same years as natural frequencies with their range
// from a virtual cohort ("21 in 100 (15–27)"), the difference against the chosen plan, and one
// sentence naming the trade-off; under "Details" the typical patient's figures for clinicians.
// Pinned curves are overlaid on the plots (MainWindow passes comparisons() on).

#include "PinnedResults.h"
#include "decision/DecisionSummary.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace lymph {

class OutcomeTable;
class PlanFiguresRunner;
class WholeWordTable;

class ComparisonPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMaxPinned = 3;

    explicit ComparisonPanel(QWidget *parent = nullptr);

    // The current scenario's newest results (the first plan).
    void setCurrent(const Results &results, const Scenario &scenario);
    // While a newer simulation is on its way, the current results are stale: no pinning.
    void setCurrentPending(bool pending);
    // The current plan's name: the user's, or made from the plan.
    QString currentName() const;
    // The name the user gave the current plan; empty while it is named from the plan.
    QString customName() const { return m_customName; }
    // An empty name goes back to the one made from the plan.
    void setCurrentName(const QString &name);
    // Pins the current results; false when there are none, they are stale, or kMaxPinned are
    // pinned already.
    bool pinCurrent();
    // Pins the current plan without its last step, simulated for the same patient, and
    // compares against it; false when nothing is left to take away or no slot is free.
    bool pinNoFurtherTreatment();
    void renamePinned(int index, const QString &name);
    void unpin(int index);
    // Takes over a pin of another panel as it is (name and marker).
    void adoptPinned(const PinnedResults &pinned);
    void clear();
    const QList<PinnedResults> &comparisons() const { return m_pinned; }
    // The plan the current one is compared against (an index into comparisons(), -1: none).
    int referenceIndex() const { return m_reference; }
    void setReferenceIndex(int index);

    // The plans with their figures (those still being measured have none yet).
    // With `measure`, figures not known yet are queued for the figures runner; without, they
    // are left empty (for a caller that measures them itself).
    DecisionSummary decision(bool measure = true);
    PlanFiguresRunner *figuresRunner() const { return m_figures; }
    WholeWordTable *decisionTable() const { return m_decisionTable; }
    QString tradeOffText() const;
    OutcomeTable *table() const { return m_table; }

signals:
    void comparisonsChanged();
    // Names, figures or the reference changed: decision() says more.
    void decisionChanged();

private:
    void rebuild();
    void fillDecisionTable(const DecisionSummary &summary);
    void pin(PinnedResults pinned);

    QList<PinnedResults> m_pinned;
    QString m_customName;
    std::optional<Results> m_current;
    Scenario m_currentScenario;
    bool m_pending = false;
    int m_reference = -1;
    bool m_rebuilding = false;
    PlanFiguresRunner *m_figures = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_noFurther = nullptr;
    QPushButton *m_unpin = nullptr;
    QComboBox *m_referenceChoice = nullptr;
    QLabel *m_tableCaption = nullptr;
    WholeWordTable *m_decisionTable = nullptr;
    QLabel *m_tradeOff = nullptr;
    QToolButton *m_details = nullptr;
    OutcomeTable *m_table = nullptr;
    QLabel *m_patientNote = nullptr;
};

} // namespace lymph
