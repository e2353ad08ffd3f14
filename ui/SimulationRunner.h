#pragma once
// Runs lymph::simulate off the GUI thread, latest request wins: the simulation never runs on
// the GUI thread, and a new edit cancels a stale run.
//
// request() copies the scenario and starts a short single-shot timer unless it is running
// already, so a burst of edits becomes one run of the newest schedule, and a long drag gets
// a run every kDefaultDelayMs or as fast as runs finish. At most one simulation runs at a time, on a private one-thread
// pool; a request made while it runs waits for it, and the running one's result is dropped
// as stale when it finishes. Only the newest generation's outcome is ever reported.

#include "scenario/Scenario.h"
#include "simulate/Results.h"
#include "simulate/SimulationProblem.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

namespace lymph {

class SimulationRunner : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 15;
    // With a cohort: a quick preview of this many patients follows every edit, and the full
    // cohort runs once the edits pause for kRefineDelayMs (progressive refinement), counted
    // from the last edit, so the preview's own run is part of the pause, or at once when the
    // preview ends later than that. A pause that turns out to be part of a drag costs little:
    // the next edit stops the run.
    static constexpr int kPreviewPatients = 40;
    static constexpr int kRefineDelayMs = 100;
    static constexpr std::uint64_t kCohortSeed = 1;

    explicit SimulationRunner(QObject *parent = nullptr);
    ~SimulationRunner() override; // waits for a running simulation to end

    // 0: the typical patient; N: a virtual cohort of N patients (seed kCohortSeed). Takes
    // effect with the next request.
    void setCohortSize(int patients) { m_cohortSize = std::max(0, patients); }
    int cohortSize() const { return m_cohortSize; }
    // Coalescing delay between the last request and the start of a run.
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }

    // Schedules a run on a copy of `scenario`; earlier requests become stale.
    void request(const Scenario &scenario);
    // The generation of the newest request (0 before the first).
    std::uint64_t generation() const { return m_generation; }
    // The generation of the last outcome reported by resultsReady() or failed().
    std::uint64_t reportedGeneration() const { return m_reported; }
    // Milliseconds until the full cohort starts, if it is scheduled; −1 if it is not.
    int refinementDueInMs() const { return m_refineTimer.remainingTime(); }
    // True while a request is waiting or a simulation is running.
    bool isBusy() const
    {
        return m_timer.isActive() || m_pending.has_value() || m_running || m_refineTimer.isActive();
    }

signals:
    // A simulation of `generation` has started on the worker thread.
    void runStarted(quint64 generation);
    void resultsReady(const lymph::Results &results);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    struct Outcome {
        std::optional<Results> results = {};
        std::optional<SimulationProblem> problem = {}; // the engine refused or stopped
        QString error = {};                            // any other failure
        bool cancelled = false;
    };

    void startPending();
    void startRefinement();
    void start(const Scenario &scenario, std::uint64_t generation, int patients);
    // `scenario`: the one that ran, whose therapies name the treatments in a failure.
    void finish(std::uint64_t generation, const Outcome &outcome, const Scenario &scenario);
    void updateBusy();

    QThreadPool m_pool;
    QTimer m_timer;
    QTimer m_refineTimer;
    QElapsedTimer m_sinceRequest; // the pause before the full cohort counts from the last edit
    std::optional<Scenario> m_lastStarted; // refined to the full cohort after a pause
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the running cohort
    int m_cohortSize = 0;
    std::optional<Scenario> m_pending; // waiting for the timer or for the running run
    std::uint64_t m_pendingGeneration = 0;
    std::uint64_t m_generation = 0;
    std::uint64_t m_reported = 0;
    bool m_running = false;
    bool m_wasBusy = false;
};

} // namespace lymph

Q_DECLARE_METATYPE(lymph::Results)
