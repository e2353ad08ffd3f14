#pragma once
// Turns a patient's state trajectory into the named result columns of ARCHITECTURE.md, and
// finds the infection-risk windows.

#include "model/ImmuneModel.h"
#include "simulate/DoseSchedule.h"
#include "simulate/PatientRun.h"
#include "simulate/Results.h"

#include <optional>

namespace lymph {

struct RelapseFrailty {
    // A sampled frailty multiplies this patient's hazard. Without one, probabilities are
    // averaged over the population's gamma frailty (the "typical patient" answer).
    std::optional<double> value;
    double variance = 1.0;
};

ResultTable buildResultTable(const ImmuneModel &model, const DoseSchedule &schedule,
                             const PatientTrajectory &trajectory, const RelapseFrailty &frailty,
                             double autoimmunityMultiplier = 1.0);

std::vector<InfectionWindow> findInfectionWindows(const ResultTable &table, bool neutrophils);

} // namespace lymph
