#pragma once
// Why the engine refused or stopped a run (simulate/SimulationProblem.h), in the user's
// language; an invalid scenario's problems are worded by the IssueText given.

#include "IssueText.h"

#include "simulate/SimulationProblem.h"

#include <QCoreApplication>
#include <QString>

namespace lymph {

class SimulationErrorText {
    Q_DECLARE_TR_FUNCTIONS(SimulationErrorText)

public:
    explicit SimulationErrorText(const IssueText &issues) : m_issues(issues) {}

    QString describe(const SimulationProblem &problem) const;

private:
    IssueText m_issues;
};

} // namespace lymph
