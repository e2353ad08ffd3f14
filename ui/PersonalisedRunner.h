#pragma once
// Fits the patient's lab results and runs the personalised forecast (estimate/PersonalFit.h)
// off the GUI thread, latest request wins: a burst of edits becomes one fit of the newest
// scenario, a running forecast that has become stale is stopped, and only the newest
// request's outcome is reported.

#include "estimate/FitProblem.h"
#include "estimate/PersonalFit.h"
#include "scenario/Scenario.h"
#include "simulate/Results.h"
#include "simulate/SimulationProblem.h"

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

struct PersonalForecast {
    PersonalFit fit;
    Results forecast;
};

class PersonalisedRunner : public QObject {
    Q_OBJECT

public:
    static constexpr int kDelayMs = 200;
    static constexpr int kDraws = 200;
    static constexpr std::uint64_t kSeed = 1;

    explicit PersonalisedRunner(QObject *parent = nullptr);
    ~PersonalisedRunner() override; // waits for a running fit to end

    // Schedules a fit and forecast of a copy of `scenario`; earlier requests become stale.
    void request(const Scenario &scenario);
    // Drops every request: nothing more is reported until the next one.
    void cancel();
    bool isBusy() const { return m_timer.isActive() || m_pending.has_value() || m_running; }

signals:
    void forecastReady(const lymph::PersonalForecast &forecast);
    // Why there is no forecast, in the user's words (too few results, a refused scenario).
    void failed(const QString &message);

private:
    // Problems stay codes until the GUI thread words them.
    struct Outcome {
        std::optional<PersonalForecast> forecast = {};
        std::optional<FitProblem> fitProblem = {};
        std::optional<SimulationProblem> simulationProblem = {};
        QString error = {};
        bool cancelled = false;
    };

    void startPending();

    QThreadPool m_pool;
    QTimer m_timer;
    std::optional<Scenario> m_pending;
    std::uint64_t m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the running forecast
    bool m_running = false;
};

} // namespace lymph

Q_DECLARE_METATYPE(lymph::PersonalForecast)
