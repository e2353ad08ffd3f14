#include "PlanFiguresRunner.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lymph {

struct PlanFiguresRunner::Running {
    Job job;
    std::atomic<bool> cancel{false};
    QFutureWatcher<std::optional<PlanFigures>> *watcher = nullptr; // a child of the runner
};

PlanFiguresRunner::PlanFiguresRunner(QObject *parent) : QObject(parent) {}

PlanFiguresRunner::~PlanFiguresRunner()
{
    if (m_running) {
        m_running->cancel = true;
        m_running->watcher->waitForFinished();
        delete m_running;
    }
}

const PlanFiguresRunner::Known *PlanFiguresRunner::find(const Scenario &plan, const FigureWindow &window) const
{
    for (const Known &known : m_known) {
        if (known.window == window && known.plan == plan)
            return &known;
    }
    return nullptr;
}

std::optional<PlanFigures> PlanFiguresRunner::figures(const Scenario &plan, const FigureWindow &window)
{
    if (const Known *known = find(plan, window))
        return known->figures;
    const bool queued =
        std::any_of(m_waiting.begin(), m_waiting.end(),
                    [&](const Job &job) { return job.window == window && job.plan == plan; }) ||
        (m_running && m_running->job.window == window && m_running->job.plan == plan);
    if (!queued) {
        m_waiting.append({plan, window});
        startNext();
    }
    return std::nullopt;
}

std::optional<PlanFigures> PlanFiguresRunner::known(const Scenario &plan, const FigureWindow &window) const
{
    if (const Known *k = find(plan, window))
        return k->figures;
    return std::nullopt;
}

void PlanFiguresRunner::keepOnly(const QList<Scenario> &plans, const FigureWindow &window)
{
    auto wanted = [&](const Job &job) { return job.window == window && plans.contains(job.plan); };
    m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                                   [&](const Job &job) { return !wanted(job); }),
                    m_waiting.end());
    if (m_running && !wanted(m_running->job))
        m_running->cancel = true;
}

void PlanFiguresRunner::startNext()
{
    if (m_running || m_waiting.isEmpty())
        return;
    auto *running = new Running;
    running->job = m_waiting.takeFirst();
    running->watcher = new QFutureWatcher<std::optional<PlanFigures>>(this);
    m_running = running;
    connect(running->watcher, &QFutureWatcher<std::optional<PlanFigures>>::finished, this,
            [this, running] { finished(running); });
    const Job job = running->job;
    const std::atomic<bool> *cancel = &running->cancel;
    running->watcher->setFuture(QtConcurrent::run([job, cancel]() -> std::optional<PlanFigures> {
        PlanFigureOptions options;
        options.window = job.window;
        options.patients = kPatients;
        options.cancel = cancel;
        try {
            return computePlanFigures(job.plan, options);
        } catch (const std::exception &) {
            return std::nullopt; // cancelled, or a plan the engine refuses: nothing to show
        }
    }));
}

void PlanFiguresRunner::finished(Running *running)
{
    const std::optional<PlanFigures> result = running->watcher->result();
    if (result && !running->cancel) {
        m_known.append({running->job.plan, running->job.window, *result});
        if (m_known.size() > kCacheSize)
            m_known.removeFirst();
    }
    m_running = nullptr;
    running->watcher->disconnect(this);
    running->watcher->deleteLater(); // it is emitting the signal that brought us here
    delete running;
    startNext();
    emit figuresReady();
}

void PlanFiguresRunner::waitForAll()
{
    while (m_running || !m_waiting.isEmpty()) {
        if (m_running)
            m_running->watcher->waitForFinished();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
}

} // namespace lymph
