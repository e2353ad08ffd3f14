#pragma once
// Runs lymph::simulate off the GUI thread, latest request wins (ARCHITECTURE.md "The
// simulation never runs on the GUI thread; a new edit cancels a stale run").
//
// request() copies the scenario and starts a short single-shot timer unless it is running
// already, so a burst of edits becomes one run of the newest schedule, and a long drag gets
// a run every kDefaultDelayMs or as fast as runs finish. At most one simulation runs at a time, on a private one-thread
// pool; a request made while it runs waits for it, and the running one's result is dropped
// as stale when it finishes. Only the newest generation's outcome is ever reported.

#include "scenario/Scenario.h"
#include "simulate/Results.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <cstdint>
#include <optional>

namespace lymph {

class SimulationRunner : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 15;

    explicit SimulationRunner(QObject *parent = nullptr);
    ~SimulationRunner() override; // waits for a running simulation to end

    // Coalescing delay between the last request and the start of a run.
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }

    // Schedules a run on a copy of `scenario`; earlier requests become stale.
    void request(const Scenario &scenario);
    // The generation of the newest request (0 before the first).
    std::uint64_t generation() const { return m_generation; }
    // The generation of the last outcome reported by resultsReady() or failed().
    std::uint64_t reportedGeneration() const { return m_reported; }
    // True while a request is waiting or a simulation is running.
    bool isBusy() const { return m_timer.isActive() || m_pending.has_value() || m_running; }

signals:
    // A simulation of `generation` has started on the worker thread.
    void runStarted(quint64 generation);
    void resultsReady(const lymph::Results &results);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    struct Outcome {
        std::optional<Results> results;
        QString error;
    };

    void startPending();
    void finish(std::uint64_t generation, const Outcome &outcome);
    void updateBusy();

    QThreadPool m_pool;
    QTimer m_timer;
    std::optional<Scenario> m_pending; // waiting for the timer or for the running run
    std::uint64_t m_pendingGeneration = 0;
    std::uint64_t m_generation = 0;
    std::uint64_t m_reported = 0;
    bool m_running = false;
    bool m_wasBusy = false;
};

} // namespace lymph

Q_DECLARE_METATYPE(lymph::Results)
