#pragma once
// A calibration fit as text and JSON: per parameter the start, the estimate, its approximate
// standard error as a ×/÷ factor and 95% interval, and whether the figures identify it; the
// correlations of the estimates; the cost and the tally of passing targets before and after;
// and each fitted target's weighted residual before and after.

#include "calibration/CalibrationFit.h"

#include <QCoreApplication>
#include <QString>

namespace lymph::cli {

class CalibrationFitReport {
    Q_DECLARE_TR_FUNCTIONS(CalibrationFitReport)

public:
    explicit CalibrationFitReport(const CalibrationFitResult &fit);

    QString text() const;
    QByteArray json() const;

private:
    const CalibrationFitResult &m_fit;
};

} // namespace lymph::cli
