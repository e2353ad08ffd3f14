#pragma once
// A calibration run's results as text for the terminal, JSON for scripts, and the Markdown of
// docs/validation.md: per target its source, population, published value and uncertainty, the
// model's value, the tolerance rule and the outcome; the tally, the unverified figures and the
// sources.

#include "calibration/CalibrationRun.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace lymph::cli {

class CalibrationReport {
    Q_DECLARE_TR_FUNCTIONS(CalibrationReport)

public:
    CalibrationReport(const TargetSet &set, const std::vector<TargetResult> &results);

    QString text() const;
    QByteArray json() const;
    // `plots`: Markdown image lines to place under "Model against publication".
    QString markdown(const QStringList &plots) const;

    int tested() const;
    int passed() const;
    // Ids of tested targets that failed.
    QStringList failing() const;

private:
    QString published(const TargetResult &r) const;
    QString modelValue(const TargetResult &r) const;
    QString outcome(const TargetResult &r) const;
    QString citation(const CalibrationTarget &t) const;
    QString findingsMarkdown() const;
    static QString markdownOutcome(const TargetResult &r);
    const TargetResult *result(const std::string &id) const; // nullptr: not in this run

    const TargetSet &m_set;
    const std::vector<TargetResult> &m_results;
};

} // namespace lymph::cli
