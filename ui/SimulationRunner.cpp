#include "SimulationRunner.h"

#include "simulate/Simulator.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace lymph {

SimulationRunner::SimulationRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<lymph::Results>();
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &SimulationRunner::startPending);
}

SimulationRunner::~SimulationRunner()
{
    m_timer.stop();
    m_pending.reset();
    m_pool.waitForDone();
}

void SimulationRunner::request(const Scenario &scenario)
{
    m_pending = scenario;
    m_pendingGeneration = ++m_generation;
    // Throttle, not debounce: the timer is not restarted, so a continuous drag still gets a
    // run every few milliseconds (always of its newest schedule) instead of none until it
    // pauses.
    if (!m_timer.isActive())
        m_timer.start();
    updateBusy();
}

void SimulationRunner::startPending()
{
    if (m_running || !m_pending)
        return; // the running simulation starts the pending one when it finishes
    const Scenario scenario = std::move(*m_pending);
    const std::uint64_t generation = m_pendingGeneration;
    m_pending.reset();
    m_running = true;

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_running = false;
        finish(generation, outcome);
        if (m_pending && !m_timer.isActive())
            startPending();
        updateBusy();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [scenario]() -> Outcome {
        try {
            return {simulate(scenario), {}};
        } catch (const std::exception &error) {
            return {std::nullopt, QString::fromStdString(error.what())};
        }
    }));
    updateBusy();
    emit runStarted(generation);
}

void SimulationRunner::finish(std::uint64_t generation, const Outcome &outcome)
{
    if (generation != m_generation)
        return; // stale: a newer request exists
    m_reported = generation;
    if (outcome.results)
        emit resultsReady(*outcome.results);
    else
        emit failed(outcome.error);
}

void SimulationRunner::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_wasBusy)
        return;
    m_wasBusy = busy;
    emit busyChanged(busy);
}

} // namespace lymph
