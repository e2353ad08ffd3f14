#pragma once
// "Show a Patient": simulates one virtual patient of the cohort off the GUI thread and hands
// it over for drawing over the cohort's medians, named with its ADA class. A result for a
// schedule that changed meanwhile is dropped.

#include "PinnedResults.h"

#include "scenario/Scenario.h"

#include <QObject>

#include <functional>

namespace lymph {

class SampledPatientRunner : public QObject {
    Q_OBJECT

public:
    // `currentScenario` says what the window shows now, to drop stale results.
    SampledPatientRunner(std::function<Scenario()> currentScenario, QObject *parent = nullptr);

    // Simulates patient `index` (from 0) of the cohort the runner draws for `scenario`.
    void request(const Scenario &scenario, int index);

signals:
    void ready(const lymph::PinnedResults &patient, int index);

private:
    std::function<Scenario()> m_currentScenario;
};

} // namespace lymph
