#include "SampledPatientRunner.h"

#include "SimulationRunner.h"
#include "plot/FigureSpec.h"

#include "cohort/Cohort.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace lymph {

SampledPatientRunner::SampledPatientRunner(std::function<Scenario()> currentScenario,
                                           QObject *parent)
    : QObject(parent), m_currentScenario(std::move(currentScenario))
{
}

void SampledPatientRunner::request(const Scenario &scenario, int index)
{
    auto *watcher = new QFutureWatcher<std::optional<Results>>(this);
    connect(watcher, &QFutureWatcher<std::optional<Results>>::finished, this,
            [this, watcher, index, scenario] {
                const std::optional<Results> results = watcher->result();
                watcher->deleteLater();
                if (!results || results->patients.empty() || !(scenario == m_currentScenario()))
                    return; // failed, or the schedule changed meanwhile
                const std::string_view adaClass = results->patients.front().adaClass;
                const QString ada = adaClass == "never"    ? tr("never forms ADA")
                                    : adaClass == "strong" ? tr("strong ADA responder")
                                                           : tr("typical ADA response");
                emit ready(PinnedResults{tr("patient %1 of the cohort (%2)").arg(index + 1).arg(ada),
                                         *results, scenario.patient, kSampledPatientStyle,
                                         scenario},
                           index);
            });
    watcher->setFuture(QtConcurrent::run([scenario, index]() -> std::optional<Results> {
        try {
            return simulateCohortMember(scenario, SimulationRunner::kCohortSeed,
                                        static_cast<std::size_t>(index));
        } catch (const std::exception &) {
            return std::nullopt;
        }
    }));
}

} // namespace lymph
