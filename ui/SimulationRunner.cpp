#include "SimulationRunner.h"

#include "SimulationErrorText.h"

#include "cohort/Cohort.h"
#include "simulate/Simulator.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace lymph {

SimulationRunner::SimulationRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<lymph::Results>();
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &SimulationRunner::startPending);
    m_refineTimer.setSingleShot(true);
    connect(&m_refineTimer, &QTimer::timeout, this, &SimulationRunner::startRefinement);
}

SimulationRunner::~SimulationRunner()
{
    m_timer.stop();
    m_refineTimer.stop();
    if (m_cancel)
        m_cancel->store(true);
    m_pending.reset();
    m_pool.waitForDone();
}

void SimulationRunner::request(const Scenario &scenario)
{
    m_pending = scenario;
    m_pendingGeneration = ++m_generation;
    m_sinceRequest.start();
    m_refineTimer.stop();
    if (m_running && m_cancel)
        m_cancel->store(true); // a running cohort is stale now: stop it early
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
    const bool preview = m_cohortSize > kPreviewPatients;
    start(scenario, generation, preview ? kPreviewPatients : m_cohortSize);
    if (preview)
        m_lastStarted = scenario;
    else
        m_lastStarted.reset(); // no refinement of an older preview after a run in full
}

void SimulationRunner::startRefinement()
{
    if (m_running || m_pending || !m_lastStarted || m_cohortSize <= kPreviewPatients)
        return;
    const Scenario scenario = std::move(*m_lastStarted);
    m_lastStarted.reset();
    start(scenario, m_generation, m_cohortSize);
}

void SimulationRunner::start(const Scenario &scenario, std::uint64_t generation, int patients)
{
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation,
                                                                 scenario] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_running = false;
        // The refinement is scheduled before the preview is reported, so listeners already
        // see the runner busy with what follows.
        if (!m_pending && m_lastStarted && generation == m_generation && !outcome.cancelled) {
            // The preview is shown; the full cohort once the edits have paused for
            // kRefineDelayMs, the preview's run included.
            const qint64 paused = m_sinceRequest.elapsed();
            m_refineTimer.start(int(std::max<qint64>(0, kRefineDelayMs - paused)));
        }
        // busyChanged before resultsReady: a listener to the results (the comparison's
        // "pending" state, `--pin`) must see the runner as it is now.
        updateBusy();
        if (!outcome.cancelled)
            finish(generation, outcome, scenario);
        if (m_pending && !m_timer.isActive())
            startPending();
        updateBusy();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [scenario, patients, cancel]() -> Outcome {
        try {
            if (patients <= 0)
                return {simulate(scenario)};
            CohortOptions options;
            options.patients = patients;
            options.seed = kCohortSeed;
            options.cancel = cancel.get();
            return {runCohort(scenario, options)};
        } catch (const CohortCancelled &) {
            return {std::nullopt, std::nullopt, {}, true};
        } catch (const SimulationError &error) { // worded on the GUI thread, in finish()
            return {std::nullopt, error.problem()};
        } catch (const std::exception &error) {
            return {std::nullopt, std::nullopt, QString::fromStdString(error.what())};
        }
    }));
    updateBusy();
    emit runStarted(generation);
}

void SimulationRunner::finish(std::uint64_t generation, const Outcome &outcome,
                              const Scenario &scenario)
{
    if (generation != m_generation)
        return; // stale: a newer request exists
    m_reported = generation;
    if (outcome.results)
        emit resultsReady(*outcome.results);
    else if (outcome.problem)
        emit failed(SimulationErrorText(IssueText::forWindow(&scenario)).describe(*outcome.problem));
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
