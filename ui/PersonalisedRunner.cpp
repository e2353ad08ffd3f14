#include "PersonalisedRunner.h"

#include "FitProblemText.h"
#include "IssueText.h"
#include "SimulationErrorText.h"

#include "cohort/Cohort.h"
#include "estimate/FitProblem.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace lymph {

PersonalisedRunner::PersonalisedRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<lymph::PersonalForecast>();
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &PersonalisedRunner::startPending);
}

PersonalisedRunner::~PersonalisedRunner()
{
    cancel();
    m_pool.waitForDone();
}

void PersonalisedRunner::request(const Scenario &scenario)
{
    m_pending = scenario;
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true); // a running forecast is stale now
    m_timer.start();           // debounced: a fit takes long enough to wait for the edits
}

void PersonalisedRunner::cancel()
{
    m_timer.stop();
    m_pending.reset();
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
}

void PersonalisedRunner::startPending()
{
    if (m_running || !m_pending)
        return; // the running fit starts the pending one when it finishes
    const Scenario scenario = std::move(*m_pending);
    m_pending.reset();
    const std::uint64_t generation = m_generation;
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, generation, scenario] {
                const Outcome outcome = watcher->result();
                watcher->deleteLater();
                m_running = false;
                if (!outcome.cancelled && generation == m_generation) {
                    if (outcome.forecast)
                        emit forecastReady(*outcome.forecast);
                    else if (outcome.fitProblem)
                        emit failed(FitProblemText::describe(*outcome.fitProblem));
                    else if (outcome.simulationProblem)
                        emit failed(SimulationErrorText(IssueText::forWindow(&scenario))
                                        .describe(*outcome.simulationProblem));
                    else
                        emit failed(outcome.error);
                }
                if (m_pending && !m_timer.isActive())
                    startPending();
            });
    watcher->setFuture(QtConcurrent::run(&m_pool, [scenario, cancel]() -> Outcome {
        try {
            PersonalForecast result;
            result.fit = fitPatient(scenario);
            ForecastOptions options;
            options.draws = kDraws;
            options.seed = kSeed;
            options.cancel = cancel.get();
            result.forecast = forecastPatient(scenario, result.fit, options);
            return {std::move(result)};
        } catch (const CohortCancelled &) {
            return {std::nullopt, std::nullopt, std::nullopt, {}, true};
        } catch (const FitError &error) {
            return {std::nullopt, error.problem()};
        } catch (const SimulationError &error) {
            return {std::nullopt, std::nullopt, error.problem()};
        } catch (const std::exception &error) {
            return {std::nullopt, std::nullopt, std::nullopt, QString::fromStdString(error.what())};
        }
    }));
}

} // namespace lymph
