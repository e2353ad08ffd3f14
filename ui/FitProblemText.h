#pragma once
// Why a personalised fit was refused or failed (estimate/FitProblem.h), in the user's language:
// what is missing or wrong in the patient's results, never a silent fall-back to the
// population.

#include "estimate/FitProblem.h"

#include <QCoreApplication>
#include <QString>

namespace lymph {

class FitProblemText {
    Q_DECLARE_TR_FUNCTIONS(FitProblemText)

public:
    static QString describe(const FitProblem &problem);
};

} // namespace lymph
