#pragma once
// Measures plans' figures (computePlanFigures: a 1,000-patient cohort each) off the GUI
// thread, one plan at a time, and keeps the answers: a plan asked for again, as it is after
// an undo or when a pinned plan is redrawn, is answered at once. A request that is no longer
// wanted (the schedule changed again) is cancelled.

#include "decision/PlanFigures.h"
#include "scenario/Scenario.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace lymph {

class PlanFiguresRunner : public QObject {
    Q_OBJECT

public:
    static constexpr int kPatients = 1000;
    static constexpr int kCacheSize = 24;

    explicit PlanFiguresRunner(QObject *parent = nullptr);
    ~PlanFiguresRunner() override;

    // The figures when known; otherwise nothing, and they are computed (figuresReady follows).
    std::optional<PlanFigures> figures(const Scenario &plan, const FigureWindow &window);
    // The figures when known, without computing them.
    std::optional<PlanFigures> known(const Scenario &plan, const FigureWindow &window) const;
    // Only these plans are still wanted: others waiting are dropped, a running one stopped.
    void keepOnly(const QList<Scenario> &plans, const FigureWindow &window);
    bool isBusy() const { return m_running != nullptr; }
    // Blocks until every wanted plan is measured (screenshots, tests).
    void waitForAll();

signals:
    void figuresReady();

private:
    struct Job {
        Scenario plan;
        FigureWindow window;
    };
    struct Known {
        Scenario plan;
        FigureWindow window;
        PlanFigures figures;
    };
    struct Running;
    void startNext();
    void finished(Running *running);
    const Known *find(const Scenario &plan, const FigureWindow &window) const;

    QList<Job> m_waiting;
    QList<Known> m_known;
    Running *m_running = nullptr;
};

} // namespace lymph
